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

import difflib
import itertools
import typing
from collections.abc import Callable, Iterator, Mapping
from typing import Any

import attrs

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
)
from newsmodel.problems import RULES, Problem, render_path
from newsmodel.vocab import Stance, StanceParty

__all__ = ["CHECKS", "DatasetChecker"]

Path = tuple[str | int, ...]
Found = Iterator[tuple[Path, Problem]]


def _place(place: Place) -> Found:
    if (place.latitude is None) != (place.longitude is None):
        missing = "longitude" if place.longitude is None else "latitude"
        yield (
            (missing,),
            Problem(
                code="NM309",
                message=f"the place {place.name!r} has no {missing}",
                hint="give both latitude and longitude, or neither",
            ),
        )


def _count(count: Count) -> Found:
    figures = [(name, getattr(count, name)) for name in ("low", "best", "high")]
    given = [(name, value) for name, value in figures if value is not None]
    if not given:
        yield (
            (),
            Problem(
                code="NM311",
                message=f"the {count.kind.term} count gives no figure",
                hint="give at least one of low, best and high",
            ),
        )
        return
    for (name_a, a), (name_b, b) in itertools.pairwise(given):
        if a > b:
            yield (
                (name_b,),
                Problem(
                    code="NM310",
                    message=f"{name_b} ({b}) is below {name_a} ({a})",
                    hint="low <= best <= high must hold; check which figure is which",
                ),
            )


def _quote(quote: Quote) -> Found:
    start, end = quote.start, quote.end
    if start is None and end is None:
        return
    if start is None or end is None:
        missing = "start" if start is None else "end"
        yield (
            (missing,),
            Problem(
                code="NM312",
                message=f"the quote has no {missing} offset",
                hint="give both start and end, or neither",
            ),
        )
    elif end - start != len(quote.text):
        yield (
            ("end",),
            Problem(
                code="NM312",
                message=f"offsets {start}..{end} span {end - start} characters but the quote "
                f"has {len(quote.text)}",
                hint=f"end should be {start + len(quote.text)}",
            ),
        )


def _response(response: Response) -> Found:
    for index, position in enumerate(response.positions):
        if position.allegation is not None and position.allegation not in response.allegations:
            yield (
                ("positions", index, "allegation"),
                Problem(
                    code="NM313",
                    message=f"position names allegation {position.allegation!r}, which the "
                    "response does not answer",
                    hint="add it to the response's allegations, or correct the id",
                ),
            )


#: Cross-field checks by the class they apply to.  Each yields ``(path, problem)``
#: pairs, the path relative to the checked value.  The converter runs them on
#: every value it builds, so they apply wherever the value is nested.
CHECKS: Mapping[type, Callable[[Any], Found]] = {
    Place: _place,
    Count: _count,
    Quote: _quote,
    Response: _response,
}


# --------------------------------------------------------------------------
# Across records and files
# --------------------------------------------------------------------------

Locate = Callable[[Path], tuple[int | None, int | None]]
"""Maps a path inside a record to the line and column it was read from."""


@attrs.define(slots=True)
class _Site:
    """Where something was read: file, rendered path, line and column."""

    file: str | None
    path: str
    line: int | None
    column: int | None

    def problem(self, code: str, message: str, hint: str | None = None) -> Problem:
        return Problem(
            code=code,
            message=message,
            path=self.path,
            file=self.file,
            line=self.line,
            column=self.column,
            hint=hint,
            severity=RULES[code].severity,
        )


@attrs.define(slots=True)
class _Entry:
    """What the cross-record rules need to know of one record."""

    kind: str
    site: _Site
    part_of: str | None = None
    part_of_site: _Site | None = None
    accused: tuple[str, ...] = ()
    first_reported: PartialDate | None = None
    cited: tuple[str, ...] = ()
    published: PartialDate | None = None
    body: str | None = None
    responder: str | None = None
    responder_site: _Site | None = None
    allegations: tuple[str, ...] = ()
    stance: Stance | None = None
    date: PartialDate | None = None
    date_site: _Site | None = None
    retracts: str | None = None
    retracts_site: _Site | None = None


@attrs.define(slots=True)
class _Reference:
    target: str
    kind: str
    site: _Site
    field: str


@attrs.define(slots=True)
class _QuoteCheck:
    report: str
    text: str
    start: int
    end: int
    site: _Site


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


def _item_type(type_: Any) -> tuple[Any, bool]:
    """``tuple[X, ...]`` -> (X, True); ``X | None`` -> (X, False)."""
    args = [arg for arg in typing.get_args(type_) if arg is not type(None)]
    if typing.get_origin(type_) is tuple:
        return args[0], True
    if len(args) == 1:
        return args[0], False
    return type_, False


