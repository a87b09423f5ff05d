"""Datasets: many files checked together, and records looked up by id.

A dataset is a set of files and folders.  Folders are searched recursively
for ``.yaml``, ``.yml``, ``.json`` and ``.jsonl`` files, skipping hidden
files and folders (``.git``).  Ids are unique across the whole dataset, and
references resolve across files.

- :func:`validate` checks a dataset and returns every problem: those of
  each file (:mod:`newsmodel.io`) and those across records and files
  (:class:`~newsmodel.rules.DatasetChecker`).  JSON Lines files are read
  as streams, so memory grows with the number of ids, not the file sizes.
- :class:`Validator` does the same one file at a time, for callers that
  report progress.
- :class:`Dataset` holds the records of valid bundles in memory and looks
  them up by id and kind.
"""

from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Any, NamedTuple, TypeVar, overload

import attrs

from newsmodel import _gc, io, reading
from newsmodel._codecache import attrs_methods
from newsmodel._patterns import lazy
from newsmodel.codec.check import is_checked, mark_checked, placed_problems, plain_data
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
from newsmodel.rules import DatasetChecker, Duplicates, Finding, Origin
from newsmodel.rules.checker import Seen, SeenRejected, pack_batch

if TYPE_CHECKING:  # imported by Dataset.index, when first used: checking needs no index
    from newsmodel.index import Index

__all__ = [
    "DATA_SUFFIXES",
    "Dataset",
    "FileRead",
    "Validator",
    "discover",
    "read_file",
    "validate",
]

#: The file name endings a dataset folder is searched for.
DATA_SUFFIXES = (".yaml", ".yml", ".json", ".jsonl")

_R = TypeVar("_R", Report, Actor, Document, Allegation, Response, Event)
Source = str | os.PathLike[str] | Bundle


def discover(paths: Iterable[str | os.PathLike[str]]) -> tuple[list[str], list[Problem]]:
    """Expand files and folders into the sorted list of data files they hold.

    Returns the files and a problem (``NM100``) for each path that does not
    exist or is a file of another type, and for each folder that cannot be
    searched (so that no file is left out unnoticed), and for an empty path.
    Hidden files and folders are skipped.  A symbolic link found in a folder,
    to a file or to a folder, is followed when it leads to a place inside
    that folder and refused (``NM100``) when it leads out of it; each folder
    is searched once, so link loops end.  A file reached twice is listed
    once, by its own name rather than a link's.  Data files that are not
    regular files (pipes, devices, broken links) are listed, and reported
    when they are read.
    """
    files: dict[str, str] = {}  # by real path, so a file named twice is read once
    problems: list[Problem] = []
    searched: set[str] = set()  # real paths of the folders searched

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

    def inside(root: str, link: str) -> bool:
        real = os.path.realpath(link)
        if os.path.commonpath([root, real]) == root:
            return True
        problems.append(_outside(link))
        return False

    for given in paths:
        name = os.fspath(given)
        if not name:
            problems.append(
                Problem(
                    code="NM100",
                    file=name,
                    message="an empty path names no file or folder",
                    hint="give a file or folder; '.' names the current folder",
                )
            )
        elif os.path.isdir(name):
            root = os.path.realpath(name)
            # Folders reached by links are searched after the others, so that a
            # file is listed by its own path rather than through a link.
            linked = [name]
            while linked:
                top = linked.pop(0)
                if os.path.realpath(top) in searched:
                    continue
                for folder, subfolders, names in os.walk(top, onerror=unsearchable):
                    searched.add(os.path.realpath(folder))
                    subfolders[:] = sorted(d for d in subfolders if not d.startswith("."))
                    for d in subfolders:
                        sub = os.path.join(folder, d)
                        if os.path.islink(sub) and inside(root, sub):
                            linked.append(sub)
                    for n in sorted(names):
                        if not n.startswith(".") and n.lower().endswith(DATA_SUFFIXES):
                            file = os.path.join(folder, n)
                            real = os.path.realpath(file)
                            link = os.path.islink(file)
                            if link and not inside(root, file):
                                continue
                            if real not in files or (os.path.islink(files[real]) and not link):
                                files[real] = file
        elif os.path.isfile(name) or os.path.islink(name):
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


