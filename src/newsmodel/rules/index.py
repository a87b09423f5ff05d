"""The index the dataset rules share: a small entry per record id, and where it was read.

A dataset of millions of records keeps one entry per id, so entries are
plain slotted classes holding only what some rule reads (an actor's
``part_of``, a report's body, an allegation's accused and date, a
response's responders, what it answers, with which stance, its date and
retractions, a document's or event's date, a proceeding's steps, and the
steps of proceedings each record names).

A record that broke a rule of its own stays in the index as an
:class:`InvalidEntry`, "defined, invalid": references to it resolve (its
problems are reported already, and one mistake gives one problem), and the
rules that would need its fields say nothing about it.

:class:`Findings` collects what the rules find, at most ``cap`` problems per
file: past the cap, findings are only counted, and the checker reports the
count in one problem (NM408).
"""

from __future__ import annotations

import operator
import sys
from collections import Counter
from collections.abc import Callable
from typing import Any

import attrs

from newsmodel._codecache import attrs_methods
from newsmodel.model import (
    ANSWERED,
    RECORD_KINDS,
    Actor,
    Allegation,
    Document,
    Event,
    Proceeding,
    Record,
    Report,
    Response,
)
from newsmodel.problems import RULES, Problem, Severity, render_path
from newsmodel.rules.found import Path
from newsmodel.vocab import RelationKind, StanceParty

__all__ = [
    "ActorEntry",
    "AllegationEntry",
    "DatedEntry",
    "Entry",
    "Find",
    "Finding",
    "Findings",
    "InvalidEntry",
    "Locator",
    "Origin",
    "ProceedingEntry",
    "ReportEntry",
    "ResponseEntry",
    "StepName",
    "entry_for",
    "pack",
    "steps_named",
    "unpack",
]


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


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

    def problem(self, line: int | None = None, column: int | None = None) -> Problem:
        """Return the problem, at ``line`` and ``column`` of its file when known."""
        return Problem(
            code=self.code,
            message=self.message,
            hint=self.hint,
            path=render_path((*self.origin.prefix, *self.path)),
            file=self.origin.file,
            line=line,
            column=column,
            severity=RULES[self.code].severity,
        )


_ATTRS_METHODS.close()


Find = Callable[[Origin, Path, str, str, "str | None"], None]
"""Reports a finding: origin, path in the record, code, message and hint."""


class Findings:
    """What the rules found, at most ``cap`` per file; past it, only a count per file.

    Call it as a :data:`Find`.  A rule whose message costs time (a search, a
    "did you mean") asks :meth:`full` first, and skips the work when it is.
    """

    def __init__(self, cap: int) -> None:
        self.cap = cap
        self.found: list[Finding] = []
        self.per_file: Counter[str | None] = Counter()
        """Findings per file, kept or not."""
        self.errors_left_out: set[str | None] = set()
        """The files of which an error was left out (else only warnings were)."""

    def full(self, origin: Origin, code: str) -> bool:
        """Tell whether the file of ``origin`` has its cap; if so, count one more ``code``."""
        if self.per_file[origin.file] < self.cap:
            return False
        self.per_file[origin.file] += 1
        if RULES[code].severity is Severity.ERROR:
            self.errors_left_out.add(origin.file)
        return True

    def __call__(
        self, origin: Origin, path: Path, code: str, message: str, hint: str | None = None
    ) -> None:
        """Keep a finding, or only count it once its file has its cap."""
        if not self.full(origin, code):
            self.per_file[origin.file] += 1
            self.found.append(Finding(origin, path, code, message, hint))

    def left_out(self) -> dict[str | None, int]:
        """Return the number of findings counted but not kept, by file."""
        return {file: n - self.cap for file, n in self.per_file.items() if n > self.cap}


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


#: Relations by which an actor belongs to, leads or speaks for another (NM453).
AFFILIATIONS = frozenset(
    {
        RelationKind.MEMBER_OF,
        RelationKind.HEADS,
        RelationKind.REPRESENTS,
        RelationKind.EMPLOYED_BY,
    }
)


