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
from generator.render.dashboard import build_dashboard
from generator.render.downloads import ALL_AMOUNTS, ALL_ARTICLES, amounts_csv, articles_csv, columns
from generator.render.feeds import MAX_ENTRIES, SITE_FEED, FeedSpec, FeedWriter
from generator.render.formatting import (
    format_yuan,
    page_url,
    preformatted,
    relative_file_url,
    relative_url,
    single_line,
    theme_safe,
)
from generator.render.groups import Group, group_by_province, group_by_region, group_by_sector

# Pages and folders under the docs folder that the generator owns (and so replaces on every build).
GENERATED_ROOTS: tuple[str, ...] = (
    "index.md", "articles", "regions", "sectors", "report.md", "data", "downloads.md", "feeds",
)
SITE_NAME = "招商引资动态"
DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"

SitePages = dict[str, str | bytes]
# libyaml's emitter when PyYAML has it: the same text as the pure-Python SafeDumper (checked on the dev corpora
# and a generated 1,000-article corpus), four times faster; front matter was most of the time spent rendering.
YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


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
    if record.summary:  # Material prints it as the page's <meta name="description">
        data["description"] = single_line(record.summary)
    return yaml.dump(data, Dumper=YAML_DUMPER, allow_unicode=True, sort_keys=False, width=1_000_000,
                     default_flow_style=False)


