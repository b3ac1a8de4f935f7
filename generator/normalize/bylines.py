"""Bylines, one fact family: the outlet that published the article (source), who wrote it (reporter), who
edited it, and the dateline that opens it.

Credits take the standard shapes of Chinese news writing, all listed in ``data/bylines.yaml``: a dateline opening
the lead (``本报讯（记者 张三）``, ``某某网北京3月2日电``), a line of its own (``本报记者 张三 通讯员 李四``,
``文/张三``), a closing credit (``（张三 李四）``, a bare outlet name), a page header (``某某网 2023-04-06 15:21``,
a breadcrumb) or a footer (``版权所有：某某网``). Cleaning removes credit lines, headers and closing credits from
the body and reads the dateline in place; every statement is recorded in the context's ``found`` as
``<field>.<kind>`` (``source.dateline``), and :func:`settle_found` chooses, once, in the file's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import cache

from generator.contracts.cleaning import CleaningContext
from generator.normalize.data_files import load_yaml
from generator.text.chars import HAN, HAN_BASIC, HAN_SPACE_HAN
from generator.text.dates import calendar_date, iso_date

DATA = load_yaml("bylines.yaml")
# Characters of a name spaced out (张 楠): single characters with spaces between and no Han on either side.
SPACED_NAME = re.compile(rf"(?<![{HAN_BASIC}])[{HAN_BASIC}](?:[ \u3000][{HAN_BASIC}]){{1,2}}(?![{HAN_BASIC}])")
SEPARATORS = re.compile(DATA["separators"])
NAME_RUN = re.compile(rf"[{HAN_BASIC}]{{2,{DATA['max_name_run']}}}")
DATE = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")
REPORTER, OTHER, EDITOR = "reporter", "other", "editor"
ROLE_OF = {role: kind for kind, roles in DATA["roles"].items() for role in roles}
# Roles of two characters or more are split off the names they are glued to (记者李明, 张三报道).
SPLIT_ROLES = [*ROLE_OF, *(role for role in DATA["trailing_roles"] if len(role) > 1)]
ROLE = re.compile("|".join(sorted(map(re.escape, SPLIT_ROLES), key=len, reverse=True)))
NOT_NAMES = tuple(DATA["not_names"])
POSTING_PREFIXES = tuple(DATA["posting_prefixes"])


def _compiled(pattern: str) -> re.Pattern[str]:
    for block, text in DATA["blocks"].items():
        pattern = pattern.replace(f"<<{block}>>", text)
    return re.compile(pattern)


def _compiled_list(key: str) -> list[re.Pattern[str]]:
    return [_compiled(pattern) for pattern in DATA[key]]


OUTLET = _compiled(DATA["blocks"]["outlet"])
DATELINES = _compiled_list("datelines")
LEAD_OUTLETS = _compiled_list("lead_outlets")
CREDIT_LINES = _compiled_list("credit_lines")
CLOSING_CREDITS = _compiled_list("closing_credits")
CLOSING_OUTLET_LINE = _compiled(DATA["closing_outlet_line"])
HEADER_LINES = {kind: [_compiled(pattern) for pattern in patterns] for kind, patterns in DATA["header_lines"].items()}
FOOTER_OUTLETS = _compiled_list("footer_outlets")
DATELINE_WINDOW = 4
PHRASE_SUFFIX = ".phrase"  # found[<field>.<kind>.phrase]: the words a statement was read from, its evidence


@dataclass
class Credit:
    """What one credit says: the outlet, the reporters and the editors it names."""

    outlet: str | None = None
    reporters: list[str] = field(default_factory=list)
    editors: list[str] = field(default_factory=list)
    labelled: bool = False  # a role or an outlet says what the names are

    @property
    def names_anyone(self) -> bool:
        return bool(self.outlet or self.reporters or self.editors)


def plausible_outlet(outlet: str | None) -> str | None:
    """An outlet name with Chinese in it, spaces closed (`今日平 湖` → 今日平湖); None for 本报 and for codes."""
    if not outlet or not HAN.search(outlet):
        return None
    outlet = HAN_SPACE_HAN.sub("", outlet.strip(" \u3000·"))
    return None if outlet in DATA["not_sources"] or len(outlet) > 30 else outlet


def _is_name_run(part: str) -> bool:
    return bool(NAME_RUN.fullmatch(part)) and not part.startswith(NOT_NAMES)


def _parts(text: str) -> list[str]:
    """The parts of a credit between separators, roles split off the names they are glued to (记者李明)."""
    text = SPACED_NAME.sub(lambda match: match.group(0).replace(" ", "").replace("\u3000", ""), text)
    parts: list[str] = []
    for chunk in SEPARATORS.split(text):
        position = 0
        for role in ROLE.finditer(chunk):
            parts += [chunk[position:role.start()], role.group(0)]
            position = role.end()
        parts.append(chunk[position:])
    return [part for part in parts if part]


@cache
def read_credit(text: str) -> Credit | None:
    """The outlet and names a credit gives (`某某日报记者 张三 通讯员 李四`, `张三/文 李四/图`, `张三 李四`);
    None when the text is prose rather than a credit. Names before any role are reporters too."""
    credit = Credit()
    unlabelled: list[str] = []
    group: list[str] = []  # the names since the last role, which a trailing role (报道, /图) may claim
    role: str | None = None
    parts = _parts(text.strip())
    for index, part in enumerate(parts):
        following = parts[index + 1] if index + 1 < len(parts) else ""
        if index == 0 and ROLE_OF.get(following) == REPORTER and (
                part.startswith(POSTING_PREFIXES) or OUTLET.fullmatch(part) or not _is_name_run(part)):
            credit.outlet = None if part.startswith(POSTING_PREFIXES) else plausible_outlet(part)
            credit.labelled = True
            continue
        if part in DATA["trailing_roles"] and group and (part not in ROLE_OF or not following):
            _assign(credit, unlabelled, group, DATA["trailing_roles"][part], claimed=True)
            group, role, credit.labelled = [], None, True
            continue
        if part in ROLE_OF or part in DATA["short_roles"]:
            role, group = ROLE_OF.get(part) or DATA["short_roles"][part], []
            credit.labelled = True
            continue
        if not _is_name_run(part):
            return None
        group.append(part)
        _assign(credit, unlabelled, [part], role, claimed=False)
    credit.reporters = [name for name in unlabelled if name not in credit.reporters] + credit.reporters
    return credit


def _assign(credit: Credit, unlabelled: list[str], names: list[str], role: str | None, claimed: bool) -> None:
    """Credit ``names`` to ``role``; a trailing role (``claimed``) takes them back from where they were put."""
    if claimed:
        for name in names:
            for bucket in (credit.reporters, credit.editors, unlabelled):
                if name in bucket:
                    bucket.remove(name)
    bucket = {REPORTER: credit.reporters, EDITOR: credit.editors, None: unlabelled}.get(role)
    if bucket is not None:
        bucket.extend(name for name in names if name not in bucket)


def note(found: dict[str, str], key: str, value: str, phrase: str) -> None:
    """Record ``value`` under ``key`` (``source.dateline``) with the phrase it was read from, unless the key
    already has a value: the first statement of each kind wins."""
    if value and key not in found:
        found[key] = value
        found[f"{key}{PHRASE_SUFFIX}"] = phrase.strip()


def record(found: dict[str, str], kind: str, credit: Credit, phrase: str) -> None:
    """Put what ``credit`` names into ``found`` under ``kind``, with the phrase it was read from."""
    if credit.outlet:
        note(found, f"source.{kind}", credit.outlet, phrase)
    if credit.reporters:
        note(found, f"reporter.{kind}", "、".join(credit.reporters), phrase)
    if credit.editors:
        found.setdefault("editor", "、".join(credit.editors))


def record_posted(found: dict[str, str], text: str) -> None:
    """The publication date of a header line, as an ISO date, unless one is known."""
    match = DATE.search(text)
    if match and "posted" not in found:
        year, month, day = (int(part) for part in match.groups())
        if calendar_date(year, month, day):
            found["posted"] = iso_date(year, month, day)


def _content_indexes(lines: list[str]) -> list[int]:
    return [index for index, line in enumerate(lines) if line.strip()]


def remove_header_credits(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop the page-header lines near the top that name the outlet (`某某网 2023-04-06 15:21`, a breadcrumb
    `某某网 > 要闻`), recording the outlet and the publication date."""
    lines = text.split("\n")
    removed = 0
    for index in _content_indexes(lines)[:DATA["header_window"]]:
        line = lines[index].strip()
        for kind, patterns in HEADER_LINES.items():
            match = next((found for pattern in patterns if (found := pattern.match(line))), None)
            if match and plausible_outlet(match["outlet"]):
                note(context.found, f"source.{kind}", plausible_outlet(match["outlet"]) or "", line)
                if match.groupdict().get("posted"):
                    record_posted(context.found, match["posted"])
                lines[index] = ""
                removed += 1
                break
    return "\n".join(lines), removed


