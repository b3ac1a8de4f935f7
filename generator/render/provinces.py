"""Provinces: the regions of each province-level division, with totals, in administrative-code order."""

from __future__ import annotations

from dataclasses import dataclass, field

from generator.contracts.article import ArticleRecord
from generator.render.groups import UNKNOWN_PROVINCE, Group, code_order, investment_total, newest_first

UNKNOWN_SLUG = "unknown"


def province_code(region_code: str | None) -> str | None:
    """``220502`` → ``220000``: the first two digits of a division's code name its province."""
    if region_code and len(region_code) == 6 and region_code.isdigit():
        return region_code[:2] + "0000"
    return None


@dataclass
class Province:
    """A province-level division and the regions in it that published articles."""

    name: str
    code: str | None
    slug: str
    regions: list[Group] = field(default_factory=list)

    @property
    def records(self) -> list[ArticleRecord]:
        return newest_first([record for region in self.regions for record in region.records])

    @property
    def count(self) -> int:
        return sum(region.count for region in self.regions)

    @property
    def investment_yuan(self) -> float:
        """Each article's headline amount once: an article belongs to one region only."""
        return investment_total(record for region in self.regions for record in region.records)


def group_by_province(regions: list[Group]) -> list[Province]:
    """Provinces in administrative-code order, the one of unknown province last."""
    provinces: dict[str, Province] = {}
    for region in regions:
        name = region.province or UNKNOWN_PROVINCE
        if name not in provinces:
            code = None if name == UNKNOWN_PROVINCE else province_code(region.code)
            provinces[name] = Province(name=name, code=code, slug=code or UNKNOWN_SLUG)
        provinces[name].regions.append(region)
    return sorted(provinces.values(), key=lambda p: (p.name == UNKNOWN_PROVINCE, *code_order(p.code, p.name)))
