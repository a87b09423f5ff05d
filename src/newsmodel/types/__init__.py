"""Scalar types: one module per type, and the registry that every part of newsmodel reads.

Each module of this package defines one :class:`ScalarType`: its check, with
the problem code, message and hint; its JSON Schema fragment; its reference
text; the fast path's inline check; and its hypothesis strategy.  The
converter, the compiled fast path, the JSON Schema, the reference docs, the
strategies and :func:`newsmodel.check` find a field's type in :data:`SCALAR_TYPES`
and use what it declares, so nothing about a type is written twice.

Adding a type: write a module like ``newsmodel.types.url`` (a ``NewType``
for the annotation, a check raising :class:`Fault`, a schema, an
:class:`Inline` check, a strategy), add it to :data:`SCALAR_TYPES` below, and
annotate fields with it.  The tests in ``tests/types/`` run every registered
type through the same properties.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType
from typing import Any

from newsmodel.types.base import (
    Decline,
    Fault,
    FrozenDict,
    Inline,
    ScalarType,
    describe,
    wrong_type,
)
from newsmodel.types.amount import AMOUNT, Amount
from newsmodel.types.boolean import BOOLEAN
from newsmodel.types.country import COUNTRY_CODE, CountryCode
from newsmodel.types.currency import CURRENCY, Currency
from newsmodel.types.date import DATE
from newsmodel.types.duration import DURATION, Duration
from newsmodel.types.id import ID, Id
from newsmodel.types.identifiers import IDENTIFIERS, Identifiers
from newsmodel.types.integer import INTEGER
from newsmodel.types.language import LANGUAGE_TAG, LanguageTag
from newsmodel.types.number import NUMBER
from newsmodel.types.text import TEXT
from newsmodel.types.url import URL, Url
from newsmodel.types.value import VALUE, Value

__all__ = [
    "SCALAR_TYPES",
    "Amount",
    "CountryCode",
    "Currency",
    "Decline",
    "Duration",
    "Fault",
    "FrozenDict",
    "Id",
    "Identifiers",
    "Inline",
    "LanguageTag",
    "ScalarType",
    "Url",
    "Value",
    "describe",
    "scalar_type",
    "wrong_type",
]

#: Every scalar type, by the annotation fields use; the checked string types with a
#: definition of their own (``name``) come in the order the reference lists them.
SCALAR_TYPES: Mapping[Any, ScalarType] = MappingProxyType(
    {
        scalar.annotation: scalar
        for scalar in (
            TEXT,
            INTEGER,
            NUMBER,
            BOOLEAN,
            ID,
            COUNTRY_CODE,
            LANGUAGE_TAG,
            URL,
            DATE,
            DURATION,
            CURRENCY,
            AMOUNT,
            VALUE,
            IDENTIFIERS,
        )
    }
)


def scalar_type(annotation: Any) -> ScalarType | None:
    """Return the scalar type of a field annotation (``Id``, ``str``...), or ``None``."""
    try:
        return SCALAR_TYPES.get(annotation)
    except TypeError:  # an unhashable annotation is no scalar type
        return None
