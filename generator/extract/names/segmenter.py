"""The one place that touches jieba's module-level state: silence its logging, load it once, and offer what the
keyword extractor and the slugs need from it: a TF-IDF ranking of a text's words, its dictionary's part of
speech of a word, and the words of a text.

Only ``jieba`` itself is imported, not ``jieba.analyse`` or ``jieba.posseg``: importing those loads the HMM
tagger's tables and a second copy of the IDF table, a third of a second each in every worker, for nothing the
build uses. The ranking and the dictionary's tags are read here from jieba's own files, to the same result
(``jieba.analyse.extract_tags`` with ``topK=None``, ``jieba.posseg``'s ``word_tag_tab``).
"""

from __future__ import annotations

import logging
from functools import cache
from importlib.resources import files

import jieba

from generator.extract.patterns import load_data

jieba.setLogLevel(logging.WARNING)

GENRE_WORDS = load_data("segmenter.yaml")
# jieba.analyse's own stop words: the English function words its ranking leaves out.
ENGLISH_STOP_WORDS = frozenset((
    "the", "of", "is", "and", "to", "in", "that", "we", "for", "an", "are", "by", "be", "as", "on", "with", "can",
    "if", "from", "which", "you", "it", "this", "then", "at", "have", "all", "not", "one", "has", "or",
))


@cache
def _loaded() -> bool:
    """Teach jieba the genre's words, once, before it cuts anything."""
    for word in GENRE_WORDS["words"]:
        jieba.add_word(word, tag="n")
    return True


def load() -> None:
    """Load jieba's dictionary and the tables read from its files now, if not yet loaded."""
    _loaded()
    jieba.initialize()
    _inverse_frequencies()
    _dictionary_tags()


def release() -> None:
    """Let go of jieba's dictionary and the tables read from its files; the next use loads them again."""
    _inverse_frequencies.cache_clear()
    _dictionary_tags.cache_clear()
    _loaded.cache_clear()
    jieba.dt.FREQ, jieba.dt.total, jieba.dt.initialized = {}, 0, False


def _columns(name: str, width: int) -> list[list[str]]:
    """The space-separated columns of one of jieba's data files, checked to have ``width`` fields a line."""
    text = files("jieba").joinpath(*name.split("/")).read_text(encoding="utf-8")
    fields = text.split()
    if len(fields) != width * (text.count("\n") + (not text.endswith("\n"))):
        raise ValueError(f"jieba's {name} does not have {width} fields on every line")
    return [fields[column::width] for column in range(width)]


@cache
def _inverse_frequencies() -> tuple[dict[str, float], float]:
    """jieba's IDF table (word → inverse document frequency) and its median, given to words it lacks."""
    entries, frequencies = _columns("analyse/idf.txt", 2)
    table = dict(zip(entries, map(float, frequencies), strict=True))
    return table, sorted(table.values())[len(table) // 2]


@cache
def _dictionary_tags() -> dict[str, str]:
    """jieba's dictionary (``word frequency tag`` lines) as word → tag, with the genre's words as nouns."""
    entries, _, parts_of_speech = _columns("dict.txt", 3)
    tags = dict(zip(entries, parts_of_speech, strict=True))
    tags.update(dict.fromkeys(GENRE_WORDS["words"], "n"))
    return tags


def tfidf_ranking(text: str) -> list[str]:
    """Every word of ``text`` (jieba's precise mode, two characters or more), most distinctive first.

    A word's weight is its count times its IDF; ties keep the order of first appearance, as jieba's do.
    """
    _loaded()
    counts: dict[str, float] = {}
    for word in jieba.cut(text):
        if len(word.strip()) < 2 or word.lower() in ENGLISH_STOP_WORDS:
            continue
        counts[word] = counts.get(word, 0.0) + 1.0
    table, median = _inverse_frequencies()
    total = sum(counts.values())
    for word in counts:
        counts[word] *= table.get(word, median) / total
    return sorted(counts, key=counts.__getitem__, reverse=True)


def words(text: str) -> list[str]:
    """``text`` cut into words (jieba's precise mode)."""
    _loaded()
    return list(jieba.cut(text))


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word`` (n, ns, nr, vn…), or None for a word it lacks."""
    return _dictionary_tags().get(word)
