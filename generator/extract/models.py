"""The extractors' loaded models, let go of once a build has extracted everything it needs to.

The LAC model, jieba's dictionary and the segmenter's IDF and part-of-speech tables take some 230 MB of a
process. The build process extracts beside its workers, then renders pages, runs MkDocs and, beside it,
Pagefind: it has no use for them after the articles step, and a later build (``mkdocs serve``) loads them again
the first time it extracts an article (``load_models``, before that article's time budget starts).
"""

from __future__ import annotations

import gc

from generator.extract.names import lexical, segmenter


def load_models() -> None:
    """Load every model and table of the extractors now, if not yet loaded (1.5 s of processor time here, once
    a process): a caller with a time budget per article loads them outside it, so the first article does not
    pay for them."""
    lexical.load()
    segmenter.load()


def release_models() -> None:
    """Drop every loaded model and table of the extractors; the next extraction loads them again."""
    lexical.release()
    segmenter.release()
    gc.collect()
