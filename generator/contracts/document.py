"""The raw document: what reading one input file yields, handed to cleaning."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class SourceDocument:
    """One input file: its text and given metadata, or why it could not be read."""

    source_file: str  # path relative to the input folder, POSIX separators
    text: str | None = None
    metadata: dict[str, str] = field(default_factory=dict)
    encoding: str | None = None
    format: str = "text"  # text | html
    problem: str | None = None  # set when the file is skipped
    warnings: list[str] = field(default_factory=list)
