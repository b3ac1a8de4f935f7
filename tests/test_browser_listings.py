"""The listing pages in headless Chromium at a desktop (1280 px) and a phone (390 px) width: provinces list
their regions, organizations their articles, pagination reaches every article, tables sort, lists read on a
phone."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tests.conftest import screenshot
from tests.corpus_factory import write_corpus
from tests.sitebuild import build_site
from tests.test_site import records

pytestmark = pytest.mark.browser
WIDTHS = {"desktop": 1280, "phone": 390}
GENERATED_ARTICLES = 120


@pytest.fixture(params=sorted(WIDTHS), ids=sorted(WIDTHS))
def sized_page(request: pytest.FixtureRequest, page):  # type: ignore[no-untyped-def]
    page.set_viewport_size({"width": WIDTHS[request.param], "height": 900})
    page.width_name = request.param
    return page


@pytest.fixture(scope="module")
def generated_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("generated-corpus")
    write_corpus(corpus, GENERATED_ARTICLES)
    return build_site(tmp_path_factory.mktemp("generated-site"), corpus)


def test_a_province_page_lists_its_regions(sample_site: Path, serve_site, sized_page) -> None:
    tab = sized_page
    tab.goto(serve_site(sample_site) + "regions/")
    provinces = tab.locator("article .digest-provinces a")
    assert provinces.count() == 4
    # Administrative-code order: 吉林 22, 江苏 32, 安徽 34, 山东 37.
    assert provinces.all_inner_texts() == ["吉林省", "江苏省", "安徽省", "山东省"]
    provinces.first.click()
    tab.wait_for_url(re.compile(r"/provinces/220000/$"))
    assert tab.locator("article h1").inner_text() == "吉林省"
    regions = tab.locator("article .digest-regions a").all_inner_texts()
    expected = {r["region"]["name"] for r in records(sample_site) if r["region"]["province"] == "吉林省"}
    assert set(regions) == expected
    assert tab.locator("article .digest-trend tbody tr").count() >= 1
    screenshot(tab, f"province-{tab.width_name}")
    tab.locator("article .digest-regions a").first.click()
    tab.wait_for_url(re.compile(r"/regions/[a-z0-9-]+/$"))
    screenshot(tab, f"region-{tab.width_name}")


def test_an_organization_from_the_facts_panel_lists_its_articles(sample_site: Path, serve_site, sized_page) -> None:
    tab = sized_page
    record = next(r for r in records(sample_site) if r["organizations"])
    tab.goto(f"{serve_site(sample_site)}articles/{record['id']}/")
    organization = tab.locator(".digest-facts a.digest-organization").first
    name = organization.inner_text()
    organization.click()
    tab.wait_for_url(re.compile(r"/organizations/[a-z0-9-]+/$"))
    assert tab.locator("article h1").inner_text() == name
    titles = tab.locator("article .digest-articles .digest-cell-title a").all_inner_texts()
    naming = {r["title"] for r in records(sample_site) if name in r["organizations"]}
    assert set(titles) == naming
    assert tab.locator("article .digest-shares a").first.inner_text() == record["region"]["name"]
    screenshot(tab, f"organization-{tab.width_name}")


def test_article_lists_read_on_every_width(sample_site: Path, serve_site, sized_page) -> None:
    tab = sized_page
    tab.goto(serve_site(sample_site))
    screenshot(tab, f"home-{tab.width_name}")
    content = tab.locator("article").bounding_box()
    for cell in tab.locator(".digest-articles .digest-cell-title").all():
        box = cell.bounding_box()
        # On a phone the title takes the card's whole width; on a desktop it is the widest column.
        assert box["width"] >= (0.9 if tab.width_name == "phone" else 0.35) * content["width"], box
    assert tab.evaluate("document.documentElement.scrollWidth") <= WIDTHS[tab.width_name]


def test_pagination_reaches_every_article(generated_site: Path, serve_site, sized_page) -> None:
    tab = sized_page
    tab.goto(serve_site(generated_site) + "articles/")
    titles: list[str] = []
    while True:
        titles += tab.locator("article .digest-articles .digest-cell-title a").all_inner_texts()
        following = tab.locator("nav.digest-pagination a[rel=next]")
        if following.count() == 0:
            break
        following.click()
        tab.wait_for_url(re.compile(r"/articles/page/\d+/$"))
    screenshot(tab, f"articles-last-page-{tab.width_name}")
    assert sorted(titles) == sorted(r["title"] for r in records(generated_site) if r["duplicate_of"] is None)
    assert len(titles) == GENERATED_ARTICLES


def test_tables_sort_when_a_header_is_clicked(generated_site: Path, serve_site, sized_page) -> None:
    tab = sized_page
    tab.goto(serve_site(generated_site) + "regions/")
    table = tab.locator("article table.digest-provinces")
    header = table.locator("th", has_text="文章")
    counts = lambda: [int(text) for text in table.locator("tbody td:nth-child(3)").all_inner_texts()]  # noqa: E731
    header.click()
    assert counts() == sorted(counts())
    header.click()
    assert counts() == sorted(counts(), reverse=True)
    assert header.get_attribute("aria-sort") == "descending"


def test_the_not_found_page_speaks_chinese(sample_site: Path, serve_site, page) -> None:
    page.goto(serve_site(sample_site) + "404.html")
    assert "页面不存在" in page.locator("article h1").inner_text()
