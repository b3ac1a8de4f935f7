"""Sums of money: every amount as written with its value in yuan, and the story's headline total. First cut."""

from __future__ import annotations

import re

from generator.record import Amount

AMOUNT = re.compile(r"(约|近|超|逾)?(\d+(?:\.\d+)?)(亿|万)元(以上|余)?")
UNIT = {"亿": 1e8, "万": 1e4}


def find_amounts(text: str) -> list[Amount]:
    """Arabic-numeral amounts in 亿元/万元 (a first cut)."""
    amounts = []
    for match in AMOUNT.finditer(text):
        qualifier = match.group(1) or match.group(4)
        amounts.append(Amount(text=match.group(0), yuan=float(match.group(2)) * UNIT[match.group(3)],
                              qualifier=qualifier, currency="人民币"))
    return amounts


def headline_investment(text: str, amounts: list[Amount]) -> tuple[float | None, str | None]:
    """The first amount that follows 总投资/投资总额 (a first cut)."""
    for amount in amounts:
        position = text.find(amount.text)
        if position >= 0 and re.search(r"(总投资|投资总额|总额)", text[max(0, position - 8):position]):
            return amount.yuan, text[max(0, position - 8):position + len(amount.text)]
    return None, None
