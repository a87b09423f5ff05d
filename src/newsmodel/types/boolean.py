"""Truth values: ``true`` or ``false``, never ``yes`` or ``1``."""

from __future__ import annotations

from typing import Any

from newsmodel.types.base import Inline, ScalarType, wrong_type

__all__ = ["BOOLEAN", "check_boolean"]


def check_boolean(value: object) -> bool:
    """Return ``value`` if it is ``True`` or ``False``."""
    if not isinstance(value, bool):
        raise wrong_type("a boolean", value)
    return value


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.booleans()


BOOLEAN = ScalarType(
    annotation=bool,
    python=bool,
    name=None,
    label="boolean",
    plural="booleans",
    doc="`true` or `false`.",
    check=check_boolean,
    schema=lambda: {"type": "boolean"},
    fast=Inline(statements="if {v}.__class__ is not bool:\n    raise _Decline"),
    strategy=_strategy,
)
