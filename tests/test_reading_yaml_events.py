"""Tests of newsmodel.reading.yaml_events: the strict YAML 1.2-core reader.

The YAML traps of the brief each have one test here, at the reader and
through ``newsmodel.loads``: the Norway problem, unquoted dates, YAML 1.1
booleans, alias bombs, object-constructing tags, merge keys, duplicate keys,
several documents, non-string keys and unrepresentable numbers.
"""

from __future__ import annotations

import os
import subprocess
import time
from pathlib import Path
from typing import Any

import pytest
import yaml

import newsmodel
from builders import bundle_yaml, only_problem, problems_of, where
from newsmodel.codec.converter import make_converter, structure_problems
from newsmodel.dates import PartialDate
from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.problems import Problem
from newsmodel.reading import ParseFailure, parse_yaml

# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def yaml_failure(text: str, **options: Any) -> list[Problem]:
    with pytest.raises(ParseFailure) as raised:
        parse_yaml(text, **options)
    return raised.value.problems


def spots(problems: list[Problem]) -> list[tuple[str, int | None, int | None]]:
    return [(problem.code, problem.line, problem.column) for problem in problems]


def actor(country: str) -> str:
    return bundle_yaml(
        f"""\
        actors:
        - id: norway
          name: Norway
          kind: state
          country: {country}
        """
    )


# --------------------------------------------------------------------------
# YAML traps: one test each
# --------------------------------------------------------------------------


def test_trap_norway_problem_country_no_stays_the_string_no() -> None:
    assert parse_yaml("country: NO").plain() == {"country": "NO"}
    bundle = newsmodel.loads(actor("NO"))
    assert bundle.actors[0].country == "NO"
    # PyYAML's own YAML 1.1 loader would have read False: the trap is real.
    assert yaml.safe_load("country: NO") == {"country": False}


def test_trap_unquoted_date_stays_a_string_and_loads_as_partial_date() -> None:
    assert parse_yaml("published: 2022-07-13").plain() == {"published": "2022-07-13"}
    text = bundle_yaml("").replace("  title: Mali", "  published: 2022-07-13\n  title: Mali")
    report = newsmodel.loads(text).reports[0]
    assert report.published == PartialDate("2022-07-13")
    assert type(report.published) is PartialDate


def test_trap_yaml11_booleans_are_strings_and_no_booleans_in_a_bool_context() -> None:
    words = ["yes", "no", "on", "off", "y", "n", "Yes", "NO", "On", "OFF"]
    assert parse_yaml("[" + ", ".join(words) + "]").plain() == words
    # Only true/false (and their capitalised forms) are booleans in YAML 1.2 core.
    assert parse_yaml("[true, false, True, FALSE]").plain() == [True, False, True, False]

    with pytest.raises(ValueError, match="expected a boolean") as raised:
        make_converter().structure("yes", bool)
    [(path, at_key, problem)] = list(structure_problems(raised.value))
    assert (path, at_key, problem.code) == ((), False, "NM203")
    assert problem.hint is not None
    assert "true or false" in problem.hint


def test_trap_alias_bomb_is_rejected_with_nm105_quickly() -> None:
    levels = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
    for number in range(1, 10):
        name, previous = f"a{number}", "a" if number == 1 else f"a{number - 1}"
        levels.append(f"{name}: &{name} [" + ", ".join([f"*{previous}"] * 9) + "]")
    text = "\n".join(levels) + "\n"  # 9**10 strings when expanded
    start = time.perf_counter()
    problems = yaml_failure(text)
    assert time.perf_counter() - start < 1.0
    assert [problem.code for problem in problems] == ["NM105"]
    assert problems[0].line is not None
    assert problems[0].column is not None
    assert [problem.code for problem in problems_of(text)] == ["NM105"]


