"""Listing pages rendered from records: pagination, provinces, time, organizations and destinations, totals
that mean what they say, Chinese for every word the build writes in English, numbers as a reader writes them."""

from __future__ import annotations

import posixpath
import re

from generator.contracts.article import Amount, ArticleRecord, Region
from generator.contracts.report import BUILT, MERGED, SKIPPED, BuildReport, ReportEntry
from generator.render import render_site
from generator.render.formatting import format_yuan, headline_investment
from generator.render.messages import chinese_message, field_label
from generator.render.pagination import PAGE_SIZE

TONGHUA = Region(name="通化市", province="吉林省", city="通化市", kind="city", code="220500")
DONGCHANG = Region(name="东昌区", province="吉林省", city="通化市", county="东昌区", kind="district", code="220502")
HANGZHOU_ZONE = Region(name="杭州经开区", province="浙江省", city="杭州市", zone="杭州经济技术开发区", kind="zone",
                       code="330100")
HEFEI = Region(name="合肥市", province="安徽省", city="合肥市", kind="city", code="340100")
JINAN = Region(name="济南市", province="山东省", city="济南市", kind="city", code="370100")


def article(number: int, region: Region | None = TONGHUA, date: str | None = "2021-09-03",
            yuan: float | None = None, **fields: object) -> ArticleRecord:
    defaults: dict[str, object] = {"title": f"第{number}篇招商新闻", "body": "第一段。\n\n第二段。"}
    return ArticleRecord(id=f"a-{number:04d}", source_file=f"a{number}.txt", region=region, date=date,
                         investment_yuan=yuan, **(defaults | fields))


def built(records: list[ArticleRecord], *extra: ReportEntry) -> dict[str, str]:
    entries = [ReportEntry(file=r.source_file, status=BUILT, id=r.id, warnings=r.warnings) for r in records]
    report = BuildReport(entries + list(extra))
    return {path: content for path, content in render_site(records, report).items() if isinstance(content, str)}


def links(pages: dict[str, str], page: str) -> list[str]:
    """The generated pages ``page`` links to, as docs paths."""
    here = page.removesuffix(".md").removesuffix("index")
    here = here if here.endswith("/") or not here else here + "/"
    targets = []
    for href in re.findall(r'href="([^"#]+)"', pages[page]):
        url = posixpath.normpath(posixpath.join(here or ".", href))
        for candidate in (f"{url}.md", f"{url}/index.md", "index.md" if url == "." else ""):
            if candidate in pages:
                targets.append(candidate)
                break
    return targets


def crawl(pages: dict[str, str], start: str, within: str) -> set[str]:
    """Every page reachable from ``start`` through pages whose path starts with ``within``."""
    seen, todo = {start}, [start]
    while todo:
        for target in links(pages, todo.pop()):
            if target.startswith(within) and target not in seen:
                seen.add(target)
                todo.append(target)
    return seen


def article_links(pages: dict[str, str], listing_pages: set[str]) -> set[str]:
    return {target for page in listing_pages for target in links(pages, page) if target.startswith("articles/a-")}


def test_pagination_links_reach_every_article_of_a_region() -> None:
    records = [article(n, date=f"20{10 + n % 12}-{1 + n % 12:02d}-01") for n in range(2 * PAGE_SIZE + 13)]
    pages = built(records)
    region_pages = crawl(pages, "regions/220500.md", "regions/220500")
    assert region_pages == {"regions/220500.md", "regions/220500/page/2.md", "regions/220500/page/3.md"}
    assert article_links(pages, region_pages) == {f"articles/{r.id}.md" for r in records}
    for page in region_pages:
        assert pages[page].count('<td class="digest-cell-title">') <= PAGE_SIZE


def test_region_pages_list_newest_first_across_pages() -> None:
    records = [article(n, date=f"2020-01-{1 + n % 28:02d}") for n in range(PAGE_SIZE + 5)]
    pages = built(records)
    dates = re.findall(r'<td class="digest-cell-date">([^<]+)<', pages["regions/220500.md"])
    dates += re.findall(r'<td class="digest-cell-date">([^<]+)<', pages["regions/220500/page/2.md"])
    assert dates == sorted(dates, reverse=True) and len(dates) == PAGE_SIZE + 5
    assert "第 51–55 条，共 55 条" in pages["regions/220500/page/2.md"]
    assert 'rel="prev"' in pages["regions/220500/page/2.md"] and 'rel="next"' not in pages["regions/220500/page/2.md"]


def test_every_listing_is_paginated() -> None:
    records = [article(n, organizations=["华景新材料有限公司"], destinations=["深圳市"], sectors=["新材料"])
               for n in range(PAGE_SIZE + 1)]
    report = [ReportEntry(file=f"bad{n}.bin", status=SKIPPED, reason="binary file: PNG image")
              for n in range(PAGE_SIZE)]
    pages = built(records, *report)
    org = next(path for path in pages if path.startswith("organizations/a-") and path.count("/") == 1)
    destination = next(path for path in pages if path.startswith("destinations/a-") and path.count("/") == 1)
    for listing in ("articles/index.md", "report.md", "regions/220500.md", "provinces/220000.md", "time/2021.md",
                    "time/2021-09.md", "sectors/new-materials.md", org, destination):
        assert listing.removesuffix(".md").removesuffix("/index") + "/page/2.md" in pages or \
            listing == "articles/index.md" and "articles/page/2.md" in pages, listing


