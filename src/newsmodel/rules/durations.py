"""How two durations compare, where they can be: the order of a range's two ends.

A duration is kept as the source wrote it (:mod:`newsmodel.types.duration`),
and months and years have no fixed length in days: ``P1M`` and ``P30D`` have
no order.  :func:`shorter` compares the bounds of each duration in seconds (a
month 28 to 31 days, a year 365 or 366) and answers yes only when every
reading of the first is shorter than every reading of the second.  A figure
the source does not give (``PXM``) compares with nothing; an EDTF-style
qualifier at the end (``P2M~``) is read as the figure it hedges.
"""

from __future__ import annotations

import re

__all__ = ["bounds", "shorter"]

_DAY = 86400.0
_NUMBER = r"([0-9]+(?:[.,][0-9]+)?)"
_PARTS = re.compile(
    rf"^P(?:{_NUMBER}Y)?(?:{_NUMBER}M)?(?:{_NUMBER}W)?(?:{_NUMBER}D)?"
    rf"(?:T(?:{_NUMBER}H)?(?:{_NUMBER}M)?(?:{_NUMBER}S)?)?[~?%]?$"
)
#: The shortest and longest length of each unit, in seconds, in the order of _PARTS.
_UNITS = (
    (365 * _DAY, 366 * _DAY),
    (28 * _DAY, 31 * _DAY),
    (7 * _DAY, 7 * _DAY),
    (_DAY, _DAY),
    (3600.0, 3600.0),
    (60.0, 60.0),
    (1.0, 1.0),
)


def bounds(duration: str) -> tuple[float, float] | None:
    """Return the shortest and longest length of ``duration`` in seconds; ``None`` if unknown."""
    match = _PARTS.match(duration)
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
    """Tell whether ``first`` is certainly shorter than ``second`` (``P6M`` than ``P8M``)."""
    a, b = bounds(first), bounds(second)
    return a is not None and b is not None and a[1] < b[0]
