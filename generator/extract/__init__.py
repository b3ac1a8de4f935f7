"""Stage 3, extracting: read the facts of the contract out of cleaned text, one module per fact family.

``facts.fill_facts`` runs them in order; each records the phrase it used in ``evidence``.
"""

from generator.extract.facts import ArticleText, fill_facts

__all__ = ["ArticleText", "fill_facts"]
