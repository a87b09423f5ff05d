"""What the command prints: problems as text, JSON or GitHub workflow commands.

Everything printed from the input (file names, messages, paths) goes through
:func:`printable` or :func:`shown` first.
"""

from __future__ import annotations

import contextlib
import os
import re
import sys
from typing import TextIO

import attrs

from newsmodel._patterns import lazy
from newsmodel.problems import RULES, Problem, Severity

__all__ = [
    "Progress",
    "plain_text",
    "print_github",
    "print_json",
    "print_text",
    "printable",
    "safe",
    "shown",
]


#: Characters that must not reach a terminal or a log as they are: the C0 and C1
#: controls and DEL (line breaks, which would let a file name start a line such as
#: a GitHub ``::error`` workflow command; ESC, which starts terminal escape
#: sequences), the Unicode line and paragraph separators, and the bidirectional
#: formatting characters, which reorder what a terminal shows.
_UNPRINTABLE = lazy("[\x00-\x1f\x7f-\x9f\u200e\u200f\u2028-\u202e\u2066-\u2069]")


def shown(name: str) -> str:
    r"""Return a file name as printed, on one line and inert.

    Bytes that are not UTF-8 are escaped (``caf\xe9.yaml``): names are decoded
    with surrogate escapes (:func:`os.fsdecode`), which no UTF-8 stream can
    print.  Control characters are escaped as in Python (``a\nb.yaml``,
    ``\x1b``), see :func:`safe`.
    """
    from newsmodel.reading.scalars import lone_surrogate  # noqa: PLC0415 - see safe()

    if lone_surrogate(name) is not None:
        # A lone surrogate that is not an escaped byte stays, for safe() to escape.
        with contextlib.suppress(UnicodeEncodeError):
            name = os.fsencode(name).decode("utf-8", "backslashreplace")
    return safe(name)


def safe(text: str) -> str:
    r"""Return ``text`` safe to print: one line, no escape sequences, encodable as UTF-8.

    Lone surrogates (``\udc80``), control characters (``\n``, ``\x1b``) and
    the characters that reorder text (``\u202e``) are escaped with backslashes.
    """
    # Imported here: reading imports the YAML parser, which 'rules' and 'vocab' do not need.
    from newsmodel.reading.scalars import lone_surrogate  # noqa: PLC0415

    if lone_surrogate(text) is not None:
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    if _UNPRINTABLE.search(text) is None:
        return text
    return _UNPRINTABLE.sub(_escaped, text)


def _escaped(match: re.Match[str]) -> str:
    return match[0].encode("unicode_escape").decode("ascii")


#: reST in docstrings: a role with a title (:class:`text <target>`), a role
#: (:func:`~newsmodel.io.load`), a link (`text <url>`_), literal text (``x``).
_ROLE_WITH_TITLE = lazy(r":[\w:]+:`([^`<]*?)\s*<[^`>]*>`")
_ROLE = lazy(r":[\w:]+:`~?([^`]*)`")
_LINK = lazy(r"`([^`<]*?)\s*<[^`>]*>`_")
_LITERAL = lazy(r"``([^`]+)``")


def plain_text(text: str) -> str:
    """Return docstring text with its reST markup turned into plain text for a terminal.

    ``identifiers`` becomes identifiers, :class:`~newsmodel.model.Actor`
    becomes Actor (the last part, where ``~`` asks for it), and a link keeps
    its text.
    """
    if "`" not in text:
        return text
    text = _ROLE_WITH_TITLE.sub(r"\1", text)
    text = _ROLE.sub(lambda match: _role_target(match[0], match[1]), text)
    text = _LINK.sub(r"\1", text)
    return _LITERAL.sub(r"\1", text)


def _role_target(role: str, target: str) -> str:
    return target.rsplit(".", 1)[-1] if "`~" in role else target


def printable(problem: Problem) -> Problem:
    """Return the problem with its file name, message, hint and path safe to print."""
    return attrs.evolve(
        problem,
        file=None if problem.file is None else shown(problem.file),
        message=safe(problem.message),
        hint=None if problem.hint is None else safe(problem.hint),
        path=safe(problem.path),
    )


