"""The region: the jurisdiction doing the promotion, the story's subject rather than the places it went to.

Every place mention is weighed by where it stands (headline, lead, start of a sentence), by what surrounds it
(区委书记, 代表团, 把…引入长春, 落地滨湖 count for it; 赴杭州, 在深圳举行 count against it; a company or outlet
name barely counts), and every candidate by how the text refers to itself (我县, 该市, 全区 name the level).
Zones written alone (经开区) are attached to the city the text brings investment into.
"""

from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import cache
from typing import Any

from generator.contracts.article import Region
from generator.extract.places.destinations import destination_mentions
from generator.extract.places.gazetteer import DESTINATION_ONLY, Division, Gazetteer, load_gazetteer, short_name
from generator.extract.places.mentions import (
    PlaceMention,
    ZoneMention,
    find_place_mentions,
    find_town_names,
    find_zone_mentions,
    settle_divisions,
    zone_term,
)

EVIDENCE_REACH = 10
LOWER_THAN_PROVINCE = ("市", "县", "旗", "镇")
CLAUSE_STOPS = "。！？!?\n，,；;"


@dataclass
class Candidate:
    """A possible region and how much the text speaks of it as its subject."""

    division: Division | None
    zone: str | None
    score: float
    evidence: str


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def _evidence(text: str, start: int, end: int) -> str:
    """The phrase around a mention, cut at clause boundaries."""
    before = text[max(0, start - EVIDENCE_REACH) : start]
    after = text[end : end + EVIDENCE_REACH]
    for stop in CLAUSE_STOPS:
        before = before.rsplit(stop, 1)[-1]
        after = after.split(stop, 1)[0]
    return (before + text[start:end] + after).strip()


def _self_reference_phrase(text: str, rules: dict[str, Any]) -> str | None:
    """The first self-reference (我省), as evidence for a region found through its parts."""
    for reference in rules["self_references"]:
        match = _compiled(reference["pattern"]).search(text)
        if match:
            return _evidence(text, match.start(), match.end())
    return None


def _self_reference_shares(text: str, rules: dict[str, Any]) -> dict[str, float]:
    """How the text names its own level (我县 → 县), as shares; zone words (党工委) count as ``zone``."""
    weights: dict[str, float] = defaultdict(float)
    for reference in rules["self_references"]:
        for match in _compiled(reference["pattern"]).finditer(text):
            weights[match.group(1)] += reference["weight"]
    for word in rules["zone_self_references"]:
        weights["zone"] += text.count(word)
    total = sum(weights.values())
    return {level: weight / total for level, weight in weights.items()} if total else {}


class _Weigher:
    """Weighs one mention span of one text as evidence that it names the story's subject."""

    def __init__(self, text: str, headline_end: int, rules: dict[str, Any]) -> None:
        self.text, self.headline_end, self.rules = text, headline_end, rules
        self.weights = rules["mention_weights"]
        body_start = headline_end + 2 if headline_end else 0
        lead_end = text.find("。", body_start)
        self.lead = (body_start, lead_end if lead_end >= 0 else len(text))

    def weigh(self, start: int, end: int, full: bool) -> float:
        text, weights = self.text, self.weights
        after = text[end : end + 24]
        if _compiled(self.rules["dateline_after"]).match(after):
            return weights["dateline"]
        weight = weights["full_name"] if full else weights["short_name"]
        if _compiled(self.rules["organization_suffix"]).match(after):
            return weight * weights["organization_factor"]
        if start < self.headline_end:
            weight += weights["in_headline"]
        if self.lead[0] <= start < self.lead[1]:
            weight += weights["in_lead"]
        before = text[max(0, start - 30) : start]
        if _compiled(self.rules["sentence_start_before"]).search(before):
            weight += weights["sentence_start"]
        for cue in self.rules["region_cues"]:
            if "before" in cue and not _compiled(cue["before"]).search(text[max(0, start - 12) : start]):
                continue
            if "after" in cue and not _compiled(cue["after"]).match(after):
                continue
            weight += cue["weight"]
        return weight


def _kind(division: Division) -> str:
    if division.level in ("province", "city"):
        return division.level
    return "district" if division.name.endswith("区") else "county"


def _region_for(candidate: Candidate, gazetteer: Gazetteer) -> Region:
    if candidate.division is None:
        return Region(name=candidate.zone or "", zone=candidate.zone, kind="zone")
    lineage = gazetteer.lineage(candidate.division)
    if candidate.zone:
        return Region(name=candidate.zone, zone=candidate.zone, kind="zone", code=candidate.division.code, **lineage)
    return Region(name=candidate.division.name, kind=_kind(candidate.division), code=candidate.division.code, **lineage)


