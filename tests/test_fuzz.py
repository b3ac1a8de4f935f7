"""Random text and bytes through the whole pipeline: no crash, every input accounted for, valid front matter,
and a few fuzzed corpora built by real ``mkdocs build --strict``."""

from __future__ import annotations

import tempfile
from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from generator.assemble import BuildSettings, build_corpus
from tests.sitebuild import build_site

# Pieces a hostile or broken article is made of: real sentences, markup of every kind, odd characters.
FRAGMENTS = [
    "长春经开区赴杭州开展招商活动，举办了十二场推介会。", "签约项目8个，总投资约669.6亿元。", "党工委书记谢志敏带队。",
    "\n", "\n\n", "\r\n", "\n---\n", "---\n", "\n# ", "| a | b |\n|---|---|\n", "{{ page.title }}", "{% if %}",
    "{#", "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", "<!--", "]]>", "&amp;", "&#0;", ": ", "'",
    '"', "*", "&", "!", "%", "@", "`", "\t", "\x00", "\x1b", "\x0c", "\u2028", "\ufeff", "\ufffd", "\u200b",
    "\x02klzzwxh:0\x03", "\ud7ff", "𠀀", "ｆｕｌｌ", "zhāo(", "（", "）", "。", "...", "\\", "$$", "[[", "]]",
]
article_text = st.lists(st.one_of(st.sampled_from(FRAGMENTS), st.text(max_size=12)), min_size=1, max_size=40).map(
    "".join)
article_bytes = st.one_of(
    st.binary(max_size=600),
    article_text.map(lambda text: text.encode("utf-8", "surrogatepass")),
    article_text.map(lambda text: text.encode("gb18030", "ignore")),
    article_text.map(lambda text: text.encode("utf-16")),
)
corpus_files = st.dictionaries(
    st.sampled_from(["a.txt", "b.md", "c.html", "index.txt", "sub/d.txt", "名 字.txt", "e.TXT"]),
    article_bytes, min_size=1, max_size=5,
)


def write_corpus(root: Path, files: dict[str, bytes]) -> None:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content)


def check_build(root: Path, files: dict[str, bytes]) -> None:
    result = build_corpus(BuildSettings(input_dir=root))
    report = result.report
    assert sorted(entry.file for entry in report.entries) == sorted(files)
    assert report.count("built") + report.count("merged") + report.count("skipped") == len(files)
    assert len(result.records) == report.count("built")
    for path, content in result.pages.items():
        assert ".." not in path
        if path.endswith(".md"):
            assert isinstance(content, str) and content.startswith("---\n")
            front = yaml.safe_load(content[4:].split("\n---\n", 1)[0])
            assert isinstance(front, dict) and isinstance(front.get("title"), str)
    for record in result.records:
        page = result.pages[f"articles/{record.slug}.md"]
        front = yaml.safe_load(page[4:].split("\n---\n", 1)[0])
        assert front["id"] == record.id and front["source_file"] == record.source_file


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(files=corpus_files)
def test_random_corpora_never_crash_and_give_valid_front_matter(files: dict[str, bytes]) -> None:
    with tempfile.TemporaryDirectory() as folder:
        write_corpus(Path(folder), files)
        check_build(Path(folder), files)


@settings(max_examples=3, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(texts=st.lists(article_text, min_size=2, max_size=4))
def test_fuzzed_corpora_build_under_mkdocs_strict(texts: list[str]) -> None:
    # A real sentence first so each file is an article and gets a page for MkDocs to build.
    files = {f"f{index}.txt": (FRAGMENTS[0] * (index + 1) + text).encode("utf-8", "surrogatepass")
             for index, text in enumerate(texts)}
    with tempfile.TemporaryDirectory() as folder:
        corpus = Path(folder) / "articles"
        write_corpus(corpus, files)
        site = build_site(Path(folder) / "project", corpus)
        assert (site / "index.html").is_file() and (site / "report" / "index.html").is_file()
        assert len(list((site / "articles").glob("*/index.html"))) >= 1
