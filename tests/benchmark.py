"""``make bench``: build time and page sizes on generated corpora, checked against the project's targets.

Targets live here, not in unit tests: timing depends on the machine.
Run: ``.venv/bin/python -m tests.benchmark [N ...]``.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

from generator.assemble import BuildSettings, build_corpus
from tests.corpus_factory import write_corpus
from tests.sitebuild import make_project, mkdocs_build

# Targets on the project's 2-core machine.
MAX_SECONDS_PER_ARTICLE = 0.5  # the whole `mkdocs build`, generator included
MAX_ARTICLE_PAGE_BYTES = 120_000  # the largest article page of the generated corpus
MAX_PAGE_GROWTH_BYTES = 2_000  # how much the median article page may grow from the smallest to the largest corpus


def measure(count: int, workdir: Path) -> dict[str, float]:
    corpus = workdir / f"corpus-{count}"
    write_corpus(corpus, count)
    started = time.monotonic()
    result = build_corpus(BuildSettings(input_dir=corpus))
    generator_seconds = time.monotonic() - started
    config = make_project(workdir / f"project-{count}", corpus)
    started = time.monotonic()
    mkdocs_build(config)
    site_seconds = time.monotonic() - started
    site = config.parent / "site"
    article_pages = [path.stat().st_size for path in (site / "articles").glob("*/index.html")]
    site_bytes = sum(path.stat().st_size for path in site.rglob("*") if path.is_file())
    return {
        "articles": len(result.records),
        "generator_s": generator_seconds,
        "mkdocs_build_s": site_seconds,
        "s_per_article": site_seconds / max(1, len(result.records)),
        "median_page_kb": statistics.median(article_pages) / 1000,
        "max_page_kb": max(article_pages) / 1000,
        "site_mb": site_bytes / 1e6,
    }


def main(argv: list[str]) -> int:
    sizes = [int(arg) for arg in argv] or [50, 500]
    rows = []
    with tempfile.TemporaryDirectory(prefix="digest-bench-") as tmp:
        for count in sizes:
            rows.append(measure(count, Path(tmp)))
            row = rows[-1]
            print("  ".join(f"{key} {value:.2f}" if isinstance(value, float) else f"{key} {value}"
                            for key, value in row.items()), flush=True)
    failures = []
    for row in rows:
        if row["s_per_article"] > MAX_SECONDS_PER_ARTICLE:
            failures.append(f"{row['articles']} articles: {row['s_per_article']:.2f}s per article")
        if row["max_page_kb"] * 1000 > MAX_ARTICLE_PAGE_BYTES:
            failures.append(f"{row['articles']} articles: largest page {row['max_page_kb']:.0f} kB")
    growth = (rows[-1]["median_page_kb"] - rows[0]["median_page_kb"]) * 1000
    if growth > MAX_PAGE_GROWTH_BYTES:
        failures.append(f"median article page grew by {growth:.0f} bytes with the corpus")
    print("targets:", "met" if not failures else "MISSED: " + "; ".join(failures))
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