def _name_as_written(name: str, text: str, rules: dict[str, Any]) -> str:
    """An autonomous prefecture or county by its customary name (楚雄州) when the text calls it that more often
    than by its official name (楚雄彝族自治州); any other name as it is."""
    for official, plain in rules["customary_suffixes"].items():
        if name.endswith(official):
            customary = (short_name(name, rules) or "") + plain
            if len(customary) > len(plain) and text.count(customary) > text.count(name):
                return customary
    return name


def _zone_name(division: Division, written_zone: str, rules: dict[str, Any]) -> str:
    """长春 + 经开区: the place's short name and the zone's short form; a national new area as written."""
    if written_zone in rules["named_zones"]:
        return written_zone
    place = short_name(division.name, rules) or division.name
    return place + zone_term(written_zone) if written_zone in rules["zone_suffixes"] else place + written_zone


EvidenceKey = Division | tuple[Division, str] | str


class _Tally:
    """Scores gathered from the mentions of one text: per division, per zone written after a division
    (长春经开区), per zone written alone (经开区), with the best phrase for each."""

    def __init__(self, text: str, weigher: _Weigher, rules: dict[str, Any]) -> None:
        self.text, self.weigher, self.rules = text, weigher, rules
        self.divisions: dict[Division, float] = defaultdict(float)
        self.zones: dict[tuple[Division, str], float] = defaultdict(float)
        self.bare_zones: dict[str, float] = defaultdict(float)
        self.bare_zone_counts: dict[str, int] = defaultdict(int)
        self.unplaced_zones: list[tuple[str, float, str]] = []
        self.zones_after_full_names: set[tuple[Division, str]] = set()  # 金山区高新区, not 金山高新区
        self.governed: set[Division] = set()  # named with its own office (福州市委): the story may speak as it
        self.evidence: dict[EvidenceKey, tuple[float, str]] = {}

    def _remember(self, key: EvidenceKey, weight: float, start: int, end: int) -> None:
        if weight > self.evidence.get(key, (float("-inf"), ""))[0]:
            self.evidence[key] = (weight, _evidence(self.text, start, end))

    def phrase(self, key: EvidenceKey) -> str:
        """The phrase that spoke most for ``key``."""
        return self.evidence.get(key, (0.0, ""))[1]

    def add_place(self, mention: PlaceMention, is_destination: bool) -> None:
        """A division named in the text; a zone after it counts for the zone and a share for the division."""
        weights = self.rules["mention_weights"]
        unit = mention.divisions[0]
        if is_destination:
            weight = weights["destination"]
        else:
            weight = self.weigher.weigh(mention.start, mention.span_end, mention.full)
        self._remember(unit, weight, mention.start, mention.span_end)
        office_after = _compiled(self.rules["namesake_home_after"])
        if not is_destination and office_after.match(self.text[mention.end : mention.end + 8]):
            self.governed.add(unit)
        if mention.zone:
            if mention.full:
                self.zones_after_full_names.add((unit, mention.zone))
            self.zones[(unit, mention.zone)] += weight
            self._remember((unit, mention.zone), weight, mention.start, mention.span_end)
            weight = weight * weights["zone_share"] if weight > 0 else weight
        self.divisions[unit] += weight

    def add_zone(self, zone: ZoneMention) -> None:
        """A zone written without a division before it."""
        weight = self.weigher.weigh(zone.start, zone.end, True)
        if zone.name:
            self.unplaced_zones.append((zone.name, weight, _evidence(self.text, zone.start, zone.end)))
        elif zone.term in self.rules["bare_zone_terms"]:
            self.bare_zones[zone.term] += weight
            self.bare_zone_counts[zone.term] += 1
            self._remember(zone.term, weight, zone.start, zone.end)


def _division_candidates(tally: _Tally, shares: dict[str, float], gazetteer: Gazetteer) -> list[Candidate]:
    """Each division with its own score, a share of the scores of the units within it, and the bonus for
    matching the level the text calls itself."""
    weights = gazetteer.rules["mention_weights"]
    totals: dict[Division, float] = dict(tally.divisions)
    for unit, score in tally.divisions.items():
        if score > 0:
            for distance, ancestor in enumerate(gazetteer.ancestors(unit), start=1):
                totals[ancestor] = totals.get(ancestor, 0.0) + weights["descendant_share"] ** distance * score
    bonus = gazetteer.rules["self_reference_bonus"]
    return [
        Candidate(unit, None, score + bonus * shares.get(unit.kind_character, 0.0), tally.phrase(unit))
        for unit, score in totals.items()
    ]


