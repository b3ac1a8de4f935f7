"""Render every page of the site, the data files and the feeds, from records and the report.

Long lists (a region's articles, the report, the organizations…) are split into pages of a fixed size
(``render/pagination.py``), so no page grows with the corpus; the complete lists are the data files.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

import yaml

from generator.contracts.article import ArticleRecord
from generator.contracts.report import BuildReport
from generator.extract.sectors import sector_slugs
from generator.render.dashboard import build_dashboard
from generator.render.downloads import ALL_AMOUNTS, ALL_ARTICLES, ArticleTable, amounts_csv, columns
from generator.render.environment import template_environment
from generator.render.feeds import MAX_ENTRIES, SITE_FEED, FeedSpec, FeedWriter
from generator.render.formatting import page_url, relative_file_url, relative_url, single_line, theme_safe
from generator.render.groups import (
    Group,
    group_by_destination,
    group_by_organization,
    group_by_region,
    group_by_sector,
    investment_total,
    newest_first,
    region_shares,
)
from generator.render.page_store import RenderedPages, render_fingerprint
from generator.render.pagination import paginate
from generator.render.provinces import Province, group_by_province
from generator.render.timeline import group_by_month, group_by_year, monthly_trend

# Pages and folders under the docs folder that the generator owns (and so replaces on every build).
GENERATED_ROOTS: tuple[str, ...] = (
    "index.md", "articles", "regions", "provinces", "sectors", "time", "organizations", "destinations",
    "report.md", "report", "data", "downloads.md", "feeds",
)
# The first line of a page body that is HTML throughout (every template but the home and downloads pages): the
# site plugin passes such a body through as it is instead of running Python-Markdown over it, which would only
# re-parse the HTML (a third of the MkDocs build's time). A template that writes Markdown must not carry it.
HTML_BODY = "<!-- digest:html -->"
SITE_NAME = "招商引资动态"
DEFAULT_TEMPLATES = Path(__file__).resolve().parents[2] / "templates"
LATEST_ON_HOME = 20
# Regions listed on an organization's or destination's page; the data files hold the rest.
MAX_REGION_SHARES = 100

SitePages = dict[str, str | bytes]
# libyaml's emitter when PyYAML has it: the same text as the pure-Python SafeDumper (checked on the dev corpora
# and a generated 1,000-article corpus), four times faster; front matter was most of the time spent rendering.
YAML_DUMPER = getattr(yaml, "CSafeDumper", yaml.SafeDumper)


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
                 data_records: list[ArticleRecord], site_url: str | None = None,
                 cache_dir: Path | None = None) -> None:
        self.env = template_environment(templates_dir)
        self.rendered = RenderedPages(cache_dir, render_fingerprint(templates_dir)) if cache_dir else None
        self.records = records  # input order: the data files keep it
        self.newest = newest_first(records)
        self.data_records = data_records
        self.report = report
        self.site_url = site_url
        self.regions = group_by_region(records)
        self.provinces = group_by_province(self.regions)
        self.sectors = group_by_sector(records, sector_slugs())
        self.organizations = group_by_organization(records)
        self.destinations = group_by_destination(records)
        self.years = group_by_year(records)
        self.months = group_by_month(records)
        self.region_of = {id(r): g for g in self.regions for r in g.records}
        self.province_of = {id(g): p for p in self.provinces for g in p.regions}
        self.sector_page = {g.name: f"sectors/{g.slug}.md" for g in self.sectors}
        self.organization_page = {g.name: f"organizations/{g.slug}.md" for g in self.organizations}
        self.destination_page = {g.name: f"destinations/{g.slug}.md" for g in self.destinations}
        self.article_pages = {record.id: f"articles/{record.slug or record.id}.md" for record in records}
        self.feeds = FeedWriter(SITE_NAME, site_url, lambda record: page_url(self.article_page_path(record)))
        self.feed_of: dict[str, FeedSpec] = {}  # the feeds that have entries, by path

    def article_page_path(self, record_or_id: ArticleRecord | str) -> str:
        """The page of an article (``articles/<slug>.md``), given the record or its id."""
        article_id = record_or_id if isinstance(record_or_id, str) else record_or_id.id
        return self.article_pages[article_id]

    def region_for(self, record: ArticleRecord) -> Group | None:
        return self.region_of.get(id(record))

    def province_feed(self, province: Province) -> FeedSpec | None:
        """The province's Atom feed, when it has one."""
        return self.feed_of.get(f"feeds/provinces/{province.slug}.xml")

    def render(self, template: str, page: str, **context: Any) -> str:
        """The page ``template`` makes of ``context``, from the rendered-page cache when it holds it."""
        return self.cached(template, page, context, lambda: context)

    def cached(self, template: str, page: str, values: dict[str, Any],
               context: Callable[[], dict[str, Any]]) -> str:
        """``template`` rendered at ``page`` with ``context()``, which is made of ``values`` and nothing else but
        values' pure functions: ``values`` key the page in the cache (``page_store.py``)."""
        key = self.rendered.key(template, page, values) if self.rendered else None
        if self.rendered and key:
            stored = self.rendered.get(key, self.article_pages)
            if stored is not None:
                return stored
        lookups: dict[str, str] = {}  # the article addresses the template asks for
        text = self.template_text(template, page, context(), lookups)
        if self.rendered and key:
            self.rendered.put(key, text, lookups)
        return text

    def template_text(self, template: str, page: str, context: dict[str, Any], lookups: dict[str, str]) -> str:
        """``template`` rendered at ``page``: links are made relative to it, and each article address it looks
        up by ``article_page`` is noted in ``lookups``."""
        def article_page(record_or_id: ArticleRecord | str) -> str:
            article_id = record_or_id if isinstance(record_or_id, str) else record_or_id.id
            lookups[article_id] = self.article_pages[article_id]
            return lookups[article_id]

        def link(to_page: str) -> str:
            return relative_url(page, to_page)

        def asset(to_file: str) -> str:
            return relative_file_url(page, to_file)

        return self.env.get_template(template).render(
            page=page, link=link, asset=asset, article_page=article_page, **context,
        )

    def listing(self, template: str, first_page: str, items: Sequence[Any], title: str,
                **context: Any) -> SitePages:
        """The pages of one paginated listing; every page gets ``items`` (its share) and ``pagination``."""
        return {
            listing_page.path: self.render(template, listing_page.path, items=listing_page.items,
                                           pagination=listing_page.pagination, title=theme_safe(title), **context)
            for listing_page in paginate(items, first_page)
        }

    def article_page(self, record: ArticleRecord) -> str:
        region = self.region_for(record)
        path = self.article_page_path(record)
        links = {  # the pages this one links to: the template reads nothing else of the other pages
            "region_page": f"regions/{region.slug}.md" if region else None,
            "sector_pages": {name: self.sector_page[name] for name in record.sectors if name in self.sector_page},
            "organization_pages": {name: self.organization_page[name] for name in record.organizations
                                   if name in self.organization_page},
            "destination_pages": {name: self.destination_page[name] for name in record.destinations
                                  if name in self.destination_page},
        }
        # The front matter is written from the record: the costliest part of the page, made only on a miss.
        return self.cached("article.md.j2", path, {"record": record, **links},
                           lambda: {"record": record, "front_matter": front_matter_yaml(record), **links})

    def region_pages(self) -> SitePages:
        pages = self.listing("regions_index.md.j2", "regions/index.md", self.provinces, "按地区浏览",
                             total_yuan=investment_total(self.records), article_count=len(self.records))
        for group in self.regions:
            province = self.province_of[id(group)]
            pages |= self.listing("region.md.j2", f"regions/{group.slug}.md", group.records, group.name,
                                  group=group, province_page=f"provinces/{province.slug}.md",
                                  download_csv=f"data/regions/{group.slug}.csv", feed=self.province_feed(province))
        for province in self.provinces:
            records = province.records
            pages |= self.listing("province.md.j2", f"provinces/{province.slug}.md", records, province.name,
                                  province=province, trend=monthly_trend(records), feed=self.province_feed(province))
        return pages

    def time_pages(self) -> SitePages:
        pages = {"time/index.md": self.render("time_index.md.j2", "time/index.md", years=self.years,
                                              trend=monthly_trend(self.records))}
        for year in self.years:
            months = [month for month in self.months if month.slug.startswith(year.slug + "-")]
            pages |= self.listing("period.md.j2", f"time/{year.slug}.md", year.records, year.name,
                                  group=year, months=months)
        for month in self.months:
            pages |= self.listing("period.md.j2", f"time/{month.slug}.md", month.records, month.name,
                                  group=month, months=[])
        return pages

    def mention_pages(self, folder: str, groups: list[Group], index_title: str, kind: str) -> SitePages:
        """The index and the pages of organizations or destinations: the articles naming each, the regions."""
        pages = self.listing("mentions_index.md.j2", f"{folder}/index.md", groups, index_title, kind=kind,
                             folder=folder)
        for group in groups:
            shares = region_shares(group, self.region_for)
            pages |= self.listing("mention.md.j2", f"{folder}/{group.slug}.md", group.records, group.name,
                                  group=group, kind=kind, index_page=f"{folder}/index.md", index_title=index_title,
                                  shares=shares[:MAX_REGION_SHARES], share_count=len(shares))
        return pages

    def sector_pages(self) -> SitePages:
        pages = {"sectors/index.md": self.render("sectors_index.md.j2", "sectors/index.md", sectors=self.sectors,
                                                 article_count=len(self.records))}
        for group in self.sectors:
            pages |= self.listing("sector.md.j2", f"sectors/{group.slug}.md", group.records, group.name,
                                  group=group, download_csv=f"data/sectors/{group.slug}.csv",
                                  feed=self.feed_of.get(f"feeds/sectors/{group.slug}.xml"))
        return pages

    def feed_specs(self) -> list[FeedSpec]:
        """The site's feed, then one per province and per sector that has a dated article."""
        specs = [FeedSpec(SITE_FEED, f"{SITE_NAME}：最新文章", "最新文章", self.records)]
        specs += [FeedSpec(f"feeds/provinces/{province.slug}.xml", f"{SITE_NAME}：{theme_safe(province.name)}",
                           theme_safe(province.name), province.records) for province in self.provinces if province.code]
        specs += [FeedSpec(f"feeds/sectors/{group.slug}.xml", f"{SITE_NAME}：{theme_safe(group.name)}",
                           theme_safe(group.name), group.records) for group in self.sectors]
        return [spec for spec in specs if self.feeds.has_entries(spec)]

    def absolute_page_url(self, record: ArticleRecord) -> str:
        """The address of an article's page: absolute when the site's address is known, else from the site root."""
        return (self.site_url.rstrip("/") + "/" if self.site_url else "") + page_url(self.article_page_path(record))

    def data_files(self) -> SitePages:
        """The downloads: JSON Lines of every record, CSV of the pages' articles and amounts, per region and
        sector; and the build report as JSON."""
        table = ArticleTable(self.absolute_page_url)
        files: SitePages = {
            "data/articles.jsonl": "".join(
                json.dumps(record.json_record(), ensure_ascii=False) + "\n" for record in self.data_records
            ),
            "data/report.json": json.dumps(
                [entry.as_dict() for entry in self.report.entries], ensure_ascii=False, indent=1
            ),
            ALL_ARTICLES: table.csv(self.records),
            ALL_AMOUNTS: amounts_csv(self.records),
        }
        for kind, groups in (("regions", self.regions), ("sectors", self.sectors)):
            for group in groups:
                files[f"data/{kind}/{group.slug}.csv"] = table.csv(group.records)
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
        self.feed_of = {spec.path: spec for spec in self.feed_specs()}
        site_feed = self.feed_of.get(SITE_FEED)
        pages: SitePages = {}
        pages["index.md"] = self.render(
            "home.md.j2", "index.md", latest=self.newest[:LATEST_ON_HOME], article_count=len(self.records),
            report=self.report, dashboard=build_dashboard(self.records, region_count=len(self.regions)),
            feed=site_feed,
        )
        pages |= self.listing("articles_index.md.j2", "articles/index.md", self.newest, "全部文章", feed=site_feed)
        for record in self.records:
            pages[self.article_page_path(record)] = self.article_page(record)
        pages |= self.region_pages()
        pages |= self.sector_pages()
        pages |= self.time_pages()
        pages |= self.mention_pages("organizations", self.organizations, "机构", "organization")
        pages |= self.mention_pages("destinations", self.destinations, "目的地", "destination")
        titles = {record.id: record.title for record in self.records}
        pages |= self.listing("report.md.j2", "report.md", self.report.entries, "构建报告", report=self.report,
                              titles=titles)
        pages["downloads.md"] = self.render(
            "downloads.md.j2", "downloads.md", article_columns=columns("articles"), amount_columns=columns("amounts"),
            feed=site_feed, feed_entries=MAX_ENTRIES,
        )
        for spec in self.feed_of.values():
            pages[spec.path] = self.feeds.feed_xml(spec)
        pages.update(self.data_files())
        pages.update(self.redirects())
        return pages


def render_site(records: list[ArticleRecord], report: BuildReport, templates_dir: Path | None = None,
                data_records: list[ArticleRecord] | None = None, site_url: str | None = None,
                cache_dir: Path | None = None) -> SitePages:
    """Every generated page and data file, keyed by its path under the docs folder.

    ``records`` get pages; ``data_records`` (default: the same) are the lines of ``data/articles.jsonl``, which
    also keeps republished copies merged into another page, marked by ``duplicate_of``. ``site_url`` (the
    published address) makes the feeds' and downloads' links absolute. With a ``cache_dir``, pages rendered
    by an earlier build from the same inputs are taken from it (``page_store.py``) and the entries this build
    did not use are removed.
    """
    templates = (templates_dir or DEFAULT_TEMPLATES).resolve()
    data = records if data_records is None else data_records
    renderer = SiteRenderer(records, report, templates, data, site_url, cache_dir)
    pages = renderer.pages()
    if renderer.rendered:
        renderer.rendered.store.prune()
    return pages
