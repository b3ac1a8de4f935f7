"""Stage 5, building: run the pipeline over a corpus, account for every input, and write the output."""

from generator.assemble.output import OutputRefused, ownership_problem
from generator.assemble.pipeline import (
    BuildResult,
    BuildSettings,
    build_corpus,
    build_record,
    facts_of_files,
    write_output,
)
from generator.contracts.report import BUILT, MERGED, SKIPPED
from generator.render import GENERATED_ROOTS, HTML_BODY
from generator.text.files import TextStore, folder_digest

__all__ = [
    "BUILT", "GENERATED_ROOTS", "HTML_BODY", "MERGED", "SKIPPED",
    "BuildResult", "BuildSettings", "OutputRefused", "TextStore", "build_corpus", "build_record", "facts_of_files",
    "folder_digest", "ownership_problem", "write_output",
]
