"""``python -m generator build``: one summary line, skipped files named, exit codes a script can rely on."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

from generator.cli import ProgressPrinter
from tests.sitebuild import REPO

SEED = (REPO / "articles" / "000_e40e28556c06d33c.txt").read_text("utf-8")
SUMMARY = re.compile(r"^(\d+) built, (\d+) merged, (\d+) skipped, (\d+) warnings in [\d.]+s → .+$")


def run_build(*arguments: str | Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "generator", "build", *map(str, arguments)],
                          capture_output=True, text=True, cwd=REPO, timeout=300)


def make_corpus(root: Path, files: dict[str, str | bytes]) -> Path:
    root.mkdir(parents=True, exist_ok=True)
    for name, content in files.items():
        (root / name).write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
    return root


def test_a_mixed_corpus_builds_with_a_one_line_summary(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", {"good.txt": SEED, "copy.md": SEED, "empty.txt": "", "x.png": b"\x89PNG"})
    result = run_build("--input", corpus, "--output", tmp_path / "out")
    assert result.returncode == 0, result.stderr
    (line,) = result.stdout.splitlines()
    built, merged, skipped, _ = map(int, SUMMARY.match(line).groups())  # type: ignore[union-attr]
    assert (built, merged, skipped) == (1, 1, 2)
    assert "skipped empty.txt: empty file" in result.stderr
    assert "skipped x.png: not an article file type (.png)" in result.stderr
    report = json.loads((tmp_path / "out" / "data" / "report.json").read_text("utf-8"))
    assert len(report) == 4


def test_strict_fails_when_anything_was_skipped(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", {"good.txt": SEED, "empty.txt": ""})
    result = run_build("--input", corpus, "--output", tmp_path / "out", "--strict")
    assert result.returncode == 3
    assert SUMMARY.match(result.stdout.strip())
    assert (tmp_path / "out" / "data" / "articles.jsonl").is_file()  # it still built what it could
    clean = make_corpus(tmp_path / "clean", {"good.txt": SEED})
    assert run_build("--input", clean, "--output", tmp_path / "out2", "--strict").returncode == 0


def test_nothing_usable_is_an_error(tmp_path: Path) -> None:
    corpus = make_corpus(tmp_path / "in", {"empty.txt": "", "english.txt": "no Chinese here " * 20})
    result = run_build("--input", corpus, "--output", tmp_path / "out")
    assert result.returncode == 1
    assert "0 built, 0 merged, 2 skipped" in result.stdout
    assert "no article could be built" in result.stderr
    empty = make_corpus(tmp_path / "nothing", {})
    assert run_build("--input", empty, "--output", tmp_path / "out").returncode == 1


def test_a_missing_input_folder_is_a_usage_error(tmp_path: Path) -> None:
    result = run_build("--input", tmp_path / "nope", "--output", tmp_path / "out")
    assert result.returncode == 2
    assert "input folder not found" in result.stderr
    assert not (tmp_path / "out").exists()


def test_progress_goes_to_stderr_on_long_runs_only(capsys) -> None:  # type: ignore[no-untyped-def]
    quiet = ProgressPrinter(interval=3600)
    quiet(1, 10, "a.txt")
    assert capsys.readouterr().err == ""
    chatty = ProgressPrinter(interval=0)
    chatty(5, 10, "sub/e.txt")  # a corpus this small finishes before progress would help
    assert capsys.readouterr().err == ""
    chatty(5, 80, "sub/e.txt")
    captured = capsys.readouterr()
    assert captured.out == ""
    assert re.fullmatch(r"read 5/80 files \(\d+s\): sub/e\.txt\n", captured.err)


def test_facts_prints_one_record_or_error_per_file(tmp_path: Path) -> None:
    article = make_corpus(tmp_path, {"深圳 招商.txt": SEED, "x.pdf": b"%PDF-1.4"})
    result = subprocess.run([sys.executable, "-m", "generator", "facts", article / "深圳 招商.txt", article / "x.pdf"],
                            capture_output=True, text=True, cwd=REPO, timeout=120)
    record, error = map(json.loads, result.stdout.splitlines())
    assert record["source_file"] == "深圳 招商.txt" and re.fullmatch(r"a-[0-9a-f]{8}", record["id"])
    assert "谢志敏" in record["body"]
    assert error == {"source_file": "x.pdf", "error": "not an article file type (.pdf)"}
    assert result.returncode == 1
