"""Tests of newsmodel.reading.yaml_spec: YAML as the spec says, or a problem.

Each construct that libyaml reads differently from the YAML 1.2 spec (found by
the YAML test suite, ``test_reading_conformance.py``) has a regression test
here: read as the spec says by both readers, or refused by the event reader at
its exact line and column, and left by the fast reader to the event reader.
Look-alikes that libyaml reads right are read as before.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsmodel
from builders import MINIMAL
from newsmodel.limits import DEFAULT_LIMITS
from newsmodel.reading import ParseFailure, parse_yaml, read_yaml_plain
from newsmodel.reading.yaml_spec import may_be_misread

READ_AS_THE_SPEC_SAYS = [
    ("- ! 12\n- ! '12'\n- 12\n", ["12", "12", 12]),  # the non-specific tag: a string
    ("a: ! true\n", {"a": "true"}),
    ("foo: |\n  x\n   ", {"foo": "x\n \n"}),  # a last line of spaces, without a break
    ("- |+\n   ", ["\n"]),
    ("a: |+\n  x\n\n  ", {"a": "x\n\n\n"}),
]


@pytest.mark.parametrize(("text", "expected"), READ_AS_THE_SPEC_SAYS)
def test_both_readers_read_what_libyaml_misreads_as_the_spec_says(text: str, expected: Any) -> None:
    assert parse_yaml(text).plain() == expected
    assert read_yaml_plain(text, DEFAULT_LIMITS) in (None, expected)


REFUSED = [
    # Valid YAML that libyaml reads as other data: NM116.
    ("key: &an:chor value\n", "NM116", 1, 6, "name anchors with letters"),
    ("{ ?foo: bar }\n", "NM116", 1, 3, "quote it: '?foo'"),
    ("- [?x]\n", "NM116", 1, 4, "quote it: '?x'"),
    # Invalid YAML that libyaml accepts: NM102.
    ('key: "value"# comment\n', "NM102", 1, 13, "put a space before '#'"),
    ("a: [ a, b, c, ]#invalid\n", "NM102", 1, 16, "put a space before '#'"),
    ("a: [ a, b, c,#invalid\n  ]\n", "NM102", 1, 14, "put a space before '#'"),
    ("block: ># comment\n  scalar\n", "NM102", 1, 9, "put a space before '#'"),
    ("%YAML 1.1#...\n---\na: 1\n", "NM102", 1, 10, "put a space before '#'"),
    ("a: [-]\n", "NM102", 1, 5, "quote it: '-'"),
    ("- [a, -]\n", "NM102", 1, 7, "quote it: '-'"),
    ("flow: [a,\nb,\nc]\n", "NM102", 2, 1, "indent the line with at least 1 space"),
    ("a:\n  b: [a,\n  c]\n", "NM102", 3, 3, "indent the line with at least 3 spaces"),
    ('quoted: "a\nb\nc"\n', "NM102", 2, 1, "indent the line with at least 1 space"),
    ('foo: "bar\n\tbaz"\n', "NM102", 2, 1, "indent the line with at least 1 space"),
    ("- [\n\tfoo,\n foo\n ]\n", "NM102", 2, 1, "indent the line with at least 1 space"),
    ("a: >\n \n  \n   \n # comment\n", "NM102", 5, 1, "remove the spaces"),
]


@pytest.mark.parametrize(("text", "code", "line", "column", "hint"), REFUSED)
def test_what_libyaml_misreads_or_wrongly_accepts_is_one_problem_at_its_place(
    text: str, code: str, line: int, column: int, hint: str
) -> None:
    with pytest.raises(ParseFailure) as raised:
        parse_yaml(text)
    [problem] = raised.value.problems
    assert (problem.code, problem.line, problem.column) == (code, line, column)
    assert hint in str(problem.hint)
    assert read_yaml_plain(text, DEFAULT_LIMITS) is None


def test_loads_reports_the_problem_at_its_place() -> None:
    with pytest.raises(newsmodel.ValidationError) as raised:
        newsmodel.loads(MINIMAL + "x: &an:chor value\n", file="a.yaml")
    [problem] = raised.value.problems
    line = MINIMAL.count("\n") + 1
    assert (problem.code, problem.file) == ("NM116", "a.yaml")
    assert (problem.line, problem.column) == (line, 4)


LOOK_ALIKES = [
    ('a: "x"  # ok\nb: [a, b]  # ok\n', {"a": "x", "b": ["a", "b"]}),
    ("a: [a,\n  b]\n", {"a": ["a", "b"]}),
    ("- [a,\n b]\n", [["a", "b"]]),
    ('a: "x\n  y"\n', {"a": "x y"}),
    ("[a,\nb]\n", ["a", "b"]),  # at the top, any indentation
    ('a: |\n  x # not a comment\n  y"#z\n', {"a": 'x # not a comment\ny"#z\n'}),
    ('a: \'#\'\nb: "x" # c "d"#e\n', {"a": "#", "b": "x"}),
    ('# say "x"#y\na: 1\n', {"a": 1}),
    ("a: &an-chor_1 x\nb: *an-chor_1\n", {"a": "x", "b": "x"}),
    ("{? a: b}\n", {"a": "b"}),
    ("[a, -b, --]\n", ["a", "-b", "--"]),
    ("a: Tom & Jerry, AT&T, *very*\n", {"a": "Tom & Jerry, AT&T, *very*"}),
    ("a: >\n\n  x\n", {"a": "\nx\n"}),
]


@pytest.mark.parametrize(("text", "expected"), LOOK_ALIKES)
def test_look_alikes_that_libyaml_reads_right_are_read(text: str, expected: Any) -> None:
    assert parse_yaml(text).plain() == expected
    assert read_yaml_plain(text, DEFAULT_LIMITS) in (None, expected)


def test_the_fast_readers_test_passes_ordinary_text() -> None:
    assert not may_be_misread(MINIMAL + "actors:\n- id: a\n  name: 'It''s #1'  # note\n")
    assert may_be_misread("a: ! 12\n")