def test_the_home_page_lists_only_the_latest_and_links_to_the_full_listing() -> None:
    records = [article(n, date=f"2019-{1 + n % 12:02d}-{1 + n % 28:02d}") for n in range(80)]
    home = built(records)["index.md"]
    assert home.count('<td class="digest-cell-title">') == 20
    assert 'href="articles/"' in home


def test_provinces_are_in_administrative_code_order_with_their_regions() -> None:
    records = [article(1, JINAN), article(2, HEFEI), article(3, HANGZHOU_ZONE), article(4, DONGCHANG),
               article(5, TONGHUA)]
    pages = built(records)
    index = pages["regions/index.md"]
    order = [index.index(name) for name in ("吉林省", "浙江省", "安徽省", "山东省")]
    assert order == sorted(order)  # codes 22, 33, 34, 37; in code-point order 安 < 吉 < 山 < 浙
    jilin = pages["provinces/220000.md"]
    assert jilin.index("通化市</a>") < jilin.index("东昌区</a>")  # 220500 before 220502
    assert "杭州经开区" in pages["provinces/330000.md"] and "开发区/园区" in pages["provinces/330000.md"]


def test_province_region_and_site_totals_count_each_headline_amount_once() -> None:
    records = [article(1, TONGHUA, yuan=3e9, sectors=["生物医药", "新材料"]),
               article(2, DONGCHANG, yuan=2e9, sectors=["生物医药"]),
               article(3, HEFEI, yuan=1e9, sectors=["生物医药", "新材料"]),
               article(4, None, yuan=5e8, sectors=["新材料"])]
    pages = built(records)
    assert "50亿元" in pages["provinces/220000.md"]  # 30 + 20, each article once
    assert "30亿元" in pages["regions/220500.md"] and "20亿元" in pages["regions/220502.md"]
    site_total = "65亿元"  # every article once, including the one without a region
    assert site_total in pages["index.md"]
    assert f"合计 {site_total}" in pages["regions/index.md"]
    province_cells = re.findall(r'<td data-sort="([\d.e+]+)">[^<]+亿元</td></tr>', pages["regions/index.md"])
    assert sum(float(value) for value in province_cells) == 3e9 + 2e9 + 1e9  # the regioned articles


def test_sector_pages_count_articles_and_never_sum_money() -> None:
    records = [article(1, yuan=3e9, sectors=["生物医药", "新材料"]), article(2, yuan=2e9, sectors=["生物医药"])]
    pages = built(records)
    index, sector = pages["sectors/index.md"], pages["sectors/biomedicine.md"]
    for page in (index, sector):
        assert "<th>投资合计</th>" not in page and not re.search(r"投资合计 [\d.]+[万亿]*元", page)
    assert "50亿元" not in sector  # the two articles' amounts are never added up for the sector
    assert "2 篇文章提到该行业" in sector and "不汇总金额" in sector
    assert "不列行业投资合计" in index


def test_time_pages_for_years_and_months_newest_first() -> None:
    records = [article(1, date="2021-09-03"), article(2, date="2021-03-01"), article(3, date="2019"),
               article(4, date=None)]
    pages = built(records)
    index = pages["time/index.md"]
    assert index.index("2021年") < index.index("2019年") < index.index("日期不详")
    assert "2021年9月" in pages["time/2021.md"] and "2021年3月" in pages["time/2021.md"]
    assert pages["time/2021.md"].index("2021年9月") < pages["time/2021.md"].index("2021年3月")
    assert "第1篇招商新闻" in pages["time/2021-09.md"] and "第2篇招商新闻" not in pages["time/2021-09.md"]
    assert "第3篇招商新闻" in pages["time/2019.md"] and "第4篇招商新闻" in pages["time/undated.md"]
    assert "2019年（月份不详）" in index


def test_organization_and_destination_pages_list_articles_and_regions_and_the_facts_panel_links_them() -> None:
    records = [article(1, TONGHUA, organizations=["华景新材料有限公司"], destinations=["深圳市"]),
               article(2, HEFEI, organizations=["华景新材料有限公司"], destinations=["深圳市", "广州市"])]
    pages = built(records)
    org_page = next(p for p in pages if p.startswith("organizations/a-") and "华景新材料有限公司" in pages[p])
    assert "第1篇招商新闻" in pages[org_page] and "第2篇招商新闻" in pages[org_page]
    assert {"regions/220500.md", "regions/340100.md"} <= set(links(pages, org_page))
    assert org_page in links(pages, "articles/a-0001.md")
    shenzhen = next(p for p in pages if p.startswith("destinations/a-") and "<h1>深圳市</h1>" in pages[p])
    assert "2 篇文章写到前往此地" in pages[shenzhen]
    assert shenzhen in links(pages, "articles/a-0002.md")
    assert "华景新材料有限公司" in pages["organizations/index.md"] and "广州市" in pages["destinations/index.md"]


