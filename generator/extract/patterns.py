"""Building blocks the rule-based fact extractors share: their data files, regex alternations of word lists,
the sentence around a position, and whether that sentence tallies a period instead of telling the event."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterable
from functools import lru_cache

from generator.text.data import DataFolder

EXTRACT_DATA = DataFolder("generator.extract")
load_data = EXTRACT_DATA.yaml  # one YAML data file of the extract stage, parsed once
SENTENCE = re.compile(r"[^。！？；!?;\n]+")


def inside_word(text: str, start: int, end: int, words: Iterable[str]) -> bool:
    """``text[start:end]`` is part of one of ``words`` written around it (商会 in 招商会, 总会 in 总会计师)."""
    # Bounded search: the word must start before ``end``; scanning the rest of the text is wasted work.
    return any(text.find(word, max(0, start - len(word) + 1), end - 1 + len(word)) >= 0 for word in words)


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that 万亿 wins over 万."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


@lru_cache(maxsize=8)
def sentence_bounds(text: str) -> tuple[list[int], list[int]]:
    """Where each sentence of ``text`` starts and ends, found once per text (callers ask for many positions)."""
    starts: list[int] = []
    ends: list[int] = []
    for sentence in SENTENCE.finditer(text):
        starts.append(sentence.start())
        ends.append(sentence.end())
    return starts, ends


def sentence_span(text: str, position: int) -> tuple[int, int] | None:
    """Start and end of the sentence of ``text`` holding ``position``; None on a sentence break."""
    starts, ends = sentence_bounds(text)
    index = bisect_right(starts, position) - 1
    if index >= 0 and position < ends[index]:
        return starts[index], ends[index]
    return None


def sentence_around(text: str, position: int) -> str:
    """The sentence of ``text`` holding ``position``."""
    span = sentence_span(text, position)
    return text[span[0]:span[1]] if span else ""


@lru_cache(maxsize=4096)
def sentence_matches(pattern: re.Pattern[str], text: str, start: int, end: int) -> bool:
    """Whether ``pattern`` occurs in ``text[start:end]``; remembered, since many positions share a sentence."""
    return bool(pattern.search(text[start:end]))


def sentence_has(pattern: re.Pattern[str], text: str, position: int) -> bool:
    """Whether ``pattern`` occurs in the sentence of ``text`` holding ``position``."""
    span = sentence_span(text, position)
    return bool(pattern.search("")) if span is None else sentence_matches(pattern, text, *span)


TALLIES = load_data("tallies.yaml")
TALLY = re.compile("|".join([alternation(TALLIES["markers"]), *TALLIES["patterns"]]))


def in_tally(text: str, position: int) -> bool:
    """Whether the sentence at ``position`` tallies a period (截至目前, 1-11月份) rather than telling the event."""
    return sentence_has(TALLY, text, position)
