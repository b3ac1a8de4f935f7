"""Run read → normalize → extract → render over a corpus and write the result."""

from __future__ import annotations

import logging
import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

from generator.build.report import BUILT, SKIPPED, BuildReport, ReportEntry
from generator.build.slugs import SlugAllocator
from generator.extract import ArticleText, fill_facts
from generator.extract.headline import split_headline
from generator.normalize import clean_article
from generator.read import SourceDocument, read_corpus
from generator.record import ArticleRecord
from generator.render import GENERATED_ROOTS, SitePages, render_site

log = logging.getLogger(__name__)

HAN = re.compile(r"[\u4e00-\u9fff]")
MIN_HAN_CHARACTERS = 20
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


def not_an_article(text: str) -> str | None:
    """Why cleaned text is not an article, or None when it is one."""
    han = len(HAN.findall(text))
    if han == 0:
        return "not an article: no Chinese text"
    if han < MIN_HAN_CHARACTERS:
        return f"not an article: too short ({han} Chinese characters)"
    return None


def build_record(document: SourceDocument, slug: str, conversion: str = "t2s") -> ArticleRecord:
    """Clean one document and extract its facts into a record."""
    assert document.text is not None
    clean = clean_article(document.text, conversion)
    headline, body = split_headline(clean.body)
    record = ArticleRecord(
        id=slug,
        source_file=document.source_file,
        title="",
        body=body,
        script=clean.script,
        cleanup=clean.cleanup,
        warnings=list(document.warnings) + list(clean.warnings),
        captions=clean.captions,
        subheadings=clean.subheadings,
        original_text=document.text,
        metadata_given=dict(document.metadata),
    )
    fill_facts(record, ArticleText(body=body, headline=headline, found=clean.found, given=document.metadata))
    return record


def build_corpus(settings: BuildSettings) -> BuildResult:
    """Build every input of the corpus; a file that fails is reported, never fatal to the build."""
    report = BuildReport()
    records: list[ArticleRecord] = []
    slugs = SlugAllocator(reserved=RESERVED_SLUGS)
    for document in read_corpus(settings.input_dir):
        if document.problem:
            report.add(ReportEntry(file=document.source_file, status=SKIPPED, reason=document.problem))
            continue
        problem = not_an_article(document.text or "")
        if problem:
            report.add(ReportEntry(file=document.source_file, status=SKIPPED, reason=problem))
            continue
        stem = Path(document.source_file).with_suffix("").as_posix()
        slug = slugs.allocate(stem, document.source_file)
        try:
            record = build_record(document, slug, settings.conversion)
        except Exception as error:  # one bad article must not stop the build
            log.exception("failed to process %s", document.source_file)
            report.add(ReportEntry(file=document.source_file, status=SKIPPED,
                                   reason=f"internal error while processing: {type(error).__name__}: {error}"))
            continue
        records.append(record)
        report.add(ReportEntry(file=document.source_file, status=BUILT, id=record.id, warnings=record.warnings))
    pages = render_site(records, report, settings.templates_dir)
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
