"""Named officials and executives with their titles. First cut."""

from __future__ import annotations

import re

from generator.record import Person

TITLED_NAME = re.compile(r"(书记|董事长|总经理|市长|区长|县长|主任)([\u4e00-\u9fff]{2,3}?)(?=[，、。率带与在]|$)")


def find_people(text: str) -> list[Person]:
    """Names right after a title (a first cut)."""
    people: dict[str, Person] = {}
    for match in TITLED_NAME.finditer(text):
        people.setdefault(match.group(2), Person(name=match.group(2), title=match.group(1)))
    return list(people.values())
