"""Adversarial inputs, generated: long texts that stress every extractor, and a corpus of hostile files.

``adversarial_texts(size)`` gives texts of about ``size`` characters, each repeating one ordinary-looking
pattern (amounts, officials, dates, company names, short lines, one endless line, a huge table...), so that
an algorithm superlinear in text length shows up as a time ratio between two sizes.

``write_corpus(folder)`` fills a folder with files a careless maintainer or a hostile contributor could drop
into ``articles/``: front-matter typos, stray bytes, control and bidi characters, terminal escapes and
non-UTF-8 bytes in names, folder links (a loop, one outside), an oversized saved page, navigation in a title.

    .venv/bin/python -m tests.adversarial_corpus OUT_FOLDER [SIZE]
"""

from __future__ import annotations

import os
import random
import sys
from collections.abc import Callable
from pathlib import Path

# Written for these tests: sentences of the genre, with no real names or sums.
LEAD = "本报讯 近日，青川市经济技术开发区招商团队赴苏州开展招商活动，与二十余家企业洽谈合作。\n"
UNITS: dict[str, Callable[[int], str]] = {
    "amounts": lambda i: f"签约项目{i % 97 + 1}个，总投资{i % 500 + 1}.{i % 10}亿元。",
    "amounts_no_stop": lambda i: f"总投资{i % 500 + 1}亿元计划投资{i % 90 + 2}万元",
    "short_lines": lambda i: f"第{i % 9 + 1}行\n",
    "officials": lambda i: f"市委书记{'张王李赵刘陈杨黄'[i % 8]}{'明华强伟'[i % 4]}、副市长{'周吴郑'[i % 3]}平出席。",
    "dates": lambda i: f"{2000 + i % 25}年{i % 12 + 1}月{i % 28 + 1}日，",
    "companies": lambda i: f"青川{'甲乙丙丁戊'[i % 5]}{'科技智能新材'[i % 6]}有限公司、",
    "places": lambda i: f"赴{['杭州', '宁波', '合肥', '成都'][i % 4]}开展招商，落地{['滨湖', '高新'][i % 2]}区，",
    "sectors": lambda i: "新能源汽车生物医药集成电路高端装备数字经济"[i % 5 * 4:i % 5 * 4 + 4] + "产业、",
    "no_punctuation": lambda i: "招商引资项目建设推进会议召开企业"[i % 16],
    "table": lambda i: f"| 项目{i} | 金额{i % 50}亿元 | 青川市 |\n" if i else "| 项目 | 金额 | 地点 |\n|---|---|---|\n",
    "numerals": lambda i: "一二三四五六七八九十百千万亿"[i % 14],
    "digits": lambda i: str(i % 10),
    "parentheses": lambda i: "（" if i % 2 else "）青川（",
    "dashes": lambda i: "\n---\n" if i % 2 else "招商项目签约",
    "pinyin": lambda i: "醫(yī)藥(yào)" if i % 2 else "招商",
    "bylines": lambda i: f"（记者{'张王李'[i % 3]}明）来源：青川日报 编辑：{'周吴'[i % 2]}平\n",
    "spaces": lambda i: "招 商 " if i % 3 else "\u3000\t ",
    "latin": lambda i: "abc " if i % 2 else "ABC-123, ",
    "mojibake": lambda i: "?!睖刂" if i % 2 else "鍚堜綔",
    "repeated_paragraphs": lambda i: "青川市举办招商推介会，签约项目八个。\n\n",
    "signing": lambda i: f"共签约项目{i % 30 + 1}个，签约总额{i % 80 + 1}亿元；",
}


def repeat_to(size: int, unit: Callable[[int], str]) -> str:
    """``LEAD`` followed by ``unit(0), unit(1)...`` up to about ``size`` characters."""
    parts, length, index = [LEAD], len(LEAD), 0
    while length < size:
        piece = unit(index)
        parts.append(piece)
        length += len(piece)
        index += 1
    return "".join(parts)