def test_the_site_shows_chinese_for_the_build_summary_statuses_reasons_warnings_and_field_names() -> None:
    record = article(1, warnings=["no region found", "2 control character(s) removed"],
                     evidence={"region": "通化市招商团队", "investment_yuan": "总投资30亿元"}, yuan=3e9)
    pages = built([record],
                  ReportEntry(file="copy.txt", status=MERGED, id=record.id,
                              reason="duplicate of a1.txt (near-identical text, 97% similar)"),
                  ReportEntry(file="photo.jpg", status=SKIPPED, reason="not an article file type (.jpg)"))
    report = pages["report.md"]
    assert "已生成 1 篇，合并重复 1 篇，跳过 1 个文件，警告 2 条" in report
    assert "已合并" in report and "已跳过" in report and "已生成" in report
    assert "与 a1.txt 内容几乎相同（相似度 97%），已合并" in report
    assert "不是文章文件类型（.jpg）" in report and "未识别出推介主体地区" in report
    assert "第1篇招商新闻" in report  # the report links the article by its title
    page = pages["articles/a-0001.md"]
    assert "未识别出推介主体地区" in page and "已删除 2 个控制字符" in page
    assert "<li><span class=\"digest-evidence-field\">投资总额</span>：总投资30亿元</li>" in page
    assert field_label("sectors.生物医药") == "行业·生物医药" and field_label("destinations.杭州市") == "前往·杭州市"
    shown = " ".join(re.sub(r"<[^>]*>", " ", text.split("---\n", 2)[2]) for text in (report, page))
    for english in ("built", "merged", "skipped", "warnings", "no region found", "investment_yuan", "duplicate of"):
        assert english not in shown, english


def test_every_message_the_stages_write_has_chinese() -> None:
    # One example of each reason or warning the read, normalize, extract and build stages write.
    messages = [
        "no region found", "duplicate of 旧稿/通化.txt (identical text)",
        "duplicate of 通化.txt (near-identical text, 91% similar)",
        "not an article: no Chinese text", "not an article: no Chinese text after cleaning",
        "not an article: too short (12 Chinese characters)",
        "not an article: too short (3 Chinese characters) after cleaning",
        "internal error while processing: ValueError: 坏数据", "cannot list folder",
        "not an article file type (.pdf)", "not an article file type (no extension)",
        "symbolic link to a file outside the input folder", "cannot read file: Permission denied",
        "not a regular file", "too large (2.5 MB; the limit is 1 MB)", "no article text found in the web page",
        "front matter only, no article text", "empty file", "whitespace only", "nothing decodable",
        "undecodable bytes: 12 errors in a file marked as utf-16-le",
        "binary file: ZIP archive (or an Office document)",
        "binary file (400 control bytes in 1000)",
        "undecodable: no encoding (UTF-8, UTF-16, GB18030, Big5, detected) reads as text",
        "3 undecodable byte sequence(s) in gb18030 replaced with \ufffd", "1 control character(s) removed",
        "garbled text (GBK mojibake) the bytes cannot repair, marked 〔乱码〕: 鍦ㄦ",
    ]
    kept_english = {"ValueError", "Permission", "denied", "ZIP", "Office", "UTF", "GB18030", "Big5", "GBK", "MB", "txt",
                    "utf", "le", "gb18030", "pdf"}
    for message in messages:
        chinese = chinese_message(message)
        assert chinese != message, message
        words = set(re.findall(r"[A-Za-z][A-Za-z0-9]*", chinese)) - kept_english
        assert not words, (message, chinese)


def test_money_in_wan_yi_with_the_headline_qualifier() -> None:
    assert format_yuan(1.2e12) == "1.2万亿元"
    assert format_yuan(1e12) == "1万亿元"
    assert format_yuan(9.9e11) == "9900亿元"
    assert format_yuan(3e9, "近") == "近30亿元"
    assert format_yuan(1e10, "超") == "超100亿元"
    assert format_yuan(3e9, "余") == "30余亿元"
    assert format_yuan(5e9, "以上") == "50亿元以上"
    record = article(1, yuan=3e9, evidence={"investment_yuan": "近30亿元"},
                     amounts=[Amount(text="5亿元", yuan=5e8), Amount(text="近30亿元", yuan=3e9, qualifier="近")])
    assert headline_investment(record) == "近30亿元"
    pages = built([record])
    assert "近30亿元" in pages["articles/a-0001.md"] and "近30亿元" in pages["regions/220500.md"]
    exact = article(2, yuan=3e9, amounts=[Amount(text="30亿元", yuan=3e9)])
    assert headline_investment(exact) == "30亿元"
