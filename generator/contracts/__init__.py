"""The records that cross stage boundaries, defined once: the raw document (read → normalize), the cleaning
context and its result (normalize → extract), the text extraction reads and the article record it fills
(extract → render), the report entries and the slug allocator (assemble → render).

This package imports nothing of the stages; every stage may import it.
"""