class DatasetChecker:
    """Checks the rules that span records and files, fed one record at a time.

    Call :meth:`add` for every record read (with a function that gives the
    line and column of a path inside it), then :meth:`finish` for the
    problems.  Ids must be unique across everything added.
    """

    def __init__(self) -> None:
        self.index: dict[str, _Entry] = {}
        self.used: set[str] = set()
        self.problems: list[Problem] = []
        self._pending: list[_Reference] = []
        self._quotes: list[_QuoteCheck] = []
        self._duplicates: dict[str, list[_Site]] = {}
        self.records = 0

    # -- feeding -----------------------------------------------------------

    def add(self, record: Record, file: str | None, prefix: Path, locate: Locate) -> None:
        """Take in one record; ``prefix`` is its path in the file."""
        self.records += 1

        def site(sub: Path) -> _Site:
            line, column = locate(sub)
            return _Site(file, render_path((*prefix, *sub)), line, column)

        kind = _KINDS[type(record)]
        entry = _Entry(kind=kind, site=site(("id",)))
        first = self.index.get(record.id)
        if first is not None:
            self._duplicates.setdefault(record.id, [first.site]).append(entry.site)
        else:
            self.index[record.id] = entry
            self._remember(record, entry, site)
        self._walk(record, (), site)

    def _remember(self, record: Record, entry: _Entry, site: Callable[[Path], _Site]) -> None:
        if isinstance(record, Actor) and record.part_of is not None:
            entry.part_of = record.part_of
            entry.part_of_site = site(("part_of",))
        elif isinstance(record, Report):
            entry.published = record.published
            entry.body = record.body
        elif isinstance(record, Allegation):
            entry.accused = record.accused
            entry.first_reported = record.made
            entry.cited = tuple(citation.report for citation in record.citations)
        elif isinstance(record, Response):
            entry.responder = record.responder
            entry.responder_site = site(("responder",))
            entry.allegations = record.allegations
            entry.stance = record.stance
            entry.date = record.date
            entry.date_site = site(("date",)) if record.date is not None else None
            entry.retracts = record.retracts
            entry.retracts_site = site(("retracts",)) if record.retracts else None

    def _walk(self, value: Any, path: Path, site: Callable[[Path], _Site]) -> None:
        """Collect the references and quotes inside ``value``."""
        for name, kind, many in _links(type(value)):
            field_value = getattr(value, name)
            if field_value is None:
                continue
            items = enumerate(field_value) if many else ((None, field_value),)
            for index, item in items:
                item_path = (*path, name) if index is None else (*path, name, index)
                if kind is None:
                    self._walk(item, item_path, site)
                else:
                    self._reference(item, kind, item_path, site, name)
        if isinstance(value, Citation):
            for index, quote in enumerate(value.quotes):
                if quote.start is not None and quote.end is not None:
                    self._quotes.append(
                        _QuoteCheck(
                            value.report,
                            quote.text,
                            quote.start,
                            quote.end,
                            site((*path, "quotes", index, "start")),
                        )
                    )

    def _reference(
        self, target: str, kind: str, path: Path, site: Callable[[Path], _Site], field: str
    ) -> None:
        self.used.add(target)
        entry = self.index.get(target)
        reference = _Reference(target, kind, site(path), field)
        if entry is None:
            self._pending.append(reference)
        else:
            self._resolve(reference, entry)

    def _resolve(self, reference: _Reference, entry: _Entry | None) -> None:
        kind = reference.kind
        if entry is None:
            code = "NM405" if reference.field == "report" else "NM402"
            candidates = [key for key, value in self.index.items() if value.kind == kind]
            close = _closest(reference.target, candidates)
            self.problems.append(
                reference.site.problem(
                    code,
                    f"no {kind} has the id {reference.target!r}",
                    f"did you mean {close!r}?" if close else f"define a {kind} with this id",
                )
            )
        elif entry.kind != kind:
            self.problems.append(
                reference.site.problem(
                    "NM403",
                    f"{reference.target!r} is {_a(entry.kind)}, but {reference.field} "
                    f"must name {_a(kind)}",
                    f"name {_a(kind)} here",
                )
            )

    # -- finishing ---------------------------------------------------------

    def finish(self) -> list[Problem]:
        """Run the rules that need the whole dataset and return every problem found."""
        for reference in self._pending:
            self._resolve(reference, self.index.get(reference.target))
        self._pending.clear()
        for record_id, sites in self._duplicates.items():
            for number, where in enumerate(sites):
                others = [s for s in sites if s is not where]
                other = others[0]
                place = f"{other.file or '<text>'}:{other.line}" if other.line else other.path
                self.problems.append(
                    where.problem(
                        "NM401",
                        f"id {record_id!r} is used by {len(sites)} records (also at {place})",
                        "ids must be unique across the whole dataset; rename one"
                        if number
                        else "rename the other record, or remove one of them",
                    )
                )
        self._check_quotes()
        self._check_cycles()
        self._check_unused()
        self._check_responses()
        return self.problems

    def _check_quotes(self) -> None:
        for check in self._quotes:
            report = self.index.get(check.report)
            if report is None or report.kind != "report" or report.body is None:
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
            self.problems.append(
                check.site.problem(
                    "NM406",
                    f"the report body at {check.start}..{check.end} does not match the "
                    f"quote {_short(check.text)}",
                    hint,
                )
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
                current = node.part_of if node is not None and node.kind == "actor" else None
            if current is not None and current in chain:
                cycle = chain[chain.index(current) :]
                first = min(cycle)
                site = self.index[first].part_of_site
                assert site is not None
                loop = " -> ".join(
                    [*cycle[cycle.index(first) :], *cycle[: cycle.index(first)], first]
                )
                self.problems.append(
                    site.problem(
                        "NM404",
                        f"part_of goes round in a circle: {loop}",
                        "an actor cannot be part of itself; remove one part_of",
                    )
                )
            done.update(chain)

    def _check_unused(self) -> None:
        for record_id, entry in self.index.items():
            if entry.kind in ("actor", "document") and record_id not in self.used:
                code = "NM451" if entry.kind == "actor" else "NM452"
                self.problems.append(
                    entry.site.problem(
                        code,
                        f"{entry.kind} {record_id!r} is not referred to by any record",
                        "remove it, or refer to it where it plays a part",
                    )
                )

    def _roots(self, actor: str) -> str:
        seen: set[str] = set()
        current = actor
        while current not in seen:
            seen.add(current)
            entry = self.index.get(current)
            if entry is None or entry.part_of is None:
                return current
            current = entry.part_of
        return current

    def _check_responses(self) -> None:
        for entry in self.index.values():
            if entry.kind != "response":
                continue
            allegations = [self.index.get(a) for a in entry.allegations]
            known = [a for a in allegations if a is not None and a.kind == "allegation"]
            self._check_responder(entry, known)
            self._check_date(entry, known)
            if entry.retracts is not None:
                retracted = self.index.get(entry.retracts)
                if (
                    retracted is not None
                    and retracted.kind == "response"
                    and retracted.responder != entry.responder
                ):
                    assert entry.retracts_site is not None
                    self.problems.append(
                        entry.retracts_site.problem(
                            "NM407",
                            f"a response by {entry.responder!r} retracts one by "
                            f"{retracted.responder!r}",
                            "only a responder can retract its own response; use supersedes "
                            "or a new response",
                        )
                    )

    def _check_responder(self, entry: _Entry, allegations: list[_Entry]) -> None:
        if entry.stance is None or entry.stance.party is not StanceParty.ACCUSED:
            return
        assert entry.responder is not None
        assert entry.responder_site is not None
        root = self._roots(entry.responder)
        for allegation in allegations:
            if any(self._roots(accused) == root for accused in allegation.accused):
                return
        if not allegations:
            return
        self.problems.append(
            entry.responder_site.problem(
                "NM453",
                f"{entry.responder!r} takes the stance {entry.stance.term!r} but is "
                "neither accused nor part of the same organization as an accused actor",
                "check part_of, or use a third-party stance such as corroboration",
            )
        )

    def _check_date(self, entry: _Entry, allegations: list[_Entry]) -> None:
        if entry.date is None:
            return
        for allegation in allegations:
            first = self._first_reported(allegation)
            if first is not None and entry.date.definitely_before(first):
                assert entry.date_site is not None
                self.problems.append(
                    entry.date_site.problem(
                        "NM454",
                        f"the response is dated {entry.date.text}, before the allegation "
                        f"was first reported ({first.text})",
                        "check both dates; a response may precede the report, but rarely the "
                        "accusation itself",
                    )
                )
                return

    def _first_reported(self, allegation: _Entry) -> PartialDate | None:
        dates = [allegation.first_reported] if allegation.first_reported else []
        for report_id in allegation.cited:
            report = self.index.get(report_id)
            if report is not None and report.published is not None:
                dates.append(report.published)
        return min(dates) if dates else None


def _closest(word: str, choices: list[str]) -> str | None:
    match = difflib.get_close_matches(word, choices, n=1, cutoff=0.6)
    return match[0] if match else None


def _a(noun: str) -> str:
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def _short(text: str, limit: int = 40) -> str:
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")
