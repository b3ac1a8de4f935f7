"""``make bench``: build generated corpora with the digest and with plain MkDocs + Material; print the figures.

For each size (default 1,000 and 10,000 articles, or the sizes given: ``python -m bench 1000``):
- cold ``mkdocs build`` end to end (articles, pages, MkDocs, Pagefind index), with no article cache;
- warm ``mkdocs build`` after one new article is added (the cache holds the others);
- peak memory of the build's process tree (mkdocs, its workers and Pagefind), sampled every 0.2 s;
- the largest HTML page and the whole site's size;
- bytes transferred for one search in headless Chromium (home page, then the first query), from the network log;
- a plain MkDocs + Material build (Material's own search) of the same generated Markdown, and the ratio.
Then a profile of the per-article path (read, clean, extract) on the first corpus. Targets are checked and
printed as pass or MISS; the exit status is 0 either way, since timings depend on the machine.
"""

from __future__ import annotations

import cProfile
import io
import os
import platform
import pstats
import re
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

from bench.browser import search_transfer
from bench.corpus import write_corpus
from bench.process import Run, measured
from generator.assemble import GENERATED_ROOTS, pipeline
from tests.sitebuild import MKDOCS, REPO, make_project

SIZES = (1_000, 10_000)
QUERY = "生物医药"
PROFILED_ARTICLES = 100
# Targets for 10,000 articles on the project's 2-core machine (checked for every size).
MAX_COLD_SECONDS = 180
MAX_WARM_SECONDS = 15
MAX_PEAK_BYTES = 2_000_000_000
MAX_PAGE_BYTES = 150_000
MAX_SEARCH_BYTES = 1_000_000
MAX_RATIO_TO_PLAIN = 2.0
ENV = {"NO_MKDOCS_2_WARNING": "1", "PATH": "/usr/bin:/bin", "HOME": os.environ.get("HOME", "/tmp")}
STEP = re.compile(r"(articles|duplicates\+slugs|pages|search index) ([\d.]+) s")


@dataclass
class Figures:
    articles: int
    cold: Run
    warm: Run
    warm_reused: int
    plain: Run
    largest_page: tuple[int, str]
    site_bytes: int
    search_bytes: int
    search_requests: int
    search_results: int

    def steps(self, run: Run) -> dict[str, float]:
        found: dict[str, float] = {}
        for step, seconds in STEP.findall(run.output):
            found[step] = found.get(step, 0.0) + float(seconds)
        found["MkDocs itself"] = run.seconds - sum(found.values())
        return found


def mkdocs_build(config: Path) -> Run:
    return measured([str(MKDOCS), "build", "-f", str(config), "-d", str(config.parent / "site")], config.parent, ENV)


def plain_project(root: Path, corpus: Path, article_cache: Path) -> Path:
    """The digest's generated Markdown in a plain MkDocs + Material project (Material's search, no plugin).

    The Markdown is written by ``python -m generator build`` from the digest build's article cache (untimed)."""
    docs = root / "docs"
    # The generator writes only into a folder of its own (it refuses one holding hand-written pages): the
    # hand-written pages and assets are copied in beside its output afterwards.
    subprocess.run([sys.executable, "-m", "generator", "build", "--input", str(corpus), "--output", str(docs),
                    "--cache", str(article_cache)],
                   check=True, capture_output=True, env=ENV | {"PYTHONPATH": str(REPO)})
    shutil.copytree(REPO / "docs", docs, dirs_exist_ok=True, ignore=shutil.ignore_patterns(*GENERATED_ROOTS))
    config_text = (REPO / "mkdocs.yml").read_text("utf-8")
    start, end = config_text.index("plugins:"), config_text.index("\nnav:")
    config = root / "mkdocs.yml"
    config.write_text(config_text[:start] + "plugins:\n  - search:\n      lang: zh\n" + config_text[end:], "utf-8")
    return config


def largest_page(site: Path) -> tuple[int, str]:
    return max((path.stat().st_size, path.relative_to(site).as_posix()) for path in site.rglob("*.html"))


