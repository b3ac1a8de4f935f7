"""Group records into the site's taxonomies: regions within provinces, sectors, organizations, destinations.

Every group holds its articles newest first. A region, and so a province, holds each article once (an article
has one region), so their money totals are sums of headline amounts each counted once. Sectors,
organizations and destinations are *mentions*: one article is in several, so they carry counts, never sums.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field

from generator.contracts.article import ArticleRecord
from generator.contracts.slugs import SlugAllocator, short_hash

UNKNOWN_PROVINCE = "未识别省份"


def investment_total(records: Iterable[ArticleRecord]) -> float:
    """The sum of the articles' headline investments, each article once."""
    return sum(record.investment_yuan or 0 for record in records)


@dataclass
class Group:
    """The articles of one region, sector, organization, destination or period, newest first."""

    name: str
    slug: str
    province: str | None = None
    code: str | None = None  # administrative code of a region (a zone has its parent division's)
    kind: str | None = None
    records: list[ArticleRecord] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.records)

    @property
    def investment_yuan(self) -> float:
        return investment_total(self.records)


@dataclass
class RegionShare:
    """How many of a mention group's articles one region published."""

    region: Group
    count: int


def newest_first(records: list[ArticleRecord]) -> list[ArticleRecord]:
    """Dated records newest first (an ISO date sorts as text), undated last, then by title."""
    dated = sorted((r for r in records if r.date), key=lambda r: (r.date or "", r.title), reverse=True)
    undated = sorted((r for r in records if not r.date), key=lambda r: r.title)
    return dated + undated


def region_key(record: ArticleRecord) -> tuple[str, str] | None:
    """(province, the most specific official name) of a record's region."""
    region = record.region
    if not region:
        return None
    name = region.zone or region.county or region.city or region.province or region.name
    return (region.province or UNKNOWN_PROVINCE, name)


def region_slug(record: ArticleRecord) -> str:
    """The administrative code (``220502``), with a zone's own hash after it (``220171-3f2a9c1d``)."""
    region = record.region
    if not region or not region.code:
        return ""
    return f"{region.code}-{short_hash(region.zone)}" if region.zone else region.code


def code_order(code: str | None, name: str) -> tuple[bool, str, str]:
    """Administrative-code order; groups without a code last, by name."""
    return (not code, code or "", name)


def group_by_region(records: list[ArticleRecord]) -> list[Group]:
    """One group per region, in administrative-code order."""
    groups: dict[tuple[str, str], Group] = {}
    slugs = SlugAllocator(reserved={"index", "page"})
    for record in records:
        key = region_key(record)
        if key is None:
            continue
        if key not in groups:
            region = record.region
            assert region is not None
            groups[key] = Group(name=key[1], province=key[0], code=region.code, kind=region.kind,
                                slug=slugs.allocate(region_slug(record), "/".join(key)))
        groups[key].records.append(record)
    for group in groups.values():
        group.records = newest_first(group.records)
    return sorted(groups.values(), key=lambda g: (g.province == UNKNOWN_PROVINCE, *code_order(g.code, g.name)))


def group_mentions(records: list[ArticleRecord], names_of: Callable[[ArticleRecord], Iterable[str]],
                   slug_of: Callable[[str], str] = lambda name: "") -> list[Group]:
    """One group per name the records mention, most articles first; an article counts once per name."""
    groups: dict[str, Group] = {}
    slugs = SlugAllocator(reserved={"index", "page"})
    for record in records:
        for name in dict.fromkeys(names_of(record)):
            if name not in groups:
                groups[name] = Group(name=name, slug=slugs.allocate(slug_of(name), name))
            groups[name].records.append(record)
    for group in groups.values():
        group.records = newest_first(group.records)
    return sorted(groups.values(), key=lambda g: (-g.count, g.name))


def group_by_sector(records: list[ArticleRecord], sector_slugs: dict[str, str]) -> list[Group]:
    """One group per sector, most articles first."""
    return group_mentions(records, lambda record: record.sectors, lambda name: sector_slugs.get(name, ""))


def group_by_organization(records: list[ArticleRecord]) -> list[Group]:
    """One group per named company, association, fund or institute."""
    return group_mentions(records, lambda record: record.organizations)


def group_by_destination(records: list[ArticleRecord]) -> list[Group]:
    """One group per place delegations went to."""
    return group_mentions(records, lambda record: record.destinations)


def region_shares(group: Group, region_of: Callable[[ArticleRecord], Group | None]) -> list[RegionShare]:
    """The regions behind a mention group's articles, most articles first, then in code order."""
    counts: dict[int, RegionShare] = {}
    for record in group.records:
        region = region_of(record)
        if region is None:
            continue
        share = counts.setdefault(id(region), RegionShare(region, 0))
        share.count += 1
    return sorted(counts.values(), key=lambda s: (-s.count, *code_order(s.region.code, s.region.name)))