def test_trap_aliases_within_the_limit_are_expanded() -> None:
    node = parse_yaml("a: &x [1, 2]\nb: *x\nc: *x\n")
    assert node.plain() == {"a": [1, 2], "b": [1, 2], "c": [1, 2]}
    assert parse_yaml("a: &x 1\nb: *x\nc: *x\n", limits=Limits(max_aliases=2)).plain() == {
        "a": 1,
        "b": 1,
        "c": 1,
    }
    assert [
        p.code for p in yaml_failure("a: &x [1]\nb: *x\nc: *x\n", limits=Limits(max_aliases=1))
    ] == ["NM105"]


def test_trap_python_tags_construct_nothing(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capfd: pytest.CaptureFixture[str]
) -> None:
    calls: list[tuple[Any, ...]] = []

    def record(*args: Any, **_: Any) -> int:
        calls.append(args)
        return 0

    monkeypatch.setattr(os, "system", record)
    monkeypatch.setattr(subprocess, "Popen", record)
    marker = tmp_path / "pwned"
    text = (
        "schema_version: 2\n"
        'a: !!python/object/apply:os.system ["echo pwned"]\n'
        f'b: !!python/object/apply:os.system ["touch {marker}"]\n'
        "c: !!python/name:os.system\n"
        "d: !!python/object/new:subprocess.Popen [[touch, x]]\n"
    )
    problems = yaml_failure(text)
    assert spots(problems) == [("NM104", 2, 4), ("NM104", 3, 4), ("NM104", 4, 4), ("NM104", 5, 4)]
    assert all(problem.hint for problem in problems)
    assert {p.code for p in problems_of(text)} == {"NM104"}
    assert calls == []
    assert not marker.exists()
    assert "pwned" not in capfd.readouterr().out


@pytest.mark.parametrize(
    "value",
    [
        "!!binary aGVsbG8=",
        "!!timestamp 2022-07-13",
        "!!set {a, b}",
        "!!omap [a: 1]",
        "!custom x",
        "!<tag:example.com,2024:thing> x",
    ],
)
def test_trap_non_core_tags_give_nm104(value: str) -> None:
    problems = yaml_failure(f"key: {value}\n")
    assert spots(problems) == [("NM104", 1, 6)]


def test_trap_core_tags_are_checked_not_trusted() -> None:
    assert parse_yaml("[!!str 1984, !!int '12', !!float 1, !!null '', !!bool true]").plain() == [
        "1984",
        12,
        1.0,
        None,
        True,
    ]
    assert spots(yaml_failure("a: !!int twelve")) == [("NM102", 1, 4)]
    assert spots(yaml_failure("a: !!bool yes")) == [("NM102", 1, 4)]


@pytest.mark.parametrize(
    "value", ["!!float 1" + "0" * 309, "!!float 9007199254740993", "!!float 1e400", "!!int 1e400"]
)
def test_core_tags_on_numbers_a_float_cannot_keep_give_one_nm110(value: str) -> None:
    [problem] = yaml_failure(f"a: {value}")
    assert (problem.code, problem.line, problem.column) == ("NM110", 1, 4)
    assert "64-bit float" in problem.message
    assert "quote it" in str(problem.hint)


def test_trap_merge_keys_give_nm109() -> None:
    text = "base: &base {name: Mali}\nactor:\n  <<: *base\n  kind: state\n"
    problem = only_parse_problem(text)
    assert (problem.code, problem.line, problem.column) == ("NM109", 3, 3)
    # A quoted "<<" is an ordinary key, not a merge.
    assert parse_yaml("'<<': x").plain() == {"<<": "x"}


def test_trap_duplicate_keys_give_nm103_at_the_second_key() -> None:
    text = "schema_version: 2\nactors:\n- id: mali\n  name: Mali\n  kind: state\n  name: Mali2\n"
    problem = only_parse_problem(text)
    assert (problem.code, problem.line, problem.column) == ("NM103", 6, 3)
    assert "line 4" in problem.message
    assert where(only_problem(text)) == ("NM103", "$.actors[0].name", 6, 3)


