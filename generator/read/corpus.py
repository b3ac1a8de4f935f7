"""Walk an input folder and read each article file into a ``SourceDocument``.

Every file found, other than hidden files and editor backups, yields exactly one document: with its text,
or with the reason it was skipped. Files are read one at a time and checked for size before reading, so
memory stays bounded whatever the corpus holds.
"""

from __future__ import annotations

import os
import re
import stat
from collections.abc import Iterator
from pathlib import Path

from generator.contracts.document import SourceDocument
from generator.read.decode import decode_bytes
from generator.read.metadata import split_front_matter
from generator.read.rules import input_rules
from generator.read.webpage import declared_charset, extract_article, looks_like_html
from generator.text.printable import escaped_name, without_unsafe


def is_ignored(name: str) -> bool:
    """Hidden files and folders, editor backups and desktop droppings are not articles."""
    rules = input_rules()
    return (
        name.startswith(tuple(rules["ignored_prefixes"]))
        or name.endswith(tuple(rules["ignored_suffixes"]))
        or name in rules["ignored_names"]
        or any(re.search(pattern, name) for pattern in rules["ignored_patterns"])
    )


def display_name(relative: str) -> str:
    """A file name as it is shown in the report and logs: escaped, so that two names never look the same."""
    return escaped_name(relative)


def iter_input_files(input_dir: Path) -> list[Path]:
    """Every file under ``input_dir`` that is not ignored, sorted by path; linked folders are not followed.

    A subfolder that cannot be listed, and a link to a folder, are returned too, so that they are reported
    rather than silently missed.
    """
    found: list[Path] = []
    unlisted: list[OSError] = []
    for folder, subfolders, files in os.walk(input_dir, followlinks=False, onerror=unlisted.append):
        subfolders[:] = [name for name in subfolders if not is_ignored(name)]
        found.extend(Path(folder) / name for name in subfolders if (Path(folder) / name).is_symlink())
        found.extend(Path(folder) / name for name in files if not is_ignored(name))
    found.extend(Path(error.filename) for error in unlisted if error.filename and Path(error.filename) != input_dir)
    return sorted(found, key=lambda path: path.relative_to(input_dir).as_posix())


def folder_link_problem(path: Path, input_dir: Path) -> str:
    """Why a link to a folder is not followed: its files are read where they are, or are not the corpus's."""
    try:
        target, root = path.resolve(strict=True), input_dir.resolve()
    except (OSError, RuntimeError):
        return "文件夹链接无法解析（可能是循环链接），未读取"
    if path.parent.resolve().is_relative_to(target):
        return "文件夹链接指向它所在的上级文件夹（循环），未读取"
    if not target.is_relative_to(root):
        return "文件夹链接指向输入文件夹之外，未读取"
    shown = escaped_name(target.relative_to(root).as_posix())
    return f"文件夹链接：其中的文件已在 {shown}/ 直接读取，未重复读取"


def file_problem(path: Path, input_dir: Path) -> str | None:
    """Why a path cannot be read as an article before opening it, or None."""
    rules = input_rules()
    if path.is_symlink() and path.is_dir():
        return folder_link_problem(path, input_dir)
    if path.is_dir():
        return "cannot list folder"
    suffix = path.suffix.lower()
    if suffix not in rules["text_suffixes"] and suffix not in rules["html_suffixes"]:
        return f"not an article file type ({suffix or 'no extension'})"
    try:
        if path.is_symlink() and not path.resolve().is_relative_to(input_dir.resolve()):
            return "symbolic link to a file outside the input folder"
        status = path.stat()
    except (OSError, RuntimeError) as error:
        return f"cannot read file: {getattr(error, 'strerror', None) or error}"
    if not stat.S_ISREG(status.st_mode):
        return "not a regular file"
    limit = rules["max_html_bytes"] if suffix in rules["html_suffixes"] else rules["max_text_bytes"]
    if status.st_size > limit:
        return f"too large ({status.st_size / 1e6:.1f} MB; the limit is {limit / 1e6:.0f} MB)"
    return None


def read_file(path: Path, source_file: str, input_dir: Path | None = None) -> SourceDocument:
    """Read one file; problems become the document's ``problem``, never an exception."""
    raw, problem = read_raw(path, input_dir or path.parent)
    if raw is None:
        return SourceDocument(source_file=source_file, problem=problem)
    return document_from_bytes(raw, source_file)


def read_raw(path: Path, input_dir: Path) -> tuple[bytes | None, str | None]:
    """The file's bytes, or None and why it cannot be read as an article."""
    problem = file_problem(path, input_dir)
    if problem:
        return None, problem
    try:
        return path.read_bytes(), None
    except OSError as error:
        return None, f"cannot read file: {error.strerror or error}"


def document_from_bytes(raw: bytes, source_file: str) -> SourceDocument:
    """Decode a file's bytes into a document; a pure function of the bytes and the name (its suffix)."""
    document = SourceDocument(source_file=source_file)
    is_html = Path(source_file).suffix.lower() in input_rules()["html_suffixes"]
    decoded = decode_bytes(raw, declared_charset(raw) if is_html else None)
    if decoded.problem:
        document.problem = decoded.problem
        return document
    document.encoding = decoded.encoding
    document.warnings.extend(decoded.warnings)
    if is_html or looks_like_html(decoded.text):
        document.format = "html"
        metadata, text = extract_article(decoded.text, document.warnings)
        document.metadata = {key: without_unsafe(value) for key, value in metadata.items()}
        document.text = without_unsafe(text)  # character references (&#27;) decode to controls
        if not document.text.strip():
            document.problem = "no article text found in the web page"
        return document
    front_matter = split_front_matter(decoded.text)
    document.metadata, document.text = front_matter.values, front_matter.text
    document.warnings.extend(front_matter.warnings)
    if not document.text.strip():
        document.problem = "front matter only, no article text"
    return document


def read_corpus(input_dir: Path) -> Iterator[SourceDocument]:
    """Yield one ``SourceDocument`` per input file under ``input_dir``."""
    for path in iter_input_files(input_dir):
        yield read_file(path, display_name(path.relative_to(input_dir).as_posix()), input_dir)
