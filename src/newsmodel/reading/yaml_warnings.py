"""Warnings about YAML that newsmodel reads as the spec says, but others may read otherwise.

Two warnings, which users can ignore (``--ignore NM117``):

- ``NM117``: a plain scalar that a YAML 1.1 reader (PyYAML, and the many tools
  built on it) resolves to another value than the YAML 1.2 core schema newsmodel
  reads with: ``017`` (17, but 15 in YAML 1.1), ``yes``, ``no``, ``on``,
  ``off``, ``y``, ``n`` (strings, but booleans), ``1_000`` and ``1:20``
  (strings, but 1000 and 80), ``0o17`` and ``1e3`` (numbers, but strings).
  ``~``, ``null``, ``true``, ``false``, ``0x1F`` and ``1.5`` read the same in
  both.  Dates (``2022-07-13``) are left alone: a YAML 1.1 reader makes a date
  of one, which writes back as the same text.
- ``NM118``: a comment one space after a plain scalar (``name: Trooper #1``).
  That is YAML's comment, so the value is ``Trooper``; but a data desk loses
  ``#1`` without a word.  yamllint asks for two spaces before an inline
  comment: a quoted value or two spaces silence the warning.

:func:`yaml_warnings` gives them for a text.  :func:`may_warn` is its cheap test
of the text; :class:`Warner` checks each plain scalar as the event reader reads it.
"""

from __future__ import annotations

import contextlib
import json
import math
import re

from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.problems import Problem, Severity, render_path
from newsmodel.reading.nodes import ParseFailure
from newsmodel.reading.scalars import Scalar, resolve_plain, yaml11_value
from newsmodel.reading.yaml_lines import complete_last_line, read_yaml_lines

__all__ = ["Warner", "may_warn", "misread", "yaml_warnings"]

#: The first characters of the plain values YAML 1.1 may read otherwise: booleans
#: (y, yes, n, no, on, off in any case) and numbers.
_FIRST = "-+.0123456789yYnNoO"
#: A plain value YAML 1.1 may read otherwise (a superset: each is checked when read).
_VALUE = (
    rf"[ \t]*(?=[{re.escape(_FIRST)}])"  # a quick test of the first character
    r"(?:[yY](?:es|ES)?|[nN][oO]?|No|[oO](?:[nN]|ff|FF)|On|Off"
    r"|[-+]?(?:0[0-9box_]|[0-9.][0-9._]*[_:eE]|0x)[-+.\w:]*)"
    r"[ \t]*(?:\n|\Z|[,\]}#]|:[ \t\n])"
)
#: Where a value may start, each pattern beginning with a literal, which the regular
#: expression engine scans for fast.  (Keys at the start of a line are left out: a
#: key such as ``on`` or ``017`` is not a field name, and is reported as such.)
_VALUES = [re.compile(start + _VALUE) for start in (": ", "- ", r"\? ", r"\[", "{", ",")]


def may_warn(text: str) -> bool:
    """Tell whether the text may give a warning (``False``: it gives none).

    A few searches for literals: cheap enough to run on every file.
    """
    if any(pattern.search(text) for pattern in _VALUES):
        return True
    comment = text.find(" #")
    while comment > 0:
        if text[comment - 1] not in " \t\n#":
            return True
        comment = text.find(" #", comment + 2)
    return False


def yaml_warnings(
    text: str, *, file: str | None = None, limits: Limits | None = None
) -> list[Problem]:
    """Return the warnings of YAML text (NM117, NM118), which never fail reading it.

    Text without any candidate (:func:`may_warn`, most files) is not read again,
    nor text none of whose plain scalars warns (read by the line reader,
    :mod:`~newsmodel.reading.yaml_lines`, for text in newsmodel's layout, else
    from the parser's events alone); other text is read by the event reader.
    Problems are left to the reading of the text: only warnings are returned.
    """
    if not may_warn(text):
        return []
    completed = complete_last_line(text)
    plains: list[str] = []
    by_lines = read_yaml_lines(completed, (limits or DEFAULT_LIMITS).max_depth, plains) is not None
    # Read by lines, which take no comment after a value (NM118): only a plain scalar
    # that YAML 1.1 reads otherwise warns, told without the parser's events.
    if by_lines and not any(map(misread, plains)):
        return []
    # The parser's events: imported here, as text the line reader read needs no PyYAML.
    from newsmodel.reading import yaml_events  # noqa: PLC0415

    if not by_lines and not yaml_events.plain_scalar_warns(completed):
        return []
    warnings: list[Problem] = []
    with contextlib.suppress(ParseFailure):  # reported when the text is read
        yaml_events.parse_yaml(text, file=file, limits=limits, warnings=warnings)
    return warnings


