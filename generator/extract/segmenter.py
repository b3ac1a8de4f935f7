"""The one place that touches jieba's module-level state: silence its logging and load it once."""

from __future__ import annotations

import logging
from functools import cache

import jieba
import jieba.analyse

jieba.setLogLevel(logging.WARNING)


@cache
def _analyser() -> jieba.analyse.TFIDF:
    return jieba.analyse.TFIDF()


def tfidf_keywords(text: str, limit: int) -> list[str]:
    """The ``limit`` highest TF-IDF words of ``text``."""
    return list(_analyser().extract_tags(text, topK=limit))
