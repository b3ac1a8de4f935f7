"""Up to ten keywords by jieba TF-IDF, without the words every investment-promotion story uses (the genre stop
list in data/keywords.yaml), numbers, single characters, or pieces of a longer keyword."""

from __future__ import annotations

from generator.extract.names.segmenter import tfidf_keywords
from generator.extract.patterns import load_data
from generator.text.chars import HAN

DATA = load_data("keywords.yaml")
STOP_WORDS = frozenset(DATA["stop_words"])
PARTS_OF_SPEECH = tuple(DATA["parts_of_speech"])
MAX_KEYWORDS = 10


def _informative(word: str) -> bool:
    return len(word) >= 2 and bool(HAN.search(word)) and word not in STOP_WORDS


def top_keywords(text: str, limit: int = MAX_KEYWORDS) -> list[str]:
    """The ``limit`` most distinctive words of ``text``, best first."""
    candidates = tfidf_keywords(text, limit * DATA["candidates_per_keyword"], PARTS_OF_SPEECH)
    informative = [word for word in candidates if _informative(word)]
    # 通化 beside 通化市: keep the longer form only.
    kept = [word for word in informative if not any(word != other and word in other for other in informative)]
    return kept[:limit]
