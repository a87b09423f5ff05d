"""The dataset checker: fed one record at a time, it runs the rules across records and files.

Each family of rules has its module (:mod:`~newsmodel.rules.ids`,
:mod:`~newsmodel.rules.references`, :mod:`~newsmodel.rules.quotes`,
:mod:`~newsmodel.rules.cycles`, :mod:`~newsmodel.rules.usage`,
:mod:`~newsmodel.rules.responses`, :mod:`~newsmodel.rules.proceedings`);
:class:`DatasetChecker` keeps the
index they share (:mod:`~newsmodel.rules.index`) and runs them in turn.

One mistake gives one problem.  A record that broke a rule of its own is
kept in the index as defined but invalid (:meth:`DatasetChecker.add_rejected`),
so references to it are not reported again; and while some file could not
be read whole (:meth:`DatasetChecker.add_unread`), a reference that names
no record read is not reported: the record may be in the part not read.
"""

from __future__ import annotations

import sys
from collections.abc import Container, Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from newsmodel.model import RECORD_KINDS, Citation, Record
from newsmodel.problems import Problem
from newsmodel.rules.cycles import check_cycles
from newsmodel.rules.found import Path
from newsmodel.rules.ids import Duplicates
from newsmodel.rules.index import (
    Entry,
    Findings,
    InvalidEntry,
    Locator,
    Origin,
    entry_for,
    pack,
    unpack,
)
from newsmodel.rules.proceedings import check_steps
from newsmodel.rules.quotes import QuoteCheck, check_quotes
from newsmodel.rules.references import (
    Reference,
    Suggestions,
    field_type,
    item_type,
    links,
    resolve,
    unresolved,
)
from newsmodel.rules.reports import check_titles
from newsmodel.rules.responses import check_responses
from newsmodel.rules.usage import check_unused
from newsmodel.rules.variants import referenced

if TYPE_CHECKING:  # newsmodel.io imports the value rules of this package
    from newsmodel.io import Rejected

__all__ = [
    "DatasetChecker",
    "Seen",
    "SeenRejected",
    "observe",
    "observe_rejected",
    "pack_batch",
]


