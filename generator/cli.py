"""Command line: ``python -m generator build`` writes the generated docs; ``facts`` prints records as JSON lines.

``build`` exits 0 when it built at least one page, 1 when nothing usable was found, 2 when the input folder is
missing, 3 under ``--strict`` when any input was skipped, and 4 when it refuses the output folder (one that
overlaps the input or the project, or holds files the generator did not write). It prints one summary line on
stdout; skipped files and, on long runs, progress go to stderr, their names escaped.
"""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import time
from pathlib import Path

from generator.assemble import (
    SKIPPED,
    BuildSettings,
    OutputRefused,
    build_corpus,
    facts_of_files,
    ownership_problem,
    write_output,
)
from generator.text.printable import escaped_name, printable

PROJECT_ROOT = Path(__file__).resolve().parents[1]
EXIT_BUILT, EXIT_NOTHING_BUILT, EXIT_NO_INPUT, EXIT_STRICT_SKIPPED, EXIT_OUTPUT_REFUSED = 0, 1, 2, 3, 4
PROGRESS_EVERY_SECONDS = 2.0


PROGRESS_MIN_FILES = 50


class ProgressPrinter:
    """Prints ``read 120/3000 files`` to stderr at most every few seconds; short runs print nothing."""

    def __init__(self, interval: float = PROGRESS_EVERY_SECONDS) -> None:
        self.interval = interval
        self.started = self.last = time.monotonic()

    def __call__(self, done: int, total: int, current: str) -> None:
        now = time.monotonic()
        if total >= PROGRESS_MIN_FILES and now - self.last >= self.interval:
            self.last = now
            print(f"read {done}/{total} files ({now - self.started:.0f}s): {printable(current)}", file=sys.stderr,
                  flush=True)


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the generated pages from a folder of raw articles")
    build.add_argument("--input", type=Path, default=PROJECT_ROOT / "articles",
                       help="raw articles (default: articles/)")
    build.add_argument("--output", type=Path, default=PROJECT_ROOT / "docs",
                       help="where generated pages go (default: docs/, beside the hand-written pages)")
    build.add_argument("--strict", action="store_true", help="exit 3 when any input was skipped")
    build.add_argument("--conversion", default="t2s", help="OpenCC conversion to the output script (t2s, tw2s, hk2s)")
    build.add_argument("--cache", type=Path, default=None,
                       help="keep each article's record in this folder and reuse it while the article and the code "
                            "are unchanged (e.g. .cache/digest; default: no cache)")
    build.add_argument("--site-url", default=os.environ.get("SITE_URL") or None,
                       help="the published address, for absolute links in feeds and downloads (default: $SITE_URL)")
    facts = commands.add_parser("facts", help="print the record of each file as a JSON line")
    facts.add_argument("files", nargs="+", type=Path)
    facts.add_argument("--conversion", default="t2s")
    return parser.parse_args(argv)


def run_build(arguments: argparse.Namespace) -> int:
    shown_output = escaped_name(str(arguments.output))
    if not arguments.input.is_dir():
        print(f"error: input folder not found: {escaped_name(str(arguments.input))}", file=sys.stderr)
        return EXIT_NO_INPUT
    problem = ownership_problem(arguments.output, (), arguments.input, PROJECT_ROOT)
    if problem:  # said before the build, not after minutes of work
        print(f"error: refusing to write to {shown_output}: {problem}", file=sys.stderr)
        return EXIT_OUTPUT_REFUSED
    started = time.monotonic()
    settings = BuildSettings(input_dir=arguments.input, conversion=arguments.conversion, cache_dir=arguments.cache,
                             site_url=arguments.site_url)
    result = build_corpus(settings, progress=ProgressPrinter())
    try:
        write_output(result, arguments.output, arguments.input, PROJECT_ROOT)
    except OutputRefused as refusal:
        print(f"error: {printable(str(refusal))}", file=sys.stderr)
        return EXIT_OUTPUT_REFUSED
    seconds = time.monotonic() - started
    for entry in result.report.entries:
        if entry.status == SKIPPED:
            print(f"skipped {printable(entry.file)}: {printable(entry.reason or '')}", file=sys.stderr)
    print(f"{result.report.summary_line()} in {seconds:.1f}s → {shown_output}")
    if not result.records:
        print("error: no article could be built", file=sys.stderr)
        return EXIT_NOTHING_BUILT
    if arguments.strict and result.report.count(SKIPPED):
        print("error: --strict and some inputs were skipped", file=sys.stderr)
        return EXIT_STRICT_SKIPPED
    return EXIT_BUILT


def run_facts(arguments: argparse.Namespace) -> int:
    status = 0
    for line in facts_of_files(arguments.files, arguments.conversion):
        status = 1 if "error" in line else status
        print(json.dumps(line, ensure_ascii=False))
    return status


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    arguments = parse_arguments(argv)
    if arguments.command == "build":
        return run_build(arguments)
    return run_facts(arguments)
