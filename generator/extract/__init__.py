"""Stage 3, extracting: read the facts of the contract out of cleaned text, one module per fact family.

``facts.extract_record`` runs them in order; each records the phrase it used in ``evidence``. Where each kind of
rule lives is listed in ``generator/README.md``.
"""

from generator.extract.facts import extract_record, fill_facts
from generator.extract.models import load_models, release_models

__all__ = ["extract_record", "fill_facts", "load_models", "release_models"]
