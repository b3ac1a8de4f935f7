"""Building blocks the rule-based fact extractors share: their data files, regex alternations of word lists,
the sentence around a position, and whether that sentence tallies a period instead of telling the event."""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import yaml

DATA_DIR = Path(__file__).parent / "data"
SENTENCE = re.compile(r"[^。！？；!?;\n]+")


def load_data(name: str) -> dict[str, Any]:
    """One YAML data file of the extract stage."""
    return yaml.safe_load((DATA_DIR / name).read_text(encoding="utf-8"))


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
