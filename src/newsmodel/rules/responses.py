"""NM407, NM453, NM454: who retracts a response, who takes an accused's stance, and when.

- NM407: a response retracts only responses of its own responders, of
  their parts or of the whole they are part of (a ministry may withdraw
  its government's statement, and the reverse).
- NM453: a stance that only the accused take (a denial, an apology) on an
  allegation, taken by actors none of whom is accused, part of the same
  organization as an accused actor, speaking for one (``on_behalf_of``: a
  lawyer for the accused), holding a role in one or tied to one as member,
  head, representative or employee (a band denying for its singer; a former
  head of state for the state's forces), or one of the allegation's accusers
  apologising for the accusation or the publisher of a report it cites
  apologising for having carried it.  Answers to anything but an
  allegation (a reaction to a ruling) and stances any party may take are
  not checked.
- NM454: a response dated before the record it answers: an allegation's
  ``made``, a response's ``date``, an event's ``date``, the ``date`` of
  the proceeding's step it names.  Not a document's ``published``: a
  report may be rejected before it comes out (China on the Xinjiang
  assessment).

The organization an actor belongs to (the top of its ``part_of`` chain) is
found once per actor and remembered, so that many responses by actors low
in a long chain cost one walk of the chain, not one each.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsmodel.dates import PartialDate
from newsmodel.rules.index import (
    ActorEntry,
    AllegationEntry,
    DatedEntry,
    Entry,
    Find,
    ProceedingEntry,
    ReportEntry,
    ResponseEntry,
)
from newsmodel.vocab import Stance

__all__ = ["check_responses"]


def check_responses(index: Mapping[str, Entry], find: Find) -> None:
    """Check every response: its retractions, its responders' stances and its date."""
    roots = _Roots(index)
    for entry in index.values():
        if not isinstance(entry, ResponseEntry):
            continue
        if entry.retracts:
            _check_retractions(entry, index, find)
        if entry.accused_stances:
            _check_responders(entry, index, roots, find)
        if entry.date is not None:
            _check_date(entry, entry.date, index, find)


class _Roots:
    """The top of each actor's ``part_of`` chain, found once per actor.

    ``None`` when the chain reaches an id that is not a valid actor (its
    problem is reported already), or goes round in a circle (NM404): the
    organization is then unknown.
    """

    def __init__(self, index: Mapping[str, Entry]) -> None:
        self._index = index
        self._known: dict[str, str | None] = {}

    def __call__(self, actor: str) -> str | None:
        known = self._known
        chain: list[str] = []
        on_chain: set[str] = set()
        current: str | None = actor
        root: str | None = None
        while current is not None:
            if current in known:
                root = known[current]
                break
            if current in on_chain:  # a circle
                break
            entry = self._index.get(current)
            if not isinstance(entry, ActorEntry):
                break
            chain.append(current)
            on_chain.add(current)
            if entry.part_of is None:
                root = current
                break
            current = entry.part_of
        for member in chain:
            known[member] = root
        return root


# -- NM407 ----------------------------------------------------------------------


def _check_retractions(entry: ResponseEntry, index: Mapping[str, Entry], find: Find) -> None:
    mine = (*entry.responders, *entry.on_behalf_of)
    for number, retracted_id in enumerate(entry.retracts):
        retracted = index.get(retracted_id)
        if not isinstance(retracted, ResponseEntry):
            continue  # unknown, invalid or of another kind: reported already
        theirs = (*retracted.responders, *retracted.on_behalf_of)
        if any(_related(index, a, b) for a in mine for b in theirs):
            continue
        find(
            entry.origin,
            ("retracts", number),
            "NM407",
            f"a response by {_names(entry.responders)} retracts one by "
            f"{_names(retracted.responders)}",
            "a response retracts only its own responders' responses (or their parts' or "
            "whole's); for another's, answer it with a new response, or use supersedes",
        )


def _related(index: Mapping[str, Entry], a: str, b: str) -> bool:
    """Whether ``a`` and ``b`` are the same actor, or one is part of the other."""
    return a == b or b in _chain(index, a) or a in _chain(index, b)


def _chain(index: Mapping[str, Entry], actor: str) -> set[str]:
    """Return the actors ``actor`` is part of, directly or not (stops at a circle)."""
    chain: set[str] = set()
    entry = index.get(actor)
    while isinstance(entry, ActorEntry) and entry.part_of is not None:
        if entry.part_of in chain:
            break
        chain.add(entry.part_of)
        entry = index.get(entry.part_of)
    return chain


