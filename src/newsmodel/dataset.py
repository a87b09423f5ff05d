"""A dataset: the records of many bundles, indexed by id.

Ids are unique across a whole dataset, so that one file can refer to an
actor defined in another.  :class:`Dataset` merges bundles, refuses
duplicate ids, and looks records up by id and kind.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import Any, TypeVar, overload

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
from newsmodel.problems import Problem, ValidationError

__all__ = ["Dataset"]

_R = TypeVar("_R", Report, Actor, Document, Allegation, Response, Event)


class Dataset:
    """Records of one or more bundles, looked up by id.

    >>> dataset = Dataset([bundle_a, bundle_b])   # doctest: +SKIP
    >>> dataset["mali"].name                       # doctest: +SKIP
    'Mali'

    Raises :class:`~newsmodel.problems.ValidationError` (``NM401``) when two
    records share an id.
    """

    def __init__(self, bundles: Iterable[Bundle] = ()) -> None:
        self._records: dict[str, Record] = {}
        problems: list[Problem] = []
        for bundle in bundles:
            for record in bundle.records():
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
