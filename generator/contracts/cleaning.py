"""What cleaning shares and returns: the context its rules fill in, and the cleaned text handed to extraction."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Protocol


class ScriptConversion(Protocol):
    """Converts text to the output script (OpenCC behind it); ``conversion`` names it (``t2s``, ``hk2s``…)."""

    conversion: str

    def convert(self, text: str) -> str: ...


@dataclass
class CleaningContext:
    """What rules share while cleaning one article: settings in, harvested metadata and warnings out."""

    converter: ScriptConversion
    found: dict[str, str] = field(default_factory=dict)  # metadata taken from removed lines: posted, reporter...
    warnings: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)


@dataclass
class CleanText:
    """The cleaned article and what cleaning found and changed."""

    body: str
    captions: list[str]
    subheadings: list[str]
    script: str
    cleanup: dict[str, int]
    warnings: list[str]
    found: dict[str, str]