def misread(value: str) -> bool:
    """Tell whether YAML 1.1 readers read the plain scalar ``value`` otherwise (NM117)."""
    if value[:1] not in _FIRST_SET:  # most words: no YAML 1.1 reading starts so
        return False
    core, older = _readings(value)
    return not _same(core, older)


_FIRST_SET = frozenset(_FIRST)


def _describe(value: Scalar) -> str:
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"the string {value!r}"
    return f"the {'integer' if isinstance(value, int) else 'number'} {value!r}"


def _same(one: Scalar, other: Scalar) -> bool:
    if isinstance(one, float) and isinstance(other, float) and math.isnan(one):
        return math.isnan(other)
    return type(one) is type(other) and one == other


def _readings(value: str) -> tuple[Scalar, Scalar]:
    """Return what YAML 1.2 and YAML 1.1 readers read a plain scalar as."""
    try:
        core = resolve_plain(value)
    except OverflowError:  # reported as NM110
        return value, value
    return core, yaml11_value(value)


def _written(value: Scalar) -> str:
    """How to write a number so that YAML 1.1 and 1.2 readers read the same one."""
    text = repr(value)
    if isinstance(value, float) and "e" in text and "." not in text:
        text = text.replace("e", ".0e")  # YAML 1.1 wants a dot: 1.0e+20
    return text


class Warner:
    """Makes the warnings of plain scalars, given where they are."""

    def __init__(self, text: str, file: str | None) -> None:
        self.text = text
        self.file = file

    def warning(self, code: str, message: str, offset: int, path: str, hint: str) -> Problem:
        """Return a warning at ``offset`` in the text."""
        text = self.text
        return Problem(
            code=code,
            message=message,
            path=path,
            file=self.file,
            line=text.count("\n", 0, offset) + 1,
            column=offset - text.rfind("\n", 0, offset),
            hint=hint,
            severity=Severity.WARNING,
        )

    def warns(self, value: str, end: int) -> bool:
        """Tell whether :meth:`plain` gives a warning for a plain scalar ending at ``end``."""
        return misread(value) or self.text.startswith(" #", end)

    def plain(self, value: str, start: int, end: int, at: tuple[str | int, ...]) -> list[Problem]:
        """Check a plain scalar written from ``start`` to ``end``, at the path ``at``."""
        found = []
        path = render_path(at)
        core, older = _readings(value)
        if not _same(core, older):
            fix = f"quote it: '{value}'" if isinstance(core, str) else f"write {_written(core)}"
            found.append(
                self.warning(
                    "NM117",
                    f"{value!r} is {_describe(core)} to YAML 1.2 readers such as newsmodel, "
                    f"but {_describe(older)} to YAML 1.1 readers such as PyYAML",
                    start,
                    path,
                    f"{fix}, which every YAML reader reads as {_describe(core)}",
                )
            )
        if self.text.startswith(" #", end):
            line_end = self.text.find("\n", end)
            comment = self.text[end + 1 : line_end if line_end >= 0 else len(self.text)].rstrip()
            key = f"{at[-1]}: " if at and isinstance(at[-1], str) else ""
            quoted = json.dumps(f"{value} {comment}", ensure_ascii=False)
            found.append(
                self.warning(
                    "NM118",
                    f"{comment!r} after one space is a comment: the value is {value!r}, "
                    f"and {comment!r} is dropped",
                    end + 1,
                    path,
                    f"quote it if {comment!r} belongs to the value: {key}{quoted}; "
                    "put two spaces before a comment",
                )
            )
        return found
