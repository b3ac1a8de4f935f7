"""Turn the bytes of an input file into text, saying which encoding it was and what could not be decoded.

A byte-order mark decides first; UTF-16 without one must read as common Chinese; then UTF-8, which wrong
guesses almost never pass; then GB18030 and Big5, which both accept much of each other's bytes, so each
decoding is scored by how much of it is common Chinese. charset-normalizer is the fallback for the rest.
A few undecodable bytes are replaced and reported; a file that no encoding reads is skipped, never replaced
wholesale.
"""

from __future__ import annotations

import codecs
import re
import threading
from dataclasses import dataclass, field

from generator.read.rules import common_characters, input_rules
from generator.text.chars import HAN_ANY
from generator.text.printable import without_unsafe

BYTE_ORDER_MARKS: tuple[tuple[bytes, str], ...] = (
    (codecs.BOM_UTF32_LE, "utf-32"),  # before UTF-16: it starts with the UTF-16 LE mark
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)
CHINESE_ENCODINGS = ("gb18030", "big5hkscs")
# Pages declare the narrow standard but use its superset's characters.
SUPERSET_OF_DECLARED = {"gb2312": "gb18030", "gbk": "gb18030", "big5": "big5hkscs", "cp950": "big5hkscs"}
HAN = re.compile(rf"[{HAN_ANY}]")
# A share of control bytes (NUL, escape... not tab or line breaks) above this is binary data, not text;
# below, they are stray and get removed.
BINARY_CONTROL_SHARE = 0.02
CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x20)])
MIN_CONTROL_BYTES_FOR_BINARY = 8
# At most this share of undecodable bytes is replaced (and reported); more and the file is skipped.
TOLERATED_ERROR_SHARE = 0.01
# Real Chinese text is mostly common characters; a wrong encoding turns it into rare ones.
MIN_COMMON_SHARE = 0.6
MIN_HAN_TO_JUDGE = 20
# A valid UTF-8 file with stray bytes still has many more well-formed characters than bad bytes; text in
# another encoding read as UTF-8 has almost none.
MIN_CHARACTERS_PER_BAD_BYTE = 10
REPLACEMENT = "\ufffd"
REPLACEMENT_RUN = re.compile("\ufffd{2,}")


@dataclass
class DecodedText:
    """Decoded text, or the reason there is none."""

    text: str = ""
    encoding: str | None = None
    problem: str | None = None
    warnings: list[str] = field(default_factory=list)


def common_share(text: str) -> float | None:
    """Share of the Han characters of ``text`` that are common ones; None when there are too few to judge."""
    han = HAN.findall(text)
    if len(han) < MIN_HAN_TO_JUDGE:
        return None
    common = common_characters()
    return sum(1 for character in han if character in common) / len(han)


def binary_format(raw: bytes) -> str | None:
    """The name of the binary format ``raw`` starts with, or None."""
    for signature, name in input_rules()["binary_signatures"].items():
        if raw.startswith(bytes.fromhex(signature)):
            return name
    return None


ERROR_HANDLER = "digest-count-bytes"


class ByteCountingHandler(threading.local):
    """Codec error handler: one replacement character per undecodable run, each of its bytes counted, per
    thread (``mkdocs serve`` builds in a thread)."""

    count = 0

    def __call__(self, error: UnicodeError) -> tuple[str, int]:
        assert isinstance(error, UnicodeDecodeError)
        self.count += error.end - error.start
        return REPLACEMENT, error.end


def byte_counter() -> ByteCountingHandler:
    """The one registered handler: codecs keep the first, however often this module is imported."""
    try:
        handler = codecs.lookup_error(ERROR_HANDLER)
    except LookupError:
        codecs.register_error(ERROR_HANDLER, ByteCountingHandler())
        handler = codecs.lookup_error(ERROR_HANDLER)
    assert hasattr(handler, "count")
    return handler  # type: ignore[return-value]


def decode_counting_errors(raw: bytes, encoding: str) -> tuple[str, int]:
    """Decode with replacement; return the text and how many bytes could not be decoded.

    A stray byte inside a character breaks the bytes around it into several invalid runs; each run becomes one
    replacement character, so the text shows one mark where one character was lost.
    """
    counter = byte_counter()
    counter.count = 0
    text = raw.decode(encoding, errors=ERROR_HANDLER)
    errors = counter.count
    if errors:
        text = REPLACEMENT_RUN.sub(REPLACEMENT, text)
    return text, errors


def remove_control_characters(text: str) -> tuple[str, int]:
    """Drop control and bidi characters (NUL, escape, U+202E...) no article needs; line breaks become ``\\n``."""
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\u2028", "\n").replace("\u2029", "\n")
    cleaned = without_unsafe(text)
    return cleaned, len(text) - len(cleaned)


def too_many_errors(errors: int, raw: bytes) -> bool:
    """Whether more than the tolerated share of the bytes were undecodable."""
    return errors > TOLERATED_ERROR_SHARE * len(raw)


