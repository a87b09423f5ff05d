"""The canonical YAML writer (most of its behaviour is tested through ``dumps`` in test_io)."""

from __future__ import annotations

from newsmodel.writing.yaml import yaml_text


def test_the_empty_string_is_quoted() -> None:
    # The model has no empty strings: test the writer.
    assert yaml_text("").startswith("''")
