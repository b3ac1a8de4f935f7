"""What a reader of a built page sees as words, and the English the theme or the digest could put there.

Text quoted from articles (body, original, titles, file names in ``<code>``) and the data's own column names
and values are left out: an article may contain English; the site's own words may not.
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

# Strings Material would show untranslated, and every English word the digest writes (report statuses, the
# reasons and warnings of read/normalize/extract/build, record field names).
ENGLISH_UI = (
    "Skip to content", "Back to top", "Search", "Type to start searching", "Initializing search", "Made with",
    "Material for MkDocs", "Not found", "Table of contents", "Previous", "Next", "Copy to clipboard",
    "built", "merged", "skipped", "warnings", "no region found", "duplicate of", "identical text", "similar",
    "not an article", "Chinese characters", "binary file", "empty file", "whitespace only", "cannot read",
    "cannot list", "too large", "undecodable", "control character", "garbled text", "mojibake",
    "front matter", "not a regular file", "symbolic link", "internal error", "no article text",
    "region", "investment_yuan", "signed_projects", "date_text", "destinations", "organizations",
    "province", "county", "district", "zone", "page",
)
# Quoted, not the site's own words: article text, and the field dictionary of the downloads, which names the
# data files' own columns and values (region_kind is province, city…).
QUOTED_CLASSES = {"digest-body", "digest-original", "digest-title", "digest-cell-title", "digest-captions",
                  "digest-dictionary"}
SKIPPED_TAGS = {"script", "style", "code", "pre", "svg"}
VOID_TAGS = {"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "source", "track", "wbr"}
SHOWN_ATTRIBUTES = ("title", "aria-label", "placeholder", "alt")


class VisibleText(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.stack: list[bool] = []  # per open element: is its content hidden from the scan
        self.words: list[str] = []

    @property
    def hidden(self) -> bool:
        return any(self.stack)

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        classes = set((dict(attrs).get("class") or "").split())
        if not self.hidden:
            self.words += [value for name, value in attrs if name in SHOWN_ATTRIBUTES and value]
        if tag not in VOID_TAGS:
            self.stack.append(tag in SKIPPED_TAGS or bool(classes & QUOTED_CLASSES))

    def handle_endtag(self, tag: str) -> None:
        if tag not in VOID_TAGS and self.stack:
            self.stack.pop()

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.words.append(data)


def visible_text(html: str) -> str:
    parser = VisibleText()
    parser.feed(html)
    return " ".join(parser.words)


def english_ui_strings(site: Path) -> dict[str, list[str]]:
    """Each English string of ``ENGLISH_UI`` found as words on a page of ``site`` → the pages showing it."""
    found: dict[str, list[str]] = {}
    patterns = {english: re.compile(rf"(?<![A-Za-z_]){re.escape(english)}(?![A-Za-z_])", re.IGNORECASE)
                for english in ENGLISH_UI}
    for path in sorted(site.rglob("*.html")):
        text = visible_text(path.read_text("utf-8"))
        for english, pattern in patterns.items():
            if pattern.search(text):
                found.setdefault(english, []).append(path.relative_to(site).as_posix())
    return found
