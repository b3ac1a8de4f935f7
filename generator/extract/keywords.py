"""Keywords by jieba TF-IDF, with a stop list for this genre."""

from __future__ import annotations

from generator.extract.segmenter import tfidf_keywords


def top_keywords(text: str, limit: int = 10) -> list[str]:
    return tfidf_keywords(text, limit)
