"""NM330: a vocabulary term ``other`` asks for the notes of the value holding it.

``other`` says only that no term fits; what the source calls the thing goes
in ``notes``.  The fields that may hold ``other`` are read from the model:
every field whose vocabulary has the term, of every record or value that has
``notes``, so a new field or vocabulary is covered without a list.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import attrs

from newsmodel._wording import title
from newsmodel.model import _items_of, _model_types, _unwrapped
from newsmodel.rules.found import Found, found
from newsmodel.vocab import Term

__all__ = ["NOTED_FIELDS", "OTHER", "other_without_notes"]

#: The term that asks for notes.
OTHER = "other"


def _noted_fields() -> dict[type, tuple[str, ...]]:
    """For each class with ``notes``, its fields whose vocabulary has the term ``other``."""
    noted: dict[type, tuple[str, ...]] = {}
    for cls in _model_types():
        fields = attrs.fields(cls)
        if "notes" not in attrs.fields_dict(cls):
            continue
        names = []
        for field in fields:
            item = _unwrapped(field.type)
            item = _items_of(item) or item
            if isinstance(item, type) and issubclass(item, Term) and OTHER in item.values():
                names.append(field.name)
        if names:
            noted[cls] = tuple(names)
    return noted


#: The fields that may hold ``other``, by class (only classes that have ``notes``).
NOTED_FIELDS: Mapping[type, tuple[str, ...]] = _noted_fields()


def other_without_notes(value: Any) -> Found:
    """Report the first field of ``value`` holding ``other`` while ``value`` has no notes."""
    if value.notes is not None:
        return []
    for name in NOTED_FIELDS[type(value)]:
        held = getattr(value, name)
        if held == OTHER or (isinstance(held, tuple) and OTHER in held):
            path = (name,) if held == OTHER else (name, held.index(OTHER))
            return [
                found(
                    path,
                    "NM330",
                    f"{name} is 'other' but the {title(type(value))} has no notes",
                    "say in notes what the source calls it",
                )
            ]
    return []
