"""JSON and JSON Lines text: orjson where installed, the standard library otherwise."""

from __future__ import annotations

import json

import pytest

from newsmodel.writing import json as writing_json


@pytest.mark.parametrize(
    "value",
    [0.0, -0.0, 1.5, 15.3, 123.456, 0.0001, 1e15, 1e16, 1.2e30, 5e-324, 1.7976931348623157e308],
)
def test_orjson_and_the_standard_library_write_the_same_json(
    value: float, monkeypatch: pytest.MonkeyPatch
) -> None:
    pytest.importorskip("orjson")
    data = {"a": [value, -value, 2**63 - 1], "é": {"b": [], "c": {}}, "d": '\x00\x1f\u2028😀"\\'}
    fast = writing_json.indented_json(data)
    monkeypatch.setattr(writing_json, "_orjson", None)
    assert (
        fast
        == writing_json.indented_json(data)
        == json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    )


def test_json_lines_are_one_compact_line_a_value_with_unicode_kept() -> None:
    text = writing_json.json_lines([{"schema_version": 2}, {"type": "actor", "name": "Mali é"}])
    assert text == '{"schema_version": 2}\n{"type": "actor", "name": "Mali é"}\n'
