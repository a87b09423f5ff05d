r"""The ``newsmodel`` command: a thin face over the library.

Subcommands:

- ``validate [PATH...]``: check files and folders as one dataset;
- ``rules [CODE]``: the problem catalogue, or one rule in full;
- ``vocab [NAME]``: the vocabularies and their terms;
- ``schema [--output FILE]``: the JSON Schema of a bundle file;
- ``convert SOURCE TARGET``: rewrite a file in another format (or canonically).

Exit status: 0 when clean, 1 when problems were found (warnings only with
``--strict``), 2 for a usage error or a path that cannot be read.

Whatever the input, the command prints problems and exits with one of these
statuses: no traceback.  What it prints from the input (file names, messages)
is escaped with backslashes where it could not be printed as it is or would
act on a terminal or a log: bytes that are not UTF-8, lone surrogates, and
control characters (``a\n::error::x.yaml`` stays one line).

The package: :mod:`~newsmodel.cli.parser` reads the command line,
:mod:`~newsmodel.cli.commands` runs the subcommands, and
:mod:`~newsmodel.cli.output` prints problems as text, JSON or GitHub
workflow commands.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

from newsmodel.cli.commands import COMMANDS, EXIT_PROBLEMS
from newsmodel.cli.parser import build_parser

__all__ = ["build_parser", "main"]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a console that cannot show a character gets \\uXXXX
            reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    try:
        status: int = COMMANDS[args.command](args)
    except BrokenPipeError:  # output piped into head or less, closed early
        sys.stderr.close()
        return EXIT_PROBLEMS
    return status
