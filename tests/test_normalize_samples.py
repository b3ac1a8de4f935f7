"""Shared text for the normalize tests: a plain story paragraph written for them and the shipped seed articles."""

from __future__ import annotations

from pathlib import Path

SEEDS = Path(__file__).resolve().parents[1] / "articles"
STORY = "今年以来，某某县坚持把招商引资作为头号工程，全力推动项目落地见效，签约项目12个，总投资58.6亿元。"


def read_seed(name: str) -> str:
    """The raw text of one shipped seed article."""
    return (SEEDS / name).read_text(encoding="utf-8")
