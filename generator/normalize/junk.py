"""Remove what scrapers injected into the article: HTML remnants, stock quotes, spam, censored words, repeats.

Patterns and tables live in ``data/junk.yaml``.
"""

from __future__ import annotations

import html
import re

from generator.contracts.cleaning import CleaningContext
from generator.normalize.data_files import compiled_patterns, load_yaml
from generator.text.chars import HAN_BASIC, HAN_EXTENDED

_DATA = load_yaml("junk.yaml")
STOCK_QUOTES = compiled_patterns("junk.yaml", "stock_quotes")
INJECTED_SPAM = tuple(re.compile(pattern, re.MULTILINE) for pattern in _DATA["injected_spam"])
HTML_TAG = re.compile(_DATA["html_tags"], re.DOTALL)
HTML_ENTITY = re.compile(r"&(?:[A-Za-z]{2,8}|#\d{2,6}|#x[0-9A-Fa-f]{2,5});")
CENSORED: dict[str, str] = _DATA["censored_abbreviations"]
CENSORED_WORD = re.compile(
    rf"(?<=[{HAN_BASIC}])("
    + "|".join(sorted(map(re.escape, CENSORED), key=len, reverse=True))
    + rf")(?=[{HAN_BASIC}])"
)
REDACTED_PHRASES = tuple(
    (re.compile(entry["pattern"]), entry["replacement"]) for entry in _DATA["redacted_phrases"]
)
# Block-level tags end a paragraph; inline tags just go.
BLOCK_TAG = re.compile(r"</?(?:p|div|br|li|ul|ol|h[1-6]|tr|table|section|article)\b", re.IGNORECASE)
NON_CONTENT = re.compile(rf"[^{HAN_EXTENDED}A-Za-z0-9]")
LEAD_LABEL = re.compile(rf"^[{HAN_BASIC}]{{2,4}}[:：]")
MIN_REPEATED = 15


def remove_matches(patterns: tuple[re.Pattern[str], ...], text: str) -> tuple[str, int]:
    """Delete every match of every pattern; return the text and how many were deleted."""
    total = 0
    for pattern in patterns:
        text, count = pattern.subn("", text)
        total += count
    return text, total


def strip_html_remnants(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop HTML tags (block tags become line breaks) and decode character entities."""
    count = 0

    def replace_tag(match: re.Match[str]) -> str:
        nonlocal count
        count += 1
        return "\n" if BLOCK_TAG.match(match.group(0)) else ""

    text = HTML_TAG.sub(replace_tag, text)

    def replace_entity(match: re.Match[str]) -> str:
        nonlocal count
        decoded = html.unescape(match.group(0))
        if decoded == match.group(0):
            return decoded
        count += 1
        return " " if decoded == "\xa0" else decoded

    return HTML_ENTITY.sub(replace_entity, text), count


def strip_stock_quotes(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop stock quotes pasted after company names: ``杭萧钢构11.220,-0.30,-2.60%装配式`` → ``杭萧钢构装配式``."""
    return remove_matches(STOCK_QUOTES, text)


def restore_censored_words(text: str, context: CleaningContext) -> tuple[str, int]:
    """``区委sj马良`` → ``区委书记马良``, ``市zf部署`` → ``市政府部署``, from the table in the data file."""
    text, total = CENSORED_WORD.subn(lambda match: CENSORED[match.group(1)], text)
    for pattern, replacement in REDACTED_PHRASES:
        text, count = pattern.subn(replacement, text)
        total += count
    return text, total


def strip_injected_spam(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop gambling plugs, ``本文来自…`` watermarks, ``(完)`` end marks and picture credits."""
    return remove_matches(INJECTED_SPAM, text)


def content_key(paragraph: str) -> str:
    """The paragraph's characters without punctuation, spacing, or a leading label such as ``导读：``."""
    return NON_CONTENT.sub("", LEAD_LABEL.sub("", paragraph))


def drop_repeated_paragraphs(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop a paragraph whose whole content reappears in the paragraphs after it, or repeats an earlier one."""
    paragraphs = [line for line in text.split("\n") if line.strip()]
    keys = [content_key(paragraph) for paragraph in paragraphs]
    kept: list[str] = []
    seen: set[str] = set()
    for index, paragraph in enumerate(paragraphs):
        key = keys[index]
        if len(key) >= MIN_REPEATED:
            if key in seen or key in "".join(keys[index + 1:index + 4]):
                continue
            seen.add(key)
        kept.append(paragraph)
    return "\n".join(kept), len(paragraphs) - len(kept)
