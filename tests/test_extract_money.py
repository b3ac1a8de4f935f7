"""Money: every sum as written with its value, qualifier and currency; the story's headline investment."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from generator.contracts.article import Amount
from generator.extract.figures.amounts import find_amounts, headline_investment

TONGHUA = ("一季度，该市实现集中签约53个项目，总投资669.6亿元，迎来“十三五”开局之年“开门红”。"
           "投资50亿元的通化杭萧钢构11.220,-0.30,-2.60%装配式建筑产业园项目、投资15亿元的通化人参文化主题产业园建设项目、"
           "投资10亿元的新能源产业园项目等一批特色产业项目的落户。")
BINHU_TALLY = ("截至目前，全区已完成投资50亿元以上重大产业项目1个、10亿元重大产业项目2个、"
               "2亿元以上功能性服务业项目2个、5000万元以上新兴产业项目10个，落户1亿元以上企业22家、注册资本1000万元以上企业431家。")


def values(text: str) -> list[float | None]:
    return [amount.yuan for amount in find_amounts(text)]


def test_amounts_keep_their_lead_phrase_and_value_in_yuan() -> None:
    amounts = find_amounts(TONGHUA)
    assert [amount.text for amount in amounts] == ["总投资669.6亿元", "投资50亿元", "投资15亿元", "投资10亿元"]
    assert amounts[0] == Amount(text="总投资669.6亿元", yuan=66_960_000_000, qualifier=None, currency="人民币")


def test_a_stock_quote_a_count_and_a_year_are_not_money() -> None:
    assert 11.22 not in values(TONGHUA)
    assert values("2024年，园区签约项目34个，占比83%，杭萧钢构11.220,-0.30,-2.60%。") == []


@pytest.mark.parametrize(("text", "yuan", "qualifier"), [
    ("投资总额近30亿元！", 3_000_000_000, "近"),
    ("意向投资金额约240亿元。", 24_000_000_000, "约"),
    ("总投资超过5亿元。", 500_000_000, "超"),
    ("到位资金逾3亿元。", 300_000_000, "逾"),
    ("引进资金10余亿元。", 1_000_000_000, "余"),
    ("实现税收3亿多元。", 300_000_000, "余"),
    ("投资50亿元以上的项目。", 5_000_000_000, "以上"),
    ("年平均税收约2280万元。", 22_800_000, "约"),
])
def test_qualifiers_before_inside_and_after_the_number(text: str, yuan: float, qualifier: str) -> None:
    [amount] = find_amounts(text)
    assert (amount.yuan, amount.qualifier) == (yuan, qualifier)


def test_size_classes_of_a_tally_are_amounts_as_written() -> None:
    assert [amount.text for amount in find_amounts(BINHU_TALLY)] == [
        "完成投资50亿元以上", "10亿元", "2亿元以上", "5000万元以上", "1亿元以上", "注册资本1000万元以上"]


@pytest.mark.parametrize(("text", "yuan"), [
    ("签约三十亿元的项目。", 3_000_000_000),
    ("总投资一百二十万元。", 1_200_000),
    ("总投资三千万元。", 30_000_000),
    ("总投资1.4亿元。", 140_000_000),
    ("总投资1.2万亿元。", 1_200_000_000_000),
    ("合同金额1,500万元。", 15_000_000),
    ("总投资１２．５亿元。", 1_250_000_000),
    ("五年内将形成200亿级产业集群。", 20_000_000_000),
])
def test_numerals_and_units(text: str, yuan: float) -> None:
    assert values(text) == [pytest.approx(yuan)]


@pytest.mark.parametrize("text", [
    "打造“百亿级”新能源产业。",  # a bare magnitude class, no number
    "超百亿元项目15个。",
    "带动数十亿元投资。",
    "年发电能力可达到2.4亿度。",
    "晶盛1亿千米金刚线项目开工。",
    "2021元旦前后。",
    "每股11.22元。",
    "三元里社区。",
])
def test_magnitudes_other_units_and_prices_are_not_amounts(text: str) -> None:
    assert find_amounts(text) == []


def test_other_currencies_are_kept_with_no_value_in_yuan() -> None:
    amounts = find_amounts("总投资1500万美元的电感器项目、5亿港元的物流园和3亿新台币的工厂。")
    assert [(amount.text, amount.yuan, amount.currency) for amount in amounts] == [
        ("总投资1500万美元", None, "美元"), ("5亿港元", None, "港元"), ("3亿新台币", None, "新台币")]


def test_renminbi_written_before_or_after_is_yuan() -> None:
    amounts = find_amounts("总投资额高达150亿元人民币；协议总投资人民币2757亿元。")
    assert [(amount.text, amount.yuan, amount.currency) for amount in amounts] == [
        ("总投资额高达150亿元人民币", 15_000_000_000, "人民币"),
        ("协议总投资人民币2757亿元", 275_700_000_000, "人民币")]


@pytest.mark.parametrize("text", ["5亿元~10亿元项目3个。", "5-10亿元项目3个。", "5亿至10亿元项目3个。"])
def test_a_range_keeps_its_lower_bound_as_at_least(text: str) -> None:
    [amount] = find_amounts(text)
    assert (amount.yuan, amount.qualifier) == (500_000_000, "以上")


def test_a_bare_yi_counts_only_after_an_investment_word() -> None:
    assert values("史贵禄投资20亿 我县签约六大项目") == [2_000_000_000]
    assert values("园区产值达到20亿规模") == []


def test_the_same_amount_written_twice_is_listed_once() -> None:
    assert len(find_amounts("签约项目总投资1.4亿元。\n\n项目总投资1.4亿元。签约项目总投资1.4亿元。")) == 2


def test_headline_investment_is_the_signed_total_not_the_sum() -> None:
    text = TONGHUA + BINHU_TALLY
    assert headline_investment(text, find_amounts(text)) == (66_960_000_000, "总投资669.6亿元")


def test_headline_investment_skips_a_period_tally_for_the_event() -> None:
    text = ("1-11月份，园区已签约亿元以上项目34个，拟投资规模约100亿元。"
            "推介会上，7个投资项目、2个战略合作协议成功签约，投资总额近30亿元！")
    assert headline_investment(text, find_amounts(text)) == (3_000_000_000, "投资总额近30亿元")


def test_no_headline_investment_from_size_classes_or_tallies_alone() -> None:
    assert headline_investment(BINHU_TALLY, find_amounts(BINHU_TALLY)) == (None, None)
    text = "其中，10亿元以上项目4个，实现年产值2.38亿元。"
    assert headline_investment(text, find_amounts(text)) == (None, None)


def test_a_converted_amount_in_brackets_is_an_amount_of_its_own() -> None:
    amounts = find_amounts("投资额为2.5亿美元（约合人民币17亿元）。")
    assert [(amount.text, amount.yuan, amount.qualifier) for amount in amounts] == [
        ("投资额为2.5亿美元", None, None), ("约合人民币17亿元", 1_700_000_000, "约")]


def test_a_total_is_any_prefix_with_a_total_head() -> None:
    text = "11月28日至30日，代表团共签约项目15个，协议总金额126.8亿元，预计年纳税1.5亿元。"
    assert [amount.text for amount in find_amounts(text)] == ["协议总金额126.8亿元", "年纳税1.5亿元"]
    assert headline_investment(text, find_amounts(text)) == (12_680_000_000, "协议总金额126.8亿元")


def test_a_bare_magnitude_is_an_amount_only_when_qualified_after_a_lead() -> None:
    [amount] = find_amounts("现场集中签约重大项目42个，总投资超千亿元。")
    assert (amount.text, amount.yuan, amount.qualifier) == ("总投资超千亿元", 100_000_000_000, "超")
    assert find_amounts("近百亿元的市场，打造千亿级产业。") == []


def test_yu_before_a_number_is_no_qualifier_of_it() -> None:
    [amount] = find_amounts("其余3亿元用于研发。")
    assert (amount.text, amount.yuan, amount.qualifier) == ("3亿元", 300_000_000, None)


MONEY_ALPHABET = "0123456789.,-~至约近超逾余多以上亿万千百十三两元美港币人民新台级每股投资总额签约项目年月日，。、（）"


@given(st.text(alphabet=MONEY_ALPHABET, max_size=60))
def test_any_text_gives_amounts_as_written_with_contract_values(text: str) -> None:
    for amount in find_amounts(text):
        assert amount.text and amount.text in text
        assert amount.qualifier in (None, "约", "近", "超", "以上", "逾", "余")
        assert (amount.yuan is None) == (amount.currency != "人民币")
        assert amount.yuan is None or amount.yuan >= 0
    yuan, evidence = headline_investment(text, find_amounts(text))
    assert (yuan is None) == (evidence is None)


def test_spaces_around_the_number_are_allowed() -> None:
    [amount] = find_amounts("签约项目总投资 5 亿元。")
    assert (amount.text, amount.yuan) == ("签约项目总投资 5 亿元", 500_000_000)


def test_an_approximate_headline_total_gives_way_to_the_exact_one() -> None:
    text = "桂林签约总额近150亿元\n\n桂林市5亿元以上签约项目共有16个，签约总额149.9亿元。"
    assert headline_investment(text, find_amounts(text)) == (14_990_000_000, "签约总额149.9亿元")


@pytest.mark.parametrize("text", [
    "共签约项目40个，总投资180亿元，其中10亿元以上项目5个，5亿元~10亿元项目8个。",
    "共签约项目40个，总投资180亿元，其中，100亿元及以上项目2个，50亿至100亿元项目6个。",
    "签约项目40个，总投资180亿元。引进5000万元以上项目30个，占项目总数的75%；10亿元以上项目6个。",
    "签约项目40个，总投资180亿元，协议引资额5亿元及以上的大项目共12个。",
    "签约项目40个，总投资180亿元，其中6个项目的投资额超过20亿元。",
])
def test_the_bounds_of_size_classes_breaking_a_signing_down_are_no_amounts(text: str) -> None:
    assert values(text) == [18_000_000_000]
    assert headline_investment(text, find_amounts(text))[0] == 18_000_000_000


def test_a_tally_of_size_classes_on_its_own_keeps_its_figures() -> None:
    assert values("截至目前，全县已落户1亿元以上项目8个、5000万元以上企业21家。") == [100_000_000, 50_000_000]


def test_a_total_in_yi_without_yuan_may_name_what_it_pays_for() -> None:
    text = "分别是总投资12亿的汽车配件项目、总投资8亿的食品加工项目。预计引入总投资额将达95亿。"
    assert values(text) == [1_200_000_000, 800_000_000, 9_500_000_000]
    assert values("该项目投资3亿多元。") == [300_000_000]