def _names(actors: tuple[str, ...]) -> str:
    return " and ".join(repr(actor) for actor in actors)


# -- NM453 ----------------------------------------------------------------------


def _check_responders(
    entry: ResponseEntry, index: Mapping[str, Entry], roots: _Roots, find: Find
) -> None:
    speaking = (*entry.responders, *entry.on_behalf_of)
    speakers = _organizations(speaking, index, roots)
    if speakers is None:
        return  # a speaker is unknown, invalid or in a circle: reported already
    for allegation_id, stance in entry.accused_stances:
        allegation = index.get(allegation_id)
        if not isinstance(allegation, AllegationEntry) or not allegation.accused:
            continue
        if stance in _OWN_FAULT and not _parties(allegation, index).isdisjoint(speaking):
            continue  # an accuser, or an outlet that carried it, sorry for doing so
        accused = _organizations(allegation.accused, index, roots)
        if accused is None or not accused.isdisjoint(speakers):
            continue
        find(
            entry.origin,
            ("on_behalf_of",) if entry.on_behalf_of else ("responders",),
            "NM453",
            f"{_names(entry.responders)} take{'s' if len(entry.responders) == 1 else ''} "
            f"the stance {stance!r} on {allegation_id!r}, a stance of the accused, but "
            "none of them is accused, part of an accused actor's organization, or "
            "speaking for one",
            "if they speak for an accused actor (a lawyer, a spokesperson), name it in "
            "on_behalf_of; else check part_of, or give the stance the responders "
            "themselves take",
        )
        return


#: Stances of the accused that an accuser, or an outlet that carried the accusation, takes
#: for having made or carried it (the BBC's apology for a Newsnight report).
_OWN_FAULT = frozenset({Stance.APOLOGY, Stance.CONDITIONAL_APOLOGY, Stance.CORRECTIVE_ACTION})


def _parties(allegation: AllegationEntry, index: Mapping[str, Entry]) -> set[str]:
    """Return the accusers of ``allegation`` and the publishers of the reports it cites."""
    parties = set(allegation.accusers)
    for report_id in allegation.reports:
        report = index.get(report_id)
        if isinstance(report, ReportEntry) and report.publisher is not None:
            parties.add(report.publisher)
    return parties


def _organizations(
    actors: tuple[str, ...], index: Mapping[str, Entry], roots: _Roots
) -> set[str] | None:
    """Return the organizations of ``actors`` and of those they are affiliated with.

    ``None`` when an actor's own organization is unknown (reported already).
    """
    found: set[str] = set()
    for actor in actors:
        root = roots(actor)
        if root is None:
            return None
        found.add(root)
        entry = index.get(actor)
        if isinstance(entry, ActorEntry):
            found.update(r for r in map(roots, entry.affiliations) if r is not None)
    return found


# -- NM454 ----------------------------------------------------------------------


def _check_date(
    entry: ResponseEntry, date: PartialDate, index: Mapping[str, Entry], find: Find
) -> None:
    """NM454: a response dated before the record it answers.

    Only an allegation's ``made`` date says when the accusation was made;
    the reports citing it say only that it was made by then, and a response
    may well precede them (a denial issued before any outlet reported the
    accusation).  Without a date of the record answered, nothing is reported.
    """
    for target, step in entry.answered:
        answered, what = _date_of(index.get(target), step)
        if answered is not None and date.definitely_before(answered):
            find(
                entry.origin,
                ("date",),
                "NM454",
                f"the response is dated {date.text}, before {what} ({answered.text})",
                "check both dates: a response cannot answer what has not happened yet; "
                "correct the response's date or the other one",
            )
            return


def _date_of(entry: Entry | None, step: str | None) -> tuple[PartialDate | None, str]:
    """Return the date of a record answered (or of its ``step``), and what it is, in words."""
    if isinstance(entry, AllegationEntry):
        return entry.made, "the allegation it answers was made"
    if isinstance(entry, ResponseEntry):
        return entry.date, "the response it answers"
    if isinstance(entry, DatedEntry) and entry.kind != "document":
        return entry.date, f"the {entry.kind} it answers happened"
    if isinstance(entry, ProceedingEntry) and step is not None:
        return entry.step_dates.get(step), f"step {step!r} of the proceeding it answers"
    return None, ""
