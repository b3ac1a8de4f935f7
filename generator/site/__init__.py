"""The thin MkDocs integration: a plugin that runs the same pipeline as the CLI inside ``mkdocs build``/``serve``."""
