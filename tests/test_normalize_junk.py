"""Injected junk goes: stock quotes, spam and watermarks, HTML, censored abbreviations, repeated paragraphs."""

from __future__ import annotations

from generator.normalize import clean_article
from tests.test_normalize_samples import STORY


def test_stock_quote_after_a_company_name_goes_seed_tonghua() -> None:
    raw = "投資50億元的通化杭蕭鋼構11.220,-0.30,-2.60%裝配式建築產業園項目"
    clean = clean_article(raw)
    assert clean.body == "投资50亿元的通化杭萧钢构装配式建筑产业园项目"
    assert clean.cleanup["stock_quotes"] == 1


def test_censored_abbreviations_are_restored_from_the_table_seed_binhu() -> None:
    body = clean_article("9月3日至6日,区委sj马良率队赴深圳。滨湖认真落实市委、市zf部署要求。").body
    assert body == "9月3日至6日，区委书记马良率队赴深圳。滨湖认真落实市委、市政府部署要求。"


def test_redacted_name_in_a_fixed_phrase_is_restored() -> None:
    body = clean_article("全区上下深入学习X新时代中国特色社会主义思想，认真践行X总书记关于招商工作的指示。").body
    assert body == "全区上下深入学习习近平新时代中国特色社会主义思想，认真践行习近平总书记关于招商工作的指示。"


def test_latin_words_between_chinese_are_not_taken_for_abbreviations() -> None:
    text = "公司在A股上市，发展5G和LED产业。"
    assert clean_article(text).body == text


def test_gambling_plug_and_watermark_go_but_the_sentence_stays() -> None:
    raw = "市长出席推介会并致辞。 本文转自某某资讯站\n随后，某某棋牌官网:县恒远建材公司等6户企业签订了投资协议。"
    assert clean_article(raw).body == "市长出席推介会并致辞。\n\n随后，县恒远建材公司等6户企业签订了投资协议。"


def test_html_remnants_go_and_block_tags_break_paragraphs() -> None:
    raw = "<p>签约仪式在长沙举行。</p><p>现场签约&nbsp;项目8个，<strong>总投资</strong>11.25亿元。</p>"
    assert clean_article(raw).body == "签约仪式在长沙举行。\n\n现场签约 项目8个，总投资11.25亿元。"


def test_repeated_lead_and_duplicate_paragraph_go() -> None:
    raw = "\n".join([
        "导读：（记者 李四）某某市投资环境说明会暨重点项目签约仪式16日在南京举行。会上，客商与某",
        "某某网南京5月16日电 （记者 李四）某某市投资环境说明会暨重点项目签约仪式16日在南京举行。",
        "会上，客商与某某市现场签约项目12个，合同总金额35亿元。",
        "会上，客商与某某市现场签约项目12个，合同总金额35亿元。",
    ])
    clean = clean_article(raw)
    assert clean.body == "\n\n".join([
        "某某网南京5月16日电（记者 李四）某某市投资环境说明会暨重点项目签约仪式16日在南京举行。",
        "会上，客商与某某市现场签约项目12个，合同总金额35亿元。",
    ])
    dateline = "某某网南京5月16日电（记者 李四）"
    assert clean.found == {"source": "某某网", "reporter": "李四",
                           "source.phrase": dateline, "reporter.phrase": dateline}


def test_end_mark_goes() -> None:
    assert clean_article(f"{STORY}（完）").body == STORY
