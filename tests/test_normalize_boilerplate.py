"""Page chrome, headers, footers and credits leave the body; the metadata they carry is kept in ``found``."""

from __future__ import annotations

import pytest

from generator.normalize import clean_article
from tests.test_normalize_samples import STORY, read_seed


def test_forum_chrome_goes_and_its_date_is_kept() -> None:
    clean = clean_article(read_seed("001_1d2386a1af316ac4.txt"))
    assert clean.body.startswith("9月3日至6日，区委书记马良率队赴广东省深圳市开展招商考察")
    for chrome in ("发表于", "显示全部楼层", "|"):
        assert chrome not in clean.body
    assert clean.found["posted"] == "2021-09-08"


@pytest.mark.parametrize(
    ("seed", "footer_words", "source", "last_sentence"),
    [
        ("002_61229126aa1beebf.txt", ["版权", "免责声明", "延伸阅读", "ICP备", "公网安备"], "中国产业经济信息网",
         "快捷高效的“服务高地”和聚才引凤的“项目宝地”。"),
        ("003_e557cd73a67f878a.txt", ["推荐阅读", "从沉寂到火爆", "5G工厂名录", "版权声明", "拂晓报社"], "拂晓新闻网",
         "一定能赢得更加美好的未来。"),
        ("004_db233708d3e097bf.txt", ["免责声明", "侵犯了您的版权"], None,
         "全心全意支持广大企业和企业家创新创业、筑梦圆梦。"),
    ],
)
def test_footers_and_related_news_lists_go_and_name_the_source(
    seed: str, footer_words: list[str], source: str | None, last_sentence: str
) -> None:
    clean = clean_article(read_seed(seed))
    assert [word for word in footer_words if word in clean.body] == []
    assert clean.found.get("source") == source
    assert clean.body.endswith(last_sentence)


def test_metadata_header_is_harvested_with_odd_spaces_closed() -> None:
    raw = f"县里签约十二个项目\n2019-11-13 00:00:00 作者:张小红 来源:今日某 县\n{STORY}"
    clean = clean_article(raw)
    assert clean.body == f"县里签约十二个项目\n\n{STORY}"
    header = "2019-11-13 00:00:00 作者:张小红 来源:今日某 县"
    assert clean.found == {"posted": "2019-11-13", "source": "今日某县", "reporter": "张小红",
                           "source.phrase": header, "reporter.phrase": header}  # the line is their evidence


def test_site_footer_editor_keywords_and_navigation_go() -> None:
    raw = "\n".join([
        STORY,
        "关键词: 招商引资 项目",
        "责任编辑：王小明",
        "上一篇：某某县召开招商大会",
        "下一篇：",
        "【打印】  【关闭】",
        "主办单位:某某县商务局 电话:0123-4567890 传真:0123-4567891",
        "某ICP备12345678号-1",
        "网站标识码:1234000077",
    ])
    clean = clean_article(raw)
    assert clean.body == STORY
    assert clean.found["editor"] == "王小明"
    assert clean.found["source"] == "某某县商务局"
    assert clean.cleanup["page_chrome"] == 8


def test_column_name_and_clickbait_prefix_above_the_headline_go() -> None:
    assert clean_article(f"县市之窗\n某某县精准招商取得新成效\n{STORY}").body.startswith("某某县精准招商取得新成效\n\n")
    assert clean_article(f"当前观点:某某县签约12个项目\n{STORY}").body.startswith("某某县签约12个项目\n\n")


def test_article_sentences_that_mention_sources_stay() -> None:
    raw = f"{STORY}\n项目资金来源：企业自筹和银行贷款，建设时间：两年。"
    assert clean_article(raw).body == f"{STORY}\n\n项目资金来源：企业自筹和银行贷款，建设时间：两年。"


def test_breadcrumbs_share_widgets_and_ranking_lists_go() -> None:
    raw = "\n".join([
        "首页 > 新闻中心 > 正文",
        STORY,
        "【字体：大 中 小】",
        "微信扫一扫",
        "Copyright 2020 某某网 All Rights Reserved",
        "点击排行",
        "某某县召开招商大会",
        "某某区签约三个项目",
    ])
    assert clean_article(raw).body == STORY


def test_source_in_brackets_closing_the_article_is_harvested() -> None:
    clean = clean_article(f"{STORY}（来源：某某日报）")
    assert clean.body == STORY
    assert clean.found == {"source": "某某日报", "source.phrase": "（来源：某某日报）"}


def test_a_long_paragraph_that_mentions_copyright_is_article_text() -> None:
    paragraph = "会上，园区介绍了知识产权保护工作：如涉及侵权纠纷，园区将提供法律援助。" + STORY * 4
    assert clean_article(paragraph).body == paragraph


def test_a_sentence_mentioning_a_hotline_is_article_text() -> None:
    paragraph = "县里开通营商环境举报电话，企业反映的问题限时办结，今年已办结企业诉求120件，满意率达98%。"
    assert clean_article(f"{STORY}\n{paragraph}\n举报电话：12345").body == f"{STORY}\n\n{paragraph}"


def test_original_address_is_kept_but_a_vendor_link_is_not() -> None:
    clean = clean_article(f"{STORY}\n原文链接：http://news.example.cn/2021/0908/1.html\n技术支持：http://vendor.example.com")
    assert clean.body == STORY
    assert clean.found == {"url": "http://news.example.cn/2021/0908/1.html"}


@pytest.mark.parametrize(("header", "posted"), [
    ("16.07.2019  22:17", "2019-07-16"),
    ("07/16/2019 08:00", "2019-07-16"),
    ("• 2020-05-08 08:54", "2020-05-08"),
    ("来源：某某网 | 2021-12-01 16:03:14", "2021-12-01"),
    ("来源：某某新闻网 责任编辑：王小丽 2022-06-01 11:31:46", "2022-06-01"),
])
def test_a_header_dates_the_page_in_any_of_its_shapes(header: str, posted: str) -> None:
    clean = clean_article(f"{header}\n{STORY}")
    assert clean.body == STORY
    assert clean.found["posted"] == posted
