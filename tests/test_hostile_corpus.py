"""A corpus mixing everything a maintainer may drop into articles/, built by real MkDocs and shown in Chromium.

Re-encoded seeds, binary junk, empty files, a huge file, hostile markup, duplicates, odd names, a subfolder,
hidden files and editor backups: every input is accounted for, nothing breaks the pages, no script runs.
"""

from __future__ import annotations

import json
import random
import re
import zipfile
from pathlib import Path

import opencc
import pytest
import yaml

from generator.assemble import BuildSettings, build_corpus
from tests.conftest import screenshot
from tests.search_ui import search
from tests.sitebuild import REPO, build_site
from tests.visible_text import english_ui_strings

SEEDS = sorted((REPO / "articles").glob("*.txt"))
HOSTILE_LINES = (
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "{{ config.site_name }} 与 {% include 'x' %}",
)
HOSTILE_ARTICLE = """标题: "引号" & *星号\t制表符 <b>加粗</b>
---
本报讯 6月14日，某市经开区招商团队赴杭州开展招商活动，与多家企业座谈交流。<script>alert(1)</script>
<img src=x onerror=alert(1)>
| 项目 | 金额 |
|---|---|
# 会上共签约项目十二个，总投资约五十亿元，涉及新能源汽车、生物医药等产业。
{{ config.site_name }} 与 {% include 'x' %} 以及 {#注释#}
控制字符\x1b[31m\x07\x0c也不应破坏页面：冒号: 引号' " 和号 & 星号 * 反引号 ` 竖线 |
---
"""
# Written for the tests: distinct short articles for the names that differ only by case or extension.
OWN_ARTICLES = {
    "A.txt": (
        "春季招商推介会在宁波举行。"
        "来自长三角的八十余家企业参加了推介会，会上集中签约项目六个，涉及智能装备和新材料。"
    ),
    "a.txt": (
        "秋季项目观摩活动在合肥举行。"
        "与会人员实地察看了十五个重点项目的建设进度，听取了项目负责人的情况汇报。"
    ),
    "a.md": (
        "冬季经贸洽谈会在成都开幕。"
        "本届洽谈会以数字经济为主题，吸引了二百余名客商，达成合作意向三十余项。"
    ),
    "index.txt": HOSTILE_ARTICLE,
    "report.txt": (
        "---\ntitle: '<script>alert(\"front\")</script>: & *x'\nregion: '{{ evil }}'\nurl: 'javascript:alert(3)'\n"
        "source: '---'\n---\n"
        "夏季人才招聘会在西安举行。三百余家用人单位提供岗位八千多个，现场达成就业意向一千二百余人次。<script>alert(2)</script>"
    ),
    "名字 with spaces & (1).txt": (
        "东北振兴投资论坛在沈阳召开。"
        "论坛围绕装备制造业转型升级展开讨论，发布了二十个重点招商项目清单。"
    ),
    "<img src=x onerror=alert(4)>.txt": (
        "西部陆海新通道合作推介会在南宁举办。"
        "推介会上，物流、跨境电商等领域的十个项目现场签约。"
    ),
    "sub/深圳/一篇文章.txt": (
        "前海合作区举办跨境金融招商会。"
        "会议介绍了前海的金融开放政策，二十家金融机构表达了落户意向。"
    ),
}
RUBY_PAGE = """<!DOCTYPE html><html><head><meta charset="gb2312"><title>海南自贸港招商</title></head><body>
<nav><a href="/">首页</a></nav><article><h1>海南自贸港举办招商推介会</h1>
<p>海南自由贸易港在<ruby>海<rp>(</rp><rt>hǎi</rt><rp>)</rp>口</ruby>举办招商推介会，邀请了一百余家企业参加，
现场签约项目二十三个，涉及旅游、现代服务业和高新技术产业。</p>
<p>推介会介绍了零关税、低税率等政策，与会企业代表表示将加快在海南布局。</p></article>
<footer>版权所有</footer></body></html>"""
IGNORED = (".hidden.txt", "draft.txt~", ".#lock.txt", "#autosave.txt#", ".cache/cached.txt", "notes.txt.swp",
           "sub/.DS_Store", "backup.txt.bak")


