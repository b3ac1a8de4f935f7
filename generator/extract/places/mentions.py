"""Find where a text names places: divisions of the gazetteer (in full, short, or chained as 广东省深圳市),
the development zone written after one (长春经开区, 大洼区临港经济开发区), and zones written alone (经开区)."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from generator.extract.places.gazetteer import Division, Gazetteer, load_gazetteer
from generator.text.chars import HAN_BASIC

# A zone's own name: two to four characters standing alone before the zone word (，虹桥工业园区).
ZONE_OWN_NAME = re.compile(rf"(?:^|[^{HAN_BASIC}])([{HAN_BASIC}]{{2,4}})$")


@dataclass
class PlaceMention:
    """One place written in the text, with every division it may be."""

    start: int
    end: int  # end of the place name, before any zone word
    text: str
    divisions: tuple[Division, ...]
    full: bool  # written with its official suffix
    zone: str | None = None  # the zone written right after it, as written (经开区, 临港经济开发区)
    zone_end: int | None = None
    outer: PlaceMention | None = None  # in a chain (广州越秀), the mention of the place written first

    @property
    def span_end(self) -> int:
        """End of the whole mention, zone included."""
        return self.zone_end or self.end

    @property
    def surface(self) -> str:
        """Place and zone as written."""
        return self.text + (self.zone or "")


@dataclass
class ZoneMention:
    """A development zone written without a place (经开区, 开发区): the text's own zone."""

    start: int
    end: int
    term: str  # the short form (经开区 for 经济技术开发区)
    name: str | None = None  # the zone's own name when it has one the gazetteer does not know (虹桥工业园区)


@cache
def _zone_pattern() -> re.Pattern[str]:
    suffixes = sorted(load_gazetteer().rules["zone_suffixes"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, suffixes)))


@cache
def _office_pattern() -> re.Pattern[str]:
    words = sorted(load_gazetteer().rules["office_words"], key=len, reverse=True)
    return re.compile("|".join(map(re.escape, words)))


@cache
def _named_zone_starts() -> frozenset[str]:
    return frozenset(name[:2] for name in load_gazetteer().rules["named_zones"])


@cache
def _person_name_pattern() -> re.Pattern[str]:
    return re.compile(load_gazetteer().rules["person_name_before"])


def zone_term(written: str) -> str:
    """The short form of a zone suffix (经济技术开发区 → 经开区)."""
    suffixes: dict[str, str] = load_gazetteer().rules["zone_suffixes"]
    for suffix in sorted(suffixes, key=len, reverse=True):
        if written.endswith(suffix):
            return suffixes[suffix]
    return written


