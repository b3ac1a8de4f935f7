"""Dates: the main event's phrase, the ISO date as precise as known, and the year with how it is known."""

from __future__ import annotations

import datetime

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.contracts.article import ArticleText
from generator.extract.dates import DateFact, find_date

BINHU = ("9月3日至6日，区委书记马良率队赴广东省深圳市开展招商考察。区领导俞刚参加。\n\n"
         "研祥控股集团是中国目前最大的特种计算机企业，早在2003年就在香港联交所上市。")
TONGHUA = ("年初以来，通化市委、市政府变“冬闲”为“冬忙”。\n\n"
           "一季度，该市实现集中签约53个项目，总投资669.6亿元，迎来“十三五”开局之年“开门红”。")


def date_of(body: str, headline: str | None = None, **found: str) -> DateFact:
    return find_date(ArticleText(body=body, headline=headline, found=found))


def test_the_event_range_is_the_phrase_and_a_forum_header_gives_the_year() -> None:
    fact = date_of(BINHU, posted="2021-09-08")
    assert (fact.date_text, fact.date, fact.year) == ("9月3日至6日", "2021-09-03", 2021)
    assert fact.evidence == "9月3日至6日 | 发布日期 2021-09-08 → 2021"


def test_a_forum_header_left_in_the_text_gives_the_year() -> None:
    fact = date_of("|\n\n发表于 2021-9-8 11:28:39\n\n|\n\n显示全部楼层\n\n" + BINHU)
    assert (fact.date, fact.year) == ("2021-09-03", 2021)
    assert fact.evidence is not None and "发表于 2021-9-8" in fact.evidence


def test_a_year_in_passing_is_not_the_event_year() -> None:
    fact = date_of(BINHU)
    assert (fact.date_text, fact.date, fact.year) == ("9月3日至6日", None, None)


def test_no_year_means_no_date_even_with_a_month_and_day() -> None:
    fact = date_of("6月14日至16日，党工委书记谢志敏带队赴杭州开展招商活动。今天的项目就是明天的产业。")
    assert fact == DateFact(date=None, date_text="6月14日至16日", year=None, evidence=None)


def test_a_plan_milestone_is_evidence_of_the_year() -> None:
    fact = date_of(TONGHUA)
    assert (fact.date_text, fact.date, fact.year) == ("一季度", "2016", 2016)
    assert "“十三五”开局之年" in (fact.evidence or "")


@pytest.mark.parametrize(("phrase", "year"), [
    ("十四五开局之年", 2021), ("“十二五”收官之年", 2015), ("建党100周年", 2021), ("新中国成立七十周年", 2019)])
def test_other_evidence_phrases(phrase: str, year: int) -> None:
    assert date_of(f"一季度，在{phrase}，全市集中签约一批项目。").year == year


def test_the_year_in_the_events_own_name() -> None:
    fact = date_of("近日，“常相会、宿未来”——2024宿州经开区（常州）产业推介会圆满落幕。1-11月份，园区签约项目34个。")
    assert (fact.date_text, fact.date, fact.year) == ("近日", "2024", 2024)
    fact = date_of("东北网6月20日讯 6月17日，2016吉林（上海）产业合作经贸洽谈活动顺利举行。")
    assert (fact.date_text, fact.date) == ("6月17日", "2016-06-17")


def test_a_page_header_line_gives_the_publication_year() -> None:
    fact = date_of("据悉，今年7月，上犹县对接了光伏电站项目。", headline="发布时间：2017年08月09日")
    assert (fact.date_text, fact.date, fact.year) == ("今年7月", "2017-07", 2017)


def test_an_event_later_in_the_year_than_the_publication_is_of_the_year_before() -> None:
    fact = date_of("12月28日，县里举行重大项目集中签约仪式。", posted="2024-01-03")
    assert (fact.date, fact.year) == ("2023-12-28", 2023)


def test_a_day_alone_takes_the_month_of_the_publication_or_the_one_before() -> None:
    assert date_of("16日上午，马坝镇举办产业协作签约活动。", headline="2011-05-18 00:00:00 作者：陈思远").date \
        == "2011-05-16"
    assert date_of("21日，我区举办重点产业项目集中签约活动。", posted="2019-01-14").date == "2018-12-21"


