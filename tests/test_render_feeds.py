"""Atom feeds: valid per feedparser (no bozo), newest first and bounded, article text escaped, stable ids."""

from __future__ import annotations

import feedparser

from generator.contracts.article import ArticleRecord, Region
from generator.contracts.report import BuildReport
from generator.render import render_site
from generator.render.feeds import MAX_ENTRIES

JILIN = Region(name="通化市", province="吉林省", city="通化市", kind="city", code="220500")
HOSTILE = '<script>alert(1)</script> & "引号" ]]>'


def article(number: int, date: str | None, **fields: object) -> ArticleRecord:
    defaults: dict[str, object] = {"title": f"第{number}篇", "summary": f"第{number}篇的摘要。"}
    return ArticleRecord(id=f"a-{number}", source_file=f"{number}.txt", body="正文。", slug=f"di-{number}-pian",
                         date=date, **(defaults | fields))


def parsed(pages: dict, path: str) -> feedparser.FeedParserDict:
    feed = feedparser.parse(pages[path])
    assert not feed.bozo, feed.get("bozo_exception")
    assert feed.version == "atom10"
    return feed


def test_site_feed_holds_the_newest_dated_articles_newest_first_with_escaped_text() -> None:
    records = [article(number, f"2020-{1 + number % 12:02d}-{1 + number % 28:02d}") for number in range(60)]
    records.append(article(100, "2022-03", title=HOSTILE, summary=HOSTILE, sectors=[HOSTILE], region=JILIN))
    records.append(article(101, None))  # an entry needs a time: undated articles stay out of feeds
    feed = parsed(render_site(records, BuildReport(), site_url="https://example.org/digest/"), "feeds/articles.xml")
    assert feed.feed.title == "招商引资动态：最新文章"
    assert len(feed.entries) == MAX_ENTRIES
    newest = feed.entries[0]
    assert newest.title == HOSTILE and newest.summary == HOSTILE
    assert newest.link == "https://example.org/digest/articles/di-100-pian/"
    assert newest.updated.startswith("2022-03-01T00:00:00")
    times = [entry.updated_parsed for entry in feed.entries]
    assert times == sorted(times, reverse=True)
    assert "第101篇" not in {entry.title for entry in feed.entries}
    assert newest.id.startswith("urn:uuid:")
    assert feed.feed.updated == newest.updated  # the feed's time is its newest entry's: rebuilds write the same


def test_each_province_and_sector_has_its_feed_with_links_relative_without_a_site_address() -> None:
    records = [article(1, "2021-09-03", region=JILIN, sectors=["生物医药"]), article(2, "2021-10-01",
               sectors=["新能源"])]
    pages = render_site(records, BuildReport())
    province = parsed(pages, "feeds/provinces/220000.xml")
    assert [entry.title for entry in province.entries] == ["第1篇"]
    assert province.entries[0].link == "../../articles/di-1-pian/"
    assert [entry.title for entry in parsed(pages, "feeds/sectors/new-energy.xml").entries] == ["第2篇"]
    assert parsed(pages, "feeds/articles.xml").entries[0].link == "../articles/di-2-pian/"
    sector_page = pages["sectors/new-energy.md"]
    assert 'feed: "feeds/sectors/new-energy.xml"' in sector_page  # the theme links it from the page's head


def test_entry_ids_stay_the_same_from_build_to_build() -> None:
    first = parsed(render_site([article(1, "2021-09-03")], BuildReport()), "feeds/articles.xml")
    again = parsed(render_site([article(1, "2021-09-03"), article(2, "2020-01-01")], BuildReport()),
                   "feeds/articles.xml")
    assert first.entries[0].id == again.entries[0].id != again.entries[1].id
