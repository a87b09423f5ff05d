"""Run the command line: ``python -m newsmodel``."""

from newsmodel.cli import run

run()
