"""Names in an article: people with their titles (``people``) and organizations (``organizations``), found by
rules on the words and tags of ``lexical`` (Baidu LAC, one statistical pass per article); ``segmenter`` is the
one module that touches jieba (TF-IDF for keywords)."""
