"""Place facts of an article: the region doing the promotion and the destinations it went to.

The work is done in ``region`` (who the story is about), ``destinations`` (where it went), ``mentions``
(where the text names places) and ``gazetteer`` (the official divisions, with ``data/divisions.tsv`` and the
place rules of ``data/places.yaml``); this module joins them for ``facts.fill_facts``.
"""

from __future__ import annotations

from generator.contracts.article import ArticleText, Region
from generator.extract.patterns import sentence_around
from generator.extract.places.destinations import official_destinations
from generator.extract.places.gazetteer import Division, load_gazetteer
from generator.extract.places.mentions import find_place_mentions, settle_divisions
from generator.extract.places.region import region_from_name, subject_region


def _headline_end(article: ArticleText) -> int:
    return len(article.headline) if article.headline else 0


def resolve_region(article: ArticleText) -> tuple[Region | None, str | None]:
    """The region: given in the file's front matter, else the subject found in the text."""
    given = article.given.get("region")
    if isinstance(given, dict) and given.get("name"):
        fields = {key: given.get(key) for key in ("name", "province", "city", "county", "zone", "kind")}
        return Region(**fields), "given in front matter"
    if isinstance(given, str) and given.strip():
        return region_from_name(given.strip()), "given in front matter"
    return subject_region(article.full_text, _headline_end(article))


def _region_division(region: Region | None) -> Division | None:
    """The deepest division of ``region``, to keep it and its parts out of the destinations."""
    if not region:
        return None
    return load_gazetteer().find(region.province, region.city, region.county)


def find_destinations(article: ArticleText, region: Region | None) -> tuple[list[str], dict[str, str]]:
    """Official names of the places the delegation went to or held events in, the region left out, and for
    each the sentence that first names it (its evidence)."""
    text = article.full_text
    mentions = find_place_mentions(text)
    settle_divisions(mentions, _headline_end(article))
    found = official_destinations(text, mentions, _region_division(region))
    return [name for name, _ in found], {name: sentence_around(text, position).strip() for name, position in found}
