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
SIGNING_PARTIES = re.compile(PROJECTS["signing_parties"].format(numeral=NUMERAL, sign=SIGN))
TOTAL_MARKERS = tuple(PROJECTS["total_markers"])
TOTAL_MARKER_WINDOW = 4  # characters before a signed count's phrase where 共/合计 may stand
PARTIES_INTENT = tuple(PROJECTS["parties_intent_words"])
CLAUSE_BREAK = re.compile(r"[。；;，,！？!?\n]")
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
    counts = signed_counts(to_halfwidth(text)) or signing_parties(to_halfwidth(text))
    if not counts:
        return None, None
    candidates = [entry for entry in counts if not in_tally(text, entry.number_at)] or counts
    totals = [entry for entry in candidates if is_whole(text, entry)]
    chosen = (totals or candidates)[0]
    return chosen.count, text[chosen.start:chosen.end]


def is_whole(text: str, entry: SignedCount) -> bool:
    """Whether a signed count is said to be the whole (共签约项目117个, 合计签约项目32个)."""
    return any(marker in text[max(0, entry.start - TOTAL_MARKER_WINDOW):entry.number_at]
               for marker in TOTAL_MARKERS)


def signing_parties(text: str) -> list[SignedCount]:
    """Counts of the companies or units that signed (14家企业进行了签约), for a story that counts no projects."""
    found = []
    for match in SIGNING_PARTIES.finditer(text):
        count = parse_number(match["count"])
        clause_before = CLAUSE_BREAK.split(text[max(0, match.start() - 40):match.start()])[-1]
        if count is not None and count.is_integer() and count >= 1 and not any(
                word in clause_before for word in PARTIES_INTENT):
            found.append(SignedCount(int(count), *match.span(), match.start("count")))
    return found
