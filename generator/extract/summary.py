"""A one- or two-sentence summary from the article's lead, at most 150 characters, without the dateline."""

from __future__ import annotations

import re

from generator.normalize.bylines import strip_dateline

SENTENCE = re.compile(r"[^。！？]+(?:[。！？]+[”’」』]?|$)")
CLAUSE_END = "，；、"
MAX_SUMMARY = 150
MAX_SENTENCES = 2
MIN_LEAD = 30  # a shorter first paragraph without a full stop is a subtitle, not the lead
ELLIPSIS = "…"


def lead_paragraph(body: str) -> str:
    """The first paragraph that reads as prose: a short line without a full stop is a subtitle."""
    paragraphs = [paragraph.strip() for paragraph in body.split("\n\n") if paragraph.strip()]
    for paragraph in paragraphs:
        if len(paragraph) >= MIN_LEAD or "。" in paragraph:
            return paragraph
    return paragraphs[0] if paragraphs else ""


def _shortened(sentence: str) -> str:
    """A sentence too long for the summary, cut after its last clause that fits, marked with an ellipsis."""
    head = sentence[:MAX_SUMMARY - 1]
    cut = max(head.rfind(mark) for mark in CLAUSE_END)
    return (head[:cut] if cut > 0 else head) + ELLIPSIS


def summarize(body: str) -> str:
    """The lead's first one or two whole sentences within 150 characters."""
    lead = strip_dateline(lead_paragraph(body))
    summary = ""
    for count, sentence in enumerate(SENTENCE.findall(lead)):
        if count == MAX_SENTENCES or len(summary) + len(sentence) > MAX_SUMMARY:
            break
        summary += sentence
    if not summary and lead:
        summary = _shortened(SENTENCE.findall(lead)[0]) if len(lead) > MAX_SUMMARY else lead
    return summary.strip()
