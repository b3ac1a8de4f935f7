"""Render every page of the site, and the data files, from records and the report."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any

import jinja2
import yaml

from generator.contracts.article import ArticleRecord
from generator.contracts.report import BuildReport
from generator.extract.sectors import sector_slugs
from generator.render.formatting import (
    format_yuan,
    preformatted,
    relative_file_url,
    relative_url,
    single_line,
    theme_safe,
)
from generator.render.groups import Group, group_by_region, group_by_sector

# Pages and folders under the docs folder that the generator owns (and so replaces on every build).
GENERATED_ROOTS: tuple[str, ...] = ("index.md", "articles", "regions", "sectors", "report.md", "data")
DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

SitePages = dict[str, str | bytes]


@cache
def template_environment(templates_dir: Path) -> jinja2.Environment:
    """Autoescaping is on: every value from an article lands in HTML as text."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters["yuan"] = format_yuan
    environment.filters["preformatted"] = preformatted
    return environment


def _plain(value: Any) -> Any:
    """Front-matter values as single-line plain data."""
    if isinstance(value, str):
        return single_line(value)
    if isinstance(value, dict):
        return {str(key): _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    return value


def front_matter_yaml(record: ArticleRecord) -> str:
    """The record's contract fields as YAML, written by a real dumper; the title made safe for the theme."""
    data = _plain(record.front_matter())
    data["title"] = theme_safe(record.title)
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=1_000_000, default_flow_style=False)


class SiteRenderer:
    """Renders each kind of page; knows where each page lives so it can link between them."""

    def __init__(self, records: list[ArticleRecord], report: BuildReport, templates_dir: Path,
                 data_records: list[ArticleRecord]) -> None:
        self.env = template_environment(templates_dir)
        self.records = records
        self.data_records = data_records
        self.report = report
        self.regions = group_by_region(records)
        self.sectors = group_by_sector(records, sector_slugs())
        self.region_of = {id(r): g for g in self.regions for r in g.records}
        self.sector_page = {g.name: f"sectors/{g.slug}.md" for g in self.sectors}

    def render(self, template: str, page: str, **context: Any) -> str:
        def link(to_page: str) -> str:
            return relative_url(page, to_page)

        def asset(to_file: str) -> str:
            return relative_file_url(page, to_file)

        return self.env.get_template(template).render(page=page, link=link, asset=asset, **context)

    def article_page(self, record: ArticleRecord) -> str:
        region = self.region_of.get(id(record))
        page = f"articles/{record.id}.md"
        return self.render(
            "article.md.j2",
            page,
            record=record,
            front_matter=front_matter_yaml(record),
            region_page=f"regions/{region.slug}.md" if region else None,
            sector_pages=self.sector_page,
        )

    def group_page(self, template: str, page: str, group: Group) -> str:
        return self.render(template, page, group=group, title=theme_safe(group.name))

    def pages(self) -> SitePages:
        pages: SitePages = {}
        total = sum(record.investment_yuan or 0 for record in self.records)
        provinces = sorted({g.province for g in self.regions if g.province})
        pages["index.md"] = self.render(
            "home.md.j2", "index.md", records=self.records, regions=self.regions, sectors=self.sectors,
            provinces=provinces, total_yuan=total, report=self.report,
        )
        for record in self.records:
            pages[f"articles/{record.id}.md"] = self.article_page(record)
        pages["regions/index.md"] = self.render("regions_index.md.j2", "regions/index.md", regions=self.regions)
        for group in self.regions:
            page = f"regions/{group.slug}.md"
            pages[page] = self.group_page("region.md.j2", page, group)
        pages["sectors/index.md"] = self.render("sectors_index.md.j2", "sectors/index.md", sectors=self.sectors)
        for group in self.sectors:
            page = f"sectors/{group.slug}.md"
            pages[page] = self.group_page("sector.md.j2", page, group)
        pages["report.md"] = self.render("report.md.j2", "report.md", report=self.report)
        pages["data/articles.jsonl"] = "".join(
            json.dumps(record.json_record(), ensure_ascii=False) + "\n" for record in self.data_records
        )
        pages["data/report.json"] = json.dumps(
            [entry.as_dict() for entry in self.report.entries], ensure_ascii=False, indent=1
        )
        return pages


def render_site(records: list[ArticleRecord], report: BuildReport, templates_dir: Path | None = None,
                data_records: list[ArticleRecord] | None = None) -> SitePages:
    """Every generated page and data file, keyed by its path under the docs folder.

    ``records`` get pages; ``data_records`` (default: the same) are the lines of ``data/articles.jsonl``, which
    also keeps republished copies merged into another page, marked by ``duplicate_of``.
    """
    templates = (templates_dir or DEFAULT_TEMPLATES).resolve()
    return SiteRenderer(records, report, templates, records if data_records is None else data_records).pages()
