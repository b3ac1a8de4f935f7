"""Decoding: every Chinese encoding a scraped corpus uses is read back exactly; junk is named, never guessed."""

from __future__ import annotations

import random

import opencc
import pytest

from generator.read.decode import common_share, decode_bytes
from tests.sitebuild import REPO

SEEDS = sorted((REPO / "articles").glob("*.txt"))
SIMPLIFIED = SEEDS[4].read_text("utf-8")
TRADITIONAL = opencc.OpenCC("s2tw").convert(SIMPLIFIED)


@pytest.mark.parametrize(("encoding", "expected"), [
    ("utf-8", "utf-8"),
    ("utf-8-sig", "utf-8-sig"),
    ("utf-16", "utf-16"),
    ("utf-16-be", "utf-16-be"),  # no mark: recognised by reading as common Chinese
    ("utf-16-le", "utf-16-le"),
    ("gbk", "gb18030"),
    ("gb18030", "gb18030"),
])
def test_simplified_text_round_trips(encoding: str, expected: str) -> None:
    decoded = decode_bytes(SIMPLIFIED.encode(encoding))
    assert decoded.problem is None
    assert decoded.encoding == expected
    assert decoded.text == SIMPLIFIED.replace("\r\n", "\n")
    assert decoded.warnings == []


@pytest.mark.parametrize("encoding", ["big5", "big5hkscs", "utf-16", "gb18030"])
def test_traditional_text_round_trips(encoding: str) -> None:
    decoded = decode_bytes(TRADITIONAL.encode(encoding))
    assert decoded.problem is None
    assert decoded.text == TRADITIONAL


def test_big5_is_not_mistaken_for_gbk() -> None:
    """Big5 bytes also decode as GB18030, into rare characters: the common-character score decides."""
    raw = TRADITIONAL.encode("big5")
    as_gbk = raw.decode("gb18030", errors="replace")
    assert (common_share(as_gbk) or 0) < 0.5 < (common_share(TRADITIONAL) or 0)
    assert decode_bytes(raw).encoding == "big5hkscs"


def test_gbk_is_not_mistaken_for_big5() -> None:
    assert decode_bytes(SIMPLIFIED.encode("gbk")).encoding == "gb18030"
    sentence = "经开区招商引资，签约项目十二个，总投资五十亿元。" * 3
    assert decode_bytes(sentence.encode("gbk")).text == sentence


def test_a_few_broken_bytes_are_replaced_and_reported() -> None:
    raw = SIMPLIFIED.encode("utf-8")
    broken = raw[:300] + b"\xff\xfe" + raw[300:] + "中".encode()[:2]  # a stray pair and a cut-off character
    decoded = decode_bytes(broken)
    assert decoded.encoding == "utf-8"
    assert decoded.text.count("\ufffd") >= 2
    assert any("无法按 utf-8 解码" in warning for warning in decoded.warnings)


def test_truncated_gbk_is_read_with_a_warning() -> None:
    decoded = decode_bytes(SIMPLIFIED.encode("gbk")[:-1])
    assert decoded.encoding == "gb18030"
    assert decoded.text.startswith(SIMPLIFIED[:50])
    assert decoded.warnings


def test_random_bytes_are_skipped_not_replaced_wholesale() -> None:
    rng = random.Random(1)
    for size in (64, 4096):
        junk = bytes(rng.randrange(256) for _ in range(size))
        decoded = decode_bytes(junk)
        assert decoded.problem and decoded.text == ""
    high_bytes = bytes(rng.randrange(0x80, 0x100) for _ in range(4000))
    assert decode_bytes(high_bytes).problem


@pytest.mark.parametrize(("raw", "word"), [
    (b"%PDF-1.7\n...", "PDF"),
    (b"\x89PNG\r\n\x1a\n....", "PNG"),
    (b"PK\x03\x04\x14\x00", "ZIP"),
    (b"\xff\xd8\xff\xe0\x00\x10JFIF", "JPEG"),
    (b"\x7fELF\x02\x01\x01", "ELF"),
])
def test_binary_formats_are_named(raw: bytes, word: str) -> None:
    problem = decode_bytes(raw).problem
    assert problem and word in problem


def test_empty_and_whitespace_files_are_skipped() -> None:
    assert decode_bytes(b"").problem == "empty file"
    assert decode_bytes(b" \n\t\r\n").problem == "whitespace only"
    assert decode_bytes("\u3000\n".encode()).problem == "empty file"


def test_control_characters_are_removed_and_counted() -> None:
    decoded = decode_bytes("招商\x1b[31m引资\x07\x00项目\r\n签约\x0c".encode())
    assert decoded.text == "招商[31m引资项目\n签约"
    assert decoded.warnings == ["已删除 4 个控制字符或方向控制符"]


def test_declared_charset_wins_when_it_decodes() -> None:
    text = "网页声明的编码。"
    decoded = decode_bytes(text.encode("gbk"), declared="gbk")
    assert decoded.text == text and decoded.encoding == "gb18030"  # GBK as its superset
    # A wrong declaration is ignored: the bytes say UTF-8.
    assert decode_bytes(text.encode("utf-8"), declared="big5").text == text


def test_a_wrong_single_byte_declaration_is_ignored() -> None:
    text = "网页误把编码声明为西欧编码，但内容是国标码的中文，应按国标码读出。"
    assert decode_bytes(text.encode("gbk"), declared="iso-8859-1").text == text


def test_utf16_without_mark_needs_chinese_to_be_recognised() -> None:
    assert decode_bytes("plain English text, nothing else".encode("utf-16-le")).problem
