"""The Jinja2 environment of the site's templates, with the filters that show values in Chinese."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import jinja2

from generator.render.formatting import format_yuan, headline_investment, preformatted
from generator.render.messages import chinese_message, field_label, kind_label, status_label


@cache
def template_environment(templates_dir: Path) -> jinja2.Environment:
    """Autoescaping is on: every value from an article lands in HTML as text."""
    environment = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(templates_dir)),
        autoescape=True,
        undefined=jinja2.StrictUndefined,
        keep_trailing_newline=True,
        trim_blocks=True,
        lstrip_blocks=True,
    )
    environment.filters.update(
        yuan=format_yuan,
        headline_yuan=headline_investment,
        preformatted=preformatted,
        message=chinese_message,
        status_label=status_label,
        field_label=field_label,
        kind_label=kind_label,
    )
    return environment
