"""NM407, NM453, NM454: what a response answers, who makes it, and when."""

from __future__ import annotations

from collections.abc import Mapping

from newsmodel.dates import PartialDate
from newsmodel.rules.index import (
    ActorEntry,
    AllegationEntry,
    Entry,
    Find,
    ReportEntry,
    ResponseEntry,
)
from newsmodel.vocab import StanceParty

__all__ = ["check_responses"]


def check_responses(index: Mapping[str, Entry], find: Find) -> None:
    """Check every response: its retraction, its responder's stance and its date."""
    for entry in index.values():
        if not isinstance(entry, ResponseEntry):
            continue
        found = [index.get(a) for a in entry.allegations]
        allegations = [a for a in found if isinstance(a, AllegationEntry)]
        _check_responder(entry, allegations, index, find)
        _check_date(entry, allegations, index, find)
        if entry.retracts is not None:
            retracted = index.get(entry.retracts)
            if isinstance(retracted, ResponseEntry) and retracted.responder != entry.responder:
                find(
                    entry.origin,
                    ("retracts",),
                    "NM407",
                    f"a response by {entry.responder!r} retracts one by {retracted.responder!r}",
                    "only a responder can retract its own response; use "
                    "supersedes or a new response",
                )


def _root(actor: str, index: Mapping[str, Entry]) -> str:
    seen: set[str] = set()
    current = actor
    while current not in seen:
        seen.add(current)
        entry = index.get(current)
        if not isinstance(entry, ActorEntry) or entry.part_of is None:
            return current
        current = entry.part_of
    return current


def _check_responder(
    entry: ResponseEntry,
    allegations: list[AllegationEntry],
    index: Mapping[str, Entry],
    find: Find,
) -> None:
    if not allegations or entry.stance is None or entry.responder is None:
        return
    if entry.stance.party is not StanceParty.ACCUSED:
        return
    responder = index.get(entry.responder)
    if responder is None or responder.kind != "actor":
        return  # NM402 or NM403 is reported at the responder already
    root = _root(entry.responder, index)
    if any(_root(accused, index) == root for a in allegations for accused in a.accused):
        return
    find(
        entry.origin,
        ("responder",),
        "NM453",
        f"{entry.responder!r} takes the stance {entry.stance.term!r} but is neither "
        "accused nor part of the same organization as an accused actor",
        "check part_of, or use a third-party stance such as corroboration",
    )


def _check_date(
    entry: ResponseEntry,
    allegations: list[AllegationEntry],
    index: Mapping[str, Entry],
    find: Find,
) -> None:
    if entry.date is None:
        return
    for allegation in allegations:
        first = _first_reported(allegation, index)
        if first is not None and entry.date.definitely_before(first):
            find(
                entry.origin,
                ("date",),
                "NM454",
                f"the response is dated {entry.date.text}, before the allegation "
                f"was first reported ({first.text})",
                "check both dates; a response may precede the report, but rarely "
                "the accusation itself",
            )
            return


def _first_reported(allegation: AllegationEntry, index: Mapping[str, Entry]) -> PartialDate | None:
    dates = [allegation.made] if allegation.made else []
    for report_id in allegation.cited:
        report = index.get(report_id)
        if isinstance(report, ReportEntry) and report.published is not None:
            dates.append(report.published)
    return min(dates) if dates else None
