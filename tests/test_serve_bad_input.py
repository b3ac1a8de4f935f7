"""``mkdocs serve`` keeps serving when a bad file lands in the corpus, and picks up the good ones beside it."""

from __future__ import annotations

import os
import socket
import subprocess
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.sitebuild import MKDOCS, REPO, make_project

SEED = (REPO / "articles" / "004_db233708d3e097bf.txt").read_text("utf-8")
NEW_ARTICLE = "秋季项目观摩活动在合肥举行，与会人员实地察看了十五个重点项目的建设进度，听取了项目负责人的情况汇报。"


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def fetch(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.read().decode("utf-8", "replace")
    except urllib.error.HTTPError as error:
        return error.code, ""
    except (urllib.error.URLError, OSError):
        return 0, ""


def wait_for(url: str, server: subprocess.Popen[str], seconds: float, needle: str = "") -> str:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        assert server.poll() is None, "mkdocs serve stopped"
        status, body = fetch(url)
        if status == 200 and needle in body:
            return body
        time.sleep(0.5)
    raise AssertionError(f"{url} was not served within {seconds}s")


@pytest.fixture
def served_corpus(tmp_path: Path) -> Iterator[tuple[Path, str, subprocess.Popen[str]]]:
    corpus = tmp_path / "articles"
    corpus.mkdir()
    (corpus / "seed.txt").write_text(SEED, "utf-8")
    config = make_project(tmp_path / "project", corpus)
    port = free_port()
    server = subprocess.Popen(
        [str(MKDOCS), "serve", "-f", str(config), "-a", f"127.0.0.1:{port}"],
        cwd=config.parent, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, text=True,
        env={**os.environ, "NO_MKDOCS_2_WARNING": "1"},
    )
    try:
        yield corpus, f"http://127.0.0.1:{port}/", server
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()


def test_serve_survives_a_binary_file_and_serves_the_new_article(served_corpus) -> None:  # type: ignore[no-untyped-def]
    corpus, base, server = served_corpus
    wait_for(f"{base}articles/seed/", server, 120)
    (corpus / "photo.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    (corpus / "junk.md").write_bytes(os.urandom(2048))
    (corpus / "new-article.txt").write_text(NEW_ARTICLE, "utf-8")
    page = wait_for(f"{base}articles/new-article/", server, 120, needle="合肥")
    assert "十五个重点项目" in page
    report = wait_for(f"{base}report/", server, 30, needle="photo.txt")
    assert "junk.md" in report
    assert fetch(f"{base}articles/seed/")[0] == 200
    assert server.poll() is None


def test_serve_keeps_serving_after_a_front_matter_typo(served_corpus) -> None:  # type: ignore[no-untyped-def]
    corpus, base, server = served_corpus
    wait_for(f"{base}articles/seed/", server, 120)
    (corpus / "typo.md").write_text(f"---\ndate: 2023-02-30\ntitle: !!int x\n---\n{NEW_ARTICLE}", "utf-8")
    report = wait_for(f"{base}report/", server, 120, needle="typo.md")
    assert "2023-02-30" in report  # the dropped value is named in the article's warnings
    (corpus / "deep.md").write_text("---\ntitle: " + "[" * 3000 + "\n---\n" + NEW_ARTICLE.replace("合肥", "芜湖"),
                                    "utf-8")
    wait_for(f"{base}report/", server, 120, needle="deep.md")
    assert fetch(f"{base}articles/seed/")[0] == 200
    assert server.poll() is None