def _outside(link: str) -> Problem:
    # A link found in a folder is read only if it stays inside that folder: a
    # pull request could otherwise point a "data file" at a file of the runner.
    what = "folder" if os.path.isdir(link) else "file"
    return Problem(
        code="NM100",
        file=link,
        message=f"a symbolic link to a {what} outside the folder being checked",
        hint=f"copy the {what} into the dataset, or name it on the command line",
    )


def _file_name_problem(name: str) -> Problem | None:
    """NM101 for a file name that is not UTF-8 (its bytes were decoded with escapes)."""
    if reading.lone_surrogate(name) is None:
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

    At most ``limits.max_problems`` problems are reported for a file, and ten
    times as many in all; a problem (NM408) says how many more there were.
    """

    def __init__(self, *, keep: bool = False, limits: Limits | None = None) -> None:
        if limits is None:
            limits = DEFAULT_LIMITS
        elif not isinstance(limits, Limits):
            raise TypeError(f"limits must be a Limits or None, not {limits!r}")
        self.limits = limits
        """What one file may hold (:class:`~newsmodel.limits.Limits`)."""
        self._checker = DatasetChecker(max_problems=limits.max_problems)
        self._problems: list[Problem] = []
        self.files = 0
        """Files and bundles added so far."""
        self.kept: list[Record] | None = [] if keep else None
        """With ``keep=True``, the valid records read, in order; else ``None``."""
        self._kept_files: list[str | None] = []  # the file of each record kept

    @property
    def records(self) -> int:
        """Records read so far (valid or not, as far as they could be told apart)."""
        return self._checker.records

    def add_file(self, path: str | os.PathLike[str]) -> None:
        """Read and check one file; its records join the dataset."""
        with _gc.bulk():  # a file's containers die with it: no collections for them
            self._read_file(path)

    def _read_file(self, path: str | os.PathLike[str]) -> None:
        self.files += 1
        name = os.fspath(path)
        bad_name = _file_name_problem(name)
        if bad_name is not None:
            self._problems.append(bad_name)
        checker = self._checker
        scan = io.Scan(
            name, rejected=lambda record: checker.add_rejected(record, name), limits=self.limits
        )
        problems = scan.problems = _FileProblems(self.limits.max_problems)
        fmt = io.format_of(name)
        try:
            if fmt == "jsonl":
                found = scan.jsonl_file(name)
            else:
                try:
                    text = io.read_text(name, limits=self.limits)
                except ValidationError as error:
                    self._problems.extend(error.problems)
                    checker.add_unread(name)
                    return
                found = scan.document(text, fmt)
                if fmt == "yaml":
                    self._problems.extend(
                        reading.yaml_warnings(text, file=name, limits=self.limits)
                    )
            for item in found:
                checker.add(item.record, Origin(name, item.prefix, item.line))
                if self.kept is not None:
                    self.kept.append(item.record)
                    self._kept_files.append(name)
        except _TooManyProblemsError:
            last = max(problems, key=Problem.sort_key)
            list.append(problems, _too_many(name, self.limits, last.line, last.column))
        if problems.full or _records_lost(problems, fmt):
            checker.add_unread(name)
        self._problems.extend(problems)

    def add_bundle(self, bundle: Bundle, *, file: str | None = None) -> None:
        """Add the records of a bundle already in memory (problems have no positions).

        A bundle built in Python is checked first, as a file would be
        (:func:`newsmodel.check`); its records with problems are reported once
        and stay defined, as invalid, so that references to them are not
        reported again.
        """
        self.files += 1
        placed = [] if is_checked(bundle) else placed_problems(bundle)
        self._problems.extend(attrs.evolve(problem, file=file) for _, problem in placed)
        faulty = {raw[:2] for raw, _ in placed}
        for record, origin in _bundle_records(bundle, file):
            if origin.prefix in faulty:
                rejected = io.Rejected(type(record), plain_data(record), origin.prefix)
                self._checker.add_rejected(rejected, file)
                continue
            self._checker.add(record, origin)
            if self.kept is not None:
                self.kept.append(record)
                self._kept_files.append(file)
        if not placed:
            mark_checked(bundle)

    def add_read(self, read: FileRead) -> None:
        """Add a file read on its own by :func:`read_file`, perhaps in another process.

        Files added in the order :meth:`add_file` would take them give
        exactly the problems it gives.  Their records are not kept.
        """
        if self.kept is not None:
            raise ValueError("a Validator(keep=True) reads its files itself: use add_file")
        self.files += 1
        self._problems.extend(read.problems)
        with _gc.bulk():  # the batches' containers die with them, as a file's do
            for batch in read.seen:
                self._checker.take_batch(batch)
        if read.unread:
            self._checker.add_unread(read.file)

    def finish(self) -> list[Problem]:
        """Run the dataset-wide rules and return every problem, sorted."""
        with _gc.bulk():
            self._problems.extend(self._checker.finish(_Placer(self.limits)))
        return _capped(self._problems, self._checker.left_out(), self.limits.max_problems)

    def _add_unread(self, file: str | None) -> None:
        """Note a file that could not be read at all: any id may be defined in it."""
        self._checker.add_unread(file)

    def _kept(self) -> list[tuple[Record, str | None]]:
        """Return the records kept, each with the file it was read from."""
        return list(zip(self.kept or [], self._kept_files, strict=True))


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


@attrs.frozen
class FileRead:
    """One file read and checked on its own: the map step of a parallel run.

    It holds the file's own problems and what the dataset rules need of
    each of its records, in the order they were read; it pickles small, and
    :meth:`Validator.add_read` merges it.
    """

    file: str
    """The file, as named to :func:`read_file`."""
    problems: tuple[Problem, ...]
    """The problems of the file on its own (syntax, shapes, values...)."""
    seen: tuple[bytes, ...]
    """What the dataset rules need of each record, in the order read, in batches
    (:func:`~newsmodel.rules.checker.pack_batch`)."""
    unread: bool
    """Whether some of the file could not be read (it may define any id)."""


_ATTRS_METHODS.close()


def read_file(path: str | os.PathLike[str], *, limits: Limits | None = None) -> FileRead:
    """Read and check one file on its own, for :meth:`Validator.add_read`.

    This is the work :meth:`Validator.add_file` does for one file, without
    the rules across files: a process can run it for each file of a dataset
    while another merges the results (:mod:`newsmodel.distributed`).
    """
    validator = Validator(limits=limits)
    recorder = validator._checker = _Recorder(max_problems=validator.limits.max_problems)
    validator.add_file(path)
    recorder.flush()
    return FileRead(
        os.fspath(path), tuple(validator._problems), tuple(recorder.batches), recorder.unread
    )


class _Recorder(DatasetChecker):
    """A checker that keeps what it is given, in order, for another checker to take.

    The records are packed in batches of :data:`BATCH` as they come
    (:func:`~newsmodel.rules.checker.pack_batch`): a batch is one string of
    bytes, about 130 bytes a record, which the cyclic collector does not
    walk and which crosses to another process as it is, where a record's
    tuples would be a dozen objects to walk, pickle and unpickle.
    """

    BATCH = 2000

    def __init__(self, *, max_problems: int) -> None:
        super().__init__(max_problems=max_problems)
        self.batches: list[bytes] = []
        self._batch: list[Seen | SeenRejected] = []
        self.unread = False

    def take(self, seen: Seen | SeenRejected) -> None:
        """Keep what was seen of a record, packed with the others of its batch."""
        self._batch.append(seen)
        if len(self._batch) >= self.BATCH:
            self.flush()

    def flush(self) -> None:
        """Pack the records of the batch under way, if any."""
        if self._batch:
            self.batches.append(pack_batch(self._batch))
            self._batch = []

    def add_unread(self, file: str | None) -> None:
        """Note that the file could not be read whole."""
        self.unread = True


class _TooManyProblemsError(Exception):
    """Raised by :class:`_FileProblems` to stop reading a file at its cap."""


class _FileProblems(list[Problem]):
    """The problems of one file, which stop the reading of the file at ``cap``.

    Past the cap, reading on would cost time and memory for problems that
    are not shown: the scan ends, and one problem (NM408) says so.
    """

    def __init__(self, cap: int) -> None:
        super().__init__()
        self.cap = cap
        self.full = False

    def append(self, problem: Problem) -> None:
        """Add a problem; stop the scan when the file already has its cap."""
        if len(self) >= self.cap:
            self.full = True
            raise _TooManyProblemsError
        super().append(problem)

    def extend(self, problems: Iterable[Problem]) -> None:
        """Add problems one by one, as :meth:`append` does."""
        for problem in problems:
            self.append(problem)


def _too_many(file: str | None, limits: Limits, line: int | None, column: int | None) -> Problem:
    """NM408 for a file whose reading stopped at its cap of problems."""
    return Problem(
        code="NM408",
        file=file,
        line=line,
        column=column,
        message=f"more than {limits.max_problems:,} problems in this file; the rest of it "
        "is not checked",
        hint="fix the problems shown and check again, or raise the limit (--max-problems)",
    )


#: The path of a problem inside a record of a YAML or JSON bundle: ``$.actors[3]...``.
_RECORD_PATH = lazy(r"\$\.(?:" + "|".join(f"{kind}s" for kind in RECORD_TYPES) + r")\[")


def _records_lost(problems: Iterable[Problem], fmt: str) -> bool:
    """Tell whether a file's problems mean some of its records were not read at all.

    A problem of reading (NM1xx: syntax, encoding, a limit) loses the file
    or the JSON Lines line; in a YAML or JSON bundle, so does any problem
    above its records (``schema_version``, a misspelt list name).  A record
    read but rejected is not lost: the checker knows its id.
    """
    return any(
        problem.severity is Severity.ERROR
        and (
            problem.code.startswith("NM1")
            or (fmt != "jsonl" and not _RECORD_PATH.match(problem.path))
        )
        for problem in problems
    )


def _capped(
    problems: list[Problem], left_out: dict[str | None, tuple[int, bool]], cap: int
) -> list[Problem]:
    """Keep ``cap`` problems per file and ten times that in all; NM408 counts the rest.

    ``left_out`` holds, by file, the dataset-wide problems found but not kept,
    and whether errors are among them.
    """
    by_file: dict[str | None, list[Problem]] = {}
    for problem in sorted(problems, key=Problem.sort_key):
        by_file.setdefault(problem.file, []).append(problem)
    kept: list[Problem] = []
    for file, found in by_file.items():
        stopped = any(p.code == "NM408" for p in found)
        count, errors = left_out.get(file, (0, False))
        count += max(0, len(found) - stopped - cap)
        errors = errors or any(p.severity is Severity.ERROR for p in found[cap:])
        kept.extend(found[:cap] if not stopped else found)
        if count and not stopped:
            kept.append(_left_out(file, count, cap, errors))
    for file in left_out.keys() - by_file.keys():
        count, errors = left_out[file]
        kept.append(_left_out(file, count, cap, errors))
    kept.sort(key=Problem.sort_key)
    run_cap = 10 * cap
    if len(kept) > run_cap:
        rest = kept[run_cap:]
        kept = kept[:run_cap]
        errors = any(p.severity is Severity.ERROR for p in rest)
        kept.append(_left_out(rest[0].file, len(rest), run_cap, errors, at=rest[0]))
    return kept


def _left_out(
    file: str | None, count: int, cap: int, errors: bool, *, at: Problem | None = None
) -> Problem:
    """NM408 for problems found but not shown: of a file, or of a run ``at`` the first."""
    run = at is not None
    where = "from here on" if run else "in this file"
    return Problem(
        code="NM408",
        file=file,
        line=None if at is None else at.line,
        column=None if at is None else at.column,
        message=f"{count:,} more problem{'s' if count != 1 else ''} {where} "
        f"{'are' if count != 1 else 'is'} not shown (at most {cap:,} "
        f"{'in a run' if run else 'for a file'})",
        hint="fix the problems shown and check again, or raise the limit (--max-problems)",
        severity=Severity.ERROR if errors else Severity.WARNING,
    )


def _bundle_records(bundle: Bundle, file: str | None) -> Iterator[tuple[Record, Origin]]:
    """Yield the records of a bundle in memory, each with its place in the bundle."""
    for kind in RECORD_TYPES:
        for index, record in enumerate(getattr(bundle, kind + "s")):
            yield record, Origin(file, (kind + "s", index))


class _Placer:
    """Finds the line and column of a dataset-wide problem by reading its file again.

    Problems come sorted by file and line, so each file is parsed once and a
    JSON Lines file is read forward, one line at a time.
    """

    def __init__(self, limits: Limits) -> None:
        self._limits = limits
        self._file: str | None = None
        self._root: reading.Node | None = None
        self._lines: Iterator[tuple[int, str]] | None = None
        self._line: tuple[int, reading.Node | None] = (0, None)

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
            parse = reading.parse_yaml if fmt == "yaml" else reading.parse_json
            self._root = parse(text, limits=self._limits)
        except (ValidationError, reading.ParseFailure):  # changed since it was read
            self._root = None

    def _jsonl_line(self, number: int) -> reading.Node | None:
        if self._line[0] == number:
            return self._line[1]
        if self._lines is None or self._line[0] > number:
            assert self._file is not None
            self._lines = _numbered_lines(self._file, self._limits.max_line_length)
        for current, text in self._lines:
            if current == number:
                try:
                    node = reading.parse_json(
                        text.rstrip("\r\n"), first_line=number, limits=self._limits
                    )
                except reading.ParseFailure:
                    node = None
                self._line = (number, node)
                return node
        return None


def _numbered_lines(file: str, longest: int) -> Iterator[tuple[int, str]]:
    r"""Yield the lines of a JSON Lines file, numbered as the scan numbered them.

    Lines end at ``\n`` only; bytes that are not UTF-8 are replaced (such a line
    holds no record to place), and a file that can no longer be read ends the lines.
    A line longer than ``longest`` bytes (skipped by the scan: it holds no record)
    is read in blocks and dropped, and yielded empty, so memory stays bounded.
    """
    try:
        with open(file, "rb") as stream:
            number = 0
            while data := stream.readline(longest + 1):
                number += 1
                if len(data) > longest and not data.endswith(b"\n"):
                    while data and not data.endswith(b"\n"):
                        data = stream.readline(_BLOCK)
                    yield number, ""
                    continue
                yield number, data.decode("utf-8", "replace")
    except OSError:  # removed or changed since it was read
        return


#: Bytes read at a time from the rest of a line too long to place a problem in.
_BLOCK = 2**20


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

    >>> from newsmodel.vocab import ActorKind
    >>> mali = Actor(id="mali", name="Mali", kind=ActorKind.STATE)
    >>> [(p.code, p.severity.value) for p in validate(Bundle(schema_version=2, actors=(mali,)))]
    [('NM451', 'warning')]
    >>> for problem in validate(["data/"], ignore=["NM45"]):  # doctest: +SKIP
    ...     print(problem.code, problem.file, problem.line, problem.message)
    NM402 data/mali.yaml 9 no actor has the id 'malian-forces'
    """
    sources: list[Source] = (
        [source] if isinstance(source, (str, os.PathLike, Bundle)) else list(source)
    )
    return filter_problems(
        _run(sources, keep=False, limits=limits).problems, select=select, ignore=ignore
    )


