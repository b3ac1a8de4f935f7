"""The dashboard, downloads, feeds and old addresses as a reader meets them, in Debian's headless Chromium."""

from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import feedparser
import pytest

from tests.conftest import screenshot
from tests.test_site import records

pytestmark = pytest.mark.browser

CHARTS = ("digest-chart-periods", "digest-chart-provinces", "digest-chart-sectors")
PAINTED_PIXELS = """canvas => {
  const pixels = canvas.getContext("2d").getImageData(0, 0, canvas.width, canvas.height).data;
  let painted = 0;
  for (let alpha = 3; alpha < pixels.length; alpha += 4) { if (pixels[alpha]) painted++; }
  return painted;
}"""


def chart_of(figure: str) -> str:
    """JavaScript for the Chart.js chart drawn in the figure ``figure`` of the dashboard."""
    return f"Chart.getChart(document.querySelector('#{figure} canvas'))"


def open_home(browser, base: str, width: int, **options: object):  # type: ignore[no-untyped-def]
    context = browser.new_context(viewport={"width": width, "height": 900}, locale="zh-CN", **options)
    tab = context.new_page()
    tab.goto(base)
    return context, tab


@pytest.mark.parametrize("width", [1280, 390])
def test_dashboard_charts_draw_on_desktop_and_phone(sample_site: Path, serve_site, browser, width: int) -> None:  # type: ignore[no-untyped-def]
    context, tab = open_home(browser, serve_site(sample_site), width)
    for chart in CHARTS:
        canvas = tab.locator(f"#{chart} canvas")
        canvas.wait_for(state="visible")
        box = canvas.bounding_box()
        assert box and box["width"] > 0.8 * min(width, 760) - 100 and box["height"] > 80, (chart, box)
        assert canvas.evaluate(PAINTED_PIXELS) > 500, chart
        assert tab.locator(f"#{chart} details.digest-chart-table").get_attribute("open") is None
    assert tab.evaluate("document.documentElement.scrollWidth") <= width  # nothing wider than the screen
    screenshot(tab, f"dashboard-{width}")
    context.close()


def test_charts_follow_the_dark_palette(sample_site: Path, serve_site, browser) -> None:  # type: ignore[no-untyped-def]
    context, tab = open_home(browser, serve_site(sample_site), 390)
    tick_colour = f"{chart_of('digest-chart-sectors')}.options.scales.x.ticks.color"
    tab.locator("#digest-chart-sectors canvas").wait_for(state="visible")
    light = tab.evaluate(tick_colour)
    tab.locator("form.md-header__option label").first.click()
    assert tab.locator("body").get_attribute("data-md-color-scheme") == "slate"
    tab.wait_for_function(f"{tick_colour} !== {light!r}")
    assert tab.locator("#digest-chart-sectors canvas").evaluate(PAINTED_PIXELS) > 500
    screenshot(tab, "dashboard-dark-390")
    context.close()


def test_without_javascript_the_tables_stand_in_for_the_charts(sample_site: Path, serve_site, browser) -> None:  # type: ignore[no-untyped-def]
    context, tab = open_home(browser, serve_site(sample_site), 1280, java_script_enabled=False)
    provinces = {record["region"]["province"] for record in records(sample_site) if record["region"]}
    for chart in CHARTS:
        assert not tab.locator(f"#{chart} canvas").is_visible()
        assert tab.locator(f"#{chart} details.digest-chart-table").get_attribute("open") is not None
    shown = tab.locator("#digest-chart-provinces tbody td:first-child").all_inner_texts()
    assert sorted(shown) == sorted(provinces)
    context.close()


def test_the_csv_download_opens_with_its_header(sample_site: Path, serve_site, page) -> None:  # type: ignore[no-untyped-def]
    page.goto(serve_site(sample_site) + "regions/")
    with page.expect_download() as download:
        page.get_by_role("link", name="全部文章（CSV）").click()
    data = Path(download.value.path()).read_bytes()
    assert data.startswith(b"\xef\xbb\xbf")
    table = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert list(table[0])[:5] == ["id", "title", "date", "date_text", "year"] and "investment_yuan" in table[0]
    built = {record["id"]: record for record in records(sample_site)}
    assert sorted(row["id"] for row in table) == sorted(built)
    for row in table:
        assert row["title"] == built[row["id"]]["title"]
    page.get_by_role("link", name="字段说明").click()
    page.wait_for_url(re.compile(r"/downloads/$"))
    assert page.locator("article code", has_text="investment_yuan").count() >= 1
    screenshot(page, "downloads")


def test_the_feed_parses_and_lists_the_newest_articles(sample_site: Path, serve_site, page) -> None:  # type: ignore[no-untyped-def]
    base = serve_site(sample_site)
    page.goto(base)
    href = page.locator('link[rel~="alternate"][type="application/atom+xml"]').first.get_attribute("href")
    response = page.request.get(base + str(href))
    assert response.ok and "xml" in response.headers["content-type"]
    feed = feedparser.parse(response.body())
    assert not feed.bozo, feed.get("bozo_exception")
    dated = sorted((record for record in records(sample_site) if record["date"]), key=lambda r: r["date"],
                   reverse=True)
    assert [entry.title for entry in feed.entries] == [record["title"] for record in dated]
    # Links are absolute, on mkdocs.yml's default site_url (the test server listens elsewhere).
    path = f"articles/{dated[0]['slug']}/"
    assert feed.entries[0].link == f"http://127.0.0.1:8000/{path}"
    page.goto(base + path)
    assert page.locator("article h1").inner_text() == dated[0]["title"]


def test_an_old_address_leads_to_the_article(sample_site: Path, serve_site, page) -> None:  # type: ignore[no-untyped-def]
    record = records(sample_site)[0]
    page.goto(f"{serve_site(sample_site)}articles/{record['id']}/")
    page.wait_for_url(re.compile(rf"/articles/{record['slug']}/$"))
    assert page.locator("article h1").inner_text() == record["title"]


def test_a_province_bar_tells_its_investment_on_hover(sample_site: Path, serve_site, browser) -> None:  # type: ignore[no-untyped-def]
    context, tab = open_home(browser, serve_site(sample_site), 1280)
    canvas = tab.locator("#digest-chart-provinces canvas")
    canvas.wait_for(state="visible")
    # The first bar is the province with most articles; hover the middle of it, as a reader would.
    chart = chart_of("digest-chart-provinces")
    bar = tab.evaluate(f"""() => {{
      const chart = {chart};
      const element = chart.getDatasetMeta(0).data[0];
      return {{x: (element.x + element.base) / 2, y: element.y, label: chart.data.labels[0]}};
    }}""")
    canvas.scroll_into_view_if_needed()
    box = canvas.bounding_box()
    tab.mouse.move(box["x"] + bar["x"], box["y"] + bar["y"])
    tab.wait_for_function(f"{chart}.tooltip.opacity > 0")
    tooltip = tab.evaluate(f"{chart}.tooltip.body.map(part => part.lines.concat(part.after).join(' '))")
    rows = tab.locator("#digest-chart-provinces tbody tr")
    table = {cells[0]: cells for cells in (rows.nth(n).locator("td").all_text_contents() for n in range(rows.count()))}
    name, articles, investment = table[bar["label"]]  # the folded table under the chart says the same
    assert tooltip and tooltip[0] == f"文章数: {articles} 投资额：{investment.replace('亿元', ' 亿元')}", tooltip
    context.close()
