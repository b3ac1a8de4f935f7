"""The per-article cache: a warm build equals a cold one, redoes only what changed, and a rule change invalidates it."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.assemble import BuildSettings, build_corpus, cache, pipeline
from tests.conftest import SAMPLE_CORPUS
from tests.sitebuild import REPO, build_site

# Self-written stories (no corpus text), long enough to be articles.
STORIES = {
    "a.txt": "绿谷新区赴苏州开展招商活动，与十二家生物医药企业座谈，现场签约项目五个，总投资三十二亿元。",
    "b.txt": "临江县在厦门举办文旅产业推介会，吸引八十余名客商参会，签约文旅项目三个，总投资八亿元。",
    "c.txt": "北山经开区举行新能源汽车零部件项目集中开工仪式，九个项目总投资四十五亿元，预计明年投产。",
}


@pytest.fixture
def counted(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """The names of the inputs the build really cleaned and extracted (cache misses)."""
    made: list[str] = []
    original = pipeline.outcome_from_bytes

    def counting(raw: bytes, source_file: str, conversion: str = "t2s",
                 seconds: float = pipeline.SECONDS_PER_INPUT) -> pipeline.Outcome:
        made.append(source_file)
        return original(raw, source_file, conversion, seconds)

    monkeypatch.setattr(pipeline, "outcome_from_bytes", counting)
    return made


def write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in files.items():
        (folder / name).write_text(text, encoding="utf-8")
    return folder


def test_a_warm_build_reuses_every_article_and_gives_the_same_pages(tmp_path: Path, counted: list[str]) -> None:
    corpus = tmp_path / "corpus"
    shutil.copytree(SAMPLE_CORPUS, corpus)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    cold = build_corpus(settings)
    assert sorted(counted) == sorted(path.name for path in SAMPLE_CORPUS.glob("*.txt"))
    counted.clear()
    warm = build_corpus(settings)
    assert counted == []
    assert warm.pages == cold.pages
    assert warm.pages == build_corpus(BuildSettings(input_dir=corpus)).pages  # and equal to a build without cache


def test_adding_or_editing_one_article_redoes_only_that_article(tmp_path: Path, counted: list[str]) -> None:
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    build_corpus(settings)
    counted.clear()
    write(corpus, {"d.txt": "南湖高新区赴深圳招商，洽谈集成电路项目七个，达成投资意向二十亿元，签约项目两个。"})
    added = build_corpus(settings)
    assert counted == ["d.txt"]
    assert len(added.records) == 4
    counted.clear()
    write(corpus, {"b.txt": STORIES["b.txt"].replace("八亿元", "九亿元")})
    edited = build_corpus(settings)
    assert counted == ["b.txt"]
    assert next(r for r in edited.records if r.source_file == "b.txt").investment_yuan == 9e8
    assert edited.pages == build_corpus(BuildSettings(input_dir=corpus)).pages


def test_a_changed_rule_or_data_file_invalidates_every_entry(tmp_path: Path, counted: list[str],
                                                              monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "package"
    shutil.copytree(REPO / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE_ROOT", package)
    cache.code_version.cache_clear()
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    try:
        build_corpus(settings)
        first_version = cache.code_version()
        counted.clear()
        # A page template or the plugin does not change records: the cache stays valid.
        (package / "render" / "pages.py").write_text("# edited\n", encoding="utf-8", newline="")
        cache.code_version.cache_clear()
        build_corpus(settings)
        assert counted == [] and cache.code_version() == first_version
        # A sector synonym added to a data file changes every key.
        sectors = package / "extract" / "data" / "sectors.yaml"
        sectors.write_text(sectors.read_text("utf-8") + "\n# a new synonym list\n", encoding="utf-8")
        cache.code_version.cache_clear()
        build_corpus(settings)
        assert sorted(counted) == sorted(STORIES)
        assert cache.code_version() != first_version
        # The old version's folder is gone; beside the new one is only the rendered-article cache.
        assert sorted(folder.name for folder in (tmp_path / "cache").iterdir()) == [cache.code_version(), "rendered"]
    finally:
        cache.code_version.cache_clear()


def test_a_stage_code_change_invalidates_every_entry(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    package = tmp_path / "package"
    shutil.copytree(REPO / "generator", package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(cache, "PACKAGE_ROOT", package)
    try:
        cache.code_version.cache_clear()
        before = cache.code_version()
        normalize = package / "normalize" / "pipeline.py"
        normalize.write_text(normalize.read_text("utf-8") + "\n# a changed rule\n", encoding="utf-8")
        cache.code_version.cache_clear()
        assert cache.code_version() != before
    finally:
        cache.code_version.cache_clear()


def test_a_damaged_entry_is_rebuilt_not_trusted(tmp_path: Path, counted: list[str]) -> None:
    corpus = write(tmp_path / "corpus", STORIES)
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    cold = build_corpus(settings)
    for entry in (tmp_path / "cache").rglob("*.pickle"):
        entry.write_bytes(entry.read_bytes()[:20])
    counted.clear()
    assert build_corpus(settings).pages == cold.pages
    assert sorted(counted) == sorted(STORIES)


def test_cold_and_warm_mkdocs_builds_write_byte_identical_sites(tmp_path: Path) -> None:
    cold = build_site(tmp_path / "project", SAMPLE_CORPUS)
    entries = list((tmp_path / "project" / ".cache" / "digest").rglob("*.pickle"))
    assert len(entries) == len(list(SAMPLE_CORPUS.glob("*.txt")))
    saved = tmp_path / "cold-site"
    shutil.copytree(cold, saved)
    warm = build_site(tmp_path / "project", SAMPLE_CORPUS)

    def files(site: Path) -> dict[str, bytes]:
        # Left out: sitemap.xml.gz carries the time it was zipped, and Pagefind names its filter chunks
        # differently on every run, even over the same pages (checked by running it twice on one site).
        return {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*")
                if path.is_file() and path.name != "sitemap.xml.gz" and path.relative_to(site).parts[0] != "pagefind"}

    assert files(warm) == files(saved)
    # Under articles/: each article's page, and the redirect left at its old address (articles/<id>/); besides
    # them only the listing of all articles (articles/index.html, articles/page/<n>/).
    article_files = [data for name, data in files(warm).items() if name.startswith("articles/")
                     and name != "articles/index.html" and not name.startswith("articles/page/")]
    assert len([data for data in article_files if b'http-equiv="refresh"' not in data]) == len(entries)
    assert len(article_files) == 2 * len(entries)
    assert (warm / "pagefind" / "pagefind-entry.json").is_file()


def test_a_warm_build_merges_copies_and_names_pages_as_the_cold_one(tmp_path: Path, counted: list[str]) -> None:
    # Duplicates and page addresses are read from what the cache keeps with each record (its text's print and
    # the pinyin of its title), not recomputed: they must come out the same.
    corpus = write(tmp_path / "corpus", {**STORIES, "d-copy.txt": STORIES["a.txt"] + "\n\n（来源：某某日报）"})
    settings = BuildSettings(input_dir=corpus, cache_dir=tmp_path / "cache")
    cold = build_corpus(settings)
    counted.clear()

    def not_again(*args: object) -> None:
        raise AssertionError("recomputed in the warm build")

    with pytest.MonkeyPatch.context() as patch:  # the warm build must read them from the cache, not remake them
        patch.setattr(pipeline, "text_print", not_again)
        patch.setattr(pipeline, "pinyin_slug", not_again)
        warm = build_corpus(settings)
    assert counted == []
    entries = {entry.file: entry for entry in warm.report.entries}
    assert entries["d-copy.txt"].status == "merged" and "a.txt" in (entries["d-copy.txt"].reason or "")
    assert [entry.as_dict() for entry in warm.report.entries] == [entry.as_dict() for entry in cold.report.entries]
    assert [record.slug for record in warm.records] == [record.slug for record in cold.records]
    assert warm.pages == cold.pages
