"""Amounts: a figure as written, an integer kept as an integer and a decimal as a float.

Money, distances and other quantities are printed as ``100000`` or ``2.5``;
an amount keeps the integer an integer, so that a file is written back as it
was read (a plain number field would turn ``100000`` into ``100000.0``).
"""

from __future__ import annotations

import math
from typing import Any, NewType

from newsmodel.types.base import Fault, Inline, ScalarType, wrong_type

__all__ = ["AMOUNT", "Amount", "check_amount"]

Amount = NewType("Amount", float)
"""A finite, non-negative number: an integer stays an integer (``100000``, ``2.5``)."""


def check_amount(value: object) -> Amount:
    """Return ``value`` if it is a finite number of zero or more, keeping its class."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise wrong_type("a number", value)
    if isinstance(value, float) and not math.isfinite(value):
        raise Fault("NM110", f"{value} is not a finite number", "give a finite number")
    if value < 0:
        raise Fault(
            "NM110",
            f"the amount {value} is negative",
            "give the amount as a positive figure; say what it is in the quantity's words",
        )
    return Amount(value)


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.one_of(
        st.integers(0, 10**12),
        st.floats(0, 1e12, allow_nan=False, allow_infinity=False),
    ).map(Amount)


AMOUNT = ScalarType(
    annotation=Amount,
    python=(int, float),
    name="Amount",
    label="amount",
    plural="amounts",
    doc="A finite number of zero or more (`100000`, `2.5`); an integer is kept an integer.",
    check=check_amount,
    schema=lambda: {"title": "Amount", "type": "number", "minimum": 0},
    fast=Inline(
        statements="if ({v}.__class__ is not int and ({v}.__class__ is not float or "
        "{v} - {v} != 0)) or {v} < 0:\n    raise _Decline",
    ),
    strategy=_strategy,
)
