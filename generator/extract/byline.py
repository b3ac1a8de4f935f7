"""Source (publishing outlet) and reporter, from metadata, bylines and footers."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.extract.facts import ArticleText

REPORTER = re.compile(r"[（(]?记者[ \u3000]*([\u4e00-\u9fff]{2,3})[)）]?")


def find_source_and_reporter(article: ArticleText) -> tuple[str | None, str | None]:
    source = article.given.get("source") or article.found.get("source")
    reporter = article.given.get("reporter") or article.found.get("reporter")
    if not reporter:
        match = REPORTER.search(article.body)
        reporter = match.group(1) if match else None
    return source, reporter