def test_a_day_alone_takes_the_month_of_the_dateline() -> None:
    fact = date_of("新闻网成都6月12日电 投资合作洽谈会（成渝地区）12日在成都举办。", posted="2021-06-13")
    assert (fact.date_text, fact.date) == ("12日", "2021-06-12")


def test_yesterday_counts_back_from_the_publication_day() -> None:
    fact = date_of("昨日，经贸合作洽谈会在厦门国际博览中心举行。", posted="2022-03-01")
    assert (fact.date_text, fact.date) == ("昨日", "2022-02-28")


def test_a_month_day_wins_over_recent_and_period_phrases() -> None:
    fact = date_of("今年5月份以来，经开区先后外出考察5次。\n\n——7月19日，投资促进局赴青岛考察夜经济项目。")
    assert fact.date_text == "7月19日"


def test_a_cutoff_of_a_tally_is_not_the_event() -> None:
    fact = date_of("截至6月30日，全县在谈项目达到215个。7月8日上午，签约仪式举行。", posted="2020-07-08")
    assert (fact.date_text, fact.date) == ("7月8日上午", "2020-07-08")


def test_the_latest_of_the_years_the_story_reports_on() -> None:
    fact = date_of("总结了2020年全市项目建设成效，部署了2021年产业招商重点任务。二是3月16日组织专题培训。")
    assert (fact.date, fact.year) == ("2021-03-16", 2021)


@pytest.mark.parametrize("text", [
    "力争到2025年，实现产值翻番。一季度签约项目10个。",
    "“十四五”（2021—2025年）规划期间，一季度签约项目10个。",
    "一季度落户企业2024家。",
    "邮箱：zsj_bz2015@126.com，一季度签约项目10个。",
])
def test_targets_ranges_counts_and_codes_are_no_year(text: str) -> None:
    assert date_of(text).year is None


def test_a_given_date_wins() -> None:
    article = ArticleText(body="9月3日至6日，考察团赴深圳。", given={"date": datetime.date(2021, 9, 3)})
    fact = find_date(article)
    assert (fact.date, fact.year, fact.date_text) == ("2021-09-03", 2021, "9月3日至6日")


def test_a_day_after_yu_is_the_event_day() -> None:
    fact = date_of("县长将于15日在上海举行推介会。", posted="2022-03-20")
    assert (fact.date_text, fact.date) == ("15日", "2022-03-15")


def test_a_year_later_than_today_is_a_target() -> None:
    assert date_of("锚定2099远景目标，一季度签约项目10个。").year is None


@pytest.mark.parametrize(("body", "posted", "date_text", "date"), [
    ("2023年11月28日-30日，市长率团赴深圳招商。", None, "2023年11月28日-30日", "2023-11-28"),
    ("10月27日至11月2日，代表团赴德国、法国开展招商。", "2022-11-05", "10月27日至11月2日", "2022-10-27"),
    ("截至今年6月30日，全县在谈项目达到215个。7月8日上午，签约仪式举行。", "2020-07-09", "7月8日上午", "2020-07-08"),
    ("昨天下午，省投资促进局召开新闻发布会。", "2020-09-25", "昨天下午", "2020-09-24"),
    ("11月下旬，县委书记带队赴浙江招商。", "2020-12-02", "11月下旬", "2020-11"),
    ("近期将组团到经开区实地回访。日前，双方签订合作协议。", None, "日前", None),
])
def test_phrases_as_written_and_dates_as_precise_as_known(body: str, posted: str | None, date_text: str,
                                                          date: str | None) -> None:
    fact = date_of(body, **({"posted": posted} if posted else {}))
    assert (fact.date_text, fact.date) == (date_text, date)


def test_yesterday_on_new_years_day_is_of_the_year_before() -> None:
    fact = date_of("昨日，全市重大项目集中签约仪式举行。", posted="2024-01-01")
    assert (fact.date, fact.year) == ("2023-12-31", 2023)


