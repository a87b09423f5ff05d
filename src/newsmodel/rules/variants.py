"""NM331-NM333: a record's variants name its fields, hold their kind of value, prefer one.

A :class:`~newsmodel.model.Variant` names a field from the record
(``published``, ``counts[0].best``, ``steps[2].date``):

- NM331: the path names a field of the record, and an item that exists
  (``counts[3]`` of a record with two counts names none), down to one value;
- NM332: the value is what the field holds: it is structured as the field's
  type by the converter, which checks it as it would in the field itself (a
  list field takes a list, the whole list a source gives, or one item: a
  source's one accused);
- NM333: at most one variant of a field is ``preferred``.
"""

from __future__ import annotations

from typing import Any

import attrs

from newsmodel._patterns import lazy
from newsmodel.dates import PartialDate
from newsmodel.model import _items_of, _unwrapped
from newsmodel.rules.found import Found, found

__all__ = ["check_variants", "referenced"]

_STEP = lazy(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")


def check_variants(record: Any) -> Found:
    """Check the ``variants`` of one record."""
    if not record.variants:
        return []
    problems: Found = []
    preferred: set[str] = set()
    for number, variant in enumerate(record.variants):
        type_, fault = _resolve(record, variant.field, whole=isinstance(variant.value, tuple))
        if fault is not None:
            problems.append(
                found(
                    ("variants", number, "field"),
                    "NM331",
                    f"the variant names {variant.field!r}: {fault}",
                    "name a field as the record holds it: published, counts[0].best",
                )
            )
            continue
        wrong = _wrong_value(variant.value, type_)
        if wrong is not None:
            message, hint = wrong
            problems.append(
                found(
                    ("variants", number, "value"),
                    "NM332",
                    f"the value for {variant.field} is not what the field holds: {message}",
                    hint or "write the value as the field itself would hold it",
                )
            )
        if variant.preferred:
            if variant.field in preferred:
                problems.append(
                    found(
                        ("variants", number, "preferred"),
                        "NM333",
                        f"a second variant of {variant.field} is preferred",
                        "prefer one value of a field; say why in its notes",
                    )
                )
            preferred.add(variant.field)
    return problems


def _resolve(record: Any, path: str, *, whole: bool = False) -> tuple[Any, str | None]:
    """Return the type of the value ``path`` names in ``record``, or why it names none.

    A list field named without an index is the whole list when ``whole`` (the
    variant gives a list), else one of its items.
    """
    value: Any = record
    type_: Any = type(record)
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        if match is None:
            return None, f"{step!r} is not a field name"
        if not (isinstance(type_, type) and attrs.has(type_)) or type_ is PartialDate:
            return None, "the value before it has no fields"
        name, at = match[1], match[2]
        field = attrs.fields_dict(type_).get(name)
        if field is None:
            return None, f"{type_.__name__} has no field {name!r}"
        value = getattr(value, name) if value is not None else None
        type_ = _unwrapped(field.type)
        item = _items_of(type_)
        if at is not None:
            if item is None:
                return None, f"{name} is not a list"
            if value is None or int(at) >= len(value):
                return None, f"{name} has no item {at}"
            value, type_ = value[int(at)], item
        elif item is not None and not whole:
            type_ = item  # a variant of one item of a list (one of the accused)
    if isinstance(type_, type) and attrs.has(type_) and type_ is not PartialDate:
        return None, "it holds fields, not one value; name one of them"
    return type_, None


def _wrong_value(value: Any, type_: Any) -> tuple[str, str | None] | None:
    """Return the message and hint of the first problem of ``value`` as a ``type_``."""
    # The converter's module imports the checks of this package: import it when used.
    from newsmodel.codec.converter import structure, structure_problems  # noqa: PLC0415

    try:
        structure(list(value) if isinstance(value, tuple) else value, type_)
    except Exception as error:  # every failure of structuring is a problem
        for _, _, problem in structure_problems(error):
            return problem.message, problem.hint
        return str(error), None
    return None


def referenced(record: Any) -> list[tuple[str, str, tuple[str | int, ...]]]:
    """Return the ids the variants of ``record`` name, with their kind and path.

    A variant of a reference field (``accused``, ``publisher``) names records as the
    field does; the dataset rules check that they exist and count them as used.
    """
    found_ids: list[tuple[str, str, tuple[str | int, ...]]] = []
    for number, variant in enumerate(record.variants):
        kind = _reference_kind(type(record), variant.field)
        if kind is None:
            continue
        value = variant.value
        items = enumerate(value) if isinstance(value, tuple) else ((None, value),)
        for index, item in items:
            if isinstance(item, str):
                path = ("variants", number, "value")
                found_ids.append((item, kind, path if index is None else (*path, index)))
    return found_ids


def _reference_kind(cls: type, path: str) -> str | None:
    """Return the kind of record the field ``path`` of ``cls`` refers to, if it is a reference."""
    kind = None
    for step in path.split("."):
        match = _STEP.fullmatch(step)
        if match is None or not attrs.has(cls):
            return None
        field = attrs.fields_dict(cls).get(match[1])
        if field is None:
            return None
        kind = field.metadata.get("ref")
        type_ = _unwrapped(field.type)
        cls = _items_of(type_) or type_
    return kind if isinstance(kind, str) else None
