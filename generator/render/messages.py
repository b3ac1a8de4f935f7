"""Chinese for the words the build writes in English: report statuses, skip reasons, warnings, field names.

The vocabulary is data (``render/data/messages.yaml``); the data files keep the English originals, the site
shows the Chinese.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from generator.text.data import DataFolder

DATA = DataFolder("generator.render")


def vocabulary() -> dict[str, Any]:
    return DATA.yaml("messages.yaml")


@dataclass(frozen=True)
class MessageRule:
    pattern: re.Pattern[str]
    chinese: str


@cache
def message_rules() -> tuple[MessageRule, ...]:
    return tuple(MessageRule(re.compile(rule["pattern"]), rule["chinese"]) for rule in vocabulary()["messages"])


def chinese_message(message: str) -> str:
    """A reason or warning in Chinese; a message no rule knows is shown as written."""
    for rule in message_rules():
        match = rule.pattern.fullmatch(message)
        if match:
            values = match.groupdict()
            if "binary" in values:
                values["binary"] = vocabulary()["binary_kinds"].get(values["binary"], values["binary"])
            return rule.chinese.format(**values)
    return message


def status_label(status: str) -> str:
    return vocabulary()["statuses"].get(status, status)


def field_label(field: str) -> str:
    """``investment_yuan`` → 投资总额; a per-item key ``sectors.生物医药`` → 行业·生物医药."""
    name, dot, item = field.partition(".")
    label = vocabulary()["fields"].get(name, name)
    return f"{label}·{item}" if dot else label


def kind_label(kind: str | None) -> str:
    return vocabulary()["kinds"].get(kind, "") if kind else ""
