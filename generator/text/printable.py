"""Characters that must never reach a page, a YAML file, a log or a terminal, and how names are shown safely.

Control characters (C0 and C1, NUL, ESC, BEL...) can rewrite a terminal's title or clear a CI log, and
bidirectional overrides and isolates (U+202E...) make a name read differently from what it is. Text keeps its
line breaks and tabs; a name shown in a log or on the report is escaped instead, so that nothing is hidden and
two different names never look the same.
"""

from __future__ import annotations

import re
from dataclasses import fields, is_dataclass
from typing import Any

# C0 and C1 controls other than tab and line feed, DEL, and the bidirectional marks, embeddings, overrides
# and isolates (LRM, RLM, ALM, LRE, RLE, PDF, LRO, RLO, LRI, RLI, FSI, PDI).
UNSAFE = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
UNSAFE_IN_LINE = re.compile(r"[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")
SURROGATE = re.compile(r"[\ud800-\udfff]")


def without_unsafe(text: str) -> str:
    """``text`` with control and bidi characters removed; line breaks and tabs stay."""
    return UNSAFE.sub("", text)


def printable(text: str) -> str:
    """One line of ``text`` safe to print: control, bidi and undecodable characters removed, breaks as spaces."""
    return UNSAFE_IN_LINE.sub("", SURROGATE.sub("\ufffd", text.replace("\n", " ").replace("\t", " ")))


def escaped_name(name: str) -> str:
    """A file name as it can be shown: bytes that are not UTF-8 as ``\\xe9``, controls and bidi as ``\\x1b`` or
    ``\\u202e``, a backslash doubled, so different names always show differently."""
    shown: list[str] = []
    for character in name:
        code = ord(character)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte, kept by the OS decoder as a lone surrogate
            shown.append(f"\\x{code - 0xDC00:02x}")
        elif character == "\\":
            shown.append("\\\\")
        elif UNSAFE_IN_LINE.match(character) or SURROGATE.match(character):
            shown.append(f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}")
        else:
            shown.append(character)
    return "".join(shown)


def scrubbed(value: Any) -> Any:
    """``value`` with every string in it (through lists, dicts and dataclasses) free of unsafe characters."""
    if isinstance(value, str):
        return without_unsafe(SURROGATE.sub("\ufffd", value))
    if isinstance(value, list):
        return [scrubbed(item) for item in value]
    if isinstance(value, dict):
        return {scrubbed(key): scrubbed(item) for key, item in value.items()}
    if is_dataclass(value) and not isinstance(value, type):
        for field in fields(value):
            setattr(value, field.name, scrubbed(getattr(value, field.name)))
        return value
    return value
