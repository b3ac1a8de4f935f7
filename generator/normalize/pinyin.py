"""Remove pinyin annotations glued after Chinese characters, such as ``醫(yī)藥`` or ``發（fā）展``."""

from __future__ import annotations

import re

from generator.normalize.pipeline_types import CleaningContextLike

PINYIN_ANNOTATION = re.compile(
    r"(?<=[\u3400-\u9fff])[(（][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜüńňǹḿ]{1,7}[)）]"
)


def strip_pinyin_annotations(text: str, context: CleaningContextLike) -> tuple[str, int]:
    """Drop ``(pinyin)`` right after a Han character; real parentheses hold more than one lowercase syllable."""
    return PINYIN_ANNOTATION.subn("", text)
