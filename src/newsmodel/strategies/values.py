"""Strategies for the value types nested in records: places, counts, quotes, citations..."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping, Sequence
from typing import Any, TypeVar, cast

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.dates import PartialDate
from newsmodel.model import (
    Argument,
    Citation,
    Count,
    CountryCode,
    Id,
    LanguageTag,
    Participant,
    Place,
    Position,
    Quote,
    Report,
)
from newsmodel.strategies.material import _ARGUMENT_SUMMARIES, _ORIGINALS, _PLACES, _WORDS
from newsmodel.strategies.scalars import _days, _interval, ids
from newsmodel.vocab import (
    Aspect,
    CountKind,
    EventRole,
    PlacePrecision,
    Qualifier,
    Stance,
    Tactic,
    Term,
)

_TermT = TypeVar("_TermT", bound=Term)
_T = TypeVar("_T")


#: The note a coder writes for a term ``other``: what it stands for.
_OTHER_NOTE = "Coded 'other': the source's own word for it is kept here."


def _explained(value: _T) -> _T:
    """Return ``value`` with a note wherever a term ``other`` has none (at any depth)."""
    if not attrs.has(type(value)) or isinstance(value, PartialDate):
        return value
    changes: dict[str, Any] = {}
    other = False
    for field in attrs.fields(cast("type[Any]", type(value))):
        item = getattr(value, field.name)
        if isinstance(item, tuple):
            new = tuple(_explained(x) for x in item)
            other |= any(isinstance(x, Term) and x.value == "other" for x in item)
            if new != item:
                changes[field.name] = new
        elif isinstance(item, Term):
            other |= item.value == "other"
        elif attrs.has(type(item)):
            new_item = _explained(item)
            if new_item is not item:
                changes[field.name] = new_item
    if other and hasattr(value, "notes") and value.notes is None:
        changes["notes"] = _OTHER_NOTE
    return attrs.evolve(value, **changes) if changes else value  # type: ignore[misc]


def terms(vocabulary: type[_TermT]) -> st.SearchStrategy[_TermT]:
    """Draw a term of a vocabulary (``terms(ActorKind)``); shrinks to its first term."""
    return st.sampled_from(list(vocabulary))


def _place(draw: Draw, country: str, *, minimal: bool = False) -> Place:
    name, area, latitude, longitude = draw(st.sampled_from(_PLACES[country]))
    if minimal:
        return Place(name=name, country=CountryCode(country))
    located = draw(st.booleans())
    return Place(
        name=name,
        country=CountryCode(country),
        admin_area=area if draw(st.booleans()) else None,
        latitude=latitude if located else None,
        longitude=longitude if located else None,
        geonames_id=draw(st.integers(1_000_000, 12_000_000)) if draw(st.booleans()) else None,
        precision=draw(st.sampled_from([None, PlacePrecision.LOCALITY, PlacePrecision.EXACT])),
        notes="Also spelled differently in some reports." if draw(st.integers(0, 7)) == 0 else None,
    )


@st.composite
def places(draw: Draw) -> Place:
    """Real towns and cities with their country, region and (approximate) coordinates."""
    country = draw(st.sampled_from(list(_PLACES)))
    return _place(draw, country)


#: What figures count, and of whom reports say they are.
_COUNTED: Mapping[CountKind, tuple[str | None, ...]] = {
    CountKind.KILLED: (None, "civilians", "soldiers", "villagers"),
    CountKind.INJURED: (None, "civilians", "peacekeepers"),
    CountKind.DETAINED: (None, "protesters", "journalists", "soldiers"),
    CountKind.DISPLACED: (None, "residents"),
    CountKind.MISSING: (None, "villagers", "detainees"),
    CountKind.INCIDENTS: (None,),
    CountKind.ACCOUNTS: ("social media accounts", "bank accounts"),
    CountKind.PEOPLE: ("users who shared the post", "people who signed the appeal"),
    CountKind.UNITS: ("departments", "army divisions"),
}

#: What figures count that are not people: no subgroup of children.
_NOT_PEOPLE = (CountKind.INCIDENTS, CountKind.ACCOUNTS, CountKind.UNITS)


def _count(draw: Draw, actor_ids: Sequence[str], day: dt.date | None, depth: int = 0) -> Count:
    kind = draw(st.sampled_from(list(_COUNTED)))
    best = draw(st.integers(1, 500))
    shape = draw(st.sampled_from(["best", "range", "low", "all"]))
    low = high = None
    figure: int | None = best
    if shape in ("range", "all"):
        low, high = best - draw(st.integers(0, best - 1)), best + draw(st.integers(0, 200))
        figure = best if shape == "all" else None
    elif shape == "low":
        low, figure = best, None
    qualifier = (
        Qualifier.AT_LEAST
        if shape == "low"
        else draw(st.sampled_from([None, Qualifier.ABOUT, Qualifier.EXACTLY, Qualifier.AT_MOST]))
    )
    subgroups: tuple[Count, ...] = ()
    if depth == 0 and figure is not None and figure > 2 and draw(st.integers(0, 4)) == 0:
        part = draw(st.integers(1, figure - 1))
        subgroups = (
            (Count(kind=kind, who="children", best=part),) if kind not in _NOT_PEOPLE else ()
        )
    according_to = (
        Id(draw(st.sampled_from(actor_ids))) if bool(actor_ids) and draw(st.booleans()) else None
    )
    relayed = [Id(a) for a in actor_ids if a != according_to]
    return Count(
        kind=kind,
        who=draw(st.sampled_from(_COUNTED[kind])),
        words=draw(st.sampled_from([None, None, "dozens", "hundreds, if not thousands"]))
        if shape == "low"
        else None,
        low=low,
        best=figure,
        high=high,
        qualifier=qualifier,
        according_to=according_to,
        via=(relayed[0],) if according_to and relayed and draw(st.integers(0, 3)) == 0 else (),
        as_of=PartialDate(day.isoformat()) if day is not None and draw(st.booleans()) else None,
        period=PartialDate(_interval(day - dt.timedelta(days=30), 29, coarse=False))
        if day is not None and draw(st.integers(0, 4)) == 0
        else None,
        provisional=draw(st.integers(0, 3)) == 0,
        subgroups=subgroups,
        notes="The figure may rise." if draw(st.integers(0, 5)) == 0 else None,
    )


@st.composite
def counts(draw: Draw) -> Count:
    """Figures of killed, detained, displaced...: hedged, ranged, attributed, with subgroups."""
    return _count(draw, [draw(ids())], draw(_days()))


@st.composite
def quotes(draw: Draw) -> Quote:
    """Quoted words, with a speaker, and offsets consistent with their length when given.

    Some are translations, with the words as they were said and their language;
    some name the response that disowns them.
    """
    tactic = draw(terms(Tactic))
    text = draw(st.sampled_from(_WORDS.get(tactic, (tactic.description,))))
    start = draw(st.none() | st.integers(0, 5000))
    originals = _ORIGINALS.get(text, {})
    said_in = draw(st.sampled_from([None, *sorted(originals)]))
    return Quote(
        text=text,
        speaker=draw(st.none() | ids()),
        start=start,
        end=None if start is None else start + len(text),
        language=draw(st.sampled_from([None, LanguageTag("en")])),
        original_text=originals[said_in] if said_in else None,
        original_language=LanguageTag(said_in) if said_in else None,
        disowned_in=draw(st.none() | ids()),
    )


@st.composite
def citations(draw: Draw, reports: Sequence[Report | str] = ()) -> Citation:
    """Citations of one of ``reports`` (records or ids), quoting its body where it has one.

    Without ``reports`` the citation names an invented report id.
    """
    if not reports:
        return Citation(report=draw(ids()))
    report = draw(st.sampled_from(list(reports)))
    if isinstance(report, str):
        return Citation(report=Id(report))
    sentences = _sentences(report.body or "")
    quoted: tuple[Quote, ...] = ()
    if bool(sentences) and draw(st.booleans()):
        start, text = draw(st.sampled_from(sentences))
        quoted = (Quote(text=text, start=start, end=start + len(text)),)
    return Citation(
        report=report.id, quotes=quoted, locator=draw(st.sampled_from([None, "paragraph 2"]))
    )


def _sentences(body: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group()) for match in re.finditer(r"[^\n]+", body)]


def positions() -> st.SearchStrategy[Position]:
    """Stances on one aspect of what a response answers (the toll, the responsibility)."""
    return st.builds(
        Position,
        aspect=terms(Aspect),
        stance=terms(Stance),
        words=st.sampled_from([None, "we did not intend to offend"]),
        summary=st.sampled_from([None, "admits the operation took place", "disputes the toll"]),
    ).map(_explained)


@st.composite
def arguments(draw: Draw) -> Argument:
    """Draw a tactic with the words a response used for it ("tangible proof").

    Some are summed up in a coder's words, or name the actors they blame.
    """
    tactic = draw(terms(Tactic))
    words = draw(st.sampled_from(_WORDS.get(tactic, (tactic.description,))))
    return _explained(
        Argument(
            tactic=tactic,
            words=words if draw(st.booleans()) else None,
            summary=_ARGUMENT_SUMMARIES.get(tactic) if draw(st.booleans()) else None,
            actors=tuple(draw(st.lists(ids(), max_size=2, unique=True))),
        )
    )


def participants(actor_ids: Sequence[str] = ()) -> st.SearchStrategy[Participant]:
    """Draw an actor (one of ``actor_ids``, or an invented id) and its role in an event."""
    actor = st.sampled_from(list(actor_ids)).map(Id) if actor_ids else ids()
    return st.builds(Participant, actor=actor, role=terms(EventRole)).map(_explained)
