"""The dataset as spreadsheet files: every article, every amount, and the articles of each region and sector.

Files are CSV written by the csv module, UTF-8 with a byte-order mark so that Excel reads the Chinese text.
A text cell that starts with ``= + - @`` (or a tab or carriage return) gets a leading apostrophe, so a
spreadsheet shows it as text instead of running it as a formula. Columns and their descriptions for the field
dictionary page come from ``data/downloads.yaml``.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from functools import cache
from typing import Any

from generator.contracts.article import ArticleRecord
from generator.text.data import load_yaml

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
ALL_ARTICLES = "data/articles.csv"
ALL_AMOUNTS = "data/amounts.csv"


@dataclass(frozen=True)
class Column:
    """One CSV column and what the field dictionary says about it."""

    column: str
    field: str
    meaning: str
    how: str
    format: str | None = None


@cache
def columns(table: str) -> tuple[Column, ...]:
    """The columns of ``table`` (``articles`` or ``amounts``), in order."""
    return tuple(Column(**spec) for spec in load_yaml("generator.render", "downloads.yaml")[table])


def spreadsheet_safe(text: str) -> str:
    """``=HYPERLINK(…)`` → ``'=HYPERLINK(…)``: text a spreadsheet will not evaluate."""
    return "'" + text if text.startswith(FORMULA_STARTS) else text


def cell(value: Any) -> str | int | float:
    """One value as a CSV cell: unknown is empty, whole numbers have no ``.0``, text is spreadsheet-safe."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float) and value.is_integer():
        return int(value)
    if isinstance(value, int | float):
        return value
    return spreadsheet_safe(str(value))


def person_text(person: dict[str, Any]) -> str:
    name = f"{person.get('title') or ''}{person['name']}"
    organization = person.get("organization")
    return f"{name}（{organization}）" if organization and organization not in (person.get("title") or "") else name


FORMATS: dict[str, Callable[[Any], str]] = {
    "join": lambda items: "、".join(items),
    "amounts": lambda amounts: "；".join(amount["text"] for amount in amounts),
    "people": lambda people: "、".join(person_text(person) for person in people),
}


def field_value(data: dict[str, Any], column: Column) -> Any:
    """The value at ``column.field`` (a dotted path) in ``data``, formatted into one cell."""
    value: Any = data
    for key in column.field.split("."):
        value = value.get(key) if isinstance(value, dict) else None
    if column.format and value is not None:
        return FORMATS[column.format](value)
    return value


def _csv_file(table_columns: tuple[Column, ...], cell_rows: Iterable[list[Any]]) -> bytes:
    """A CSV file: header of column names, then the rows' cells, UTF-8 with BOM."""
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer)
    writer.writerow([column.column for column in table_columns])
    writer.writerows(cell_rows)
    return buffer.getvalue().encode("utf-8-sig")


def csv_bytes(table: str, rows: Iterable[dict[str, Any]]) -> bytes:
    """A CSV file of ``rows`` with the columns of ``table``."""
    table_columns = columns(table)
    return _csv_file(table_columns, ([cell(field_value(row, column)) for column in table_columns] for row in rows))


class ArticleTable:
    """The articles table, each record's cells made once however many files list it (the whole site's, its
    region's, each of its sectors')."""

    def __init__(self, page_url: Callable[[ArticleRecord], str]) -> None:
        self.page_url = page_url
        self.columns = columns("articles")
        self.cells: dict[int, list[Any]] = {}

    def row(self, record: ArticleRecord) -> list[Any]:
        cells = self.cells.get(id(record))
        if cells is None:
            row = record.front_matter()
            row["page"] = self.page_url(record)
            cells = self.cells[id(record)] = [cell(field_value(row, column)) for column in self.columns]
        return cells

    def csv(self, records: Iterable[ArticleRecord]) -> bytes:
        """A CSV file of ``records``."""
        return _csv_file(self.columns, (self.row(record) for record in records))


def amount_rows(records: Iterable[ArticleRecord]) -> Iterable[dict[str, Any]]:
    """One row per amount, with the article it belongs to."""
    for record in records:
        region = record.region
        for amount in record.amounts:
            yield {"id": record.id, "title": record.title, "date": record.date,
                   "province": region.province if region else None, "region": region.name if region else None,
                   "text": amount.text, "yuan": amount.yuan, "qualifier": amount.qualifier,
                   "currency": amount.currency}


def amounts_csv(records: Iterable[ArticleRecord]) -> bytes:
    return csv_bytes("amounts", amount_rows(records))
