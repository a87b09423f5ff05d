"""The schema reference names every field of every model type, read from the code."""

from __future__ import annotations

import sys

import attrs

from newsmodel import render
from newsmodel.index import REFERENCES
from newsmodel.model import RECORD_TYPES, Bundle
from rendering import model_fields


def _all_attrs_classes_of_model() -> set[type]:
    module = sys.modules["newsmodel.model"]
    return {
        value
        for value in vars(module).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__
    }


def test_model_types_cover_every_attrs_class_of_the_model() -> None:
    types = render.model_types()
    assert types[0] is Bundle
    assert set(types[1:8]) == set(RECORD_TYPES.values())
    assert set(types) == _all_attrs_classes_of_model()


def test_schema_reference_names_every_field_with_type_default_and_description() -> None:
    text = render.schema_reference()
    for cls in render.model_types():
        assert f"### {cls.__name__}\n" in text
    for cls, field in model_fields():
        rows = [line for line in text.splitlines() if line.startswith(f"| `{field.name}` |")]
        assert rows, f"{cls.__name__}.{field.name} is missing"
        doc = str(field.metadata["doc"])
        expected = render.markdown_from_docstring(doc).split("(")[0].strip()
        assert any(expected in row for row in rows), (cls.__name__, field.name)
        required = field.default is attrs.NOTHING
        assert any(("**required**" in row) == required for row in rows), field.name
    for name in ("Id", "CountryCode", "LanguageTag", "Url", "PartialDate"):
        assert f"### {name} {{ #" in text


def test_schema_reference_links_coded_fields_to_their_vocabulary() -> None:
    text = render.schema_reference(vocabulary_page="vocab.md")
    assert "[Stance](vocab.md#stance) term" in text
    assert "list of [ids](#id) of [actor](#actor)s, at least 1" in text
    assert "integer, -90 to 90" not in text  # latitude is a number
    assert "number, -90 to 90" in text
    assert "`unverified`" in text  # a default shown as written in files


def test_schema_reference_names_the_way_back_of_every_reference() -> None:
    text = render.schema_reference()
    section = text.split("## References between records\n", 1)[1].split("\n## ", 1)[0]
    for reference in REFERENCES:
        row = f"| [`{reference}`](#{reference.owner.__name__.lower()}) | [{reference.kind}]("
        assert row in section, reference
        line = next(line for line in section.splitlines() if line.startswith(row))
        assert line.endswith(f"| `{reference.reverse}` |"), line
