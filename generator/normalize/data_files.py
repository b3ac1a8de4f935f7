"""Load the cleaning rules' data files (patterns, tables, character lists) from ``data/``, once each."""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml


def read_data_text(name: str) -> str:
    """The text of ``data/<name>``."""
    return resources.files("generator.normalize").joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_yaml(name: str) -> Any:
    """The parsed YAML of ``data/<name>``."""
    return yaml.safe_load(read_data_text(name))


@cache
def compiled_patterns(name: str, key: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions listed under ``key`` in ``data/<name>``, compiled."""
    return tuple(re.compile(pattern) for pattern in load_yaml(name)[key])


@cache
def character_ranks() -> dict[str, int]:
    """Rank of each common Simplified character (0 = most frequent), from ``data/common_chars.txt``."""
    characters = "".join(
        line.strip() for line in read_data_text("common_chars.txt").splitlines() if not line.startswith("#")
    )
    return {character: rank for rank, character in enumerate(characters)}
