"""The types the reference documents, and how it names a field's type.

:func:`model_types` finds every attrs class of a bundle file; :class:`TypeNames`
renders a field's type as words with links to the reference's sections
(``list of [ids](#id) of [actor](#actor)s, at least 1``), naming each scalar
type as its module in :mod:`newsmodel.types` labels it.
"""

from __future__ import annotations

import typing
from collections.abc import Iterable, Mapping
from typing import Any

import attrs

from newsmodel.model import RECORD_TYPES, _model_types, _unwrapped
from newsmodel.types import Id, scalar_type
from newsmodel.vocab import Term

__all__ = ["TypeNames", "field_types", "leaf_types", "model_types"]


def model_types() -> tuple[type, ...]:
    """Return every attrs class of a bundle file: :class:`Bundle`, records, then value types.

    Value types are listed in the order they are first met, walking the
    records' fields in declaration order, so a new value type appears in the
    reference without anyone listing it.
    """
    return _model_types()


def field_types(cls: type) -> dict[str, Any]:
    """Return the resolved types of a class's fields, by name."""
    return typing.get_type_hints(cls)


def leaf_types(type_: Any) -> Iterable[Any]:
    """Yield the plain types a field type is made of (``tuple[Term, ...] | None`` -> ``Term``)."""
    type_ = _unwrapped(type_)
    args = typing.get_args(type_)
    if args:
        for arg in args:
            if arg is not Ellipsis:
                yield from leaf_types(arg)
    else:
        yield type_


class TypeNames:
    """Renders field types as Markdown with links to the reference's sections."""

    def __init__(self, vocabulary_page: str, schema_page: str = "") -> None:
        self.vocabulary_page = vocabulary_page
        self.schema_page = schema_page

    def __call__(self, type_: Any, metadata: Mapping[str, Any]) -> str:
        """Name a field's type, given the field's metadata (``ref``, ``min_items``...)."""
        inner = _unwrapped(type_)
        origin = typing.get_origin(inner)
        if origin is tuple:
            item = typing.get_args(inner)[0]
            text = "list of " + self.single(item, metadata, plural=True)
            if metadata.get("min_items"):
                text += f", at least {metadata['min_items']}"
            return text
        if origin in (dict, Mapping) or origin is typing.get_origin(Mapping[str, str]):
            key, value = typing.get_args(inner)
            return f"mapping of {self.single(key, {})} to {self.single(value, {})}"
        return self.single(inner, metadata)

    def single(self, type_: Any, metadata: Mapping[str, Any], *, plural: bool = False) -> str:
        """Name one type; ``plural`` for the items of a list."""
        s = "s" if plural else ""
        if type_ is Id and metadata.get("ref"):
            kind = str(metadata["ref"])
            target = RECORD_TYPES.get(kind)
            name = f"[{kind}]({self.schema_page}#{target.__name__.lower()})" if target else kind
            return f"[id{s}]({self.schema_page}#id) of {name}{s}"
        scalar = scalar_type(type_)
        shown = None if scalar is None else scalar.plural if plural else scalar.label
        if scalar is not None and scalar.name is not None:
            return f"[{shown}]({self.schema_page}#{scalar.anchor})"
        if isinstance(type_, type) and issubclass(type_, Term):
            return f"[{type_.__name__}]({self.vocabulary_page}#{type_.__name__.lower()}) term{s}"
        if attrs.has(type_):
            return f"[{type_.__name__}]({self.schema_page}#{type_.__name__.lower()}){s}"
        text = shown or getattr(type_, "__name__", str(type_)) + s
        low, high = metadata.get("minimum"), metadata.get("maximum")
        if low is not None and high is not None:
            text += f", {low} to {high}"
        elif low is not None:
            text += f", at least {low}"
        elif high is not None:
            text += f", at most {high}"
        return text
