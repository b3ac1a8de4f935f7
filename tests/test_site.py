"""The sample corpus built by real MkDocs: every page exists, Pagefind indexes the articles, navigation stays small."""

from __future__ import annotations

import json
import re
from pathlib import Path

from tests.sitebuild import REPO
from tests.visible_text import english_ui_strings

ARTICLE_STEMS = sorted(path.stem for path in (REPO / "articles").glob("*.txt"))


def records(site: Path) -> list[dict]:
    return [json.loads(line) for line in (site / "data" / "articles.jsonl").read_text("utf-8").splitlines()]


def test_every_sample_article_has_a_page(sample_site: Path) -> None:
    built = records(sample_site)
    assert sorted(Path(r["source_file"]).stem for r in built) == ARTICLE_STEMS
    for record in built:
        page = sample_site / "articles" / record["slug"] / "index.html"
        assert page.is_file(), record["slug"]
        html = page.read_text("utf-8")
        assert record["summary"][:10] in html.replace("&quot;", '"')


def test_indexes_report_and_taxonomy_pages_exist(sample_site: Path) -> None:
    for page in ("index.html", "regions/index.html", "sectors/index.html", "report/index.html", "about/index.html"):
        assert (sample_site / page).is_file(), page
    regions_html = (sample_site / "regions" / "index.html").read_text("utf-8")
    province_links = set(re.findall(r'href="\.\./provinces/(\d{6})/"', regions_html))
    province_pages = {p.name for p in (sample_site / "provinces").iterdir() if p.is_dir()}
    assert province_pages and province_links == province_pages
    region_links = set()
    for province in province_pages:
        html = (sample_site / "provinces" / province / "index.html").read_text("utf-8")
        region_links |= set(re.findall(r'href="\.\./\.\./regions/([^"/]+)/"', html))
    region_pages = [p for p in (sample_site / "regions").iterdir() if p.is_dir()]
    assert region_pages, "no region page was built"
    for folder in region_pages:
        assert folder.name in region_links, f"region page {folder.name} is not linked from a province page"
    sector_pages = [p for p in (sample_site / "sectors").iterdir() if p.is_dir()]
    assert sector_pages, "no sector page was built"
    every_sector = {s for r in records(sample_site) for s in r["sectors"]}
    assert len(sector_pages) == len(every_sector)


def test_report_lists_every_input(sample_site: Path) -> None:
    report = json.loads((sample_site / "data" / "report.json").read_text("utf-8"))
    assert sorted(Path(entry["file"]).stem for entry in report) == ARTICLE_STEMS
    assert {entry["status"] for entry in report} == {"built"}
    html = (sample_site / "report" / "index.html").read_text("utf-8")
    for stem in ARTICLE_STEMS:
        assert stem in html


def test_search_index_holds_the_article_pages_only(sample_site: Path) -> None:
    entry = json.loads((sample_site / "pagefind" / "pagefind-entry.json").read_text("utf-8"))
    assert list(entry["languages"]) == ["zh"]  # from <html lang="zh">: the extended build segments it
    assert entry["languages"]["zh"]["page_count"] == len(records(sample_site))  # no home, region or report page
    for asset in ("pagefind-ui.js", "pagefind-ui.css", "pagefind.js"):  # written by the build: no CDN
        assert (sample_site / "pagefind" / asset).is_file()
    html = (sample_site / "index.html").read_text("utf-8")
    assert 'src="pagefind/pagefind-ui.js"' in html and "md-search__input" not in html


def test_navigation_lists_index_pages_only(sample_site: Path) -> None:
    html = (sample_site / "index.html").read_text("utf-8")
    nav = " ".join(re.findall(r"<nav\b.*?</nav>", html, flags=re.DOTALL))
    assert "articles/" not in nav
    for label in ("首页", "地区", "行业", "构建报告"):
        assert label in nav


