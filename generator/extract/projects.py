"""The number of projects signed at the story's main event. First cut."""

from __future__ import annotations

import re

SIGNED = re.compile(r"签约(\d+)个(?:项目)?|(\d+)个(?:投资)?项目[^。，]{0,12}签约")


def count_signed_projects(text: str) -> tuple[int | None, str | None]:
    """The first ``签约N个项目`` / ``N个项目…签约`` phrase (a first cut)."""
    match = SIGNED.search(text)
    if not match:
        return None, None
    return int(match.group(1) or match.group(2)), match.group(0)
