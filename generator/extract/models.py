"""The extractors' loaded models, let go of once a build has extracted everything it needs to.

The LAC model, jieba's dictionary and the segmenter's IDF and part-of-speech tables take some 230 MB of a
process. The build process extracts beside its workers, then renders pages, runs MkDocs and, beside it,
Pagefind: it has no use for them after the articles step, and a later build (``mkdocs serve``) loads them again
the first time it extracts an article.
"""

from __future__ import annotations

import gc

from generator.extract.names import lexical, segmenter


def release_models() -> None:
    """Drop every loaded model and table of the extractors; the next extraction loads them again."""
    lexical.release()
    segmenter.release()
    gc.collect()
