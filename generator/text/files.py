"""Files the caches share: writing one so that a killed process leaves no half file, hashing a folder's files
so that a change to any of them changes the hash, and a store of compressed texts by key."""

from __future__ import annotations

import hashlib
import logging
import os
import tempfile
import zlib
from collections.abc import Callable
from pathlib import Path


def write_atomically(target: Path, data: bytes) -> None:
    """Write ``data`` to ``target`` through a ``.part`` file beside it, so that a process killed mid-write
    leaves no half file; raises ``OSError`` as writing does."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with tempfile.NamedTemporaryFile(dir=target.parent, delete=False, suffix=".part") as part:
        part.write(data)
    os.replace(part.name, target)


def folder_digest(root: Path, included: Callable[[Path], bool] = lambda relative: True) -> bytes:
    """A hash of the names and bytes of every file under ``root`` whose path relative to it is ``included``
    (``__pycache__`` never is), in name order."""
    digest = hashlib.sha256()
    for path in sorted(root.rglob("*")):
        relative = path.relative_to(root)
        if path.is_file() and "__pycache__" not in relative.parts and included(relative):
            digest.update(relative.as_posix().encode() + b"\0" + path.read_bytes() + b"\0")
    return digest.digest()


class TextStore:
    """Texts kept between builds, one zlib-compressed UTF-8 file a key under ``folder``
    (``<key[:2]>/<key><suffix>``), written atomically. A missing or unreadable entry is a miss, never an error;
    ``prune`` removes the entries this build did not use, so the store stays the size of what is built."""

    def __init__(self, folder: Path, suffix: str, logger: logging.Logger) -> None:
        self.folder = folder
        self.suffix = suffix
        self.log = logger
        self.used: set[str] = set()
        self.hits = 0

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}{self.suffix}"

    def get(self, key: str) -> str | None:
        self.used.add(key)
        try:
            text = zlib.decompress(self.path(key).read_bytes()).decode("utf-8")
        except FileNotFoundError:
            return None
        except (OSError, ValueError, zlib.error) as error:  # a damaged entry: the caller makes it afresh
            self.log.info("ignoring unreadable cache entry %s: %s", self.path(key), error)
            return None
        self.hits += 1
        return text

    def put(self, key: str, text: str) -> None:
        self.used.add(key)
        target = self.path(key)
        try:
            write_atomically(target, zlib.compress(text.encode("utf-8"), 1))
        except OSError as error:  # a full disk or a read-only folder slows the next build, nothing more
            self.log.warning("cannot write cache entry %s: %s", target, error)

    def prune(self) -> int:
        """Remove the entries this build did not use, and any left half-written; return how many were removed."""
        removed = 0
        if not self.folder.is_dir():
            return removed
        for path in self.folder.glob(f"*/*{self.suffix}"):
            if path.name[: -len(self.suffix)] not in self.used:
                path.unlink(missing_ok=True)
                removed += 1
        for part in self.folder.glob("*/*.part"):  # left by a build that was killed mid-write
            part.unlink(missing_ok=True)
        return removed
