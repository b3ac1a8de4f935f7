"""The article's title: its own headline when it has one, else one generated from the facts."""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from generator.extract.facts import ArticleText
    from generator.record import ArticleRecord

MAX_TITLE = 30


def choose_title(article: ArticleText, record: ArticleRecord) -> str:
    """Given title, then the article's headline, then region + what happened."""
    if article.given.get("title"):
        return article.given["title"]
    if article.headline:
        return article.headline
    place = record.region.name if record.region else ""
    event = "招商引资"
    if record.destinations:
        event = f"赴{record.destinations[0]}招商"
    title = f"{place}{event}"
    if record.signed_projects:
        title += f"，{record.signed_projects}个项目签约"
    return title[:MAX_TITLE] or (record.summary[:MAX_TITLE] or record.source_file)


def split_headline(body: str) -> tuple[str | None, str]:
    """A short first paragraph with no sentence-ending punctuation is the headline."""
    first, _, rest = body.partition("\n\n")
    if rest and 4 <= len(first) <= 40 and not first.endswith(("。", "！", "？", "：", ":")) and "。" not in first:
        return first, rest
    return None, body
