"""Walk an input folder and read each article file into a ``SourceDocument``."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from generator.read.decode import decode_bytes
from generator.read.metadata import split_front_matter

ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".text", ".html", ".htm"}


@dataclass
class SourceDocument:
    """One input file: its text and given metadata, or why it could not be read."""

    source_file: str  # path relative to the input folder, POSIX separators
    text: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict)
    encoding: str | None = None
    problem: str | None = None  # set when the file is skipped
    warnings: list[str] = field(default_factory=list)


def is_ignored(path: Path) -> bool:
    """Hidden files and folders and editor backups are not articles."""
    name = path.name
    return name.startswith(".") or name.endswith("~") or name.startswith("#") or name.endswith((".swp", ".bak"))


def iter_input_files(input_dir: Path) -> Iterator[Path]:
    """Every file under ``input_dir`` that may be an article, in a stable order."""
    for path in sorted(input_dir.rglob("*")):
        relative = path.relative_to(input_dir)
        if any(is_ignored(Path(part)) for part in relative.parts):
            continue
        if path.is_file():
            yield path


def read_file(path: Path, source_file: str) -> SourceDocument:
    """Read one file; problems become the document's ``problem``, never an exception."""
    document = SourceDocument(source_file=source_file)
    if path.suffix.lower() not in ARTICLE_SUFFIXES:
        document.problem = f"not an article file type ({path.suffix or 'no extension'})"
        return document
    try:
        raw = path.read_bytes()
    except OSError as error:
        document.problem = f"cannot read file: {error.strerror or error}"
        return document
    decoded = decode_bytes(raw)
    if decoded.problem:
        document.problem = decoded.problem
        return document
    document.encoding = decoded.encoding
    document.warnings.extend(decoded.warnings)
    document.metadata, document.text = split_front_matter(decoded.text)
    if not document.text.strip():
        document.problem = "empty file"
    return document


def read_corpus(input_dir: Path) -> Iterator[SourceDocument]:
    """Yield one ``SourceDocument`` per input file under ``input_dir``."""
    for path in iter_input_files(input_dir):
        yield read_file(path, path.relative_to(input_dir).as_posix())
