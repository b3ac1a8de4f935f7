"""Saved web pages: the article text and its metadata, extracted from the markup by trafilatura.

Ruby annotations (``<rt>``/``<rp>``, the pinyin over characters) are dropped from the page first, so no pinyin
leaks into the text. The page's publication date is not taken: extractors guess it from footers and copyright
lines, and the record's date is the event's, found in the text.
"""

from __future__ import annotations

import re
from typing import Any

from generator.read.rules import input_rules
from generator.text.printable import UNSAFE

CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
LOOKS_LIKE_HTML = re.compile(r"\A\s*(?:<\?xml[^>]*\?>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b",
                             re.IGNORECASE | re.DOTALL)
# lxml refuses text that declares its own byte encoding; the text is already decoded.
XML_DECLARATION = re.compile(r"\A\s*<\?xml[^>]*\?>")
RUBY_ANNOTATIONS = ("rt", "rp", "rtc")
# Characters of page text the extractor is given; a news page has a few thousand. Extraction costs about a
# second per 50,000 characters, and the cleaned article keeps at most 12,000.
MAX_PAGE_TEXT = 100_000
NEVER_TEXT = ("script", "style", "noscript", "template", "svg")
# Numeric character references (&#27; &#x1b;), some of which name control or bidi characters.
CHARACTER_REFERENCE = re.compile(r"&#(?:[xX]([0-9a-fA-F]{1,8})|([0-9]{1,10}));?")
# What joins a headline to the site's name or its menu in a page title (首页 | 新闻 | 标题, 标题_某日报).
TITLE_SEPARATOR = re.compile(r"\s*[|｜_]\s*|\s+[-–—]\s+")
RUBY_BASES = ("ruby", "rb")


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    match = CHARSET_DECLARATION.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def looks_like_html(text: str) -> bool:
    """Whether text saved under a plain-text name is in fact a whole web page."""
    return bool(LOOKS_LIKE_HTML.match(text[:2048]))


def strip_ruby_annotations(page: Any) -> int:
    """Remove ``<rt>`` and ``<rp>`` elements from a parsed page, and unwrap the ruby bases into the text."""
    annotations = list(page.iter(*RUBY_ANNOTATIONS))
    for element in annotations:
        element.drop_tree()
    for element in list(page.iter(*RUBY_BASES)):
        element.drop_tag()
    return len(annotations)


def without_unsafe_references(html: str) -> str:
    """``html`` without references to control or bidi characters, which the parser would choke on or keep."""
    def replace(match: re.Match[str]) -> str:
        code = int(match.group(1), 16) if match.group(1) else int(match.group(2))
        return "" if code > 0x10FFFF or UNSAFE.match(chr(code)) else match.group(0)

    return CHARACTER_REFERENCE.sub(replace, html)


def page_headline(found: str, page_title: str) -> str:
    """The headline of a page: the title the extractor found, unless it is joined to menu items (首页 | 新闻 |
    关于), in which case the longest part of it or of the page's ``<title>`` that is not a menu item."""
    if not TITLE_SEPARATOR.search(found):
        return found
    menu = set(input_rules()["navigation_words"])
    parts = [part.strip() for title in (found, page_title) for part in TITLE_SEPARATOR.split(title)]
    parts = [part for part in parts if part and part not in menu]
    return max(parts, key=len) if parts else ""


def cut_long_page(page: Any, limit: int = MAX_PAGE_TEXT) -> int | None:
    """Remove everything after the first ``limit`` characters of the page's text; return the text length the
    page had when it was cut, else None. Scripts and styles are dropped first (but for the structured metadata
    some pages carry as JSON-LD): they are never text."""
    if len(page.text_content()) <= limit:
        return None
    for element in list(page.iter(*NEVER_TEXT)):
        if element.get("type") != "application/ld+json" and element.getparent() is not None:
            element.drop_tree()
    seen, cut_from = 0, None
    elements = list(page.iter())
    for position, element in enumerate(elements):
        seen += len(element.text or "") + len(element.tail or "")
        if cut_from is None and seen > limit:
            cut_from = position + 1
    if cut_from is None:
        return None
    ancestors = set(elements[cut_from - 1].iterancestors())
    for element in elements[cut_from:]:
        if element not in ancestors and element.getparent() is not None:
            element.tail = None
            element.drop_tree()
    return seen


def extract_article(html: str, notes: list[str] | None = None) -> tuple[dict[str, str], str]:
    """The page's metadata (``url``, ``source``) and its article text, headline first, a paragraph a line.

    A page with more text than the extractor reads is cut first, and ``notes`` says so."""
    import lxml.html
    import trafilatura

    try:
        page = lxml.html.document_fromstring(without_unsafe_references(XML_DECLARATION.sub("", html, count=1)))
    except (ValueError, lxml.etree.ParserError):
        return {}, ""
    strip_ruby_annotations(page)
    page_length = cut_long_page(page)
    if page_length is not None and notes is not None:
        notes.append(f"网页文字过多（共约 {page_length} 字），只读取前 {MAX_PAGE_TEXT} 字")
    text = trafilatura.extract(page, include_comments=False, include_tables=True, deduplicate=False) or ""
    found = trafilatura.extract_metadata(page, extensive=False)  # its date is not used: no extensive search
    metadata: dict[str, str] = {}
    if found is None:
        return metadata, text
    for key, value in (("url", found.url), ("source", found.sitename)):
        if isinstance(value, str) and value.strip():
            metadata[key] = " ".join(value.split())
    headline = page_headline(" ".join((found.title or "").split()), page.findtext(".//title") or "")
    if text.strip() and headline and not text.lstrip().startswith(headline):
        text = f"{headline}\n{text}"  # the headline goes through cleaning like the text
    return metadata, text
