"""Durations: ISO 8601 durations as sources give them (``P18M``, ``P4Y``, ``PT90M``).

A duration is kept as the text written, never normalised: ``P18M`` stays
eighteen months and does not become ``P1Y6M``, since sentences and bans are
reported in the unit the ruling uses.  Weeks (``P2W``) and a decimal fraction
in the smallest unit (``P0.5Y``) are allowed, as ISO 8601 allows them.

Two extensions of ours, borrowed from EDTF's notation for dates, hold what
reporting says and ISO 8601 cannot: a qualifier at the end (``PT7H~``
"about seven hours", ``P2Y?`` "possibly two years", ``P2Y%`` both), and
``X`` for a figure the source does not give (``PXM`` "for months").
"""

from __future__ import annotations

import re
from typing import Any, NewType

from newsmodel._patterns import lazy
from newsmodel._wording import short
from newsmodel.types.base import Fault, Inline, ScalarType
from newsmodel.types.text import check_text

__all__ = ["DURATION", "Duration", "bounds", "check_duration", "shorter"]

Duration = NewType("Duration", str)
"""An ISO 8601 duration (``P18M``, ``P4Y``, ``P1Y6M``, ``PT2H30M``, ``P2W``)."""

_FIGURE = r"[0-9]+(?:[.,][0-9]+)?"


def _layout(number: str) -> str:
    """Return the grammar of a duration, each figure matched by ``number``.

    A date part, then an optional time part (at least one component in each
    part given), then an optional EDTF-style qualifier: ~ approximate,
    ? uncertain, % both.
    """
    return (
        rf"^P(?![~?%]?$)(?:{number}Y)?(?:{number}M)?(?:{number}W)?(?:{number}D)?"
        rf"(?:T(?=[0-9X])(?:{number}H)?(?:{number}M)?(?:{number}S)?)?[~?%]?$"
    )


PATTERN = _layout(rf"(?:{_FIGURE}|X)")
_MATCH = re.compile(PATTERN).match
#: The same grammar without X figures, capturing each figure, for :func:`bounds`.
_FIGURES = lazy(_layout(f"({_FIGURE})"))
_DAY = 86400.0
#: The shortest and longest length of each unit in seconds, in the order of the grammar:
#: years, months, weeks, days, hours, minutes, seconds.
_UNITS = (
    (365 * _DAY, 366 * _DAY),
    (28 * _DAY, 31 * _DAY),
    (7 * _DAY, 7 * _DAY),
    (_DAY, _DAY),
    (3600.0, 3600.0),
    (60.0, 60.0),
    (1.0, 1.0),
)
_WORDS = lazy(r"^\s*([0-9]+)\s*(year|month|week|day|hour|minute)s?\s*$", re.IGNORECASE)
_LETTER = {"year": "Y", "month": "M", "week": "W", "day": "D", "hour": "H", "minute": "M"}


def check_duration(value: object) -> Duration:
    """Return ``value`` if it is an ISO 8601 duration; suggest one for "18 months"."""
    text = check_text(value)
    if _MATCH(text):
        return Duration(text)
    hint = (
        "write P, then the figures with their units: P18M (18 months), P4Y, PT2H30M; "
        "PT7H~ for about seven hours, PXM for some months"
    )
    words = _WORDS.match(text)
    if words:
        number, unit = words.group(1), words.group(2).lower()
        time = "T" if unit in ("hour", "minute") else ""
        hint = f"write 'P{time}{number}{_LETTER[unit]}'"
    elif _MATCH(text.upper()):
        hint = f"write {text.upper()!r}: the letters are capitals"
    raise Fault("NM314", f"{short(text)} is not an ISO 8601 duration", hint)


def bounds(duration: str) -> tuple[float, float] | None:
    """Return the shortest and longest length of ``duration`` in seconds; ``None`` if unknown.

    Months and years have no fixed length (a month is 28 to 31 days, a year 365
    or 366), so ``P1M`` is 28 to 31 days; a figure the source does not give
    (``PXM``) makes the length unknown; a qualifier (``P2M~``) is read as the
    figure it hedges.

    >>> bounds("P1M") == (28 * 86400, 31 * 86400)
    True
    >>> bounds("PXM") is None
    True
    """
    match = _FIGURES.match(duration)
    if match is None:  # an X figure, or no duration
        return None
    low = high = 0.0
    for figure, (shortest, longest) in zip(match.groups(), _UNITS, strict=True):
        if figure is not None:
            value = float(figure.replace(",", "."))
            low += value * shortest
            high += value * longest
    return low, high


def shorter(first: str, second: str) -> bool:
    """Tell whether ``first`` is certainly shorter than ``second``, however months fall.

    >>> shorter("P6M", "P8M"), shorter("P1M", "P30D"), shorter("P1M", "P32D")
    (True, False, True)
    """
    a, b = bounds(first), bounds(second)
    return a is not None and b is not None and a[1] < b[0]


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    figure = st.one_of(st.integers(1, 99).map(str), st.just("X"))
    return st.builds(
        lambda units, figures, qualifier: Duration(
            "P"
            + "".join(f"{f}{u}" for u, f in zip(units[0], figures, strict=False))
            + (
                "T" + "".join(f"{f}{u}" for u, f in zip(units[1], figures[::-1], strict=False))
                if units[1]
                else ""
            )
            + qualifier
        ),
        st.sampled_from(
            [("Y", ""), ("M", ""), ("YM", ""), ("W", ""), ("D", ""), ("", "H"), ("D", "HM")]
        ),
        st.lists(figure, min_size=3, max_size=3),
        st.sampled_from(["", "", "~", "?", "%"]),
    )


DURATION = ScalarType(
    annotation=Duration,
    python=str,
    name="Duration",
    label="duration",
    plural="durations",
    doc="An ISO 8601 duration as the source gives it: `P18M` (18 months), `P4Y`, `P1Y6M`, "
    "`P2W`, `PT2H30M`. Kept as written: `P18M` is not rewritten as `P1Y6M`. Two extensions "
    "of ours, after EDTF: a qualifier at the end (`PT7H~` about seven hours, `P2Y?` possibly, "
    "`P2Y%` both) and `X` for a figure the source does not give (`PXM`: for months).",
    check=check_duration,
    schema=lambda: {
        "title": "Duration",
        "description": "An ISO 8601 duration (P18M, P4Y, PT2H30M).",
        "type": "string",
        "pattern": PATTERN,
    },
    fast=Inline(
        statements="if {v}.__class__ is not str or not _duration_match({v}):\n    raise _Decline",
        names={"_duration_match": _MATCH},
    ),
    strategy=_strategy,
)