class SiteRenderer:
    """Renders each kind of page; knows where each page lives so it can link between them."""

    def __init__(self, records: list[ArticleRecord], report: BuildReport, templates_dir: Path,
                 data_records: list[ArticleRecord], site_url: str | None = None) -> None:
        self.env = template_environment(templates_dir)
        self.records = records
        self.data_records = data_records
        self.report = report
        self.site_url = site_url
        self.regions = group_by_region(records)
        self.sectors = group_by_sector(records, sector_slugs())
        self.provinces = group_by_province(records)
        self.region_of = {id(r): g for g in self.regions for r in g.records}
        self.sector_page = {g.name: f"sectors/{g.slug}.md" for g in self.sectors}
        self.article_pages = {record.id: f"articles/{record.slug or record.id}.md" for record in records}
        self.feeds = FeedWriter(SITE_NAME, site_url, lambda record: page_url(self.article_page_path(record)))

    def article_page_path(self, record_or_id: ArticleRecord | str) -> str:
        """The page of an article (``articles/<slug>.md``), given the record or its id."""
        article_id = record_or_id if isinstance(record_or_id, str) else record_or_id.id
        return self.article_pages[article_id]

    def render(self, template: str, page: str, **context: Any) -> str:
        def link(to_page: str) -> str:
            return relative_url(page, to_page)

        def asset(to_file: str) -> str:
            return relative_file_url(page, to_file)

        return self.env.get_template(template).render(
            page=page, link=link, asset=asset, article_page=self.article_page_path, **context,
        )

    def article_page(self, record: ArticleRecord) -> str:
        region = self.region_of.get(id(record))
        return self.render(
            "article.md.j2",
            self.article_page_path(record),
            record=record,
            front_matter=front_matter_yaml(record),
            region_page=f"regions/{region.slug}.md" if region else None,
            sector_pages=self.sector_page,
        )

    def group_page(self, template: str, page: str, group: Group, download_csv: str, feed: FeedSpec | None) -> str:
        return self.render(template, page, group=group, title=theme_safe(group.name), download_csv=download_csv,
                           feed=feed)

    def feed_specs(self) -> list[FeedSpec]:
        """The site's feed, then one per province and per sector that has a dated article."""
        specs = [FeedSpec(SITE_FEED, f"{SITE_NAME}：最新文章", "最新文章", self.records)]
        for kind, groups in (("provinces", self.provinces), ("sectors", self.sectors)):
            specs += [FeedSpec(f"feeds/{kind}/{group.slug}.xml", f"{SITE_NAME}：{theme_safe(group.name)}",
                               theme_safe(group.name), group.records) for group in groups]
        return [spec for spec in specs if self.feeds.has_entries(spec)]

    def absolute_page_url(self, record: ArticleRecord) -> str:
        """The address of an article's page: absolute when the site's address is known, else from the site root."""
        return (self.site_url.rstrip("/") + "/" if self.site_url else "") + page_url(self.article_page_path(record))

    def data_files(self) -> SitePages:
        """The downloads: JSON Lines of every record, CSV of the pages' articles and amounts, per region and
        sector; and the build report as JSON."""
        files: SitePages = {
            "data/articles.jsonl": "".join(
                json.dumps(record.json_record(), ensure_ascii=False) + "\n" for record in self.data_records
            ),
            "data/report.json": json.dumps(
                [entry.as_dict() for entry in self.report.entries], ensure_ascii=False, indent=1
            ),
            ALL_ARTICLES: articles_csv(self.records, self.absolute_page_url),
            ALL_AMOUNTS: amounts_csv(self.records),
        }
        for kind, groups in (("regions", self.regions), ("sectors", self.sectors)):
            for group in groups:
                files[f"data/{kind}/{group.slug}.csv"] = articles_csv(group.records, self.absolute_page_url)
        return files

    def redirects(self) -> SitePages:
        """A small page at each article's old address (``articles/<id>/``) that sends the reader to its page."""
        stubs: SitePages = {}
        for record in self.records:
            if record.slug and record.slug != record.id:
                old = f"articles/{record.id}/index.html"
                target = relative_url(f"articles/{record.id}.md", self.article_page_path(record))
                stubs[old] = self.env.get_template("redirect.html.j2").render(
                    title=theme_safe(record.title), target=target,
                    canonical=self.absolute_page_url(record) if self.site_url else target,
                )
        return stubs

    def pages(self) -> SitePages:
        pages: SitePages = {}
        total = sum(record.investment_yuan or 0 for record in self.records)
        provinces = sorted({g.province for g in self.regions if g.province})
        feeds = {spec.path: spec for spec in self.feed_specs()}
        pages["index.md"] = self.render(
            "home.md.j2", "index.md", records=self.records, regions=self.regions, sectors=self.sectors,
            provinces=provinces, total_yuan=total, report=self.report,
            dashboard=build_dashboard(self.records, region_count=len(self.regions)),
            feed=feeds.get(SITE_FEED),
        )
        for record in self.records:
            pages[self.article_page_path(record)] = self.article_page(record)
        pages["regions/index.md"] = self.render("regions_index.md.j2", "regions/index.md", regions=self.regions)
        province_feed = {group.name: f"feeds/provinces/{group.slug}.xml" for group in self.provinces}
        for group in self.regions:
            page = f"regions/{group.slug}.md"
            pages[page] = self.group_page("region.md.j2", page, group, f"data/regions/{group.slug}.csv",
                                          feeds.get(province_feed.get(group.province or "", "")))
        pages["sectors/index.md"] = self.render("sectors_index.md.j2", "sectors/index.md", sectors=self.sectors)
        for group in self.sectors:
            page = f"sectors/{group.slug}.md"
            pages[page] = self.group_page("sector.md.j2", page, group, f"data/sectors/{group.slug}.csv",
                                          feeds.get(f"feeds/sectors/{group.slug}.xml"))
        pages["report.md"] = self.render("report.md.j2", "report.md", report=self.report)
        pages["downloads.md"] = self.render(
            "downloads.md.j2", "downloads.md", article_columns=columns("articles"), amount_columns=columns("amounts"),
            feed=feeds.get(SITE_FEED), feed_entries=MAX_ENTRIES,
        )
        for spec in feeds.values():
            pages[spec.path] = self.feeds.feed_xml(spec)
        pages.update(self.data_files())
        pages.update(self.redirects())
        return pages


def render_site(records: list[ArticleRecord], report: BuildReport, templates_dir: Path | None = None,
                data_records: list[ArticleRecord] | None = None, site_url: str | None = None) -> SitePages:
    """Every generated page and data file, keyed by its path under the docs folder.

    ``records`` get pages; ``data_records`` (default: the same) are the lines of ``data/articles.jsonl``, which
    also keeps republished copies merged into another page, marked by ``duplicate_of``. ``site_url`` (the
    published address) makes the feeds' and downloads' links absolute.
    """
    templates = (templates_dir or DEFAULT_TEMPLATES).resolve()
    data = records if data_records is None else data_records
    return SiteRenderer(records, report, templates, data, site_url).pages()
