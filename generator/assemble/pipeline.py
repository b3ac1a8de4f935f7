"""Run read → normalize → extract → dedupe → render over a corpus and write the result.

Every input file ends as exactly one report entry, in input order: built, merged into another page (a copy
of the same story), or skipped with the reason.
"""

from __future__ import annotations

import logging
import math
import multiprocessing
import os
import shutil
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path

from generator.assemble.dedupe import find_duplicates
from generator.contracts.article import ArticleRecord
from generator.contracts.report import BUILT, MERGED, SKIPPED, BuildReport, ReportEntry
from generator.contracts.slugs import SlugAllocator
from generator.extract import extract_record
from generator.normalize import clean_article
from generator.read import SourceDocument, display_name, iter_input_files, not_an_article, read_file
from generator.render import GENERATED_ROOTS, SitePages, render_site

log = logging.getLogger(__name__)

# From this many inputs on, articles are read, cleaned and extracted in worker processes, one per core.
PARALLEL_MIN_FILES = 40
MAX_WORKERS = 8
# Slugs an article may never take: they would shadow the site's own pages.
RESERVED_SLUGS = {"index", "report", "regions", "sectors", "data", "assets", "search", "about"}


@dataclass
class BuildSettings:
    """What a build reads and how it cleans."""

    input_dir: Path
    conversion: str = "t2s"
    templates_dir: Path | None = None


@dataclass
class BuildResult:
    """Records, the report, and the generated pages keyed by their path under the docs folder."""

    records: list[ArticleRecord]
    report: BuildReport
    pages: SitePages = field(default_factory=dict)


def build_record(document: SourceDocument, slug: str, conversion: str = "t2s") -> ArticleRecord:
    """Clean one document and extract its facts into a record."""
    assert document.text is not None
    record = extract_record(document, clean_article(document.text, conversion))
    record.id = slug
    return record


def facts_of_files(paths: list[Path], conversion: str = "t2s") -> Iterator[dict[str, object]]:
    """The data-file line of each file read on its own, or ``{"source_file", "error"}`` when it cannot be read."""
    slugs = SlugAllocator()
    for path in paths:
        document = read_file(path, path.name)
        if document.problem:
            yield {"source_file": path.name, "error": document.problem}
            continue
        yield build_record(document, slugs.allocate(path.stem, str(path)), conversion).json_record()


Progress = Callable[[int, int, str], None]  # (files done, files in all, file now being read)


@dataclass
class Outcome:
    """What became of one input, in input order: a record to build (unless merged) or a skip."""

    source_file: str
    record: ArticleRecord | None = None
    skip: ReportEntry | None = None
    merged_into: int | None = None  # position of the outcome whose page holds this copy
    similarity: float = 1.0


def skipped(source_file: str, reason: str, warnings: list[str] | None = None) -> Outcome:
    return Outcome(source_file, skip=ReportEntry(file=source_file, status=SKIPPED, reason=reason,
                                                 warnings=list(warnings or [])))


def read_outcome(path: Path, source_file: str, settings: BuildSettings) -> Outcome:
    """Read, clean and extract one input; any problem is a skip, never an exception."""
    document = read_file(path, source_file, settings.input_dir)
    problem = document.problem or not_an_article(document.text or "")
    if problem:
        return skipped(source_file, problem, document.warnings)
    try:
        record = build_record(document, "", settings.conversion)
    except Exception as error:  # one bad article must not stop the build
        log.exception("failed to process %s", source_file)
        return skipped(source_file, f"internal error while processing: {type(error).__name__}: {error}")
    problem = not_an_article(record.body)
    if problem:  # what looked like text was page chrome, captions or boilerplate
        return skipped(source_file, f"{problem} after cleaning", document.warnings)
    return Outcome(source_file, record=record)


def merge_duplicates(outcomes: list[Outcome]) -> None:
    """Mark copies of the same story as merged into the kept one, which lists them in ``also_published``."""
    positions = [position for position, outcome in enumerate(outcomes) if outcome.record]
    bodies = [outcomes[position].record.body for position in positions]  # type: ignore[union-attr]
    for duplicate in find_duplicates(bodies):
        copy, kept = outcomes[positions[duplicate.index]], outcomes[positions[duplicate.kept]]
        copy.merged_into, copy.similarity = positions[duplicate.kept], duplicate.similarity
        kept.record.also_published.append(published_as(copy.record))  # type: ignore[union-attr]


