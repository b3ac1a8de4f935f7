"""Paragraph structure: odd whitespace, image captions apart from the body, subheadings, paragraphs.

Patterns and limits live in ``data/structure.yaml``.
"""

from __future__ import annotations

import re

from generator.contracts.cleaning import CleaningContext
from generator.normalize.data_files import compiled_patterns, load_yaml
from generator.text.chars import HAN

_DATA = load_yaml("structure.yaml")
CAPTION_LINES = compiled_patterns("structure.yaml", "caption_lines")
TOP_CAPTION_MIN_LINES: int = _DATA["top_caption_min_lines"]
TOP_CAPTION_MAX_LENGTH: int = _DATA["top_caption_max_length"]
SUBHEADING_MAX_LENGTH: int = _DATA["subheading_max_length"]
SUBHEADING_MIN_LENGTH: int = _DATA["subheading_min_length"]

ODD_SPACES = re.compile(r"[\u00a0\u2000-\u200a\u202f\u205f\t\r\f\v]")
INVISIBLE = re.compile(r"[\u200b-\u200d\u2060\ufeff\u00ad]")
# Paragraphs flattened into one line by the scraper: whitespace after a sentence end, before the next sentence.
FLATTENED_BREAK = re.compile(r"(?<=[。！？!?])[ \u3000]+(?=[^\s\d。，、；：！？）”])")
SPACE_RUN = re.compile(r"[ \u3000]{2,}")
# A typesetter's spaces inside a date (12 月 19 日, 2018 年): the number and its unit are one word.
NUMBER_UNIT_SPACE = re.compile(r"(?<=\d)[ \u3000]+(?=[年月日])")
UNIT_NUMBER_SPACE = re.compile(r"(?<=\d[年月])[ \u3000]+(?=\d)")
SENTENCE_PUNCTUATION = re.compile(r"[。！？；：，、!?;:,]")


def normalize_whitespace(text: str, context: CleaningContext) -> tuple[str, int]:
    """Odd spaces become plain ones, flattened paragraphs are split again, lines are trimmed, blank lines go."""
    changes = 0
    text, count = ODD_SPACES.subn(" ", text)
    changes += count
    text, count = INVISIBLE.subn("", text)
    changes += count
    text, count = FLATTENED_BREAK.subn("\n", text)
    changes += count
    lines = []
    for line in text.split("\n"):
        stripped = SPACE_RUN.sub(" ", line.strip(" \u3000"))
        stripped = UNIT_NUMBER_SPACE.sub("", NUMBER_UNIT_SPACE.sub("", stripped))
        changes += stripped != line
        if stripped:
            lines.append(stripped)
    return "\n".join(lines), changes


def is_caption(line: str) -> bool:
    return any(pattern.search(line) for pattern in CAPTION_LINES)


def is_top_caption(line: str) -> bool:
    """A short complete sentence without a comma, as captions of the pictures that open a page are."""
    return len(line) <= TOP_CAPTION_MAX_LENGTH and line.endswith("。") and line.count("。") == 1 and "，" not in line


def separate_captions(text: str, context: CleaningContext) -> tuple[str, int]:
    """Move picture captions out of the body: caption lines anywhere, and a run of short ones at the top."""
    lines = text.split("\n")
    top = 0
    while top < len(lines) and is_top_caption(lines[top]):
        top += 1
    if top < TOP_CAPTION_MIN_LINES or top == len(lines):
        top = 0
    context.captions.extend(lines[:top])
    kept = []
    for line in lines[top:]:
        if is_caption(line):
            context.captions.append(line)
        else:
            kept.append(line)
    return "\n".join(kept), len(lines) - len(kept)


def is_subheading(line: str) -> bool:
    """Short, Chinese, and not ending like a sentence: ``抢抓机遇凝聚招商合力``, ``走出去 扩大招商“朋友圈”``."""
    if not SUBHEADING_MIN_LENGTH <= len(line) <= SUBHEADING_MAX_LENGTH or not HAN.search(line):
        return False
    return not SENTENCE_PUNCTUATION.search(line[-1]) and line.count("。") == 0 and line.count("，") <= 1


def mark_subheadings(text: str, context: CleaningContext) -> tuple[str, int]:
    """List the short heading-like lines inside the body (not the first line, which may be the headline)."""
    lines = text.split("\n")
    found = [
        line for index, line in enumerate(lines)
        if 0 < index < len(lines) - 1 and is_subheading(line) and len(lines[index + 1]) > len(line)
    ]
    context.subheadings.extend(found)
    return text, len(found)


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines, stripped, each a paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]
