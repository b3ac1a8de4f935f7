"""The investment-promotion digest: raw scraped articles in, a MkDocs site out.

The pipeline is visible in the sub-packages, run in this order:
``read`` (find and decode input files), ``normalize`` (clean the text), ``extract`` (facts),
``render`` (Jinja2 pages) and ``assemble`` (run the stages over a corpus, dedupe, report, write).
``contracts`` holds the records that cross stages and ``text`` the text primitives several stages share;
``site`` holds the thin MkDocs plugin that runs the same pipeline as the CLI. See ``generator/README.md``.
"""

__version__ = "0.1.0"
