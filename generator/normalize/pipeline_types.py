"""The protocol rules see of the cleaning context, kept apart so rule modules do not import the pipeline."""

from __future__ import annotations

from typing import TYPE_CHECKING, Protocol

if TYPE_CHECKING:
    from generator.normalize.script import ScriptConverter


class CleaningContextLike(Protocol):
    converter: ScriptConverter
    found: dict[str, str]
    warnings: list[str]
    captions: list[str]
    subheadings: list[str]