def _match_at(text: str, position: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """The longest name starting at ``position`` that reads as a place there."""
    if text[position : position + 2] not in gazetteer.name_starts:
        return None
    for length in range(min(gazetteer.longest_name, len(text) - position), 1, -1):
        written = text[position : position + length]
        divisions = gazetteer.lookup(written)
        if not divisions:
            continue
        full = written in gazetteer.official_names
        following = text[position + length : position + length + 4]
        if length == 2 and full and following.startswith(tuple(gazetteer.rules["title_after_short_official"])):
            continue
        if not full and _person_name_pattern().search(text[max(0, position - 4) : position]):
            continue
        if not full and written in gazetteer.common_word_names:
            if not _office_pattern().match(following):
                continue
        return PlaceMention(position, position + length, written, divisions, full)
    return None


def _named_zone_at(text: str, position: int, gazetteer: Gazetteer) -> PlaceMention | None:
    """A national new area whose name carries no city name (两江新区), as a zone of its city."""
    if text[position : position + 2] not in _named_zone_starts():
        return None
    for name, city in gazetteer.rules["named_zones"].items():
        if text.startswith(name, position) and gazetteer.lookup(city):
            return PlaceMention(position, position, "", gazetteer.lookup(city)[:1], True, name, position + len(name))
    return None


def _chain(mentions: list[PlaceMention], gazetteer: Gazetteer) -> list[PlaceMention]:
    """Join adjacent names where the second lies within the first (辽宁省盘锦市大洼区, 浙江绍兴)."""
    joined: list[PlaceMention] = []
    for mention in mentions:
        previous = joined[-1] if joined else None
        if previous and previous.end == mention.start and mention.text and not previous.zone:
            inner = tuple(
                unit
                for unit in mention.divisions
                if any(gazetteer.contains(outer, unit) for outer in previous.divisions)
            )
            if inner:
                joined[-1] = PlaceMention(
                    previous.start, mention.end, previous.text + mention.text, inner, mention.full, outer=previous
                )
                continue
        joined.append(mention)
    return joined


def _attach_zones(text: str, mentions: list[PlaceMention]) -> None:
    """Record the zone written right after a place (长春经开区), allowing a short zone name between."""
    for mention in mentions:
        if mention.zone:
            continue
        following = text[mention.end : mention.end + 12]
        match = re.match(rf"[{HAN_BASIC}]{{0,4}}?(?:" + _zone_pattern().pattern + ")", following)
        if match and not following.startswith(tuple(load_gazetteer().rules["zone_name_never_starts"])):
            mention.zone = match.group(0)
            mention.zone_end = mention.end + match.end()


def find_place_mentions(text: str) -> list[PlaceMention]:
    """Every division named in ``text``, longest name first, chains joined, zones attached."""
    gazetteer = load_gazetteer()
    found: list[PlaceMention] = []
    position = 0
    while position < len(text):
        mention = _named_zone_at(text, position, gazetteer) or _match_at(text, position, gazetteer)
        if mention:
            found.append(mention)
            position = mention.span_end
        else:
            position += 1
    mentions = _chain(found, gazetteer)
    _attach_zones(text, mentions)
    return mentions


def find_zone_mentions(text: str, places: list[PlaceMention]) -> list[ZoneMention]:
    """Zones written without a place before them (经开区), leaving out generic uses (各开发区, 省级开发区)."""
    generic = load_gazetteer().rules["zone_generic_prefixes"]
    taken = bytearray(len(text))
    for mention in places:
        taken[mention.start : mention.span_end] = b"\x01" * (mention.span_end - mention.start)
    zones: list[ZoneMention] = []
    for match in _zone_pattern().finditer(text):
        if taken[match.start()]:
            continue
        before = text[max(0, match.start() - 3) : match.start()]
        if any(before.endswith(prefix) for prefix in generic):
            continue
        own_name = ZONE_OWN_NAME.search(text[max(0, match.start() - 5) : match.start()])
        if own_name and own_name.group(1) not in generic:
            start = match.start() - len(own_name.group(1))
            zones.append(ZoneMention(start, match.end(), zone_term(match.group(0)), text[start : match.end()]))
        else:
            zones.append(ZoneMention(match.start(), match.end(), zone_term(match.group(0))))
    return zones


def find_town_names(text: str) -> dict[str, int]:
    """Towns and townships written in the text (郭集镇), with how often: below the gazetteer's county level."""
    rules = load_gazetteer().rules
    counts: dict[str, int] = {}
    for match in re.finditer(rules["town_pattern"], text):
        if match.group(1) not in rules["town_generic_names"]:
            counts[match.group(0)] = counts.get(match.group(0), 0) + 1
    return counts


def settle_divisions(mentions: list[PlaceMention], headline_end: int, level_hint: str | None = None) -> None:
    """Narrow each mention to one division by context, dropping short county names nothing corroborates.

    An ambiguous name (朝阳, 鼓楼, 滨湖) becomes the division whose containing or contained units the text
    also names (江苏 and 太湖湾 make 滨湖 Wuxi's 滨湖区); then the one matching ``level_hint`` (县 for 我县);
    then the highest level. A county written short (长岭) stays only if the text names its city or province,
    a zone follows it (邹平经开区), it is in the headline or the text repeats it: two-character words are
    too often something else.
    """
    gazetteer = load_gazetteer()
    named_by_text: dict[str, set[Division]] = {}
    repeats: dict[str, int] = {}
    for mention in mentions:
        named_by_text.setdefault(mention.surface, set()).update(mention.divisions)
        repeats[mention.surface] = repeats.get(mention.surface, 0) + 1
    often = gazetteer.rules["short_name_repeats"]

    def corroboration(unit: Division, written: str) -> int:
        """How many units named elsewhere (under another name) contain ``unit`` or lie within it."""
        related = {other for name, units in named_by_text.items() if name != written for other in units}
        return sum(1 for other in related if gazetteer.contains(other, unit) or gazetteer.contains(unit, other))

    supports = {
        written: {unit: corroboration(unit, written) for unit in units} for written, units in named_by_text.items()
    }
    kept: list[PlaceMention] = []
    for mention in mentions:
        settled: PlaceMention | None = mention
        while settled is not None:
            support = supports.get(settled.surface) or {unit: 0 for unit in settled.divisions}
            best = min(settled.divisions, key=lambda unit: (-support[unit], unit.kind_character != level_hint))
            if not (
                best.level == "county"
                and not settled.full
                and not settled.zone
                and settled.start >= headline_end
                and support[best] == 0
                and repeats.get(settled.surface, 0) < often
            ):
                settled.divisions = (best,)
                kept.append(settled)
                break
            # A short county name nothing corroborates; in a chain (深圳福田会展中心) the place written
            # first still stands.
            settled = settled.outer
    mentions[:] = kept
