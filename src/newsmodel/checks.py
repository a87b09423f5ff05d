"""Checks that look at more than one field: within a value, and across records.

The converter checks each field on its own as it structures it.  This module
holds the rules that need more:

- :data:`CHECKS`, rules over several fields of one record or value (a
  count's low, best and high figures; a place's two coordinates; a quote's
  offsets and text).  The converter runs them on every value it builds.
- :class:`DatasetChecker`, rules across records and files: unique ids,
  references that resolve to the right kind of record, ``part_of`` cycles,
  quotes that match their report's body, and the dataset warnings.  It is
  fed one record at a time and keeps only a small index entry per record,
  so memory grows with the number of ids, not with the size of the files.

Every rule reports a :class:`~newsmodel.problems.Problem` with the code
from :data:`~newsmodel.problems.RULES` and the path of the field to fix.
"""

from __future__ import annotations

import itertools
import sys
from collections.abc import Callable, Mapping
from typing import Any

import attrs

from newsmodel._wording import article, closest, short
from newsmodel.dates import PartialDate
from newsmodel.model import (
    RECORD_TYPES,
    Actor,
    Allegation,
    Citation,
    Count,
    Place,
    Quote,
    Record,
    Report,
    Response,
    _items_of,
    _unwrapped,
)
from newsmodel.problems import RULES, Problem, render_path
from newsmodel.vocab import StanceParty

__all__ = ["CHECKED_FIELDS", "CHECKS", "DatasetChecker", "Origin"]

Path = tuple[str | int, ...]
Found = list[tuple[Path, Problem]]
"""What a check finds: ``(path, problem)`` pairs; empty (and cheap) when all is well."""


def _place(place: Place) -> Found:
    if (place.latitude is None) == (place.longitude is None):
        return []
    missing = "longitude" if place.longitude is None else "latitude"
    return [
        (
            (missing,),
            Problem(
                code="NM309",
                message=f"the place {place.name!r} has no {missing}",
                hint="give both latitude and longitude, or neither",
            ),
        )
    ]


def _count(count: Count) -> Found:
    low, best, high = count.low, count.best, count.high
    if low is None and best is None and high is None:
        return [
            (
                (),
                Problem(
                    code="NM311",
                    message=f"the {count.kind.term} count gives no figure",
                    hint="give at least one of low, best and high",
                ),
            )
        ]
    figures = (("low", low), ("best", best), ("high", high))
    given = [(name, value) for name, value in figures if value is not None]
    return [
        (
            (name_b,),
            Problem(
                code="NM310",
                message=f"{name_b} ({b}) is below {name_a} ({a})",
                hint="low <= best <= high must hold; check which figure is which",
            ),
        )
        for (name_a, a), (name_b, b) in itertools.pairwise(given)
        if a > b
    ]


def _quote(quote: Quote) -> Found:
    start, end = quote.start, quote.end
    if start is None and end is None:
        return []
    if start is None or end is None:
        missing = "start" if start is None else "end"
        return [
            (
                (missing,),
                Problem(
                    code="NM312",
                    message=f"the quote has no {missing} offset",
                    hint="give both start and end, or neither",
                ),
            )
        ]
    if end - start == len(quote.text):
        return []
    return [
        (
            ("end",),
            Problem(
                code="NM312",
                message=f"offsets {start}..{end} span {end - start} characters but the quote "
                f"has {len(quote.text)}",
                hint=f"end should be {start + len(quote.text)}",
            ),
        )
    ]


def _response(response: Response) -> Found:
    if not response.positions:
        return []
    return [
        (
            ("positions", index, "allegation"),
            Problem(
                code="NM313",
                message=f"position names allegation {position.allegation!r}, which the "
                "response does not answer",
                hint="add it to the response's allegations, or correct the id",
            ),
        )
        for index, position in enumerate(response.positions)
        if position.allegation is not None and position.allegation not in response.allegations
    ]


#: Cross-field checks by the class they apply to.  Each yields ``(path, problem)``
#: pairs, the path relative to the checked value.  The converter runs them on
#: every value it builds, so they apply wherever the value is nested.
CHECKS: Mapping[type, Callable[[Any], Found]] = {
    Place: _place,
    Count: _count,
    Quote: _quote,
    Response: _response,
}

#: For some checks, the fields they read: while all are left out, the check
#: finds nothing (the fast path then skips it).
CHECKED_FIELDS: Mapping[type, tuple[str, ...]] = {
    Place: ("latitude", "longitude"),
    Quote: ("start", "end"),
    Response: ("positions",),
}


# --------------------------------------------------------------------------
# Across records and files
# --------------------------------------------------------------------------


@attrs.frozen(slots=True)
class Origin:
    """Where a record was read: its file, its path there, and its JSON Lines line."""

    file: str | None
    prefix: Path
    line: int | None = None


