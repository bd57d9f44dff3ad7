"""Allow ``python -m cchc``."""

from cchc.cli import run

run()
