"""``mkdocs serve`` picks up new articles and template edits without a restart, and does not rebuild in a loop."""

from __future__ import annotations

import json
import shutil
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

from tests.sitebuild import MKDOCS, REPO, make_project

pytestmark = pytest.mark.slow
SEEDS = sorted((REPO / "articles").glob("*.txt"))


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> str | None:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.read().decode("utf-8")
    except (urllib.error.URLError, ConnectionError, TimeoutError):
        return None


def wait_for(predicate, timeout: float = 60.0) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(0.5)
    return False


def test_serve_rebuilds_once_per_change(tmp_path: Path) -> None:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    shutil.copy(SEEDS[0], corpus)
    templates = shutil.copytree(REPO / "templates", tmp_path / "templates")
    config = make_project(tmp_path / "project", corpus, templates)
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    server = subprocess.Popen(
        [str(MKDOCS), "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        stdout=log, stderr=subprocess.STDOUT, cwd=config.parent,
        env={"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin"},
    )
    base = f"http://127.0.0.1:{port}/"
    try:
        assert wait_for(lambda: fetch(base) is not None), (tmp_path / "serve.log").read_text()
        assert "1</span>" in (fetch(base) or "")

        new_article = SEEDS[2]
        shutil.copy(new_article, corpus)
        old_address = f"{base}articles/{new_article.stem.replace('_', '-')}/"  # the id's redirect to the page
        assert wait_for(lambda: fetch(old_address) is not None), (tmp_path / "serve.log").read_text()
        slug = next(json.loads(line)["slug"] for line in (fetch(f"{base}data/articles.jsonl") or "").splitlines()
                    if json.loads(line)["source_file"] == new_article.name)
        assert fetch(f"{base}articles/{slug}/") is not None

        article_template = templates / "article.md.j2"
        article_template.write_text(
            article_template.read_text("utf-8").replace("原始文本（清洗前）", "原始文本（模板已修改）"), "utf-8")
        assert wait_for(lambda: "模板已修改" in (fetch(f"{base}articles/{slug}/") or ""))

        # Settled: no further rebuilds happen on their own (generated pages are never written into docs/).
        time.sleep(3)
        builds = (tmp_path / "serve.log").read_text().count("Documentation built")
        time.sleep(5)
        assert (tmp_path / "serve.log").read_text().count("Documentation built") == builds
        assert builds <= 4, (tmp_path / "serve.log").read_text()
        assert not list((config.parent / "docs").glob("articles"))
    finally:
        server.terminate()
        server.wait(timeout=10)
        log.close()