def remove_credit_lines(text: str, context: CleaningContext) -> tuple[str, int]:
    """Drop lines that are only a credit (`本报记者 张三 通讯员 李四`, `文/张三`, `通讯员 李四`), recording what
    they name."""
    kept = []
    for line in text.split("\n"):
        credit = next((credit for pattern in CREDIT_LINES if (match := pattern.match(line.strip()))
                       and (credit := read_credit(match["credit"])) and credit.labelled), None)
        if credit:
            record(context.found, "credit", credit, line)
        else:
            kept.append(line)
    return "\n".join(kept), text.count("\n") + 1 - len(kept)


def _closing_credit(line: str) -> tuple[re.Match[str], Credit] | None:
    for pattern in CLOSING_CREDITS:
        match = pattern.search(line)
        if not match:
            continue
        groups = match.groupdict()
        if groups.get("organization"):
            return match, Credit(plausible_outlet(groups["organization"]), [groups["credit"]], labelled=True)
        if groups.get("outlet"):
            return match, Credit(outlet=plausible_outlet(groups["outlet"]), labelled=True)
        credit = read_credit(groups["credit"])
        if credit and credit.names_anyone:
            return match, credit
    return None


def remove_closing_credit(text: str, context: CleaningContext) -> tuple[str, int]:
    """Take the credits off the end of the article's last lines (`（记者 张三）`, `（来源：某某日报）`, a last line
    naming the outlet) into ``found``."""
    lines = text.split("\n")
    content = _content_indexes(lines)
    changes = 0
    if content and (outlet := CLOSING_OUTLET_LINE.match(lines[content[-1]].strip())):
        note(context.found, "source.closing", outlet["outlet"], outlet.group(0))
        lines[content.pop()] = ""
        changes += 1
    for index in reversed(content[-DATA["closing_window"]:]):
        line = lines[index].rstrip()
        found = _closing_credit(line)
        if not found:
            continue
        match, credit = found
        if not credit.labelled and index != content[-1]:  # (张三 李四) only closes the article
            continue
        kind = "label" if match.groupdict().get("outlet") else "credit"
        record(context.found, kind, credit, match.group(0))
        lines[index] = line[:match.start()].rstrip()
        changes += 1
    return "\n".join(line for index, line in enumerate(lines) if line.strip() or index not in content), changes


