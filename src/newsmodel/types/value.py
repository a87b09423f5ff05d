"""Variant values: one string, integer, number or truth value, kept as written.

A :class:`~newsmodel.model.Variant` holds a value that one source gives for a
field of a record (a date, a figure, a title, a duration).  Which type the
value must have depends on the field the variant names, so this type accepts
any scalar, and the converter then checks the value against that field's own
type (:func:`newsmodel.rules.values` runs that check on every variant).
"""

from __future__ import annotations

import math
from typing import Any, NewType

from newsmodel.types.base import Fault, Inline, ScalarType, describe

__all__ = ["VALUE", "Value", "check_value"]

Value = NewType("Value", object)
"""A string, integer, number or boolean, as written (the value of a variant)."""


def check_value(value: object) -> Value:
    """Return ``value`` if it is one scalar: a string, a number or a boolean."""
    if isinstance(value, (str, int)) or (isinstance(value, float) and math.isfinite(value)):
        return Value(value)
    raise Fault(
        "NM203",
        f"expected one value (text, a number or true/false), got {describe(value)}",
        "give a single value as the field it names would hold it",
    )


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.one_of(
        st.text(min_size=1, max_size=20).filter(str.strip),
        st.integers(-(10**9), 10**9),
        st.booleans(),
    ).map(Value)


VALUE = ScalarType(
    annotation=Value,
    python=(str, int, float, bool),
    name="Value",
    label="value",
    plural="values",
    doc="One value as the named field would hold it: text, a number or `true`/`false`.",
    check=check_value,
    schema=lambda: {"title": "Value", "type": ["string", "number", "boolean"]},
    fast=Inline(
        statements="if {v}.__class__ not in _value_classes:\n    raise _Decline",
        names={"_value_classes": frozenset({str, int, bool})},
    ),
    strategy=_strategy,
)
