"""The build over a corpus: safe unique page names, every input accounted for, one bad file never fatal."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from generator.assemble import BuildSettings, build_corpus, pipeline, write_output
from generator.contracts.document import SourceDocument
from generator.contracts.slugs import SlugAllocator, ascii_slug, pinyin_slug
from tests.sitebuild import REPO

SEED = (REPO / "articles" / "004_db233708d3e097bf.txt").read_text("utf-8")
STORIES = ["春季招商推介会在宁波举行，来自长三角的八十余家企业参加，会上集中签约项目六个，涉及智能装备和新材料。",
           "秋季项目观摩活动在合肥举行，与会人员实地察看了十五个重点项目的建设进度，听取了项目负责人的汇报。",
           "冬季经贸洽谈会在成都开幕，本届洽谈会以数字经济为主题，吸引了二百余名客商，达成合作意向三十余项。",
           "夏季人才招聘会在西安举行，三百余家用人单位提供岗位八千多个，现场达成就业意向一千二百余人次。",
           "东北振兴投资论坛在沈阳召开，论坛围绕装备制造业转型升级展开讨论，发布了二十个重点招商项目清单。",
           "西部陆海新通道合作推介会在南宁举办，推介会上，物流、跨境电商等领域的十个项目现场签约落地。"]


def corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    for name, content in files.items():
        path = root / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def test_slugs_are_ascii_and_unique_whatever_the_names() -> None:
    slugs = SlugAllocator(reserved={"index"})
    names = ["index", "Index", "深圳", "深圳 ", "a b", "a-b", "A_B", "../../etc/passwd", "x" * 200]
    given = [slugs.allocate(name, name) for name in names]
    assert len(set(given)) == len(given)
    for slug in given:
        assert re.fullmatch(r"[a-z0-9][a-z0-9-]{0,70}", slug), slug
    assert given[0] == "index-2" and given[2].startswith("a-")
    assert ascii_slug("../../etc/passwd") == "etc-passwd"


def test_odd_names_get_distinct_pages(tmp_path: Path) -> None:
    names = ["index.txt", "report.txt", "A.txt", "a.txt", "a.md", "名字 with spaces.txt", "sub/index.txt"]
    result = build_corpus(BuildSettings(input_dir=corpus(tmp_path, dict(zip(names, STORIES + [SEED], strict=False)))))
    ids = {record.source_file: record.id for record in result.records}
    assert sorted(ids) == sorted(names)
    assert len(set(ids.values())) == len(names)
    assert ids["index.txt"] != "index" and ids["report.txt"] != "report"
    assert ids["sub/index.txt"] == "sub-index"
    assert re.fullmatch(r"with-spaces-[0-9a-f]{8}", ids["名字 with spaces.txt"])  # Chinese dropped: hashed
    assert all(f"articles/{record.slug}.md" in result.pages for record in result.records)


def test_ids_of_chinese_names_do_not_depend_on_the_rest_of_the_corpus(tmp_path: Path) -> None:
    alone = build_corpus(BuildSettings(input_dir=corpus(tmp_path / "one", {"sub/深圳.txt": STORIES[0]})))
    crowded = corpus(tmp_path / "two", {"sub/上海.txt": STORIES[1], "sub/深圳.txt": STORIES[0], "sub.txt": STORIES[2]})
    ids = {record.source_file: record.id for record in build_corpus(BuildSettings(input_dir=crowded)).records}
    assert ids["sub/深圳.txt"] == alone.records[0].id
    assert ids["sub.txt"] == "sub" and ids["sub/上海.txt"] != ids["sub/深圳.txt"]


def test_metadata_never_chooses_a_path(tmp_path: Path) -> None:
    front = "---\ntitle: ../../../outside\nregion: ../../x\nsource: /etc\nurl: file:///etc/passwd\n---\n"
    source = corpus(tmp_path / "corpus", {"paths.txt": front + STORIES[0]})
    result = build_corpus(BuildSettings(input_dir=source))
    (record,) = result.records
    assert record.title == "../../../outside" and record.id == "paths"
    for path in result.pages:
        assert ".." not in path and not path.startswith("/")
    output = tmp_path / "deep" / "out"
    write_output(result, output)
    written = [path for path in tmp_path.rglob("*") if path.is_file() and not path.is_relative_to(source)]
    assert written and all(path.is_relative_to(output) for path in written)


def test_inputs_equal_built_plus_merged_plus_skipped(tmp_path: Path) -> None:
    files: dict[str, str | bytes] = {"one.txt": STORIES[0], "copy.txt": STORIES[0], "two.md": STORIES[1],
                                     "empty.txt": "", "photo.jpg": b"\xff\xd8\xff\xe0", "short.txt": "太短了。"}
    result = build_corpus(BuildSettings(input_dir=corpus(tmp_path, files)))
    report = result.report
    assert sorted(entry.file for entry in report.entries) == sorted(files)
    assert report.count("built") + report.count("merged") + report.count("skipped") == len(files)
    assert (report.count("built"), report.count("merged"), report.count("skipped")) == (2, 1, 3)
    assert len(result.records) == report.count("built")


def test_an_error_in_one_article_is_reported_and_the_rest_is_built(tmp_path: Path,
                                                                   monkeypatch: pytest.MonkeyPatch) -> None:
    real_build_record = pipeline.build_record

    def failing(document, slug, conversion="t2s", deadline=None):  # type: ignore[no-untyped-def]
        if document.source_file == "bad.txt":
            raise ValueError("extractor tripped")
        return real_build_record(document, slug, conversion, deadline)

    monkeypatch.setattr(pipeline, "build_record", failing)
    result = build_corpus(BuildSettings(input_dir=corpus(tmp_path, {"bad.txt": STORIES[0], "good.txt": STORIES[1]})))
    entries = {entry.file: entry for entry in result.report.entries}
    assert entries["bad.txt"].status == "skipped"
    assert entries["bad.txt"].reason == "处理时出现内部错误：ValueError: extractor tripped"
    assert entries["good.txt"].status == "built"


def test_a_text_that_cleaning_empties_is_skipped(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    real_clean_article = pipeline.clean_article

    def keep_first_line(text, conversion="t2s"):  # type: ignore[no-untyped-def]
        return real_clean_article(text.splitlines()[0], conversion)  # as if the rest were page chrome

    monkeypatch.setattr(pipeline, "clean_article", keep_first_line)
    files = {"chrome.txt": "首页\n" + STORIES[0], "story.txt": STORIES[1]}
    result = build_corpus(BuildSettings(input_dir=corpus(tmp_path, files)))
    entries = {entry.file: entry for entry in result.report.entries}
    assert entries["chrome.txt"].status == "skipped"
    assert entries["chrome.txt"].reason == "not an article: too short (2 Chinese characters) after cleaning"
    assert entries["story.txt"].status == "built"


def test_progress_is_reported_for_every_file(tmp_path: Path) -> None:
    calls: list[tuple[int, int, str]] = []
    files = {f"{index}.txt": story for index, story in enumerate(STORIES[:3])}
    build_corpus(BuildSettings(input_dir=corpus(tmp_path, files)), progress=lambda *call: calls.append(call))
    assert calls == [(0, 3, "0.txt"), (1, 3, "1.txt"), (2, 3, "2.txt")]


def test_a_large_corpus_built_in_worker_processes_equals_the_one_process_build(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    from tests.corpus_factory import write_corpus

    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 12)
    articles = pipeline.PARALLEL_MIN_FILES + 5
    write_corpus(tmp_path, articles)
    (tmp_path / "empty.txt").write_text("", "utf-8")
    in_workers = build_corpus(BuildSettings(input_dir=tmp_path))
    monkeypatch.setattr(pipeline, "PARALLEL_MIN_FILES", 10**9)
    in_one_process = build_corpus(BuildSettings(input_dir=tmp_path))
    assert len(in_workers.records) == articles
    assert in_workers.pages == in_one_process.pages
    assert [entry.as_dict() for entry in in_workers.report.entries] == [
        entry.as_dict() for entry in in_one_process.report.entries]


def test_pinyin_slugs_read_as_the_title_and_stay_the_same() -> None:
    slug = pinyin_slug(["长春", "经开区", "赴", "深圳", "招商", "，", "签约", "12", "个", "项目"], "a.txt")
    # The next word would take the readable part past 40 letters (changchun-jingkaiqu-fu-shenzhen-zhaoshang: 41).
    assert re.fullmatch(r"changchun-jingkaiqu-fu-shenzhen-[0-9a-f]{6}", slug), slug
    assert pinyin_slug(["通化市", "赴", "北京", "招商"], "a.txt").startswith("tonghuashi-fu-beijing-zhaoshang-")
    assert pinyin_slug(["长春"], "a.txt") == pinyin_slug(["长春"], "a.txt") != pinyin_slug(["长春"], "b.txt")
    assert re.fullmatch(r"[0-9a-f]{6}", pinyin_slug(["，", "！"], "c.txt"))  # nothing readable: the hash alone
    assert pinyin_slug(["Ｆ５Ｇ", "园区"], "d.txt").startswith("f5g-yuanqu-")


def test_pages_live_at_pinyin_slugs_and_the_old_address_redirects(tmp_path: Path) -> None:
    story = "长春经开区赴深圳招商\n\n" + STORIES[0]
    result = build_corpus(BuildSettings(input_dir=corpus(tmp_path, {"000_ab12.txt": story, "001_cd34.txt": story
                                                                    .replace("宁波", "温州")})))
    first, second = result.records
    assert first.id == "000-ab12" and first.slug.startswith("changchun-jingkaiqu-fu-shenzhen-")
    assert second.slug != first.slug and second.slug.startswith("changchun-jingkaiqu-fu-shenzhen-")
    assert f"articles/{first.slug}.md" in result.pages and "articles/000-ab12.md" not in result.pages
    redirect = result.pages["articles/000-ab12/index.html"]
    assert isinstance(redirect, str)
    assert f'content="0; url=../{first.slug}/"' in redirect and f'href="../{first.slug}/"' in redirect


def test_the_data_files_body_keeps_the_headline_and_its_figures() -> None:
    headline = "某某县两个项目签约 总投资38亿元"
    story = "3月2日，某某县与两家企业签约，项目总投资38亿元，其中一期投资12亿元，将于年内开工。"
    record = pipeline.build_record(SourceDocument("a.txt", text=f"{headline}\n{story}"), "a")
    assert (record.title, record.body) == (headline, story)  # the page shows the headline as its title
    assert record.json_record()["body"] == f"{headline}\n\n{story}"


def test_a_failing_preload_of_the_models_does_not_stop_the_article(monkeypatch: pytest.MonkeyPatch) -> None:
    # The models are loaded before an article's time budget; should that fail, the article still goes through
    # its own guarded path (which loads them again, and skips the article if that fails too).
    def broken() -> None:
        raise RuntimeError("model file damaged")

    monkeypatch.setattr(pipeline, "load_models", broken)
    outcome = pipeline.outcome_from_bytes(STORIES[0].encode(), "spring.txt")
    assert outcome.record is not None and outcome.record.signed_projects == 6