def seed_text(index: int) -> str:
    return SEEDS[index].read_text("utf-8")


def make_hostile_corpus(root: Path) -> dict[str, str]:
    """Write the corpus under ``root``; return what each input should become (built, merged or skipped)."""
    expected: dict[str, str] = {}

    def put(name: str, content: bytes | str, status: str) -> None:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        expected[name] = status

    put("encodings/gb18030.txt", seed_text(0).encode("gb18030"), "merged")
    put("encodings/big5.txt", opencc.OpenCC("s2tw").convert(seed_text(4)).encode("big5"), "built")
    put("encodings/utf16.txt", seed_text(2).encode("utf-16"), "built")
    put("encodings/utf8-bom.txt", seed_text(3).encode("utf-8-sig"), "built")
    put("seed-1.txt", seed_text(1), "merged")
    put("copies/identical.txt", seed_text(0), "built")
    near = seed_text(1).replace("9月3日至6日", "9月3日至7日", 1) + "\n（来源：转载自某网站）\n"
    put("copies/near.md", near, "built")
    for name, text in OWN_ARTICLES.items():
        put(name, text, "built")
    put("page.html", RUBY_PAGE.encode("gb18030"), "built")
    rng = random.Random(5)
    put("junk.txt", bytes(rng.randrange(256) for _ in range(4096)), "skipped")
    put("scan.pdf", b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n1 0 obj\n", "skipped")
    put("fake.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(64), "skipped")
    with zipfile.ZipFile(root / "archive.zip", "w") as archive:
        archive.writestr("inner.txt", seed_text(0))
    expected["archive.zip"] = "skipped"
    put("zipped.txt", (root / "archive.zip").read_bytes(), "skipped")
    put("empty.txt", b"", "skipped")
    put("blank.md", " \n\t\n\u3000\n", "skipped")
    put("english.txt", "This file has no Chinese at all, only English words. " * 5, "skipped")
    put("short.txt", "只有几个字。", "skipped")
    put("front-only.md", "---\ntitle: 只有元数据\n---\n", "skipped")
    with (root / "huge.txt").open("wb") as huge:
        block = ("这是一个非常大的文件，" * 1000).encode("utf-8")
        for _ in range(24_000_000 // len(block) + 1):
            huge.write(block)
    expected["huge.txt"] = "skipped"
    for name in IGNORED:
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(seed_text(4), "utf-8")
    return expected


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict[str, str]]:
    root = tmp_path_factory.mktemp("hostile") / "articles"
    root.mkdir()
    return root, make_hostile_corpus(root)


@pytest.fixture(scope="module")
def hostile_site(tmp_path_factory: pytest.TempPathFactory, hostile_corpus: tuple[Path, dict[str, str]]) -> Path:
    return build_site(tmp_path_factory.mktemp("hostile-site"), hostile_corpus[0])


@pytest.fixture(scope="module")
def hostile_build(hostile_corpus: tuple[Path, dict[str, str]]):  # type: ignore[no-untyped-def]
    return build_corpus(BuildSettings(input_dir=hostile_corpus[0]))


def site_report(site: Path) -> list[dict]:
    return json.loads((site / "data" / "report.json").read_text("utf-8"))


def site_records(site: Path) -> dict[str, dict]:
    lines = (site / "data" / "articles.jsonl").read_text("utf-8").splitlines()
    return {record["source_file"]: record for record in map(json.loads, lines)}


def test_every_input_is_built_merged_or_skipped_and_named(hostile_site: Path, hostile_corpus) -> None:
    _, expected = hostile_corpus
    report = site_report(hostile_site)
    assert sorted(entry["file"] for entry in report) == sorted(expected)
    statuses = {entry["file"]: entry["status"] for entry in report}
    assert statuses == expected
    statuses_seen = [entry["status"] for entry in report]
    counts = {status: statuses_seen.count(status) for status in ("built", "merged", "skipped")}
    assert sum(counts.values()) == len(report) == len(expected)
    records = site_records(hostile_site).values()
    # Every built or merged input is a line of the data file; merged copies point at the page they joined.
    assert counts["built"] == len([record for record in records if record["duplicate_of"] is None])
    assert counts["built"] + counts["merged"] == len(records)
    for entry in report:
        if entry["status"] == "skipped":
            assert entry["reason"], entry["file"]


def test_hidden_files_and_backups_are_ignored(hostile_site: Path) -> None:
    files = {entry["file"] for entry in site_report(hostile_site)}
    for name in IGNORED:
        assert name not in files


def test_skip_reasons_say_what_the_file_is(hostile_site: Path) -> None:
    reasons = {entry["file"]: entry["reason"] for entry in site_report(hostile_site)}
    assert "not an article file type (.pdf)" == reasons["scan.pdf"]
    assert "PNG" in reasons["fake.txt"]
    assert "ZIP" in reasons["zipped.txt"]
    assert "not an article file type" in reasons["archive.zip"]
    assert "too large" in reasons["huge.txt"]
    assert "binary" in reasons["junk.txt"] or "undecodable" in reasons["junk.txt"]
    assert reasons["empty.txt"] == "empty file"
    assert "no Chinese" in reasons["english.txt"]
    assert "too short" in reasons["short.txt"]


def test_reencoded_seeds_are_read_correctly(hostile_site: Path) -> None:
    records = site_records(hostile_site)
    # The GB18030 copy of seed 0 is merged as identical text into its UTF-8 copy (see the duplicates test).
    # Big5 holds the Traditional text; the body is in the output script, Simplified.
    assert "邹平经开区深化体制机制改革" in records["encodings/big5.txt"]["body"]
    assert "通化" in records["encodings/utf16.txt"]["body"]
    assert "宿州经开区" in records["encodings/utf8-bom.txt"]["body"]
    assert not records["encodings/utf8-bom.txt"]["body"].startswith("\ufeff")


def test_duplicates_become_one_page_that_lists_the_copies(hostile_site: Path) -> None:
    report = {entry["file"]: entry for entry in site_report(hostile_site)}
    records = site_records(hostile_site)
    # The first copy in path order is kept; the other is merged into its page and listed there.
    for kept, copy, how in (("copies/identical.txt", "encodings/gb18030.txt", "(identical text)"),
                            ("copies/near.md", "seed-1.txt", "near-identical")):
        assert report[copy]["status"] == "merged"
        assert report[copy]["id"] == records[kept]["id"]
        assert how in report[copy]["reason"] and kept in report[copy]["reason"]
        assert any(copy in source for source in records[kept]["also_published"])
        assert records[copy]["duplicate_of"] == records[kept]["id"]
        assert not (hostile_site / "articles" / records[copy]["id"]).exists()


def test_ids_are_safe_unique_and_never_a_site_page(hostile_site: Path) -> None:
    records = site_records(hostile_site)
    ids = [record["id"] for record in records.values()]
    assert len(ids) == len(set(ids))
    for record_id in ids:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]*", record_id), record_id
        assert record_id not in {"index", "report"}
    for record in records.values():
        assert (record["slug"] is None) == (record["duplicate_of"] is not None), record["id"]
        if record["slug"]:
            assert (hostile_site / "articles" / record["slug"] / "index.html").is_file(), record["slug"]
    assert len({records[name]["id"] for name in ("A.txt", "a.txt", "a.md")}) == 3


def test_front_matter_is_valid_yaml_and_metadata_never_chooses_a_path(hostile_build) -> None:  # type: ignore[no-untyped-def]
    for path, content in hostile_build.pages.items():
        folders = "articles|regions|provinces|sectors|time|organizations|destinations|report"
        page_path = (rf"(index|report|downloads)\.md|({folders})/[a-z0-9-]+(/page/\d+)?\.md|({folders})/page/\d+\.md"
                     r"|data/[a-z]+\.(jsonl?|csv)|data/(regions|sectors)/[a-z0-9-]+\.csv"
                     r"|feeds/((provinces|sectors)/)?[a-z0-9-]+\.xml|articles/[a-z0-9-]+/index\.html")
        assert re.fullmatch(page_path, path), path
        if path.endswith(".md"):
            assert content.startswith("---\n")
            front = yaml.safe_load(content.split("\n---\n", 1)[0][4:])
            assert isinstance(front, dict) and isinstance(front["title"], str)
    given = next(record for record in hostile_build.records if record.source_file == "report.txt")
    assert given.title == '<script>alert("front")</script>: & *x'  # given metadata wins, kept as data
    page = hostile_build.pages[f"articles/{given.slug}.md"]
    front = yaml.safe_load(page.split("\n---\n", 1)[0][4:])
    assert front["title"] == '＜script＞alert("front")＜/script＞: ＆ *x'  # the theme prints titles unescaped
    assert front["url"] == "javascript:alert(3)" and 'href="javascript' not in page


def test_hostile_text_shows_as_text_and_no_script_runs(hostile_site: Path, serve_site, page) -> None:  # type: ignore[no-untyped-def]
    base = serve_site(hostile_site)
    records = site_records(hostile_site)
    hostile = records["index.txt"]
    page.goto(f"{base}articles/{hostile['slug']}/")
    body = page.inner_text(".digest-body")
    # Cleaning may drop markup residue from the body; whatever it keeps is shown exactly as text (the data
    # file's body opens with the article's own headline, which the page shows as its title).
    shown = page.inner_text("h1.digest-title") + "\n" + body
    for paragraph in hostile["body"].split("\n\n"):
        assert paragraph in shown
    assert "{{ config.site_name }}" in body and "{% include 'x' %}" in body
    assert "| 项目 | 金额 |" in body and "# 会上共签约项目十二个" in body
    original = page.locator(".digest-original pre").text_content()
    for line in HOSTILE_LINES:
        assert line in original
    screenshot(page, "hostile-article")
    page.goto(f"{base}articles/{records['report.txt']['slug']}/")
    assert "<script>alert(2)</script>" in page.locator(".digest-original pre").text_content()
    assert "script" in page.inner_text("h1.digest-title")
    assert page.locator("a[href^='javascript']").count() == 0
    page.goto(f"{base}articles/{records['<img src=x onerror=alert(4)>.txt']['slug']}/")
    page.goto(f"{base}report/")
    assert "<img src=x onerror=alert(4)>.txt" in page.inner_text("article")
    # Search results render indexed text (titles and bodies only): still no script.
    assert any([search(page, base, query) for query in ("alert", "onerror", "script")])
    assert page.dialogs == []


def test_ruby_annotations_do_not_leak_from_web_pages(hostile_site: Path) -> None:
    record = site_records(hostile_site)["page.html"]
    assert "海口举办招商推介会" in record["body"]
    assert "hǎi" not in record["body"] and "(" not in record["body"].split("举办")[0]
    assert "首页" not in record["body"] and "版权所有" not in record["body"]


def test_nothing_is_written_into_the_corpus(hostile_site: Path, hostile_corpus) -> None:
    root, expected = hostile_corpus
    on_disk = {path.relative_to(root).as_posix() for path in root.rglob("*") if path.is_file()}
    assert on_disk == set(expected) | set(IGNORED)


def test_reasons_and_warnings_show_in_chinese_on_every_page(hostile_site: Path) -> None:
    # The corpus has every kind of skip, a merged copy and warnings: none may show its English wording.
    assert english_ui_strings(hostile_site) == {}
    report = (hostile_site / "report" / "index.html").read_text("utf-8")
    assert "已跳过" in report and "已合并" in report and "二进制文件" in report
