"""Remove pinyin annotations glued after Chinese characters, such as ``醫(yī)藥`` or ``發（fā）展``."""

from __future__ import annotations

import re

from generator.contracts.cleaning import CleaningContext
from generator.text.chars import HAN_EXTENDED

# One pinyin syllable as these pages print it: lowercase letters with tone marks or ü, never more than 6.
PINYIN_SYLLABLE = "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,6}"

TONE_MARKED = "(?=[a-z]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ])"
PINYIN_ANNOTATION = re.compile(rf"(?<=[{HAN_EXTENDED}])[(（]{TONE_MARKED}{PINYIN_SYLLABLE}[)）]")


def strip_pinyin_annotations(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop ``(pinyin)`` right after a Han character; a tone mark tells it from a Latin word.

    Real parentheses (``赛诺生(深圳)公司``, ``(记者李铭)``) hold Chinese, so they never match.
    """
    return PINYIN_ANNOTATION.subn("", text)
