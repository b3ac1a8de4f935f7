"""The main event's date: phrase as written, ISO date as precise as known, and the year. First cut."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.extract.facts import ArticleText

YEAR = re.compile(r"((?:19|20)\d\d)年")
MONTH_DAY = re.compile(r"(\d{1,2})月(\d{1,2})日(?:至\d{1,2}日)?")


@dataclass
class DateFact:
    date: str | None = None
    date_text: str | None = None
    year: int | None = None
    evidence: str | None = None


def find_date(article: ArticleText) -> DateFact:
    """The first month-day phrase and the first explicit year (a first cut)."""
    fact = DateFact()
    year_match = YEAR.search(article.full_text)
    if year_match:
        fact.year = int(year_match.group(1))
        fact.evidence = year_match.group(0)
    day_match = MONTH_DAY.search(article.body)
    if day_match:
        fact.date_text = day_match.group(0)
        if fact.year:
            fact.date = f"{fact.year:04d}-{int(day_match.group(1)):02d}-{int(day_match.group(2)):02d}"
    elif fact.year:
        fact.date = str(fact.year)
    return fact
