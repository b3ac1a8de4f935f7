"""GBK byte-misalignment repair: seed runs, runs made here the way a broken scraper makes them, and honesty."""

from __future__ import annotations

from generator.normalize import clean_article
from generator.normalize.mojibake import UNREADABLE_MARKER, repair_mojibake
from generator.normalize.pipeline import CleaningContext
from generator.normalize.script import ScriptConverter

FOLD = str.maketrans({"！": "!", "，": ",", "？": "?", "：": ":", "；": ";", "（": "(", "）": ")"})


def misaligned(text: str, lost_at: int, mark_loss: bool = True) -> str:
    """What a scraper prints when it loses the byte at ``lost_at`` of ``text`` in GBK and reads on one byte off.

    The lost byte shows as ``?`` (or not at all); every pair after it is read across characters until an ASCII
    byte brings the reading back in step; full-width punctuation is then folded to ASCII.
    """
    data = text.encode("gbk")
    prefix = data[:lost_at].decode("gbk")
    rest = data[lost_at + 1:]
    out, position = [], 0
    while position < len(rest):
        if rest[position] < 0x80:
            out.append(chr(rest[position]))
            position += 1
            continue
        out.append(rest[position:position + 2].decode("gbk"))
        position += 2
    return (prefix + ("?" if mark_loss else "") + "".join(out)).translate(FOLD)


def repaired(text: str) -> tuple[str, list[str]]:
    context = CleaningContext(converter=ScriptConverter.get("t2s"))
    result, _ = repair_mojibake(text, context)
    return result, context.warnings


def test_seed_tonghua_quote_end_is_restored() -> None:
    raw = "一定可以在通化把企業(yè)做起來?!睖刂萑A南印業(yè)有限公司董事長林思銳"
    text, warnings = repaired(raw)
    assert text == "一定可以在通化把企業(yè)做起來。”溫州華南印業(yè)有限公司董事長林思銳"
    assert warnings == []


def test_the_simulation_reproduces_the_seed_run() -> None:
    original = "做起來。”溫州華南印業"
    assert misaligned(original, len("做起來".encode("gbk"))) == "做起來?!睖刂萑A南印業"


def test_seed_tonghua_article_begins_and_reads_cleanly() -> None:
    with open("articles/002_61229126aa1beebf.txt", encoding="utf-8") as handle:
        body = clean_article(handle.read()).body
    assert body.startswith("“通化作为中国医药城，市场很大，")
    assert "。”温州华南印业有限公司董事长林思锐" in body


def test_character_named_by_its_pinyin_elsewhere_in_the_article() -> None:
    raw = "嚴(yán)把項(xiàng)目“入口關(guān)”,提升入?yún)^(qū)項(xiàng)目品質(zhì)。經(jīng)開區(qū)"
    text, warnings = repaired(raw)
    assert "提升入區(qū)項(xiàng)目品質(zhì)" in text
    assert warnings == []
    assert "入区项目品质" in clean_article(raw).body


def test_lost_full_stop_before_a_new_sentence_is_restored() -> None:
    original = "簽約儀式在長沙舉行。現場簽約項目12個"
    raw = misaligned(original, len("簽約儀式在長沙舉行".encode("gbk")))
    assert raw != original
    assert repaired(raw)[0] == original


def test_unmarked_loss_after_an_exclamation_is_restored_at_the_glued_letter() -> None:
    original = "攜手共同發展！”紅旗集團總經理說"
    raw = misaligned(original, len("攜手共同發展！".encode("gbk")), mark_loss=False)
    assert raw == "攜手共同發展!奔t旗集團總經理說"
    assert repaired(raw)[0] == "攜手共同發展!”紅旗集團總經理說"


def test_what_the_bytes_cannot_tell_is_cut_and_marked_not_invented() -> None:
    raw = "省農墾集團;??谑姓⑷齺喪姓謩e與上海公司簽約"
    text, warnings = repaired(raw)
    assert text.startswith("省農墾集團;" + UNREADABLE_MARKER)
    assert text.endswith("與上海公司簽約")
    assert len(warnings) == 1 and "谑姓" in warnings[0]


def test_partly_repairable_run_keeps_what_the_bytes_give() -> None:
    raw = "蘊藏巨大發(fā)展?jié)摿Φ乃拗萁?jīng)開區(qū),一定能贏得未來。宿州經(jīng)開區(qū)"
    text, _ = repaired(raw)
    assert text.startswith("蘊藏巨大發(fā)展" + UNREADABLE_MARKER + "力的宿州經開區(qū)")


def test_ordinary_text_is_left_alone() -> None:
    for text in ("他问:你们什么时候来?我们明天到。", "公司在A股上市,X光设备", "项目总投资1.5亿元!"):
        assert repaired(text) == (text, [])
