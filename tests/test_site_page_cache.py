"""The finished-page cache of the site plugin: a warm mkdocs build prints the pages the theme made last time, the
same bytes; a new article re-renders only the pages it changes; a theme template change re-renders them all."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

from tests.sitebuild import MKDOCS, REPO, make_project

# Self-written stories (no corpus text), long enough to be articles, each a different region.
STORIES = {
    "a.txt": "绿谷新区赴苏州开展招商活动，与十二家生物医药企业座谈，现场签约项目五个，总投资三十二亿元。",
    "b.txt": "临江县在厦门举办文旅产业推介会，吸引八十余名客商参会，签约文旅项目三个，总投资八亿元。",
    "c.txt": "北山经开区举行新能源汽车零部件项目集中开工仪式，九个项目总投资四十五亿元，预计明年投产。",
}
NEW_STORY = "南湖市赴深圳举办数字经济招商推介会，现场签约项目七个，总投资二十六亿元，涉及软件和数据服务。"
FROM_CACHE = re.compile(r"digest: (\d+) pages from the page cache")
# Pages whose body is Markdown, rendered on every build: the hand-written about page, the home and downloads pages.
MARKDOWN_PAGES = {"about/index.html", "index.html", "downloads/index.html"}


def build(config: Path) -> tuple[int, dict[str, bytes]]:
    """Run mkdocs build; return how many pages came from the page cache and the site's files."""
    site = config.parent / "site"
    result = subprocess.run([str(MKDOCS), "build", "--strict", "-f", str(config), "-d", str(site)],
                            capture_output=True, text=True, cwd=config.parent,
                            env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr
    found = FROM_CACHE.search(result.stderr)
    assert found, result.stderr
    # Left out: sitemap.xml.gz carries the time it was zipped; Pagefind names its chunks anew on every run.
    files = {path.relative_to(site).as_posix(): path.read_bytes() for path in site.rglob("*")
             if path.is_file() and path.name != "sitemap.xml.gz" and path.relative_to(site).parts[0] != "pagefind"}
    return int(found.group(1)), files


def project(tmp_path: Path) -> Path:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    for name, text in STORIES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    templates = tmp_path / "templates"
    shutil.copytree(REPO / "templates", templates)
    return make_project(tmp_path / "project", corpus, templates)


def html_pages(files: dict[str, bytes]) -> dict[str, bytes]:
    """The pages a theme template made: every HTML page but the redirects left at old article addresses."""
    return {name: data for name, data in files.items()
            if name.endswith(".html") and b'http-equiv="refresh"' not in data and name != "404.html"}


def test_a_warm_build_prints_every_generated_page_from_the_cache_as_the_same_bytes(tmp_path: Path) -> None:
    config = project(tmp_path)
    cold_hits, cold = build(config)
    warm_hits, warm = build(config)
    assert cold_hits == 0
    passed_through = [name for name in html_pages(warm) if name not in MARKDOWN_PAGES]
    assert warm_hits == len(passed_through) > 15
    assert warm == cold


def test_a_new_article_renders_again_only_the_pages_it_changes(tmp_path: Path) -> None:
    config = project(tmp_path)
    _, before = build(config)
    (tmp_path / "articles" / "d.txt").write_text(NEW_STORY, encoding="utf-8")
    hits, after = build(config)
    unchanged = [name for name, data in html_pages(after).items()
                 if before.get(name) == data and name not in MARKDOWN_PAGES]
    changed = [name for name in html_pages(after) if before.get(name) != after[name]]
    assert hits == len(unchanged)
    # The old articles' pages are among those taken as they were; the new article, the home page, the lists of
    # all articles and the report are among those made again.
    assert sum(name.startswith("articles/") and name.count("/") == 2 for name in unchanged) == len(STORIES)
    assert {"index.html", "articles/index.html", "report/index.html"} <= set(changed)
    # No page taken from the cache is stale: rendering every page afresh gives the same bytes.
    shutil.rmtree(config.parent / ".cache" / "digest" / "pages")
    fresh_hits, fresh = build(config)
    assert fresh_hits == 0 and fresh == after


def test_a_navigation_or_hand_written_page_change_renders_every_page_again(tmp_path: Path) -> None:
    config = project(tmp_path)
    build(config)
    about = config.parent / "docs" / "about.md"
    about.write_text("---\nicon: material/information\n---\n" + about.read_text("utf-8"), encoding="utf-8")
    hits, after = build(config)
    assert hits == 0  # the sidebar of every page shows the about page's icon now
    config.write_text(config.read_text("utf-8").replace("  - 关于: about.md", "  - 关于本站: about.md"), "utf-8")
    hits, after = build(config)
    assert hits == 0
    assert all("关于本站".encode() in data for data in html_pages(after).values())
    shutil.rmtree(config.parent / ".cache" / "digest" / "pages")
    assert build(config)[1] == after


def test_a_theme_template_change_renders_every_page_again(tmp_path: Path) -> None:
    config = project(tmp_path)
    build(config)
    partial = tmp_path / "templates" / "theme" / "partials" / "header.html"
    partial.write_text(partial.read_text("utf-8") + "\n{# 改动 #}<!-- theme edited -->\n", encoding="utf-8")
    hits, after = build(config)
    assert hits == 0
    assert all(b"<!-- theme edited -->" in data for data in html_pages(after).values())


def test_a_damaged_entry_is_rendered_afresh(tmp_path: Path) -> None:
    config = project(tmp_path)
    _, cold = build(config)
    entries = sorted((config.parent / ".cache" / "digest" / "pages").rglob("*.html.z"))
    entries[0].write_bytes(b"not zlib")
    hits, warm = build(config)
    assert hits == len(entries) - 1
    assert warm == cold
