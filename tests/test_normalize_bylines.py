"""Bylines: outlet, reporters and editor in every standard shape, read once and settled in one order of trust."""

from __future__ import annotations

import pytest

from generator.contracts.article import ArticleRecord, ArticleText
from generator.extract.facts import fill_facts
from generator.extract.names.people import credited_names
from generator.normalize import clean_article
from generator.normalize.bylines import read_credit, strip_dateline
from tests.test_normalize_samples import STORY

LEAD = "5月9日，某某县在深圳举办招商推介会，现场签约项目8个，总投资36.5亿元。"


def credits(raw: str) -> tuple[str | None, str | None]:
    """The source and reporter a whole build records for ``raw``."""
    clean = clean_article(raw)
    record = ArticleRecord(id="a", source_file="a.txt", title="", body=clean.body)
    fill_facts(record, ArticleText(body=clean.body, found=clean.found))
    return record.source, record.reporter


@pytest.mark.parametrize(("raw", "source", "reporter"), [
    (f"本报讯(记者 周明远)\u3000{LEAD}", None, "周明远"),
    (f"本报讯 见习记者孙晓雯报道 {LEAD}", None, "孙晓雯"),
    (f"本报讯 刘海川、记者宋立平报道：{LEAD}", None, "刘海川、宋立平"),
    (f"某某晚报讯(记者 何静远 通讯员 林一帆){LEAD}", "某某晚报", "何静远"),
    (f"【某州新闻网讯】(某州日报记者邓文涛报导){LEAD}", "某州新闻网", "邓文涛"),
    (f"某某网北京3月2日电 （记者 顾成林）{LEAD}", "某某网", "顾成林"),
    (f"某某在线某某频道消息(记者 唐小禾)：{LEAD}", "某某在线", "唐小禾"),
    (f"某某财经成都1月6日电(记者韦一鸣){LEAD}", None, "韦一鸣"),
    (f"(记者 钱立新/文 吴小川/图) {LEAD}", None, "钱立新"),
])
def test_a_dateline_opening_the_lead_names_outlet_and_reporters(raw: str, source: str | None,
                                                               reporter: str) -> None:
    assert credits(raw) == (source, reporter)
    assert LEAD in clean_article(raw).body  # the dateline is part of the text


@pytest.mark.parametrize(("raw", "source", "reporter"), [
    (f"撰文丨许嘉木\n{LEAD}", None, "许嘉木"),
    (f"文/许嘉木\n{LEAD}", None, "许嘉木"),
    (f"某某日报记者 邹明 范晓光\n通讯员 覃一 陆二\n{LEAD}", "某某日报", "邹明、范晓光"),
    (f"某某报·某某客户端记者 白云飞 实习生 牛小米 通讯员 郝一\n{LEAD}", "某某报·某某客户端", "白云飞"),
    (f"{LEAD}\n文字报道：韩立秋 曾远航", None, "韩立秋、曾远航"),
    (f"{LEAD}\n某某日报记者蒋一鸣孔雪晴", "某某日报", "蒋一鸣、孔雪晴"),
])
def test_credit_lines_leave_the_body(raw: str, source: str | None, reporter: str) -> None:
    assert credits(raw) == (source, reporter)
    assert clean_article(raw).body == LEAD


@pytest.mark.parametrize(("raw", "source", "reporter"), [
    (f"{LEAD}(记者 钟子期 通讯员 俞伯牙)", None, "钟子期"),
    (f"{LEAD}(钟子期 俞伯牙)", None, "钟子期、俞伯牙"),
    (f"{LEAD}（某某日报记者卢一鸣 通讯员 洪二）", "某某日报", "卢一鸣"),
    (f"{LEAD}(总台记者 谢安然 编辑 石磊)\n地址：某某路1号\n手机：13800000000", "总台", "谢安然"),
    (f"{LEAD}\n(文章来源：某某经济网)\n推荐内容", "某某经济网", None),
    (f"{LEAD}\n某某日报", "某某日报", None),
])
def test_closing_credits_leave_the_body(raw: str, source: str | None, reporter: str | None) -> None:
    assert credits(raw) == (source, reporter)
    assert clean_article(raw).body.startswith(LEAD)
    assert "记者" not in clean_article(raw).body


