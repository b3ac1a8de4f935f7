"""Region (the jurisdiction doing the promotion) and destinations (where it went). First cut: to be replaced
by gazetteer-backed resolution."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from generator.record import Region

if TYPE_CHECKING:
    from generator.extract.facts import ArticleText

PLACE = re.compile(r"([\u4e00-\u9fff]{2,4}?(?:经开区|高新区|开发区|新区|市|县|区))")
DESTINATION = re.compile(r"赴([\u4e00-\u9fff]{2,3}?)(?:市|省)?(?:开展|举办|进行|考察|招商)")


def resolve_region(article: ArticleText) -> tuple[Region | None, str | None]:
    """The most frequent place-like name (a first cut)."""
    counts: dict[str, int] = {}
    for match in PLACE.finditer(article.full_text):
        counts[match.group(1)] = counts.get(match.group(1), 0) + 1
    if not counts:
        return None, None
    name = max(counts, key=lambda key: counts[key])
    return Region(name=name), name


def find_destinations(article: ArticleText, region: Region | None) -> list[str]:
    """Places after 赴 … 开展/举办/考察 (a first cut)."""
    seen: list[str] = []
    for match in DESTINATION.finditer(article.body):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return seen