class DatasetChecker:
    """Checks the rules that span records and files, fed one record at a time.

    Call :meth:`add` for every record read, with the :class:`Origin` it came
    from, then :meth:`finish`, which returns the problems.  Only a small
    entry per id is kept; the positions of problems are looked up at the end
    (by the ``place`` function given to :meth:`finish`), so no parsed file
    has to be kept in memory.  At most ``max_problems`` problems are kept
    per file (:meth:`left_out` counts the rest).
    """

    def __init__(self, *, max_problems: int = 1000) -> None:
        self.index: dict[str, Entry] = {}
        self.records = 0
        self.findings = Findings(max_problems)
        """What the rules found so far, capped per file."""
        self._pending: list[Reference] = []
        self._quotes: list[QuoteCheck] = []
        self._duplicates = Duplicates()
        self._named_by_rejected: set[str] = set()
        self._unread: list[str | None] = []

    # -- feeding -----------------------------------------------------------

    def add(self, record: Record, origin: Origin) -> None:
        """Take in one record, read from ``origin``."""
        self.take(observe(record, origin))

    def add_rejected(self, rejected: Rejected, file: str | None) -> None:
        """Take in a record that broke a rule, as read (plain data) from ``file``.

        Its id (when it is a string) stays defined, as an invalid record of
        the kind its place names: references to it are not reported as
        unknown, which would be a second, misleading problem for one mistake.
        The ids it names are not reported as unused, for the same reason.  Nor
        is its id reported as used twice: that waits until the record is valid.
        """
        self.take(observe_rejected(rejected, file))

    def take(self, seen: Seen | SeenRejected) -> None:
        """Take in what was seen of one record, here or in another process.

        Records taken in the order they were read give the same problems
        wherever they were seen: this is the merge of a parallel run.
        """
        if isinstance(seen, SeenRejected):
            self._take_rejected(seen.id, seen.entry, seen.named)
        else:
            self._take_valid(*seen)

    def take_batch(self, batch: bytes) -> None:
        """Take in, in order, the records of a batch made by :func:`pack_batch`.

        The same as :meth:`take` for each record, without making its
        :class:`Seen` again.  The batch is unpickled: take only batches made
        by processes trusted as much as this one (the workers of a run).
        """
        import pickle  # noqa: PLC0415 - batches cross processes: a run in one needs none

        valid, rejected = self._take_valid, self._take_rejected
        for packed in pickle.loads(batch):
            if len(packed) == 4:
                record_id, entry, references, quotes = packed
                valid(record_id, unpack(entry), references, quotes)
            else:
                record_id, entry, named = packed
                rejected(record_id, None if entry is None else unpack(entry), named)

    def _take_valid(
        self,
        record_id: str,
        entry: Entry,
        references: tuple[Named, ...],
        quotes: tuple[Quoted, ...],
    ) -> None:
        self.records += 1
        first = self.index.get(record_id)
        if first is None or isinstance(first, InvalidEntry):  # the valid one is checked
            self.index[sys.intern(record_id)] = entry
        else:
            self._duplicates.add(record_id, first.origin, entry.origin)
        if references or quotes:
            self._take_named(entry, references, quotes)

    def _take_rejected(
        self, record_id: str | None, entry: Entry | None, named: frozenset[str]
    ) -> None:
        if record_id is not None and entry is not None and record_id not in self.index:
            self.index[sys.intern(record_id)] = entry
        self._named_by_rejected.update(named)

    def _take_named(
        self, owner: Entry, references: tuple[Named, ...], quotes: tuple[Quoted, ...]
    ) -> None:
        """Resolve the ids a record names, or keep them for the end; keep its quotes."""
        index = self.index
        origin = None  # made only when needed: most records name ids already read
        for target, kind, path, field in references:
            entry = index.get(target)
            if entry is not None and entry.kind == kind:  # the usual case, made quick
                entry.used = True
                continue
            if origin is None:
                origin = owner.origin
            self._reference(Reference(target, kind, origin, path, field))
        if quotes:
            origin = origin or owner.origin
            for report, text, start, end, path in quotes:
                self._quotes.append(QuoteCheck(report, text, start, end, origin, path))

    def add_unread(self, file: str | None) -> None:
        """Note that ``file`` (or a part of it) could not be read: it may define any id."""
        self._unread.append(file)

    def _reference(self, reference: Reference) -> None:
        entry = self.index.get(reference.target)
        if entry is None:
            self._pending.append(reference)
        else:
            resolve(reference, entry, self.findings)

    # -- finishing ---------------------------------------------------------

    def finish(self, place: Locator | None = None) -> list[Problem]:
        """Run the rules that need the whole dataset and return the problems kept.

        ``place`` finds the line and column of a path inside a record; without
        it, problems carry no position.
        """
        find = self.findings
        self._resolve_pending()
        self._duplicates.check(find)
        check_quotes(self._quotes, self.index, find)
        self._quotes.clear()
        check_cycles(self.index, find)
        check_unused(self.index, self._named_by_rejected, find)
        check_responses(self.index, find)
        check_steps(self.index, find)
        check_titles(self.index, find)
        found = sorted(find.found, key=lambda f: (f.origin.file or "", f.origin.line or 0))
        find.found = []
        return [f.problem(*(place(f.origin, f.path) if place else (None, None))) for f in found]

    def left_out(self) -> dict[str | None, tuple[int, bool]]:
        """Return, by file, the problems found but not kept, and whether errors are among them."""
        errors: Container[str | None] = self.findings.errors_left_out
        return {file: (n, file in errors) for file, n in self.findings.left_out().items()}

    def _resolve_pending(self) -> None:
        """Resolve the references to records read after them; report those that name none."""
        suggestions: dict[str, Suggestions] = {}
        for reference in self._pending:
            entry = self.index.get(reference.target)
            if entry is not None:
                resolve(reference, entry, self.findings)
            elif not self._unread:
                kind = reference.kind
                if kind not in suggestions:
                    ids = [key for key, value in self.index.items() if value.kind == kind]
                    suggestions[kind] = Suggestions(ids)
                unresolved(reference, suggestions[kind], self.findings)
        self._pending.clear()


Named = tuple[str, str, Path, str]
"""An id a record names: the id, the kind it must name, the path to it, the field."""

Quoted = tuple[str, str, int, int, Path]
"""A quote with both offsets: the report, the text, start, end, the path to ``start``."""


