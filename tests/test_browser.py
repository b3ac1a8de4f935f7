"""What a reader sees, checked in Debian's headless Chromium: navigation home → region → article, and search."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout

from tests.conftest import screenshot
from tests.test_site import records

pytestmark = pytest.mark.browser


def search(tab, base_url: str, query: str) -> list[str]:
    """Type ``query`` into the site's search box and return the titles of the results."""
    tab.goto(base_url)
    box = tab.locator("input.md-search__input")
    box.click()
    box.type(query, delay=30)
    results = tab.locator(".md-search-result__item")
    for _ in range(3):
        try:
            results.first.wait_for(timeout=5_000)
            break
        except PlaywrightTimeout:
            # Keys typed while the search worker was still starting are not searched: touch the query again.
            tab.keyboard.press("Space")
            tab.keyboard.press("Backspace")
    # Material shows the jieba-segmented titles: words joined by invisible U+200B.
    return [t.replace("\u200b", "").strip() for t in tab.locator(".md-search-result__article h1").all_inner_texts()]


def test_home_to_region_to_article(sample_site: Path, serve_site, page) -> None:
    base = serve_site(sample_site)
    page.goto(base)
    assert page.locator(".digest-stat-value").first.inner_text() == "5"
    screenshot(page, "home")

    page.get_by_role("link", name="按地区浏览").click()
    page.wait_for_url(re.compile(r"/regions/$"))
    region_links = page.locator("article .digest-list:not(.digest-provinces) a")
    assert region_links.count() >= 1
    region_name = region_links.first.inner_text()
    region_links.first.click()
    page.wait_for_url(re.compile(r"/regions/[a-z0-9-]+/$"))
    assert page.locator("article h1").inner_text() == region_name
    screenshot(page, "region")

    article_link = page.locator("article .digest-list a").first
    title = article_link.inner_text()
    article_link.click()
    page.wait_for_url(re.compile(r"/articles/[a-z0-9-]+/$"))
    assert page.locator("article h1").inner_text() == title
    facts = page.locator(".digest-facts")
    for label in ("地区", "日期", "行业", "签约项目", "来源"):
        assert facts.get_by_text(label, exact=True).count() == 1, label
    assert page.locator(".digest-body p").count() >= 3
    # The article links back to its region page.
    assert page.locator(".digest-facts a.digest-region").inner_text() == region_name
    screenshot(page, "article")
    assert page.dialogs == []


def test_search_for_biomedicine_lists_the_articles_that_mention_it(sample_site: Path, serve_site, page) -> None:
    titles = search(page, serve_site(sample_site), "生物医药")
    screenshot(page, "search-biomedicine")
    mentioning = [r["title"] for r in records(sample_site) if "生物医药" in r["body"]]
    assert len(mentioning) >= 2
    for title in mentioning:
        assert title in titles, (title, titles)


def test_search_for_tonghua_finds_the_tonghua_article(sample_site: Path, serve_site, page) -> None:
    titles = search(page, serve_site(sample_site), "通化")
    screenshot(page, "search-tonghua")
    tonghua = [r["title"] for r in records(sample_site) if r["source_file"].startswith("002_")]
    assert tonghua[0] in titles, titles


def test_dark_mode_toggle_switches_scheme(sample_site: Path, serve_site, page) -> None:
    page.goto(serve_site(sample_site))
    before = page.locator("body").get_attribute("data-md-color-scheme")
    page.locator("form.md-header__option label").first.click()
    after = page.locator("body").get_attribute("data-md-color-scheme")
    assert {before, after} == {"default", "slate"}
