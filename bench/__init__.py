"""``make bench``: the digest on generated corpora of 1,000 and 10,000 articles, against the project's targets."""