def random_han(size: int, seed: int = 7) -> str:
    """Random common-range Han characters with a stop now and then."""
    generator = random.Random(seed)
    return LEAD + "".join(generator.choice("招商引资项目签约投资亿元市区县企业产业园开发。，")
                          for _ in range(size))


def adversarial_texts(size: int) -> dict[str, str]:
    """Every adversarial text of about ``size`` characters, by name."""
    texts = {name: repeat_to(size, unit) for name, unit in UNITS.items()}
    texts["random_han"] = random_han(size)
    return texts


def saved_page(paragraphs: int) -> str:
    """A saved web page with navigation in its title and ``paragraphs`` article paragraphs."""
    body = "".join(f"<p>{UNITS['amounts'](i)}青川市招商推介会第{i}段内容。</p>\n" for i in range(paragraphs))
    return ("<!DOCTYPE html><html><head><meta charset=\"utf-8\">"
            "<title>首页 | 新闻 | 关于 | 青川市举办招商推介会</title></head><body>"
            "<nav><a href=\"/\">首页</a> | <a href=\"/news\">新闻</a> | <a href=\"/about\">关于</a></nav>"
            f"<article><h1>青川市举办招商推介会</h1>\n{body}</article><footer>版权所有</footer></body></html>")


ARTICLE = ("青川市举办招商推介会。来自长三角的八十余家企业参加了推介会，会上集中签约项目六个，总投资十二亿元，"
           "涉及智能装备和新材料等产业。市委书记张明出席并致辞，表示将持续优化营商环境。\n")
CITIES = ["青川市", "白河县", "云岭区", "石门县", "临江市", "东坪区", "北山县", "南湖市", "西岭县", "柳溪区",
          "松原湾区", "桃源县", "清水市", "梅岭区", "金沙县", "玉泉市", "长林区", "凤台县", "龙门市", "鹤山区",
          "竹溪县", "黄石湾市"]
EVENTS = ["招商推介会", "项目集中签约仪式", "经贸洽谈会", "产业对接会", "投资环境说明会", "重点项目观摩会"]
SECTORS = ["智能装备和新材料", "生物医药和医疗器械", "新能源汽车零部件", "数字经济和软件服务", "现代物流和冷链",
           "绿色食品加工", "集成电路封装测试"]
FOLLOW_UPS = ["与会企业代表表示将加快项目落地进度。", "会后客商实地考察了产业园区和标准厂房。",
              "当地将为签约项目提供全程代办服务。", "部分项目计划于年内开工建设。", "推介会还发布了重点招商项目清单。"]


def distinct_article(number: int) -> str:
    """A short article of the genre, different enough from every other ``number`` not to be merged as a copy."""
    city, event = CITIES[number % len(CITIES)], EVENTS[number % len(EVENTS)]
    sector = SECTORS[number % len(SECTORS)]
    follow = "".join(FOLLOW_UPS[(number + step) % len(FOLLOW_UPS)] for step in range(3))
    return (f"{city}举办{event}（第{number + 1}场）。来自各地的{number % 70 + 20}家企业参加，现场签约项目"
            f"{number % 40 + 3}个，总投资{number * 7 % 300 + 11}亿元，涉及{sector}等产业。{follow}\n")


FRONT_MATTER_TYPOS = {
    "bad_date": "date: 2023-02-30\ntitle: 日期写错的文章",
    "bad_int": "title: !!int x",
    "bad_float": "title: !!float abc\nsource: 青川日报",
    "huge_number": "title: " + "9" * 5000,
    "deep_nesting": "title: " + "[" * 4000 + "]" * 4000,
    "deep_mapping": "title: " + "{a: " * 1500 + "b" + "}" * 1500,
    "nested_value": "title: " + "[" * 50 + "x" + "]" * 50 + "\nsource: 青川日报",
    "oversized": "title: 超长元数据\nsource: " + "长" * 9000,
    "bad_timestamp": "date: 2023-13-45 25:61:00",
    "bad_binary": "title: !!binary '@@@'",
    "python_tag": "title: !!python/object:os.system 'echo hi'",
    "unknown_keys_only": "layout: post\ntags: [招商, 投资]\nauthor: 某人",
    "not_a_mapping": "- a\n- b",
    "bad_syntax": "title: [unclosed\nsource: x",
}


