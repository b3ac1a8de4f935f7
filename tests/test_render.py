"""Rendering pages from records: article text is data (escaped), front matter is real YAML, links resolve."""

from __future__ import annotations

import posixpath
import re

import yaml

from generator.contracts.article import Amount, ArticleRecord, Person, Region
from generator.contracts.report import BUILT, BuildReport, ReportEntry
from generator.render import render_site
from generator.render.formatting import format_yuan, relative_path, relative_url

HOSTILE = '<script>alert(1)</script> {{ config }} {% if x %} <img src=x onerror=alert(2)> &amp;'


def bare_record(**fields: object) -> ArticleRecord:
    defaults: dict[str, object] = {"title": "标题", "body": "第一段。\n\n第二段。"}
    return ArticleRecord(id="a-1", source_file="a.txt", **(defaults | fields))


def render(record: ArticleRecord) -> dict[str, str | bytes]:
    report = BuildReport([ReportEntry(file=record.source_file, status=BUILT, id=record.id)])
    return render_site([record], report)


def front_matter(page: str) -> dict:
    _, block, _ = page.split("---\n", 2)
    return yaml.safe_load(block)


def test_a_record_with_no_facts_renders() -> None:
    page = render(bare_record())["articles/a-1.md"]
    assert "<p>第一段。</p>" in page
    assert "未识别" in page  # no region, no sectors


def test_facts_without_evidence_render_without_a_tooltip() -> None:
    record = bare_record(region=Region(name="通化市", province="吉林省", city="通化市"), signed_projects=53,
                         investment_yuan=6.696e10, date="2016")
    page = render(record)["articles/a-1.md"]
    assert "通化市</a>" in page and "53 个" in page and "669.6亿元" in page
    assert "依据" not in page


def test_hostile_text_is_escaped_everywhere_on_the_article_page() -> None:
    record = bare_record(
        title=HOSTILE, body=HOSTILE + "\n\n---\n\n# 标题", summary=HOSTILE, source=HOSTILE,
        region=Region(name=HOSTILE, province="吉林省"), sectors=[HOSTILE], organizations=[HOSTILE],
        people=[Person(name=HOSTILE, title=HOSTILE)], amounts=[Amount(text=HOSTILE, yuan=1e8)],
        evidence={"region": HOSTILE}, url="javascript:alert(3)", original_text=HOSTILE,
    )
    page = render(record)["articles/a-1.md"]
    body = page.split("---\n", 2)[2]
    assert "<script>" not in body and "<img" not in body
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in body
    assert "{{ config }}" in body  # shown as written, never evaluated
    assert "&amp;amp;" in body  # an entity in the text is text
    assert "javascript:" not in body  # only http(s) links are made from metadata
    assert "<p>---</p>" in body and "<p># 标题</p>" in body
    meta = front_matter(page)
    assert "<" not in meta["title"] and ">" not in meta["title"] and "&" not in meta["title"]
    assert meta["region"]["name"] == HOSTILE  # the data keeps the text exactly


def test_front_matter_is_one_line_per_value_and_round_trips() -> None:
    record = bare_record(summary="第一行\n---\n第二行\x00\x1b", source="a: b # c", keywords=["- x", "'y'"])
    meta = front_matter(render(record)["articles/a-1.md"])
    assert meta["summary"] == "第一行 --- 第二行"
    assert meta["source"] == "a: b # c"
    assert meta["keywords"] == ["- x", "'y'"]


def test_links_between_generated_pages() -> None:
    assert relative_url("articles/a.md", "regions/r1.md") == "../../regions/r1/"
    assert relative_url("regions/index.md", "regions/r1.md") == "r1/"
    assert relative_url("index.md", "regions/index.md") == "regions/"
    assert relative_url("regions/r1.md", "regions/index.md") == "../"


def test_money_is_shown_in_yi_and_wan_yuan() -> None:
    assert format_yuan(66_960_000_000) == "669.6亿元"
    assert format_yuan(50_000_000) == "5000万元"
    assert format_yuan(None) == "—"


def test_front_matter_reads_back_as_the_pure_python_dumper_writes_it() -> None:
    # The fast libyaml emitter must mean what PyYAML's own SafeDumper writes, for values YAML treats specially,
    # and write the same text wherever there is no character beyond the BMP (which SafeDumper escapes as \U…).
    from generator.render.pages import front_matter_yaml

    tricky = ["yes", "null", "1e3", "- 列表", "#井号", "键: 值", "'单引号'", '"双引号"', "％百分号",
              "@at", "!bang", "*星", "&amp", "[方括号]", "{花括号}", "0x1F", "2024-01-02", "", "~", "?问"]

    def python_dump(data: dict) -> str:
        return yaml.dump(data, Dumper=yaml.SafeDumper, allow_unicode=True, sort_keys=False, width=1_000_000,
                         default_flow_style=False)

    record = bare_record(title="：冒号开头", summary="：".join(tricky), keywords=tricky, organizations=tricky[::-1],
                         people=[Person(name=value, title=value) for value in tricky[:5]])
    written = front_matter_yaml(record)
    data = yaml.safe_load(written)
    assert written == python_dump(data)
    assert data["keywords"] == tricky and data["title"] == "：冒号开头"
    astral = front_matter_yaml(bare_record(title="😀表情", keywords=["𠀀字", "😀"]))
    assert yaml.safe_load(astral) == yaml.safe_load(python_dump(yaml.safe_load(astral)))
    assert yaml.safe_load(astral)["keywords"] == ["𠀀字", "😀"]


def test_each_destination_shows_its_sentence_on_hover_escaped() -> None:
    record = bare_record(destinations=["深圳市", "东莞市"],
                         evidence={"destinations.深圳市": "代表团赴深圳开展招商", "destinations.东莞市": HOSTILE})
    body = render(record)["articles/a-1.md"].split("---\n", 2)[2]
    # Each destination links to its page, with its sentence as the link's title.
    assert re.search(r'<a class="digest-destination" href="[^"]+" title="依据：代表团赴深圳开展招商">深圳市</a>、'
                     r'<a class="digest-destination" href="[^"]+" title="依据：&lt;script&gt;', body)
    assert "<script>" not in body


def test_relative_paths_are_those_relpath_gives() -> None:
    # Worked out on the names alone; the traps: a shared prefix that is not a shared folder (art/ and articles/),
    # trailing slashes, '.', the site root, and a climbing path (left to relpath itself).
    paths = [".", "", "articles/", "articles/a/", "articles/a", "art/", "art/a/", "regions/r1/", "data/regions/x.csv",
             "index", "a/./b/", "a/b/c/d/", "a/b/", "../up/", "x/../y/"]
    for target in paths:
        for start in paths:
            expected = posixpath.relpath(target or ".", start or ".")
            assert relative_path(target or ".", start or ".") == expected, (target, start)
