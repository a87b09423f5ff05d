"""Variant values: a string, integer, number or truth value, or a list of them, as written.

A :class:`~newsmodel.model.Variant` holds a value that one source gives for a
field of a record (a date, a figure, a title, a duration, the list of the
accused).  Which type the value must have depends on the field the variant
names, so this type accepts any scalar or list of scalars, and the value is
then checked against that field's own type by the rules of
:mod:`newsmodel.rules`.  A list is held as a tuple, as lists are everywhere
in the model, and written back as a list.
"""

from __future__ import annotations

import math
from typing import Any, NewType

from newsmodel.types.base import Fault, Inline, ScalarType, describe

__all__ = ["VALUE", "Value", "check_value"]

Value = NewType("Value", object)
"""A string, integer, number or boolean, or a tuple of them, as written (a variant's value)."""


def _scalar(value: object) -> bool:
    return isinstance(value, (str, int)) or (isinstance(value, float) and math.isfinite(value))


def check_value(value: object) -> Value:
    """Return ``value`` if it is a scalar, or a list of scalars (as a tuple)."""
    if _scalar(value):
        return Value(value)
    if isinstance(value, (list, tuple)) and all(map(_scalar, value)):
        return Value(tuple(value))
    raise Fault(
        "NM203",
        f"expected a value as its field holds it (text, a number, true/false or a list of "
        f"them), got {describe(value)}",
        "write the value as the field it names would hold it",
    )


def _plain(value: Any) -> Any:
    return list(value) if isinstance(value, tuple) else value


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    scalar = st.one_of(
        st.text(min_size=1, max_size=20).filter(str.strip),
        st.integers(-(10**9), 10**9),
        st.booleans(),
    )
    return st.one_of(scalar, st.lists(scalar, max_size=4).map(tuple)).map(Value)


VALUE = ScalarType(
    annotation=Value,
    python=(str, int, float, bool, tuple),
    name="Value",
    label="value",
    plural="values",
    doc="A value as the named field would hold it: text, a number, `true`/`false`, or a "
    "list of them for a field that holds a list.",
    check=check_value,
    schema=lambda: {
        "title": "Value",
        "anyOf": [
            {"type": ["string", "number", "boolean"]},
            {"type": "array", "items": {"type": ["string", "number", "boolean"]}},
        ],
    },
    fast=Inline(
        statements="if {v}.__class__ not in _value_classes:\n    {v} = _value_check({v})",
        names={
            "_value_classes": frozenset({str, int, bool}),
            "_value_check": check_value,
            "_value_plain": _plain,
        },
        plain="_value_plain({v})",
    ),
    strategy=_strategy,
    unstructure=_plain,
)
