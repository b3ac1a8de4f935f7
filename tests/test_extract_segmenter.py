"""The segmenter reads jieba's IDF table and dictionary tags itself; it must rank and tag exactly as
``jieba.analyse`` and ``jieba.posseg`` do (imported here only, as the reference), and never import them."""

from __future__ import annotations

import subprocess
import sys

import jieba.analyse
import jieba.posseg

from generator.extract.names.segmenter import GENRE_WORDS, dictionary_tag, tfidf_ranking, words

STORY = ("淮安经济技术开发区组织招商小分队赴深圳、东莞开展驻点招商，先后拜访电子信息、新能源汽车零部件企业12家。"
         "双方就智能制造产业园项目深入交流，the project 拟总投资20亿元。该区还与苏州工业园区签订了合作协议，"
         "共建产业链协作平台，推动锂电池、光伏组件等项目落地。Shenzhen 之行 and 东莞之行都取得实效。")


def test_the_ranking_is_jiebas_own_tfidf_ranking_word_for_word() -> None:
    for text in (STORY, STORY * 3, "苏州工业园区" * 4 + "新能源汽车", "", "the of and 123"):
        assert tfidf_ranking(text) == jieba.analyse.extract_tags(text, topK=None)


def test_dictionary_tags_are_poseggs_with_the_genre_words_as_nouns() -> None:
    words("")  # the genre's words are added to jieba (and so to posseg's table) before the first cut
    jieba.posseg.dt.makesure_userdict_loaded()
    reference = jieba.posseg.dt.word_tag_tab
    for word in ("招商", "北京", "开发区", "张", "光伏", "深圳", "投资", "合作", *GENRE_WORDS["words"][:20]):
        assert dictionary_tag(word) == reference.get(word)
    assert all(dictionary_tag(word) == "n" for word in GENRE_WORDS["words"])
    assert dictionary_tag("不是一个词的一串字") is None


def test_the_build_does_not_import_jiebas_tagger_or_analyser() -> None:
    probe = ("import sys; from generator.assemble.pipeline import outcome_from_bytes; "
             "outcome_from_bytes('淮安开发区赴深圳招商，签约项目5个，总投资20亿元。'.encode() * 8, 'a.txt'); "
             "print(sorted(name for name in sys.modules if name.startswith(('jieba.posseg', 'jieba.analyse'))))")
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    assert result.stdout.strip() == "[]"
