"""Run read → normalize → extract → dedupe → render over a corpus and write the result.

Every input file ends as exactly one report entry, in input order: built, merged into another page (a copy
of the same story), or skipped with the reason.
"""

from __future__ import annotations

import logging
import math
import os
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from functools import partial
from pathlib import Path

from generator.assemble.budget import SECONDS_PER_INPUT, Deadline, OverBudget, time_budget
from generator.assemble.cache import ArticleCache, entry_key
from generator.assemble.dedupe import TextPrint, duplicates_among, text_print
from generator.assemble.output import write_pages
from generator.assemble.page_size import cut_at_paragraph, fit_page
from generator.assemble.workers import shared_map
from generator.contracts.article import ArticleRecord
from generator.contracts.report import BUILT, MERGED, SKIPPED, BuildReport, ReportEntry
from generator.contracts.slugs import SlugAllocator, load_pinyin, pinyin_slug, release_pinyin
from generator.extract import extract_record, load_models, release_models
from generator.extract.names.segmenter import words
from generator.normalize import clean_article
from generator.read import (
    SourceDocument,
    display_name,
    document_from_bytes,
    iter_input_files,
    not_an_article,
    read_file,
    read_raw,
)
from generator.render import SitePages, render_site
from generator.text.printable import escaped_name, printable, scrubbed

log = logging.getLogger(__name__)

# From this many inputs on, worker processes (one per core but one) work beside this process. A worker spends
# about 2 s importing the stages and loading jieba's dictionary and the LAC model before its first article
# (about 25 ms each), so below this it would start too late to take any work.
PARALLEL_MIN_FILES = 80
MAX_WORKERS = 8
WORKER_CHUNK = 8  # inputs sent to a worker at a time: few round trips, and little left to wait for at the end
# Facts are read from at most this many characters of the cleaned text (a news story is a few thousand), so
# that extraction costs a bounded time whatever the length of the file; the rest is not kept.
EXTRACTED_CHARACTERS = 12_000
# Slugs an article may never take: they would shadow the site's own pages.
RESERVED_SLUGS = {"index", "report", "regions", "sectors", "data", "assets", "search", "about"}


@dataclass
class BuildSettings:
    """What a build reads and how it cleans."""

    input_dir: Path
    conversion: str = "t2s"
    templates_dir: Path | None = None
    cache_dir: Path | None = None  # the per-article cache (see cache.py); None builds every article afresh
    site_url: str | None = None  # the published address: absolute links in feeds and downloads
    seconds_per_input: float = SECONDS_PER_INPUT  # processor time one input may take (see budget.py)


@dataclass
class BuildResult:
    """Records, the report, and the generated pages keyed by their path under the docs folder."""

    records: list[ArticleRecord]
    report: BuildReport
    pages: SitePages = field(default_factory=dict)
    timings: dict[str, float] = field(default_factory=dict)  # seconds per step: articles, duplicates+slugs, pages
    reused: int = 0  # inputs whose outcome came from the article cache


def build_record(document: SourceDocument, slug: str, conversion: str = "t2s",
                 deadline: Deadline | None = None) -> ArticleRecord:
    """Clean one document and extract its facts into a record, within the page's size limit."""
    assert document.text is not None
    clean = clean_article(document.text, conversion)
    if deadline:
        deadline.check()
    cleaned_length = len(clean.body)
    if cleaned_length > EXTRACTED_CHARACTERS:
        clean = replace(clean, body=cut_at_paragraph(clean.body, EXTRACTED_CHARACTERS))
    record = extract_record(document, clean)
    if len(clean.body) < cleaned_length:
        record.warnings.append(f"正文过长（清洗后共 {cleaned_length} 字），只保留并分析前 {len(clean.body)} 字")
    fit_page(record)
    record.id = slug
    return record


def facts_of_files(paths: list[Path], conversion: str = "t2s") -> Iterator[dict[str, object]]:
    """The data-file line of each file read on its own, or ``{"source_file", "error"}`` when it cannot be read
    or is over its time budget; one bad file never stops the others."""
    slugs = SlugAllocator()
    for path in paths:
        name = escaped_name(path.name)
        try:
            with time_budget() as deadline:
                document = read_file(path, name)
                if document.problem:
                    yield {"source_file": name, "error": document.problem}
                    continue
                record = build_record(document, slugs.allocate(path.stem, str(path)), conversion, deadline)
        except OverBudget as error:
            yield {"source_file": name, "error": str(error)}
            continue
        except Exception as error:  # noqa: BLE001 - one bad file must not stop the others
            yield {"source_file": name, "error": f"internal error: {printable(type(error).__name__)}"}
            continue
        yield scrubbed(record).json_record()


