"""Up to ten keywords by jieba TF-IDF, without the words every investment-promotion story uses (the genre stop
list in data/keywords.yaml), numbers, single characters, personal names, or pieces of a longer keyword.

A word's part of speech is jieba's dictionary tag; a word the dictionary lacks takes the statistical tagger's
reading of it when the tagger cut the same word (a person, a place, a noun); a plain Latin word counts as English.
A word neither knows is left out: most are fragments jieba glued across a word boundary (等作, 及文).
"""

from __future__ import annotations

import re

from generator.extract.names.lexical import analyse
from generator.extract.names.segmenter import dictionary_tag, tfidf_ranking
from generator.extract.patterns import load_data
from generator.text.chars import HAN

DATA = load_data("keywords.yaml")
STOP_WORDS = frozenset(DATA["stop_words"])
PARTS_OF_SPEECH = frozenset(DATA["parts_of_speech"])
TAGGER_TO_DICTIONARY = DATA["tagger_to_dictionary"]
LATIN = re.compile(r"[A-Za-z][A-Za-z0-9]*")
LATIN_TAG = "eng"
MAX_KEYWORDS = 10


def _informative(word: str) -> bool:
    return len(word) >= 2 and bool(HAN.search(word)) and word not in STOP_WORDS


def _tagger_reading(text: str) -> dict[str, str]:
    """How the statistical tagger reads the words of ``text``, in jieba's names (PER → nr, LOC → ns)."""
    return {token.word: TAGGER_TO_DICTIONARY.get(token.tag, token.tag) for token in analyse(text).tokens}


def top_keywords(text: str, limit: int = MAX_KEYWORDS) -> list[str]:
    """The ``limit`` most distinctive words of ``text``, best first."""
    wanted = limit * DATA["candidates_per_keyword"]
    reading: dict[str, str] | None = None
    candidates: list[str] = []
    for word in tfidf_ranking(text):
        tag = dictionary_tag(word)
        if tag is None and LATIN.fullmatch(word):
            tag = LATIN_TAG
        elif tag is None:
            reading = reading if reading is not None else _tagger_reading(text)
            tag = reading.get(word)
        if tag in PARTS_OF_SPEECH:
            candidates.append(word)
            if len(candidates) == wanted:
                break
    informative = [word for word in candidates if _informative(word)]
    # 通化 beside 通化市: keep the longer form only.
    kept = [word for word in informative if not any(word != other and word in other for other in informative)]
    return kept[:limit]
