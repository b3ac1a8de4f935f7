"""Generated pages whose body is HTML throughout: MkDocs takes the body as the page's content, with no
Markdown pass.

The digest's templates write every fact and paragraph as autoescaped HTML (article text is data, never
markup), so Python-Markdown has nothing to convert: it would only parse the HTML to hand it back unchanged,
at about a third of the whole MkDocs build's time. A body that starts with the renderer's ``HTML_BODY`` line
is used as it is; any other body (the home page's Markdown) is rendered by MkDocs as usual.
"""

from __future__ import annotations

from mkdocs.config.defaults import MkDocsConfig
from mkdocs.structure.files import Files
from mkdocs.structure.pages import Page
from mkdocs.structure.toc import get_toc

from generator.assemble import HTML_BODY


def html_body(markdown: str) -> str | None:
    """The page's HTML when its body declares itself HTML throughout, else None."""
    body = markdown.lstrip()
    if not body.startswith(HTML_BODY):
        return None
    return body[len(HTML_BODY):].strip()


class HtmlPage(Page):
    """A generated page: its HTML body becomes the content directly, with an empty table of contents."""

    def render(self, config: MkDocsConfig, files: Files) -> None:
        if self.markdown is None:
            raise RuntimeError("`markdown` field hasn't been set (via `read_source`)")
        html = html_body(self.markdown)
        if html is None:
            super().render(config, files)
            return
        self.content = html
        self.toc = get_toc([])  # headings inside raw HTML never reach Markdown's table of contents either
        self._title_from_render = None  # the title is the front matter's
        self.present_anchor_ids = None  # links to anchors of this page are not checked (as for unrendered)
        self.links_to_anchors = None
