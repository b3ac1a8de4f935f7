"""Optional YAML front matter at the top of a raw article (``url``, ``date``, ``source``, ``title``, ``region``)."""

from __future__ import annotations

import re
from typing import Any

import yaml

KNOWN_KEYS = ("url", "date", "source", "title", "region", "reporter")
FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(.*?)\r?\n---[ \t]*(?:\r?\n|\Z)", re.DOTALL)


def split_front_matter(text: str) -> tuple[dict[str, Any], str]:
    """Split leading YAML front matter off ``text``; text that is not valid front matter stays article text."""
    match = FRONT_MATTER.match(text)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    given = {key: str(data[key]).strip() for key in KNOWN_KEYS if data.get(key) not in (None, "")}
    return given, text[match.end():]
