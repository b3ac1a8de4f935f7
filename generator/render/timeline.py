"""Time: the articles of each year and month, and a trend table of counts and totals, newest first."""

from __future__ import annotations

from dataclasses import dataclass

from generator.contracts.article import ArticleRecord
from generator.render.groups import Group, investment_total, newest_first

UNDATED_SLUG = "undated"
UNDATED_NAME = "日期不详"


def year_of(record: ArticleRecord) -> int | None:
    if record.date and record.date[:4].isdigit():
        return int(record.date[:4])
    return record.year


def month_of(record: ArticleRecord) -> int | None:
    """The month when the date is at least as precise as ``2021-09``."""
    if record.date and len(record.date) >= 7 and record.date[5:7].isdigit():
        return int(record.date[5:7])
    return None


def period_slug(year: int | None, month: int | None = None) -> str:
    if year is None:
        return UNDATED_SLUG
    return f"{year}-{month:02d}" if month else str(year)


def period_name(year: int | None, month: int | None = None) -> str:
    if year is None:
        return UNDATED_NAME
    return f"{year}年{month}月" if month else f"{year}年"


@dataclass
class TrendRow:
    """Articles and their headline investment in one period; ``slug`` names the period's page."""

    name: str
    slug: str
    count: int
    investment_yuan: float


def _grouped(records: list[ArticleRecord], by_month: bool) -> dict[tuple[int, int], list[ArticleRecord]]:
    """Records by (year, month), newest first; month 0 holds a year's records of unknown month and year -1
    the undated ones, so they sort after the rest of their year and after every year."""
    periods: dict[tuple[int, int], list[ArticleRecord]] = {}
    for record in records:
        year = year_of(record)
        month = (month_of(record) or 0) if by_month else 0
        periods.setdefault((-1, 0) if year is None else (year, month), []).append(record)
    return dict(sorted(periods.items(), reverse=True))


def _group(key: tuple[int, int], records: list[ArticleRecord]) -> Group:
    year, month = (None, None) if key[0] < 0 else (key[0], key[1] or None)
    return Group(name=period_name(year, month), slug=period_slug(year, month), records=newest_first(records))


def group_by_year(records: list[ArticleRecord]) -> list[Group]:
    """One group per year, newest first, the undated last."""
    return [_group(key, group) for key, group in _grouped(records, by_month=False).items()]


def group_by_month(records: list[ArticleRecord]) -> list[Group]:
    """One group per month of a known date, newest first (a year's records of unknown month are left out)."""
    return [_group(key, group) for key, group in _grouped(records, by_month=True).items() if key[1]]


def monthly_trend(records: list[ArticleRecord]) -> list[TrendRow]:
    """Counts and totals by month, newest first; a year's articles of unknown month and the undated ones get
    rows of their own, so the rows add up to all of ``records``."""
    rows = []
    for (year, month), group in _grouped(records, by_month=True).items():
        if year < 0:
            name, slug = UNDATED_NAME, UNDATED_SLUG
        elif month:
            name, slug = period_name(year, month), period_slug(year, month)
        else:
            name, slug = f"{year}年（月份不详）", period_slug(year)
        rows.append(TrendRow(name=name, slug=slug, count=len(group), investment_yuan=investment_total(group)))
    return rows
