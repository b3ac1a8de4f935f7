"""The CSV downloads: UTF-8 with a BOM, one row per article or amount, and no cell a spreadsheet would run."""

from __future__ import annotations

import csv
import io

from generator.contracts.article import Amount, ArticleRecord, Person, Region
from generator.contracts.report import BuildReport
from generator.render import render_site
from generator.render.downloads import columns, spreadsheet_safe


def rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith(b"\xef\xbb\xbf"), "Excel needs the BOM to read UTF-8"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def records() -> list[ArticleRecord]:
    return [
        ArticleRecord(
            id="a-1", source_file="1.txt", title="=HYPERLINK(\"http://x\",\"点我\")", body="正文。", slug="yi-abc123",
            date="2021-09-03", region=Region(name="长春经开区", province="吉林省", city="长春市", kind="zone",
                                             code="220171"),
            sectors=["生物医药", "新能源"], investment_yuan=66_960_000_000.0, signed_projects=12,
            amounts=[Amount(text="总投资669.6亿元", yuan=66_960_000_000.0),
                     Amount(text="近30亿元", yuan=3e9, qualifier="近"), Amount(text="5000万美元", yuan=None,
                                                                          currency="美元")],
            people=[Person(name="王明", title="市长", organization="长春市")], organizations=["+吉林化纤集团"],
            summary="首行，含逗号\n第二行", keywords=["-关键词", "@提及"],
        ),
        ArticleRecord(id="a-2", source_file="2.txt", title="第二篇", body="正文。", slug="er-def456"),
    ]


def test_formula_starts_get_an_apostrophe_and_nothing_else_changes() -> None:
    assert spreadsheet_safe("=1+1") == "'=1+1"
    assert spreadsheet_safe("@SUM(A1)") == "'@SUM(A1)"
    assert spreadsheet_safe("\t=1") == "'\t=1"
    assert spreadsheet_safe("—无") == "—无" and spreadsheet_safe("总投资-1") == "总投资-1"


def test_articles_csv_has_the_dictionary_columns_and_one_row_per_page() -> None:
    pages = render_site(records(), BuildReport(), site_url="https://example.org/digest/")
    table = rows(pages["data/articles.csv"])  # type: ignore[arg-type]
    assert list(table[0]) == [column.column for column in columns("articles")]
    first, second = table
    assert first["title"].startswith("'=HYPERLINK(")
    assert first["organizations"] == "'+吉林化纤集团" and first["keywords"] == "'-关键词、@提及"
    assert first["investment_yuan"] == "66960000000" and first["signed_projects"] == "12"
    assert first["province"] == "吉林省" and first["region_code"] == "220171"
    assert first["sectors"] == "生物医药、新能源" and first["people"] == "市长王明（长春市）"
    assert first["amounts"] == "总投资669.6亿元；近30亿元；5000万美元"
    assert first["summary"] == "首行，含逗号\n第二行"  # quoted by the csv module, read back whole
    assert first["page"] == "https://example.org/digest/articles/yi-abc123/"
    assert second["province"] == "" and second["investment_yuan"] == ""


def test_amounts_csv_has_one_row_per_amount() -> None:
    table = rows(render_site(records(), BuildReport())["data/amounts.csv"])  # type: ignore[arg-type]
    assert list(table[0]) == [column.column for column in columns("amounts")]
    assert [(row["text"], row["yuan"], row["qualifier"], row["currency"]) for row in table] == [
        ("总投资669.6亿元", "66960000000", "", "人民币"), ("近30亿元", "3000000000", "近", "人民币"),
        ("5000万美元", "", "", "美元")]
    assert {row["id"] for row in table} == {"a-1"}


def test_each_region_and_sector_has_its_csv_and_the_dictionary_explains_every_column() -> None:
    pages = render_site(records(), BuildReport())
    assert [row["id"] for row in rows(pages["data/sectors/biomedicine.csv"])] == ["a-1"]  # type: ignore[arg-type]
    region_files = [path for path in pages if path.startswith("data/regions/")]
    assert len(region_files) == 1 and [row["id"] for row in rows(pages[region_files[0]])] == ["a-1"]  # type: ignore[arg-type]
    dictionary = pages["downloads.md"]
    assert isinstance(dictionary, str) and "字段说明" in dictionary
    for column in columns("articles") + columns("amounts"):
        assert f"<code>{column.column}</code>" in dictionary and column.meaning in dictionary
    assert "单引号" in dictionary and "BOM" in dictionary
