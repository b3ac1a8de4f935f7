"""Script conversion with OpenCC (plus a table of words it leaves Traditional) and detection of the input's script."""

from __future__ import annotations

import re
from functools import cache

import opencc

from generator.contracts.cleaning import CleaningContext
from generator.normalize.data_files import load_yaml
from generator.text.chars import HAN


class ScriptConverter:
    """One OpenCC converter per configuration (``t2s``, ``tw2s``, ``hk2s``...), built once."""

    def __init__(self, conversion: str) -> None:
        self.conversion = conversion
        self._converter = opencc.OpenCC(conversion)

    @staticmethod
    @cache
    def get(conversion: str) -> ScriptConverter:
        return ScriptConverter(conversion)

    def convert(self, text: str) -> str:
        return self._converter.convert(text)


WORD_FIXES: dict[str, str] = load_yaml("script.yaml")["simplified_word_fixes"]
WORD_FIX = re.compile("|".join(sorted(map(re.escape, WORD_FIXES), key=len, reverse=True)))


def convert_script(text: str, context: CleaningContext) -> tuple[str, int]:
    """Traditional → Simplified (or the configured OpenCC conversion), then the words OpenCC leaves as they were."""
    converted = context.converter.convert(text)
    changes = sum(1 for a, b in zip(text, converted, strict=False) if a != b)
    if context.converter.conversion.endswith("2s") or context.converter.conversion.endswith("2sp"):
        converted, fixed = WORD_FIX.subn(lambda match: WORD_FIXES[match.group(0)], converted)
        changes += fixed
    return converted, changes


def detect_script(text: str, converter: ScriptConverter) -> str:
    """``simplified`` when conversion changes no character, ``traditional`` when it changes many, else ``mixed``."""
    han = HAN.findall(text)
    if not han:
        return "simplified"
    converted = converter.convert("".join(han))
    changed = sum(1 for a, b in zip(han, converted, strict=False) if a != b)
    if changed == 0:
        return "simplified"
    # Each distinct marker is converted once, not each of the text's thousands of characters.
    markers = {c for c in set(han) & _SIMPLIFIED_MARKERS if converter.convert(c) == c}
    simplified_only = sum(1 for c in han if c in markers)
    if changed >= 0.05 * len(han) and simplified_only == 0:
        return "traditional"
    return "traditional" if changed >= 0.08 * len(han) else "mixed"


# Common characters that exist only in Simplified form: seeing them beside Traditional ones means mixed text.
_SIMPLIFIED_MARKERS = set("这国发经区个们时会产说对来过还进动资实现书长门东车马")
