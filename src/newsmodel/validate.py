"""Checks that need more than one field: the value rules of :mod:`newsmodel.problems`.

The converter checks each field on its own as it structures it.  The rules
here look at several fields of one record or value together (a count's low,
best and high figures; a place's two coordinates; a quote's offsets and
text), on typed values, and report a :class:`~newsmodel.problems.Problem`
with the path of the field to fix.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from newsmodel.model import Count, Place, Quote, Response
from newsmodel.problems import Problem

__all__ = ["CHECKS"]

Path = tuple[str | int, ...]
Found = Iterator[tuple[Path, Problem]]


def _place(place: Place) -> Found:
    if (place.latitude is None) != (place.longitude is None):
        missing = "longitude" if place.longitude is None else "latitude"
        yield (
            (missing,),
            Problem(
                code="NM309",
                message=f"the place {place.name!r} has no {missing}",
                hint="give both latitude and longitude, or neither",
            ),
        )


def _count(count: Count) -> Found:
    figures = [(name, getattr(count, name)) for name in ("low", "best", "high")]
    given = [(name, value) for name, value in figures if value is not None]
    if not given:
        yield (
            (),
            Problem(
                code="NM311",
                message=f"the {count.kind.term} count gives no figure",
                hint="give at least one of low, best and high",
            ),
        )
        return
    for (name_a, a), (name_b, b) in itertools.pairwise(given):
        if a > b:
            yield (
                (name_b,),
                Problem(
                    code="NM310",
                    message=f"{name_b} ({b}) is below {name_a} ({a})",
                    hint="low <= best <= high must hold; check which figure is which",
                ),
            )


def _quote(quote: Quote) -> Found:
    start, end = quote.start, quote.end
    if start is None and end is None:
        return
    if start is None or end is None:
        missing = "start" if start is None else "end"
        yield (
            (missing,),
            Problem(
                code="NM312",
                message=f"the quote has no {missing} offset",
                hint="give both start and end, or neither",
            ),
        )
    elif end - start != len(quote.text):
        yield (
            ("end",),
            Problem(
                code="NM312",
                message=f"offsets {start}..{end} span {end - start} characters but the quote "
                f"has {len(quote.text)}",
                hint=f"end should be {start + len(quote.text)}",
            ),
        )


def _response(response: Response) -> Found:
    for index, position in enumerate(response.positions):
        if position.allegation is not None and position.allegation not in response.allegations:
            yield (
                ("positions", index, "allegation"),
                Problem(
                    code="NM313",
                    message=f"position names allegation {position.allegation!r}, which the "
                    "response does not answer",
                    hint="add it to the response's allegations, or correct the id",
                ),
            )


#: Cross-field checks by the class they apply to.  Each yields ``(path, problem)``
#: pairs, the path relative to the checked value.  The converter runs them on
#: every value it builds, so they apply wherever the value is nested.
CHECKS: Mapping[type, Callable[[Any], Found]] = {
    Place: _place,
    Count: _count,
    Quote: _quote,
    Response: _response,
}
