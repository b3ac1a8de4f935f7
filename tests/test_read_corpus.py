"""Discovering and reading input files: what is read, what is ignored, front matter and saved web pages."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from generator.read.corpus import iter_input_files, read_corpus, read_file
from generator.read.metadata import split_front_matter
from generator.read.webpage import extract_article

ARTICLE = "长春经开区赴杭州开展招商活动，举办了十二场招商推介会，签约项目八个，总投资六十亿元。"


def write(root: Path, name: str, content: str | bytes) -> Path:
    path = root / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return path


def test_discovery_is_recursive_sorted_and_skips_hidden_files_and_backups(tmp_path: Path) -> None:
    for name in ("b.txt", "a/深圳.md", "a/z/deep.html", "notes.pdf", ".hidden.txt", ".git/HEAD.txt",
                 "draft.txt~", "draft.txt.swp", "#draft.txt#", ".#draft.txt", "old.bak", "~$report.txt"):
        write(tmp_path, name, ARTICLE)
    found = [path.relative_to(tmp_path).as_posix() for path in iter_input_files(tmp_path)]
    assert found == ["a/z/deep.html", "a/深圳.md", "b.txt", "notes.pdf"]


def test_linked_folders_are_not_followed_and_links_out_are_refused(tmp_path: Path) -> None:
    corpus, outside = tmp_path / "corpus", tmp_path / "outside"
    write(outside, "secret.txt", ARTICLE)
    write(corpus, "real.txt", ARTICLE)
    (corpus / "folder-link").symlink_to(outside, target_is_directory=True)
    (corpus / "file-link.txt").symlink_to(outside / "secret.txt")
    documents = {document.source_file: document for document in read_corpus(corpus)}
    assert set(documents) == {"file-link.txt", "folder-link", "real.txt"}
    assert documents["file-link.txt"].problem == "symbolic link to a file outside the input folder"
    assert documents["folder-link"].problem == "文件夹链接指向输入文件夹之外，未读取"
    assert documents["real.txt"].text == ARTICLE


def test_special_files_are_reported(tmp_path: Path) -> None:
    os.mkfifo(tmp_path / "pipe.txt")
    (document,) = list(read_corpus(tmp_path))
    assert document.problem == "not a regular file"


def test_a_file_over_the_limit_is_skipped_unread(tmp_path: Path) -> None:
    path = tmp_path / "huge.txt"
    with path.open("wb") as file:
        file.truncate(50_000_000)  # sparse: 50 MB on paper, no time to write
    document = read_file(path, "huge.txt", tmp_path)
    assert document.problem and document.problem.startswith("too large (50.0 MB")
    assert document.text is None


def test_file_names_that_are_not_utf8_are_shown_readably(tmp_path: Path) -> None:
    name = "报告".encode("gbk") + b".txt"
    with open(os.path.join(os.fsencode(tmp_path), name), "wb") as file:
        file.write(ARTICLE.encode("utf-8"))
    (document,) = list(read_corpus(tmp_path))
    assert document.source_file == "\\xb1\\xa8\\xb8\\xe6.txt"  # each byte that is not UTF-8, escaped
    document.source_file.encode("utf-8")  # printable and writable to the report


def test_front_matter_gives_metadata_and_is_removed() -> None:
    text = ("---\ntitle: 长春经开区赴杭州招商\nurl: https://example.com/a\ndate: 2021-06-16\n"
            "region:\n  name: 长春经开区\ntags: [a, b]\n---\n") + ARTICLE
    front_matter = split_front_matter(text)
    assert front_matter.values == {"title": "长春经开区赴杭州招商", "url": "https://example.com/a",
                                   "date": "2021-06-16", "region": "长春经开区"}
    assert front_matter.text == ARTICLE and front_matter.warnings == []


@pytest.mark.parametrize("text", [
    "---\n这不是元数据\n---\n" + ARTICLE,  # a plain scalar, not a mapping
    "---\n- 一\n- 二\n---\n" + ARTICLE,  # a list, not a mapping
    ARTICLE + "\n---\ntitle: 不在开头\n---\n",
])
def test_text_that_is_not_front_matter_stays_article_text(text: str) -> None:
    front_matter = split_front_matter(text)
    assert (front_matter.values, front_matter.text, front_matter.warnings) == ({}, text, [])


@pytest.mark.parametrize(("block", "warning"), [
    ("title: [unclosed", "无法解析"),  # broken YAML
    ("author: 某人\ntags: [a, b]", "没有可用的字段"),  # no known key
])
def test_front_matter_that_gives_nothing_leaves_the_body_with_a_warning(block: str, warning: str) -> None:
    front_matter = split_front_matter(f"---\n{block}\n---\n" + ARTICLE)
    assert front_matter.values == {} and front_matter.text == ARTICLE
    assert len(front_matter.warnings) == 1 and warning in front_matter.warnings[0]


def test_front_matter_values_stay_scalar_and_short() -> None:
    bomb = "---\na: &a [x, x, x, x, x, x, x, x, x]\nb: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a]\n" \
           "c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b]\ntitle: *c\nsource: \"" + "长" * 5000 + "\"\n---\n" + ARTICLE
    front_matter = split_front_matter(bomb)
    assert "title" not in front_matter.values
    assert len(front_matter.values["source"]) == 500
    assert front_matter.text == ARTICLE


RUBY_PAGE = """<html><head><meta charset="utf-8"><title>某经开区举办招商推介会_某日报</title>
<meta property="og:site_name" content="某日报"><link rel="canonical" href="https://news.example.com/1.html"></head>
<body><div class="top"><ul><li><a href="/">首页</a></li><li><a href="/a">要闻</a></li>
<li><a href="/b">经济</a></li></ul></div>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/n">新闻</a></div>
<div class="main"><h1>某经开区举办招商推介会</h1><div class="content">
<p><ruby>招<rp>(</rp><rt>zhāo</rt><rp>)</rp>商<rt>shāng</rt></ruby>推介会在某经开区举行，签约项目十个，涉及生物医药和新材料产业。</p>
<p>推介会上，经开区介绍了营商环境和产业政策，与会企业家实地考察了产业园区，双方表示将深化合作。</p>
<p>活动期间，共签约项目8个，总投资60亿元，涉及智能制造、新材料等产业。</p></div></div>
<div class="side"><h3>相关新闻</h3><ul><li><a href="/1">某市召开全市招商引资工作会议</a></li>
<li><a href="/2">某区赴深圳开展招商考察</a></li></ul></div>
<div class="footer">版权所有 © 2021 某日报 京ICP备00000000号 <a href="/c">联系我们</a></div></body></html>"""


def test_web_pages_give_the_article_without_ruby_pinyin_or_page_chrome() -> None:
    metadata, text = extract_article(RUBY_PAGE)
    assert "招商推介会在某经开区举行" in text
    assert "推介会上，经开区介绍了营商环境" in text
    assert text.startswith("某经开区举办招商推介会\n")  # the headline, without the site's name
    for leaked in ("zhāo", "shāng", "(", "首页", "版权所有", "ICP", "相关新闻", "某区赴深圳"):
        assert leaked not in text
    assert metadata["url"] == "https://news.example.com/1.html"
    assert metadata["source"] == "某日报"


def test_a_page_saved_as_txt_is_read_as_a_page(tmp_path: Path) -> None:
    path = write(tmp_path, "saved.txt", "<!DOCTYPE html>\n" + RUBY_PAGE)
    document = read_file(path, "saved.txt", tmp_path)
    assert document.format == "html"
    assert document.text and "<p>" not in document.text and "zhāo" not in document.text


def test_a_page_with_no_article_is_skipped(tmp_path: Path) -> None:
    path = write(tmp_path, "empty.html", "<html><body><script>var a = 1;</script></body></html>")
    assert read_file(path, "empty.html", tmp_path).problem == "no article text found in the web page"


def test_a_gbk_page_declaring_gb2312_is_read(tmp_path: Path) -> None:
    page = RUBY_PAGE.replace('charset="utf-8"', 'charset="gb2312"').replace("©", "")
    page = page.replace("某经开区举行", "镕基经开区举行")
    path = write(tmp_path, "gbk.htm", page.encode("gbk"))
    document = read_file(path, "gbk.htm", tmp_path)
    assert document.encoding == "gb18030"
    assert "镕基经开区举行" in (document.text or "")  # 镕 is in GBK, not in GB2312


def test_saved_pages_may_be_larger_than_text_articles(tmp_path: Path) -> None:
    text, page = tmp_path / "long.txt", tmp_path / "long.html"
    text.write_text(ARTICLE * 12_000, "utf-8")  # 1.5 MB of text: no news article is that long
    page.write_text("<html><body><script>" + "x" * 1_500_000 + "</script><p>" + ARTICLE + "</p></body></html>")
    assert (read_file(text, "long.txt", tmp_path).problem or "").startswith("too large (1.5 MB; the limit is 1 MB)")
    assert ARTICLE in (read_file(page, "long.html", tmp_path).text or "")


def test_a_folder_that_cannot_be_listed_is_reported(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "locked/inside.txt", ARTICLE)
    write(tmp_path, "open.txt", ARTICLE)
    real_scandir = os.scandir

    def scandir(path):  # type: ignore[no-untyped-def]
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    documents = {document.source_file: document.problem for document in read_corpus(tmp_path)}
    assert documents == {"locked": "cannot list folder", "open.txt": None}


def test_xhtml_with_an_xml_declaration_is_read(tmp_path: Path) -> None:
    page = '<?xml version="1.0" encoding="gbk"?>\n<!DOCTYPE html>\n' + RUBY_PAGE
    for name in ("page.xhtml", "page-saved.txt"):
        path = write(tmp_path, name, page.replace('charset="utf-8"', "").replace("©", "").encode("gbk"))
        document = read_file(path, name, tmp_path)
        assert document.format == "html" and "推介会在某经开区举行" in (document.text or ""), name