Locator = Callable[[Origin, Path], tuple[int | None, int | None]]
"""Gives the line and column of a path inside a record, found again in its file."""


class _Entry:
    """What the cross-record rules need to know of one record (kept for every id).

    Plain slotted classes, one per kind that needs more than its place: a
    dataset of millions of records keeps one of these per id.
    """

    __slots__ = ("file", "kind", "line", "prefix", "used")

    def __init__(self, kind: str, origin: Origin) -> None:
        self.kind = kind
        self.file, self.prefix, self.line = origin.file, origin.prefix, origin.line
        self.used = False

    @property
    def origin(self) -> Origin:
        return Origin(self.file, self.prefix, self.line)


class _ActorEntry(_Entry):
    __slots__ = ("part_of",)

    def __init__(self, actor: Actor, origin: Origin) -> None:
        super().__init__("actor", origin)
        self.part_of = None if actor.part_of is None else sys.intern(actor.part_of)


class _ReportEntry(_Entry):
    __slots__ = ("body", "published")

    def __init__(self, report: Report, origin: Origin) -> None:
        super().__init__("report", origin)
        self.published = report.published
        self.body = report.body


class _AllegationEntry(_Entry):
    __slots__ = ("accused", "cited", "made")

    def __init__(self, allegation: Allegation, origin: Origin) -> None:
        super().__init__("allegation", origin)
        self.accused = tuple(map(sys.intern, allegation.accused))
        self.made = allegation.made
        self.cited = tuple(sys.intern(citation.report) for citation in allegation.citations)


class _ResponseEntry(_Entry):
    __slots__ = ("allegations", "date", "responder", "retracts", "stance")

    def __init__(self, response: Response, origin: Origin) -> None:
        super().__init__("response", origin)
        self.responder = sys.intern(response.responder)
        self.allegations = tuple(map(sys.intern, response.allegations))
        self.stance = response.stance
        self.date = response.date
        self.retracts = response.retracts


def _entry(record: Record, origin: Origin) -> _Entry:
    """Keep what the dataset-wide rules need of a record, and nothing more."""
    if isinstance(record, Actor):
        return _ActorEntry(record, origin)
    if isinstance(record, Report):
        return _ReportEntry(record, origin)
    if isinstance(record, Allegation):
        return _AllegationEntry(record, origin)
    if isinstance(record, Response):
        return _ResponseEntry(record, origin)
    return _Entry(_KINDS[type(record)], origin)


@attrs.define(slots=True)
class _Reference:
    target: str
    kind: str
    origin: Origin
    path: Path
    field: str


@attrs.define(slots=True)
class _QuoteCheck:
    report: str
    text: str
    start: int
    end: int
    origin: Origin
    path: Path


@attrs.define(slots=True)
class _Finding:
    """A problem found, placed once the whole dataset has been read."""

    origin: Origin
    path: Path
    code: str
    message: str
    hint: str | None


_KINDS = {cls: kind for kind, cls in RECORD_TYPES.items()}
_LINKS: dict[type, tuple[tuple[str, str | None, bool], ...]] = {}


def _links(cls: type) -> tuple[tuple[str, str | None, bool], ...]:
    """For each field that holds references or nested values: (name, ref kind, is a tuple).

    The ref kind is ``None`` for a nested value type, which is walked in turn.
    """
    known = _LINKS.get(cls)
    if known is not None:
        return known
    attrs.resolve_types(cls)
    found: list[tuple[str, str | None, bool]] = []
    for field in attrs.fields(cls):
        item, many = _item_type(field.type)
        kind = field.metadata.get("ref")
        if kind is not None:
            found.append((field.name, kind, many))
        elif attrs.has(item):
            found.append((field.name, None, many))
    _LINKS[cls] = tuple(found)
    return _LINKS[cls]


def _field_type(cls: type, name: str) -> Any:
    return attrs.fields_dict(cls)[name].type


def _item_type(type_: Any) -> tuple[Any, bool]:
    """``tuple[X, ...]`` -> (X, True); ``X | None`` -> (X, False)."""
    item = _items_of(type_)
    return (item, True) if item is not None else (_unwrapped(type_), False)


