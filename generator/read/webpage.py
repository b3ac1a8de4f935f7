"""Saved web pages: the article text and its metadata, extracted from the markup by trafilatura.

Ruby annotations (``<rt>``/``<rp>``, the pinyin over characters) are dropped from the page first, so no pinyin
leaks into the text. The page's publication date is not taken: extractors guess it from footers and copyright
lines, and the record's date is the event's, found in the text.
"""

from __future__ import annotations

import re
from typing import Any

CHARSET_DECLARATION = re.compile(rb"""<meta[^>]+charset\s*=\s*["']?\s*([A-Za-z0-9_\-]+)""", re.IGNORECASE)
LOOKS_LIKE_HTML = re.compile(r"\A\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html)\b", re.IGNORECASE | re.DOTALL)
RUBY_ANNOTATIONS = ("rt", "rp")


def declared_charset(raw: bytes) -> str | None:
    """The charset a page declares in a ``<meta>`` tag near its top, if any."""
    match = CHARSET_DECLARATION.search(raw[:4096])
    return match.group(1).decode("ascii").lower() if match else None


def looks_like_html(text: str) -> bool:
    """Whether text saved under a plain-text name is in fact a whole web page."""
    return bool(LOOKS_LIKE_HTML.match(text[:2048]))


def strip_ruby_annotations(page: Any) -> int:
    """Remove ``<rt>`` and ``<rp>`` elements from a parsed page, keeping the text that follows them."""
    annotations = [element for element in page.iter(*RUBY_ANNOTATIONS)]
    for element in annotations:
        element.drop_tree()
    return len(annotations)


def extract_article(html: str) -> tuple[dict[str, str], str]:
    """The page's metadata (``title``, ``url``, ``source``) and article text, paragraphs one per line."""
    import lxml.html
    import trafilatura

    try:
        page = lxml.html.document_fromstring(html)
    except (ValueError, lxml.etree.ParserError):
        return {}, ""
    strip_ruby_annotations(page)
    text = trafilatura.extract(page, favor_recall=True, include_comments=False, include_tables=True,
                               deduplicate=False) or ""
    found = trafilatura.extract_metadata(page)
    metadata: dict[str, str] = {}
    if found is not None:
        for key, value in (("title", found.title), ("url", found.url), ("source", found.sitename)):
            if isinstance(value, str) and value.strip():
                metadata[key] = value.strip()
    return metadata, text
