"""Keywords: jieba TF-IDF without the genre's everyday words, numbers, single characters or pieces of longer ones."""

from __future__ import annotations

from generator.extract.keywords import MAX_KEYWORDS, STOP_WORDS, top_keywords

YOUYU = ("3月18日，在右玉县新能源产业招商引资签约会上，现场签约9个项目，协议投资总额52.3亿元。"
         "牛心堡150MW风电项目拟投资9.2亿元、独立储能电站拟投资7亿元。签约的新能源项目中，3个光伏项目投资额约21亿元。"
         "右玉县风光资源富集。近几年，全县大力发展风电、光伏等清洁能源产业，推动建设清洁能源示范县。"
         "截至目前，全县光伏装机容量达到260MW，威远60MW风电场项目、杀虎口40MW风电场项目已建成并网。")


def test_keywords_say_what_the_story_is_about() -> None:
    keywords = top_keywords(YOUYU)
    assert {"新能源", "光伏", "储能"} & set(keywords)
    assert len(keywords) <= MAX_KEYWORDS


def test_genre_words_numbers_and_single_characters_are_not_keywords() -> None:
    keywords = top_keywords(YOUYU * 3)
    assert not {"发展", "工作", "推动", "项目", "招商", "招商引资", "签约", "亿元"} & set(keywords)
    assert all(len(word) >= 2 and not word.isascii() for word in keywords)


def test_a_piece_of_a_longer_keyword_is_dropped() -> None:
    keywords = top_keywords("通化市医药产业发展迅速。通化市人参产业园落户。通化人参深加工项目签约。通化市医药高新区。")
    assert not any(word != other and word in other for word in keywords for other in keywords)


def test_the_stop_list_holds_the_issue_examples() -> None:
    assert {"发展", "工作", "推动"} <= STOP_WORDS


def test_an_empty_text_has_no_keywords() -> None:
    assert top_keywords("") == []


def test_personal_names_are_not_keywords_even_when_jieba_does_not_know_them() -> None:
    text = "县长陈作林调研光伏项目。陈作林指出，光伏和储能是全县的主导产业。陈作林要求加快储能电站建设。" * 2
    keywords = top_keywords(text)
    assert "光伏" in keywords and "储能" in keywords
    assert not any("作林" in word for word in keywords)