def measure(count: int, workdir: Path) -> Figures:
    corpus = workdir / f"corpus-{count}"
    write_corpus(corpus, count)
    config = make_project(workdir / f"digest-{count}", corpus)
    shutil.rmtree(config.parent / ".cache", ignore_errors=True)
    print(f"[{count}] cold build …", flush=True)
    cold = mkdocs_build(config)
    print(f"[{count}] cold: {cold.seconds:.1f} s, peak {cold.peak_bytes / 1e6:.0f} MB; "
          + "; ".join(line.split("-  ", 1)[-1] for line in cold.output.splitlines() if "digest:" in line), flush=True)
    site = config.parent / "site"
    page = largest_page(site)
    site_bytes = sum(path.stat().st_size for path in site.rglob("*") if path.is_file())
    print(f"[{count}] one search in Chromium …", flush=True)
    transfer = search_transfer(site, QUERY)
    write_corpus(corpus, 1, start=count)  # one new article
    print(f"[{count}] warm build after one new article …", flush=True)
    warm = mkdocs_build(config)
    reused = re.search(r"(\d+) articles from the cache", warm.output)
    print(f"[{count}] plain MkDocs + Material build …", flush=True)
    plain = mkdocs_build(plain_project(workdir / f"plain-{count}", corpus, config.parent / ".cache" / "digest"))
    return Figures(count, cold, warm, int(reused.group(1)) if reused else 0, plain, page, site_bytes,
                   transfer.search_bytes, transfer.requests, transfer.results)


def profile(corpus: Path) -> str:
    """Top functions by cumulative time over the per-article path, in this process."""
    files = sorted(corpus.glob("*.txt"))[: PROFILED_ARTICLES + 1]
    pipeline.outcome_from_bytes(files[0].read_bytes(), files[0].name)  # loads dictionaries and data first
    profiler = cProfile.Profile()
    profiler.enable()
    for path in files[1:]:
        pipeline.outcome_from_bytes(path.read_bytes(), path.name)
    profiler.disable()
    out = io.StringIO()
    stats = pstats.Stats(profiler, stream=out)
    stats.sort_stats("cumulative").print_stats(25)
    return out.getvalue()


def verdict(ok: bool) -> str:
    return "pass" if ok else "MISS"


def report(rows: list[Figures]) -> None:
    print(f"\nmachine: {platform.machine()}, {os.cpu_count()} cores, {platform.python_implementation()} "
          f"{platform.python_version()}, {platform.platform()}")
    print("\n| articles | cold build | warm build (+1 article) | peak memory | largest page | site | one search "
          "| plain MkDocs + Material | digest ÷ plain |")
    print("|---|---|---|---|---|---|---|---|---|")
    for row in rows:
        print(f"| {row.articles:,} | {row.cold.seconds:.1f} s | {row.warm.seconds:.1f} s "
              f"({row.warm_reused:,} from the cache) | {row.cold.peak_bytes / 1e6:.0f} MB "
              f"| {row.largest_page[0] / 1e3:.0f} KB ({row.largest_page[1]}) | {row.site_bytes / 1e6:.0f} MB "
              f"| {row.search_bytes / 1e3:.0f} KB ({row.search_requests} requests, {row.search_results} results) "
              f"| {row.plain.seconds:.1f} s | {row.cold.seconds / row.plain.seconds:.2f} |")
    for row in rows:
        for name, run in (("cold", row.cold), ("warm", row.warm)):
            steps = ", ".join(f"{step} {seconds:.1f} s" for step, seconds in row.steps(run).items())
            print(f"{row.articles:,} {name}: {steps}")
    print("\ntargets (set for 10,000 articles):")
    for row in rows:
        checks = [
            (f"cold ≤ {MAX_COLD_SECONDS} s", row.cold.seconds <= MAX_COLD_SECONDS),
            (f"warm ≤ {MAX_WARM_SECONDS} s", row.warm.seconds <= MAX_WARM_SECONDS),
            ("peak memory ≤ 2 GB", max(row.cold.peak_bytes, row.warm.peak_bytes) <= MAX_PEAK_BYTES),
            ("no page > 150 KB", row.largest_page[0] <= MAX_PAGE_BYTES),
            ("one search ≤ 1 MB", row.search_bytes <= MAX_SEARCH_BYTES),
            (f"digest ≤ {MAX_RATIO_TO_PLAIN:g}× plain", row.cold.seconds <= MAX_RATIO_TO_PLAIN * row.plain.seconds),
        ]
        print(f"  {row.articles:,}: " + "; ".join(f"{name} {verdict(ok)}" for name, ok in checks))


def main(argv: list[str]) -> int:
    sizes = [int(arg) for arg in argv] or list(SIZES)
    rows = []
    with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
        for count in sizes:
            rows.append(measure(count, Path(tmp)))
            report(rows[-1:])  # each size as soon as it is measured, then all together
        if len(rows) > 1:
            report(rows)
        print(f"\nprofile of the per-article path ({PROFILED_ARTICLES} articles of the first corpus, one process):")
        print(profile(Path(tmp) / f"corpus-{sizes[0]}"))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
