"""Filters the templates use to show values: money in 万亿元/亿元/万元 with its qualifier, relative links, safe
theme titles."""

from __future__ import annotations

import posixpath
import re

from markupsafe import Markup, escape

from generator.contracts.article import ArticleRecord
from generator.text.money import format_yuan

__all__ = ["format_yuan", "headline_investment", "headline_qualifier", "page_url", "preformatted",
           "relative_file_url", "relative_path", "relative_url", "single_line", "theme_safe"]

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def page_url(path: str) -> str:
    """The directory URL MkDocs gives a page: ``articles/a.md`` → ``articles/a/``, ``index.md`` → ``''``."""
    stem = path[: -len(".md")] if path.endswith(".md") else path
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem if not stem or stem.endswith("/") else stem + "/"


def relative_path(target: str, start: str) -> str:
    """``posixpath.relpath(target, start)`` for two paths relative to the same folder, worked out on the names
    alone: ``relpath`` asks the system for the working folder twice a call, and listings make tens of thousands
    of links. A path that climbs (``..``) or is absolute is left to ``relpath``."""
    target_parts = [part for part in target.split("/") if part and part != "."]
    start_parts = [part for part in start.split("/") if part and part != "."]
    if ".." in target_parts or ".." in start_parts or target.startswith("/") or start.startswith("/"):
        return posixpath.relpath(target, start)
    common = 0
    for target_part, start_part in zip(target_parts, start_parts, strict=False):
        if target_part != start_part:
            break
        common += 1
    return "/".join([".."] * (len(start_parts) - common) + target_parts[common:]) or "."


def relative_url(from_page: str, to_page: str) -> str:
    """A link from one generated page to another, valid with ``use_directory_urls``."""
    link = relative_path(page_url(to_page) or ".", page_url(from_page) or ".")
    return "./" if link == "." else link + "/"


def relative_file_url(from_page: str, to_file: str) -> str:
    """A link from a generated page to a data file (which keeps its name, unlike pages)."""
    return relative_path(to_file, page_url(from_page) or ".")


def single_line(text: str) -> str:
    """Control characters and line breaks become spaces: front-matter values stay one YAML line."""
    return " ".join(CONTROL.sub(" ", text).split())


def theme_safe(text: str) -> str:
    """A title the theme may print unescaped: no markup characters, one line."""
    return single_line(text).translate(str.maketrans({"<": "＜", ">": "＞", "&": "＆"}))


def preformatted(text: str) -> Markup:
    """Escaped text for a ``<pre>`` kept on one source line, so Markdown never sees a blank line inside it."""
    return Markup(str(escape(text.replace("\r\n", "\n").replace("\r", "\n"))).replace("\n", "&#10;"))


def headline_qualifier(record: ArticleRecord) -> str | None:
    """The qualifier (近, 超…) of the amount the headline investment was read from, if it has one."""
    if record.investment_yuan is None:
        return None
    phrase = record.evidence.get("investment_yuan")
    for amount in record.amounts:
        if amount.text == phrase or phrase is None and amount.yuan == record.investment_yuan:
            return amount.qualifier
    return None


def headline_investment(record: ArticleRecord) -> str:
    """The article's headline investment as the text qualifies it: ``近30亿元``, ``1.2万亿元``."""
    return format_yuan(record.investment_yuan, headline_qualifier(record))