def test_home_page_states_what_the_digest_covers(sample_site: Path) -> None:
    html = (sample_site / "index.html").read_text("utf-8")
    stats = re.findall(r'digest-stat-value">([^<]+)<', html)
    assert stats[0] == str(len(ARTICLE_STEMS))
    assert len(stats) == 4 and stats[3].endswith("元")


def test_share_ready_pages_sitemap_descriptions_and_old_addresses(sample_site: Path) -> None:
    sitemap = (sample_site / "sitemap.xml").read_text("utf-8")
    site_url = "http://127.0.0.1:8000/"  # mkdocs.yml's default when SITE_URL is not set
    for record in records(sample_site):
        assert f"<loc>{site_url}articles/{record['slug']}/</loc>" in sitemap
        assert f"articles/{record['id']}/" not in sitemap  # the redirect stubs are not pages
        html = (sample_site / "articles" / record["slug"] / "index.html").read_text("utf-8")
        description = re.search(r'<meta name="description" content="([^"]*)"', html)
        assert description and description.group(1).replace("&quot;", '"').startswith(record["summary"][:20])
        old = (sample_site / "articles" / record["id"] / "index.html").read_text("utf-8")
        assert f'url=../{record["slug"]}/"' in old and record["title"][:8] in old
        assert re.fullmatch(r"[a-z0-9]+(-[a-z0-9]+)*-[0-9a-f]{6}", record["slug"]), record["slug"]


def test_every_page_links_the_site_feed_and_listings_their_own(sample_site: Path) -> None:
    feed_link = re.compile(r'<link rel="alternate feed" type="application/atom\+xml" title="([^"]+)" href="([^"]+)"')
    home = feed_link.findall((sample_site / "index.html").read_text("utf-8"))
    assert home == [("招商引资动态：最新文章", "feeds/articles.xml")]
    sector = feed_link.findall((sample_site / "sectors" / "biomedicine" / "index.html").read_text("utf-8"))
    assert sector == [("招商引资动态：最新文章", "../../feeds/articles.xml"),
                      ("招商引资动态：生物医药", "../../feeds/sectors/biomedicine.xml")]
    assert "订阅生物医药（Atom）" in (sample_site / "sectors" / "biomedicine" / "index.html").read_text("utf-8")
    # A region page offers its province's feed, and says so.
    tonghua = next(r for r in records(sample_site) if r["region"] and r["region"]["city"] == "通化市")
    region_page = sample_site / "regions" / tonghua["region"]["code"] / "index.html"
    region_links = feed_link.findall(region_page.read_text("utf-8"))
    assert region_links[1] == ("招商引资动态：吉林省", "../../feeds/provinces/220000.xml")
    assert "订阅吉林省（Atom）" in region_page.read_text("utf-8")
    for folder, links in ((sample_site, home), (sample_site / "sectors" / "biomedicine", sector)):
        for _, href in links:
            assert (folder / href).resolve().is_file(), href


def test_listing_pages_link_the_downloads(sample_site: Path) -> None:
    for listing in ("index.html", "regions/index.html", "sectors/index.html", "sectors/biomedicine/index.html"):
        html = (sample_site / listing).read_text("utf-8")
        assert 'class="digest-downloads"' in html and "articles.csv" in html and "字段说明" in html, listing
    sector = (sample_site / "sectors" / "biomedicine" / "index.html").read_text("utf-8")
    assert 'href="../../data/sectors/biomedicine.csv"' in sector
    assert (sample_site / "data" / "sectors" / "biomedicine.csv").read_bytes().startswith(b"\xef\xbb\xbfid,title,")
    assert "数据下载" in " ".join(re.findall(r"<nav\b.*?</nav>", sector, flags=re.DOTALL))


def test_no_english_ui_string_on_any_page(sample_site: Path) -> None:
    assert english_ui_strings(sample_site) == {}


def test_the_404_page_is_chinese(sample_site: Path) -> None:
    html = (sample_site / "404.html").read_text("utf-8")
    assert "页面不存在" in html and "返回首页" in html
