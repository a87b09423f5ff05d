"""Datasets: many files checked together, and records looked up by id.

A dataset is a set of files and folders.  Folders are searched recursively
for ``.yaml``, ``.yml``, ``.json`` and ``.jsonl`` files, skipping hidden
files and folders (``.git``).  Ids are unique across the whole dataset, and
references resolve across files.

- :func:`validate` checks a dataset and returns every problem: those of
  each file (:mod:`newsmodel.io`) and those across records and files
  (:class:`~newsmodel.checks.DatasetChecker`).  JSON Lines files are read
  as streams, so memory grows with the number of ids, not the file sizes.
- :class:`Validator` does the same one file at a time, for callers that
  report progress.
- :class:`Dataset` holds the records of valid bundles in memory and looks
  them up by id and kind.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar, overload

from newsmodel import io
from newsmodel import reading as _parse
from newsmodel.checks import DatasetChecker, Origin
from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.model import (
    RECORD_TYPES,
    Actor,
    Allegation,
    Bundle,
    Document,
    Event,
    Record,
    Report,
    Response,
)
from newsmodel.problems import Problem, Severity, ValidationError

__all__ = ["DATA_SUFFIXES", "Dataset", "Validator", "discover", "validate"]

#: The file name endings a dataset folder is searched for.
DATA_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")

_R = TypeVar("_R", Report, Actor, Document, Allegation, Response, Event)
Source = str | os.PathLike[str] | Bundle


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[Problem]]:
    """Expand files and folders into the sorted list of data files they hold.

    Returns the files and a problem (``NM100``) for each path that does not
    exist or is a file of another type, and for each folder that cannot be
    searched (so that no file is left out unnoticed).  Hidden files and
    folders are skipped; symbolic links to folders are not followed, so link
    loops end, and a link found in a folder that leads out of it is refused.
    A file reached twice is listed once, by its own name rather than a link's.
    Data files that are not regular files (pipes, devices, link loops) are
    listed, and reported when they are read.
    """
    files: dict[str, str] = {}  # by real path, so a file named twice is read once
    problems: list[Problem] = []

    def unsearchable(error: OSError) -> None:
        folder = error.filename if isinstance(error.filename, str) else os.fspath(error.filename)
        problems.append(
            Problem(
                code="NM100",
                file=folder,
                message=f"cannot search the folder: {error.strerror or error}",
                hint="check its permissions; the files in it were not checked",
            )
        )

    for given in paths:
        name = os.fspath(given)
        path = Path(name)
        if path.is_dir():
            root = os.path.realpath(path)
            for folder, subfolders, names in os.walk(path, onerror=unsearchable):
                subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                for n in sorted(names):
                    if not n.startswith(".") and n.lower().endswith(DATA_SUFFIXES):
                        file = os.path.join(folder, n)
                        real = os.path.realpath(file)
                        link = os.path.islink(file)
                        if link and os.path.commonpath([root, real]) != root:
                            problems.append(_outside(file))
                        elif real not in files or (os.path.islink(files[real]) and not link):
                            files[real] = file
        elif path.is_file() or path.is_symlink():
            if name.lower().endswith(DATA_SUFFIXES):
                files.setdefault(os.path.realpath(name), name)
            else:
                problems.append(
                    Problem(
                        code="NM100",
                        file=name,
                        message="not a data file: expected .yaml, .yml, .json or .jsonl",
                        hint="pass data files or folders",
                    )
                )
        elif os.path.lexists(name):
            problems.append(
                Problem(
                    code="NM100",
                    file=name,
                    message="not a file or folder (a pipe, a device or a socket)",
                    hint="pass data files or folders",
                )
            )
        else:
            problems.append(Problem(code="NM100", file=name, message="no such file or folder"))
    return sorted(files.values()), problems


def _outside(file: str) -> Problem:
    # A link found in a folder is read only if it stays inside that folder: a
    # pull request could otherwise point a "data file" at a file of the runner.
    return Problem(
        code="NM100",
        file=file,
        message="a symbolic link to a file outside the folder being checked",
        hint="copy the file into the dataset, or name it on the command line",
    )


def _file_name_problem(name: str) -> Problem | None:
    """NM101 for a file name that is not UTF-8 (its bytes were decoded with escapes)."""
    if _parse.lone_surrogate(name) is None:
        return None
    raw = os.fsencode(name)
    try:
        raw.decode("utf-8")
    except UnicodeDecodeError as error:
        byte = f" (byte 0x{raw[error.start]:02x})"
    else:  # pragma: no cover - a name given as text with a lone surrogate in it
        byte = ""
    return Problem(
        code="NM101",
        file=name,
        message=f"the file name is not UTF-8{byte}",
        hint="rename the file: git, GitHub and other systems cannot show or check out such a name",
    )


class Validator:
    """Checks a dataset one file (or bundle) at a time.

    >>> validator = Validator()                     # doctest: +SKIP
    >>> for path in files:                          # doctest: +SKIP
    ...     validator.add_file(path)
    >>> problems = validator.finish()               # doctest: +SKIP
    """

    def __init__(self, *, keep: bool = False, limits: Limits | None = None) -> None:
        self.limits = limits or DEFAULT_LIMITS
        """What one file may hold (:class:`~newsmodel.limits.Limits`)."""
        self._checker = DatasetChecker()
        self._problems: list[Problem] = []
        self.files = 0
        """Files and bundles added so far."""
        self.kept: list[Record] | None = [] if keep else None
        """With ``keep=True``, the valid records read, in order; else ``None``."""

    @property
    def records(self) -> int:
        """Records read so far (valid or not, as far as they could be told apart)."""
        return self._checker.records

    def add_file(self, path: str | os.PathLike[str]) -> None:
        """Read and check one file; its records join the dataset."""
        self.files += 1
        name = os.fspath(path)
        bad_name = _file_name_problem(name)
        if bad_name is not None:
            self._problems.append(bad_name)
        scan = io.Scan(name, rejected=self._checker.add_rejected, limits=self.limits)
        fmt = io.format_of(name)
        if fmt == "jsonl":
            found = scan.jsonl_file(name)
        else:
            try:
                text = io.read_text(name, limits=self.limits)
            except ValidationError as error:
                self._problems.extend(error.problems)
                return
            found = scan.document(text, fmt)
            if fmt == "yaml":
                self._problems.extend(_parse.yaml_warnings(text, file=name, limits=self.limits))
        for item in found:
            self._checker.add(item.record, Origin(name, item.prefix, item.line))
            if self.kept is not None:
                self.kept.append(item.record)
        self._problems.extend(scan.problems)

    def add_bundle(self, bundle: Bundle, *, file: str | None = None) -> None:
        """Add the records of a bundle already in memory (problems have no positions)."""
        self.files += 1
        for kind in RECORD_TYPES:
            for index, record in enumerate(getattr(bundle, kind + "s")):
                self._checker.add(record, Origin(file, (kind + "s", index)))
                if self.kept is not None:
                    self.kept.append(record)

    def finish(self) -> list[Problem]:
        """Run the dataset-wide rules and return every problem, sorted."""
        self._problems.extend(self._checker.finish(_Placer(self.limits)))
        return sorted(self._problems, key=Problem.sort_key)


class _Placer:
    """Finds the line and column of a dataset-wide problem by reading its file again.

    Problems come sorted by file and line, so each file is parsed once and a
    JSON Lines file is read forward, one line at a time.
    """

    def __init__(self, limits: Limits) -> None:
        self._limits = limits
        self._file: str | None = None
        self._root: _parse.Node | None = None
        self._lines: Iterator[tuple[int, str]] | None = None
        self._line: tuple[int, _parse.Node | None] = (0, None)

    def __call__(
        self, origin: Origin, path: tuple[str | int, ...]
    ) -> tuple[int | None, int | None]:
        if origin.file is None:
            return None, None
        if origin.file != self._file:
            self._open(origin.file)
        node = self._root if origin.line is None else self._jsonl_line(origin.line)
        if node is None:
            return origin.line, None
        return node.locate((*origin.prefix, *path))

    def _open(self, file: str) -> None:
        self._file, self._root, self._lines, self._line = file, None, None, (0, None)
        fmt = io.format_of(file)
        if fmt == "jsonl":
            return
        try:
            text = io.read_text(file, limits=self._limits)
            parse = _parse.parse_yaml if fmt == "yaml" else _parse.parse_json
            self._root = parse(text, limits=self._limits)
        except (ValidationError, _parse.ParseFailure):  # changed since it was read
            self._root = None

    def _jsonl_line(self, number: int) -> _parse.Node | None:
        if self._line[0] == number:
            return self._line[1]
        if self._lines is None or self._line[0] > number:
            assert self._file is not None
            self._lines = _numbered_lines(self._file)
        for current, text in self._lines:
            if current == number:
                try:
                    node = _parse.parse_json(
                        text.rstrip("\r\n"), first_line=number, limits=self._limits
                    )
                except _parse.ParseFailure:
                    node = None
                self._line = (number, node)
                return node
        return None


def _numbered_lines(file: str) -> Iterator[tuple[int, str]]:
    r"""Yield the lines of a JSON Lines file, numbered as the scan numbered them.

    Lines end at ``\n`` only; bytes that are not UTF-8 are replaced (such a line
    holds no record to place), and a file that can no longer be read ends the lines.
    """
    try:
        with open(file, "rb") as stream:
            for number, data in enumerate(stream, start=1):
                yield number, data.decode("utf-8", "replace")
    except OSError:  # removed or changed since it was read
        return


def validate(
    source: Source | Iterable[Source],
    *,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    limits: Limits | None = None,
) -> list[Problem]:
    """Check a dataset and return every problem found, sorted by file and position.

    ``source`` is a path (file or folder), a :class:`~newsmodel.model.Bundle`,
    or an iterable of them.  ``select`` keeps only problems whose code starts
    with one of the given prefixes (``NM4`` selects all cross-record rules);
    ``ignore`` drops those whose code starts with one of its prefixes.
    Warnings are returned too: check ``problem.severity``.  ``limits`` bounds
    what each file may hold (:class:`~newsmodel.limits.Limits`).
    """
    sources: list[Source] = (
        [source] if isinstance(source, (str, os.PathLike, Bundle)) else list(source)
    )
    problems, _ = _run(sources, keep=False, limits=limits)
    return filter_problems(problems, select=select, ignore=ignore)


def _run(
    sources: Iterable[Source], *, keep: bool, limits: Limits | None = None
) -> tuple[list[Problem], list[Record]]:
    sources = list(sources)
    validator = Validator(keep=keep, limits=limits)
    files, problems = discover(s for s in sources if not isinstance(s, Bundle))
    for bundle in (s for s in sources if isinstance(s, Bundle)):
        validator.add_bundle(bundle)
    for file in files:
        validator.add_file(file)
    return [*problems, *validator.finish()], validator.kept or []


def filter_problems(
    problems: Iterable[Problem], *, select: Sequence[str] = (), ignore: Sequence[str] = ()
) -> list[Problem]:
    """Keep the problems whose code starts with a ``select`` prefix and no ``ignore`` one."""
    kept = [
        p
        for p in problems
        if (not select or p.code.startswith(tuple(select)))
        and not p.code.startswith(tuple(ignore) or ("\0",))
    ]
    return sorted(kept, key=Problem.sort_key)


class Dataset:
    """The records of one or more bundles, looked up by id.

    >>> dataset = Dataset.load(["examples/"])     # doctest: +SKIP
    >>> dataset["mali"].name                       # doctest: +SKIP
    'Mali'

    Raises :class:`~newsmodel.problems.ValidationError` (``NM401``) when two
    records share an id.
    """

    def __init__(self, bundles: Iterable[Bundle] = ()) -> None:
        self._records: dict[str, Record] = {}
        self._index(record for bundle in bundles for record in bundle.records())

    def _index(self, records: Iterable[Record]) -> None:
        problems: list[Problem] = []
        for record in records:
            first = self._records.setdefault(record.id, record)
            if first is not record:
                problems.append(
                    Problem(
                        code="NM401",
                        path=f"$.{_kind(record)}s",
                        message=f"id {record.id!r} is used by two records "
                        f"(a {_kind(first)} and a {_kind(record)})",
                        hint="ids must be unique across the whole dataset",
                    )
                )
        if problems:
            raise ValidationError(problems)

    @classmethod
    def load(
        cls, paths: Iterable[str | os.PathLike[str]], *, limits: Limits | None = None
    ) -> Dataset:
        """Read, check and index the files and folders in ``paths``.

        Raises :class:`~newsmodel.problems.ValidationError` when any error is
        found, file-level or dataset-wide; warnings do not stop loading.
        """
        problems, records = _run(paths, keep=True, limits=limits)
        if any(problem.severity is Severity.ERROR for problem in problems):
            raise ValidationError(problems)
        dataset = cls()
        dataset._index(records)
        return dataset

    def __len__(self) -> int:
        return len(self._records)

    def __iter__(self) -> Iterator[Record]:
        return iter(self._records.values())

    def __contains__(self, record_id: object) -> bool:
        return record_id in self._records

    def __getitem__(self, record_id: str) -> Record:
        return self._records[record_id]

    @overload
    def get(self, record_id: str) -> Record | None: ...
    @overload
    def get(self, record_id: str, kind: type[_R]) -> _R | None: ...

    def get(self, record_id: str, kind: type[Any] | None = None) -> Record | None:
        """Return the record with ``record_id`` (only if it is a ``kind``), else ``None``."""
        record = self._records.get(record_id)
        if record is None or (kind is not None and not isinstance(record, kind)):
            return None
        return record

    def of_kind(self, kind: type[_R]) -> Iterator[_R]:
        """Iterate over the records of one class, in the order they were added."""
        return (record for record in self._records.values() if isinstance(record, kind))


def _kind(record: Record) -> str:
    return next(name for name, cls in RECORD_TYPES.items() if isinstance(record, cls))
