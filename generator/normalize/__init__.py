"""Stage 2, normalizing: clean raw scraped text into the article as its author wrote it.

Cleaning is a sequence of small named rules (see ``pipeline.RULES``) applied in a declared order; each counts
what it changed, which becomes the record's ``cleanup``.
"""

from generator.normalize.pipeline import CleanText, clean_article

__all__ = ["CleanText", "clean_article"]
