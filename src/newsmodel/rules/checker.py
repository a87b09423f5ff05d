"""The dataset checker: fed one record at a time, it runs the rules across records and files.

Each family of rules has its module (:mod:`~newsmodel.rules.ids`,
:mod:`~newsmodel.rules.references`, :mod:`~newsmodel.rules.quotes`,
:mod:`~newsmodel.rules.cycles`, :mod:`~newsmodel.rules.usage`,
:mod:`~newsmodel.rules.responses`); :class:`DatasetChecker` keeps the
index they share (:mod:`~newsmodel.rules.index`) and runs them in turn.
"""

from __future__ import annotations

import sys
from typing import Any

from newsmodel.model import Citation, Record
from newsmodel.problems import RULES, Problem, render_path
from newsmodel.rules.cycles import check_cycles
from newsmodel.rules.ids import check_duplicates
from newsmodel.rules.index import Entry, Finding, Locator, Origin, entry_for
from newsmodel.rules.quotes import QuoteCheck, check_quotes
from newsmodel.rules.references import Reference, field_type, item_type, links, resolve
from newsmodel.rules.responses import check_responses
from newsmodel.rules.usage import check_unused
from newsmodel.rules.values import Path

__all__ = ["DatasetChecker"]


class DatasetChecker:
    """Checks the rules that span records and files, fed one record at a time.

    Call :meth:`add` for every record read, with the :class:`Origin` it came
    from, then :meth:`finish`, which returns the problems.  Only a small
    entry per id is kept; the positions of problems are looked up at the end
    (by the ``place`` function given to :meth:`finish`), so no parsed file
    has to be kept in memory.
    """

    def __init__(self) -> None:
        self.index: dict[str, Entry] = {}
        self.records = 0
        self._findings: list[Finding] = []
        self._pending: list[Reference] = []
        self._quotes: list[QuoteCheck] = []
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
            self.index[sys.intern(record.id)] = entry_for(record, origin)
        self._walk(record, (), origin)

    def add_rejected(self, cls: type, data: Any) -> None:
        """Note the ids a record that broke a rule refers to (plain data, as read).

        Such a record is not checked across the dataset, but the records it
        names are not reported as unused either: that would be a second,
        misleading problem for one mistake.
        """
        if not isinstance(data, dict):
            return
        for name, kind, many in links(cls):
            value = data.get(name)
            items = value if many and isinstance(value, list) else [value]
            for item in items:
                if kind is None:
                    nested, _ = item_type(field_type(cls, name))
                    self.add_rejected(nested, item)
                elif isinstance(item, str):
                    self._named_by_rejected.add(item)

    def _walk(self, value: Any, path: Path, origin: Origin) -> None:
        """Collect the references and quotes inside ``value``."""
        for name, kind, many in links(type(value)):
            field_value = getattr(value, name)
            if field_value is None:
                continue
            items = enumerate(field_value) if many else ((None, field_value),)
            for index, item in items:
                item_path = (*path, name) if index is None else (*path, name, index)
                if kind is None:
                    self._walk(item, item_path, origin)
                else:
                    self._reference(Reference(item, kind, origin, item_path, name))
        if isinstance(value, Citation):
            for index, quote in enumerate(value.quotes):
                if quote.start is not None and quote.end is not None:
                    self._quotes.append(
                        QuoteCheck(
                            value.report,
                            quote.text,
                            quote.start,
                            quote.end,
                            origin,
                            (*path, "quotes", index, "start"),
                        )
                    )

    def _reference(self, reference: Reference) -> None:
        entry = self.index.get(reference.target)
        if entry is None:
            self._pending.append(reference)
        else:
            resolve(reference, entry, self.index, self._find)

    def _find(
        self, origin: Origin, path: Path, code: str, message: str, hint: str | None = None
    ) -> None:
        self._findings.append(Finding(origin, path, code, message, hint))

    # -- finishing ---------------------------------------------------------

    def finish(self, place: Locator | None = None) -> list[Problem]:
        """Run the rules that need the whole dataset and return every problem found.

        ``place`` finds the line and column of a path inside a record; without
        it, problems carry no position.
        """
        for reference in self._pending:
            resolve(reference, self.index.get(reference.target), self.index, self._find)
        self._pending.clear()
        check_duplicates(self._duplicates, self._find)
        check_quotes(self._quotes, self.index, self._find)
        self._quotes.clear()
        check_cycles(self.index, self._find)
        check_unused(self.index, self._named_by_rejected, self._find)
        check_responses(self.index, self._find)
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
