"""Names in an article: people with their titles (``people``) and organizations (``organizations``), found on
the word segmentation and part-of-speech tags of ``segmenter``, the one module that touches jieba."""
