"""The article record: the one structure every stage fills in and every page and data file is made from, and
the text extraction reads it from.

Field names follow the front-matter contract (``shared/docs/front-matter.md``); unknown is ``None`` or ``[]``.
``ArticleRecord`` declares the contract's fields in the contract's order; fields beyond the contract are declared
with ``extra()``. ``CONTRACT_FIELDS`` is read from the dataclass, never kept by hand.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields, is_dataclass
from typing import Any


def extra(**options: Any) -> Any:
    """A record field beyond the contract: kept in the data file, never in front matter."""
    return field(metadata={"contract": False}, **options)


@dataclass
class Region:
    """The jurisdiction doing the promotion, resolved against the gazetteer."""

    name: str
    province: str | None = None
    city: str | None = None
    county: str | None = None
    zone: str | None = None
    kind: str | None = None  # province | city | county | district | zone | town
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


@dataclass(kw_only=True)
class ArticleRecord:
    """Everything the site knows about one article: the contract's fields in its order, then the extras."""

    id: str
    source_file: str
    title: str
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
    script: str = "simplified"
    cleanup: dict[str, int] = field(default_factory=dict)
    warnings: list[str] = field(default_factory=list)
    evidence: dict[str, str] = field(default_factory=dict)
    # Beyond the contract: the text, what is shown on the page besides it, and what the data file keeps.
    body: str = extra(default="")
    headline: str | None = extra(default=None)  # the article's own headline, split off the body's top
    captions: list[str] = extra(default_factory=list)
    subheadings: list[str] = extra(default_factory=list)  # body paragraphs that are subheadings
    original_text: str = extra(default="")
    also_published: list[str] = extra(default_factory=list)
    duplicate_of: str | None = extra(default=None)  # a republished copy: the id of the page that holds the story
    slug: str | None = extra(default=None)  # the page: articles/<slug>/ (pinyin of the title); None for a copy
    metadata_given: dict[str, Any] = extra(default_factory=dict)

    def front_matter(self) -> dict[str, Any]:
        """The contract's fields, in contract order, as plain data for the YAML dumper (what ``asdict`` gives
        them, without copying the text and the extras that front matter leaves out)."""
        front = {name: _plain(getattr(self, name)) for name in CONTRACT_FIELDS}
        front["also_published"] = list(self.also_published)
        front["slug"] = self.slug
        return front

    def json_record(self) -> dict[str, Any]:
        """The front matter plus ``body`` and the extras: one line of ``data/articles.jsonl``."""
        data = self.front_matter()
        data["body"] = f"{self.headline}\n\n{self.body}" if self.headline else self.body  # the whole cleaned text
        data["captions"] = self.captions
        data["subheadings"] = self.subheadings
        data["duplicate_of"] = self.duplicate_of
        return data


def _plain(value: Any) -> Any:
    """A field's value as plain data: records as dicts, containers copied (as ``dataclasses.asdict`` does)."""
    if is_dataclass(value) and not isinstance(value, type):
        return asdict(value)
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    return value


# Order of the contract's fields in front matter and JSON lines: the record's own order.
CONTRACT_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(ArticleRecord) if f.metadata.get("contract", True))


@dataclass
class ArticleText:
    """What extractors read: the cleaned body, its own headline, and metadata found or given."""

    body: str
    headline: str | None = None
    found: dict[str, str] = field(default_factory=dict)  # harvested by cleaning: posted, reporter, source...
    given: dict[str, str] = field(default_factory=dict)  # the input file's own front matter

    @property
    def full_text(self) -> str:
        """Headline and body together, for extractors that should see the title too."""
        return f"{self.headline}\n\n{self.body}" if self.headline else self.body
