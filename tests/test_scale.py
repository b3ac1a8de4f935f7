"""An article page does not grow with the corpus: navigation lists index pages, never every article."""

from __future__ import annotations

import json
import posixpath
import re
import shutil
from pathlib import Path

import pytest

from tests.corpus_factory import write_corpus
from tests.sitebuild import REPO, build_site

pytestmark = pytest.mark.slow
SEED = REPO / "articles" / "000_e40e28556c06d33c.txt"


def article_page_size(site: Path, source_file: str) -> int:
    for line in (site / "data" / "articles.jsonl").read_text("utf-8").splitlines():
        record = json.loads(line)
        if record["source_file"] == source_file:
            return (site / "articles" / record["slug"] / "index.html").stat().st_size
    raise AssertionError(f"{source_file} was not built")


def test_article_page_size_is_independent_of_corpus_size(tmp_path: Path) -> None:
    small, large = tmp_path / "small", tmp_path / "large"
    for corpus, count in ((small, 3), (large, 200)):
        write_corpus(corpus, count)
        shutil.copy(SEED, corpus / SEED.name)
    small_site = build_site(tmp_path / "small-site", small)
    large_site = build_site(tmp_path / "large-site", large)

    built = len((large_site / "data" / "articles.jsonl").read_text("utf-8").splitlines())
    assert built >= 180, "the generated corpus should build as distinct articles"
    small_size = article_page_size(small_site, SEED.name)
    large_size = article_page_size(large_site, SEED.name)
    # The same article's page may differ only by a few links (e.g. its region page slug), not by the corpus.
    assert abs(large_size - small_size) < 2_000, (small_size, large_size)
    home = (large_site / "index.html").stat().st_size
    assert home < 200_000, "the home page lists only the latest articles"


LARGE_CORPUS = 2_000
MAX_PAGE_BYTES = 150_000


@pytest.fixture(scope="module")
def large_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    corpus = tmp_path_factory.mktemp("corpus-2000")
    write_corpus(corpus, LARGE_CORPUS)
    return build_site(tmp_path_factory.mktemp("site-2000"), corpus)


def test_no_page_of_a_2000_article_site_exceeds_150_kb(large_site: Path) -> None:
    sizes = {path.relative_to(large_site).as_posix(): path.stat().st_size for path in large_site.rglob("*.html")}
    assert len(sizes) > LARGE_CORPUS  # every article has its page, and the listings theirs
    largest = max(sizes, key=sizes.__getitem__)
    assert sizes[largest] <= MAX_PAGE_BYTES, (largest, sizes[largest])
    assert (large_site / "articles" / "page" / "40" / "index.html").is_file()  # 2,000 articles, 50 a page


def crawl_listing(site: Path, first: str) -> tuple[list[str], set[str]]:
    """The pages of a listing reached from its first page through its own links, and the articles they link."""
    prefix = first.rstrip("/") + "/"
    pages, todo, articles = [first], [first], set()
    while todo:
        url = todo.pop()
        html = (site / url / "index.html").read_text("utf-8")
        for href in re.findall(r'href="([^"#:]+)"', html):  # relative links: no canonical http://… address
            target = posixpath.normpath(posixpath.join(url, href)) + "/"
            if target.startswith("articles/") and target.count("/") == 2 and not target.startswith("articles/page/"):
                articles.add(target.split("/")[1])
            elif target.startswith(prefix + "page/") and target not in pages:
                pages.append(target)
                todo.append(target)
    return pages, articles


def test_pagination_links_reach_every_article_of_every_region(large_site: Path) -> None:
    records = [json.loads(line) for line in (large_site / "data" / "articles.jsonl").read_text("utf-8").splitlines()]
    with_region = {record["slug"] or record["id"] for record in records
                   if record["region"] and record["duplicate_of"] is None}
    reached: dict[str, set[str]] = {}
    most_pages = 0
    for folder in sorted(p for p in (large_site / "regions").iterdir() if p.is_dir() and p.name != "page"):
        pages, articles = crawl_listing(large_site, f"regions/{folder.name}/")
        shown = re.search(r"(\d+) 篇文章", (folder / "index.html").read_text("utf-8"))
        assert shown and int(shown.group(1)) == len(articles), folder.name
        reached[folder.name] = articles
        most_pages = max(most_pages, len(pages))
    assert most_pages >= 3  # the test walks real pagination, not one long page
    every = [article for articles in reached.values() for article in articles]
    assert len(every) == len(set(every))  # each article is listed under one region only
    assert set(every) == with_region
