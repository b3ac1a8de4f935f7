"""Text primitives shared by more than one stage: character classes, data files, dates and sums of money.

Imports nothing of the stages, like ``generator.contracts``.
"""