class ActorEntry(Entry):
    """An actor: the organization it is part of, and those it holds roles in or speaks for.

    ``affiliations`` are the actors named by its roles (``Role.of``) and by its
    relations of membership, leadership, representation and employment.
    """

    __slots__ = ("affiliations", "part_of")

    def __init__(self, actor: Actor, origin: Origin) -> None:
        super().__init__("actor", origin)
        self.part_of = None if actor.part_of is None else sys.intern(actor.part_of)
        self.affiliations = tuple(
            sys.intern(other)
            for other in (
                *(role.of for role in actor.roles),
                *(r.actor for r in actor.relations if r.kind in AFFILIATIONS),
            )
            if other is not None
        )


class ReportEntry(Entry):
    """A report: its body, for the quotes that cite it, its publisher, and its kind.

    ``untitled`` holds the kind of a report whose kind has a headline but
    which gives no title (NM322), else ``None``.
    """

    __slots__ = ("body", "publisher", "steps_named", "untitled")

    def __init__(self, report: Report, origin: Origin) -> None:
        super().__init__("report", origin)
        self.body = report.body
        self.publisher = None if report.publisher is None else sys.intern(report.publisher)
        self.untitled = report.kind.term if report.title is None and report.kind.titled else None
        self.steps_named = steps_named(report)


StepName = tuple[str, str, Path]
"""A step a record names: the proceeding's id, the step's id, the path to ``step``."""

#: The fields whose items may name a step with its proceeding: a response's answers,
#: the findings of a report, a document or a step, timings, an allegation's status changes.
_NAMING_STEPS = ("answers", "assessments", "timing", "status_history")


def steps_named(record: Any) -> tuple[StepName, ...]:
    """Return every step ``record`` names with its proceeding, its own steps' included.

    An item naming a step but no proceeding broke a rule of its own (NM317).
    """
    named: list[StepName] = []
    for holder, prefix in (
        (record, ()),
        *((step, ("steps", number)) for number, step in enumerate(getattr(record, "steps", ()))),
    ):
        for field in _NAMING_STEPS:
            for number, item in enumerate(getattr(holder, field, ())):
                if item.proceeding is not None and item.step is not None:
                    path = (*prefix, field, number, "step")
                    named.append((sys.intern(item.proceeding), item.step, path))
    return tuple(named)


class AllegationEntry(Entry):
    """An allegation: who accuses whom, when it was made, the proceedings' steps it names."""

    __slots__ = ("accused", "accusers", "made", "reports", "steps_named")

    def __init__(self, allegation: Allegation, origin: Origin) -> None:
        super().__init__("allegation", origin)
        self.accused = tuple(map(sys.intern, allegation.accused))
        self.accusers = tuple(map(sys.intern, allegation.accusers))
        self.reports = tuple(sys.intern(c.report) for c in allegation.citations)
        self.made = allegation.made
        self.steps_named = steps_named(allegation)


class ResponseEntry(Entry):
    """A response: who answers what, with which stance, when, and what it retracts.

    ``answered`` holds the id of each record answered, with the step named
    (or ``None``); ``accused_stances`` each allegation answered with a
    stance only the accused (or someone speaking for them) takes, and that
    stance, read from the answer's own stance or else the response's.
    """

    __slots__ = (
        "accused_stances",
        "answered",
        "date",
        "on_behalf_of",
        "responders",
        "retracts",
        "steps_named",
    )

    def __init__(self, response: Response, origin: Origin) -> None:
        super().__init__("response", origin)
        intern = sys.intern
        self.responders = tuple(map(intern, response.responders))
        self.on_behalf_of = tuple(map(intern, response.on_behalf_of))
        answered: list[tuple[str, str | None]] = []
        accused: list[tuple[str, str]] = []
        for answer in response.answers:
            target = next(
                (getattr(answer, name) for name in ANSWERED if getattr(answer, name)), None
            )
            if target is None:
                continue  # an answer naming nothing broke a rule of its own
            answered.append((intern(target), answer.step))
            if answer.allegation is not None:
                stances = response.stances if answer.stance is None else (answer.stance,)
                for stance in stances:
                    if stance.party is StanceParty.ACCUSED:
                        accused.append((target, stance.term))
                        break
        self.answered = tuple(answered)
        self.accused_stances = tuple(accused)
        self.steps_named = steps_named(response)
        self.date = response.date
        self.retracts = tuple(map(intern, response.retracts))


