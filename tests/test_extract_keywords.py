"""Keywords: jieba TF-IDF without the genre's everyday words, numbers, single characters or pieces of longer ones."""

from __future__ import annotations

from generator.extract.keywords import MAX_KEYWORDS, STOP_WORDS, top_keywords

LOUFAN = ("1月10日，在娄烦县招商引资项目推介会上，现场签约11个项目，计划投资金额达80.46亿元。"
          "道仁沟100MW风力发电项目总投资约6.8亿元、共享储能电站项目总投资约12亿元。签约项目中，4个新能源项目投资总额约67亿元。"
          "娄烦县有丰富的风能、太阳能资源。近年来，该县大力发展风力、光伏等绿色能源产业，打造新能源发展基地县。"
          "目前，全县光伏发电运行总规模120MW，杜交曲50MW风电场项目、马头山49.5MW风电场项目落地开工。")


def test_keywords_say_what_the_story_is_about() -> None:
    keywords = top_keywords(LOUFAN)
    assert {"新能源", "光伏", "储能"} & set(keywords)
    assert len(keywords) <= MAX_KEYWORDS


def test_genre_words_numbers_and_single_characters_are_not_keywords() -> None:
    keywords = top_keywords(LOUFAN * 3)
    assert not {"发展", "工作", "推动", "项目", "招商", "招商引资", "签约", "亿元"} & set(keywords)
    assert all(len(word) >= 2 and not word.isascii() for word in keywords)


def test_a_piece_of_a_longer_keyword_is_dropped() -> None:
    keywords = top_keywords("通化市医药产业发展迅速。通化市人参产业园落户。通化人参深加工项目签约。通化市医药高新区。")
    assert not any(word != other and word in other for word in keywords for other in keywords)


def test_the_stop_list_holds_the_issue_examples() -> None:
    assert {"发展", "工作", "推动"} <= STOP_WORDS


def test_an_empty_text_has_no_keywords() -> None:
    assert top_keywords("") == []
