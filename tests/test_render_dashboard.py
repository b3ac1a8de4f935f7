"""The home page's dashboard: each article counted once per total, months in order with the gaps shown, sectors
counted by articles mentioning them (never by money), and chart data that is safe inside a <script>."""

from __future__ import annotations

import json

from generator.contracts.article import ArticleRecord, Region
from generator.contracts.report import BuildReport
from generator.render import render_site
from generator.render.dashboard import build_dashboard

JILIN = Region(name="长春经开区", province="吉林省", city="长春市", zone="长春经开区", kind="zone", code="220171")
ANHUI = Region(name="宿州市", province="安徽省", city="宿州市", kind="city", code="341300")


def article(number: int, **fields: object) -> ArticleRecord:
    return ArticleRecord(id=f"a-{number}", source_file=f"{number}.txt", title=f"第{number}篇", body="正文。", **fields)


def sample() -> list[ArticleRecord]:
    return [
        article(1, date="2021-09-03", region=JILIN, investment_yuan=6e9, signed_projects=12,
                sectors=["生物医药", "新能源", "食品"]),
        article(2, date="2021-12", region=JILIN, investment_yuan=2e9, sectors=["生物医药"]),
        article(3, date="2021-09-20", region=ANHUI, signed_projects=3, sectors=["新能源", "生物医药"]),
        article(4, date="2021", region=None, investment_yuan=1e9, sectors=["食品"]),
        article(5, date=None, region=ANHUI),
    ]


def test_totals_count_each_article_once() -> None:
    dashboard = build_dashboard(sample(), region_count=2)
    assert (dashboard.articles, dashboard.regions, dashboard.provinces) == (5, 2, 2)
    assert dashboard.signed_projects == 15
    assert dashboard.investment_yuan == 9e9 and dashboard.articles_with_investment == 3


def test_months_run_oldest_first_with_empty_months_between() -> None:
    dashboard = build_dashboard(sample(), region_count=2)
    assert dashboard.period_unit == "month"
    assert [(row.period, row.articles, row.investment_yuan) for row in dashboard.periods] == [
        ("2021-09", 2, 6e9), ("2021-10", 0, 0), ("2021-11", 0, 0), ("2021-12", 1, 2e9)]
    assert dashboard.undated_articles == 2  # one known only to the year, one undated


def test_a_long_span_is_counted_by_year() -> None:
    records = [article(1, date="2012-03-01"), article(2, date="2021-05"), article(3, date="2016")]
    dashboard = build_dashboard(records, region_count=0)
    assert dashboard.period_unit == "year"
    assert [row.period for row in dashboard.periods][:2] == ["2012", "2013"] and len(dashboard.periods) == 10
    assert sum(row.articles for row in dashboard.periods) == 3 and dashboard.undated_articles == 0


def test_provinces_rank_by_articles_and_sum_each_article_once() -> None:
    dashboard = build_dashboard(sample(), region_count=2)
    assert [(row.name, row.articles, row.investment_yuan) for row in dashboard.by_province] == [
        ("吉林省", 2, 8e9), ("安徽省", 2, 0)]
    assert dashboard.unplaced_articles == 1
    # The province sums and the unplaced article's sum add up to the site's total: nothing counted twice.
    assert sum(row.investment_yuan for row in dashboard.by_province) + 1e9 == dashboard.investment_yuan


def test_sectors_count_articles_mentioning_them_and_carry_no_money() -> None:
    dashboard = build_dashboard(sample(), region_count=2)
    assert [(row.name, row.articles) for row in dashboard.by_sector] == [("生物医药", 3), ("新能源", 2), ("食品", 2)]
    assert "investment_yi" not in dashboard.chart_data()["sectors"]


def test_chart_data_is_escaped_json_inside_the_home_page() -> None:
    hostile = Region(name="</script><script>alert(1)</script>", province="</script><b>省", kind="province")
    home = render_site([article(1, date="2021-09-03", region=hostile, investment_yuan=1.5e8)],
                       BuildReport())["index.md"]
    start = home.index('<script type="application/json" id="digest-dashboard-data">') + len(
        '<script type="application/json" id="digest-dashboard-data">')
    payload = home[start:home.index("</script>", start)]
    assert "<" not in payload and ">" not in payload
    data = json.loads(payload)
    assert data["provinces"]["labels"] == ["</script><b>省"]
    assert data["periods"] == {"unit": "month", "labels": ["2021-09"], "articles": [1], "investment_yi": [1.5]}
    assert "<b>省" not in home and "&lt;/script&gt;&lt;b&gt;省" in home  # the table under the chart: text
