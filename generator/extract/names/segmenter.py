"""The one place that touches jieba's module-level state: silence its logging, load it once, and offer the three
things the extractors need from it: TF-IDF keywords, the words of a text, and their parts of speech."""

from __future__ import annotations

import logging
from functools import cache

import jieba
import jieba.analyse
import jieba.posseg

from generator.extract.patterns import load_data

jieba.setLogLevel(logging.WARNING)

GENRE_WORDS = load_data("segmenter.yaml")


@cache
def _loaded() -> bool:
    """Teach jieba the genre's words, once, before it cuts anything."""
    for word in GENRE_WORDS["words"]:
        jieba.add_word(word, tag="n")
    return True


@cache
def _analyser() -> jieba.analyse.TFIDF:
    _loaded()
    return jieba.analyse.TFIDF()


def tfidf_keywords(text: str, limit: int, parts_of_speech: tuple[str, ...] = ()) -> list[str]:
    """The ``limit`` highest TF-IDF words of ``text``, best first, only of ``parts_of_speech`` when given."""
    return list(_analyser().extract_tags(text, topK=limit, allowPOS=parts_of_speech))


def words(text: str) -> list[str]:
    """``text`` cut into words (jieba's precise mode)."""
    _loaded()
    return list(jieba.cut(text))


def tagged_words(text: str) -> dict[int, tuple[str, str]]:
    """Every word of ``text`` with jieba's part-of-speech tag (``nr`` a personal name, ``ns`` a place), by offset."""
    _loaded()
    tagged: dict[int, tuple[str, str]] = {}
    offset = 0
    for token in jieba.posseg.cut(text):
        tagged[offset] = (token.word, token.flag)
        offset += len(token.word)
    return tagged
