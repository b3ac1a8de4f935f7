"""The one place that touches jieba's module-level state: silence its logging, load it once, and offer the three
things the extractors need from it: TF-IDF keywords, the words of a text, and where it sees personal names."""

from __future__ import annotations

import logging
from functools import cache

import jieba
import jieba.analyse
import jieba.posseg

jieba.setLogLevel(logging.WARNING)

PERSON_NAME_TAG = "nr"


@cache
def _analyser() -> jieba.analyse.TFIDF:
    return jieba.analyse.TFIDF()


def tfidf_keywords(text: str, limit: int) -> list[str]:
    """The ``limit`` highest TF-IDF words of ``text``, best first."""
    return list(_analyser().extract_tags(text, topK=limit))


def words(text: str) -> list[str]:
    """``text`` cut into words (jieba's precise mode)."""
    return list(jieba.cut(text))


def person_name_spans(text: str) -> dict[int, str]:
    """Where jieba's part-of-speech tagger sees a personal name: start offset → the name."""
    spans: dict[int, str] = {}
    offset = 0
    for token in jieba.posseg.cut(text):
        if token.flag == PERSON_NAME_TAG:
            spans[offset] = token.word
        offset += len(token.word)
    return spans
