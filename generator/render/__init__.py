"""Stage 4, rendering: turn records and the report into the site's pages with the Jinja2 templates."""

from generator.render.pages import GENERATED_ROOTS, HTML_BODY, SitePages, render_site

__all__ = ["GENERATED_ROOTS", "HTML_BODY", "SitePages", "render_site"]
