"""Safe, unique, ASCII slugs for page names: input never chooses a path."""

from __future__ import annotations

import hashlib
import re
import unicodedata

UNSAFE = re.compile(r"[^a-z0-9]+")
MAX_SLUG = 60


def ascii_slug(text: str) -> str:
    """Lower-case ASCII letters and digits joined by hyphens; empty when nothing ASCII is left."""
    folded = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    return UNSAFE.sub("-", folded).strip("-")[:MAX_SLUG].strip("-")


def short_hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8")).hexdigest()[:8]


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
