"""No data lost or silently altered: each place a reader could drop or coerce, decided.

Whatever the readers cannot represent exactly is an error, never dropped or
coerced.  Each test is one decision (they are listed in
``docs/guides/hostile-input.md``):

- YAML tags that would build other types (``!!binary``, ``!!timestamp``,
  ``!!set``, ``!!omap``...) are NM104; core tags are checked against the value;
- lone surrogates (JSON escapes, or text decoded with ``surrogateescape``) are
  NM101, on every path (YAML, JSON, the JSON fast paths, keys and values);
- numbers: NaN, infinities, integers beyond 4300 digits in any base, and
  floats that would read back as another number (``1e400``, ``1e-400``,
  ``0.1000000000000000000001``) are NM110; ``-0.0`` keeps its sign; ``-0``
  is the integer 0, which has no sign;
- keys equal after reading (``a`` and ``"a"``, ``"a"`` and ``"\\u0061"``) are
  duplicates (NM103); keys that read as other types (``1``, ``true``, ``~``)
  are NM108, never turned into strings;
- U+0085, U+2028 and U+2029, which YAML 1.1 readers take for line breaks, are
  NM102 in YAML text and written escaped; JSON Lines splits at ``\\n`` only;
- anything that loads is written back equal in every format, and ``dump``,
  ``convert`` and ``schema --output`` write atomically.
"""

from __future__ import annotations

import math
import os
from pathlib import Path
from typing import Any

import pytest

import newsmodel
from builders import MINIMAL, bundle_yaml
from newsmodel import Bundle, ValidationError, dumps, loads
from newsmodel.cli import main
from newsmodel.model import Report

HEADER = '{"schema_version": 2}\n'


def codes(text: str, fmt: Any = "yaml") -> set[str]:
    try:
        loads(text, format=fmt)
    except ValidationError as error:
        return {problem.code for problem in error.problems}
    return set()


def event(latitude: str) -> str:
    return bundle_yaml(
        "events:\n- id: e\n  kind: arrest\n  summary: s\n  places:\n  - name: Bamako\n"
        f"    latitude: {latitude}\n    longitude: -8.0\n  citations: [{{report: voa}}]\n"
    )


def event_json(latitude: str) -> str:
    return (
        '{"schema_version": 2, "reports": [{"id": "voa", "title": "t"}], "events": [{"id": "e", '
        '"kind": "arrest", "summary": "s", "places": [{"name": "Bamako", "latitude": '
        + latitude
        + ', "longitude": -8.0}], "citations": [{"report": "voa"}]}]}'
    )


def event_jsonl(latitude: str) -> str:
    return (
        HEADER
        + '{"type": "report", "id": "voa", "title": "t"}\n'
        + '{"type": "event", "id": "e", "kind": "arrest", "summary": "s", "places": '
        + '[{"name": "Bamako", "latitude": '
        + latitude
        + ', "longitude": -8.0}], "citations": [{"report": "voa"}]}\n'
    )


def latitude(bundle: Bundle) -> float | None:
    return bundle.events[0].places[0].latitude


# --------------------------------------------------------------------------
# Tags
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "value",
    [
        "!!binary TWFsaQ==",
        "!!timestamp 2022-08-04",
        "!!set {a: null}",
        "!!omap [a: 1]",
        "!!pairs []",
    ],
)
def test_tags_that_build_other_types_are_nm104_not_converted(value: str) -> None:
    text = MINIMAL.replace("title: Mali denies UN accusations", f"title: {value}")
    assert codes(text) == {"NM104"}


def test_core_tags_are_checked_against_the_value() -> None:
    title = loads(MINIMAL.replace("title: Mali", "title: !!str Mali")).reports[0].title
    assert title is not None
    assert title.startswith("Mali")
    assert codes(MINIMAL.replace("title: Mali denies UN accusations", "title: !!str 1984")) == set()
    assert codes("schema_version: !!int one\n") == {"NM102"}
    assert codes(MINIMAL.replace("title: Mali denies UN accusations", "title: !!map x")) == {
        "NM104"
    }


# --------------------------------------------------------------------------
# Lone surrogates
# --------------------------------------------------------------------------