class _Run(NamedTuple):
    """What checking sources found: every problem, the records kept, and how much was read."""

    problems: list[Problem]
    kept: list[tuple[Record, str | None]]
    files: int
    records: int


def _run(sources: Iterable[Source], *, keep: bool, limits: Limits | None = None) -> _Run:
    sources = list(sources)
    validator = Validator(keep=keep, limits=limits)
    files, problems = discover(s for s in sources if not isinstance(s, Bundle))
    for problem in problems:  # a path that could not be read may define any id
        validator._add_unread(problem.file)
    for bundle in (s for s in sources if isinstance(s, Bundle)):
        validator.add_bundle(bundle)
    for file in files:
        validator.add_file(file)
    problems = [*problems, *validator.finish()]
    return _Run(problems, validator._kept(), len(files), validator.records)


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

    Raises :class:`~newsmodel.problems.ValidationError` (``NM401``, for each
    record of a repeated id, as :func:`validate` reports it) when records
    share an id.
    """

    def __init__(self, bundles: Iterable[Bundle] = ()) -> None:
        self._records: dict[str, Record] = {}
        self._origins: dict[str, Origin] = {}
        self._index(pair for bundle in bundles for pair in _bundle_records(bundle, None))

    def _index(self, records: Iterable[tuple[Record, Origin]]) -> None:
        duplicates = Duplicates()
        for record, origin in records:
            first = self._origins.setdefault(record.id, origin)
            if first is origin:
                self._records[record.id] = record
            else:
                duplicates.add(record.id, first, origin)
        found: list[Finding] = []
        duplicates.check(lambda *finding: found.append(Finding(*finding)))
        if found:
            raise ValidationError(finding.problem() for finding in found)

    @classmethod
    def load(
        cls, paths: Iterable[str | os.PathLike[str]], *, limits: Limits | None = None
    ) -> Dataset:
        """Read, check and index the files and folders in ``paths``.

        Raises :class:`~newsmodel.problems.ValidationError` when any error is
        found, file-level or dataset-wide; warnings do not stop loading.

        >>> dataset = Dataset.load(["examples/"])  # doctest: +SKIP
        >>> len(list(dataset.of_kind(Allegation)))  # doctest: +SKIP
        17
        """
        run = _run(paths, keep=True, limits=limits)
        if any(problem.severity is Severity.ERROR for problem in run.problems):
            raise ValidationError(run.problems)
        return cls._of(run.kept)

    @classmethod
    def _of(cls, records: Iterable[tuple[Record, str | None]]) -> Dataset:
        """Return the dataset of checked records, each with the file it was read from."""
        dataset = cls()
        dataset._index((record, Origin(file, ())) for record, file in records)
        return dataset

    def source_of(self, record: Record | str) -> str | None:
        """Return the file a record (or the record with this id) was read from.

        ``None`` for a record of a bundle given in memory.  Pages can group
        records by the file, the story, they were written in.  Raises
        ``KeyError`` when the dataset holds no record with that id.
        """
        return self._origins[record if isinstance(record, str) else record.id].file

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

    @functools.cached_property
    def index(self) -> Index:
        """The references between the records, read backwards (built on first use).

        :class:`~newsmodel.index.Index` answers the responses to an
        allegation, the allegations against an actor and its parts, what
        cites a report, what supersedes a record...:
        ``dataset.index.responses_to("hombori-killing-of-50-civilians")``.
        """
        from newsmodel.index import Index  # noqa: PLC0415

        return Index(self)
