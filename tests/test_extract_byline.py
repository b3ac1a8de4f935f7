"""Source and reporter: given metadata, then what cleaning harvested, then bylines and datelines in the text."""

from __future__ import annotations

from generator.extract.byline import find_source_and_reporter, reporter_names, strip_dateline
from generator.extract.facts import ArticleText


def byline(body: str, found: dict[str, str] | None = None, given: dict[str, str] | None = None,
           ) -> tuple[str | None, str | None]:
    return find_source_and_reporter(ArticleText(body=body, found=found or {}, given=given or {}))


def test_given_metadata_wins_over_what_cleaning_found() -> None:
    found = {"source": "拂晓新闻网", "reporter": "刘文晴"}
    assert byline("正文。", found) == ("拂晓新闻网", "刘文晴")
    assert byline("正文。", found, {"source": "宿州日报"}) == ("宿州日报", "刘文晴")


def test_a_reporter_in_brackets_or_after_the_word_reporter() -> None:
    assert byline("通化市成为招商引资的“项目宝地”。（记者李铭）") == (None, "李铭")
    assert byline("一定能赢得更加美好的未来。记者 刘文晴") == (None, "刘文晴")
    assert byline("尽快形成聚集效应。（记者 唐翀 通讯员 王晓光）") == (None, "唐翀")


def test_a_dateline_names_outlet_and_reporters() -> None:
    text = "人民网南宁9月24日电 （记者邓建胜、庞革平）9月24日下午，广西举行推介会。"
    assert byline(text) == ("人民网", "邓建胜、庞革平")
    assert byline("东北网5月28日讯 5月24日，交流活动如期举行。") == ("东北网", None)
    assert byline("中新网 南宁9月24日电（涂丽莎）9月24日，东博会开幕。") == ("中新网", "涂丽莎")


def test_a_source_line_with_its_spaces_closed() -> None:
    assert byline("作者：丁小玲 来源：今日高 邮\n\n11日下午，签约仪式举行。") == ("今日高邮", "丁小玲")


def test_what_is_not_a_source_or_a_reporter() -> None:
    assert byline("来源： sp20241114\n\n本报讯 1月10日，现场签约11个项目。") == (None, None)
    assert byline("正文。", {"reporter": "驻郑办"}) == (None, None)
    assert reporter_names("高敏、信都王帅薇") == "高敏"
    assert reporter_names("王 勇、李 宇") == "王勇、李宇"


def test_a_summary_starts_after_the_dateline() -> None:
    assert strip_dateline("本报绍兴讯 记者黄继妍报道：7月31日，江西举行洽谈会。") == "7月31日，江西举行洽谈会。"
    assert strip_dateline("中新网重庆新闻10月11日电（罗玉莹）近日，南川区组织考察。") == "近日，南川区组织考察。"
    assert strip_dateline("观点网讯：12月9日，光明区签约5个项目。") == "12月9日，光明区签约5个项目。"
    assert strip_dateline("今年以来，黔东南州始终把项目招引摆在“一号工程”位置。").startswith("今年以来")
