"""Safe, unique, ASCII slugs for page names: input never chooses a path."""

from __future__ import annotations

import hashlib
import re
import sys
import unicodedata
from collections.abc import Iterable

UNSAFE = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60
MAX_READABLE_PART = 40  # pinyin of the first words of a title, before the disambiguating hash


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by hyphens; empty when nothing ASCII is left."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return UNSAFE.sub("-", folded).strip("-")[:MAX_SLUG].strip("-")


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


def pinyin_slug(words: Iterable[str], seed: str) -> str:
    """A readable ASCII slug from the words of a Chinese title, one hyphen between words, then six hex digits of
    ``seed``'s hash: ``["长春", "经开区", "赴", "深圳"]`` → ``changchun-jingkaiqu-fu-shenzhen-1a2b3c``.
    Only the first words that fit in 40 letters are kept; the hash keeps two articles of the same title apart
    and the slug the same on every build."""
    from pypinyin import lazy_pinyin  # here, not at the top: release_pinyin() may have let go of it

    parts: list[str] = []
    length = 0
    for word in words:
        part = ascii_slug("".join(lazy_pinyin(word, errors=lambda text: text)))[:MAX_READABLE_PART]
        if not part:
            continue
        if parts and length + 1 + len(part) > MAX_READABLE_PART:
            break
        parts.append(part)
        length += len(part) + (1 if length else 0)
    return "-".join([*parts, short_hash(seed)[:6]])


def load_pinyin() -> None:
    """Import pypinyin and its dictionaries now, if not yet loaded (about half a second, once a process): a
    caller with a time budget per article loads them outside it."""
    import pypinyin  # noqa: F401 - importing it loads the dictionaries


def release_pinyin() -> None:
    """Let go of pypinyin and its dictionaries (some 50 MB of a process, held as Python objects): a build needs
    them only while it works out titles' slugs, and the next ``pinyin_slug`` imports them afresh. The caller
    runs the garbage collector (the modules' functions and globals refer to each other)."""
    for name in [name for name in sys.modules if name == "pypinyin" or name.startswith("pypinyin.")]:
        del sys.modules[name]


class SlugAllocator:
    """Hands out slugs unique within one namespace, never one of the reserved names."""

    def __init__(self, reserved: set[str] | None = None) -> None:
        self.taken: set[str] = set(reserved or ())

    def allocate(self, wanted: str, fallback_seed: str) -> str:
        """A slug for ``wanted``; when letters had to be dropped (Chinese names), a hash of ``fallback_seed``
        keeps it distinct and stable whatever else the corpus holds."""
        base = ascii_slug(wanted)
        lost_letters = any(character.isalnum() and not character.isascii() for character in wanted)
        if not base:
            base = f"a-{short_hash(fallback_seed)}"
        elif lost_letters or base.isdigit() and len(base) < 3:
            base = f"{base}-{short_hash(fallback_seed)}"
        slug, counter = base, 2
        while slug in self.taken:
            slug = f"{base}-{counter}"
            counter += 1
        self.taken.add(slug)
        return slug
