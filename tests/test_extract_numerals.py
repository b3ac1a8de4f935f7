"""Numerals: Arabic and Chinese numbers as news text writes them."""

from __future__ import annotations

import pytest

from generator.extract.figures.numerals import parse_number, to_halfwidth


@pytest.mark.parametrize(("numeral", "value"), [
    ("三十", 30), ("十", 10), ("十二", 12), ("一百二十", 120), ("五百零五", 505), ("两", 2), ("六", 6),
    ("三千五百万", 35_000_000), ("1,000", 1000), ("669.6", 669.6), ("１２．５", 12.5),
])
def test_numbers_are_read(numeral: str, value: float) -> None:
    assert parse_number(numeral) == value


@pytest.mark.parametrize("numeral", ["一二", "亿元", "1.2.3", ""])
def test_what_is_no_number(numeral: str) -> None:
    assert parse_number(numeral) is None


def test_full_width_forms_become_ascii_and_keep_their_offsets() -> None:
    text = "总投资１２．５亿元（约）"
    assert to_halfwidth(text) == "总投资12.5亿元(约)"
    assert len(to_halfwidth(text)) == len(text)
