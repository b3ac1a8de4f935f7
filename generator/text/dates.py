"""ISO dates as precise as what is known: ``2023``, ``2023-04`` or ``2023-04-06``."""

from __future__ import annotations

import datetime


def calendar_date(year: int, month: int | None = None, day: int | None = None) -> datetime.date | None:
    """The date (a missing month or day counts as the first), or None when there is none (month 13, 2月30日)."""
    try:
        return datetime.date(year, month or 1, day or 1)
    except ValueError:
        return None


def iso_date(year: int, month: int | None = None, day: int | None = None) -> str:
    """``iso_date(2023, 4, 6)`` → ``2023-04-06``; ``iso_date(2023, 4)`` → ``2023-04``; a year alone → ``2023``."""
    if month and day:
        return f"{year:04d}-{month:02d}-{day:02d}"
    if month:
        return f"{year:04d}-{month:02d}"
    return f"{year:04d}"
