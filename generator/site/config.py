"""Typed configuration of the ``digest`` MkDocs plugin."""

from __future__ import annotations

from mkdocs.config import config_options
from mkdocs.config.base import Config


class DigestConfig(Config):
    """Paths are relative to ``mkdocs.yml``."""

    articles = config_options.Type(str, default="articles")
    templates = config_options.Type(str, default="templates")
    conversion = config_options.Type(str, default="t2s")
    # The per-article cache, outside site/; an empty string builds every article afresh.
    cache = config_options.Type(str, default=".cache/digest")
