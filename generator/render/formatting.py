"""Filters the templates use to show values: money in 亿元/万元, relative links, safe theme titles."""

from __future__ import annotations

import posixpath
import re

from markupsafe import Markup, escape

from generator.text.money import format_yuan

__all__ = ["format_yuan", "page_url", "preformatted", "relative_file_url", "relative_url", "single_line", "theme_safe"]

CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029]")


def page_url(path: str) -> str:
    """The directory URL MkDocs gives a page: ``articles/a.md`` → ``articles/a/``, ``index.md`` → ``''``."""
    stem = path[: -len(".md")] if path.endswith(".md") else path
    if stem == "index" or stem.endswith("/index"):
        stem = stem[: -len("index")]
    return stem if not stem or stem.endswith("/") else stem + "/"


def relative_url(from_page: str, to_page: str) -> str:
    """A link from one generated page to another, valid with ``use_directory_urls``."""
    here = page_url(from_page) or "."
    there = page_url(to_page) or "."
    link = posixpath.relpath(there, here)
    return "./" if link == "." else link + "/"


def relative_file_url(from_page: str, to_file: str) -> str:
    """A link from a generated page to a data file (which keeps its name, unlike pages)."""
    return posixpath.relpath(to_file, page_url(from_page) or ".")


def single_line(text: str) -> str:
    """Control characters and line breaks become spaces: front-matter values stay one YAML line."""
    return " ".join(CONTROL.sub(" ", text).split())


def theme_safe(text: str) -> str:
    """A title the theme may print unescaped: no markup characters, one line."""
    return single_line(text).translate(str.maketrans({"<": "＜", ">": "＞", "&": "＆"}))


def preformatted(text: str) -> Markup:
    """Escaped text for a ``<pre>`` kept on one source line, so Markdown never sees a blank line inside it."""
    return Markup(str(escape(text.replace("\r\n", "\n").replace("\r", "\n"))).replace("\n", "&#10;"))
