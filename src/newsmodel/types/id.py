"""Record ids: how records name each other, unique across a whole dataset."""

from __future__ import annotations

import re
import unicodedata
from typing import Any, NewType

from newsmodel._wording import short
from newsmodel.types.base import Decline, Fault, Inline, ScalarType
from newsmodel.types.text import check_text

__all__ = ["ID", "Id", "check_id"]

Id = NewType("Id", str)
"""A record id: lowercase ASCII letters and digits in words joined by single
hyphens, 1 to 100 characters (``malian-security-forces``)."""

MAX_LENGTH = 100
PATTERN = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")


def check_id(value: object) -> Id:
    """Return ``value`` if it is a record id; the hint gives the nearest valid id."""
    text = check_text(value)
    if len(text) > MAX_LENGTH or not PATTERN.match(text):
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        words = re.findall(r"[a-z0-9]+", ascii_text.lower())
        suggestion = "-".join(words)[:MAX_LENGTH].rstrip("-")
        raise Fault(
            "NM301",
            f"{short(text)} is not a valid id: use lowercase letters and digits, "
            f"words joined by single hyphens, at most {MAX_LENGTH} characters",
            f"write {suggestion!r}" if suggestion else None,
        )
    return Id(text)


#: Ids checked by the fast path, remembered (ids repeat: every reference); at most
#: ``_REMEMBERED``, all forgotten when full.
_SEEN: set[str] = set()
_REMEMBERED = 4096


def _fast_id(value: Any) -> None:
    if value.__class__ is not str or len(value) > MAX_LENGTH or PATTERN.match(value) is None:
        raise Decline
    if len(_SEEN) >= _REMEMBERED:
        _SEEN.clear()
    _SEEN.add(value)


WORDS = (
    "mali", "moura", "hombori", "minusma", "un", "voa", "army", "forces", "ministry",
    "foreign", "affairs", "report", "note", "killings", "denial", "statement", "2022", "q2",
)  # fmt: skip


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    words = st.lists(st.sampled_from(WORDS), min_size=1, max_size=4)
    return words.map(lambda parts: Id("-".join(parts)))


ID = ScalarType(
    annotation=Id,
    python=str,
    name="Id",
    label="id",
    plural="ids",
    doc="A record id: lowercase ASCII letters and digits in words joined by single hyphens, "
    f"1 to {MAX_LENGTH} characters (`malian-security-forces`). Unique across the whole "
    "dataset: other records refer to the record by it.",
    check=check_id,
    schema=lambda: {
        "title": "Id",
        "description": "A record id: lowercase ASCII letters and digits in words "
        f"joined by single hyphens, 1 to {MAX_LENGTH} characters "
        "(malian-security-forces). Unique across the whole dataset.",
        "type": "string",
        "minLength": 1,
        "maxLength": MAX_LENGTH,
        "pattern": "^" + PATTERN.pattern.removesuffix(r"\Z") + "$",
    },
    fast=Inline(
        statements="if {v}.__class__ is not str or {v} not in _id_seen:\n    _id_check({v})",
        names={"_id_seen": _SEEN, "_id_check": _fast_id},
    ),
    strategy=_strategy,
    unique_items=True,
)
