"""Rules over several fields of one value, run by the converter on every value it builds.

The converter checks each field on its own as it structures it; :data:`CHECKS`
holds the rules that need more than one field of a record or value (a count's
low, best and high figures; a place's two coordinates; a quote's offsets and
text).  The fast path (:mod:`newsmodel.codec.fastpath`)
skips a check while the fields in :data:`CHECKED_FIELDS` are all left out.

Every rule reports a :class:`~newsmodel.problems.Problem` with the code
from :data:`~newsmodel.problems.RULES` and the path of the field to fix.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Any

from newsmodel.model import Count, Place, Quote
from newsmodel.problems import Problem

__all__ = ["CHECKED_FIELDS", "CHECKS", "Found", "Path"]

Path = tuple[str | int, ...]
Found = list[tuple[Path, Problem]]
"""What a check finds: ``(path, problem)`` pairs; empty (and cheap) when all is well."""


def _place(place: Place) -> Found:
    if (place.latitude is None) == (place.longitude is None):
        return []
    missing = "longitude" if place.longitude is None else "latitude"
    return [
        (
            (missing,),
            Problem(
                code="NM309",
                message=f"the place {place.name!r} has no {missing}",
                hint="give both latitude and longitude, or neither",
            ),
        )
    ]


def _count(count: Count) -> Found:
    low, best, high = count.low, count.best, count.high
    if low is None and best is None and high is None and count.words is None:
        return [
            (
                (),
                Problem(
                    code="NM311",
                    message=f"the {count.kind.term} count gives no figure",
                    hint="give at least one of low, best and high, or the source's words "
                    "('dozens') in words",
                ),
            )
        ]
    figures = (("low", low), ("best", best), ("high", high))
    given = [(name, value) for name, value in figures if value is not None]
    return [
        (
            (name_b,),
            Problem(
                code="NM310",
                message=f"{name_b} ({b}) is below {name_a} ({a})",
                hint="low <= best <= high must hold; check which figure is which",
            ),
        )
        for (name_a, a), (name_b, b) in itertools.pairwise(given)
        if a > b
    ]


def _quote(quote: Quote) -> Found:
    start, end = quote.start, quote.end
    if start is None and end is None:
        return []
    if start is None or end is None:
        missing = "start" if start is None else "end"
        return [
            (
                (missing,),
                Problem(
                    code="NM312",
                    message=f"the quote has no {missing} offset",
                    hint="give both start and end, or neither",
                ),
            )
        ]
    if end - start == len(quote.text):
        return []
    return [
        (
            ("end",),
            Problem(
                code="NM312",
                message=f"offsets {start}..{end} span {end - start} characters but the quote "
                f"has {len(quote.text)}",
                hint=f"end should be {start + len(quote.text)}",
            ),
        )
    ]


#: Cross-field checks by the class they apply to.  Each yields ``(path, problem)``
#: pairs, the path relative to the checked value.  The converter runs them on
#: every value it builds, so they apply wherever the value is nested.
CHECKS: Mapping[type, Callable[[Any], Found]] = {
    Place: _place,
    Count: _count,
    Quote: _quote,
}

#: For some checks, the fields they read: while all are left out, the check
#: finds nothing (the fast path then skips it).
CHECKED_FIELDS: Mapping[type, tuple[str, ...]] = {
    Place: ("latitude", "longitude"),
    Quote: ("start", "end"),
}
