"""An article page does not grow with the corpus: navigation lists index pages, never every article."""

from __future__ import annotations

import json
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
