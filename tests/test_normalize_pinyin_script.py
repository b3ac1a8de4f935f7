"""Pinyin annotations glued after characters go; real parentheses stay; Traditional becomes Simplified."""

from __future__ import annotations

from generator.normalize import clean_article
from generator.normalize.pinyin import strip_pinyin_annotations
from generator.normalize.pipeline import CleaningContext
from generator.normalize.script import ScriptConverter


def strip(text: str) -> str:
    return strip_pinyin_annotations(text, CleaningContext(converter=ScriptConverter.get("t2s")))[0]


def test_annotations_with_tone_marks_and_u_umlaut_go() -> None:
    assert strip("通化作為中國醫(yī)藥城") == "通化作為中國醫藥城"
    assert strip("堅持發（fā）展") == "堅持發展"
    assert strip("綠(lǜ)色轉(zhuǎn)型") == "綠色轉型"


def test_real_parentheses_stay() -> None:
    for text in ("赛诺生(深圳)公司", "(记者李铭)", "人工智能(ai)产业", "经开区(综保区)"):
        assert strip(text) == text


def test_seed_tonghua_is_simplified_without_annotations() -> None:
    with open("articles/002_61229126aa1beebf.txt", encoding="utf-8") as handle:
        clean = clean_article(handle.read())
    assert clean.script == "traditional"
    assert "(yī)" not in clean.body and "醫" not in clean.body
    assert "对引进的重点项目给予全方位、全过程、全天候、优质高效的服务" in clean.body


def test_configured_conversion_is_used() -> None:
    assert clean_article("臺灣的軟體產業很發達。", "t2s").body == "台湾的软体产业很发达。"
    assert clean_article("臺灣的軟體產業很發達。", "tw2sp").body == "台湾的软件产业很发达。"
    assert clean_article("这是简体文章。").script == "simplified"


def test_words_opencc_leaves_traditional_are_fixed_but_real_zhu_stays() -> None:
    body = clean_article("隨著項目落地，這標誌著通化市著力招商，著名企業紛紛入駐。").body
    assert body == "随着项目落地，这标志着通化市着力招商，著名企业纷纷入驻。"
