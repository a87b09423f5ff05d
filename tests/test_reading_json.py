"""Tests of newsmodel.reading.json: the JSON reader with positions."""

from __future__ import annotations

import json
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel.limits import DEFAULT_LIMITS
from newsmodel.problems import Problem
from newsmodel.reading import Node, ParseFailure, parse_json, parse_yaml

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def json_failure(text: str, **options: Any) -> list[Problem]:
    with pytest.raises(ParseFailure) as raised:
        parse_json(text, **options)
    return raised.value.problems


def spots(problems: list[Problem]) -> list[tuple[str, int | None, int | None]]:
    return [(problem.code, problem.line, problem.column) for problem in problems]


# --------------------------------------------------------------------------
# JSON reader
# --------------------------------------------------------------------------

_BMP = st.characters(max_codepoint=0xFFFF, exclude_categories=["Cs"])
json_values: st.SearchStrategy[Any] = st.recursive(
    st.none()
    | st.booleans()
    | st.integers(min_value=-(10**30), max_value=10**30)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(_BMP, max_size=12),
    lambda children: (
        st.lists(children, max_size=4)
        | st.dictionaries(st.text(_BMP, max_size=8), children, max_size=4)
    ),
    max_leaves=25,
)


def _nodes(node: Node) -> list[Node]:
    found = [node]
    if isinstance(node.value, dict):
        for child in node.value.values():
            found.extend(_nodes(child))
    elif isinstance(node.value, list):
        for child in node.value:
            found.extend(_nodes(child))
    return found


def _offset(text: str, line: int, column: int) -> int:
    starts = [0] + [index + 1 for index, char in enumerate(text) if char == "\n"]
    return starts[line - 1] + column - 1


@settings(deadline=None)
@given(
    json_values,
    st.sampled_from([None, 0, 2, "\t"]),
    st.booleans(),
)
def test_json_positions_point_at_the_values_json_loads_reads(
    value: Any, indent: int | str | None, ascii_only: bool
) -> None:
    text = json.dumps(value, indent=indent, ensure_ascii=ascii_only)
    root = parse_json(text)
    assert root.plain() == json.loads(text)
    decoder = json.JSONDecoder()
    for node in _nodes(root):
        found, _ = decoder.raw_decode(text, _offset(text, node.line, node.column))
        assert found == node.plain()
        for key, (line, column) in (node.keys or {}).items():
            assert decoder.raw_decode(text, _offset(text, line, column))[0] == key


@settings(deadline=None)
@given(json_values, st.sampled_from([None, 2]))
def test_yaml_and_json_readers_agree_with_json_loads_on_json_text(
    value: Any, indent: int | None
) -> None:
    text = json.dumps(value, indent=indent)
    assert parse_json(text).plain() == json.loads(text)
    assert parse_yaml(text).plain() == json.loads(text)


@pytest.mark.parametrize(
    ("text", "line", "column", "message"),
    [
        ('{"a": 1,}', 1, 9, "expected a string key"),
        ('{"a" 1}', 1, 6, "expected ':'"),
        ("[1 2]", 1, 4, "expected ',' or ']'"),
        ('{"a": 1 "b": 2}', 1, 9, "expected ',' or '}'"),
        ('{"a": tru}', 1, 7, "unexpected character"),
        ("[01]", 1, 3, "expected ',' or ']'"),
        ('{"a":\n  "unterminated}', 2, 3, "Unterminated string"),
        ('{"a": "x\ty"}', 1, 9, "Invalid control character"),
        ("[1, 2", 1, 6, "expected ',' or ']'"),
        ('{"a": ', 1, 7, "unexpected end"),
        ("{} {}", 1, 4, "extra data"),
        ("{'a': 1}", 1, 2, "expected a string key"),
    ],
)
def test_json_syntax_errors_have_positions(text: str, line: int, column: int, message: str) -> None:
    [problem] = json_failure(text)
    assert (problem.code, problem.line, problem.column) == ("NM102", line, column)
    assert message in problem.message


def test_json_extra_data_hint_points_to_json_lines() -> None:
    [problem] = json_failure('{"a": 1}\n{"a": 2}\n')
    assert problem.hint is not None
    assert ".jsonl" in problem.hint


@pytest.mark.parametrize("text", ["", "  \n\t"])
def test_json_without_data_gives_nm107(text: str) -> None:
    assert [p.code for p in json_failure(text)] == ["NM107"]


def test_json_duplicate_key_gives_nm103_at_the_second_key() -> None:
    text = '{\n  "name": "Mali",\n  "kind": "state",\n  "name": "Mali2"\n}'
    [problem] = json_failure(text)
    assert (problem.code, problem.line, problem.column) == ("NM103", 4, 3)
    assert "line 2" in problem.message


def test_json_parse_problems_carry_the_path_of_their_value() -> None:
    assert [p.path for p in json_failure('{"a": [{"b": 1, "b": 2}]}')] == ["$.a[0].b"]
    assert [p.path for p in json_failure('{"a": [1, NaN]}')] == ["$.a[1]"]
    assert [p.path for p in json_failure('{"a": {"b c": 1e400}}')] == ["$.a['b c']"]
    assert [p.path for p in json_failure('{"a": [1, x]}')] == ["$.a[1]"]


def test_json_first_line_shifts_line_numbers() -> None:
    [problem] = json_failure('{"a": 1, "a": 2}', first_line=7, file="x.jsonl")
    assert (problem.file, problem.line, problem.column) == ("x.jsonl", 7, 10)
    assert parse_json('{"a": [1]}', first_line=7).value["a"].line == 7


def test_json_nested_too_deep_gives_nm111_at_the_deepest_collection() -> None:
    limit = DEFAULT_LIMITS.max_depth
    assert spots(json_failure("[" * (limit + 1) + "]" * (limit + 1))) == [("NM111", 1, limit + 1)]
    assert spots(json_failure('{"a":' * 5000 + "1" + "}" * 5000)) == [("NM111", 1, 5 * limit + 1)]
    assert parse_json("[" * limit + "]" * limit).line == 1


def test_json_crlf_line_endings_keep_positions() -> None:
    node = parse_json('{\r\n  "a": [\r\n    1\r\n  ]\r\n}\r\n')
    assert node.keys == {"a": (2, 3)}
    assert (node.value["a"].value[0].line, node.value["a"].value[0].column) == (3, 5)


def test_json_numbers_keep_their_type() -> None:
    assert parse_json("[1, 1.0, -0, 1e2, 12345678901234567890]").plain() == [
        1,
        1.0,
        0,
        100.0,
        12345678901234567890,
    ]
    assert [type(v) for v in parse_json("[1, 1.0, true]").plain()] == [int, float, bool]


# --------------------------------------------------------------------------
# Nodes
# --------------------------------------------------------------------------


def test_json_nan_infinity_and_huge_integers_give_nm110() -> None:
    huge = "9" * 4301
    assert spots(json_failure(f'{{"a": {huge}}}')) == [("NM110", 1, 7)]
    assert spots(json_failure('{"a": NaN}')) == [("NM110", 1, 7)]
    assert spots(json_failure('{"a": -Infinity}')) == [("NM110", 1, 7)]
    assert spots(json_failure('{"a": 1e999}')) == [("NM110", 1, 7)]
