"""Rules over several fields of one value, run by the converter on every value it builds.

The converter checks each field on its own as it structures it; :data:`CHECKS`
holds the rules that need more than one field of a record or value (a count's
low, best and high figures; a place's two coordinates; a quote's offsets and
text; the one record an answer or a timing names; the two ends of a range of
durations; a timing measured from its own record...).  The rules
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
    TIMED,
    Allegation,
    Answer,
    Count,
    Document,
    Event,
    Place,
    Proceeding,
    Quantity,
    Quote,
    Report,
    Response,
    Sanction,
    Tally,
    Timing,
    Trait,
    _model_types,
)
from newsmodel.rules.found import Found, Path, found
from newsmodel.rules.notes import NOTED_FIELDS, other_without_notes
from newsmodel.rules.proceedings import check_proceeding
from newsmodel.rules.timings import timed_from_itself
from newsmodel.rules.variants import check_variants
from newsmodel.types.duration import shorter
from newsmodel.vocab import Qualifier, SanctionStatus, Stance

__all__ = ["CHECKED_FIELDS", "CHECKS", "PARTS", "Found", "Part", "Path"]


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
    low, best, high = count.low, count.best, count.high
    figures = (("low", low), ("best", best), ("high", high))
    if count.words is None and low is None and best is None and high is None:
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
    low, amount, high = quantity.low, quantity.amount, quantity.high
    figures = (("low", low), ("amount", amount), ("high", high))
    if quantity.words is None and low is None and amount is None and high is None:
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


# -- answers and timings: the one record they name -----------------------------


def _names_one(value: Answer | Timing) -> Found:
    """NM316, NM317: an answer or a timing names exactly one record, a step only with a proceeding.

    The fields naming a record are :data:`~newsmodel.model.ANSWERED` for an
    answer and :data:`~newsmodel.model.TIMED` for a timing.
    """
    answer = isinstance(value, Answer)
    fields, what = (ANSWERED, "answer") if answer else (TIMED, "timing")
    named = [name for name in fields if getattr(value, name) is not None]
    if not named:
        record = "the record answered" if answer else "the record it is timed from"
        return [
            found(
                (),
                "NM316",
                f"the {what} names no record",
                f"name {record} in one of: " + ", ".join(fields),
            )
        ]
    if len(named) > 1:
        return [
            found(
                (named[1],),
                "NM316",
                f"the {what} names {len(named)} records ({', '.join(named)})",
                "give each record answered an answer of its own"
                if answer
                else "a timing is measured from one record: keep the one the source "
                "measures from, and give each other record a timing of its own",
            )
        ]
    if value.step is not None and value.proceeding is None:
        return [
            found(
                ("step",),
                "NM317",
                f"the {what} names step {value.step!r} but no proceeding",
                "a step is named within its proceeding: "
                + ("answer the proceeding" if answer else "name the proceeding")
                + " and name the step",
            )
        ]
    return []


def _range(
    low: tuple[str, str | None],
    high: tuple[str, str | None],
    qualifier: Qualifier | None,
    unhedged: str | None = None,
) -> Found:
    """NM335, NM336: a duration's upper end and qualifier need the duration, and a range.

    ``low`` and ``high`` are the names and values of the two fields (``offset``
    and ``offset_high``; ``duration`` and ``duration_high``); ``unhedged`` is
    the hint for a qualifier without the lower end, where another one fits better.
    """
    (low_name, low_value), (high_name, high_value) = low, high
    if low_value is None:
        if high_value is not None:
            return [
                found(
                    (high_name,),
                    "NM335",
                    f"{high_name} ({high_value}) is given without {low_name}",
                    f"give the shortest in {low_name} and set qualifier: range "
                    f"(one to two years: {low_name} P1Y, {high_name} P2Y)",
                )
            ]
        if qualifier is not None:
            return [
                found(
                    ("qualifier",),
                    "NM335",
                    f"qualifier {qualifier.term} hedges no {low_name}",
                    unhedged or f"give the {low_name} it hedges, or remove qualifier",
                )
            ]
        return []
    if high_value is not None and qualifier is not Qualifier.RANGE:
        hint = f"set qualifier: range (from {low_name} to {high_name})"
        if qualifier is None:
            return [
                found(
                    (high_name,),
                    "NM335",
                    f"{high_name} ({high_value}) is given with no qualifier",
                    hint,
                )
            ]
        return [
            found(
                ("qualifier",),
                "NM335",
                f"{high_name} ({high_value}) is given with qualifier {qualifier.term}",
                f"{hint}; or, for one figure hedged {qualifier.term}, remove {high_name}",
            )
        ]
    if high_value is None and qualifier is Qualifier.RANGE:
        return [
            found(
                ("qualifier",),
                "NM335",
                f"qualifier range gives no {high_name}",
                f"give the longest in {high_name}, or a qualifier for one figure "
                "(about, at_most, more_than...)",
            )
        ]
    if high_value is not None and shorter(high_value, low_value):
        return [
            found(
                (high_name,),
                "NM336",
                f"{high_name} ({high_value}) is shorter than {low_name} ({low_value})",
                f"{low_name} holds the shortest, {high_name} the longest: swap them",
            )
        ]
    return []


def _timing(timing: Timing) -> Found:
    problems = _names_one(timing)
    problems += _range(
        ("offset", timing.offset), ("offset_high", timing.offset_high), timing.qualifier
    )
    return problems


def _sanction(sanction: Sanction) -> Found:
    problems = _range(
        ("duration", sanction.duration),
        ("duration_high", sanction.duration_high),
        sanction.qualifier,
        "a sanction's qualifier hedges its duration; hedge the amount inside amount "
        "(its qualifier, or low and high for a range) and remove this one"
        if sanction.amount is not None
        else None,
    )
    if sanction.requested and sanction.status is SanctionStatus.PROVIDED:
        problems.append(
            found(
                ("requested",),
                "NM338",
                "the sanction is the one the rules provide (status: provided) and is "
                "marked requested",
                "keep one: status provided for what the rules set for such a breach, "
                "requested for what a party asks for",
            )
        )
    return problems


def _trait(trait: Trait) -> Found:
    if trait.according_to or trait.citations:
        return []
    return [
        found(
            (),
            "NM339",
            f"the trait {trait.value!r} ({trait.kind.term}) names no source",
            "name who ascribes it in according_to, or the reports that give it in citations",
        )
    ]


#: The field of a timing that names each kind of record that may hold timings.
_TIMED_AS = {
    Report: "report",
    Document: "document",
    Allegation: "allegation",
    Response: "response",
    Event: "event",
}


def _timed(record: Report | Document | Allegation | Response | Event) -> Found:
    if not record.timing:
        return []
    return timed_from_itself(record.timing, _TIMED_AS[type(record)], record.id)


def _response(response: Response) -> Found:
    problems = _timed(response)
    if not response.retracts or Stance.RETRACTION in response.stances:
        return problems
    problems.append(
        found(
            ("stances",),
            "NM334",
            "the response retracts an earlier one but has no stance 'retraction'",
            "add retraction to stances (or remove retracts, if nothing is withdrawn)",
        )
    )
    return problems


# -- reports and allegations --------------------------------------------------


def _allegation(allegation: Allegation) -> Found:
    return _timed(allegation) + _accused(allegation)


def _accused(allegation: Allegation) -> Found:
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
    Answer: _names_one,
    Timing: _timing,
    Trait: _trait,
    Sanction: _sanction,
    Response: _response,
    Allegation: _allegation,
    Report: _timed,
    Document: _timed,
    Event: _timed,
    Proceeding: check_proceeding,
}

#: The fields the checks of :data:`_OWN` read, for those that find nothing while
#: all are left out.  A class missing here is always checked.
_OWN_FIELDS: Mapping[type, tuple[str, ...]] = {
    Place: ("latitude", "longitude"),
    Quote: ("start", "end"),
    Tally: ("unanimous",),
    Response: ("retracts", "timing"),
    Report: ("timing",),
    Document: ("timing",),
    Event: ("timing",),
    Sanction: ("duration_high", "qualifier", "requested", "status"),
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


#: A check and the fields it reads where it finds nothing while all are left out
#: (``()``: it always runs).
Part = tuple[Callable[[Any], Found], tuple[str, ...]]


def _parts(cls: type) -> list[Part]:
    """Return the checks of ``cls`` in the order they run, each with the fields that bound it."""
    fields = attrs.fields_dict(cls)
    parts: list[Part] = []
    own = _OWN.get(cls)
    if own is not None:
        parts.append((own, _OWN_FIELDS.get(cls, ())))
    if "variants" in fields:
        parts.append((check_variants, ("variants",)))
    noted = NOTED_FIELDS.get(cls, ())
    if noted:
        parts.append((other_without_notes, noted))
    # A required field is always given: a check that reads one always runs.
    return [
        (check, () if any(fields[name].default is attrs.NOTHING for name in read) else read)
        for check, read in parts
    ]


def _tables() -> tuple[
    dict[type, Callable[[Any], Found]], dict[type, tuple[str, ...]], dict[type, tuple[Part, ...]]
]:
    """Gather every class's checks, the fields they read where that bounds them, and the parts."""
    checks: dict[type, Callable[[Any], Found]] = {}
    fields: dict[type, tuple[str, ...]] = {}
    parts: dict[type, tuple[Part, ...]] = {}
    for cls in _model_types():
        found_parts = _parts(cls)
        if not found_parts:
            continue
        parts[cls] = tuple(found_parts)
        checks[cls] = _joined([check for check, _ in found_parts])
        if all(read and check is not check_variants for check, read in found_parts):
            fields[cls] = tuple(name for _, read in found_parts for name in read)
    return checks, fields, parts


_CHECKS, _CHECKED_FIELDS, _PARTS = _tables()

#: Cross-field checks by the class they apply to.  Each yields ``(path, problem)``
#: pairs, the path relative to the checked value.  The converter runs them on
#: every value it builds, so they apply wherever the value is nested.
CHECKS: Mapping[type, Callable[[Any], Found]] = _CHECKS

#: For some checks, the fields they read: while all are left out, the check
#: finds nothing (the fast path then skips it).
CHECKED_FIELDS: Mapping[type, tuple[str, ...]] = _CHECKED_FIELDS

#: The checks of :data:`CHECKS` one by one, in the order they run, each with the
#: fields that bound it (``()``: it always runs): the fast path calls each only
#: where one of its fields is given.
PARTS: Mapping[type, tuple[Part, ...]] = _PARTS
