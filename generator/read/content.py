"""What counts as an article: enough Chinese text, judged on the raw text and again on the cleaned one."""

from __future__ import annotations

from generator.text.chars import HAN_OR_EXTENDED, han_count

MIN_HAN_CHARACTERS = 20


def not_an_article(text: str) -> str | None:
    """Why ``text`` is not an article, or None when it is one."""
    han = han_count(text, HAN_OR_EXTENDED)
    if han == 0:
        return "not an article: no Chinese text"
    if han < MIN_HAN_CHARACTERS:
        return f"not an article: too short ({han} Chinese characters)"
    return None