Progress = Callable[[int, int, str], None]  # (files done, files in all, file now being read)


@dataclass
class Outcome:
    """What became of one input, in input order: a record to build (unless merged) or a skip."""

    source_file: str
    record: ArticleRecord | None = None
    skip: ReportEntry | None = None
    merged_into: int | None = None  # position of the outcome whose page holds this copy
    similarity: float = 1.0
    over_budget: bool = False  # skipped for time: not cached, since a quieter machine may finish it
    # Made with the record, for the corpus-wide steps: what duplicate detection compares, and the readable
    # part of the page address (pinyin of the title's words). Kept in the article cache with the record.
    text_print: TextPrint | None = None
    slug_base: str = ""


def skipped(source_file: str, reason: str, warnings: list[str] | None = None) -> Outcome:
    return Outcome(source_file, skip=ReportEntry(file=source_file, status=SKIPPED, reason=reason,
                                                 warnings=list(warnings or [])))


def outcome_from_bytes(raw: bytes, source_file: str, conversion: str = "t2s",
                       seconds: float = SECONDS_PER_INPUT) -> Outcome:
    """Read, clean and extract one input's bytes within its time budget: the per-article step, a pure function
    of its arguments but for the budget.

    Any problem is a skip, never an exception. The record's id is left empty: slugs are given corpus-wide.
    """
    try:  # once a process (1.7 s of processor time here), and not on the first article's time
        load_models()
        load_pinyin()
    except Exception:  # noqa: BLE001, S110 - they are loaded again below, where a failure skips the article
        pass
    try:
        with time_budget(seconds) as deadline:
            return outcome_within(deadline, raw, source_file, conversion)
    except OverBudget as error:
        outcome = skipped(source_file, f"处理超时：超过每个文件 {error.seconds:g} 秒的处理时间限制")
        outcome.over_budget = True
        return outcome
    except Exception as error:  # noqa: BLE001 - one bad input must not stop the build
        message = printable(f"{type(error).__name__}: {error}")[:200]
        log.error("failed to process %s: %s", printable(source_file), message)
        return skipped(source_file, f"处理时出现内部错误：{message}")


def outcome_within(deadline: Deadline, raw: bytes, source_file: str, conversion: str) -> Outcome:
    """Read, clean and extract one input's bytes, checking the deadline between stages."""
    document = document_from_bytes(raw, source_file)
    problem = document.problem or not_an_article(document.text or "")
    if problem:
        return skipped(source_file, problem, document.warnings)
    deadline.check()
    record = build_record(document, "", conversion, deadline)
    deadline.check()
    problem = not_an_article(record.body)
    if problem:  # what looked like text was page chrome, captions or boilerplate
        return skipped(source_file, f"{problem} after cleaning", document.warnings)
    return Outcome(source_file, record=record, text_print=text_print(record.body),
                   slug_base=pinyin_slug(words(record.title), source_file))


def read_outcome(path: Path, source_file: str, settings: BuildSettings) -> Outcome:
    """Read one input file and make its outcome (no cache)."""
    raw, problem = read_raw(path, settings.input_dir)
    if raw is None:
        return skipped(source_file, problem or "cannot read file")
    return outcome_from_bytes(raw, source_file, settings.conversion, settings.seconds_per_input)


def merge_duplicates(outcomes: list[Outcome]) -> None:
    """Mark copies of the same story as merged into the kept one, which lists them in ``also_published``."""
    positions = [position for position, outcome in enumerate(outcomes) if outcome.record]
    # Made with each outcome; made here only for an outcome that lacks it (never from this build's own code).
    prints = [outcomes[position].text_print or text_print(outcomes[position].record.body)  # type: ignore[union-attr]
              for position in positions]
    for duplicate in duplicates_among(prints):
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


def outcome_of_job(job: tuple[bytes, str], conversion: str, seconds: float) -> Outcome:
    """``outcome_from_bytes`` of one pending input (its bytes and its name), as the workers are handed it."""
    raw, source_file = job
    return outcome_from_bytes(raw, source_file, conversion, seconds)