@pytest.mark.parametrize("escape", ["\\ud800", "\\udfff", "\\uDC80"])
def test_lone_surrogate_escapes_are_nm101_in_json_and_json_lines(escape: str) -> None:
    value = f'"Mali {escape} denies"'
    assert codes(
        '{"schema_version": 2, "reports": [{"id": "voa", "title": ' + value + "}]}", "json"
    ) == {"NM101"}
    line = '{"type": "report", "id": "voa", "title": ' + value + "}\n"
    assert codes(HEADER + line, "jsonl") == {"NM101"}
    key_line = '{"type": "report", "id": "voa", "title": "t", ' + value + ": 1}\n"
    assert codes(HEADER + key_line, "jsonl") == {"NM101"}  # a key, not an unknown field


def test_an_escaped_surrogate_pair_is_one_character_and_kept() -> None:
    line = '{"type": "report", "id": "voa", "title": "Mali \\ud83d\\ude21"}\n'
    assert loads(HEADER + line, format="jsonl").reports[0].title == "Mali \U0001f621"


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_raw_lone_surrogates_in_text_are_nm101(fmt: Any) -> None:
    bundle = loads(MINIMAL)
    text = dumps(bundle, format=fmt).replace("Mali", "Mali \udc80")
    assert codes(text, fmt) == {"NM101"}


# --------------------------------------------------------------------------
# Numbers
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "number",
    [
        "1e400",  # infinity
        "-1e400",
        "1e-400",  # zero
        "0.1000000000000000000001",  # 0.1
        "15.300000000000000000000000001",
        "123456789012345678901234567890.5",
    ],
)
def test_floats_that_would_read_back_as_another_number_are_nm110(number: str) -> None:
    assert codes(event(number)) == {"NM110"}
    assert codes(event_json(number), "json") == {"NM110"}
    assert codes(event_jsonl(number), "jsonl") == {"NM110"}  # on the fast path too


@pytest.mark.parametrize(
    ("number", "value"),
    [("15.30", 15.3), ("1.5e1", 15.0), ("0.30000000000000004", 0.30000000000000004), ("-8", -8.0)],
)
def test_floats_a_64_bit_float_keeps_are_read(number: str, value: float) -> None:
    for text, fmt in ((event(number), "yaml"), (event_json(number), "json")):
        assert latitude(loads(text, format=fmt)) == value  # type: ignore[arg-type]
    assert latitude(loads(event_jsonl(number), format="jsonl")) == value


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_negative_zero_keeps_its_sign_through_every_format(fmt: Any) -> None:
    bundle = loads(event("-0.0"))
    again = loads(dumps(bundle, format=fmt), format=fmt)
    for value in (latitude(bundle), latitude(again)):
        assert value is not None
        assert math.copysign(1, value) == -1


def test_integer_minus_zero_is_zero() -> None:
    # Integers have no negative zero: "-0" is the number 0, as "+1" is 1.
    assert latitude(loads(event("-0"))) == 0


@pytest.mark.parametrize(
    "number", ["1" + "0" * 4300, "-" + "9" * 4301, "0x" + "f" * 3600, "0o" + "7" * 4800]
)
def test_integers_beyond_4300_decimal_digits_are_nm110_in_any_base(number: str) -> None:
    assert codes(f"schema_version: {number}\n") == {"NM110"}


def test_integers_of_4300_digits_are_read() -> None:
    text = "schema_version: " + "9" * 4300 + "\n"
    assert codes(text) == {"NM207"}  # read, then found unsupported: not lost


@pytest.mark.parametrize("value", [".nan", ".NaN", ".inf", "-.Inf", "+.INF"])
def test_nan_and_infinities_are_nm110(value: str) -> None:
    assert codes(event(value)) == {"NM110"}


@pytest.mark.parametrize("value", ["NaN", "Infinity", "-Infinity"])
def test_json_nan_and_infinity_are_nm110(value: str) -> None:
    assert codes(event_json(value), "json") == {"NM110"}
    assert codes(event_jsonl(value), "jsonl") == {"NM110"}


