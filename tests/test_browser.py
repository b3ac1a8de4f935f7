"""What a reader sees, checked in Debian's headless Chromium: navigation home → region → article, and the
Pagefind search (full text, filters, the panel on a phone)."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import SAMPLE_CORPUS, screenshot
from tests.search_ui import result_titles, search
from tests.test_site import records

pytestmark = pytest.mark.browser


def test_home_to_region_to_article(sample_site: Path, serve_site, page) -> None:
    base = serve_site(sample_site)
    page.goto(base)
    assert page.locator(".digest-stat-value").first.inner_text() == "5"
    screenshot(page, "home")

    page.get_by_role("link", name="按地区浏览").click()
    page.wait_for_url(re.compile(r"/regions/$"))
    page.locator("article .digest-provinces a").first.click()
    page.wait_for_url(re.compile(r"/provinces/\d{6}/$"))
    region_links = page.locator("article .digest-regions a")
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


def test_filtering_by_province_narrows_the_results(sample_site: Path, serve_site, page) -> None:
    built = records(sample_site)
    titles = search(page, serve_site(sample_site), "招商")
    assert sorted(titles) == sorted(r["title"] for r in built if "招商" in r["body"]), titles
    page.locator(".pagefind-ui__filter-name", has_text="省份").click()
    page.locator(".pagefind-ui__filter-value", has_text="安徽省").locator("input").check()
    page.wait_for_load_state("networkidle")
    anhui = [r["title"] for r in built if "招商" in r["body"] and r["region"]["province"] == "安徽省"]
    page.wait_for_function("n => document.querySelectorAll('.pagefind-ui__result').length === n", arg=len(anhui))
    screenshot(page, "search-filtered")
    assert 0 < len(anhui) < len(titles)
    assert result_titles(page) == anhui


def test_search_indexes_only_the_article_text(sample_site: Path, serve_site, page) -> None:
    # A disclaimer (如有侵犯…删除) is cleaned away: it remains only in the collapsed original. Pagefind matches
    # Chinese queries loosely, so these words were chosen because none of their characters is in any cleaned text.
    built = records(sample_site)
    for word in ("侵犯", "删除"):
        assert any(word in path.read_text("utf-8") for path in SAMPLE_CORPUS.glob("*.txt"))
        assert not any(word in r["body"] or word in r["title"] for r in built)
        assert search(page, serve_site(sample_site), word) == [], word


def test_search_panel_follows_the_dark_palette_on_a_phone(sample_site: Path, serve_site, browser) -> None:
    context = browser.new_context(viewport={"width": 390, "height": 844}, locale="zh-CN", color_scheme="dark")
    tab = context.new_page()
    titles = search(tab, serve_site(sample_site), "通化")
    screenshot(tab, "search-phone-dark")
    assert tab.locator("body").get_attribute("data-md-color-scheme") == "slate"
    panel = tab.locator(".digest-search__panel").bounding_box()
    assert panel is not None and panel["width"] <= 390
    background = tab.locator(".digest-search__panel").evaluate("e => getComputedStyle(e).backgroundColor")
    page_background = tab.locator("body").evaluate("e => getComputedStyle(e).backgroundColor")
    assert background == page_background != "rgb(255, 255, 255)"
    assert len(titles) >= 1
    context.close()


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


def test_results_can_be_sorted_newest_first(sample_site: Path, serve_site, page) -> None:
    built = [r for r in records(sample_site) if "招商" in r["body"]]
    dated = sorted((r for r in built if r["date"]), key=lambda r: r["date"], reverse=True)
    newest_first = [r["title"] for r in dated]
    assert len(dated) >= 2
    by_relevance = search(page, serve_site(sample_site), "招商")
    assert sorted(by_relevance) == sorted(r["title"] for r in built)
    assert by_relevance[: len(dated)] != newest_first  # else the test could not tell a sort from none
    page.select_option("#digest-search-sort", "desc")
    # The same results come back in the new order once the UI has searched again (after its debounce).
    page.wait_for_function(
        "expected => [...document.querySelectorAll('.pagefind-ui__result-title')]"
        ".map(title => title.innerText.trim()).slice(0, expected.length).join('|') === expected.join('|')",
        arg=newest_first, timeout=15_000)
    titles = result_titles(page)
    assert titles[: len(dated)] == newest_first  # undated articles come last
    assert sorted(titles) == sorted(r["title"] for r in built)
    screenshot(page, "search-sorted")


def test_sorting_keeps_the_query_and_the_ticked_filters(sample_site: Path, serve_site, page) -> None:
    built = [r for r in records(sample_site) if "招商" in r["body"]]
    jilin = [r for r in built if r["region"]["province"] == "吉林省"]
    newest_first = [r["title"] for r in sorted(jilin, key=lambda r: r["date"] or "0000", reverse=True)]
    assert 2 <= len(jilin) < len(built)
    search(page, serve_site(sample_site), "招商")
    page.locator(".pagefind-ui__filter-name", has_text="省份").click()
    page.locator(".pagefind-ui__filter-value", has_text="吉林省").locator("input").check()
    page.wait_for_function("n => document.querySelectorAll('.pagefind-ui__result').length === n", arg=len(jilin))
    by_relevance = result_titles(page)
    assert sorted(by_relevance) == sorted(newest_first)
    assert by_relevance != newest_first  # else the test could not tell a sort from none
    page.select_option("#digest-search-sort", "desc")
    page.wait_for_function(
        "expected => [...document.querySelectorAll('.pagefind-ui__result-title')]"
        ".map(title => title.innerText.trim()).join('|') === expected.join('|')",
        arg=newest_first, timeout=15_000)  # the filtered results, in the new order
    assert page.locator("#digest-search input.pagefind-ui__search-input").input_value() == "招商"
    assert page.locator(".pagefind-ui__filter-value", has_text="吉林省").locator("input").is_checked()