def computed_outcomes(pending: list[tuple[bytes, str]], conversion: str,
                      seconds: float) -> Iterator[tuple[int, Outcome]]:
    """``(position in pending, outcome)`` of each input not in the cache, as they are made: in this process,
    and in worker processes too when there are many inputs and cores to spare."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS) - 1 if len(pending) >= PARALLEL_MIN_FILES else 0
    work = partial(outcome_of_job, conversion=conversion, seconds=seconds)
    yield from shared_map(work, pending, workers, WORKER_CHUNK)


def read_all(settings: BuildSettings, progress: Progress | None) -> tuple[list[Outcome], int]:
    """One outcome per input file, in input order, and how many came from the cache (the others are computed)."""
    article_cache = ArticleCache(settings.cache_dir) if settings.cache_dir else None
    if article_cache:
        article_cache.remove_other_versions()
    outcomes: list[Outcome | None] = []
    pending: list[tuple[bytes, str]] = []
    waiting: list[tuple[int, str | None]] = []  # (position in outcomes, cache key) of each pending input
    for path in iter_input_files(settings.input_dir):
        source_file = display_name(path.relative_to(settings.input_dir).as_posix())
        raw, problem = read_raw(path, settings.input_dir)
        if raw is None:
            outcomes.append(skipped(source_file, problem or "cannot read file"))
            continue
        key = entry_key(raw, source_file, settings.conversion) if article_cache else None
        cached = article_cache.get(key) if article_cache and key else None
        outcomes.append(cached)
        if cached is None:
            pending.append((raw, source_file))
            waiting.append((len(outcomes) - 1, key))
    computed = computed_outcomes(pending, settings.conversion, settings.seconds_per_input)
    for done, (index, outcome) in enumerate(computed):
        if progress:
            progress(done, len(pending), outcome.source_file)
        position, key = waiting[index]
        if article_cache and key and not outcome.over_budget:
            article_cache.put(key, outcome)
        outcomes[position] = outcome
    return [outcome for outcome in outcomes if outcome is not None], article_cache.hits if article_cache else 0


def give_page_slugs(outcomes: list[Outcome], reserved: set[str]) -> None:
    """Each page's readable address: pinyin of its title's words and a hash of its file. Never an article id,
    since each id keeps a redirect to its page at the old address ``articles/<id>/``."""
    slugs = SlugAllocator(reserved=reserved)
    for outcome in outcomes:
        record = outcome.record
        assert record is not None
        base = outcome.slug_base or pinyin_slug(words(record.title), record.source_file)
        record.slug = slugs.allocate(base, record.source_file)


def build_corpus(settings: BuildSettings, progress: Progress | None = None) -> BuildResult:
    """Build every input of the corpus; a file that fails is reported, never fatal to the build."""
    started = time.perf_counter()
    outcomes, reused = read_all(settings, progress)
    timings = {"articles": time.perf_counter() - started}
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
    give_page_slugs([outcome for outcome in outcomes if outcome.record and outcome.record.duplicate_of is None],
                    reserved=RESERVED_SLUGS | {record.id for record in every_record})
    for outcome in outcomes:
        outcome.text_print = None  # the shingles are needed no more: free them before the pages are made
    release_pinyin()  # nor pypinyin, now that every page has its address
    release_models()  # nor the extractors' models: some 280 MB less while MkDocs and Pagefind run
    report = BuildReport()
    for outcome in outcomes:
        report.add(report_entry(outcome, outcomes))
    for record in every_record:  # nothing that reaches a page, the YAML or a log carries controls or bidi marks
        scrubbed(record)
    for entry in report.entries:
        scrubbed(entry)
    timings["duplicates+slugs"] = time.perf_counter() - started - timings["articles"]
    pages = render_site(records, report, settings.templates_dir, data_records=every_record,
                        site_url=settings.site_url, cache_dir=settings.cache_dir)
    timings["pages"] = time.perf_counter() - started - timings["articles"] - timings["duplicates+slugs"]
    return BuildResult(records=records, report=report, pages=pages, timings=timings, reused=reused)


def write_output(result: BuildResult, output_dir: Path, input_dir: Path | None = None,
                 project_root: Path | None = None) -> None:
    """Write the generated pages under ``output_dir`` in place of what the previous build wrote there.

    Raises ``OutputRefused`` when the folder is not the generator's to write in (see ``output.py``).
    """
    write_pages(result.pages, output_dir, input_dir, project_root)
