"""Remove page chrome, metadata headers, footers and credits, harvesting the metadata they carry first.

Patterns live in ``data/boilerplate.yaml``. What the removed lines say (posting date, source, author, editor) goes
into the context's ``found`` so the extract stage can use it.
"""

from __future__ import annotations

import re

from generator.contracts.cleaning import CleaningContext
from generator.normalize.bylines import note, read_footer_outlet, read_names_before_labels
from generator.normalize.data_files import compiled_patterns, load_yaml
from generator.text.chars import HAN, HAN_SPACE_HAN
from generator.text.dates import calendar_date, iso_date

_DATA = load_yaml("boilerplate.yaml")
CHROME_LINES = compiled_patterns("boilerplate.yaml", "chrome_lines")
SHORT_CHROME_LINES = compiled_patterns("boilerplate.yaml", "short_chrome_lines")
FOOTER_BLOCK_STARTERS = compiled_patterns("boilerplate.yaml", "footer_block_starters")
HEADER_LABELS = re.compile(_DATA["header_labels"])
HEADER_MAX_LENGTH: int = _DATA["header_max_length"]
CHROME_MAX_LENGTH: int = _DATA["chrome_max_length"]
SHORT_CHROME_MAX_LENGTH: int = _DATA["short_chrome_max_length"]
DATE_ONLY_LINE = re.compile(_DATA["date_only_line"])
FOOTER_ITEM_MAX_LENGTH: int = _DATA["footer_item_max_length"]
COLUMN_NAME = re.compile(_DATA["column_names"])
TITLE_PREFIX = re.compile(_DATA["title_prefixes"])
FIELD_LABELS: dict[str, str] = _DATA["field_labels"]

# Longest labels first so that 发布时间 wins over 时间; only 发表于 (forum headers) goes without a colon.
LABELLED_FIELD = re.compile(
    "(?:(" + "|".join(sorted(map(re.escape, FIELD_LABELS), key=len, reverse=True)) + r")\s*[:：]|(发表于))\s*"
)
DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
YEAR_LAST_DATE = re.compile(r"(?<!\d)(\d{1,2})([./])(\d{1,2})\2(\d{4})(?!\d)")  # 16.07.2018, 07/16/2018
VALUE_EDGES = re.compile(r"^[\s|｜】\]【\[()（）]+|[\s|｜】\]【\[()（）]+$")
VALUE_END = re.compile(r"[\s】\]）)|｜]")
SENTENCE_END = re.compile(r"[。！？!?]")
CIRCLED_ITEM = re.compile(r"^[①②③④⑤⑥⑦⑧⑨⑩]")
URL = re.compile(r"https?://[\w./?%&=#:~+-]+")
URL_LABEL = re.compile(_DATA["url_labels"])


def full_date(text: str) -> str | None:
    """``2021-9-8``, ``2020年09月10日`` or, year last, ``16.07.2018`` → an ISO date; None when there is no full
    date. Year last, the day comes first with dots and the month first with slashes, unless one is over 12."""
    match = DATE.search(text)
    if match:
        year, month, day = (int(part) for part in match.groups())
    elif year_last := YEAR_LAST_DATE.search(text):
        first, second, year = int(year_last[1]), int(year_last[3]), int(year_last[4])
        day_first = first > 12 or (second <= 12 and year_last[2] == ".")
        day, month = (first, second) if day_first else (second, first)
    else:
        return None
    return iso_date(year, month, day) if calendar_date(year, month, day) else None


def labelled_fields(line: str) -> list[tuple[str, str]]:
    """The ``(key, value)`` pairs of a line of labelled fields, e.g. ``作者:陈晓 来源:今日平 湖``."""
    matches = list(LABELLED_FIELD.finditer(line))
    fields = []
    for index, match in enumerate(matches):
        end = matches[index + 1].start() if index + 1 < len(matches) else len(line)
        value = VALUE_EDGES.sub("", line[match.end():end])
        fields.append((FIELD_LABELS[match.group(1) or match.group(2)], value))
    return fields


