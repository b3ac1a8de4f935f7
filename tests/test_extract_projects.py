"""Signed projects: the count signed at the story's main event, not visits, leads, started projects or tallies."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.extract.figures.projects import count_signed_projects


@pytest.mark.parametrize(("text", "count"), [
    ("一季度，该市实现集中签约53个项目，总投资669.6亿元。", 53),
    ("电网侧储能项目、芯片封测、SMT贴片生产项目等7个投资项目、2个战略合作协议成功签约，投资总额近30亿元！", 7),
    ("宁波金坤聚谷氨酸制品、热联集团进口铝材保税仓储等6个项目现场达成签约。", 6),
    ("推介会上，共签约亿元以上项目14个，总投资96.72亿元。", 14),
    ("现场签约项目27个，总投资达41.06亿元。", 27),
    ("两场活动共签订了41个合作项目，投资额达615亿元。", 41),
    ("柳州市3亿元（以人民币计，下同）以上签约项目共有12个。", 12),
    ("共签约锂电池正极材料基地、智能装备制造及冷链仓储中心、肉牛养殖示范园等68个重点产业项目，签约总额281.7亿元。", 68),
    ("全市签约九大项目 总额超50亿元", 9),
    ("园区与企业签约项目12项。", 12),
])
def test_the_count_tied_to_signing(text: str, count: int) -> None:
    assert count_signed_projects(text)[0] == count


def test_evidence_is_the_phrase_that_states_the_count() -> None:
    assert count_signed_projects("一季度，该市实现集中签约53个项目，总投资669.6亿元。") == (53, "签约53个项目")


@pytest.mark.parametrize("text", [
    "3月6日，48个项目同步开工，总投资137.25亿元。",  # started, not signed
    "今年2月，在区内集中开工了32个项目。",
    "该项目是山东省第二届儒商大会37个重点签约项目之一。",  # one of a list
    "推动4家企业在储能装备制造配套项目等领域与区政府签约合作。",  # companies, not projects
    "共挖掘项目线索120余条。先后4次接待光伏项目方来邹洽谈。",  # leads and visits
    "马良一行来到两家公司，举行项目签约仪式。",  # no number
    "8个项目集中开工，并举行了签约仪式。",
    "对接了10个意向项目并签订框架协议。",
])
def test_no_count_of_signed_projects(text: str) -> None:
    assert count_signed_projects(text) == (None, None)


def test_the_main_event_wins_over_a_period_tally() -> None:
    text = ("推介会上，7个投资项目、2个战略合作协议成功签约。"
            "1-11月份，园区已签约亿元以上项目34个，拟投资规模约100亿元。")
    assert count_signed_projects(text)[0] == 7
    tally_first = ("截至目前，共签订合同项目23个，总投资达47.16亿元。"
                   "6月17日，白山代表团成功签约项目9个，项目总投资达12.84亿元。")
    assert count_signed_projects(tally_first)[0] == 9


def test_a_tally_counts_when_the_story_has_no_event() -> None:
    assert count_signed_projects("1至10月份，18个招商引资新签约项目已全部开工建设，25个续建项目加快推进。")[0] == 18


def test_the_first_event_count_wins_over_later_subtotals() -> None:
    text = ("本次大会线上线下共签约合作项目76个，总投资额2146.38亿元。其中，主会场共签订31个投资合作项目，"
            "云签约项目45个。")
    assert count_signed_projects(text)[0] == 76


def test_a_count_of_something_else_or_a_list_neighbour_is_skipped() -> None:
    assert count_signed_projects("签约仪式上，全省13个市州的120个项目集中签约。")[0] == 120
    assert count_signed_projects("新开工项目30个、签约项目20个。")[0] == 20


@pytest.mark.parametrize(("text", "count"), [
    ("签约项目总数达25个。", 25),
    ("会上集中签约25个，总投资100亿元。", 25),
    ("签约项目中有3个外资项目。", None),
    ("签约仪式后集中开工了20个项目。", None),
    ("签约、开工项目30个。", None),
])
def test_links_a_bare_count_and_what_breaks_the_tie(text: str, count: int | None) -> None:
    assert count_signed_projects(text)[0] == count


@given(st.text(alphabet="0123456789一二三六十两个项大家签约订署项目开工之一其中、，。等共有现场集中达成", max_size=60))
def test_any_text_gives_a_positive_count_with_its_phrase(text: str) -> None:
    count, phrase = count_signed_projects(text)
    assert (count is None) == (phrase is None)
    if count is not None:
        assert count >= 1 and phrase in text


def test_landed_or_negotiated_and_signed_still_counts() -> None:
    assert count_signed_projects("15个项目成功落地签约。")[0] == 15
    assert count_signed_projects("洽谈签约项目15个。")[0] == 15


def test_the_whole_count_wins_over_the_parts_told_before_it() -> None:
    text = ("在宁波，某某县签订8个项目。在苏州，又签约5个项目。据统计，本次推介会共签约项目41个，"
            "总投资120亿元。")
    assert count_signed_projects(text) == (41, "签约项目41个")
    assert count_signed_projects("26个重大合作项目签约落地。据统计，大会合计签约项目35个。")[0] == 35


def test_counts_after_a_list_of_sectors_or_a_long_name_of_the_projects() -> None:
    assert count_signed_projects("目前共签约文化旅游、纺织服装、新能源等产业项目15个，其中6个已落地。")[0] == 15
    assert count_signed_projects("会上，31个某某市招商顾问推荐（投资）项目现场签约。")[0] == 31


def test_companies_that_signed_count_when_no_project_is_counted() -> None:
    assert count_signed_projects("某某集团、某某科技等12家企业进行了签约。")[0] == 12
    assert count_signed_projects("某某集团等12家企业参加推介会，现场签约项目7个。")[0] == 7
