"""Source and reporter: given metadata, then what cleaning harvested, then bylines and datelines in the text."""

from __future__ import annotations

from generator.contracts.article import ArticleText
from generator.extract.byline import find_source_and_reporter, reporter_names, strip_dateline


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
    assert byline("力争早日形成产业集群。（记者 周彤 通讯员 李晓东）") == (None, "周彤")


def test_a_dateline_names_outlet_and_reporters() -> None:
    text = "人民网贵阳7月9日电 （记者吴志伟、何晓琳）7月9日下午，贵州举行推介会。"
    assert byline(text) == ("人民网", "吴志伟、何晓琳")
    assert byline("东北网6月20日讯 6月17日，洽谈活动顺利举行。") == ("东北网", None)
    assert byline("中新网 昆明8月16日电（杨雪婷）8月16日，南博会开幕。") == ("中新网", "杨雪婷")


def test_a_source_line_with_its_spaces_closed() -> None:
    assert byline("作者：陈思远 来源：今日盱 眙\n\n16日上午，签约活动举行。") == ("今日盱眙", "陈思远")


def test_what_is_not_a_source_or_a_reporter() -> None:
    assert byline("来源： sp20230607\n\n本报讯 3月22日，现场签约9个项目。") == (None, None)
    assert byline("正文。", {"reporter": "驻郑办"}) == (None, None)
    assert reporter_names("赵静、桥西刘雅琪") == "赵静"
    assert reporter_names("张 楠、刘 畅") == "张楠、刘畅"


def test_a_summary_starts_after_the_dateline() -> None:
    assert strip_dateline("本报嘉兴讯 记者孙立平报道：8月12日，安徽举办对接会。") == "8月12日，安徽举办对接会。"
    assert strip_dateline("中新网四川新闻11月3日电（何佳怡）近日，彭州市组织考察。") == "近日，彭州市组织考察。"
    assert strip_dateline("观点网讯：11月21日，南山区签约7个项目。") == "11月21日，南山区签约7个项目。"
    assert strip_dateline("今年以来，黔东南州始终把项目招引摆在“一号工程”位置。").startswith("今年以来")