class Progress:
    """A one-line progress display on standard error, only on a terminal and for long runs."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.enabled = sys.stderr.isatty() and total >= 20

    def show(self, number: int, file: str) -> None:
        """Show that file ``number`` of the total, ``file``, is being checked."""
        if self.enabled:
            width = 30
            done = width * number // self.total
            name = shown(file)
            name = name if len(name) <= 40 else "…" + name[-39:]
            sys.stderr.write(
                f"\r[{'#' * done}{'.' * (width - done)}] {number}/{self.total} {name}\x1b[K"
            )
            sys.stderr.flush()

    def clear(self) -> None:
        """Clear the progress line."""
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _use_colour(stream: TextIO) -> bool:
    # https://no-color.org: NO_COLOR set to a non-empty value turns colour off.
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def print_text(
    problems: list[Problem],
    summary: dict[str, int],
    out: TextIO,
    *,
    failing: bool | None = None,
) -> None:
    """Print the problems one per line, then a summary line.

    ``failing`` says whether the run fails (by default, when there are errors;
    the caller knows better under ``--strict``).
    """
    colour = _use_colour(out)

    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    for problem in problems:
        where = ":".join(
            str(part)
            for part in (problem.file or "<text>", problem.line, problem.column)
            if part is not None
        )
        severity = problem.severity
        code = paint(problem.code, _COLOURS[severity])
        suffix = "" if severity is Severity.ERROR else f" ({severity.value})"
        path = f" [{problem.path}]" if problem.path != "$" else ""
        out.write(f"{paint(where, '1')}: {code} {problem.message}{path}{suffix}\n")
        if problem.hint:
            out.write(f"    {paint('hint:', '36')} {problem.hint}\n")
    errors, warnings = summary["errors"], summary["warnings"]
    if failing is None:
        failing = bool(errors)
    verdict = (
        paint("failed", "31;1") if failing else "" if errors or warnings else paint("ok", "32;1")
    )
    out.write(
        f"{'' if not problems else chr(10)}Checked {_n(summary['files'], 'file')}, "
        f"{_n(summary['records'], 'record')}: {_n(errors, 'error')}, "
        f"{_n(warnings, 'warning')}{_info(summary)}{'. ' + verdict if verdict else ''}\n"
    )


#: The colour of each severity's code in text output (ANSI: bold red, yellow, cyan).
_COLOURS = {Severity.ERROR: "31;1", Severity.WARNING: "33", Severity.INFO: "36"}


def _info(summary: dict[str, int]) -> str:
    """Return the count of information for a summary line, when there is any."""
    count = summary.get("info", 0)
    return f", {count} info" if count else ""


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def print_json(problems: list[Problem], summary: dict[str, int], out: TextIO) -> None:
    """Print the summary and the problems as one JSON document."""
    document = {
        "summary": summary,
        "problems": [
            {
                "code": p.code,
                "name": RULES[p.code].name,
                "severity": p.severity.value,
                "message": p.message,
                "hint": p.hint,
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "path": p.path,
            }
            for p in problems
        ],
    }
    import json  # noqa: PLC0415 - only this output needs it

    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def print_github(
    problems: list[Problem], summary: dict[str, int], out: TextIO, *, strict: bool = False
) -> None:
    """Print each problem as a GitHub Actions workflow command, then a summary line.

    Errors are ``::error`` annotations, warnings ``::warning`` ones and
    information ``::notice`` ones, but under ``--strict`` (``strict``), where
    a warning fails the run, a warning is an ``::error``: the annotations say
    why the check failed.
    """
    for p in problems:
        level = {Severity.ERROR: "error", Severity.WARNING: "warning", Severity.INFO: "notice"}[
            p.severity
        ]
        if strict and p.severity is Severity.WARNING:
            level = "error"
        props = [f"file={_escape_property(p.file)}"] if p.file else []
        if p.line is not None:
            props.append(f"line={p.line}")
        if p.column is not None:
            props.append(f"col={p.column}")
        props.append(f"title={p.code} {RULES[p.code].name}")
        message = p.message + (f" [{p.path}]" if p.path != "$" else "")
        if p.hint:
            message += f"\nhint: {p.hint}"
        out.write(f"::{level} {','.join(props)}::{_escape_data(message)}\n")
    out.write(
        f"Checked {_n(summary['files'], 'file')}, {_n(summary['records'], 'record')}: "
        f"{_n(summary['errors'], 'error')}, {_n(summary['warnings'], 'warning')}"
        f"{_info(summary)}\n"
    )


def _escape_data(text: str) -> str:
    """Escape a workflow command's message, as the GitHub Actions toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Escape a workflow command's property value, as the GitHub Actions toolkit does."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")
