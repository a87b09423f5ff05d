"""The model's classes, as the converter, fast path, schema and docs find them."""

from __future__ import annotations

import typing

import attrs

from newsmodel.model import RECORD_TYPES, Bundle, _model_types


def test_field_types_are_resolved_as_typing_resolves_them() -> None:
    # _model_types resolves each distinct annotation once, in the model's namespace;
    # typing.get_type_hints, which attrs.resolve_types calls, must agree field by field.
    classes = _model_types()
    assert classes[0] is Bundle
    assert set(RECORD_TYPES.values()) <= set(classes)
    for cls in classes:
        hints = typing.get_type_hints(cls)
        for field in attrs.fields(cls):
            assert field.type == hints[field.name], (cls.__name__, field.name)
        assert (
            getattr(cls, "__attrs_types_resolved__", None) is cls
        )  # marked: attrs.resolve_types does nothing more


def test_every_value_type_is_found_once() -> None:
    classes = _model_types()
    assert len(classes) == len(set(classes))
    assert _model_types() is classes
    for cls in classes:
        for field in attrs.fields(cls):
            inner = typing.get_args(field.type) or (field.type,)
            for type_ in inner:
                if attrs.has(type_) and type_.__name__ != "PartialDate":
                    assert type_ in classes, (cls.__name__, field.name)