def finish(text: str, encoding: str, errors: int = 0) -> DecodedText:
    """The decoded text without control characters, with warnings for what was replaced or removed."""
    if text.startswith("\ufeff"):
        text = text[1:]
    text, removed = remove_control_characters(text)
    decoded = DecodedText(text=text, encoding=encoding)
    if errors:
        decoded.warnings.append(f"{errors} 个无法按 {encoding} 解码的字节已替换为 {REPLACEMENT}")
    if removed:
        decoded.warnings.append(f"已删除 {removed} 个控制字符或方向控制符")
    if not text.strip():
        decoded.problem = "empty file" if not errors else "nothing decodable"
    return decoded


def decode_with_mark(raw: bytes) -> DecodedText | None:
    """Decode by the byte-order mark, if there is one."""
    for mark, encoding in BYTE_ORDER_MARKS:
        if raw.startswith(mark):
            text, errors = decode_counting_errors(raw, encoding)
            if too_many_errors(errors, raw):
                return DecodedText(problem=f"undecodable bytes: {errors} of {len(raw)} in a file marked as {encoding}")
            return finish(text, encoding, errors)
    return None


def is_utf8(raw: bytes) -> bool:
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_utf16_without_mark(raw: bytes) -> DecodedText | None:
    """UTF-16 saved without a byte-order mark, recognised by decoding to common Chinese text."""
    if len(raw) % 2 or b"\x00" not in raw and is_utf8(raw):
        return None
    for encoding in ("utf-16-le", "utf-16-be"):
        try:
            text = raw.decode(encoding)
        except UnicodeDecodeError:
            continue
        share = common_share(text)
        if share is not None and share >= MIN_COMMON_SHARE:
            return finish(text, encoding)
    return None


def best_chinese_decoding(raw: bytes) -> tuple[str, str, int] | None:
    """Of GB18030 and Big5, the decoding with fewest errors and then most common text; None if both fail."""
    scored: list[tuple[int, float, str, str]] = []
    for encoding in CHINESE_ENCODINGS:
        text, errors = decode_counting_errors(raw, encoding)
        if not too_many_errors(errors, raw):
            share = common_share(text)
            scored.append((errors, -(share if share is not None else 0.0), encoding, text))
    if not scored:
        return None
    errors, _, encoding, text = min(scored)
    return text, encoding, errors


def declared_chinese_encoding(declared: str | None) -> str | None:
    """The Chinese encoding a page declares, as its superset; None for others (often wrong, e.g. Latin-1)."""
    try:
        encoding = codecs.lookup(declared).name if declared else None
    except LookupError:
        return None
    encoding = SUPERSET_OF_DECLARED.get(encoding or "", encoding)
    return encoding if encoding in CHINESE_ENCODINGS else None


def decode_with_detector(raw: bytes) -> tuple[str, str] | None:
    """charset-normalizer's best guess, decoded strictly."""
    from charset_normalizer import from_bytes

    match = from_bytes(raw).best()
    if match is None:
        return None
    try:
        return raw.decode(match.encoding), match.encoding
    except (UnicodeDecodeError, LookupError):
        return None


def decode_bytes(raw: bytes, declared: str | None = None) -> DecodedText:
    """Decode ``raw``: byte-order mark, UTF-16 without one, UTF-8, a declared Chinese encoding, GB18030 or
    Big5, then a detector."""
    if not raw.strip():
        return DecodedText(problem="empty file" if not raw else "whitespace only")
    marked = decode_with_mark(raw)
    if marked:
        return marked
    binary = binary_format(raw)
    if binary:
        return DecodedText(problem=f"binary file: {binary}")
    unmarked = decode_utf16_without_mark(raw)
    if unmarked:
        return unmarked
    control_bytes = len(raw) - len(raw.translate(None, CONTROL_BYTES))
    if control_bytes > max(MIN_CONTROL_BYTES_FOR_BINARY, BINARY_CONTROL_SHARE * len(raw)):
        return DecodedText(problem=f"binary file ({control_bytes} control bytes in {len(raw)})")
    text, errors = decode_counting_errors(raw, "utf-8")
    if errors == 0:
        return finish(text, "utf-8")
    declared_chinese = declared_chinese_encoding(declared)
    if declared_chinese:
        try:
            return finish(raw.decode(declared_chinese), declared_chinese)
        except UnicodeDecodeError:
            pass
    multibyte = sum(1 for character in text if ord(character) > 0x7F and character != REPLACEMENT)
    if not too_many_errors(errors, raw) and multibyte >= MIN_CHARACTERS_PER_BAD_BYTE * errors:
        # valid UTF-8 but for a few stray bytes
        return finish(text, "utf-8", errors)
    chinese = best_chinese_decoding(raw)
    if chinese:
        text, encoding, errors = chinese
        share = common_share(text)
        if share is None or share >= MIN_COMMON_SHARE:
            return finish(text, encoding, errors)
    detected = decode_with_detector(raw)
    if detected:
        share = common_share(detected[0])
        if share is None or share >= MIN_COMMON_SHARE:
            return finish(*detected)
    return DecodedText(problem="undecodable: no encoding (UTF-8, UTF-16, GB18030, Big5, detected) reads as text")
