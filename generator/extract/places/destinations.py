"""Destinations: the places a delegation went to or held its events in (赴杭州开展招商, 在深圳举行推介会,
常州之行, 2024宿州经开区(常州)产业推介会), as official names (杭州市, 浙江省), never the region itself."""

from __future__ import annotations

import re
from functools import cache

from generator.extract.places.gazetteer import MACRO_REGION, Division, load_gazetteer
from generator.extract.places.mentions import PlaceMention

SENTENCE_END = "。！？!?\n"
CLAUSE_END = SENTENCE_END + "，,；;"
LOOK_BACK = 120
# Destinations left out when the text names a destination inside them (四川 beside 内江, 长三角 beside 杭州).
WIDER_LEVELS = ("province", MACRO_REGION)


@cache
def _rule(name: str) -> re.Pattern[str]:
    return re.compile(load_gazetteer().rules[name])


def _clause_before(text: str, start: int, stops: str = CLAUSE_END) -> str:
    """The text from the last stop before ``start`` (looking back a sentence's length at most)."""
    window_start = max(0, start - LOOK_BACK)
    begin = max((text.rfind(stop, window_start, start) for stop in stops), default=-1)
    return text[begin + 1 if begin >= 0 else window_start : start]


def _list_from(mentions: list[PlaceMention], first: int, text: str) -> list[int]:
    """Indexes of the places listed with ``mentions[first]`` (北京、浙江、福建和台湾)."""
    items = [first]
    separator = _rule("destination_list_separator")
    while items[-1] + 1 < len(mentions):
        current, following = mentions[items[-1]], mentions[items[-1] + 1]
        if not separator.match(text[current.span_end : following.start]):
            break
        items.append(items[-1] + 1)
    return items


def _planned(text: str, start: int) -> bool:
    return bool(_rule("future_markers").search(_clause_before(text, start, SENTENCE_END)))


def destination_mentions(text: str, mentions: list[PlaceMention]) -> set[int]:
    """Indexes of the mentions that are destinations."""
    found: set[int] = set()
    for index, mention in enumerate(mentions):
        if index in found:
            continue
        before = text[max(0, mention.start - 4) : mention.start]
        listed = _list_from(mentions, index, text)
        after_list = text[mentions[listed[-1]].span_end : mentions[listed[-1]].span_end + 24]
        after = text[mention.span_end : mention.span_end + 24]
        travel = (
            _rule("destination_verbs_before").search(before)
            or (_rule("destination_to_before").search(before) and _rule("destination_to_after").match(after_list))
            or (_rule("destination_at_before").search(before) and _rule("destination_at_after").match(after_list))
            or (len(listed) > 1 and _rule("destination_list_venues_after").match(after_list))
        )
        if travel and not _planned(text, mention.start):
            found.update(listed)
            continue
        bracketed = before.endswith(("(", "（")) and _rule("destination_in_brackets_after").match(after)
        promoted = _rule("destination_promotion_before").search(before) and _rule(
            "destination_promotion_after"
        ).match(after)
        visited = _rule("destination_visit_before").search(_clause_before(text, mention.start))
        attended = _rule("destination_fair_before").search(_clause_before(text, mention.start)) and _rule(
            "destination_fair_after"
        ).match(after)
        if bracketed or promoted or attended or _rule("destination_event_after").match(after):
            found.add(index)
        elif visited and not _planned(text, mention.start):
            found.add(index)
    return found


def _stops_on_the_trip(text: str, mentions: list[PlaceMention]) -> set[int]:
    """Places opening a clause of a trip story (在华为东莞溪村，马良与…): counted only when the text already
    has a destination, and never against the region."""
    return {
        index
        for index, mention in enumerate(mentions)
        if _rule("destination_stop_before").search(text[max(0, mention.start - 4) : mention.start])
        and _rule("destination_stop_after").match(text[mention.span_end : mention.span_end + 8])
        and not _planned(text, mention.start)
    }


@cache
def _abbreviation_pattern() -> re.Pattern[str]:
    rules = load_gazetteer().rules
    letters = "".join(rules["travel_abbreviations"])
    return re.compile(rules["travel_abbreviation_pattern"].replace("{letters}", letters))


def _abbreviated_destinations(text: str) -> list[tuple[int, Division]]:
    """Places written as one character after a travel verb (赴沪招商 → 上海市), with their positions."""
    gazetteer = load_gazetteer()
    abbreviations: dict[str, str] = gazetteer.rules["travel_abbreviations"]
    found: list[tuple[int, Division]] = []
    for match in _abbreviation_pattern().finditer(text):
        units = gazetteer.lookup(abbreviations[match.group(1)])
        if units and not _planned(text, match.start()):
            found.append((match.start(1), units[0]))
    return found


def official_destinations(
    text: str, mentions: list[PlaceMention], region_unit: Division | None
) -> list[tuple[str, int]]:
    """Official names of the destinations, in order of first mention, leaving out the region, the units
    containing it or within it, and a province or macro-region already told by a place inside it (四川 beside
    内江, 长三角 beside 杭州). Each comes with where the text first names it."""
    gazetteer = load_gazetteer()
    indexes = destination_mentions(text, mentions)
    found = _abbreviated_destinations(text)
    if indexes or found:
        indexes |= _stops_on_the_trip(text, mentions)
    found += [(mentions[index].start, mentions[index].divisions[0]) for index in indexes]
    units: dict[Division, int] = {}
    for position, unit in sorted(found, key=lambda item: item[0]):
        if region_unit and (gazetteer.contains(unit, region_unit) or gazetteer.contains(region_unit, unit)):
            continue
        units.setdefault(unit, position)
    return [
        (unit.name, position)
        for unit, position in units.items()
        if unit.level not in WIDER_LEVELS
        or not any(other != unit and gazetteer.contains(unit, other) for other in units)
    ]
