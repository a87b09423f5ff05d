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

from newsmodel.dataset import Dataset, Validator, _run
from newsmodel.limits import Limits
from newsmodel.model import RECORD_TYPES, Bundle, Record, bundle_of
from newsmodel.problems import Problem, Severity, ValidationError

__all__ = ["Loaded", "RefusedError", "load_for_export"]

#: How many times the records left are checked again, at most, in ``only_valid`` mode.
_ROUNDS = 20


@attrs.frozen
class Loaded:
    """A dataset read for an export, and what was left out of it."""

    dataset: Dataset
    #: The data files read.
    files: int
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
    run = _run(paths, keep=True, limits=limits)
    problems, kept = run.problems, run.kept
    errors = [p for p in problems if p.severity is Severity.ERROR]
    if not errors:
        return Loaded(Dataset._of(kept), run.files, tuple(problems))
    if not only_valid or any(p.code == "NM100" for p in errors):
        raise RefusedError(problems, files=run.files, records=run.records)
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
    unreadable = max(run.records - len(kept) - len(left_out), 0)
    return Loaded(Dataset._of(kept), run.files, tuple(problems), tuple(left_out), unreadable)


def _faulty(
    kept: Iterable[tuple[Record, str | None]], limits: Limits | None
) -> list[tuple[Record, Problem]]:
    """Return each record that has an error among ``kept``, with its first error."""
    by_file: dict[str | None, list[Record]] = {}
    for record, file in kept:
        by_file.setdefault(file, []).append(record)
    bundles = {file: bundle_of(records) for file, records in by_file.items()}
    validator = Validator(limits=limits)
    for file, bundle in bundles.items():
        validator.add_bundle(bundle, file=file)
    found: dict[int, tuple[Record, Problem]] = {}
    for problem in validator.finish():
        if problem.severity is not Severity.ERROR:
            continue
        at = _record_at(bundles.get(problem.file), problem.path)
        if at is not None and id(at) not in found:
            found[id(at)] = (at, problem)
    return list(found.values())


#: The fields of a bundle that hold records (``allegations``...).
_LISTS = frozenset(kind + "s" for kind in RECORD_TYPES)


def _record_at(bundle: Bundle | None, path: str) -> Record | None:
    """Return the record a JSONPath (``$.allegations[2].accused[0]``) starts in."""
    head, _, rest = path.removeprefix("$.").partition("[")
    index, _, _ = rest.partition("]")
    if bundle is None or head not in _LISTS or not index.isdigit():
        return None
    records: tuple[Record, ...] = getattr(bundle, head)
    return records[int(index)] if int(index) < len(records) else None
