"""The finished-page cache of the site plugin: the HTML the theme made of each generated page, so that a rebuild
runs the theme only for the pages whose source changed.

A page's entry is keyed by its own source (front matter and body, as the renderer wrote them), its paths, and a
fingerprint of everything else the theme reads: the MkDocs, Material and Jinja2 versions, this package's code,
mkdocs.yml, the published address, every file of the theme folders that are not Material's own
(``templates/theme/``), and the navigation (titles, addresses, nesting, and the front matter of its pages that
Material prints in it). Only pages whose HTML body was passed through are cached: a Markdown page's HTML also
depends on Markdown's extensions and on the files its links point to. A page whose key is in the cache is
served by a one-line template that prints the stored HTML, so the output is the same bytes as a fresh render:
a change to any of those inputs gives every page a new key, and a stale entry is never read.

Entries (the page's title on a first line, then its HTML) are zlib-compressed files under
``<cache>/pages/<key[:2]>/<key>.html.z``, written atomically; after each build the entries that build did not
use are removed, so the cache stays the size of the site.
"""

from __future__ import annotations

import hashlib
import json
import logging
from importlib import metadata
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File
from mkdocs.utils import meta

from generator.assemble import TextStore, folder_digest

log = logging.getLogger("mkdocs.plugins.digest")

PAGES_FOLDER = "pages"
# In templates/theme/: prints page.content, which holds the stored page, and nothing else.
CACHED_PAGE_TEMPLATE = "digest-cached-page.html"
ENTRY_SUFFIX = ".html.z"
# Front matter of a page that Material prints in the navigation of every other page.
NAV_META = ("title", "icon", "subtitle", "status")


def _theme_files_digest(config: MkDocsConfig) -> bytes:
    """Every file of the theme folders outside the Material package (whose version stands for its files)."""
    material = Path(metadata.distribution("mkdocs-material").locate_file("material")).resolve()
    digest = hashlib.sha256()
    for folder in config.theme.dirs:
        root = Path(folder).resolve()
        if root == material or material in root.parents:
            continue
        digest.update(folder_digest(root))
    return digest.digest()


def _nav_page_meta(item: Any) -> dict[str, Any]:
    """What Material's navigation prints of a page in it, read from the page's own front matter: every page
    shows every nav page's title, icon, subtitle and status (nav pages are few: their sources are cheap to read)."""
    file = getattr(item, "file", None)
    if file is None:
        return {}
    try:
        _, page_meta = meta.get_data(file.content_string)
    except (OSError, ValueError):
        return {}
    return {key: page_meta[key] for key in NAV_META if key in page_meta}


def _nav_outline(items: list[Any]) -> str:
    """The navigation as text: each item's kind, title, address and shown front matter, children indented."""
    lines: list[str] = []
    for item in items:
        shown = json.dumps(_nav_page_meta(item), ensure_ascii=False, sort_keys=True, default=str)
        lines.append(f"{type(item).__name__}\t{item.title}\t{getattr(item, 'url', '')}\t{shown}")
        children = getattr(item, "children", None)
        if children:
            lines.extend("\t" + line for line in _nav_outline(children).splitlines())
    return "\n".join(lines)


def _plugin_code_digest() -> bytes:
    """This package's own code (how pages are passed through and printed from the cache)."""
    return folder_digest(Path(__file__).resolve().parent, lambda relative: relative.suffix == ".py")


def site_fingerprint(config: MkDocsConfig, nav_items: list[Any]) -> str:
    """What every page's finished HTML depends on besides its own source."""
    digest = hashlib.sha256()
    for package in ("mkdocs", "mkdocs-material", "jinja2"):
        digest.update(f"{package}=={metadata.version(package)}\0".encode())
    digest.update(_plugin_code_digest())
    digest.update(Path(config.config_file_path).read_bytes() + b"\0")
    digest.update(f"{config.site_url or ''}\0{config.use_directory_urls}\0".encode())
    digest.update(_theme_files_digest(config))
    digest.update(_nav_outline(nav_items).encode())
    return digest.hexdigest()


class PageCache:
    """The finished pages of one site fingerprint under ``root``; an unreadable entry is a miss, never an error."""

    def __init__(self, root: Path, fingerprint: str) -> None:
        self.store = TextStore(root / PAGES_FOLDER, ENTRY_SUFFIX, log)
        self.fingerprint = fingerprint

    @property
    def hits(self) -> int:
        return self.store.hits

    def key(self, file: File) -> str:
        digest = hashlib.sha256(self.fingerprint.encode())
        digest.update(f"\0{file.src_uri}\0{file.dest_uri}\0".encode())
        digest.update(file.content_bytes)
        return digest.hexdigest()

    def get(self, key: str) -> tuple[str | None, str] | None:
        """The stored page's title and HTML, or None."""
        stored = self.store.get(key)
        if stored is None:
            return None
        try:
            title_line, html = stored.split("\n", 1)
            return json.loads(title_line), html
        except ValueError:  # not an entry this code wrote: render the page afresh
            return None

    def put(self, key: str, title: str | None, html: str) -> None:
        self.store.put(key, json.dumps(title) + "\n" + html)

    def prune(self) -> int:
        """Remove the entries this build did not use; return how many were removed."""
        return self.store.prune()