def _home_of_namesake(unit: Division, tally: _Tally, divisions: list[Candidate]) -> Candidate | None:
    """Where a zone written after a short place name lies when that place is only a namesake: the text names
    nothing around the place (its city, its province, a unit within it) but names another place as itself,
    with that place's own party or government office (福州市委).

    金山高新区 in a story that speaks as 福州 is Fuzhou's zone, not one of Shanghai's 金山区; 白云高新区 in a story
    about 贵阳 stays in 白云区, which lies in 贵阳. Levels below the province are preferred to a province.
    """
    gazetteer = load_gazetteer()

    def related(other: Division) -> bool:
        return gazetteer.contains(other, unit) or gazetteer.contains(unit, other)

    named = [other for other, score in tally.divisions.items() if score > 0 and other != unit]
    if any(related(other) for other in named):
        return None
    homes = [candidate for candidate in divisions
             if candidate.division in named and candidate.division in tally.governed and candidate.score > 0]
    return max(homes, key=lambda candidate: (candidate.division.level != "province", candidate.score), default=None)


def _zone_candidates(
    tally: _Tally, divisions: list[Candidate], shares: dict[str, float], rules: dict[str, Any]
) -> list[Candidate]:
    """Zones written after a division (the first of each kind also takes the mentions of that kind written
    alone), then zones written alone, placed in the best city or county of the text."""
    bonus = rules["self_reference_bonus"] * (shares.get("区", 0.0) + shares.get("zone", 0.0))
    candidates: list[Candidate] = []
    named_terms: set[str] = set()
    for (unit, written), score in sorted(tally.zones.items(), key=lambda item: -item[1]):
        term = zone_term(written)
        alone = tally.bare_zones.get(term, 0.0) if term not in named_terms and score > 0 else 0.0
        named_terms.add(term)
        name = _zone_name(unit, written, rules)
        home = None if (unit, written) in tally.zones_after_full_names else _home_of_namesake(unit, tally, divisions)
        phrase = tally.phrase((unit, written))
        if home:
            phrase += f"；{home.evidence}"
        candidates.append(Candidate(home.division if home else unit, name, score + alone + bonus, phrase))
    homes = [candidate for candidate in divisions if candidate.division and candidate.division.level != "province"]
    home = max(homes, key=lambda candidate: candidate.score, default=None)
    for term, score in tally.bare_zones.items():
        if term in named_terms or tally.bare_zone_counts[term] < rules["bare_zone_min_mentions"]:
            continue
        if home and home.division and home.score > 0:
            name = _zone_name(home.division, term, rules)
            candidates.append(Candidate(home.division, name, score + bonus, f"{tally.phrase(term)}；{home.evidence}"))
        else:
            candidates.append(Candidate(None, term, score + bonus, tally.phrase(term)))
    if not any(candidate.score > 0 for candidate in [*divisions, *candidates]):
        # A zone the gazetteer cannot place (虹桥工业园区), only when nothing else is the subject.
        candidates += [Candidate(None, name, weight + bonus, phrase) for name, weight, phrase in tally.unplaced_zones]
    return candidates


def _candidates(
    text: str, headline_end: int, mentions: list[PlaceMention], shares: dict[str, float], gazetteer: Gazetteer
) -> list[Candidate]:
    """Every division and zone the text could be about, scored."""
    tally = _Tally(text, _Weigher(text, headline_end, gazetteer.rules), gazetteer.rules)
    destinations = destination_mentions(text, mentions)
    for index, mention in enumerate(mentions):
        if mention.divisions[0].level not in DESTINATION_ONLY:
            tally.add_place(mention, index in destinations)
    for zone in find_zone_mentions(text, mentions):
        tally.add_zone(zone)
    divisions = _division_candidates(tally, shares, gazetteer)
    return divisions + _zone_candidates(tally, divisions, shares, gazetteer.rules)