def published_as(record: ArticleRecord | None) -> str:
    """How a merged copy is listed on the kept page: its outlet and address when known, and its file."""
    assert record is not None
    return " · ".join(part for part in (record.source, record.url, record.source_file) if part)


def report_entry(outcome: Outcome, outcomes: list[Outcome]) -> ReportEntry:
    """The report line of one input."""
    if outcome.skip:
        return outcome.skip
    assert outcome.record is not None
    if outcome.merged_into is None:
        return ReportEntry(file=outcome.source_file, status=BUILT, id=outcome.record.id,
                           warnings=outcome.record.warnings)
    kept = outcomes[outcome.merged_into].record
    assert kept is not None
    similar = math.floor(outcome.similarity * 100)  # 99.6% is not "100% similar"
    how = "identical text" if outcome.similarity >= 1.0 else f"near-identical text, {similar}% similar"
    return ReportEntry(file=outcome.source_file, status=MERGED, id=kept.id,
                       reason=f"duplicate of {kept.source_file} ({how})")


def read_outcomes_in_workers(jobs: list[tuple[Path, str]], settings: BuildSettings) -> Iterator[Outcome]:
    """``read_outcome`` over ``jobs`` in worker processes, results in input order."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    # Spawned, not forked: the caller may be `mkdocs serve`, whose threads a fork would copy mid-flight.
    context = multiprocessing.get_context("spawn")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:
        paths, names = [job[0] for job in jobs], [job[1] for job in jobs]
        yield from pool.map(read_outcome, paths, names, [settings] * len(jobs), chunksize=4)


def read_all(settings: BuildSettings, progress: Progress | None) -> list[Outcome]:
    """One outcome per input file, in input order; in parallel on a multi-core machine for large corpora."""
    jobs = [(path, display_name(path.relative_to(settings.input_dir).as_posix()))
            for path in iter_input_files(settings.input_dir)]
    outcomes: list[Outcome] = []
    if len(jobs) >= PARALLEL_MIN_FILES and (os.cpu_count() or 1) > 1:
        try:
            for outcome in read_outcomes_in_workers(jobs, settings):
                if progress:
                    progress(len(outcomes), len(jobs), outcome.source_file)
                outcomes.append(outcome)
            return outcomes
        except (BrokenProcessPool, OSError) as error:  # no processes to be had: carry on in this one
            log.warning("parallel build unavailable (%s); building in one process", error)
            outcomes = []
    for path, source_file in jobs:
        if progress:
            progress(len(outcomes), len(jobs), source_file)
        outcomes.append(read_outcome(path, source_file, settings))
    return outcomes


def build_corpus(settings: BuildSettings, progress: Progress | None = None) -> BuildResult:
    """Build every input of the corpus; a file that fails is reported, never fatal to the build."""
    outcomes = read_all(settings, progress)
    merge_duplicates(outcomes)
    slugs = SlugAllocator(reserved=RESERVED_SLUGS)
    every_record: list[ArticleRecord] = []  # pages and merged copies, in input order: the data file's lines
    for outcome in outcomes:
        if outcome.record:
            stem = Path(outcome.source_file).with_suffix("").as_posix()
            outcome.record.id = slugs.allocate(stem, outcome.source_file)
            every_record.append(outcome.record)
    for outcome in outcomes:
        if outcome.record and outcome.merged_into is not None:
            outcome.record.duplicate_of = outcomes[outcome.merged_into].record.id  # type: ignore[union-attr]
    records = [record for record in every_record if record.duplicate_of is None]
    report = BuildReport()
    for outcome in outcomes:
        report.add(report_entry(outcome, outcomes))
    pages = render_site(records, report, settings.templates_dir, data_records=every_record)
    return BuildResult(records=records, report=report, pages=pages)


def write_output(result: BuildResult, output_dir: Path) -> None:
    """Write the generated pages under ``output_dir``, replacing what an earlier build generated there."""
    output_dir = output_dir.resolve()
    for root in GENERATED_ROOTS:
        stale = output_dir / root
        if stale.is_dir():
            shutil.rmtree(stale)
        elif stale.is_file():
            stale.unlink()
    for relative, content in result.pages.items():
        target = (output_dir / relative).resolve()
        if not target.is_relative_to(output_dir):  # paths are ours, but never trust a join
            raise ValueError(f"refusing to write outside {output_dir}: {relative}")
        target.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, bytes):
            target.write_bytes(content)
        else:
            target.write_text(content, encoding="utf-8")