def test_trap_multiple_documents_give_nm106() -> None:
    text = "schema_version: 2\n---\nschema_version: 2\n"
    assert spots(yaml_failure(text)) == [("NM106", 2, 1)]
    assert where(only_problem(text)) == ("NM106", "$", 2, 1)
    # One explicit document is fine.
    assert parse_yaml("---\nschema_version: 2\n...\n").plain() == {"schema_version": 2}


@pytest.mark.parametrize(
    ("text", "column"),
    [("1: x", 1), ("true: x", 1), ("null: x", 1), ("1.5: x", 1), ("? [a, b]\n: x", 3)],
)
def test_trap_non_string_keys_give_nm108(text: str, column: int) -> None:
    assert spots(yaml_failure("ok: 1\n" + text)) == [("NM108", 2, column)]


def test_trap_nan_infinity_and_huge_integers_give_nm110() -> None:
    place = """\
        events:
        - id: arrest
          kind: arrest
          summary: Soldiers were arrested.
          places:
          - name: Bamako
            latitude: {value}
            longitude: 1
          citations: [{{report: voa}}]
        """
    for value in (".nan", ".inf", "-.Inf", ".NaN"):
        problem = only_problem(bundle_yaml(place.format(value=value)))
        assert where(problem) == ("NM110", "$.events[0].places[0].latitude", 11, 15)
    huge = "9" * 4301
    assert spots(yaml_failure(f"a: {huge}")) == [("NM110", 1, 4)]
    assert parse_yaml(f"a: {'9' * 4300}").plain() == {"a": int("9" * 4300)}


def only_parse_problem(text: str) -> Problem:
    problems = yaml_failure(text)
    assert len(problems) == 1, problems
    return problems[0]


# --------------------------------------------------------------------------
# YAML reader
# --------------------------------------------------------------------------


def test_yaml_positions_of_values_and_keys_are_one_based() -> None:
    node = parse_yaml("a:\n  - x\n  - {b: 2}\n")
    assert (node.line, node.column) == (1, 1)
    assert node.keys == {"a": (1, 1)}
    items = node.value["a"].value
    assert [(item.line, item.column) for item in items] == [(2, 5), (3, 5)]
    assert items[1].keys == {"b": (3, 6)}


def test_yaml_syntax_error_has_position_and_hints() -> None:
    assert spots(yaml_failure("title: [unclosed\n")) == [("NM102", 2, 1)]
    for text, line in (("a:\n\tb: 1\n", 2), ("a:\n  b: 1\n\tc: 2\n", 3)):
        [tab] = yaml_failure(text)
        assert (tab.code, tab.line, tab.hint) == ("NM102", line, "indent with spaces, not tabs")
    [colon] = yaml_failure('title: Mali: a "denial"\n')
    assert (colon.code, colon.line, colon.column) == ("NM102", 1, 12)
    assert (
        colon.message
        == "the value of 'title' holds ': ', which YAML reads as the start of a mapping"
    )
    assert colon.hint == 'quote the value: title: "Mali: a \\"denial\\""'


@pytest.mark.parametrize(
    ("text", "line", "column", "message", "hint"),
    [
        ("a: 1\n b: 2\n", 2, 2, "'b' is indented 1 space more than 'a' on line 1",
         "indent 'b:' like 'a:' (at column 1)"),
        ("actors:\n- id: mali\n\n   name: Mali\n", 4, 4,
         "'name' is indented 1 space more than 'id' on line 2",
         "indent 'name:' like 'id:' (at column 3)"),
        ("a:\n  x: 1\n    y: 2\n", 3, 5, "'y' is indented 2 spaces more than 'x' on line 2",
         "indent 'y:' like 'x:' (at column 3)"),
    ],
)  # fmt: skip
def test_a_key_indented_too_far_is_reported_at_the_key_with_the_column_to_move_it_to(
    text: str, line: int, column: int, message: str, hint: str
) -> None:
    [problem] = yaml_failure(text)
    assert (problem.code, problem.line, problem.column) == ("NM102", line, column)
    assert problem.message.startswith(message)
    assert problem.hint == hint


