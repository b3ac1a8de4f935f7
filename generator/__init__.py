"""The investment-promotion digest: raw scraped articles in, a MkDocs site out.

The pipeline is visible in the sub-packages, run in this order:
``read`` (find and decode input files), ``normalize`` (clean the text), ``extract`` (facts),
``render`` (Jinja2 pages) and ``build`` (orchestrate, dedupe, report, write).
``site`` holds the thin MkDocs plugin that runs the same pipeline as the CLI.
"""

__version__ = "0.1.0"
