"""The number of projects signed at the story's main event (集中签约53个项目 → 53), not visits, meetings,
leads, started projects, or a period's tally when the story has an event. Patterns live in
``data/projects.yaml``."""

from __future__ import annotations

import re
from dataclasses import dataclass

from generator.extract.figures.numerals import NUMERAL, parse_number, to_halfwidth
from generator.extract.patterns import alternation, in_tally, load_data

PROJECTS = load_data("projects.yaml")
COUNT = rf"(?<![第\d.])(?P<count>{NUMERAL})(?:{alternation(PROJECTS['count_classifiers'])})"
SIGN = f"(?P<sign>{alternation(PROJECTS['signing_words'])})"
LINK = f"(?:{alternation(PROJECTS['count_links'])})?"
SIGNED_COUNTS = [re.compile(pattern.format(count=COUNT, sign=SIGN, link=LINK)) for pattern in PROJECTS["patterns"]]
NOT_SIGNED_BETWEEN = re.compile(alternation(PROJECTS["not_signed_between"]))
NOT_SIGNED_AFTER = tuple(PROJECTS["not_signed_after"])


def is_signed_count(match: re.Match[str], text: str) -> bool:
    """Whether the count is of projects signed rather than started or intended, a part of the signed ones
    (签约项目中有3个), or the count of a list the project belongs to (37个重点签约项目之一)."""
    gap_start = min(match.end("count"), match.end("sign"))
    gap_end = max(match.start("count"), match.start("sign"))
    if NOT_SIGNED_BETWEEN.search(text, gap_start, gap_end):
        return False
    return not text.startswith(NOT_SIGNED_AFTER, match.end())


@dataclass
class SignedCount:
    """A count of signed projects and the span of the phrase stating it."""

    count: int
    start: int
    end: int
    number_at: int


def signed_counts(text: str) -> list[SignedCount]:
    """Every count of signed projects in ``text``, in reading order of their numbers."""
    found: dict[int, SignedCount] = {}
    for pattern in SIGNED_COUNTS:
        for match in pattern.finditer(text):
            count = parse_number(match["count"])
            if count is None or not count.is_integer() or count < 1 or not is_signed_count(match, text):
                continue
            found.setdefault(match.start("count"), SignedCount(int(count), *match.span(), match.start("count")))
    return [found[position] for position in sorted(found)]


def count_signed_projects(text: str) -> tuple[int | None, str | None]:
    """The first count of signed projects outside a period's tally (截至目前, 1-11月份); a tally only when the
    story has nothing else. The evidence is the phrase as written."""
    counts = signed_counts(to_halfwidth(text))
    if not counts:
        return None, None
    at_event = [entry for entry in counts if not in_tally(text, entry.number_at)]
    chosen = (at_event or counts)[0]
    return chosen.count, text[chosen.start:chosen.end]
