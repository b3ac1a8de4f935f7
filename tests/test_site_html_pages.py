"""Generated pages marked as HTML throughout skip Python-Markdown in the site plugin: for every such page of the
sample corpus and of a hostile one, Markdown would have produced the very same HTML (but for blank lines)."""

from __future__ import annotations

import re
from pathlib import Path

import markdown
import pytest
import yaml
from mkdocs.utils import meta

from generator.assemble import HTML_BODY, BuildSettings, build_corpus
from generator.site.html_page import html_body
from tests.adversarial_corpus import distinct_article, write_corpus
from tests.conftest import SAMPLE_CORPUS
from tests.sitebuild import REPO


def markdown_extensions() -> list[str]:
    """The extensions MkDocs runs: its own (toc, tables, fenced_code) and those of mkdocs.yml."""
    config = yaml.load((REPO / "mkdocs.yml").read_text("utf-8"), Loader=yaml.BaseLoader)
    return ["toc", "tables", "fenced_code", *config["markdown_extensions"]]


def without_blank_lines(html: str) -> str:
    return re.sub(r"\n\s*\n+", "\n", html.strip())


def generated_pages(corpus: Path) -> dict[str, str]:
    pages = build_corpus(BuildSettings(input_dir=corpus)).pages
    return {path: content for path, content in pages.items() if path.endswith(".md") and isinstance(content, str)}


@pytest.fixture(scope="module")
def hostile_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("hostile") / "corpus"
    write_corpus(folder, size=2_000)  # long, garbled, mislabelled and markup-laden inputs
    return folder


# Text that Markdown or a browser would take for markup if it were not escaped: it must stay text either way.
MARKUP_LINES = [
    "# 青川市招商推介会 **圆满** 成功", "    四个空格开头的一行", "> 引用的一行", "- 列表的一项",
    "| 甲 | 乙 |", "|---|---|",
    "!!! note \"提示\"", "{: .digest-title }", "[点击](javascript:alert(1)) 与 <script>alert(1)</script> &amp; &lt;",
    "*斜体* _下划线_ `代码` <div>未闭合的块", "制表符\t之后的文字", "",
]


@pytest.fixture(scope="module")
def markup_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("markup")
    for number in range(3):
        text = distinct_article(number) + "\n\n" + "\n\n".join(MARKUP_LINES) + "\n" + distinct_article(number + 10)
        (folder / f"markup-{number}.txt").write_text(text, encoding="utf-8")
    return folder


@pytest.mark.parametrize("corpus_name", ["sample", "hostile", "markup"])
def test_html_bodies_are_what_markdown_would_make_of_them(corpus_name: str, request: pytest.FixtureRequest) -> None:
    corpus = SAMPLE_CORPUS if corpus_name == "sample" else request.getfixturevalue(f"{corpus_name}_corpus")
    pages = generated_pages(corpus)
    checked = 0
    for path, content in pages.items():
        body, _ = meta.get_data(content)
        html = html_body(body)
        if html is None:
            continue
        converted = markdown.Markdown(extensions=markdown_extensions()).convert(body)
        # Markdown turns every tab of its source into spaces, those of the collapsed original included; the
        # page as passed through keeps them (a <pre> shows a tab as a tab).
        assert without_blank_lines(html.expandtabs(4)) == without_blank_lines(converted.replace(HTML_BODY, "", 1)), path
        checked += 1
    assert checked >= 0.9 * len(pages)  # every page but the home and downloads pages, which are Markdown


def test_markdown_bodies_are_left_to_markdown() -> None:
    pages = generated_pages(SAMPLE_CORPUS)
    assert html_body(meta.get_data(pages["index.md"])[0]) is None  # the home page's lists are Markdown
    assert html_body("<p>a</p>\n" + HTML_BODY) is None  # the mark counts only as the body's first line
    assert html_body(f"\n{HTML_BODY}\n<h1>标题</h1>\n") == "<h1>标题</h1>"


def test_markup_in_an_article_stays_text(markup_corpus: Path) -> None:
    pages = generated_pages(markup_corpus)
    article = next(html_body(meta.get_data(content)[0]) for path, content in pages.items()
                   if path.startswith("articles/") and "markup" in content and "index" not in path)
    assert article is not None
    assert "<script>" not in article and "&lt;script&gt;alert(1)&lt;/script&gt;" in article
    assert "**圆满**" in article and "<strong>" not in article


def test_the_site_shows_html_bodies_unchanged(sample_site: Path) -> None:
    page = next((sample_site / "articles").glob("*/index.html")).read_text("utf-8")
    assert HTML_BODY not in page
    assert '<div class="digest-facts">' in page and '<div class="digest-body" data-pagefind-body>' in page
