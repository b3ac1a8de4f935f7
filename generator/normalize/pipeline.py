"""The ordered list of cleaning rules and the function that applies them to one article."""

from __future__ import annotations

from collections.abc import Callable

from generator.contracts.cleaning import CleaningContext, CleanText
from generator.normalize.boilerplate import remove_footer_blocks, remove_page_chrome
from generator.normalize.bylines import (
    read_dateline,
    remove_closing_credit,
    remove_credit_lines,
    remove_header_credits,
    settle_found,
)
from generator.normalize.junk import (
    drop_repeated_paragraphs,
    restore_censored_words,
    strip_html_remnants,
    strip_injected_spam,
    strip_stock_quotes,
)
from generator.normalize.mojibake import repair_mojibake
from generator.normalize.pinyin import strip_pinyin_annotations
from generator.normalize.punctuation import collapse_doubled_punctuation, make_full_width
from generator.normalize.script import ScriptConverter, convert_script, detect_script
from generator.normalize.structure import mark_subheadings, normalize_whitespace, separate_captions, split_paragraphs

# A rule takes the text and the context and returns the new text and how many changes it made.
Rule = Callable[[str, CleaningContext], tuple[str, int]]


# Order matters: mojibake is repaired on the raw bytes' characters (before pinyin, whose annotations help it,
# and before script conversion); lines are removed before punctuation is touched, so footers still match;
# structure comes last, on the finished text.
RULES: list[tuple[str, Rule]] = [
    ("mojibake", repair_mojibake),
    ("pinyin_annotations", strip_pinyin_annotations),
    ("script", convert_script),
    ("html_remnants", strip_html_remnants),
    ("whitespace", normalize_whitespace),
    ("header_credits", remove_header_credits),
    ("byline_lines", remove_credit_lines),
    ("page_chrome", remove_page_chrome),
    ("footer_blocks", remove_footer_blocks),
    ("stock_quotes", strip_stock_quotes),
    ("censored_words", restore_censored_words),
    ("injected_spam", strip_injected_spam),
    ("full_width_punctuation", make_full_width),
    ("doubled_punctuation", collapse_doubled_punctuation),
    ("closing_byline", remove_closing_credit),
    ("dateline", read_dateline),
    ("repeated_paragraphs", drop_repeated_paragraphs),
    ("captions", separate_captions),
    ("subheadings", mark_subheadings),
]


def clean_article(raw: str, conversion: str = "t2s") -> CleanText:
    """Apply every rule in order to ``raw``; return the body as paragraphs separated by blank lines."""
    context = CleaningContext(converter=ScriptConverter.get(conversion))
    script = detect_script(raw, context.converter)
    text = raw
    cleanup: dict[str, int] = {}
    for name, rule in RULES:
        text, changes = rule(text, context)
        if changes:
            cleanup[name] = cleanup.get(name, 0) + changes
    body = "\n\n".join(split_paragraphs(text))
    return CleanText(
        body=body,
        captions=context.captions,
        subheadings=context.subheadings,
        script=script,
        cleanup=cleanup,
        warnings=context.warnings,
        found=settle_found(context.found),
    )
