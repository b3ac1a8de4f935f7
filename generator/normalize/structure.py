"""Paragraph structure: split cleaned text into paragraphs."""

from __future__ import annotations


def split_paragraphs(text: str) -> list[str]:
    """Non-empty lines, stripped, each a paragraph."""
    return [line.strip() for line in text.splitlines() if line.strip()]
