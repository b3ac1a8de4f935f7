"""Turn the bytes of an input file into text, saying which encoding it was and what could not be decoded."""

from __future__ import annotations

import codecs
from dataclasses import dataclass, field

CANDIDATE_ENCODINGS = ("utf-8", "gb18030", "big5")


@dataclass
class DecodedText:
    """Decoded text, or the reason there is none."""

    text: str = ""
    encoding: str | None = None
    problem: str | None = None
    warnings: list[str] = field(default_factory=list)


def decode_bytes(raw: bytes) -> DecodedText:
    """Decode ``raw`` trying a BOM first, then UTF-8, GB18030 and Big5 strictly."""
    if not raw.strip():
        return DecodedText(problem="empty file")
    for bom, name in ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16")):
        if raw.startswith(bom):
            try:
                return DecodedText(text=raw.decode(name), encoding=name)
            except UnicodeDecodeError:
                break
    if b"\x00" in raw:
        return DecodedText(problem="binary file (contains NUL bytes)")
    for name in CANDIDATE_ENCODINGS:
        try:
            return DecodedText(text=raw.decode(name), encoding=name)
        except UnicodeDecodeError:
            continue
    return DecodedText(problem="undecodable bytes: not UTF-8, GB18030 or Big5")