def dateline_match(lead: str) -> re.Match[str] | None:
    """The dateline opening ``lead`` (`本报讯（记者 张三）`, `某某网3月2日电`), if any."""
    return next((match for pattern in DATELINES if (match := pattern.match(lead))), None)


def read_dateline(text: str, context: CleaningContext) -> tuple[str, int]:
    """Record the outlet and reporters an opening dateline names, and an outlet whose reporter tells the lead
    (`某某日报记者从…获悉`); the text is left as it is."""
    lines = [line.strip() for line in text.split("\n") if line.strip()][:DATELINE_WINDOW]
    for line in lines:
        match = dateline_match(line)
        if match:
            outlet = plausible_outlet(match.groupdict().get("outlet"))
            credit_text = next((match[key] for key in ("credit", "reported", "plain")
                                if match.groupdict().get(key)), None)
            credit = (read_credit(credit_text) if credit_text else None) or Credit()
            credit.outlet = outlet or credit.outlet  # 【某某网讯】（某某日报记者…）: the dateline's outlet publishes
            record(context.found, "dateline", credit, match.group(0))
        for pattern in LEAD_OUTLETS:
            lead = pattern.search(line)
            outlet = plausible_outlet(lead["outlet"]) if lead else None
            if lead and outlet:
                note(context.found, "source.lead", outlet, lead.group(0).lstrip("，,。"))
    return text, 0


def strip_dateline(lead: str) -> str:
    """``lead`` without the dateline that opens it (`本报讯（记者 张三）`, `某某网讯：`)."""
    match = dateline_match(lead)
    return lead[match.end():] if match and 0 < match.end() < len(lead) else lead


def read_footer_outlet(line: str, found: dict[str, str]) -> None:
    """Record the outlet a footer line names (`版权所有：某某网`, `注明来源“某某网”`)."""
    for pattern in FOOTER_OUTLETS:
        match = pattern.search(line)
        if match and plausible_outlet(match["outlet"]):
            note(found, "source.footer", plausible_outlet(match["outlet"]) or "", match.group(0))


def read_names_before_labels(text: str, found: dict[str, str]) -> None:
    """Names standing alone before a header's labelled fields (`张三 李四 发布时间：…`) are its authors."""
    credit = read_credit(text) if text.strip() else None
    if credit and credit.reporters and not credit.outlet and all(len(name) <= 4 for name in credit.reporters):
        note(found, "reporter.author", "、".join(credit.reporters), text)


def settle_found(found: dict[str, str]) -> dict[str, str]:
    """One ``source`` and one ``reporter`` from every statement recorded, in the data file's order of trust."""
    settled = {key: found[key] for key in ("posted", "editor", "url") if found.get(key)}
    for key in ("source", "reporter"):
        for kind in DATA[f"{key}_order"]:
            value = found.get(f"{key}.{kind}")
            if key == "source":
                value = plausible_outlet(value)
            elif value and kind in ("label", "author"):
                credit = read_credit(value)
                value = "、".join(credit.reporters) if credit and credit.reporters else None
            if value:
                settled[key] = value
                if found.get(f"{key}.{kind}{PHRASE_SUFFIX}"):
                    settled[f"{key}{PHRASE_SUFFIX}"] = found[f"{key}.{kind}{PHRASE_SUFFIX}"]
                break
    return settled
