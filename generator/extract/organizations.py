"""Named companies, associations, funds and institutes (not government bodies). First cut."""

from __future__ import annotations

import re

ORGANIZATION = re.compile(r"([\u4e00-\u9fff]{2,12}?(?:有限公司|集团|商会|研究院|协会))")


def find_organizations(text: str) -> list[str]:
    """Names ending in a company or association suffix (a first cut)."""
    seen: list[str] = []
    for match in ORGANIZATION.finditer(text):
        if match.group(1) not in seen:
            seen.append(match.group(1))
    return seen