@pytest.mark.parametrize(("raw", "source", "posted"), [
    (f"某某网 2023-04-06 15:21\n{LEAD}", "某某网", "2023-04-06"),
    (f"http://www.example.com【某州经济网】2024-09-09\n{LEAD}", "某州经济网", "2024-09-09"),
    (f"某某日报 数字报纸\n{LEAD}", "某某日报", None),
    (f"某某区网 > 时政要闻\n{LEAD}", "某某区网", None),
    (f"来源：某某总台某某在线 | 2023-12-01 16:03:14\n{LEAD}", "某某总台某某在线", "2023-12-01"),
])
def test_header_lines_name_the_outlet_and_date_the_page(raw: str, source: str, posted: str | None) -> None:
    clean = clean_article(raw)
    assert clean.body == LEAD
    assert clean.found.get("source") == source
    assert clean.found.get("posted") == posted


def test_an_outlet_whose_reporter_tells_the_lead() -> None:
    assert credits(f"4月8日，某某日报记者从市商务局获悉，{LEAD}") == ("某某日报", None)


def test_the_writers_outlet_wins_over_the_page_that_carries_it() -> None:
    raw = f"某某新闻网 > 要闻\n来源：某某客户端\n某某报记者 方小圆\n{LEAD}\n版权所有：某某新闻网"
    assert credits(raw) == ("某某报", "方小圆")
    assert credits(f"某某新闻网 > 要闻\n来源：某某客户端\n{LEAD}") == ("某某客户端", None)


def test_names_before_a_headers_labels_are_its_authors() -> None:
    assert credits(f"罗一 秦二 发布时间：2018-05-27 08:52 来源：某某网\n{LEAD}") == ("某某网", "罗一、秦二")


def test_prose_and_captions_are_no_credit() -> None:
    assert read_credit("记者从市招商局了解到") is None
    assert read_credit("记者了解到") is None
    raw = f"{STORY}\n（资料图）\n{STORY[:20]}。"
    assert credits(raw) == (None, None)
    assert credits(f"{STORY}\n记者手记\n走进园区，塔吊林立。") == (None, None)


def test_credited_names_are_personal_names() -> None:
    assert credited_names("赵静、桥西刘雅琪") == "赵静"
    assert credited_names("邱月") == "邱月"
    assert credited_names("蒋一鸣孔雪晴") == "蒋一鸣、孔雪晴"
    assert credited_names("高明、园区王小燕") == "高明"
    assert credited_names("驻郑办") is None


def test_given_metadata_wins_over_what_cleaning_found() -> None:
    record = ArticleRecord(id="a", source_file="a.txt", title="", body=LEAD)
    fill_facts(record, ArticleText(body=LEAD, found={"source": "某某网", "reporter": "刘文"},
                                   given={"source": "某某日报"}))
    assert (record.source, record.reporter) == ("某某日报", "刘文")


def test_a_summary_starts_after_the_dateline() -> None:
    assert strip_dateline(f"本报某某讯 记者孙立平报道：{LEAD}") == LEAD
    assert strip_dateline(f"某某网四川新闻11月3日电（何佳怡）{LEAD}") == LEAD
    assert strip_dateline(f"某某网讯：{LEAD}") == LEAD
    assert strip_dateline(LEAD) == LEAD


def test_source_and_reporter_keep_the_words_they_were_read_from() -> None:
    clean = clean_article(f"某某网杭州3月2日电（记者 顾成林）{LEAD}")
    record = ArticleRecord(id="a", source_file="a.txt", title="", body=clean.body)
    fill_facts(record, ArticleText(body=clean.body, found=clean.found, given={"reporter": "顾成林"}))
    assert record.evidence["source"] == "某某网杭州3月2日电（记者 顾成林）"
    assert "reporter" not in record.evidence  # given, not read: nothing to show



def test_a_public_accounts_call_for_contributions_names_the_outlet_and_leaves_the_body() -> None:
    raw = f"{LEAD}\n\n“某山发布”欢迎大家投稿，来稿请附作者电话，投稿邮箱：tougao@example.cn"
    assert credits(raw) == ("某山发布", None)
    assert "欢迎大家投稿" not in clean_article(raw).body
    # A sentence of the story that welcomes investment is no such call.
    assert "欢迎" in clean_article(f"{LEAD}县长表示，欢迎各地客商来县投资兴业。").body
