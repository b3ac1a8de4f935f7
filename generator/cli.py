"""Command line: ``python -m generator build`` writes the generated docs; ``facts`` prints records as JSON lines."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from pathlib import Path

from generator.build import BuildSettings, build_corpus, build_record, write_output
from generator.read import read_file
from generator.read.corpus import SourceDocument

PROJECT_ROOT = Path(__file__).resolve().parents[1]


def parse_arguments(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m generator", description=__doc__)
    commands = parser.add_subparsers(dest="command", required=True)
    build = commands.add_parser("build", help="build the generated pages from a folder of raw articles")
    build.add_argument("--input", type=Path, default=PROJECT_ROOT / "articles", help="raw articles (default: articles/)")
    build.add_argument("--output", type=Path, default=PROJECT_ROOT / "docs",
                       help="where generated pages go (default: docs/, beside the hand-written pages)")
    build.add_argument("--strict", action="store_true", help="exit non-zero when any input was skipped")
    build.add_argument("--conversion", default="t2s", help="OpenCC conversion to the output script (t2s, tw2s, hk2s)")
    facts = commands.add_parser("facts", help="print the record of each file as a JSON line")
    facts.add_argument("files", nargs="+", type=Path)
    facts.add_argument("--conversion", default="t2s")
    return parser.parse_args(argv)


def run_build(arguments: argparse.Namespace) -> int:
    if not arguments.input.is_dir():
        print(f"error: input folder not found: {arguments.input}", file=sys.stderr)
        return 2
    started = time.monotonic()
    result = build_corpus(BuildSettings(input_dir=arguments.input, conversion=arguments.conversion))
    write_output(result, arguments.output)
    seconds = time.monotonic() - started
    for entry in result.report.entries:
        if entry.status == "skipped":
            print(f"skipped {entry.file}: {entry.reason}", file=sys.stderr)
    print(f"{result.report.summary_line()} in {seconds:.1f}s → {arguments.output}")
    if not result.records:
        print("error: no article could be built", file=sys.stderr)
        return 1
    if arguments.strict and result.report.count("skipped"):
        return 1
    return 0


def run_facts(arguments: argparse.Namespace) -> int:
    status = 0
    for path in arguments.files:
        document = read_file(path, path.name) if path.is_file() else SourceDocument(path.name, problem="not a file")
        if document.problem:
            print(json.dumps({"source_file": path.name, "error": document.problem}, ensure_ascii=False))
            status = 1
            continue
        record = build_record(document, path.stem, arguments.conversion)
        print(json.dumps(record.json_record(), ensure_ascii=False))
    return status


def main(argv: list[str] | None = None) -> int:
    logging.basicConfig(level=logging.WARNING, format="%(levelname)s %(name)s: %(message)s")
    arguments = parse_arguments(argv)
    if arguments.command == "build":
        return run_build(arguments)
    return run_facts(arguments)
