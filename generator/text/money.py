"""Sums of money written as Chinese readers write them: ``1.2万亿元``, ``669.6亿元``, ``近30亿元``, ``5000万元``."""

from __future__ import annotations

HUNDRED_MILLION = 1e8
TEN_THOUSAND = 1e4


def _trimmed(value: float) -> str:
    """Two decimals at most, no trailing zeros: 18.630 → ``18.63``, 150.00 → ``150``."""
    return f"{value:.2f}".rstrip("0").rstrip(".")


# Magnitudes a sum is shown in, largest first.
MAGNITUDES: tuple[tuple[float, str], ...] = ((1e12, "万亿"), (HUNDRED_MILLION, "亿"), (TEN_THOUSAND, "万"))
# Qualifiers written before the number (近30亿元); 余 goes after the number (30余亿元), 以上 after the unit.
QUALIFIERS_BEFORE = frozenset({"约", "近", "超", "逾"})


def format_yuan(value: float | None, qualifier: str | None = None) -> str:
    """``66960000000`` → ``669.6亿元``; ``1.2e12`` → ``1.2万亿元``; ``50000000`` → ``5000万元``; unknown → ``—``.
    With the amount's qualifier as the text writes it: ``近30亿元``, ``30余亿元``, ``50亿元以上``."""
    if value is None:
        return "—"
    number, unit = f"{value:,.0f}", ""
    for size, name in MAGNITUDES:
        if value >= size:
            number, unit = _trimmed(value / size), name
            break
    if qualifier in QUALIFIERS_BEFORE:
        return f"{qualifier}{number}{unit}元"
    if qualifier == "余":
        return f"{number}余{unit}元"
    if qualifier == "以上":
        return f"{number}{unit}元以上"
    return f"{number}{unit}元"