def harvest(line: str, found: dict[str, str]) -> None:
    """Record the metadata of a line about to be removed; the first value found for a key wins. Credits go in
    as ``<field>.<kind>`` for the byline rules to settle (``source.label`` for 来源：…)."""
    fields = labelled_fields(line)
    for key, value in fields:
        if key == "posted":
            date = full_date(value)
            if date:
                found.setdefault("posted", date)
            continue
        value = VALUE_END.split(HAN_SPACE_HAN.sub("", value), maxsplit=1)[0]
        if key != "contact" and HAN.search(value) and len(value) <= 30:
            if "." in key:  # a credit (source.label, reporter.author): its line is its evidence
                note(found, key, value, line)
            else:
                found.setdefault(key, value)
    first_label = LABELLED_FIELD.search(line)
    if first_label:
        read_names_before_labels(line[:first_label.start()], found)
    # 2009-11-13 作者:…, or a date closing a header of labelled fields (来源：某某网 | 2023-12-01 16:03)
    if "posted" not in found and (DATE_ONLY_LINE.match(line) or DATE.match(line) or HEADER_LABELS.search(line)):
        date = full_date(line)
        if date:
            found["posted"] = date
    read_footer_outlet(line, found)
    url = URL.search(line)
    if url and URL_LABEL.search(line):
        found.setdefault("url", url.group(0))


def is_chrome(line: str) -> bool:
    short = len(line) <= SHORT_CHROME_MAX_LENGTH and not line.endswith("。")
    if short and any(pattern.search(line) for pattern in SHORT_CHROME_LINES):
        return True
    return len(line) <= CHROME_MAX_LENGTH and any(pattern.search(line) for pattern in CHROME_LINES)


def is_metadata_header(line: str) -> bool:
    """A short line of labelled fields without a sentence in it, or a bare date and time.

    A line in brackets (``（平湖融媒记者：沈一鸣）``) is a byline, left for the byline rule.
    """
    if DATE_ONLY_LINE.match(line):
        return True
    if line.startswith(("(", "（")) or len(line) > HEADER_MAX_LENGTH:
        return False
    return bool(HEADER_LABELS.search(line)) and not SENTENCE_END.search(line)


def remove_page_chrome(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop chrome, header and credit lines (harvesting their metadata) and site column names above the title."""
    kept: list[str] = []
    removed = 0
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped and (is_chrome(stripped) or is_metadata_header(stripped)):
            harvest(stripped, context.found)
            removed += 1
            continue
        kept.append(line)
    removed += drop_column_name(kept)
    return "\n".join(kept), removed


def drop_column_name(lines: list[str]) -> int:
    """Remove a site column name (县市之窗) standing above the headline; strip clickbait title prefixes."""
    content = [index for index, line in enumerate(lines) if line.strip()]
    changes = 0
    if len(content) >= 2 and COLUMN_NAME.match(lines[content[0]].strip()):
        following = lines[content[1]].strip()
        if len(following) <= 40 and not SENTENCE_END.search(following):
            lines[content[0]] = ""
            content = content[1:]
            changes += 1
    if content:
        first = lines[content[0]]
        stripped = TITLE_PREFIX.sub("", first.strip(), count=1)
        if stripped != first.strip():
            lines[content[0]] = stripped
            changes += 1
    return changes


def is_footer_item(line: str) -> bool:
    """A line of a related-news list or a numbered notice under a footer heading."""
    if CIRCLED_ITEM.match(line):
        return True
    return len(line) <= FOOTER_ITEM_MAX_LENGTH and not line.endswith("。")


def remove_footer_blocks(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop 推荐阅读 / 相关新闻 / 版权声明 headings with the list or notices under them."""
    lines = text.split("\n")
    kept: list[str] = []
    removed = 0
    index = 0
    while index < len(lines):
        stripped = lines[index].strip()
        if stripped and any(pattern.search(stripped) for pattern in FOOTER_BLOCK_STARTERS):
            removed += 1
            index += 1
            while index < len(lines) and (not lines[index].strip() or is_footer_item(lines[index].strip())):
                harvest(lines[index].strip(), context.found)
                removed += bool(lines[index].strip())
                index += 1
            continue
        kept.append(lines[index])
        index += 1
    return "\n".join(kept), removed
