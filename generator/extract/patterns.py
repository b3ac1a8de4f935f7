"""Building blocks the rule-based fact extractors share: their data files, regex alternations of word lists,
the sentence around a position, and whether that sentence tallies a period instead of telling the event."""

from __future__ import annotations

import re
from collections.abc import Iterable

from generator.text.data import DataFolder

EXTRACT_DATA = DataFolder("generator.extract")
load_data = EXTRACT_DATA.yaml  # one YAML data file of the extract stage, parsed once
SENTENCE = re.compile(r"[^。！？；!?;\n]+")


def alternation(words: Iterable[str]) -> str:
    """A regex alternation of ``words``, longest first so that 万亿 wins over 万."""
    return "|".join(re.escape(word) for word in sorted(words, key=len, reverse=True))


def sentence_around(text: str, position: int) -> str:
    """The sentence of ``text`` holding ``position``."""
    for sentence in SENTENCE.finditer(text):
        if sentence.start() <= position < sentence.end():
            return sentence.group(0)
    return ""


TALLIES = load_data("tallies.yaml")
TALLY = re.compile("|".join([alternation(TALLIES["markers"]), *TALLIES["patterns"]]))


def in_tally(text: str, position: int) -> bool:
    """Whether the sentence at ``position`` tallies a period (截至目前, 1-11月份) rather than telling the event."""
    return bool(TALLY.search(sentence_around(text, position)))
