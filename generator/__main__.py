"""Entry point for ``python -m generator``."""

from generator.cli import main

# Guarded: worker processes of a parallel build import this module again and must not run the command.
if __name__ == "__main__":
    raise SystemExit(main())
