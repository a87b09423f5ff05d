"""Numbers: finite floats, and integers that a float holds exactly."""

from __future__ import annotations

import math
from typing import Any

from newsmodel.types.base import Fault, Inline, ScalarType, wrong_type

__all__ = ["NUMBER", "check_number"]


def check_number(value: object) -> float:
    """Return ``value`` as a float if it is a finite number that a float holds exactly."""
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise wrong_type("a number", value)
    if isinstance(value, int):
        # An integer where a number is expected is kept only if a float holds it exactly.
        try:
            exact = float(value)
        except OverflowError:
            exact = math.inf
        if exact != value:
            raise Fault(
                "NM110",
                f"the integer {value} cannot be kept exactly as a number",
                "give a smaller number",
            )
        return exact
    if not math.isfinite(value):
        raise Fault(
            "NM110",
            f"{value} is not a finite number",
            "give a finite number, or leave the field out",
        )
    return float(value)


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.floats(allow_nan=False, allow_infinity=False)


NUMBER = ScalarType(
    annotation=float,
    python=float,
    name=None,
    label="number",
    plural="numbers",
    doc="A finite number (`12.5`); an integer is read as the same number.",
    check=check_number,
    schema=lambda: {"type": "number"},
    # x - x is 0 for a finite float, NaN otherwise; anything else goes through the check.
    fast=Inline(
        statements="if {v}.__class__ is not float or {v} - {v} != 0:\n    {v} = _number_check({v})",
        names={"_number_check": check_number},
    ),
    strategy=_strategy,
)
