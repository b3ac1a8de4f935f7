"""Title and summary: the article's own headline or a generated one; one or two lead sentences, at most 150."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from generator.contracts.article import ArticleRecord, ArticleText, Region
from generator.extract.headline import MAX_TITLE, choose_title, split_headline
from generator.extract.summary import MAX_SUMMARY, summarize

SUZHOU = "宿州经开区招商引资磁力满满\n\n一场常州之行，宿州经开区收获颇丰。\n\n近日，产业推介会圆满落幕。"


def record(**facts: object) -> ArticleRecord:
    return ArticleRecord(id="a", source_file="a.txt", title="", body="", **facts)  # type: ignore[arg-type]


def test_a_short_first_line_is_the_headline() -> None:
    assert split_headline(SUZHOU) == ("宿州经开区招商引资磁力满满",
                                      "一场常州之行，宿州经开区收获颇丰。\n\n近日，产业推介会圆满落幕。")


def test_a_headline_set_on_two_lines_is_joined() -> None:
    body = "云南“沪企入滇”签约合作项目64个\n\n总投资额1927.45亿元\n\n7月9日下午，云南在上海举行推介会。"
    assert split_headline(body) == ("云南“沪企入滇”签约合作项目64个 总投资额1927.45亿元",
                                    "7月9日下午，云南在上海举行推介会。")


def test_a_lead_sentence_is_not_a_headline() -> None:
    body = "一场常州之行，宿州经开区收获颇丰。\n\n近日，推介会圆满落幕。"
    assert split_headline(body) == (None, body)
    assert split_headline("只有一段") == (None, "只有一段")


def test_given_title_then_own_headline_then_generated() -> None:
    changchun = record(region=Region(name="长春经开区"), destinations=["杭州市"], signed_projects=6)
    assert choose_title(ArticleText(body="正文。", given={"title": "给定标题"}), changchun) == "给定标题"
    own = ArticleText(body="正文。", headline="宿州经开区招商引资磁力满满")
    assert choose_title(own, changchun) == "宿州经开区招商引资磁力满满"
    assert choose_title(ArticleText(body="正文。"), changchun) == "长春经开区赴杭州市招商，6个项目签约"


def test_a_generated_title_adds_the_total_while_it_fits() -> None:
    nanshan = record(region=Region(name="南山区"), signed_projects=7, investment_yuan=120e8)
    assert choose_title(ArticleText(body="正文。"), nanshan) == "南山区招商引资，7个项目签约，总投资120亿元"
    long_name = record(region=Region(name="莫力达瓦达斡尔族自治旗"), destinations=["深圳市"], signed_projects=22,
                       investment_yuan=23.68e8)
    title = choose_title(ArticleText(body="正文。"), long_name)
    assert title == "莫力达瓦达斡尔族自治旗赴深圳市招商，22个项目签约" and len(title) <= MAX_TITLE


def test_a_generated_title_writes_a_trillion_as_wanyi() -> None:
    big = record(region=Region(name="东湖区"), investment_yuan=1.25e12)
    assert choose_title(ArticleText(body="正文。"), big) == "东湖区招商引资，总投资1.25万亿元"


def test_no_region_falls_back_to_the_summary() -> None:
    nowhere = record(summary="近日，某地举办推介会。")
    assert choose_title(ArticleText(body="正文。"), nowhere) == "近日，某地举办推介会。"


def test_summary_is_one_or_two_whole_lead_sentences() -> None:
    body = ("6月18日上午，新城区赴滨江区开展产业协作推介活动。滨江区共有120余家企业应邀参会。"
            "推介会开始前，两区负责同志举行了座谈。\n\n第二段。")
    assert summarize(body) == "6月18日上午，新城区赴滨江区开展产业协作推介活动。滨江区共有120余家企业应邀参会。"


def test_summary_skips_the_dateline_and_a_subtitle() -> None:
    body = "总投资额1927.45亿元\n\n人民网贵阳7月9日电 （记者吴志伟）7月9日下午，贵州举行推介会。本次签约64个项目。"
    assert summarize(body) == "7月9日下午，贵州举行推介会。本次签约64个项目。"


def test_a_long_sentence_is_cut_at_a_clause_within_150_characters() -> None:
    sentence = "，".join(["着力招引龙头、培育链主、壮大集群"] * 12) + "。"
    summary = summarize(sentence)
    assert len(summary) <= MAX_SUMMARY and summary.endswith("…") and summary.startswith("着力招引龙头")
    assert "，…" not in summary


@given(st.text(alphabet="甲乙丙，。！？\n“”", max_size=400))
@settings(max_examples=200, deadline=None)
def test_a_summary_never_exceeds_150_characters(body: str) -> None:
    assert len(summarize(body)) <= MAX_SUMMARY


def test_a_page_header_under_the_headline_is_no_part_of_it() -> None:
    text = "某某镇招商引资再掀新高潮\n\n| 工作动态 |2019-04-11\n\n近日，某某镇赴宁波开展招商活动。"
    headline, body = split_headline(text)
    assert headline == "某某镇招商引资再掀新高潮"
    assert body.startswith("| 工作动态 |2019-04-11")
