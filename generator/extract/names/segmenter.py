"""The one place that touches jieba's module-level state: silence its logging, load it once, and offer what the
keyword extractor and the slugs need from it: its TF-IDF ranking of a text's words, its dictionary's part of
speech of a word, and the words of a text.

Parts of speech come from the dictionary, not from ``jieba.posseg``: its tagging pass cost more than any other
step of the build, and the statistical tagger (names/lexical.py) already reads every article once.
"""

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


@cache
def _dictionary_tags() -> dict[str, str]:
    _loaded()
    jieba.posseg.dt.makesure_userdict_loaded()
    return jieba.posseg.dt.word_tag_tab


def tfidf_ranking(text: str) -> list[str]:
    """Every word of ``text`` (jieba's precise mode, two characters or more), most distinctive first."""
    return list(_analyser().extract_tags(text, topK=None))


def words(text: str) -> list[str]:
    """``text`` cut into words (jieba's precise mode)."""
    _loaded()
    return list(jieba.cut(text))


def dictionary_tag(word: str) -> str | None:
    """The part of speech jieba's dictionary gives ``word`` (n, ns, nr, vn…), or None for a word it lacks."""
    return _dictionary_tags().get(word)
