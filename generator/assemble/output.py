"""Write the generated pages into an output folder that is the generator's alone, and never lose other files.

The generator keeps a manifest (``.digest-output.json``) of every file it wrote in the folder. A new build
removes only the files that manifest lists, then writes the new ones. It refuses, with a message saying why, an
output folder that is, contains or lies inside the input folder, that is or contains the project, that already
holds files where the generator writes (``articles/``, ``data/``...) which it did not write, or where one of
those paths is a symbolic link. A folder other than the project's own docs folder (whose hand-written pages,
such as ``about.md``, it leaves alone) must also be new, empty, or one the generator wrote before.
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable
from pathlib import Path

from generator.render import GENERATED_ROOTS, SitePages
from generator.text.printable import escaped_name

MANIFEST = ".digest-output.json"
WRITER = "investment-digest generator"
SHOWN_FILES = 5


class OutputRefused(Exception):
    """The output folder is not the generator's to write in; the message says why."""


def read_manifest(output_dir: Path) -> set[str] | None:
    """The files the generator wrote in ``output_dir`` last time, or None when it has no manifest."""
    path = output_dir / MANIFEST
    if path.is_symlink() or not path.is_file():
        return None
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(data, dict) or data.get("written_by") != WRITER or not isinstance(data.get("files"), list):
        return None
    return {name for name in data["files"] if isinstance(name, str)}


def write_manifest(output_dir: Path, files: Iterable[str]) -> None:
    content = json.dumps({"written_by": WRITER, "files": sorted(set(files))}, ensure_ascii=False, indent=1)
    (output_dir / MANIFEST).write_text(content + "\n", encoding="utf-8")


def files_under(folder: Path, output_dir: Path) -> list[str]:
    """Every file or link under ``folder`` (or ``folder`` itself when it is a file), relative to the output."""
    if folder.is_symlink() or folder.is_file():
        return [folder.relative_to(output_dir).as_posix()]
    found: list[str] = []
    for parent, _, names in os.walk(folder):
        found.extend((Path(parent) / name).relative_to(output_dir).as_posix() for name in names)
    return found


def linked_component(output_dir: Path, relative: str) -> str | None:
    """The first folder or file on the way to ``relative`` under ``output_dir`` that is a symbolic link."""
    path = output_dir
    for part in Path(relative).parts:
        path = path / part
        if path.is_symlink():
            return path.relative_to(output_dir).as_posix()
    return None


def listing(names: Iterable[str]) -> str:
    names = sorted(names)
    shown = ", ".join(escaped_name(name) for name in names[:SHOWN_FILES])
    return shown + (f" and {len(names) - SHOWN_FILES} more" if len(names) > SHOWN_FILES else "")


def placement_problem(output_dir: Path, input_dir: Path | None, project_root: Path | None) -> str | None:
    """Why ``output_dir`` overlaps the input or the project, or None."""
    output = output_dir.resolve()
    if input_dir is not None:
        source = input_dir.resolve()
        if output == source or source.is_relative_to(output):
            return f"it is or contains the input folder {source}, whose files would be mixed with generated ones"
        if output.is_relative_to(source):
            return f"it lies inside the input folder {source}; generated pages would be read as articles"
    if project_root is not None and project_root.resolve().is_relative_to(output):
        return "it is or contains the project folder; choose a folder of its own, such as docs/ or site-src/"
    return None


def ownership_problem(output_dir: Path, pages: Iterable[str] = (), input_dir: Path | None = None,
                      project_root: Path | None = None) -> str | None:
    """Why the generator may not write ``pages`` into ``output_dir``, or None when it may."""
    pages = list(pages)
    problem = placement_problem(output_dir, input_dir, project_root)
    if problem or not output_dir.exists():
        return problem
    output = output_dir.resolve()
    if not output.is_dir():
        return "it is not a folder"
    previous = read_manifest(output)
    ours = previous or set()
    for relative in sorted({*pages, *ours}):
        link = linked_component(output, relative)
        if link:
            return f"{escaped_name(link)} in it is a symbolic link; the generator writes only real files and folders"
    foreign = {name for root in GENERATED_ROOTS if (output / root).exists() or (output / root).is_symlink()
               for name in files_under(output / root, output) if name not in ours}
    foreign |= {name for name in pages if name not in ours and (output / name).exists()}
    if foreign:
        return (f"it holds files the generator did not write, where it writes: {listing(foreign)}. "
                f"Move them away (or run `make clean` for pages of an older build), or choose another folder")
    is_docs_folder = project_root is not None and output == (project_root / "docs").resolve()
    others = [path.name for path in output.iterdir() if path.name != MANIFEST]
    if previous is None and others and not is_docs_folder:
        return f"it is not empty ({listing(others)}) and the generator did not write it; choose a new folder"
    return None


def remove_previous(output_dir: Path, previous: set[str]) -> None:
    """Delete the files the last build wrote, then the generated folders that are left empty."""
    for relative in previous:
        path = output_dir / relative
        if path.is_symlink() or path.is_file():
            path.unlink()
    for root in GENERATED_ROOTS:
        folder = output_dir / root
        if folder.is_dir() and not folder.is_symlink():
            for parent, _, _ in sorted(os.walk(folder), key=lambda entry: len(entry[0]), reverse=True):
                if not any(Path(parent).iterdir()):
                    Path(parent).rmdir()


def write_pages(pages: SitePages, output_dir: Path, input_dir: Path | None = None,
                 project_root: Path | None = None) -> None:
    """Write ``pages`` under ``output_dir`` in place of the previous build's; ``OutputRefused`` if not ours."""
    problem = ownership_problem(output_dir, pages, input_dir, project_root)
    if problem:
        raise OutputRefused(f"refusing to write to {output_dir}: {problem}")
    output_dir.mkdir(parents=True, exist_ok=True)
    output = output_dir.resolve()
    previous = read_manifest(output) or set()
    write_manifest(output, previous | set(pages))  # an interrupted build still knows every file it wrote
    remove_previous(output, previous)
    for relative, content in pages.items():
        target = output / relative
        if not target.resolve().is_relative_to(output):  # paths are ours, but never trust a join
            raise OutputRefused(f"refusing to write outside {output}: {escaped_name(relative)}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
    write_manifest(output, pages)
