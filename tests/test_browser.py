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


GLYPH_PIXELS = """([first, second]) => {
    // Draw each character in the page's own body font and return its pixels: the font that reaches a reader.
    const font = getComputedStyle(document.body).fontFamily;
    const draw = (character) => {
        const canvas = document.createElement("canvas");
        canvas.width = canvas.height = 48;
        const context = canvas.getContext("2d");
        context.font = `40px ${font}`;
        context.fillText(character, 4, 40);
        return Array.from(context.getImageData(0, 0, 48, 48).data).join(",");
    };
    return [draw(first), draw(second), draw("\\uE000")];
}"""


def test_chinese_text_renders_as_glyphs_not_empty_boxes(sample_site: Path, serve_site, page) -> None:
    """Without a CJK font every character is the same missing-glyph box: two different characters then draw
    the same pixels, and the same pixels as a private-use character that no font has."""
    page.goto(serve_site(sample_site))
    first, second, missing = page.evaluate(GLYPH_PIXELS, ["招", "商"])
    assert first != second, "两个不同的汉字画成了同样的图形：缺少中文字体"
    assert first != missing and second != missing, "汉字画成了缺字方框：缺少中文字体"