def _town(text: str, best: Candidate, mentions: list[PlaceMention], shares: dict[str, float],
          rules: dict[str, Any]) -> Candidate | None:
    """A town as the subject (郭集镇 … 该镇), when the text calls itself 镇 more than anything else: placed in the
    county or city written right before it (泗洪县龙集镇), else in the best division found."""
    if not shares or max(shares, key=lambda level: shares[level]) != "镇":
        return None
    towns = {name: count for name, count in find_town_names(text).items() if count >= rules["town_min_mentions"]}
    if not towns:
        return None
    town = max(towns, key=lambda name: towns[name])
    evidence = _evidence(text, text.find(town), text.find(town) + len(town))
    written_before = [mention for mention in mentions
                      if not mention.zone and text.startswith(town, mention.end) and mention.divisions]
    if written_before:
        mention = written_before[0]
        phrase = _evidence(text, mention.start, mention.end + len(town))
        return Candidate(mention.divisions[0], town, best.score, phrase)
    return Candidate(best.division if best.division and not best.zone else None, town, best.score, evidence)


def _headline_town(text: str, headline_end: int, rules: dict[str, Any]) -> Candidate | None:
    """A town named in the headline and again in the text (汪集镇招商引资开局良好 … 汪集镇), most named first."""
    towns = {name: count for name, count in find_town_names(text).items()
             if count >= rules["town_min_mentions"] and 0 <= text.find(name) < headline_end}
    if not towns:
        return None
    town = max(towns, key=lambda name: towns[name])
    return Candidate(None, town, 0.0, _evidence(text, text.find(town), text.find(town) + len(town)))


def _town_region(town: Candidate, gazetteer: Gazetteer) -> Region:
    """The region of a town candidate (its name in ``zone``): kind town, inside its division when it has one."""
    region = _region_for(town, gazetteer)
    region.zone, region.kind = None, "town"
    return region


def _roundup(best: Candidate, candidates: list[Candidate], gazetteer: Gazetteer) -> Candidate:
    """Several units of one city sharing the story (新会 and 台山; 信都区, 南宫市, 巨鹿县) make it the city's."""
    if best.zone or not best.division or best.division.level != "county":
        return best
    parent = gazetteer.parent(best.division)
    if not parent:
        return best
    share = gazetteer.rules["roundup_sibling_share"]
    siblings = [
        candidate
        for candidate in candidates
        if candidate.zone is None
        and candidate.division not in (None, best.division)
        and candidate.division.level == "county"
        and gazetteer.parent(candidate.division) == parent
        and candidate.score >= share * best.score
    ]
    parent_candidate = next((c for c in candidates if c.zone is None and c.division == parent), None)
    if siblings and parent_candidate and parent_candidate.score > 0:
        return parent_candidate
    return best


def region_from_name(name: str) -> Region:
    """A region written as a name (given metadata): resolved against the gazetteer when it can be."""
    mentions = find_place_mentions(name)
    if not mentions:
        return Region(name=name)
    gazetteer = load_gazetteer()
    settle_divisions(mentions, len(name))
    mention = mentions[-1]
    region = _region_for(Candidate(mention.divisions[0], mention.zone and name, 0.0, name), gazetteer)
    region.name = name
    return region


def subject_region(text: str, headline_end: int) -> tuple[Region | None, str | None]:
    """The region of ``text`` (headline first, ``headline_end`` characters long) and the phrase it came from."""
    gazetteer = load_gazetteer()
    rules = gazetteer.rules
    shares = _self_reference_shares(text, rules)
    level_hint = max(shares, key=lambda level: shares[level]) if shares else None
    mentions = find_place_mentions(text)
    settle_divisions(mentions, headline_end, level_hint)
    candidates = _candidates(text, headline_end, mentions, shares, gazetteer)
    best = max(candidates, key=lambda candidate: candidate.score, default=None)
    if not best or best.score < rules["mention_weights"]["short_name"]:
        # No county, city or province is named as plainly as once in the story's own words (only inside a
        # company's name, as a destination…): a town that calls itself so, or that is named in the headline and
        # again in the text, is the region (placed nowhere: the gazetteer has no towns).
        town = _town(text, Candidate(None, None, 0.0, ""), mentions, shares, rules) or _headline_town(
            text, headline_end, rules)
        if town:
            return _town_region(town, gazetteer), town.evidence
    if not best or best.score <= 0:
        return None, None
    best = _roundup(best, candidates, gazetteer)
    town = _town(text, best, mentions, shares, rules)
    if town:
        return _town_region(town, gazetteer), town.evidence
    region = _region_for(best, gazetteer)
    region.name = _name_as_written(region.name, text, rules)
    evidence = best.evidence or _self_reference_phrase(text, rules) or region.name
    if region.kind == "province" and level_hint in LOWER_THAN_PROVINCE:
        # The text speaks as a city or county it never names (我市): only its province is known.
        region.kind = None
        evidence += f"（文中自称“我{level_hint}”或“全{level_hint}”，未写明名称）"
    return region, evidence
