"""Source (the publishing outlet) and reporter: given metadata first, then what cleaning harvested from bylines,
datelines and footers, then the bylines still in the text (`（记者李铭）`, `记者 刘文晴`, `来源：某某日报`,
`某某网5月28日讯`). Patterns live in data/bylines.yaml; a reporter must read as personal names."""

from __future__ import annotations

import re

from generator.contracts.article import ArticleText
from generator.extract.names.people import is_plausible_name
from generator.extract.patterns import load_data
from generator.text.chars import HAN, HAN_SPACE_HAN

DATA = load_data("bylines.yaml")
REPORTER_PATTERNS = [re.compile(pattern) for pattern in DATA["reporter_patterns"]]
SOURCE_PATTERNS = [re.compile(pattern, re.MULTILINE) for pattern in DATA["source_patterns"]]
DATELINE_PREFIXES = [re.compile(pattern) for pattern in DATA["dateline_prefixes"]]
NAME_STOPS = re.compile("|".join(map(re.escape, DATA["name_stops"])))
NAME_SEPARATOR = re.compile(r"[、，,]+")
SPACES = re.compile(r"[\s\u3000]+")


def reporter_names(names: str) -> str | None:
    """The personal names of a byline joined by 、 (`陈立 通讯员 王海涛` → 陈立), or None when none reads as one."""
    names = NAME_STOPS.split(names, maxsplit=1)[0]
    parts: list[str] = []
    for part in NAME_SEPARATOR.split(names):
        pieces = [piece for piece in SPACES.split(part) if piece]
        # 王 勇 is one name spaced out; 陈立 王海涛 are two.
        parts += ["".join(pieces)] if all(len(piece) == 1 for piece in pieces) else pieces
    kept = [part for part in parts if is_plausible_name(part)]
    return "、".join(kept) or None


def plausible_source(source: str | None) -> str | None:
    """An outlet name with Chinese in it, tidied (`今日平 湖` → 今日平湖); None for 本报 and for codes."""
    if not source or not HAN.search(source):
        return None
    source = HAN_SPACE_HAN.sub("", source.strip())
    return None if source in DATA["not_sources"] else source


def _reporter_in_text(text: str) -> str | None:
    for pattern in REPORTER_PATTERNS:
        for match in pattern.finditer(text):
            names = reporter_names(match.group("names"))
            if names:
                return names
    return None


def _source_in_text(text: str) -> str | None:
    for pattern in SOURCE_PATTERNS:
        for match in pattern.finditer(text):
            source = plausible_source(match.group("source"))
            if source:
                return source
    return None


def find_source_and_reporter(article: ArticleText) -> tuple[str | None, str | None]:
    """The outlet and the reporter(s) of ``article``; None where nothing names them."""
    source = (plausible_source(article.given.get("source")) or plausible_source(article.found.get("source"))
              or _source_in_text(article.full_text))
    found_reporter = article.given.get("reporter") or article.found.get("reporter")
    reporter = (reporter_names(found_reporter) if found_reporter else None) or _reporter_in_text(article.full_text)
    return source, reporter


def strip_dateline(lead: str) -> str:
    """``lead`` without the dateline that opens it (`本报讯（记者高敏）`, `某某网5月28日讯`)."""
    for pattern in DATELINE_PREFIXES:
        match = pattern.match(lead)
        if match and match.end() < len(lead):
            return lead[match.end():]
    return lead
