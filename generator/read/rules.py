"""The reader's data, loaded once: accepted file types, ignored names, size limits, binary signatures, and
the list of common Chinese characters that decoding scores candidate encodings with."""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import opencc
import yaml


def data_file(name: str) -> str:
    return resources.files("generator.read").joinpath(f"data/{name}").read_text("utf-8")


@cache
def input_rules() -> dict[str, Any]:
    """``data/inputs.yaml``: what the reader accepts, ignores and recognises as binary."""
    return yaml.safe_load(data_file("inputs.yaml"))


@cache
def common_characters() -> frozenset[str]:
    """The most frequent Simplified characters (``data/common_characters.txt``) and their Traditional forms."""
    listed = data_file("common_characters.txt")
    simplified = "".join(line.strip() for line in listed.splitlines() if not line.startswith("#"))
    traditional = opencc.OpenCC("s2t").convert(simplified) + opencc.OpenCC("s2hk").convert(simplified)
    return frozenset(simplified + traditional)
