"""Stage 1, reading: find the input files of a corpus and turn each into a ``SourceDocument``.

Every candidate file yields exactly one document: either with text, or with the reason it could not be read,
so that the build report can account for every input.
"""

from generator.read.corpus import SourceDocument, read_corpus, read_file

__all__ = ["SourceDocument", "read_corpus", "read_file"]
