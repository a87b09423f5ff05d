"""The index the dataset rules share: a small entry per record id, and where it was read.

A dataset of millions of records keeps one entry per id, so entries are
plain slotted classes holding only what some rule reads (an actor's
``part_of``, a report's date and body, an allegation's accused and cited
reports, a response's responder, allegations, stance, date and retraction).
"""

from __future__ import annotations

import sys
from collections.abc import Callable

import attrs

from newsmodel.model import RECORD_TYPES, Actor, Allegation, Record, Report, Response
from newsmodel.rules.values import Path

__all__ = [
    "ActorEntry",
    "AllegationEntry",
    "Entry",
    "Find",
    "Finding",
    "Locator",
    "Origin",
    "ReportEntry",
    "ResponseEntry",
    "entry_for",
]


@attrs.frozen(slots=True)
class Origin:
    """Where a record was read: its file, its path there, and its JSON Lines line."""

    file: str | None
    prefix: Path
    line: int | None = None


Locator = Callable[[Origin, Path], tuple[int | None, int | None]]
"""Gives the line and column of a path inside a record, found again in its file."""


@attrs.define(slots=True)
class Finding:
    """A problem found, placed once the whole dataset has been read."""

    origin: Origin
    path: Path
    code: str
    message: str
    hint: str | None


Find = Callable[[Origin, Path, str, str, "str | None"], None]
"""Reports a finding: origin, path in the record, code, message and hint."""


class Entry:
    """What the cross-record rules need to know of one record (kept for every id)."""

    __slots__ = ("file", "kind", "line", "prefix", "used")

    def __init__(self, kind: str, origin: Origin) -> None:
        self.kind = kind
        self.file, self.prefix, self.line = origin.file, origin.prefix, origin.line
        self.used = False

    @property
    def origin(self) -> Origin:
        """Where the record was read."""
        return Origin(self.file, self.prefix, self.line)


class ActorEntry(Entry):
    """An actor: the organization it is part of."""

    __slots__ = ("part_of",)

    def __init__(self, actor: Actor, origin: Origin) -> None:
        super().__init__("actor", origin)
        self.part_of = None if actor.part_of is None else sys.intern(actor.part_of)


class ReportEntry(Entry):
    """A report: its date and body."""

    __slots__ = ("body", "published")

    def __init__(self, report: Report, origin: Origin) -> None:
        super().__init__("report", origin)
        self.published = report.published
        self.body = report.body


class AllegationEntry(Entry):
    """An allegation: whom it accuses, when it was made, the reports it cites."""

    __slots__ = ("accused", "cited", "made")

    def __init__(self, allegation: Allegation, origin: Origin) -> None:
        super().__init__("allegation", origin)
        self.accused = tuple(map(sys.intern, allegation.accused))
        self.made = allegation.made
        self.cited = tuple(sys.intern(citation.report) for citation in allegation.citations)


class ResponseEntry(Entry):
    """A response: who answers what, how and when, and what it retracts."""

    __slots__ = ("allegations", "date", "responder", "retracts", "stance")

    def __init__(self, response: Response, origin: Origin) -> None:
        super().__init__("response", origin)
        self.responder = sys.intern(response.responder)
        self.allegations = tuple(map(sys.intern, response.allegations))
        self.stance = response.stance
        self.date = response.date
        self.retracts = response.retracts


KINDS = {cls: kind for kind, cls in RECORD_TYPES.items()}
"""The kind of each record class (``Actor`` -> ``"actor"``)."""


def entry_for(record: Record, origin: Origin) -> Entry:
    """Keep what the dataset-wide rules need of a record, and nothing more."""
    if isinstance(record, Actor):
        return ActorEntry(record, origin)
    if isinstance(record, Report):
        return ReportEntry(record, origin)
    if isinstance(record, Allegation):
        return AllegationEntry(record, origin)
    if isinstance(record, Response):
        return ResponseEntry(record, origin)
    return Entry(KINDS[type(record)], origin)
