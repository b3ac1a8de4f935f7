"""Group records into the site's taxonomies: regions (by province) and sectors."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.contracts.article import ArticleRecord
from generator.contracts.slugs import SlugAllocator, short_hash

UNKNOWN_PROVINCE = "未识别省份"


@dataclass
class Group:
    """The articles of one region or sector, newest first."""

    name: str
    slug: str
    province: str | None = None
    records: list[ArticleRecord] = field(default_factory=list)

    @property
    def count(self) -> int:
        return len(self.records)

    @property
    def investment_yuan(self) -> float:
        return sum(record.investment_yuan or 0 for record in self.records)


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


def group_by_region(records: list[ArticleRecord]) -> list[Group]:
    """One group per region, ordered by province then name."""
    groups: dict[tuple[str, str], Group] = {}
    slugs = SlugAllocator(reserved={"index"})
    for record in records:
        key = region_key(record)
        if key is None:
            continue
        if key not in groups:
            groups[key] = Group(name=key[1], province=key[0], slug=slugs.allocate(region_slug(record), "/".join(key)))
        groups[key].records.append(record)
    for group in groups.values():
        group.records = newest_first(group.records)
    return sorted(groups.values(), key=lambda g: (g.province == UNKNOWN_PROVINCE, g.province or "", g.name))


def group_by_sector(records: list[ArticleRecord], sector_slugs: dict[str, str]) -> list[Group]:
    """One group per sector, most articles first."""
    groups: dict[str, Group] = {}
    slugs = SlugAllocator(reserved={"index"})
    for record in records:
        for sector in record.sectors:
            if sector not in groups:
                groups[sector] = Group(name=sector, slug=slugs.allocate(sector_slugs.get(sector, ""), sector))
            groups[sector].records.append(record)
    for group in groups.values():
        group.records = newest_first(group.records)
    return sorted(groups.values(), key=lambda g: (-g.count, g.name))


def province_code(record: ArticleRecord) -> str:
    """The six-digit code of the record's province (``220000``), from its region's code; empty when unknown."""
    code = record.region.code if record.region else None
    return f"{code[:2]}0000" if code and len(code) == 6 and code.isdigit() else ""


def group_by_province(records: list[ArticleRecord]) -> list[Group]:
    """One group per province-level division, slugged by its administrative code, in code order."""
    groups: dict[str, Group] = {}
    codes: dict[str, str] = {}
    for record in records:
        province = record.region.province if record.region else None
        if not province:
            continue
        groups.setdefault(province, Group(name=province, slug="", province=province)).records.append(record)
        codes[province] = codes.get(province) or province_code(record)
    slugs = SlugAllocator(reserved={"index"})
    for province, group in groups.items():
        group.slug = slugs.allocate(codes[province], province)
        group.records = newest_first(group.records)
    return sorted(groups.values(), key=lambda g: (codes[g.name] or "999999", g.name))
