"""Bylines and datelines: who wrote and who published the article.

A byline closing the article (``（记者李铭）``, ``记者 刘文晴``) is credit, not text: it leaves the body for the
context's ``found``. A dateline opening it (``中新网杭州6月2日电（许安然）``) is part of the text and stays; only
what it names is recorded. Patterns live in ``data/structure.yaml``.
"""

from __future__ import annotations

import re

from generator.contracts.cleaning import CleaningContext
from generator.normalize.data_files import compiled_patterns
from generator.text.chars import HAN_BASIC

CLOSING_BYLINES = compiled_patterns("structure.yaml", "closing_bylines")
BYLINE_LINES = compiled_patterns("structure.yaml", "byline_lines")
DATELINES = compiled_patterns("structure.yaml", "datelines")
HAN_SPACE_HAN = re.compile(rf"(?<=[{HAN_BASIC}])\s+(?=[{HAN_BASIC}])")
NAME_SEPARATOR = re.compile(r"\s*[、，,]\s*")
PERSON_NAME = re.compile(rf"^[{HAN_BASIC}]{{2,4}}(?:、[{HAN_BASIC}]{{2,4}})*$")


def tidy_names(names: str) -> str:
    """``张 楠、刘 畅`` → ``张楠、刘畅``; names split by spaces or commas are joined with ``、``."""
    joined = NAME_SEPARATOR.sub("、", names.strip())
    parts = [HAN_SPACE_HAN.sub("", part) for part in joined.split("、")]
    if any(len(part) > 4 for part in parts):  # spaces separated whole names, not the characters of one
        parts = [name for part in joined.split("、") for name in part.split()]
    return "、".join(part for part in parts if part)


def record_byline(match: re.Match[str], found: dict[str, str]) -> None:
    """Put the reporter, outlet and editor a byline names into ``found``."""
    groups = match.groupdict()
    if groups.get("reporter"):
        found["reporter"] = tidy_names(groups["reporter"])
    if groups.get("source"):
        found.setdefault("byline_source", groups["source"])
    if groups.get("editor"):
        found.setdefault("editor", tidy_names(groups["editor"]))


def remove_byline_lines(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop lines that are only a byline (``本报记者 张三 通讯员 李四``, ``文/张三``), recording who they name."""
    kept = []
    for line in text.split("\n"):
        match = next((found for pattern in BYLINE_LINES if (found := pattern.search(line.strip()))), None)
        if match:
            record_byline(match, context.found)
        else:
            kept.append(line)
    return "\n".join(kept), text.count("\n") + 1 - len(kept)


def remove_closing_byline(text: str, context: CleaningContext) -> tuple[str, int]:
    """Take the byline off the end of the last paragraph (or a last line of its own) into ``found``."""
    lines = [line for line in text.split("\n") if line.strip()]
    if not lines:
        return text, 0
    last = lines[-1].strip()
    for pattern in CLOSING_BYLINES:
        match = pattern.search(last)
        if not match:
            continue
        record_byline(match, context.found)
        rest = last[:match.start()].rstrip()
        lines[-1:] = [rest] if rest else []
        return "\n".join(lines), 1
    return text, 0


def read_dateline(text: str, context: CleaningContext) -> tuple[str, int]:
    """Record the outlet and reporter an opening dateline names; the text is left as it is."""
    for line in text.split("\n")[:4]:
        for pattern in DATELINES:
            match = pattern.search(line.strip())
            if not match:
                continue
            groups = match.groupdict()
            if groups.get("source"):
                context.found.setdefault("dateline_source", groups["source"])
            if groups.get("reporter"):
                context.found.setdefault("dateline_reporter", tidy_names(groups["reporter"]))
    return text, 0


def settle_found(found: dict[str, str]) -> dict[str, str]:
    """One ``source`` and one ``reporter`` from everything harvested, the most direct statement winning."""
    settled = {key: found[key] for key in ("posted", "editor", "url") if found.get(key)}
    for key, candidates in (
        ("source", ("source", "byline_source", "dateline_source", "footer_source", "publisher")),
        ("reporter", ("reporter", "dateline_reporter", "author")),
    ):
        for candidate in candidates:
            value = found.get(candidate)
            if value and (key != "reporter" or candidate != "author" or PERSON_NAME.match(value)):
                settled[key] = value
                break
    return settled
