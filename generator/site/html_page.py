"""Generated pages: an HTML body skips Python-Markdown, and a page the theme has already made comes from the
finished-page cache.

The digest's templates write every fact and paragraph as autoescaped HTML (article text is data, never
markup), so Python-Markdown has nothing to convert: it would only parse the HTML to hand it back unchanged,
at about a third of the whole MkDocs build's time. A body that starts with the renderer's ``HTML_BODY`` line
is used as it is; any other body (the home page's Markdown) is rendered by MkDocs as usual. The one difference
from what Markdown would have made of such a body: a tab stays a tab (Markdown turns every tab into spaces).

When the plugin has a ``PageCache`` and it holds this page's key (``page_cache.py``), the page is not read,
converted or run through the theme's templates: it is printed as stored by ``CACHED_PAGE_TEMPLATE``.

MkDocs keeps every page object until the build ends, so a generated page lets go of its source once read and
of its Markdown once rendered: only the HTML stays, not three copies of each of tens of thousands of pages.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import File, Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.assemble import HTML_BODY
from generator.site.page_cache import CACHED_PAGE_TEMPLATE, NAV_META, PageCache

# What of a page's front matter outlives its writing: the template, and what Material's navigation prints of
# the pages in it (title, icon, subtitle, status) when it renders the other pages.
KEPT_META = ("template", *NAV_META)


def html_body(markdown: str) -> str | None:
    """The page's HTML when its body declares itself HTML throughout, else None."""
    body = markdown.lstrip()
    if not body.startswith(HTML_BODY):
        return None
    return body[len(HTML_BODY):].strip()


class HtmlPage(Page):
    """A generated page: its HTML body becomes the content directly, with an empty table of contents."""

    def __init__(self, title: str | None, file: File, config: MkDocsConfig) -> None:
        super().__init__(title, file, config)
        self.page_cache: PageCache | None = None  # set by the plugin once the navigation is known
        self.cache_key: str | None = None
        self.finished_html: str | None = None  # the whole page, when it came from the cache
        self.passed_through = False  # its HTML body became the content: no Markdown, so its HTML may be cached

    def read_source(self, config: MkDocsConfig) -> None:
        if self.page_cache is not None:
            self.cache_key = self.page_cache.key(self.file)
            stored = self.page_cache.get(self.cache_key)
            if stored is not None:
                title, self.finished_html = stored
                self.markdown = ""
                self.meta = {"template": CACHED_PAGE_TEMPLATE, **({"title": title} if title is not None else {})}
                self.file.content_bytes = b""  # read once: MkDocs never copies a page's source
                return
        super().read_source(config)
        self.file.content_bytes = b""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        html = self.finished_html if self.finished_html is not None else html_body(self.markdown)
        if html is None:
            super().render(config, files)
            return
        self.passed_through = self.finished_html is None
        self.content = html
        self.markdown = ""  # MkDocs keeps every page until the build ends: one copy of the page is enough
        self.toc = get_toc([])  # headings inside raw HTML never reach Markdown's table of contents either
        self._title_from_render = None  # the title is the front matter's
        self.present_anchor_ids = None  # links to anchors of this page are not checked (as for unrendered)
        self.links_to_anchors = None

    @property
    def from_cache(self) -> bool:
        return self.finished_html is not None

    def release(self) -> None:
        """Let go of the page's HTML and front matter once MkDocs has written it (nothing reads them after that
        but the navigation's few keys)."""
        self.content = ""
        self.finished_html = "" if self.finished_html is not None else None
        self.meta = {key: value for key, value in self.meta.items() if key in KEPT_META}
