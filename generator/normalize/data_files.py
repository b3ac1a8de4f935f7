"""The cleaning rules' data folder (patterns, tables), read through the one shared loader."""

from __future__ import annotations

from generator.text.data import DataFolder, character_ranks

NORMALIZE_DATA = DataFolder("generator.normalize")
load_yaml = NORMALIZE_DATA.yaml
compiled_patterns = NORMALIZE_DATA.patterns

__all__ = ["character_ranks", "compiled_patterns", "load_yaml"]
