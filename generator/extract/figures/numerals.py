"""Numbers as Chinese news writes them: Arabic digits (with thousands separators or full-width) and Chinese
numerals (三十, 一百二十, 六), read into numbers for the money, project and date extractors."""

from __future__ import annotations

import re

from generator.extract.patterns import load_data

NUMERALS = load_data("numerals.yaml")
DIGITS: dict[str, int] = NUMERALS["digits"]
SMALL_UNITS: dict[str, int] = NUMERALS["small_units"]
LARGE_UNITS: dict[str, int] = NUMERALS["large_units"]

# A Chinese numeral starts with a digit or 十; a bare 百/千 (百亿, 千亿级) is a magnitude class, not a count.
CHINESE_NUMERAL = f"[{''.join(DIGITS)}十][{''.join(DIGITS)}{''.join(SMALL_UNITS)}]*"
ARABIC_NUMERAL = r"\d+(?:,\d{3})*(?:\.\d+)?"
NUMERAL = f"(?:{ARABIC_NUMERAL}|{CHINESE_NUMERAL})"
ARABIC = re.compile(ARABIC_NUMERAL)
FULLWIDTH_TO_ASCII = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}


def to_halfwidth(text: str) -> str:
    """Full-width ASCII forms as ASCII (１２．５ → 12.5); the same length, so offsets still hold."""
    return text.translate(FULLWIDTH_TO_ASCII)


def parse_chinese_numeral(numeral: str) -> int | None:
    """三十 → 30, 一百二十 → 120, 三千五百万 → 35000000, 两 → 2; None when it is not a well-formed numeral."""
    if not numeral:
        return None
    total, section, digit = 0, 0, None
    for char in numeral:
        if char in DIGITS:
            if DIGITS[char] == 0 and digit is None:  # 零 holds an empty place (五百零五)
                continue
            if digit is not None:  # two digits in a row (一二) is not a numeral
                return None
            digit = DIGITS[char]
        elif char in SMALL_UNITS:
            section += (1 if digit is None else digit) * SMALL_UNITS[char]
            digit = None
        elif char in LARGE_UNITS:
            total += (section + (digit or 0)) * LARGE_UNITS[char]
            section, digit = 0, None
        else:
            return None
    return total + section + (digit or 0)


def parse_number(numeral: str) -> float | None:
    """An Arabic (1,000 / 1.4 / １２) or Chinese (三十) numeral as a number; None when it is neither."""
    numeral = to_halfwidth(numeral)
    if ARABIC.fullmatch(numeral):
        return float(numeral.replace(",", ""))
    value = parse_chinese_numeral(numeral)
    return float(value) if value is not None else None
