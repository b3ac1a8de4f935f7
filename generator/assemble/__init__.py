"""Stage 5, building: run the pipeline over a corpus, account for every input, and write the output."""

from generator.assemble.cache import write_atomically
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

__all__ = [
    "BUILT", "GENERATED_ROOTS", "HTML_BODY", "MERGED", "SKIPPED",
    "BuildResult", "BuildSettings", "OutputRefused", "build_corpus", "build_record", "facts_of_files",
    "ownership_problem", "write_atomically", "write_output",
]
