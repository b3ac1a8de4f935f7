"""The home page's dashboard: site totals, and articles and investment by month, by province and by sector.

Each article counts once in every total: its headline investment goes to its month and to its region's province,
never to its sectors, since one article names several sectors and its headline sum is not split between them.
The same figures feed the charts (as JSON) and the tables under them.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass
from typing import Any

from generator.contracts.article import ArticleRecord

# Beyond this many months from the first dated article to the last, the time chart counts by year instead.
MAX_MONTHS_SHOWN = 48
MAX_SECTORS_SHOWN = 20
YI = 1e8


@dataclass(frozen=True)
class PeriodRow:
    """One month (``2021-09``) or year (``2021``) of the time chart."""

    period: str
    articles: int
    investment_yuan: float


@dataclass(frozen=True)
class ProvinceRow:
    """One province-level division: its articles and the sum of their headline investment."""

    name: str
    articles: int
    investment_yuan: float


@dataclass(frozen=True)
class SectorRow:
    """One sector and the number of articles that mention it (no money: see the module docstring)."""

    name: str
    articles: int


@dataclass(frozen=True)
class Dashboard:
    """Everything the dashboard include shows."""

    articles: int
    regions: int
    provinces: int
    signed_projects: int
    investment_yuan: float
    articles_with_investment: int
    period_unit: str  # "month" | "year"
    periods: list[PeriodRow]
    undated_articles: int  # articles the time chart cannot place (no date as precise as its unit)
    by_province: list[ProvinceRow]
    unplaced_articles: int  # articles with no province
    by_sector: list[SectorRow]
    sectors_not_shown: int

    def chart_data(self) -> dict[str, Any]:
        """The charts' series as plain JSON data; sums in 亿元, rounded to 0.01."""
        return {
            "periods": {
                "unit": self.period_unit,
                "labels": [row.period for row in self.periods],
                "articles": [row.articles for row in self.periods],
                "investment_yi": [round(row.investment_yuan / YI, 2) for row in self.periods],
            },
            "provinces": {
                "labels": [row.name for row in self.by_province],
                "articles": [row.articles for row in self.by_province],
                "investment_yi": [round(row.investment_yuan / YI, 2) for row in self.by_province],
            },
            "sectors": {
                "labels": [row.name for row in self.by_sector],
                "articles": [row.articles for row in self.by_sector],
            },
        }


def month_of(record: ArticleRecord) -> str | None:
    """``2021-09`` from a date at least as precise as a month."""
    return record.date[:7] if record.date and len(record.date) >= 7 else None


def year_of(record: ArticleRecord) -> str | None:
    return record.date[:4] if record.date else None


def month_range(first: str, last: str) -> list[str]:
    """Every month from ``first`` to ``last`` (``2021-11`` … ``2022-02``), so empty months show as zero."""
    year, month = int(first[:4]), int(first[5:7])
    months = []
    while f"{year:04d}-{month:02d}" <= last:
        months.append(f"{year:04d}-{month:02d}")
        year, month = (year + 1, 1) if month == 12 else (year, month + 1)
    return months


def months_between(first: str, last: str) -> int:
    return (int(last[:4]) - int(first[:4])) * 12 + int(last[5:7]) - int(first[5:7]) + 1


def by_period(records: list[ArticleRecord]) -> tuple[str, list[PeriodRow], int]:
    """(unit, rows oldest first with the empty periods between, articles left out) of the time chart."""
    months = sorted(month for month in map(month_of, records) if month)
    if months and months_between(months[0], months[-1]) <= MAX_MONTHS_SHOWN:
        unit, period_of, periods = "month", month_of, month_range(months[0], months[-1])
    else:
        years = sorted({year for year in map(year_of, records) if year})
        unit, period_of = "year", year_of
        periods = [str(year) for year in range(int(years[0]), int(years[-1]) + 1)] if years else []
    counts: Counter[str] = Counter()
    sums: defaultdict[str, float] = defaultdict(float)
    left_out = 0
    for record in records:
        period = period_of(record)
        if period is None:
            left_out += 1
            continue
        counts[period] += 1
        sums[period] += record.investment_yuan or 0
    return unit, [PeriodRow(period, counts[period], sums[period]) for period in periods], left_out


def by_province(records: list[ArticleRecord]) -> tuple[list[ProvinceRow], int]:
    """Provinces with most articles first (then the larger sum, then the name), and the articles with none."""
    counts: Counter[str] = Counter()
    sums: defaultdict[str, float] = defaultdict(float)
    for record in records:
        province = record.region.province if record.region else None
        if province:
            counts[province] += 1
            sums[province] += record.investment_yuan or 0
    rows = [ProvinceRow(name, counts[name], sums[name]) for name in counts]
    rows.sort(key=lambda row: (-row.articles, -row.investment_yuan, row.name))
    return rows, len(records) - sum(counts.values())


def by_sector(records: list[ArticleRecord]) -> list[SectorRow]:
    """Sectors by the number of articles mentioning them, most first."""
    counts = Counter(sector for record in records for sector in dict.fromkeys(record.sectors))
    return [SectorRow(name, count) for name, count in sorted(counts.items(), key=lambda item: (-item[1], item[0]))]


def build_dashboard(records: list[ArticleRecord], region_count: int) -> Dashboard:
    """The dashboard of the built pages (merged copies are not in ``records``, so no story counts twice);
    ``region_count`` is the number of region pages."""
    unit, periods, undated = by_period(records)
    provinces, unplaced = by_province(records)
    sectors = by_sector(records)
    return Dashboard(
        articles=len(records),
        regions=region_count,
        provinces=len(provinces),
        signed_projects=sum(record.signed_projects or 0 for record in records),
        investment_yuan=sum(record.investment_yuan or 0 for record in records),
        articles_with_investment=sum(1 for record in records if record.investment_yuan),
        period_unit=unit,
        periods=periods,
        undated_articles=undated,
        by_province=provinces,
        unplaced_articles=unplaced,
        by_sector=sectors[:MAX_SECTORS_SHOWN],
        sectors_not_shown=max(0, len(sectors) - MAX_SECTORS_SHOWN),
    )
