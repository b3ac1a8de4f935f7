"""Structure: captions apart from the body, subheadings listed, paragraphs kept, bylines taken out as credit."""

from __future__ import annotations

from generator.normalize import clean_article
from tests.test_normalize_samples import STORY, read_seed


def test_image_captions_at_the_top_are_kept_apart_seed_changchun() -> None:
    clean = clean_article(read_seed("000_e40e28556c06d33c.txt"))
    assert clean.captions == [
        "我区与浙江吉林商会成功签订合作协议。",
        "党工委书记谢志敏参观杭州长光产业技术研究院。",
        "组织召开经开区杭州招商推介会。",
        "谢志敏、于海军与企业负责人座谈。",
        "推介会现场。",
    ]
    assert clean.body.startswith("为深入落实省委书记景俊海到经开区（综保区）调研指示精神，")


def test_caption_lines_anywhere_leave_the_body() -> None:
    clean = clean_article(f"{STORY}\n（资料图）\n{STORY[:20]}。\n图为项目洽谈会现场")
    assert clean.captions == ["（资料图）", "图为项目洽谈会现场"]
    assert "资料图" not in clean.body and "图为" not in clean.body


def test_one_short_first_line_is_not_a_caption() -> None:
    clean = clean_article(f"一场常州之行，宿州经开区收获颇丰。\n{STORY}")
    assert clean.captions == []
    assert clean.body.startswith("一场常州之行")


def test_subheadings_are_listed_and_stay_in_the_body_seed_zouping() -> None:
    clean = clean_article(read_seed("004_db233708d3e097bf.txt"))
    assert clean.subheadings == [
        "抢抓机遇凝聚招商合力", "以时间为轴的“招商路径”", "产业集群撬动发展动力", "磁场效应激发发展活力",
    ]
    assert "\n\n抢抓机遇凝聚招商合力\n\n" in clean.body
    assert "#" not in clean.body


def test_the_first_line_is_never_a_subheading() -> None:
    clean = clean_article(f"某某县签约十二个项目\n{STORY}")
    assert clean.subheadings == []


def test_paragraphs_flattened_by_the_scraper_are_split_again() -> None:
    clean = clean_article(f"{STORY} 在常州，一行考察了某阀门公司。 在无锡，一行考察了某微电子公司。")
    assert clean.body.split("\n\n") == [STORY, "在常州，一行考察了某阀门公司。", "在无锡，一行考察了某微电子公司。"]


def test_closing_bylines_leave_the_body_as_the_reporter() -> None:
    cases = {
        f"{STORY}(記者李銘)": "李铭",
        f"{STORY}记者 刘文晴": "刘文晴",
        f"{STORY}(张 楠、刘 畅)": "张楠、刘畅",
        f"{STORY}(记者 陈立 通讯员 王海涛)": "陈立",
    }
    for raw, reporter in cases.items():
        clean = clean_article(raw)
        assert clean.body == STORY, raw
        assert clean.found["reporter"] == reporter


def test_byline_line_with_outlet_names_both() -> None:
    for raw, source, reporter, phrase in (
        (f"{STORY}\n(平湖融媒记者:沈一鸣)", "平湖融媒", "沈一鸣", "(平湖融媒记者:沈一鸣)"),
        (f"{STORY}\n(岚山区投资促进局 何立群)", "岚山区投资促进局", "何立群", "（岚山区投资促进局 何立群）"),
    ):
        clean = clean_article(raw)
        assert clean.body == STORY
        assert clean.found == {"source": source, "reporter": reporter,
                               "source.phrase": phrase, "reporter.phrase": phrase}


def test_parentheses_ending_a_middle_paragraph_are_text() -> None:
    raw = f"项目落户赛诺生(深圳)。\n{STORY}"
    assert clean_article(raw).body == f"项目落户赛诺生（深圳）。\n\n{STORY}"


def test_opening_dateline_stays_and_names_outlet_and_reporter() -> None:
    clean = clean_article(f"中新网杭州新闻3月2日电(许安然)近日，{STORY}")
    assert clean.body.startswith("中新网杭州新闻3月2日电（许安然）近日，")
    dateline = "中新网杭州新闻3月2日电（许安然）"
    assert clean.found == {"source": "中新网", "reporter": "许安然",
                           "source.phrase": dateline, "reporter.phrase": dateline}


def test_two_short_opening_sentences_with_commas_stay_in_the_body() -> None:
    raw = f"13次对接，5次外出考察。\n招商引资是一场整体战，务必坚持一盘棋。\n{STORY}"
    clean = clean_article(raw)
    assert clean.captions == []
    assert clean.body.startswith("13次对接，5次外出考察。\n\n招商引资是一场整体战")


def test_byline_lines_anywhere_leave_the_body() -> None:
    for raw, found in (
        (f"本报记者 张三 通讯员 李四\n{STORY}", {"reporter": "张三", "reporter.phrase": "本报记者 张三 通讯员 李四"}),
        (f"文/张三\n{STORY}", {"reporter": "张三", "reporter.phrase": "文/张三"}),
        (f"{STORY}[责任编辑：王五]", {"editor": "王五"}),
    ):
        clean = clean_article(raw)
        assert clean.body == STORY
        assert clean.found == found


def test_a_reporters_notes_heading_is_not_a_byline() -> None:
    raw = f"{STORY}\n记者手记\n走进园区，塔吊林立，机器轰鸣，一派繁忙景象。"
    clean = clean_article(raw)
    assert clean.body == f"{STORY}\n\n记者手记\n\n走进园区，塔吊林立，机器轰鸣，一派繁忙景象。"
    assert clean.subheadings == ["记者手记"]


def test_caption_with_photographer_credit_leaves_the_body() -> None:
    clean = clean_article(f"{STORY}\n图为签约现场。（张三 摄）\n走进园区，塔吊林立，机器轰鸣，一派繁忙景象。")
    assert clean.captions == ["图为签约现场。（张三 摄）"]
    assert clean.body == f"{STORY}\n\n走进园区，塔吊林立，机器轰鸣，一派繁忙景象。"


def test_invisible_characters_vanish_and_odd_spaces_become_plain() -> None:
    assert clean_article("招\u200b商引资\ufeff工作\u00a0成效显著。").body == "招商引资工作 成效显著。"


def test_spaces_inside_a_date_are_closed() -> None:
    clean = clean_article(f"某某经贸活动 12 月 19 日将在上海举行，2019 年 共签约 8 个项目。\n{STORY}")
    assert clean.body.startswith("某某经贸活动 12月19日将在上海举行，2019年 共签约 8 个项目。")