@given(st.text(alphabet="0123456789年月日至-今近昨天上下午季度一二三四份以来截，。发表于 十五开局之年", max_size=60))
def test_any_text_gives_a_phrase_as_written_and_a_date_only_with_its_year(body: str) -> None:
    fact = date_of(body)
    assert fact.date_text is None or fact.date_text in body
    assert (fact.date is None) == (fact.year is None)
    if fact.date is not None:
        assert fact.date.startswith(f"{fact.year:04d}")
        datetime.date.fromisoformat(fact.date + "-01" * (2 - fact.date.count("-")))


def test_a_month_and_the_publication_date_fix_the_year_over_a_year_in_the_sentence() -> None:
    fact = date_of("12月28日，县委召开会议，部署2024年招商引资工作。", posted="2023-12-30")
    assert (fact.date, fact.year) == ("2023-12-28", 2023)


def test_a_reporting_year_is_not_the_events_year() -> None:
    fact = date_of("近日，全市召开2022年度招商引资总结表彰大会。", posted="2023-02-10")
    assert fact.year == 2023


def test_a_year_opening_the_storys_span_is_its_year_but_not_one_after_zi() -> None:
    assert date_of("2023年以来，全县坚持把招商引资作为“一号工程”，一季度签约项目12个。").year == 2023
    assert date_of("自2010年以来，全县坚持把招商引资作为“一号工程”，一季度签约项目12个。").year is None


def test_a_date_in_chinese_numerals_is_read_as_one() -> None:
    fact = date_of("二〇二二年九月二十六日，某某县在杭州举行招商推介会。")
    assert (fact.date_text, fact.date, fact.year) == ("二〇二二年九月二十六日", "2022-09-26", 2022)
    assert date_of("十一月五日上午，某某县签约项目6个。", posted="2021-11-06").date == "2021-11-05"


def test_a_column_name_beside_the_date_is_a_page_header() -> None:
    fact = date_of("| 工作动态 |2019-04-11\n\n近日，某某镇赴宁波开展招商活动，签约项目5个。")
    assert (fact.date_text, fact.year) == ("近日", 2019)
    assert date_of("2020年5月8日，某某县举行签约仪式，签约项目5个。").year == 2020


def test_a_year_opening_the_events_name_with_a_space_is_its_year() -> None:
    assert date_of("2019 某某（深圳）经贸洽谈会12月6日将在深圳举行。").year == 2019
    assert date_of("该县已有2019 家企业入驻园区。").year is None


def test_a_header_date_stacked_a_part_a_line_is_the_publication_date() -> None:
    body = ("某县15个重点项目集中签约\n\n2019\n\n11/28\n\n09:30\n\n"
            "11月26日，某县举行重点项目集中签约仪式，签约项目15个。")
    fact = find_date(ArticleText(body=body))
    assert (fact.date, fact.year) == ("2019-11-26", 2019)
    assert "2019 11/28 09:30" in (fact.evidence or "")
    # Two lines that are no date (month 13) are left as they are, and give no year.
    assert find_date(ArticleText(body=body.replace("11/28", "13/28"))).year is None


def test_a_story_early_in_a_year_that_reviews_the_year_before_is_of_the_year_after() -> None:
    review = "2月20日，某市召开招商引资大会。2023年，全市签约项目120个；2023年全市到位资金增长15%。"
    fact = find_date(ArticleText(body=review))
    assert (fact.date, fact.year) == ("2024-02-20", 2024)
    # Later in the year the same clauses are the year's own tally, and an event named with its year is that year.
    assert find_date(ArticleText(body=review.replace("2月20日", "10月20日"))).year == 2023
    assert find_date(ArticleText(body="2月20日，2023年一季度重大项目集中签约。")).year == 2023


def test_a_year_with_both_a_review_and_a_plan_is_no_review_of_the_year_before() -> None:
    plan = "2月20日，某市召开大会。2023年，全市签约项目120个。2024年，全市将力争签约150个。"
    assert find_date(ArticleText(body=plan)).year == 2024
    assert find_date(ArticleText(body="2月20日，某市召开大会。2023年，全市将力争签约150个。")).year == 2023


def test_lines_stacked_like_a_date_inside_the_story_are_no_publication_date() -> None:
    body = "11月26日，某县举行签约仪式。\n\n2019\n\n12/5\n\n签约项目15个。"
    assert find_date(ArticleText(body=body)).year is None
