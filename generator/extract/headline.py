"""The article's title: the given title, else its own headline (a short first line, with a short second line
when the headline was set on two), else one generated from the facts: region + what happened."""

from __future__ import annotations

from generator.contracts.article import ArticleRecord, ArticleText
from generator.extract.dates import is_header
from generator.text.money import format_yuan

MAX_TITLE = 30
MAX_HEADLINE = 40
MIN_HEADLINE = 4
MAX_SECOND_LINE = 20
SENTENCE_ENDS = ("。", "！", "？", "：", ":", "；")


def _is_headline_line(line: str, longest: int) -> bool:
    return MIN_HEADLINE <= len(line) <= longest and "。" not in line and not line.endswith(SENTENCE_ENDS)


def split_headline(body: str) -> tuple[str | None, str]:
    """A short first paragraph without a full stop is the headline; a short second one continues it
    (`某省“百企入园”签约合作项目36个` / `总投资额412.5亿元`)."""
    paragraphs = body.split("\n\n")
    if len(paragraphs) < 2 or not _is_headline_line(paragraphs[0], MAX_HEADLINE):
        return None, body
    headline, rest = paragraphs[0], paragraphs[1:]
    if (len(rest) > 1 and _is_headline_line(rest[0], MAX_SECOND_LINE) and not is_header(rest[0])
            and len(headline) + 1 + len(rest[0]) <= MAX_HEADLINE):  # a page header (| 栏目 |2017-02-27) is no title
        headline, rest = f"{headline} {rest[0]}", rest[1:]
    return headline, "\n\n".join(rest)


def generated_title(record: ArticleRecord) -> str:
    """Region + what happened: `长春经开区赴杭州市招商，6个项目签约`, at most 30 characters."""
    place = record.region.name if record.region else ""
    title = f"{place}赴{record.destinations[0]}招商" if record.destinations else f"{place}招商引资"
    for detail in (f"{record.signed_projects}个项目签约" if record.signed_projects else "",
                   f"总投资{format_yuan(record.investment_yuan)}" if record.investment_yuan else ""):
        if detail and len(title) + 1 + len(detail) <= MAX_TITLE:
            title += f"，{detail}"
    return title[:MAX_TITLE]


def choose_title(article: ArticleText, record: ArticleRecord) -> str:
    """Given title, then the article's own headline, then a generated one, then the summary's start."""
    if article.given.get("title"):
        return str(article.given["title"])
    if article.headline:
        return article.headline
    if record.region:
        return generated_title(record)
    return record.summary[:MAX_TITLE] or record.source_file
