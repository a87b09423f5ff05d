"""Tests of newsmodel.reading.nodes: values that keep their positions."""

from __future__ import annotations

from newsmodel.reading import parse_yaml


def test_node_locate_finds_values_keys_and_the_nearest_existing_node() -> None:
    root = parse_yaml("a:\n- id: x\n  kind: state\n")
    assert root.locate(("a", 0, "kind")) == (3, 9)
    assert root.locate(("a", 0, "kind"), key=True) == (3, 3)
    assert root.locate(("a", 0, "name")) == (2, 3)  # missing: the record it belongs to
    assert root.locate(("a", 5)) == (2, 1)  # index out of range: the list
    assert root.locate(()) == (1, 1)


def test_node_plain_gives_plain_python_data() -> None:
    root = parse_yaml("a: [1, {b: null}]\n")
    plain = root.plain()
    assert plain == {"a": [1, {"b": None}]}
    assert type(plain["a"]) is list
