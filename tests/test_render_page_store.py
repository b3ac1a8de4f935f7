"""The rendered-page cache: a warm build renders no unchanged page again and gives the same pages; an edited
article renders its page and the listings showing it again, a template edit every page; a changed article
address or a damaged entry is never trusted."""

from __future__ import annotations

import dataclasses
import shutil
from pathlib import Path
from typing import Any

import pytest
from markupsafe import Markup

from generator.assemble import BuildSettings, build_corpus
from generator.contracts.article import ArticleRecord, Region
from generator.render import pages
from generator.render.page_store import FOLDER, RenderedPages, render_fingerprint
from tests.sitebuild import REPO

# Self-written stories (no corpus text), long enough to be articles.
STORIES = {
    "a.txt": "绿谷新区赴苏州开展招商活动，与十二家生物医药企业座谈，现场签约项目五个，总投资三十二亿元。",
    "b.txt": "临江县在厦门举办文旅产业推介会，吸引八十余名客商参会，签约文旅项目三个，总投资八亿元。",
    "c.txt": "北山经开区举行新能源汽车零部件项目集中开工仪式，九个项目总投资四十五亿元，预计明年投产。",
}


@pytest.fixture
def made(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str]]:
    """``(template, page)`` of each page the build really rendered with its template (not from the cache)."""
    rendered: list[tuple[str, str]] = []
    original = pages.SiteRenderer.template_text

    def counting(self: pages.SiteRenderer, template: str, page: str, context: dict[str, Any],
                 lookups: dict[str, str]) -> str:
        rendered.append((template, page))
        return original(self, template, page, context, lookups)

    monkeypatch.setattr(pages.SiteRenderer, "template_text", counting)
    return rendered


def articles(made: list[tuple[str, str]]) -> list[str]:
    """The article pages among the pages rendered."""
    return [page for template, page in made if template == "article.md.j2"]


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def article_pages(site: dict[str, str | bytes]) -> dict[str, str | bytes]:
    return {path: text for path, text in site.items() if path.startswith("articles/") and path != "articles/index.md"
            and not path.endswith("index.html") and not path.startswith("articles/page/")}


def test_a_warm_build_renders_no_page_again_and_gives_the_same_pages(tmp_path: Path,
                                                                    made: list[tuple[str, str]]) -> None:
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    cold = build_corpus(settings)
    assert len(articles(made)) == 3 and len(article_pages(cold.pages)) == 3
    assert len(list((tmp_path / "cache" / FOLDER).rglob("*.md.z"))) == len(made)
    made.clear()
    warm = build_corpus(settings)
    assert made == []
    assert warm.pages == cold.pages
    assert warm.pages == build_corpus(BuildSettings(input_dir=corpus)).pages  # and a build with no cache at all


def test_a_new_article_renders_its_page_and_the_listings_showing_it(tmp_path: Path,
                                                                    made: list[tuple[str, str]]) -> None:
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    cold = build_corpus(settings)
    pages_before = len(made)
    made.clear()
    write(corpus, {"d.txt": "南湖高新区赴深圳招商，洽谈集成电路项目七个，达成投资意向二十亿元，签约项目两个。"})
    added = build_corpus(settings)
    assert len(articles(made)) == 1
    assert "南湖高新区" in str(added.pages[articles(made)[0]])
    rendered = {page for _, page in made}
    assert "index.md" in rendered and "report.md" in rendered and "articles/index.md" in rendered
    # The other articles' pages, and the listings of the regions and sectors they alone are in, are reused.
    assert not rendered & set(article_pages(cold.pages))
    untouched = [page for page in cold.pages if page.startswith("regions/") and page != "regions/index.md"]
    assert untouched and not rendered & set(untouched)
    assert len(made) < pages_before
    assert added.pages == build_corpus(BuildSettings(input_dir=corpus)).pages


