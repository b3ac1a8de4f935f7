"""Optional YAML front matter at the top of a raw article (``url``, ``date``, ``source``, ``title``, ``region``).

Only plain scalar values of the known keys are taken, cut to one short line: nested or aliased YAML cannot
blow up, and metadata cannot smuggle structure into the record.
"""

from __future__ import annotations

import datetime
import re
from typing import Any

import yaml

KNOWN_KEYS = ("url", "date", "source", "title", "region", "reporter")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
MAX_FRONT_MATTER = 8192  # characters: real front matter is a few lines
MAX_VALUE = 500


def plain_value(value: Any) -> str | None:
    """A scalar as one line of text; None for anything else (lists, mappings, empty values)."""
    if isinstance(value, dict) and "name" in value:  # region: {name: ...}
        value = value["name"]
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        value = value.isoformat()
    text = " ".join(str(value).split())[:MAX_VALUE]
    return text or None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split leading YAML front matter off ``text``; text that is not valid front matter stays article text."""
    match = FRONT_MATTER.match(text)
    if not match or len(match.group(1)) > MAX_FRONT_MATTER:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    given = {key: value for key in KNOWN_KEYS if (value := plain_value(data.get(key))) is not None}
    if not given:
        return {}, text
    return given, text[match.end():]
