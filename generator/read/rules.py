"""The reader's data, loaded once: accepted file types, ignored names, size limits, binary signatures, and
the common Chinese characters that decoding scores candidate encodings with."""

from __future__ import annotations

from functools import cache
from typing import Any

import opencc

from generator.text.data import character_ranks, load_yaml

# Decoding scores a candidate encoding by how much of its text is among this many most frequent characters.
COMMON_CHARACTER_COUNT = 2000


@cache
def input_rules() -> dict[str, Any]:
    """``data/inputs.yaml``: what the reader accepts, ignores and recognises as binary."""
    return load_yaml("generator.read", "inputs.yaml")


@cache
def common_characters() -> frozenset[str]:
    """The most frequent Simplified characters (the shared ranked list) and their Traditional forms."""
    simplified = "".join(character for character, rank in character_ranks().items() if rank < COMMON_CHARACTER_COUNT)
    traditional = opencc.OpenCC("s2t").convert(simplified) + opencc.OpenCC("s2hk").convert(simplified)
    return frozenset(simplified + traditional)
