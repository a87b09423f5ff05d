"""NM402, NM403, NM405: references resolve to a record of the right kind.

:func:`links` reads, once per class, which fields of a record or value hold
references (the ``ref`` metadata of the model) or nested values to walk.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel._wording import article, closest
from newsmodel.model import _items_of, _unwrapped
from newsmodel.rules.index import Entry, Find, Origin
from newsmodel.rules.values import Path

__all__ = ["Link", "Reference", "field_type", "item_type", "links", "resolve"]

Link = tuple[str, str | None, bool]
"""A field that holds references or nested values: (name, ref kind, is a tuple)."""


@attrs.define(slots=True)
class Reference:
    """One id named by a record, where, and the kind of record it must name."""

    target: str
    kind: str
    origin: Origin
    path: Path
    field: str


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


def resolve(
    reference: Reference, entry: Entry | None, index: Mapping[str, Entry], find: Find
) -> None:
    """Mark the record a reference names as used, or report why it does not resolve."""
    kind = reference.kind
    if entry is not None:
        entry.used = True
    if entry is None:
        code = "NM405" if reference.field == "report" else "NM402"
        candidates = [key for key, value in index.items() if value.kind == kind]
        close = closest(reference.target, candidates)
        find(
            reference.origin,
            reference.path,
            code,
            f"no {kind} has the id {reference.target!r}",
            f"did you mean {close!r}?" if close else f"define {article(kind)} with this id",
        )
    elif entry.kind != kind:
        find(
            reference.origin,
            reference.path,
            "NM403",
            f"{reference.target!r} is {article(entry.kind)}, but {reference.field} "
            f"must name {article(kind)}",
            f"name {article(kind)} here",
        )
