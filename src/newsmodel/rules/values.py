"""Rules over several fields of one value, run by the converter on every value it builds.

The converter checks each field on its own as it structures it; :data:`CHECKS`
holds the rules that need more than one field of a record or value (a count's
low, best and high figures; a place's two coordinates; a quote's offsets and
text; an answer's one record; a report's title for its kind...).  The rules
of a proceeding's steps and charges (:mod:`~newsmodel.rules.proceedings`),
of variants (:mod:`~newsmodel.rules.variants`) and "a term ``other`` asks
for notes" (:mod:`~newsmodel.rules.notes`) have modules of their own; this
one gathers them all into :data:`CHECKS`.  The fast path
(:mod:`newsmodel.codec.fastpath`) skips a check while the fields in
:data:`CHECKED_FIELDS` are all left out.

Every rule reports a :class:`~newsmodel.problems.Problem` with the code
from :data:`~newsmodel.problems.RULES` and the path of the field to fix.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from newsmodel.model import (
    ANSWERED,
    Allegation,
    Answer,
    Count,
    Place,
    Proceeding,
    Quantity,
    Quote,
    Response,
    Tally,
    _model_types,
)
from newsmodel.rules.found import Found, Path, found
from newsmodel.rules.notes import NOTED_FIELDS, other_without_notes
from newsmodel.rules.proceedings import check_proceeding
from newsmodel.rules.variants import check_variants
from newsmodel.vocab import Stance

__all__ = ["CHECKED_FIELDS", "CHECKS", "Found", "Path"]


# -- places and quotes -------------------------------------------------------


def _place(place: Place) -> Found:
    if (place.latitude is None) == (place.longitude is None):
        return []
    missing = "longitude" if place.longitude is None else "latitude"
    return [
        found(
            (missing,),
            "NM309",
            f"the place {place.name!r} has no {missing}",
            "give both latitude and longitude, or neither",
        )
    ]


def _quote(quote: Quote) -> Found:
    start, end = quote.start, quote.end
    if start is None and end is None:
        return []
    if start is None or end is None:
        missing = "start" if start is None else "end"
        return [
            found(
                (missing,),
                "NM312",
                f"the quote has no {missing} offset",
                "give both start and end, or neither",
            )
        ]
    if end - start == len(quote.text):
        return []
    return [
        found(
            ("end",),
            "NM312",
            f"offsets {start}..{end} span {end - start} characters but the quote "
            f"has {len(quote.text)}",
            f"end should be {start + len(quote.text)}",
        )
    ]


# -- figures: counts, quantities, tallies -------------------------------------


def _in_order(figures: tuple[tuple[str, Any], ...], code: str, hint: str) -> Found:
    """Report each given figure below the given one before it (``low <= best <= high``)."""
    given = [(name, value) for name, value in figures if value is not None]
    return [
        found((name_b,), code, f"{name_b} ({b}) is below {name_a} ({a})", hint)
        for (name_a, a), (name_b, b) in itertools.pairwise(given)
        if a > b
    ]


def _count(count: Count) -> Found:
    figures = (("low", count.low), ("best", count.best), ("high", count.high))
    if count.words is None and all(value is None for _, value in figures):
        return [
            found(
                (),
                "NM311",
                f"the {count.kind.term} count gives no figure and no words",
                'give at least one of low, best and high, or the source\'s words (words: "dozens")',
            )
        ]
    return _in_order(figures, "NM310", "low <= best <= high must hold; check which figure is which")


def _quantity(quantity: Quantity) -> Found:
    figures = (("low", quantity.low), ("amount", quantity.amount), ("high", quantity.high))
    if quantity.words is None and all(value is None for _, value in figures):
        return [
            found(
                (),
                "NM320",
                "the quantity gives no amount, no range and no words",
                'give amount, low and high, or the source\'s words (words: "millions of dollars")',
            )
        ]
    problems = _in_order(
        figures, "NM319", "low <= amount <= high must hold; check which figure is which"
    )
    if quantity.currency is not None and quantity.unit is not None:
        problems.append(
            found(
                ("unit",),
                "NM318",
                f"the quantity has both a currency ({quantity.currency}) and a unit "
                f"({quantity.unit.term})",
                "money takes a currency and no unit; anything else a unit and no currency",
            )
        )
    return problems


def _tally(tally: Tally) -> Found:
    if not tally.unanimous or not tally.against:
        return []
    return [
        found(
            ("against",),
            "NM321",
            f"the vote is called unanimous but {tally.against} voted against",
            "check the figures; if the source says both, keep the figures, leave out "
            "unanimous and say so in notes",
        )
    ]


# -- answers and responses ----------------------------------------------------

#: The fields of an answer that name the record answered, in declaration order.


def _answer(answer: Answer) -> Found:
    named = [name for name in ANSWERED if getattr(answer, name) is not None]
    if not named:
        return [
            found(
                (),
                "NM316",
                "the answer names no record",
                "name the record answered in one of: " + ", ".join(ANSWERED),
            )
        ]
    if len(named) > 1:
        return [
            found(
                (named[1],),
                "NM316",
                f"the answer names {len(named)} records ({', '.join(named)})",
                "give each record answered an answer of its own",
            )
        ]
    if answer.step is not None and answer.proceeding is None:
        return [
            found(
                ("step",),
                "NM317",
                f"the answer names step {answer.step!r} but no proceeding",
                "a step is named within its proceeding: answer the proceeding and name the step",
            )
        ]
    return []


def _response(response: Response) -> Found:
    if not response.retracts or Stance.RETRACTION in response.stances:
        return []
    return [
        found(
            ("stances",),
            "NM334",
            "the response retracts an earlier one but has no stance 'retraction'",
            "add retraction to stances (or remove retracts, if nothing is withdrawn)",
        )
    ]


# -- reports and allegations --------------------------------------------------


def _allegation(allegation: Allegation) -> Found:
    if not (allegation.accused or allegation.unidentified_perpetrator or allegation.subject):
        return [
            found(
                ("accused",),
                "NM323",
                "the allegation names no accused",
                "name the accused; or set unidentified_perpetrator: true if the source names "
                "none; or, if what is accused is no actor (a policy), give it in subject",
            )
        ]
    if allegation.accused and allegation.unidentified_perpetrator:
        return [
            found(
                ("unidentified_perpetrator",),
                "NM323",
                "the allegation names accused and says the perpetrator is unidentified",
                "keep the accused and remove unidentified_perpetrator, or the reverse",
            )
        ]
    accused = set(allegation.accused)
    return [
        found(
            ("acts", number, "by", index),
            "NM324",
            f"act by {actor!r}, who is not among the allegation's accused",
            "add the actor to accused, or correct the id",
        )
        for number, act in enumerate(allegation.acts)
        for index, actor in enumerate(act.by)
        if actor not in accused
    ]


# -- the table ------------------------------------------------------------------

_OWN: Mapping[type, Callable[[Any], Found]] = {
    Place: _place,
    Count: _count,
    Quantity: _quantity,
    Tally: _tally,
    Quote: _quote,
    Answer: _answer,
    Response: _response,
    Allegation: _allegation,
    Proceeding: check_proceeding,
}

#: The fields the checks of :data:`_OWN` read, for those that find nothing while
#: all are left out.  A class missing here is always checked.
_OWN_FIELDS: Mapping[type, tuple[str, ...]] = {
    Place: ("latitude", "longitude"),
    Quote: ("start", "end"),
    Tally: ("unanimous",),
    Response: ("retracts",),
    Proceeding: ("steps", "charges"),
}


def _joined(checks: list[Callable[[Any], Found]]) -> Callable[[Any], Found]:
    """Return one check that runs ``checks`` in turn (the first one alone, if only one)."""
    if len(checks) == 1:
        return checks[0]

    def check_all(value: Any) -> Found:
        problems: Found = []
        for check in checks:
            problems += check(value)
        return problems

    return check_all


def _tables() -> tuple[dict[type, Callable[[Any], Found]], dict[type, tuple[str, ...]]]:
    """Gather every class's checks, and the fields they read where that bounds them."""
    checks: dict[type, Callable[[Any], Found]] = {}
    fields: dict[type, tuple[str, ...]] = {}
    for cls in _model_types():
        own = _OWN.get(cls)
        variants = check_variants if "variants" in attrs.fields_dict(cls) else None
        noted = NOTED_FIELDS.get(cls, ())
        parts = [check for check in (own, variants) if check is not None]
        if noted:
            parts.append(other_without_notes)
        if not parts:
            continue
        checks[cls] = _joined(parts)
        read = (*_OWN_FIELDS.get(cls, ()), *noted)
        required = any(attrs.fields_dict(cls)[name].default is attrs.NOTHING for name in read)
        if variants is None and (own is None or cls in _OWN_FIELDS) and not required:
            fields[cls] = read  # a required field is always given: the check always runs
    return checks, fields


_CHECKS, _CHECKED_FIELDS = _tables()

#: Cross-field checks by the class they apply to.  Each yields ``(path, problem)``
#: pairs, the path relative to the checked value.  The converter runs them on
#: every value it builds, so they apply wherever the value is nested.
CHECKS: Mapping[type, Callable[[Any], Found]] = _CHECKS

#: For some checks, the fields they read: while all are left out, the check
#: finds nothing (the fast path then skips it).
CHECKED_FIELDS: Mapping[type, tuple[str, ...]] = _CHECKED_FIELDS