@pytest.mark.parametrize(
    ("text", "line", "column", "quote"),
    [('a: "open\nb: 2\nc: 3\n', 1, 4, '"'), ("a: b\nc: 'it is\nd: 1\n", 2, 4, "'")],
)
def test_an_unclosed_quote_is_reported_where_it_opens(
    text: str, line: int, column: int, quote: str
) -> None:
    [problem] = yaml_failure(text)
    assert (problem.code, problem.line, problem.column) == ("NM102", line, column)
    assert problem.message == (
        f"the quoted string that starts here is never closed (no {quote} after it)"
    )
    assert problem.hint == f"close it: end the value with {quote}"


def test_yaml_control_character_is_reported_at_its_position() -> None:
    [problem] = yaml_failure('a: 1\nb: "éé\x07"\n')
    assert (problem.code, problem.line, problem.column) == ("NM102", 2, 7)
    assert "#x0007" in problem.message


def test_yaml_lone_surrogate_is_reported_not_raised() -> None:
    [problem] = yaml_failure("a: 1\nb: x\ud800\n")
    assert (problem.code, problem.line, problem.column) == ("NM101", 2, 5)


@pytest.mark.parametrize("text", ["", "# only a comment\n", "\n\n"])
def test_yaml_without_data_gives_nm107(text: str) -> None:
    assert spots(yaml_failure(text)) == [("NM107", 1, 1)]


def test_yaml_nested_too_deep_gives_nm111_at_the_deepest_collection() -> None:
    limit = DEFAULT_LIMITS.max_depth
    nested = "[" * (limit + 1) + "]" * (limit + 1)
    assert spots(yaml_failure(nested)) == [("NM111", 1, limit + 1)]
    assert parse_yaml("[" * limit + "]" * limit).line == 1
    block = "".join("  " * level + "a:\n" for level in range(limit)) + "  " * limit + "a: 1\n"
    assert spots(yaml_failure(block)) == [("NM111", limit + 1, 2 * limit + 1)]
    # Deeper than libyaml's own limit: still NM111, never a crash.
    assert [p.code for p in yaml_failure("[" * 2000 + "]" * 2000)] == ["NM111"]
    assert parse_yaml("[[1]]", limits=Limits(max_depth=2)).plain() == [[1]]
    assert [p.code for p in yaml_failure("[[1]]", limits=Limits(max_depth=1))] == ["NM111"]


def test_yaml_problems_carry_the_file_name() -> None:
    [problem] = yaml_failure("a: 1\na: 2\n", file="data/mali.yaml")
    assert problem.file == "data/mali.yaml"


def test_yaml_collects_several_problems_in_one_pass() -> None:
    text = "a: 1\na: 2\n1: x\nc: !!python/name:os.system\n"
    assert spots(yaml_failure(text)) == [("NM103", 2, 1), ("NM108", 3, 1), ("NM104", 4, 4)]


def test_yaml_parse_problems_carry_the_path_of_their_value() -> None:
    text = (
        "actors:\n"
        "- id: mali\n"
        "  name: Mali\n"
        "  name: Mali2\n"
        "  aliases: [a, !!python/name:os.system , " + "9" * 4301 + "]\n"
        "  1: one\n"
        "  <<: {kind: state}\n"
    )
    assert [(p.code, p.path) for p in yaml_failure(text)] == [
        ("NM103", "$.actors[0].name"),
        ("NM104", "$.actors[0].aliases[1]"),
        ("NM110", "$.actors[0].aliases[2]"),
        ("NM108", "$.actors[0]"),
        ("NM109", "$.actors[0]"),
    ]


# --------------------------------------------------------------------------
# Plain scalars: the YAML 1.2 core schema
# --------------------------------------------------------------------------
