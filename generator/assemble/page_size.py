"""Keep an article page within the site's page-size limit, cutting the least needed text first.

An article page holds its facts, the cleaned text and, collapsed at the bottom, the text before cleaning. A huge
input (a saved page of several megabytes, a file of endless repeats) would make a page of megabytes; the page
keeps the article's text first, then as much of the original as still fits, at most a hundred items of each
listed fact, and says in its warnings what was cut.
"""

from __future__ import annotations

from generator.contracts.article import ArticleRecord

# Characters of text (cleaned plus original) on one article page: about 90 KB of UTF-8 Chinese, which with the
# facts panel and the theme keeps the page under 150 KB.
PAGE_TEXT_CHARACTERS = 30_000
# Items of each listed fact (amounts, people, organizations) a page holds; a news story has a few dozen at most.
LISTED_ITEMS = 100
LISTED_FACTS = {"amounts": "金额", "people": "人物", "organizations": "机构"}


def cut_at_paragraph(text: str, limit: int) -> str:
    """At most ``limit`` characters of ``text``, ending at a paragraph break when there is one to end at."""
    if len(text) <= limit:
        return text
    cut = text[:limit]
    paragraph_end = cut.rfind("\n")
    return cut[:paragraph_end].rstrip() if paragraph_end > limit // 2 else cut


def fit_page(record: ArticleRecord) -> None:
    """Cut ``record``'s body, then its original text, and overlong fact lists, so that the page stays within
    the size limit."""
    for name, label in LISTED_FACTS.items():
        items = getattr(record, name)
        if len(items) > LISTED_ITEMS:
            setattr(record, name, items[:LISTED_ITEMS])
            record.warnings.append(f"{label}共 {len(items)} 项，只保留前 {LISTED_ITEMS} 项")
    body_length, original_length = len(record.body), len(record.original_text)
    if body_length > PAGE_TEXT_CHARACTERS:
        record.body = cut_at_paragraph(record.body, PAGE_TEXT_CHARACTERS)
        record.warnings.append(f"正文过长（共 {body_length} 字），只保留前 {len(record.body)} 字")
    room = PAGE_TEXT_CHARACTERS - len(record.body)
    if original_length > room:
        record.original_text = cut_at_paragraph(record.original_text, room)
        record.warnings.append(
            f"清洗前的原始文本过长（共 {original_length} 字），页面只显示前 {len(record.original_text)} 字")
