"""Loading a dataset for an export: refuse one with errors, or keep only what is valid.

:func:`load_for_export` reads files and folders and checks them as
``newsmodel validate`` does.  By default a dataset with any error is refused
(:class:`RefusedError`, a :class:`~newsmodel.problems.ValidationError`
carrying every problem).  With
``only_valid=True`` every record with an error is left out instead, and so is
every record left referring to one left out (checked again until none is),
and :class:`Loaded` says which: an export of what remains is then valid on its
own.  Warnings never stop an export.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Sequence

import attrs

from newsmodel.dataset import Dataset, Validator, discover
from newsmodel.limits import Limits
from newsmodel.model import RECORD_TYPES, SCHEMA_VERSION, Bundle, Record
from newsmodel.problems import Problem, Severity, ValidationError
from newsmodel.rules import Origin

__all__ = ["Loaded", "RefusedError", "load_for_export"]

#: How many times the records left are checked again, at most, in ``only_valid`` mode.
_ROUNDS = 20


@attrs.frozen
class Loaded:
    """A dataset read for an export, and what was left out of it."""

    dataset: Dataset
    #: Every problem found on reading (errors included, with ``only_valid``).
    problems: tuple[Problem, ...] = ()
    #: The records left out (``only_valid``), one line each: kind, id and its first error.
    left_out: tuple[str, ...] = ()
    #: Records left out that could not even be read as records (no id to name).
    unreadable: int = 0


class RefusedError(ValidationError):
    """A dataset refused for its errors: every problem, and how much was read."""

    def __init__(self, problems: Iterable[Problem], *, files: int, records: int) -> None:
        super().__init__(problems)
        self.files = files
        """The data files read."""
        self.records = records
        """The records read, valid or not."""


def load_for_export(
    paths: Sequence[str | os.PathLike[str]],
    *,
    only_valid: bool = False,
    limits: Limits | None = None,
) -> Loaded:
    """Read ``paths`` as one dataset, as ``newsmodel validate`` checks it.

    Raises :class:`RefusedError` (a :class:`~newsmodel.problems.ValidationError`)
    when the dataset has errors, unless ``only_valid``: then the records with
    errors are left out, and :attr:`Loaded.left_out` names them.
    """
    validator = Validator(keep=True, limits=limits)
    files, problems = discover(paths)
    for problem in problems:  # a path that could not be read may define any id
        validator._add_unread(problem.file)
    for file in files:
        validator.add_file(file)
    problems = [*problems, *validator.finish()]
    kept = validator._kept()
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if not errors:
        return Loaded(_dataset(kept), tuple(problems))
    if not only_valid or any(p.code == "NM100" for p in errors):
        raise RefusedError(problems, files=len(files), records=validator.records)
    left_out: list[str] = []
    for _ in range(_ROUNDS):
        faulty = _faulty(kept, limits)
        if not faulty:
            break
        left_out.extend(
            f"{type(record).__name__} {record.id}: {problem.code} {problem.message}"
            for record, problem in faulty
        )
        gone = {id(record) for record, _ in faulty}
        kept = [(record, file) for record, file in kept if id(record) not in gone]
    unreadable = max(validator.records - len(kept) - len(left_out), 0)
    return Loaded(_dataset(kept), tuple(problems), tuple(left_out), unreadable)


def _faulty(
    kept: Iterable[tuple[Record, str | None]], limits: Limits | None
) -> list[tuple[Record, Problem]]:
    """Return each record that has an error among ``kept``, with its first error."""
    by_file: dict[str | None, dict[str, list[Record]]] = {}
    for record, file in kept:
        kind = _KIND_OF[type(record)] + "s"
        by_file.setdefault(file, {}).setdefault(kind, []).append(record)
    validator = Validator(limits=limits)
    bundles: dict[str | None, dict[str, list[Record]]] = {}
    for file, fields in by_file.items():
        bundle = Bundle(
            schema_version=SCHEMA_VERSION,
            **{name: tuple(records) for name, records in fields.items()},  # type: ignore[arg-type]
        )
        validator.add_bundle(bundle, file=file)
        bundles[file] = fields
    found: dict[int, tuple[Record, Problem]] = {}
    for problem in validator.finish():
        if problem.severity is not Severity.ERROR:
            continue
        at = _record_at(bundles.get(problem.file, {}), problem.path)
        if at is not None and id(at) not in found:
            found[id(at)] = (at, problem)
    return list(found.values())


def _record_at(fields: dict[str, list[Record]], path: str) -> Record | None:
    """Return the record a JSONPath (``$.allegations[2].accused[0]``) starts in."""
    head, _, rest = path.removeprefix("$.").partition("[")
    index, _, _ = rest.partition("]")
    records = fields.get(head)
    if records is None or not index.isdigit() or int(index) >= len(records):
        return None
    return records[int(index)]


_KIND_OF = {cls: kind for kind, cls in RECORD_TYPES.items()}


def _dataset(kept: Iterable[tuple[Record, str | None]]) -> Dataset:
    dataset = Dataset()
    dataset._index((record, Origin(file, ())) for record, file in kept)
    return dataset
