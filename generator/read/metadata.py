"""Optional YAML front matter at the top of a raw article (``url``, ``date``, ``source``, ``title``, ``region``).

Only plain scalar values of the known keys are taken, cut to one short line: nested or aliased YAML cannot
blow up, and metadata cannot smuggle structure into the record. The block is parsed into nodes first and each
known value is then built on its own, so one bad value (``date: 2023-02-30``, ``!!int x``, a 5,000-digit
number, brackets nested thousands deep) is dropped with a warning and the rest of the metadata, and the
article, are kept. A block that looks like front matter (``key: value`` lines) leaves the article body even
when none of its keys is known or its YAML is broken; the warning says so.
"""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field
from typing import Any

import yaml

from generator.text.printable import printable

KNOWN_KEYS = ("url", "date", "source", "title", "region", "reporter")
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?)\n(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.DOTALL)
# A block whose first line is ``key:`` is meant as front matter, whatever follows.
LOOKS_LIKE_METADATA = re.compile(r"\A\s*[A-Za-z_][\w-]*[ \t]*:(?:[ \t]|$)", re.MULTILINE)
ISO_DAY = re.compile(r"\A\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:\b|T)")
MAX_FRONT_MATTER = 8192  # characters: real front matter is a few lines
MAX_VALUE = 500
MAX_SHOWN = 40  # characters of a bad value quoted in its warning
UNREADABLE = "开头的元数据（front matter）无法解析（YAML 有误或嵌套过深），已忽略"


@dataclass
class FrontMatter:
    """The metadata given at the top of a file, the text after it, and what was wrong with it."""

    values: dict[str, str] = field(default_factory=dict)
    text: str = ""
    warnings: list[str] = field(default_factory=list)


def plain_value(value: Any) -> str | None:
    """A scalar as one line of text; None for anything else (lists, mappings, empty values)."""
    if isinstance(value, dict) and "name" in value:  # region: {name: ...}
        value = value["name"]
    if isinstance(value, bool) or value is None or isinstance(value, (list, dict)):
        return None
    if isinstance(value, (datetime.date, datetime.datetime)):
        value = value.isoformat()
    text = " ".join(printable(str(value)).split())[:MAX_VALUE]
    return text or None


def shown(node: yaml.Node) -> str:
    """A short, printable quote of a node's text for a warning."""
    text = node.value if isinstance(node, yaml.ScalarNode) else f"<{node.id}>"
    text = printable(" ".join(str(text).split()))
    return text if len(text) <= MAX_SHOWN else text[:MAX_SHOWN] + "…"


def not_a_calendar_day(text: str) -> bool:
    """Whether ``text`` is written as a year-month-day that does not exist (2023-02-30)."""
    match = ISO_DAY.match(text)
    if not match:
        return False
    try:
        datetime.date(*(int(part) for part in match.groups()))
    except ValueError:
        return True
    return False


def known_values(loader: yaml.SafeLoader, document: yaml.MappingNode) -> tuple[dict[str, str], list[str]]:
    """Each known key's value, built one at a time; bad ones become warnings."""
    values: dict[str, str] = {}
    warnings: list[str] = []
    for key_node, value_node in document.value:
        key = key_node.value if isinstance(key_node, yaml.ScalarNode) else None
        if key not in KNOWN_KEYS or key in values:
            continue
        try:
            constructed = loader.construct_object(value_node, deep=True)
        except Exception:  # noqa: BLE001 - any constructor error (bad date, !!int x, huge number, deep nesting)
            warnings.append(f"元数据 {key} 的值“{shown(value_node)}”无效，已忽略")
            continue
        value = plain_value(constructed)
        if value is None and constructed not in (None, ""):
            warnings.append(f"元数据 {key} 的值“{shown(value_node)}”不是一段文字，已忽略")
            continue
        if value is not None and key == "date" and not_a_calendar_day(value):
            warnings.append(f"元数据 date 的值“{shown(value_node)}”不是有效日期，已忽略")
            continue
        if value is not None:
            values[key] = value
    return values, warnings


def parse_block(block: str) -> tuple[dict[str, str], list[str]] | None:
    """The known values of a front-matter block and its warnings; None when the block is not a mapping."""
    try:
        loader = yaml.SafeLoader(block)  # refuses characters YAML does not allow, such as controls
    except yaml.YAMLError:
        return None
    try:
        document = loader.get_single_node()
        if not isinstance(document, yaml.MappingNode):
            return None
        return known_values(loader, document)
    except Exception:  # noqa: BLE001 - broken YAML, or nesting deeper than the parser's recursion allows
        return None
    finally:
        loader.dispose()


def split_front_matter(text: str) -> FrontMatter:
    """Split leading YAML front matter off ``text``; text that is not front matter stays article text."""
    match = FRONT_MATTER.match(text)
    if not match:
        return FrontMatter(text=text)
    block = match.group(1)
    if len(block) > MAX_FRONT_MATTER:
        if not LOOKS_LIKE_METADATA.match(block):
            return FrontMatter(text=text)
        return FrontMatter(text=text[match.end():],
                           warnings=[f"开头的元数据（front matter）超过 {MAX_FRONT_MATTER} 字，已忽略"])
    parsed = parse_block(block)
    if parsed is None:
        if not LOOKS_LIKE_METADATA.match(block):
            return FrontMatter(text=text)  # an article that starts with a rule, not metadata
        return FrontMatter(text=text[match.end():], warnings=[UNREADABLE])
    values, warnings = parsed
    if not values and not warnings:
        warnings = ["开头的元数据（front matter）没有可用的字段（url、date、source、title、region、reporter），已忽略"]
    return FrontMatter(values=values, text=text[match.end():], warnings=warnings)
