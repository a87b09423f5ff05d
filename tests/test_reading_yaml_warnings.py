"""Tests of newsmodel.reading.yaml_warnings: YAML other readers may read otherwise.

NM117 warns of plain values that a YAML 1.1 reader (PyYAML) reads as another
value than newsmodel's YAML 1.2 core schema; NM118 of a comment one space after
a plain value (``name: Trooper #1``).  Both are warnings: loading goes on.
"""

from __future__ import annotations

import contextlib
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from builders import MINIMAL, bundle_yaml
from newsmodel.cli import main
from newsmodel.problems import Problem, Severity
from newsmodel.reading import ParseFailure, parse_yaml, yaml_events, yaml_warnings
from newsmodel.reading.yaml_warnings import Warner, may_warn, misread


def warnings_of(value: str) -> list[Problem]:
    return yaml_warnings(f"a: {value}\n", file="a.yaml")


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("017", "write 17"),
        ("-017", "write -17"),
        ("08", "write 8"),
        ("0o17", "write 15"),
        ("0b101", "quote it: '0b101'"),
        ("+0x1F", "quote it: '+0x1F'"),
        ("1_000", "quote it: '1_000'"),
        ("1:20", "quote it: '1:20'"),
        ("10:30", "quote it: '10:30'"),
        ("1:20.5", "quote it: '1:20.5'"),
        ("1e3", "write 1000.0"),
        ("1.5e3", "write 1500.0"),
        ("1e20", "write 1.0e+20"),
        *((word, f"quote it: '{word}'") for word in ["yes", "No", "ON", "off", "y", "N"]),
    ],
)
def test_values_yaml_11_reads_otherwise_warn_with_a_fix_every_reader_agrees_on(
    value: str, hint: str
) -> None:
    [warning] = warnings_of(value)
    assert (warning.code, warning.severity) == ("NM117", Severity.WARNING)
    assert (warning.file, warning.line, warning.column, warning.path) == ("a.yaml", 1, 4, "$.a")
    assert str(warning.hint).startswith(hint)
    assert "YAML 1.1" in warning.message


@pytest.mark.parametrize(
    "value",
    ["~", "null", "true", "False", "0x1F", "17", "0", "-0", "1.5", ".5", "1.5e+3", ".inf",
     "2022-07-13", "'yes'", '"017"', "Norway", "1.2.3", "12:30 local", "yes please"],
)  # fmt: skip
def test_values_both_read_alike_do_not_warn(value: str) -> None:
    assert warnings_of(value) == []


def test_a_comment_one_space_after_a_plain_value_warns_at_the_hash() -> None:
    text = "name: Trooper #1\n"
    [warning] = yaml_warnings(text)
    assert (warning.code, warning.line, warning.column, warning.path) == ("NM118", 1, 15, "$.name")
    assert warning.hint == (
        "quote it if '#1' belongs to the value: name: \"Trooper #1\"; "
        "put two spaces before a comment"
    )


@pytest.mark.parametrize(
    "text",
    [
        'name: "Trooper #1"\n',
        "name: Trooper  #1\n",
        "name: Trooper#1\n",
        "- a  # note\n- b\t# note\n",
        "body: |\n  Trooper #1\n",
        "# a comment #1\n",
    ],
)
def test_quoted_values_and_two_spaces_do_not_warn(text: str) -> None:
    assert yaml_warnings(text) == []


def test_text_without_candidates_is_not_read_again() -> None:
    assert not may_warn(MINIMAL)
    assert may_warn("a: yes\n")


def test_warnings_never_fail_loading_but_validate_reports_them(tmp_path: Path) -> None:
    text = bundle_yaml("actors:\n- id: t\n  name: Trooper #1\n  kind: state\n  aliases: [no]\n")
    bundle = newsmodel.loads(text)
    assert bundle.actors[0].name == "Trooper"
    assert bundle.actors[0].aliases == ("no",)
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    found = newsmodel.validate(path, select=["NM11"])
    assert [(p.code, p.line) for p in found] == [("NM118", 7), ("NM117", 9)]
    assert main(["validate", "--ignore", "NM451", str(path)]) == 0
    assert main(["validate", "--ignore", "NM451", "--strict", str(path)]) == 1
    assert main(["validate", "--ignore", "NM451,NM117,NM118", "--strict", str(path)]) == 0


def test_warnings_of_text_that_fails_are_those_found_before() -> None:
    assert [p.code for p in yaml_warnings("a: yes\nb: [\n")] == ["NM117"]


def _every_warning(text: str) -> list[Problem]:
    """The warnings the event reader finds, with no quick test first."""
    found: list[Problem] = []
    with contextlib.suppress(ParseFailure):
        parse_yaml(text, warnings=found)
    return found


def test_numbers_in_a_sentence_are_not_read_again(monkeypatch: pytest.MonkeyPatch) -> None:
    # "10,000,000" looks like the values of a flow list to the quick test of the text;
    # the parser's events say it is one plain scalar, which does not warn.
    text = "notes: The pledge (GBP 10,000,000) and $12,000\nname: x\n"
    assert may_warn(text)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(yaml_events, "parse_yaml", refuse)
    assert yaml_warnings(text) == []


_LINES = st.sampled_from(
    [
        "a: yes", "b: [x, 017]", "c: GBP 10,000,000", "d: Trooper #1", "e: 'yes'",
        "f: {g: 1:20, h: 1e3}", "- 1_000", "- [no, 'no']", "i: |\n  yes #1", "j: [a,\n  08]",
        "k: Norway", "  l: off", "m: [", "n: 1.5", "o: 10,000 people, 017", "p: 0o17 # x",
    ]
)  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(st.lists(_LINES, max_size=6), st.booleans())
def test_reading_the_events_alone_loses_no_warning(lines: list[str], final_break: bool) -> None:
    # Text that may_warn lets through is read again only where a plain scalar warns.
    text = "\n".join(lines) + ("\n" if final_break else "")
    assert yaml_warnings(text) == (_every_warning(text) if may_warn(text) else [])


@given(st.text(alphabet="0123456789yesnoONF_:.,+-eExob #", max_size=8))
def test_warns_says_whether_plain_warns(value: str) -> None:
    warner = Warner(f"a: {value} #\n", None)
    assert warner.warns(value, 3 + len(value)) == bool(warner.plain(value, 3, 3 + len(value), ()))


@given(
    st.one_of(st.text(max_size=12), st.text(alphabet="0123456789yYesnNoOfF_:.,+-~eExb", max_size=8))
)
def test_misread_is_what_the_two_readings_say(value: str) -> None:
    # misread turns most words away by their first character; it must lose none.
    warner = Warner(f"a: {value}\n", None)
    if value and value.strip() == value and "\n" not in value:
        assert misread(value) == any(
            problem.code == "NM117" for problem in warner.plain(value, 3, 3 + len(value), ())
        )


def test_text_in_the_layout_is_read_by_lines_for_its_warnings(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # newsmodel's own layout: the line reader gives the plain scalars, no events needed.
    text = "notes: The pledge (GBP 10,000,000) and $12,000\nname: x\nlist: [a, b]\n"
    assert may_warn(text)

    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError("read again")

    monkeypatch.setattr(yaml_events, "plain_scalar_warns", refuse)
    monkeypatch.setattr(yaml_events, "parse_yaml", refuse)
    assert yaml_warnings(text) == []
