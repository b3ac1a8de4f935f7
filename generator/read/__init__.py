"""Stage 1, reading: find the input files of a corpus and turn each into a ``SourceDocument``.

Every candidate file yields exactly one document: either with text, or with the reason it could not be read,
so that the build report can account for every input.
"""

from generator.contracts.document import SourceDocument
from generator.read.content import not_an_article
from generator.read.corpus import (
    display_name,
    document_from_bytes,
    iter_input_files,
    read_corpus,
    read_file,
    read_raw,
)

__all__ = [
    "SourceDocument", "display_name", "document_from_bytes", "iter_input_files", "not_an_article", "read_corpus",
    "read_file", "read_raw",
]
