"""Chinese typography: ASCII marks beside Chinese become full-width, numbers and Latin keep theirs, doubles go."""

from __future__ import annotations

from generator.normalize import clean_article
from generator.normalize.pipeline import CleaningContext
from generator.normalize.punctuation import collapse_doubled_punctuation, make_full_width
from generator.normalize.script import ScriptConverter


def context() -> CleaningContext:
    return CleaningContext(converter=ScriptConverter.get("t2s"))


def test_ascii_marks_beside_chinese_become_full_width() -> None:
    text, count = make_full_width("9月3日至6日,区委书记马良率队赴深圳;他说:好!对吗?", context())
    assert text == "9月3日至6日，区委书记马良率队赴深圳；他说：好！对吗？"
    assert count == 5


def test_parentheses_around_or_beside_chinese_become_full_width() -> None:
    assert make_full_width("赛诺生(深圳)公司", context())[0] == "赛诺生（深圳）公司"
    assert make_full_width("投资(2021年)到位", context())[0] == "投资（2021年）到位"


def test_numbers_times_and_latin_keep_ascii_punctuation() -> None:
    text = "投资1,000万元,增长11.2%,时间2021-9-8 09:54,见 Hello, world: yes; http://a.cn"
    result = make_full_width(text, context())[0]
    for kept in ("1,000", "11.2%", "2021-9-8", "09:54", "Hello, world: yes;", "http://a.cn"):
        assert kept in result
    assert "万元，增长" in result


def test_doubled_punctuation_collapses_to_the_stronger_mark() -> None:
    seed = "一场常州之行，，宿州经开区收获颇丰，。电网侧储能项目，、芯片封测，投资总额近30亿元，！"
    text, count = collapse_doubled_punctuation(seed, context())
    assert text == "一场常州之行，宿州经开区收获颇丰。电网侧储能项目、芯片封测，投资总额近30亿元！"
    assert count == 4


def test_emphatic_marks_and_ellipsis_are_left_as_written() -> None:
    text = "真的吗？！一次次握手交流……"
    assert collapse_doubled_punctuation(text, context())[0] == text


def test_seed_suzhou_has_no_doubled_punctuation_left() -> None:
    with open("articles/003_e557cd73a67f878a.txt", encoding="utf-8") as handle:
        body = clean_article(handle.read()).body
    assert "，，" not in body and "，。" not in body and "，、" not in body
    assert "共寻合作机遇，共谋发展大计。" in body
