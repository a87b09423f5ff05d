"""NM402, NM403, NM405: references resolve to a record of the right kind.

:func:`links` reads, once per class, which fields of a record or value hold
references (the ``ref`` metadata of the model) or nested values to walk.

A reference that resolves to nothing gets a "did you mean" from
:class:`Suggestions`: the ids of the expected kind sorted, and sorted again
written backwards, so that the ids that share the longest beginning or the
longest ending with the unknown one are found by bisection.  A typo keeps
one of the two (``malli`` for ``mali`` shares ``mal``; ``nali`` shares
``ali``), and each suggestion costs a few comparisons, not one per id.
"""

from __future__ import annotations

import bisect
from typing import Any

import attrs

from newsmodel._codecache import attrs_methods
from newsmodel._wording import article, closest
from newsmodel.model import _items_of, _unwrapped
from newsmodel.rules.found import Path
from newsmodel.rules.index import Entry, Findings, InvalidEntry, Origin

__all__ = [
    "Link",
    "Reference",
    "Suggestions",
    "field_type",
    "item_type",
    "links",
    "resolve",
    "unresolved",
]

Link = tuple[str, str | None, bool]
"""A field that holds references or nested values: (name, ref kind, is a tuple)."""


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


@attrs.define(slots=True)
class Reference:
    """One id named by a record, where, and the kind of record it must name."""

    target: str
    kind: str
    origin: Origin
    path: Path
    field: str


_ATTRS_METHODS.close()


_LINKS: dict[type, tuple[Link, ...]] = {}


def links(cls: type) -> tuple[Link, ...]:
    """For each field that holds references or nested values: (name, ref kind, is a tuple).

    The ref kind is ``None`` for a nested value type, which is walked in turn.
    """
    known = _LINKS.get(cls)
    if known is not None:
        return known
    attrs.resolve_types(cls)
    found: list[Link] = []
    for field in attrs.fields(cls):
        item, many = item_type(field.type)
        kind = field.metadata.get("ref")
        if kind is not None:
            found.append((field.name, kind, many))
        elif attrs.has(item):
            found.append((field.name, None, many))
    _LINKS[cls] = tuple(found)
    return _LINKS[cls]


def field_type(cls: type, name: str) -> Any:
    """Return the declared type of field ``name`` of the attrs class ``cls``."""
    return attrs.fields_dict(cls)[name].type


def item_type(type_: Any) -> tuple[Any, bool]:
    """``tuple[X, ...]`` -> (X, True); ``X | None`` -> (X, False)."""
    item = _items_of(type_)
    return (item, True) if item is not None else (_unwrapped(type_), False)


class Suggestions:
    """Ids like an unknown one, found among the ids of one kind in a bounded time.

    Built once, when the first reference to the kind fails to resolve.
    """

    #: Ids taken on each side of the unknown one, in each of the two orders.
    NEIGHBOURS = 8

    def __init__(self, ids: list[str]) -> None:
        self._forward = sorted(ids)
        self._backward = sorted(i[::-1] for i in ids)

    def closest(self, target: str) -> str | None:
        """Return the id most like ``target``, if one is close enough to suggest."""
        near = self._near(self._forward, target)
        near += [i[::-1] for i in self._near(self._backward, target[::-1])]
        return closest(target, near)

    def _near(self, ids: list[str], target: str) -> list[str]:
        at = bisect.bisect_left(ids, target)
        return ids[max(0, at - self.NEIGHBOURS) : at + self.NEIGHBOURS]


def resolve(reference: Reference, entry: Entry, find: Findings) -> None:
    """Mark the record a reference names as used, or report it being of the wrong kind."""
    entry.used = True
    if entry.kind != reference.kind and not (isinstance(entry, InvalidEntry) and not entry.kind):
        kind = reference.kind
        find(
            reference.origin,
            reference.path,
            "NM403",
            f"{reference.target!r} is {article(entry.kind)}, but {reference.field} "
            f"must name {article(kind)}",
            f"name {article(kind)} here",
        )


def unresolved(reference: Reference, suggest: Suggestions, find: Findings) -> None:
    """Report a reference that names no record, with the closest id of its kind."""
    if find.full(reference.origin, "NM402"):
        return
    kind = reference.kind
    close = suggest.closest(reference.target)
    find(
        reference.origin,
        reference.path,
        "NM405" if reference.field == "report" else "NM402",
        f"no {kind} has the id {reference.target!r}",
        f"did you mean {close!r}?" if close else f"define {article(kind)} with this id",
    )
