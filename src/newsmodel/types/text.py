"""Text: a string with at least one character that is not white space."""

from __future__ import annotations

from typing import Any

from newsmodel.types.base import Fault, Inline, ScalarType, wrong_type

__all__ = ["TEXT", "check_text"]


def check_text(value: object) -> str:
    """Return ``value`` if it is a string that is not empty or blank."""
    if not isinstance(value, str):
        raise wrong_type("a string", value)
    if not value or value.isspace():
        raise Fault("NM204", "the string is empty", "give a value, or leave the field out")
    return value


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.text(min_size=1, max_size=40).map(lambda text: "x" + text if text.isspace() else text)


TEXT = ScalarType(
    annotation=str,
    python=str,
    name=None,
    label="string",
    plural="strings",
    doc="Text with at least one character that is not white space.",
    check=check_text,
    schema=lambda: {"type": "string", "minLength": 1, "pattern": r"\S"},
    fast=Inline(
        statements="if {v}.__class__ is not str or not {v} or {v}.isspace():\n    raise _Decline"
    ),
    strategy=_strategy,
    unique_items=True,
)
