"""Duplicates: the same story republished becomes one page; different stories on the same topic do not."""

from __future__ import annotations

from pathlib import Path

from generator.assemble import BuildSettings, build_corpus
from generator.assemble.dedupe import find_duplicates
from tests.sitebuild import REPO

SEEDS = [path.read_text("utf-8") for path in sorted((REPO / "articles").glob("*.txt"))]


def test_identical_text_is_a_duplicate_of_the_first_copy() -> None:
    duplicates = find_duplicates([SEEDS[0], SEEDS[1], SEEDS[0]])
    assert [(d.index, d.kept, d.similarity) for d in duplicates] == [(2, 0, 1.0)]


def test_layout_and_punctuation_do_not_hide_a_copy() -> None:
    relaid = SEEDS[4].replace(",", "，").replace("\n", "\n\n  ")
    assert [(d.index, d.kept) for d in find_duplicates([SEEDS[4], relaid])] == [(1, 0)]


def test_a_lightly_edited_republication_is_a_duplicate() -> None:
    edited = SEEDS[1].replace("9月3日至6日", "9月3日至7日", 1) + "\n（来源：转载自某网站，编辑：某某）\n"
    (duplicate,) = find_duplicates([SEEDS[1], edited])
    assert (duplicate.index, duplicate.kept) == (1, 0)
    assert 0.8 <= duplicate.similarity < 1.0


def test_copies_of_copies_join_one_story() -> None:
    first = SEEDS[0]
    second = first + "\n本文转载自某网站。"
    third = second.replace("谢志敏", "谢某某", 1)
    duplicates = find_duplicates([first, SEEDS[2], second, third])
    assert {(d.index, d.kept) for d in duplicates} == {(2, 0), (3, 0)}


def test_different_stories_are_never_merged() -> None:
    assert find_duplicates(SEEDS) == []


def test_an_excerpt_is_not_merged_into_the_full_story() -> None:
    excerpt = SEEDS[0][: len(SEEDS[0]) // 3]
    assert find_duplicates([SEEDS[0], excerpt]) == []


def test_same_template_different_facts_are_different_stories() -> None:
    template = "{place}经开区赴{city}开展招商活动，举办推介会{n}场，签约项目{k}个，总投资{y}亿元，涉及{sector}等产业。"
    first = template.format(place="长春", city="杭州", n=12, k=8, y=60, sector="生物医药")
    second = template.format(place="宿州", city="常州", n=3, k=5, y=21, sector="新材料")
    assert find_duplicates([first, second]) == []


def test_a_merged_copy_is_reported_and_listed_on_the_kept_page(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SEEDS[3], "utf-8")
    (tmp_path / "b.txt").write_text(SEEDS[3].replace("\n", "\n\n"), "utf-8")
    (tmp_path / "c.txt").write_text(SEEDS[4], "utf-8")
    result = build_corpus(BuildSettings(input_dir=tmp_path))
    assert [record.source_file for record in result.records] == ["a.txt", "c.txt"]
    entries = {entry.file: entry for entry in result.report.entries}
    assert entries["b.txt"].status == "merged"
    assert entries["b.txt"].id == result.records[0].id
    assert entries["b.txt"].reason == "duplicate of a.txt (identical text)"
    (listed,) = result.records[0].also_published
    assert listed.endswith("b.txt")  # after the outlet, when the text names one
    assert result.report.summary_line().startswith("2 built, 1 merged, 0 skipped")
    page = result.pages[f"articles/{result.records[0].slug}.md"]
    assert "亦见于" in page and "b.txt" in page


def test_a_copy_is_found_among_many_texts_built_from_the_same_stock_phrases() -> None:
    # Generated articles share most of their sentence patterns, so their sketches share values held by
    # hundreds of texts; a copy far down the corpus must still be found, and the look-up stay bounded.
    import random

    from bench.corpus import Places, article

    places = Places.load()
    texts = [article(random.Random(number), places, number) for number in range(400)]
    copy = texts[5].replace("。", "！", 1) + "\n（转载自某网站）\n"
    found = find_duplicates([*texts, copy])
    assert [(d.index, d.kept) for d in found] == [(400, 5)]
