"""Atom feeds of the newest articles: the whole site's, and one per province and per sector.

Written by feedgen (which builds the XML with lxml, so article text is always escaped). Only dated articles are
in a feed, since an entry needs a time; each feed's own time is its newest entry's, so rebuilding the same
corpus writes the same feed. Links are absolute when the site's address is known, else relative to the feed.
"""

from __future__ import annotations

import posixpath
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta, timezone

from feedgen.feed import FeedGenerator

from generator.contracts.article import ArticleRecord

MAX_ENTRIES = 50
CHINA_TIME = timezone(timedelta(hours=8))
FEED_NAMESPACE = uuid.UUID("6f1d1c52-8a3e-4c55-9d65-2b1f0e0a7c31")  # fixed: entry ids stay the same forever
SITE_FEED = "feeds/articles.xml"


@dataclass(frozen=True)
class FeedSpec:
    """One feed: where it lives, its title, what it follows (``吉林省``, ``最新文章``) and the articles it may hold."""

    path: str
    title: str
    subject: str
    records: list[ArticleRecord]


def event_time(record: ArticleRecord) -> datetime | None:
    """Midnight in China of the article's date (a month or year counts from its first day)."""
    if not record.date:
        return None
    parts = [int(part) for part in record.date.split("-")] + [1, 1]
    return datetime(parts[0], parts[1], parts[2], tzinfo=CHINA_TIME)


def newest_dated(records: list[ArticleRecord]) -> list[tuple[datetime, ArticleRecord]]:
    dated = [(time, record) for record in records if (time := event_time(record))]
    dated.sort(key=lambda item: (item[0], item[1].date or "", item[1].id), reverse=True)
    return dated[:MAX_ENTRIES]


def stable_id(name: str) -> str:
    return uuid.uuid5(FEED_NAMESPACE, name).urn


class FeedWriter:
    """Writes feeds for one site; ``page_path`` gives an article's page (``articles/x.md``) for its link."""

    def __init__(self, site_name: str, site_url: str | None, page_url: Callable[[ArticleRecord], str]) -> None:
        self.site_name = site_name
        self.site_url = site_url.rstrip("/") + "/" if site_url else None
        self.page_url = page_url  # site-root-relative address of an article's page: articles/x/

    def address(self, feed_path: str, target: str) -> str:
        """``target`` (relative to the site root) as the feed links to it."""
        if self.site_url:
            return self.site_url + target
        return posixpath.relpath(target or ".", posixpath.dirname(feed_path)) + ("/" if target.endswith("/") else "")

    def has_entries(self, spec: FeedSpec) -> bool:
        return any(record.date for record in spec.records)

    def feed_xml(self, spec: FeedSpec) -> bytes:
        entries = newest_dated(spec.records)
        feed = FeedGenerator()
        feed.id(self.address(spec.path, spec.path) if self.site_url else stable_id(spec.path))
        feed.title(spec.title)
        feed.author({"name": self.site_name})
        feed.language("zh-CN")
        feed.link(href=self.address(spec.path, spec.path), rel="self", type="application/atom+xml")
        feed.link(href=self.address(spec.path, ""), rel="alternate", type="text/html")
        feed.updated(entries[0][0] if entries else datetime(1970, 1, 1, tzinfo=UTC))
        for time, record in reversed(entries):  # feedgen puts the last added first
            entry = feed.add_entry()
            entry.id(stable_id(f"article:{record.id}"))
            entry.title(record.title)
            entry.link(href=self.address(spec.path, self.page_url(record)), rel="alternate", type="text/html")
            entry.updated(time)
            entry.published(time)
            if record.summary:
                entry.summary(record.summary, type="text")
            for sector in record.sectors:
                entry.category(term=sector)
        return feed.atom_str(pretty=True)