class DatasetChecker:
    """Checks the rules that span records and files, fed one record at a time.

    Call :meth:`add` for every record read, with the :class:`Origin` it came
    from, then :meth:`finish`, which returns the problems.  Only a small
    entry per id is kept; the positions of problems are looked up at the end
    (by the ``place`` function given to :meth:`finish`), so no parsed file
    has to be kept in memory.
    """

    def __init__(self) -> None:
        self.index: dict[str, _Entry] = {}
        self.records = 0
        self._findings: list[_Finding] = []
        self._pending: list[_Reference] = []
        self._quotes: list[_QuoteCheck] = []
        self._duplicates: dict[str, list[Origin]] = {}
        self._named_by_rejected: set[str] = set()

    # -- feeding -----------------------------------------------------------

    def add(self, record: Record, origin: Origin) -> None:
        """Take in one record, read from ``origin``."""
        self.records += 1
        first = self.index.get(record.id)
        if first is not None:
            self._duplicates.setdefault(record.id, [first.origin]).append(origin)
        else:
            self.index[sys.intern(record.id)] = _entry(record, origin)
        self._walk(record, (), origin)

    def add_rejected(self, cls: type, data: Any) -> None:
        """Note the ids a record that broke a rule refers to (plain data, as read).

        Such a record is not checked across the dataset, but the records it
        names are not reported as unused either: that would be a second,
        misleading problem for one mistake.
        """
        if not isinstance(data, dict):
            return
        for name, kind, many in _links(cls):
            value = data.get(name)
            items = value if many and isinstance(value, list) else [value]
            for item in items:
                if kind is None:
                    item_type, _ = _item_type(_field_type(cls, name))
                    self.add_rejected(item_type, item)
                elif isinstance(item, str):
                    self._named_by_rejected.add(item)

    def _walk(self, value: Any, path: Path, origin: Origin) -> None:
        """Collect the references and quotes inside ``value``."""
        for name, kind, many in _links(type(value)):
            field_value = getattr(value, name)
            if field_value is None:
                continue
            items = enumerate(field_value) if many else ((None, field_value),)
            for index, item in items:
                item_path = (*path, name) if index is None else (*path, name, index)
                if kind is None:
                    self._walk(item, item_path, origin)
                else:
                    self._reference(_Reference(item, kind, origin, item_path, name))
        if isinstance(value, Citation):
            for index, quote in enumerate(value.quotes):
                if quote.start is not None and quote.end is not None:
                    self._quotes.append(
                        _QuoteCheck(
                            value.report,
                            quote.text,
                            quote.start,
                            quote.end,
                            origin,
                            (*path, "quotes", index, "start"),
                        )
                    )

    def _reference(self, reference: _Reference) -> None:
        entry = self.index.get(reference.target)
        if entry is None:
            self._pending.append(reference)
        else:
            self._resolve(reference, entry)

    def _resolve(self, reference: _Reference, entry: _Entry | None) -> None:
        kind = reference.kind
        if entry is not None:
            entry.used = True
        if entry is None:
            code = "NM405" if reference.field == "report" else "NM402"
            candidates = [key for key, value in self.index.items() if value.kind == kind]
            close = closest(reference.target, candidates)
            self._find(
                reference.origin,
                reference.path,
                code,
                f"no {kind} has the id {reference.target!r}",
                f"did you mean {close!r}?" if close else f"define {article(kind)} with this id",
            )
        elif entry.kind != kind:
            self._find(
                reference.origin,
                reference.path,
                "NM403",
                f"{reference.target!r} is {article(entry.kind)}, but {reference.field} "
                f"must name {article(kind)}",
                f"name {article(kind)} here",
            )

    def _find(
        self, origin: Origin, path: Path, code: str, message: str, hint: str | None = None
    ) -> None:
        self._findings.append(_Finding(origin, path, code, message, hint))

    # -- finishing ---------------------------------------------------------

    def finish(self, place: Locator | None = None) -> list[Problem]:
        """Run the rules that need the whole dataset and return every problem found.

        ``place`` finds the line and column of a path inside a record; without
        it, problems carry no position.
        """
        for reference in self._pending:
            self._resolve(reference, self.index.get(reference.target))
        self._pending.clear()
        self._check_duplicates()
        self._check_quotes()
        self._check_cycles()
        self._check_unused()
        self._check_responses()
        findings = sorted(self._findings, key=lambda f: (f.origin.file or "", f.origin.line or 0))
        self._findings = []
        problems = []
        for finding in findings:
            line, column = place(finding.origin, finding.path) if place else (None, None)
            origin = finding.origin
            problems.append(
                Problem(
                    code=finding.code,
                    message=finding.message,
                    hint=finding.hint,
                    path=render_path((*origin.prefix, *finding.path)),
                    file=origin.file,
                    line=line,
                    column=column,
                    severity=RULES[finding.code].severity,
                )
            )
        return problems

    def _check_duplicates(self) -> None:
        for record_id, origins in self._duplicates.items():
            for number, origin in enumerate(origins):
                other = origins[1] if number == 0 else origins[0]
                where = f"{other.file}" if other.file else render_path(other.prefix)
                if other.line is not None:
                    where += f":{other.line}"
                elif other.file:
                    where += f" at {render_path(other.prefix)}"
                self._find(
                    origin,
                    ("id",),
                    "NM401",
                    f"id {record_id!r} is used by {len(origins)} records (also in {where})",
                    "ids must be unique across the whole dataset; rename one"
                    if number
                    else "rename the other record, or remove one of them",
                )

    def _check_quotes(self) -> None:
        for check in self._quotes:
            report = self.index.get(check.report)
            if not isinstance(report, _ReportEntry) or report.body is None:
                continue
            body = report.body
            if body[check.start : check.end] == check.text:
                continue
            found = body.find(check.text)
            hint = (
                f"the text is at start: {found}, end: {found + len(check.text)}"
                if found >= 0
                else "the quoted text does not occur in the report body"
            )
            self._find(
                check.origin,
                check.path,
                "NM406",
                f"the report body at {check.start}..{check.end} does not match the "
                f"quote {short(check.text)}",
                hint,
            )
        self._quotes.clear()

    def _check_cycles(self) -> None:
        done: set[str] = set()
        for start, entry in self.index.items():
            if entry.kind != "actor" or start in done:
                continue
            chain: list[str] = []
            current: str | None = start
            while current is not None and current not in done and current not in chain:
                chain.append(current)
                node = self.index.get(current)
                current = node.part_of if isinstance(node, _ActorEntry) else None
            if current is not None and current in chain:
                cycle = chain[chain.index(current) :]
                first = min(cycle)
                turn = cycle.index(first)
                loop = " -> ".join([*cycle[turn:], *cycle[:turn], first])
                self._find(
                    self.index[first].origin,
                    ("part_of",),
                    "NM404",
                    f"part_of goes round in a circle: {loop}",
                    "an actor cannot be part of itself; remove one part_of",
                )
            done.update(chain)

    def _check_unused(self) -> None:
        for record_id, entry in self.index.items():
            if (
                entry.kind in ("actor", "document")
                and not entry.used
                and record_id not in self._named_by_rejected
            ):
                code = "NM451" if entry.kind == "actor" else "NM452"
                self._find(
                    entry.origin,
                    ("id",),
                    code,
                    f"{entry.kind} {record_id!r} is not referred to by any record",
                    "remove it, or refer to it where it plays a part",
                )

    def _root(self, actor: str) -> str:
        seen: set[str] = set()
        current = actor
        while current not in seen:
            seen.add(current)
            entry = self.index.get(current)
            if not isinstance(entry, _ActorEntry) or entry.part_of is None:
                return current
            current = entry.part_of
        return current

    def _check_responses(self) -> None:
        for entry in self.index.values():
            if not isinstance(entry, _ResponseEntry):
                continue
            found = [self.index.get(a) for a in entry.allegations]
            allegations = [a for a in found if isinstance(a, _AllegationEntry)]
            self._check_responder(entry, allegations)
            self._check_date(entry, allegations)
            if entry.retracts is not None:
                retracted = self.index.get(entry.retracts)
                if isinstance(retracted, _ResponseEntry) and retracted.responder != entry.responder:
                    self._find(
                        entry.origin,
                        ("retracts",),
                        "NM407",
                        f"a response by {entry.responder!r} retracts one by "
                        f"{retracted.responder!r}",
                        "only a responder can retract its own response; use "
                        "supersedes or a new response",
                    )

    def _check_responder(self, entry: _ResponseEntry, allegations: list[_AllegationEntry]) -> None:
        if not allegations or entry.stance is None or entry.responder is None:
            return
        if entry.stance.party is not StanceParty.ACCUSED:
            return
        responder = self.index.get(entry.responder)
        if responder is None or responder.kind != "actor":
            return  # NM402 or NM403 is reported at the responder already
        root = self._root(entry.responder)
        if any(self._root(accused) == root for a in allegations for accused in a.accused):
            return
        self._find(
            entry.origin,
            ("responder",),
            "NM453",
            f"{entry.responder!r} takes the stance {entry.stance.term!r} but is neither "
            "accused nor part of the same organization as an accused actor",
            "check part_of, or use a third-party stance such as corroboration",
        )

    def _check_date(self, entry: _ResponseEntry, allegations: list[_AllegationEntry]) -> None:
        if entry.date is None:
            return
        for allegation in allegations:
            first = self._first_reported(allegation)
            if first is not None and entry.date.definitely_before(first):
                self._find(
                    entry.origin,
                    ("date",),
                    "NM454",
                    f"the response is dated {entry.date.text}, before the allegation "
                    f"was first reported ({first.text})",
                    "check both dates; a response may precede the report, but rarely "
                    "the accusation itself",
                )
                return

    def _first_reported(self, allegation: _AllegationEntry) -> PartialDate | None:
        dates = [allegation.made] if allegation.made else []
        for report_id in allegation.cited:
            report = self.index.get(report_id)
            if isinstance(report, _ReportEntry) and report.published is not None:
                dates.append(report.published)
        return min(dates) if dates else None
