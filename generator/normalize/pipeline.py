"""The ordered list of cleaning rules and the function that applies them to one article."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from generator.normalize.pinyin import strip_pinyin_annotations
from generator.normalize.script import ScriptConverter, detect_script
from generator.normalize.structure import split_paragraphs


@dataclass
class CleaningContext:
    """What rules share while cleaning one article: settings in, harvested metadata and warnings out."""

    converter: ScriptConverter
    found: dict[str, str] = field(default_factory=dict)  # metadata taken from removed lines: posted, reporter...
    warnings: list[str] = field(default_factory=list)
    captions: list[str] = field(default_factory=list)
    subheadings: list[str] = field(default_factory=list)


# A rule takes the text and the context and returns the new text and how many changes it made.
Rule = Callable[[str, CleaningContext], tuple[str, int]]


def convert_script(text: str, context: CleaningContext) -> tuple[str, int]:
    """Traditional → Simplified (or the configured OpenCC conversion)."""
    converted = context.converter.convert(text)
    return converted, sum(1 for a, b in zip(text, converted, strict=False) if a != b)


RULES: list[tuple[str, Rule]] = [
    ("pinyin_annotations", strip_pinyin_annotations),
    ("script", convert_script),
]


@dataclass
class CleanText:
    """The cleaned article and what cleaning found and changed."""

    body: str
    captions: list[str]
    subheadings: list[str]
    script: str
    cleanup: dict[str, int]
    warnings: list[str]
    found: dict[str, str]


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
        found=context.found,
    )
