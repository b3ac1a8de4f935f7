"""The gazetteer of Chinese administrative divisions (every province-, city- and county-level unit) and the
place rules that go with it, loaded once from ``data/divisions.tsv`` and ``data/places.yaml``."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache
from typing import Any

from generator.text.data import DataFolder

LEVELS = ("province", "city", "county")
COUNTRY = "country"  # a place abroad: a foreign country or city
MACRO_REGION = "macro_region"  # a region of several provinces or cities (长三角, 粤港澳大湾区)
# Places a delegation travels to that are never the promoting region and have no parent in the gazetteer.
DESTINATION_ONLY = (COUNTRY, MACRO_REGION)
PLACES_DATA = DataFolder("generator.extract.places")


@dataclass(frozen=True)
class Division:
    """One administrative unit: its six-digit code, official name and level."""

    code: str
    name: str
    level: str  # province | city | county, or country / macro_region for a destination only

    @property
    def kind_character(self) -> str:
        """The last character of the official name (省, 市, 县, 区, 旗, 盟, 州): what 我县/该市 refer to."""
        return self.name[-1]


@dataclass
class Gazetteer:
    """Divisions by code and by every name they are written with (official and short)."""

    by_code: dict[str, Division]
    by_name: dict[str, tuple[Division, ...]]
    official_names: frozenset[str]
    common_word_names: frozenset[str]
    rules: dict[str, Any]
    longest_name: int  # the widest window a scan needs
    name_starts: frozenset[str]  # the first two characters of every name, to skip most positions at once

    def parent(self, division: Division) -> Division | None:
        """The unit directly containing ``division`` (a county's city, else its province)."""
        if division.level in ("province", *DESTINATION_ONLY):
            return None
        if division.level == "county":
            city = self.by_code.get(division.code[:4] + "00")
            if city:
                return city
        return self.by_code.get(division.code[:2] + "0000")

    def ancestors(self, division: Division) -> list[Division]:
        """The units containing ``division``, nearest first."""
        found: list[Division] = []
        current = self.parent(division)
        while current:
            found.append(current)
            current = self.parent(current)
        return found

    def contains(self, outer: Division, inner: Division) -> bool:
        """Whether ``inner`` is ``outer`` or lies within it (a macro-region holds the divisions of its provinces)."""
        if outer.level == MACRO_REGION and inner.level in LEVELS:
            return self.lineage(inner)["province"] in self.rules["macro_regions"][outer.name]
        return outer == inner or outer in self.ancestors(inner)

    def lineage(self, division: Division) -> dict[str, str | None]:
        """Official province, city and county names of ``division`` (a municipality is its own city)."""
        names: dict[str, str | None] = {level: None for level in LEVELS}
        for unit in [division, *self.ancestors(division)]:
            names[unit.level] = unit.name
        if names["province"] and not names["city"] and division.level != "county":
            municipality = self.by_code.get(division.code[:2] + "0100")
            if municipality and municipality.name == names["province"]:
                names["city"] = municipality.name
        return names

    def find(self, province: str | None, city: str | None, county: str | None) -> Division | None:
        """The deepest division with these official names (a region's province, city and county)."""
        for name in (county, city, province):
            for unit in self.lookup(name) if name else ():
                lineage = self.lineage(unit)
                if unit.name == name and lineage["province"] in (None, province) and lineage["city"] in (None, city):
                    return unit
        return None

    def lookup(self, name: str) -> tuple[Division, ...]:
        """Every division written ``name``, highest level first."""
        return self.by_name.get(name, ())


def short_name(official: str, rules: dict[str, Any]) -> str | None:
    """The name without its official suffix (and ethnic names after an autonomy suffix), if two characters
    or more remain: 吉林省 → 吉林, 恭城瑶族自治县 → 恭城, 莫力达瓦达斡尔族自治旗 → 莫力达瓦."""
    stem = official
    for suffix in rules["division_suffixes"]:
        if stem.endswith(suffix) and len(stem) > len(suffix):
            stem = stem[: -len(suffix)]
            break
    if official.endswith(("自治区", "自治州", "自治县", "自治旗")):
        ethnic = sorted(rules["ethnic_groups"], key=len, reverse=True)
        stripped = True
        while stripped:
            stripped = False
            for group in ethnic:
                for written in (group + "族", group):
                    if stem.endswith(written) and len(stem) - len(written) >= 2:
                        stem, stripped = stem[: -len(written)], True
                        break
                if stripped:
                    break
    return stem if len(stem) >= 2 and stem != official else None


def _level(code: str) -> str:
    if code.endswith("0000"):
        return "province"
    if code.endswith("00"):
        return "city"
    return "county"


@cache
def place_rules() -> dict[str, Any]:
    """The place rules of ``data/places.yaml``."""
    return PLACES_DATA.yaml("places.yaml")


@cache
def load_gazetteer() -> Gazetteer:
    """Read the divisions once and index them by official and short name."""
    rules = place_rules()
    text = PLACES_DATA.text("divisions.tsv")
    by_code: dict[str, Division] = {}
    for line in text.splitlines():
        if line and not line.startswith("#"):
            code, name = line.split("\t")
            by_code[code] = Division(code=code, name=name, level=_level(code))
    by_name: dict[str, list[Division]] = {}
    for division in by_code.values():
        if division.level == "city" and by_code.get(division.code[:2] + "0000", division).name == division.name:
            continue  # a municipality's city entry: the province stands for it
        for name in (division.name, short_name(division.name, rules)):
            if name and division not in by_name.setdefault(name, []):
                by_name[name].append(division)
    destinations_only = {COUNTRY: [*rules["countries"], *rules["cities_abroad"]],
                         MACRO_REGION: [*rules["macro_regions"]]}
    for level, names in destinations_only.items():
        for name in names:
            by_name.setdefault(name, []).append(Division(code=f"{level}:{name}", name=name, level=level))
    order = (*LEVELS, *DESTINATION_ONLY)
    ordered = {
        name: tuple(sorted(divisions, key=lambda unit: (order.index(unit.level), unit.code)))
        for name, divisions in by_name.items()
    }
    return Gazetteer(
        by_code=by_code,
        by_name=ordered,
        official_names=frozenset([*(division.name for division in by_code.values()),
                                  *(name for names in destinations_only.values() for name in names)]),
        common_word_names=frozenset(rules["common_word_names"]),
        rules=rules,
        longest_name=max(len(name) for name in ordered),
        name_starts=frozenset(name[:2] for name in ordered),
    )