# --------------------------------------------------------------------------
# Keys
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("title", "'title'"),
        ("title", '"title"'),
        ("title", "!!str title"),
        ("title", '"\\x74itle"'),
    ],
)
def test_keys_equal_after_reading_are_duplicates(first: str, second: str) -> None:
    text = MINIMAL + f"  {second}: again\n"
    assert first in MINIMAL
    assert codes(text) == {"NM103"}


def test_json_keys_equal_after_escapes_are_duplicates() -> None:
    text = '{"schema_version": 2, "reports": [{"id": "voa", "title": "a", "\\u0074itle": "b"}]}'
    assert codes(text, "json") == {"NM103"}
    line = '{"type": "report", "id": "voa", "title": "a", "\\u0074itle": "b"}\n'
    assert codes(HEADER + line, "jsonl") == {"NM103"}


@pytest.mark.parametrize("key", ["1", "1.5", "true", "~", "null", "[a]", "{a: b}"])
def test_keys_that_read_as_other_types_are_nm108_never_strings(key: str) -> None:
    text = MINIMAL + f"  ? {key}\n  : value\n"
    assert codes(text) == {"NM108"}


def test_int_key_and_string_key_of_the_same_digits_are_not_merged() -> None:
    text = "schema_version: 2\n'1': a\n1: b\n"
    assert codes(text) == {"NM108"}  # 1 is an integer; nothing makes it the string '1'


# --------------------------------------------------------------------------
# Line breaks
# --------------------------------------------------------------------------


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029"])
def test_yaml_11_line_breaks_in_yaml_text_are_nm102(char: str) -> None:
    for text in (
        MINIMAL.replace("denies UN", f"denies{char}UN"),
        MINIMAL.replace("denies UN", f'"denies{char}UN"').replace("title: Mali ", "title: Mali "),
        MINIMAL + f"  body: |\n    one{char}two\n",
    ):
        assert codes(text) == {"NM102"}


@pytest.mark.parametrize("char", ["\x85", "\u2028", "\u2029", "\x0b", "\x0c", "\x1c", "\r"])
@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_characters_python_splits_lines_at_are_kept_in_every_format(char: str, fmt: Any) -> None:
    report = Report(id="voa", title=f"one{char}two", body=f"a{char}b\nc")  # type: ignore[arg-type]
    bundle = Bundle(schema_version=2, reports=(report,))
    assert loads(dumps(bundle, format=fmt), format=fmt) == bundle


def test_crlf_in_yaml_text_is_a_line_break_and_an_escaped_one_is_kept() -> None:
    # A file's line endings are not content; a carriage return that is content is
    # written escaped ("\r" in double quotes) and read back as it was.
    crlf = (MINIMAL + "  body: |\n    one\n    two\n").replace("\n", "\r\n")
    assert loads(crlf).reports[0].body == "one\ntwo\n"
    report = Report(id="voa", title="t", body="one\r\ntwo\r\n")  # type: ignore[arg-type]
    bundle = Bundle(schema_version=2, reports=(report,))
    assert loads(dumps(bundle)) == bundle


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


@pytest.mark.parametrize("command", ["convert", "schema"])
def test_writing_commands_leave_the_old_file_when_writing_fails(
    command: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "source.yaml"
    source.write_text(MINIMAL, encoding="utf-8")
    target = tmp_path / "target.json"
    target.write_text("old contents\n", encoding="utf-8")

    def crash(*_: Any, **__: Any) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", crash)
    args = ["convert", "--force", str(source), str(target)] if command == "convert" else []
    if command == "schema":
        args = ["schema", "--output", str(target)]
    assert main(args) == 2
    assert "No space left on device" in capsys.readouterr().err
    assert target.read_text(encoding="utf-8") == "old contents\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["source.yaml", "target.json"]


def test_a_bundle_read_from_any_format_is_written_back_equal(tmp_path: Path) -> None:
    for example in sorted((Path(__file__).parent.parent / "examples").glob("*.yaml")):
        bundle = newsmodel.load(example)
        for suffix in (".yaml", ".json", ".jsonl"):
            target = tmp_path / f"out{suffix}"
            newsmodel.dump(bundle, target)
            assert newsmodel.load(target) == bundle
