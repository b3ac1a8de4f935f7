"""Load a stage's data files (rules, vocabularies, tables) from its ``data/`` folder, once each.

Every stage keeps its rules as data beside its code; this is the one loader, through ``importlib.resources``
so it works from an installed package as well as from a checkout.
"""

from __future__ import annotations

import re
from functools import cache
from importlib import resources
from typing import Any

import yaml

# libyaml's parser when PyYAML was built with it (the wheels are): the same documents, eight times faster to read.
SAFE_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


@cache
def data_text(package: str, name: str) -> str:
    """The text of ``data/<name>`` in ``package`` (``generator.extract``, ``generator.places``…)."""
    return resources.files(package).joinpath("data", name).read_text(encoding="utf-8")


@cache
def load_yaml(package: str, name: str) -> Any:
    """The parsed YAML of ``data/<name>`` in ``package``."""
    return yaml.load(data_text(package, name), Loader=SAFE_LOADER)


def listed_characters(package: str, name: str) -> str:
    """The characters of a character-list file: every line but ``#`` comments, joined."""
    return "".join(line.strip() for line in data_text(package, name).splitlines() if not line.startswith("#"))


@cache
def character_ranks() -> dict[str, int]:
    """Rank of each common Simplified character (0 = most frequent), from ``text/data/common_chars.txt``."""
    return {character: rank for rank, character in enumerate(listed_characters("generator.text", "common_chars.txt"))}


@cache
def compiled_patterns(package: str, name: str, key: str) -> tuple[re.Pattern[str], ...]:
    """The regular expressions listed under ``key`` in ``data/<name>`` of ``package``, compiled."""
    return tuple(re.compile(pattern) for pattern in load_yaml(package, name)[key])


class DataFolder:
    """The ``data/`` folder of one package, so a stage's modules name their files and not the package."""

    def __init__(self, package: str) -> None:
        self.package = package

    def text(self, name: str) -> str:
        return data_text(self.package, name)

    def yaml(self, name: str) -> Any:
        return load_yaml(self.package, name)

    def patterns(self, name: str, key: str) -> tuple[re.Pattern[str], ...]:
        return compiled_patterns(self.package, name, key)
