"""Sums of money written as Chinese readers write them: ``669.6亿元``, ``5000万元``."""

from __future__ import annotations

HUNDRED_MILLION = 1e8
TEN_THOUSAND = 1e4


def _trimmed(value: float) -> str:
    """Two decimals at most, no trailing zeros: 18.630 → ``18.63``, 150.00 → ``150``."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


def format_yi(yuan: float) -> str:
    """A sum in 亿元 as a headline writes it: 150亿元, 18.63亿元."""
    return _trimmed(yuan / HUNDRED_MILLION) + "亿元"


def format_yuan(value: float | None) -> str:
    """``66960000000`` → ``669.6亿元``; ``50000000`` → ``5000万元``; unknown → ``—``."""
    if value is None:
        return "—"
    if value >= HUNDRED_MILLION:
        return format_yi(value)
    if value >= TEN_THOUSAND:
        return _trimmed(value / TEN_THOUSAND) + "万元"
    return f"{value:,.0f}元"
