"""The article record: the one structure every stage fills in and every page and data file is made from.

Field names follow the front-matter contract (``shared/docs/front-matter.md``); unknown is ``None`` or ``[]``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any

# Order of the contract's fields in front matter and JSON lines.
CONTRACT_FIELDS: tuple[str, ...] = (
    "id",
    "source_file",
    "title",
    "date",
    "date_text",
    "year",
    "region",
    "destinations",
    "sectors",
    "amounts",
    "investment_yuan",
    "signed_projects",
    "people",
    "organizations",
    "keywords",
    "summary",
    "source",
    "reporter",
    "url",
    "script",
    "cleanup",
    "warnings",
    "evidence",
)


@dataclass
class Region:
    """The jurisdiction doing the promotion, resolved against the gazetteer."""

    name: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    zone: str | None = None
    kind: str | None = None  # province | city | county | district | zone
    code: str | None = None  # six-digit administrative code of the most specific division, from the gazetteer


@dataclass
class Amount:
    """One sum of money as written, with its value in yuan when the currency is yuan."""

    text: str
    yuan: float | None
    qualifier: str | None = None
    currency: str = "人民币"


@dataclass
class Person:
    """A named official or executive."""

    name: str
    title: str | None = None
    organization: str | None = None


@dataclass
class ArticleRecord:
    """Everything the site knows about one article."""

    id: str
    source_file: str
    title: str
    body: str
    script: str = "simplified"
    date: str | None = None
    date_text: str | None = None
    year: int | None = None
    region: Region | None = None
    destinations: list[str] = field(default_factory=list)
    sectors: list[str] = field(default_factory=list)
    amounts: list[Amount] = field(default_factory=list)
    investment_yuan: float | None = None
    signed_projects: int | None = None
    people: list[Person] = field(default_factory=list)
    organizations: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)
    summary: str = ""
    source: str | None = None
    reporter: str | None = None
    url: str | None = None
    cleanup: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    # Beyond the contract: shown on the page, kept in the data file.
    captions: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)  # body paragraphs that are subheadings
    original_text: str = ""
    also_published: list[str] = field(default_factory=list)
    duplicate_of: str | None = None  # a republished copy: the id of the page that holds the story
    metadata_given: dict[str, Any] = field(default_factory=dict)

    def front_matter(self) -> dict[str, Any]:
        """The contract's fields, in contract order, as plain data for the YAML dumper."""
        data = asdict(self)
        front = {name: data[name] for name in CONTRACT_FIELDS}
        front["also_published"] = data["also_published"]
        return front

    def json_record(self) -> dict[str, Any]:
        """The front matter plus ``body`` and the extras: one line of ``data/articles.jsonl``."""
        data = self.front_matter()
        data["body"] = self.body
        data["captions"] = self.captions
        data["subheadings"] = self.subheadings
        data["duplicate_of"] = self.duplicate_of
        return data
