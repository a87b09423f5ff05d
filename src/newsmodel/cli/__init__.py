r"""The ``newsmodel`` command: a thin face over the library.

Subcommands:

- ``validate [PATH...]``: check files and folders as one dataset;
- ``rules [CODE]``: the problem catalogue, or one rule in full;
- ``vocab [NAME]``: the vocabularies and their terms;
- ``schema [--output FILE]``: the JSON Schema of a bundle file;
- ``convert SOURCE TARGET``: rewrite a file in another format (or canonically);
- ``upgrade PATH...``: rewrite files of schema version 1 as version 2, comments kept.

Exit status: 0 when clean, 1 when problems were found (warnings only with
``--strict``), 2 for a usage error or a path that cannot be read; 130 when
interrupted (Ctrl-C) and 143 when terminated (SIGTERM), after removing any
file half written.

Whatever the input, the command prints problems and exits with one of these
statuses: no traceback.  What it prints from the input (file names, messages)
is escaped with backslashes where it could not be printed as it is or would
act on a terminal or a log: bytes that are not UTF-8, lone surrogates, and
control characters (``a\n::error::x.yaml`` stays one line).

The package: :mod:`~newsmodel.cli.parser` reads the command line,
:mod:`~newsmodel.cli.commands` runs the subcommands, and
:mod:`~newsmodel.cli.output` prints problems as text, JSON or GitHub
workflow commands.  Each is imported when it is needed, and each command
imports what it uses, so that ``--version``, ``--help``, ``rules`` and
``vocab`` start at once (a pre-commit hook starts the command on every commit).
"""

from __future__ import annotations

import contextlib
import gc
import signal
import sys
import threading
from collections.abc import Iterator, Sequence
from types import FrameType
from typing import NoReturn

from newsmodel import _gc
from newsmodel.cli.parser import build_parser, subcommand_of

__all__ = ["build_parser", "main", "run"]

EXIT_INTERRUPTED, EXIT_TERMINATED = 128 + 2, 128 + 15


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a console that cannot show a character gets \\uXXXX
            reconfigure(errors="backslashreplace")
    # The command's imports (modules, classes, vocabularies) and its reading build
    # many containers and hardly any cycles: at the collector's default threshold
    # they set off fifty young collections, a tenth of validating one file.  The
    # young generation waits for _gc.YOUNG containers instead; the collector stays on.
    with _gc.bulk():
        try:
            return _run(sys.argv[1:] if argv is None else argv)
        finally:
            # What is still alive (modules, classes, vocabularies) lives long: it joins
            # the oldest generation as it is, instead of being walked at once by the
            # young collection that the threshold restored would set off.
            gc.freeze()
            gc.unfreeze()


def run() -> NoReturn:
    """Run the ``newsmodel`` command on ``sys.argv``, then exit with its status.

    The ``newsmodel`` script and ``python -m newsmodel`` call this; call
    :func:`main` to run the command and go on.  Before the interpreter exits,
    what the command built (modules, classes, vocabularies, records) is frozen
    (:func:`gc.freeze`): the interpreter's last collection then does not walk
    all of it to find nothing to free, which was an eighth of validating one
    small file.  Objects are still freed as their references go, and exit
    handlers still run.
    """
    try:
        status = main()
    finally:  # also when argparse exits (--version, --help, a usage error)
        gc.freeze()
    sys.exit(status)


def _run(words: Sequence[str]) -> int:
    """Parse ``words`` and run the command they name; return the exit status."""
    # Only the named subcommand's arguments are added: the others' would cost more
    # than --version takes.
    args = build_parser(subcommand_of(words)).parse_args(words)  # exits for --version, --help
    from newsmodel.cli.commands import COMMANDS, EXIT_PROBLEMS  # noqa: PLC0415

    try:
        with _terminated_as_an_exception():
            status: int = COMMANDS[args.command](args)
    except BrokenPipeError:  # output piped into head or less, closed early
        sys.stderr.close()
        return EXIT_PROBLEMS
    except KeyboardInterrupt:
        print("newsmodel: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED
    except _Terminated:
        print("newsmodel: terminated", file=sys.stderr)
        return EXIT_TERMINATED
    return status


class _Terminated(BaseException):
    """SIGTERM, raised where the command is, so that cleanups run (a temporary file removed).

    A :class:`BaseException`, as :class:`KeyboardInterrupt` is: no ``except
    Exception`` on the way takes it for a failure to recover from.
    """


@contextlib.contextmanager
def _terminated_as_an_exception() -> Iterator[None]:
    """Turn SIGTERM into :class:`_Terminated` while the command runs (in the main thread).

    By default SIGTERM ends the process at once, leaving a half-written
    temporary file (of tens of megabytes, for a large ``convert``) behind.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def terminate(signum: int, frame: FrameType | None) -> None:
        raise _Terminated

    previous = signal.signal(signal.SIGTERM, terminate)
    try:
        yield
    finally:
        signal.signal(signal.SIGTERM, previous)