class DatedEntry(Entry):
    """A document or an event: when it was published or happened, the steps it names."""

    __slots__ = ("date", "steps_named")

    def __init__(self, record: Document | Event, origin: Origin) -> None:
        if isinstance(record, Document):
            super().__init__("document", origin)
            self.date = record.published
        else:
            super().__init__("event", origin)
            self.date = record.date
        self.steps_named = steps_named(record)


class ProceedingEntry(Entry):
    """A proceeding: the ids of its steps and their dates, for the records that name them.

    ``steps_named`` holds the steps its own steps' timings and findings name.
    """

    __slots__ = ("step_dates", "step_ids", "steps_named")

    def __init__(self, proceeding: Proceeding, origin: Origin) -> None:
        super().__init__("proceeding", origin)
        named = [step for step in proceeding.steps if step.id is not None]
        self.step_ids = frozenset(step.id for step in named if step.id is not None)
        self.step_dates = {step.id: step.date for step in named if step.date is not None}
        self.steps_named = steps_named(proceeding)


class InvalidEntry(Entry):
    """A record that broke a rule: defined, but with nothing the rules can rely on.

    Its kind is where it was listed (empty for a JSON Lines line whose
    ``type`` is not a record type).  It counts as used: it has a problem already.
    """

    __slots__ = ()

    def __init__(self, kind: str | None, origin: Origin) -> None:
        super().__init__(kind or "", origin)
        self.used = True


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
    if isinstance(record, (Document, Event)):
        return DatedEntry(record, origin)
    if isinstance(record, Proceeding):
        return ProceedingEntry(record, origin)
    return Entry(RECORD_KINDS[type(record)], origin)


Packed = tuple[int, tuple[Any, ...]]
"""An entry as plain values: the number of its class, and its slots' values."""

_CLASSES: tuple[type[Entry], ...] = (
    Entry,
    ActorEntry,
    ReportEntry,
    AllegationEntry,
    ResponseEntry,
    DatedEntry,
    ProceedingEntry,
    InvalidEntry,
)
_SLOTS = [
    tuple(name for c in reversed(cls.__mro__) for name in getattr(c, "__slots__", ()))
    for cls in _CLASSES
]
_NUMBERS = {cls: number for number, cls in enumerate(_CLASSES)}
_GETTERS = [operator.attrgetter(*slots) for slots in _SLOTS]


def _maker(cls: type[Entry], slots: tuple[str, ...]) -> Callable[[tuple[Any, ...]], Entry]:
    """Compile a function that makes an entry of ``cls`` from the values of its slots.

    One assignment of all the slots, without ``__init__``: three times as
    fast as setting them one by one, and a merge makes millions of entries.
    """
    targets = "".join(f"entry.{name}, " for name in slots)
    source = f"def make(values):\n    entry = new(cls)\n    {targets}= values\n    return entry\n"
    namespace: dict[str, Any] = {"new": object.__new__, "cls": cls}
    exec(source, namespace)  # the source is built from slot names alone
    maker: Callable[[tuple[Any, ...]], Entry] = namespace["make"]
    return maker


_MAKERS = [_maker(cls, slots) for cls, slots in zip(_CLASSES, _SLOTS, strict=True)]


def pack(entry: Entry) -> Packed:
    """Return ``entry`` as plain values, which pickle ten times faster than the entry.

    Entries cross between processes by the million in a parallel run
    (:mod:`newsmodel.distributed`); :func:`unpack` makes the entry again.
    """
    number = _NUMBERS[type(entry)]
    return number, _GETTERS[number](entry)


def unpack(packed: Packed) -> Entry:
    """Make again the entry :func:`pack` took apart."""
    number, values = packed
    return _MAKERS[number](values)
