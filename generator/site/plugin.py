"""MkDocs plugin ``digest``: builds the generated pages in memory on every build, and watches the inputs on serve.

Generated pages are added as virtual files, never written into ``docs/``, so ``mkdocs serve`` does not rebuild
in a loop; editing a file in ``articles/`` or ``templates/`` triggers one rebuild. After each build the site
is indexed by Pagefind, whose search box replaces Material's (theme partials in ``templates/theme/``).
"""

from __future__ import annotations

import ctypes
import logging
import posixpath
import time
from pathlib import Path
from typing import Any

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files
from mkdocs.structure.nav import Navigation
from mkdocs.structure.pages import Page

from generator.assemble import GENERATED_ROOTS, SKIPPED, BuildSettings, build_corpus
from generator.site.config import DigestConfig
from generator.site.html_page import HtmlPage
from generator.site.page_cache import PageCache, site_fingerprint
from generator.site.search import SearchIndexError, index_site
from generator.text.printable import printable

log = logging.getLogger("mkdocs.plugins.digest")


def return_freed_memory() -> None:
    """Hand freed heap memory back to the system where the C library can (glibc's ``malloc_trim``): the HTML
    of tens of thousands of pages, freed as each was written, would otherwise stay in this process's resident
    size while Pagefind, a second process, indexes the site."""
    try:
        ctypes.CDLL(None).malloc_trim(0)
    except (AttributeError, OSError, TypeError):  # not glibc (on Windows CDLL(None) is a TypeError)
        pass


def nav_titles(nav: Any) -> dict[str, str]:
    """The title the ``nav`` of mkdocs.yml gives each page path (``- 地区: regions/index.md``), sections included."""
    titles: dict[str, str] = {}
    items = nav if isinstance(nav, list) else []
    for item in items:
        if not isinstance(item, dict):
            continue
        for title, target in item.items():
            if isinstance(target, str):
                titles[posixpath.normpath(target.lstrip("/"))] = str(title)  # ./a.md and /a.md are a.md
            else:
                titles.update(nav_titles(target))
    return titles


def is_generated(src_uri: str) -> bool:
    """Whether a docs path belongs to the generator (a stale copy on disk is replaced by the fresh one)."""
    return any(src_uri == root or src_uri.startswith(root + "/") for root in GENERATED_ROOTS)


class DigestPlugin(BasePlugin[DigestConfig]):
    page_cache: PageCache | None = None

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig:
        base = Path(config.config_file_path).resolve().parent
        self.articles_dir = (base / self.config.articles).resolve()
        self.templates_dir = (base / self.config.templates).resolve()
        self.cache_dir = (base / self.config.cache).resolve() if self.config.cache else None
        self.generated_files: list[File] = []  # of the build running: their content is let go once written
        theme_overrides = self.templates_dir / "theme"
        if theme_overrides.is_dir():  # before Material's own templates: the header with Pagefind's search box
            config.theme.dirs.insert(0, str(theme_overrides))
        return config

    def on_files(self, files: Files, *, config: MkDocsConfig) -> Files:
        self.articles_dir.mkdir(parents=True, exist_ok=True)
        result = build_corpus(BuildSettings(
            input_dir=self.articles_dir, conversion=self.config.conversion, templates_dir=self.templates_dir,
            cache_dir=self.cache_dir,
            site_url=config.site_url or None,
        ))
        for entry in result.report.entries:
            if entry.status == SKIPPED:
                log.info("skipped %s: %s", printable(entry.file), printable(entry.reason or ""))
        log.info("digest: %s", result.report.summary_line())
        log.info("digest: %d articles from the cache; %s", result.reused,
                 ", ".join(f"{step} {seconds:.1f} s" for step, seconds in result.timings.items()))
        for file in [file for file in files if is_generated(file.src_uri)]:
            files.remove(file)
        titles = nav_titles(config.nav)
        self.generated_files.clear()
        for path, content in result.pages.items():
            file = File.generated(config, path, content=content)
            files.append(file)
            self.generated_files.append(file)
            if file.is_documentation_page():
                # Becomes file.page, which the navigation then uses as it is: so it takes the nav's title here.
                HtmlPage(titles.get(path), file, config)
        return files

    def on_nav(self, nav: Navigation, *, config: MkDocsConfig, files: Files) -> Navigation:
        """With the navigation known, the finished-page cache can key pages: hand it to the generated pages."""
        self.page_cache = PageCache(self.cache_dir, site_fingerprint(config, nav.items)) if self.cache_dir else None
        for file in files.documentation_pages():
            if isinstance(file.page, HtmlPage):
                file.page.page_cache = self.page_cache
        return nav

    def on_post_page(self, output: str, *, page: Page, config: MkDocsConfig) -> str:
        if isinstance(page, HtmlPage):
            if page.page_cache and page.cache_key and page.passed_through:
                page.page_cache.put(page.cache_key, page.meta.get("title"), output)
            page.release()  # written once this returns: MkDocs keeps the page object, not its HTML
        return output

    def on_post_build(self, *, config: MkDocsConfig) -> None:
        if self.page_cache:
            removed = self.page_cache.prune()
            log.info("digest: %d pages from the page cache (%d stale entries removed)", self.page_cache.hits, removed)
        for file in self.generated_files:  # written by now: the data files, feeds and redirects need no copy
            file.content_bytes = b""
        self.generated_files.clear()
        return_freed_memory()  # the pages' HTML, before Pagefind starts beside this process
        started = time.perf_counter()
        try:
            summary = index_site(Path(config.site_dir))
        except SearchIndexError as error:
            raise PluginError(str(error)) from error
        log.debug("pagefind: %s", summary)
        log.info("digest: search index %.1f s", time.perf_counter() - started)

    def on_serve(self, server: Any, *, config: MkDocsConfig, builder: Any) -> Any:
        server.watch(str(self.articles_dir))
        server.watch(str(self.templates_dir))
        return server
