"""Chinese typography: ASCII punctuation beside Chinese made full-width, doubled punctuation collapsed.

Numbers (``1,000``, ``11.2%``, ``2021-9-8``, ``09:54``) and Latin text keep their ASCII punctuation.
"""

from __future__ import annotations

import re

from generator.contracts.cleaning import CleaningContext
from generator.text.chars import HAN_EXTENDED

CJK = "\u3000-\u303f\u3400-\u9fff\uff00-\uffef“”‘’"
FULL_WIDTH = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
# ASCII punctuation with a Chinese character or full-width mark on at least one side (spaces between allowed).
ASCII_BESIDE_CJK = re.compile(rf"(?<=[{CJK}])[ \t]*([,:;?!])|([,:;?!])(?=[ \t]*[{CJK}])")
PARENTHESISED = re.compile(r"\(([^()\n]{0,80})\)")
CJK_CHARACTER = re.compile(rf"[{CJK}]")
SPACE_AROUND_FULL_WIDTH = re.compile(
    r"[ \t\u3000]+(?=[，、；：。！？）】》”])|(?<=[，、；：。！？（【《“])[ \t\u3000]+(?=\S)"
    rf"|(?<=[{HAN_EXTENDED}])[ \t\u3000]+(?=[（【《])"
)
# A run of sentence punctuation that holds a comma-like mark or a repeated full stop: ``，，`` ``，。`` ``，、``.
PUNCTUATION_RUN = re.compile(r"[，,、；;：:。！!？?]{2,}")
STRENGTH = "。！？；：、，"


def make_full_width(text: str, context: CleaningContext) -> tuple[str, int]:
    """``,`` ``:`` ``;`` ``?`` ``!`` and ``()`` beside Chinese → ``，：；？！（）``; spaces around them go.

    Each mark made full-width may put another beside Chinese (``12(亿),`` → ``12（亿），``), so this repeats
    until nothing changes: cleaning clean text must change nothing.
    """
    total = 0
    while True:
        text, count = full_width_pass(text)
        if not count:
            return text, total
        total += count


def full_width_pass(text: str) -> tuple[str, int]:
    """One pass of ``make_full_width``."""
    count = 0

    def parenthesis(match: re.Match[str]) -> str:
        nonlocal count
        before = text[match.start() - 1] if match.start() else ""
        after = text[match.end()] if match.end() < len(text) else ""
        if CJK_CHARACTER.search(match.group(1)) or CJK_CHARACTER.match(before) or CJK_CHARACTER.match(after):
            count += 1
            return f"（{match.group(1).strip()}）"
        return match.group(0)

    text = PARENTHESISED.sub(parenthesis, text)
    text, marks = ASCII_BESIDE_CJK.subn(lambda match: FULL_WIDTH[match.group(1) or match.group(2)], text)
    count += marks
    text, spaces = SPACE_AROUND_FULL_WIDTH.subn("", text)
    return text, count + spaces


def strongest(run: str) -> str:
    """The mark that ends the run's meaning: a full stop over a comma, an enumeration comma over a comma."""
    full = "".join(FULL_WIDTH.get(mark, mark) for mark in run)
    return min(full, key=STRENGTH.index)


def collapse_doubled_punctuation(text: str, context: CleaningContext) -> tuple[str, int]:
    """``，，`` → ``，``; ``，。`` → ``。``; ``，、`` → ``、``; ``，！`` → ``！``; ``？！`` is left as written."""
    count = 0

    def collapse(match: re.Match[str]) -> str:
        nonlocal count
        run = match.group(0)
        full = "".join(FULL_WIDTH.get(mark, mark) for mark in run)
        if not set(full) & set("，、；") and len(set(full)) > 1:
            return run
        if set(full) <= set("！？"):
            return run
        count += 1
        return strongest(run)

    return PUNCTUATION_RUN.sub(collapse, text), count
