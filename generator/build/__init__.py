"""Stage 5, building: run the pipeline over a corpus, account for every input, and write the output."""

from generator.build.pipeline import BuildResult, BuildSettings, build_corpus, build_record, write_output

__all__ = ["BuildResult", "BuildSettings", "build_corpus", "build_record", "write_output"]
