"""NM407, NM453, NM454: what a response answers, who makes it, and when.

The organization an actor belongs to (the top of its ``part_of`` chain) is
found once per actor and remembered, so that many responses by actors low
in a long chain cost one walk of the chain, not one each.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsmodel.rules.index import ActorEntry, AllegationEntry, Entry, Find, ResponseEntry
from newsmodel.vocab import StanceParty

__all__ = ["check_responses"]


def check_responses(index: Mapping[str, Entry], find: Find) -> None:
    """Check every response: its retraction, its responder's stance and its date."""
    roots = _Roots(index)
    for entry in index.values():
        if not isinstance(entry, ResponseEntry):
            continue
        found = [index.get(a) for a in entry.allegations]
        allegations = [a for a in found if isinstance(a, AllegationEntry)]
        _check_responder(entry, allegations, roots, find)
        _check_date(entry, allegations, find)
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


def _check_responder(
    entry: ResponseEntry, allegations: list[AllegationEntry], roots: _Roots, find: Find
) -> None:
    if not allegations or entry.stance is None or entry.responder is None:
        return
    if entry.stance.party is not StanceParty.ACCUSED:
        return
    root = roots(entry.responder)
    if root is None:
        return  # the responder is unknown, invalid or in a circle: reported already
    accused = [roots(actor) for a in allegations for actor in a.accused]
    if root in accused or None in accused:
        return
    find(
        entry.origin,
        ("responder",),
        "NM453",
        f"{entry.responder!r} takes the stance {entry.stance.term!r} but is neither "
        "accused nor part of the same organization as an accused actor",
        "check part_of, or use a third-party stance such as corroboration",
    )


def _check_date(entry: ResponseEntry, allegations: list[AllegationEntry], find: Find) -> None:
    """NM454: a response dated before the accusation it answers was made.

    Only the allegation's ``made`` date says when the accusation was made;
    the reports citing it say only that it was made by then, and a response
    may well precede them (a denial issued before any outlet reported the
    accusation).  Without ``made``, nothing is reported.
    """
    if entry.date is None:
        return
    for allegation in allegations:
        made = allegation.made
        if made is not None and entry.date.definitely_before(made):
            find(
                entry.origin,
                ("date",),
                "NM454",
                f"the response is dated {entry.date.text}, before the allegation "
                f"was made ({made.text})",
                "check both dates: a response cannot answer an accusation not yet made; "
                "correct the response's date or the allegation's made",
            )
            return