def test_an_edited_article_is_rendered_again_and_a_removed_one_leaves_the_cache(tmp_path: Path,
                                                                                 made: list[tuple[str, str]]) -> None:
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    build_corpus(settings)
    made.clear()
    write(corpus, {"b.txt": STORIES["b.txt"].replace("八亿元", "九亿元")})
    edited = build_corpus(settings)
    assert len(articles(made)) == 1
    page = edited.pages[articles(made)[0]]
    assert isinstance(page, str) and "九亿元" in page and "八亿元" not in page
    entries = len(list((tmp_path / "cache" / FOLDER).rglob("*.md.z")))
    (corpus / "c.txt").unlink()
    build_corpus(settings)
    assert len(list((tmp_path / "cache" / FOLDER).rglob("*.md.z"))) < entries  # c's pages are gone from it


def test_a_changed_template_renders_every_page_again(tmp_path: Path, made: list[tuple[str, str]]) -> None:
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache", templates_dir=templates)
    build_corpus(settings)
    pages_before = len(made)
    made.clear()
    article = templates / "article.md.j2"
    article.write_text(article.read_text("utf-8") + "<p>模板已改</p>\n", encoding="utf-8")
    changed = build_corpus(settings)
    assert len(made) == pages_before
    assert all("模板已改" in str(text) for text in article_pages(changed.pages).values())


def test_a_damaged_entry_is_rendered_afresh(tmp_path: Path, made: list[tuple[str, str]]) -> None:
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    cold = build_corpus(settings)
    pages_before = len(made)
    for entry in (tmp_path / "cache" / FOLDER).rglob("*.md.z"):
        entry.write_bytes(entry.read_bytes()[:10])
    made.clear()
    assert build_corpus(settings).pages == cold.pages
    assert len(made) == pages_before


def test_the_key_changes_with_every_value_the_template_reads(tmp_path: Path) -> None:
    store = RenderedPages(tmp_path, render_fingerprint(REPO / "templates"))
    record = ArticleRecord(id="a", source_file="a.txt", title="绿谷新区赴苏州招商", region=Region(name="绿谷新区"),
                           sectors=["生物医药"], body="正文。")
    values = {"record": record, "region_page": "regions/lvgu.md", "sector_pages": {"生物医药": "sectors/bio.md"}}

    def key(**changes: Any) -> str | None:
        return store.key("article.md.j2", changes.pop("page", "articles/a.md"), {**values, **changes})

    first = key()
    assert first is not None
    assert key(record=dataclasses.replace(record)) == first  # an equal record is the same input
    assert key(page="articles/b.md") != first
    assert store.key("region.md.j2", "articles/a.md", values) != first
    assert key(region_page="regions/lvgu-2.md") != first
    assert key(sector_pages={"生物医药": "sectors/bio-2.md"}) != first
    # Extras the data file leaves out still reach the page: the original text and the copies' sources.
    assert key(record=dataclasses.replace(record, original_text="原文")) != first
    assert key(record=dataclasses.replace(record, also_published=["某报"])) != first
    assert key(record=dataclasses.replace(record, region=Region(name="绿谷新区", province="某省"))) != first
    assert key(record=dataclasses.replace(record, signed_projects=1)) != key(
        record=dataclasses.replace(record, signed_projects=True))  # 1 and True print differently
    assert key(title=Markup("<b>x</b>")) != key(title="<b>x</b>")  # Markup prints unescaped, str escaped
    assert RenderedPages(tmp_path, "another fingerprint").key("article.md.j2", "articles/a.md", values) != first
    assert key(unknown=object()) is None  # a value it cannot describe: not cached at all


def test_a_changed_article_address_renders_the_pages_linking_to_it_again(tmp_path: Path) -> None:
    store = RenderedPages(tmp_path, "fingerprint")
    store.put("k" * 64, "<a href='../articles/old/'>", {"a": "articles/old.md"})
    assert store.get("k" * 64, {"a": "articles/old.md", "b": "articles/b.md"}) == "<a href='../articles/old/'>"
    assert store.get("k" * 64, {"a": "articles/new.md"}) is None
    assert store.get("k" * 64, {}) is None