def stray_bytes_source(number: int = 0) -> str:
    """The article ``stray_bytes_article`` puts stray bytes into."""
    return "".join(distinct_article(number + 100 * part) for part in range(14))


def stray_bytes_article(number: int = 0) -> bytes:
    """A 3 KB UTF-8 article with four stray bytes in three places (one inside a character): 0.13 % of its bytes,
    which the README says is tolerated."""
    text = stray_bytes_source(number).encode("utf-8")
    inside = text.index("签约".encode()) + 1  # between the bytes of 签
    return (text[:inside] + b"\xff" + text[inside:1200] + b"\xfe\xfe" + text[1200:1800] + b"\x80"
            + text[1800:])


def hostile_files(size: int) -> dict[str, bytes]:
    """File name (bytes, relative) → content."""
    files: dict[bytes, bytes] = {}
    for name, text in adversarial_texts(size).items():
        files[f"long/{name}.txt".encode()] = text.encode("utf-8")
    for name, block in FRONT_MATTER_TYPOS.items():
        files[f"front/{name}.md".encode()] = f"---\n{block}\n---\n{distinct_article(len(files))}".encode()
    files[b"stray_bytes.txt"] = stray_bytes_article(1)
    gbk = "".join(distinct_article(2 + 100 * part) for part in range(10)).encode("gb18030")
    files[b"stray_bytes_gbk.txt"] = gbk[:1001] + b"\xff" + gbk[1001:]
    files[b"controls.md"] = ("---\ntitle: \"标题\\0带NUL\\e[31m和ESC\\u202e反转\"\n---\n"
                             + "正文\x1b[2J含控制\u202e字符\u2066与\u200f方向符。" + distinct_article(3)).encode()
    files[b"escape \x1b]0;owned\x07 name.txt"] = distinct_article(4).encode()
    files[b"clear \x1b[2J screen.txt"] = distinct_article(5).encode()
    files[b"bidi \xe2\x80\xaetxt.exe.txt"] = distinct_article(6).encode()
    files[b"latin1 \xe9.txt"] = distinct_article(7).encode()
    files[b"latin1 \xe8.txt"] = distinct_article(8).encode()
    files[b"navigation_title.html"] = saved_page(30).encode()
    files[b"oversized_page.html"] = saved_page(76_000).encode()  # about 7.6 MB
    files[b"empty.txt"] = b""
    files[b"binary.txt"] = bytes(range(256)) * 8
    return files


def write_corpus(folder: Path, size: int = 200_000) -> None:
    """Write the hostile corpus into ``folder``, with folder links: a loop, one outside, one inside."""
    folder.mkdir(parents=True, exist_ok=True)
    root = os.fsencode(folder)
    for name, content in hostile_files(size).items():
        path = os.path.join(root, name)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "wb") as handle:
            handle.write(content)
    links = folder / "links"
    links.mkdir(exist_ok=True)
    outside = folder.parent / f"{folder.name}-outside"
    outside.mkdir(exist_ok=True)
    (outside / "secret.txt").write_text(distinct_article(9), encoding="utf-8")
    for name, target in (("loop", ".."), ("outside", os.path.relpath(outside, links)), ("inside", "../front")):
        if not (links / name).is_symlink():
            (links / name).symlink_to(target, target_is_directory=True)


if __name__ == "__main__":
    write_corpus(Path(sys.argv[1]), int(sys.argv[2]) if len(sys.argv) > 2 else 200_000)
