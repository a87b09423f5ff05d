"""What a page says about how far an allegation is established.

An allegation records a claim, and its ``status`` says how far the conduct
is established (``unverified`` unless stated).  When a court or tribunal
has ruled on it, a reader wants the ruling first: an allegation that a
court upheld in part reads "Partly upheld by Audiencia Nacional, 20
February 2025", not "unverified".  A ruling is a response whose stance on
the allegation (the stance of its answer to this allegation, else its main
stance) is one of the ``ruling_*`` terms; a ruling superseded or retracted
by a later one is left out.
"""

from __future__ import annotations

import attrs

from newsmodel.dataset import Dataset
from newsmodel.dates import PartialDate
from newsmodel.model import Allegation, Response
from newsmodel.render import words
from newsmodel.vocab import Stance, Verification

__all__ = ["RULINGS", "Verdict", "rulings", "stance_on", "verdict"]

#: The stances that are a court's or tribunal's ruling, and how a page says them.
RULINGS = {
    Stance.RULING_UPHELD: "upheld",
    Stance.RULING_PARTLY_UPHELD: "partly upheld",
    Stance.RULING_DISMISSED: "dismissed",
    Stance.RULING_OVERTURNED: "overturned on appeal",
}

_STATUS_WORDS = {
    Verification.UNVERIFIED: "Alleged, not established",
    Verification.CORROBORATED: "Corroborated",
    Verification.CONTESTED: "Contested",
    Verification.ESTABLISHED: "Established",
    Verification.REFUTED: "Refuted",
}


@attrs.frozen
class Verdict:
    """How far an allegation is established, as a page says it."""

    label: str
    """``Partly upheld``, ``Alleged, not established``, ``Corroborated``..."""
    ruling: Response | None
    """The ruling the label comes from, if a court ruled."""
    note: str
    """What follows the label: the ruling's date, or what the status means."""


def stance_on(response: Response, allegation: str) -> Stance:
    """Return a response's stance on one allegation.

    That is the stance of its answer to that allegation when the answer
    gives one (a ruling that upheld one charge and dismissed another says
    which in its answers), else the stance of that answer's positions when
    they all agree, else its main stance (the first of ``stances``).
    """
    for answer in response.answers:
        if answer.allegation != allegation:
            continue
        if answer.stance is not None:
            return answer.stance
        own = {p.stance for p in answer.positions}
        if len(own) == 1 and len(response.answers) > 1:
            return next(iter(own))
    return response.stances[0]


def rulings(allegation: Allegation, dataset: Dataset) -> list[Response]:
    """Return the rulings on an allegation in force, latest first."""
    index = dataset.index
    found = [r for r in index.responses_to(allegation) if stance_on(r, allegation.id) in RULINGS]
    replaced = {
        earlier
        for r in found
        for earlier in (r.supersedes, *r.retracts)
        if earlier is not None and earlier in {f.id for f in found}
    }
    current = [r for r in found if r.id not in replaced]
    dated = sorted((r for r in current if r.date is not None), key=_date, reverse=True)
    return [*dated, *(r for r in current if r.date is None)]


def _date(response: Response) -> PartialDate:
    assert response.date is not None
    return response.date


def verdict(allegation: Allegation, dataset: Dataset) -> Verdict:
    """Return how far an allegation is established: the ruling on it if any, else its status."""
    found = rulings(allegation, dataset)
    if found:
        ruling = found[0]
        label = RULINGS[stance_on(ruling, allegation.id)]
        note = words.when(ruling.date) if ruling.date else ""
        if allegation.status is not Verification.UNVERIFIED:
            note += ("; " if note else "") + f"recorded as {words.human(allegation.status)}"
        return Verdict(label[0].upper() + label[1:], ruling, note)
    status = allegation.status
    label = _STATUS_WORDS.get(status, words.human(status).capitalize())
    return Verdict(label, None, status.description)