class Seen(NamedTuple):
    """What the dataset rules need of one valid record: its entry, the ids it names, its quotes.

    Small, and made of plain values that pickle fast, so that a record can
    be read in one process and taken in (:meth:`DatasetChecker.take`) in
    another.
    """

    id: str
    entry: Entry
    references: tuple[Named, ...]
    quotes: tuple[Quoted, ...]


class SeenRejected(NamedTuple):
    """What the dataset rules need of a rejected record: its id, kind and the ids it names.

    ``id`` and ``entry`` are ``None`` when the record has no id that is a string.
    """

    id: str | None
    entry: InvalidEntry | None
    named: frozenset[str]


def _pack_seen(seen: Seen | SeenRejected) -> tuple[Any, ...]:
    """Return what was seen of a record as plain values, which pickle fast.

    A :class:`Seen` packs to four values, a :class:`SeenRejected` to three;
    :meth:`DatasetChecker.take_batch` tells them apart by their length.
    """
    if isinstance(seen, Seen):
        return seen.id, pack(seen.entry), seen.references, seen.quotes
    return seen.id, None if seen.entry is None else pack(seen.entry), seen.named


def pack_batch(seen: Iterable[Seen | SeenRejected]) -> bytes:
    """Return what was seen of some records, in order, as one string of bytes.

    A batch holds no object the cyclic collector walks, and crosses to
    another process as it is; :meth:`DatasetChecker.take_batch` takes it in.
    """
    import pickle  # noqa: PLC0415 - batches cross processes: a run in one needs none

    return pickle.dumps([_pack_seen(one) for one in seen], protocol=5)


def observe(record: Record, origin: Origin) -> Seen:
    """Keep what the dataset rules need of a record, read from ``origin``."""
    references: list[Named] = []
    quotes: list[Quoted] = []
    _walk(record, (), references, quotes)
    if record.variants:
        references.extend((i, kind, path, "value") for i, kind, path in referenced(record))
    return Seen(record.id, entry_for(record, origin), tuple(references), tuple(quotes))


def observe_rejected(rejected: Rejected, file: str | None) -> SeenRejected:
    """Keep the id, the kind and the ids named of a record that broke a rule."""
    data = rejected.data
    if not isinstance(data, dict):
        return SeenRejected(None, None, frozenset())
    named: set[str] = set()
    if rejected.cls is not None:
        _note_named(rejected.cls, data, named)
    record_id = data.get("id")
    if not isinstance(record_id, str):
        return SeenRejected(None, None, frozenset(named))
    kind = RECORD_KINDS[rejected.cls] if rejected.cls is not None else None
    entry = InvalidEntry(kind, Origin(file, rejected.prefix, rejected.line))
    return SeenRejected(record_id, entry, frozenset(named))


def _note_named(cls: type, data: Any, named: set[str]) -> None:
    """Add to ``named`` the ids named in the plain data of a rejected ``cls``."""
    if not isinstance(data, dict):
        return
    for name, kind, many in links(cls):
        value = data.get(name)
        items = value if many and isinstance(value, list) else [value]
        for item in items:
            if kind is None:
                nested, _ = item_type(field_type(cls, name))
                _note_named(nested, item, named)
            elif isinstance(item, str):
                named.add(item)


def _walk(value: Any, path: Path, references: list[Named], quotes: list[Quoted]) -> None:
    """Collect the references and quotes inside ``value``."""
    for name, kind, many in links(type(value)):
        field_value = getattr(value, name)
        if not many:
            if field_value is None:
                continue
            if kind is None:
                _walk(field_value, (*path, name), references, quotes)
            else:
                references.append((field_value, kind, (*path, name), name))
        elif field_value:  # neither None nor empty, as most lists are
            field_path = (*path, name)
            if kind is None:
                for index, item in enumerate(field_value):
                    _walk(item, (*field_path, index), references, quotes)
            else:
                references += [
                    (item, kind, (*field_path, index), name)
                    for index, item in enumerate(field_value)
                ]
    if isinstance(value, Citation):
        for index, quote in enumerate(value.quotes):
            if quote.start is not None and quote.end is not None:
                path_to = (*path, "quotes", index, "start")
                quotes.append((value.report, quote.text, quote.start, quote.end, path_to))
