"""Integers: whole numbers, never a boolean and never a number with a fraction."""

from __future__ import annotations

from typing import Any

from newsmodel.types.base import Fault, Inline, ScalarType, wrong_type

__all__ = ["INTEGER", "check_integer"]


def check_integer(value: object) -> int:
    """Return ``value`` if it is an integer (``true`` and ``11.0`` are not)."""
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            raise Fault(
                "NM203", f"expected an integer, got the number {value!r}", f"write {int(value)}"
            )
        raise wrong_type("an integer", value)
    return value


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.integers(min_value=0, max_value=10**6)


INTEGER = ScalarType(
    annotation=int,
    python=int,
    name=None,
    label="integer",
    plural="integers",
    doc="A whole number, written without a fraction (`12`, not `12.0`).",
    check=check_integer,
    schema=lambda: {"type": "integer"},
    fast=Inline(statements="if {v}.__class__ is not int:\n    raise _Decline"),
    strategy=_strategy,
)
