"""A one- or two-sentence summary from the article's lead."""

from __future__ import annotations

import re

SENTENCE_END = re.compile(r"(?<=[。！？])")
MAX_SUMMARY = 150


def summarize(body: str) -> str:
    """The first sentences of the lead, up to 150 characters."""
    lead = body.split("\n\n", 1)[0] if body else ""
    summary = ""
    for sentence in SENTENCE_END.split(lead):
        if len(summary) + len(sentence) > MAX_SUMMARY:
            break
        summary += sentence
    return summary or lead[: MAX_SUMMARY - 1] + ("…" if len(lead) >= MAX_SUMMARY else "")
