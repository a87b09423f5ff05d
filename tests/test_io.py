"""Tests of newsmodel.io: reading and writing YAML, JSON and JSON Lines."""

from __future__ import annotations

import io as std_io
import json
import math
import os
import stat
from pathlib import Path
from typing import Any

import attrs
import orjson
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from builders import BODY, MINIMAL, RICH, bundle_yaml, only_problem, problems_of, where
from newsmodel import Bundle, ValidationError, dump, dumps, iter_jsonl, load, loads
from newsmodel import io as newsmodel_io
from newsmodel.io import Format, format_of
from newsmodel.limits import Limits
from newsmodel.model import Actor, Report
from newsmodel.reading import ParseFailure, parse_json, parse_yaml
from newsmodel.types import Id
from newsmodel.vocab import ActorKind

# --------------------------------------------------------------------------
# Five independent mistakes
# --------------------------------------------------------------------------

FIVE_YAML = """\
schema_version: 2
reports:
- id: voa
  title: Mali denies UN accusations
  publishd: 2022-07-13
actors:
- id: mali
  name: Mali
  kind: state
  country: Mali
  aliases: 1960
allegations:
- id: hombori
  accusers: [mali]
  accused: [mali]
  summary: Killing of 50 civilians in Hombori.
  occurred: 2022-7-3
  counts:
  - kind: killed
    low: 60
    best: 50
  citations:
  - report: voa
"""

FIVE_EXPECTED = [
    ("NM202", "$.reports[0].publishd", 5, 3),
    ("NM304", "$.actors[0].country", 10, 12),
    ("NM203", "$.actors[0].aliases", 11, 12),
    ("NM302", "$.allegations[0].occurred", 17, 13),
    ("NM310", "$.allegations[0].counts[0].best", 21, 11),
]

FIVE_JSON = """\
{
  "schema_version": 2,
  "reports": [
    {"id": "voa", "title": "Mali denies UN accusations", "publishd": "2022-07-13"}
  ],
  "actors": [
    {"id": "mali", "name": "Mali", "kind": "state", "country": "Mali", "aliases": 1960}
  ],
  "allegations": [
    {
      "id": "hombori",
      "accusers": ["mali"],
      "accused": ["mali"],
      "summary": "Killing of 50 civilians in Hombori.",
      "occurred": "2022-7-3",
      "counts": [{"kind": "killed", "low": 60, "best": 50}],
      "citations": [{"report": "voa"}]
    }
  ]
}
"""

FIVE_JSON_EXPECTED = [
    ("NM202", "$.reports[0].publishd", 4, 58),
    ("NM304", "$.actors[0].country", 7, 64),
    ("NM203", "$.actors[0].aliases", 7, 83),
    ("NM302", "$.allegations[0].occurred", 15, 19),
    ("NM310", "$.allegations[0].counts[0].best", 16, 56),
]


def test_five_independent_mistakes_give_five_problems_in_yaml() -> None:
    found = problems_of(FIVE_YAML, format="yaml")
    assert [where(problem) for problem in found] == FIVE_EXPECTED
    assert found[0].hint == "did you mean 'published'?"
    assert found[1].hint == "write 'ML' (Mali)"


def test_five_independent_mistakes_give_five_problems_in_json() -> None:
    found = problems_of(FIVE_JSON, format="json")
    assert [where(problem) for problem in found] == FIVE_JSON_EXPECTED


def test_five_mistakes_keep_their_positions_with_crlf_line_endings() -> None:
    crlf_yaml = FIVE_YAML.replace("\n", "\r\n")
    assert [where(p) for p in problems_of(crlf_yaml)] == FIVE_EXPECTED
    crlf_json = FIVE_JSON.replace("\n", "\r\n")
    assert [where(p) for p in problems_of(crlf_json, format="json")] == FIVE_JSON_EXPECTED


def test_the_error_lists_every_problem_readably() -> None:
    with pytest.raises(ValidationError) as raised:
        loads(FIVE_YAML, file="mali.yaml")
    text = str(raised.value)
    assert text.splitlines()[0] == "5 problems found:"
    assert "mali.yaml:5:3: NM202 unknown field 'publishd'" in text
    assert all(problem.file == "mali.yaml" for problem in raised.value.problems)


# --------------------------------------------------------------------------
# The bundle level
# --------------------------------------------------------------------------


def test_the_top_must_be_a_mapping() -> None:
    assert where(only_problem("- id: mali\n")) == ("NM107", "$", 1, 1)
    assert where(only_problem("[]", format="json")) == ("NM107", "$", 1, 1)
    assert where(only_problem('"text"', format="json")) == ("NM107", "$", 1, 1)


def test_schema_version_is_required_and_checked() -> None:
    assert where(only_problem("reports: []\n")) == ("NM201", "$.schema_version", 1, 1)
    assert where(only_problem("schema_version: 7\n")) == ("NM207", "$.schema_version", 1, 17)
    assert where(only_problem("schema_version: '1'\n")) == ("NM203", "$.schema_version", 1, 17)
    assert where(only_problem("schema_version: true\n")) == ("NM203", "$.schema_version", 1, 17)


def test_unknown_top_level_keys_and_non_lists() -> None:
    found = problems_of(bundle_yaml("actor:\n- id: mali\nevents: {}\n"))
    assert [where(p) for p in found] == [
        ("NM202", "$.actor", 5, 1),
        ("NM203", "$.events", 7, 9),
    ]
    assert found[0].hint == "did you mean 'actors'?"


def test_an_empty_bundle_is_valid() -> None:
    assert loads("schema_version: 2\n") == Bundle(schema_version=2)


def test_problems_of_all_records_are_collected() -> None:
    text = bundle_yaml(
        """\
        actors:
        - id: a
          kind: state
        - id: B
          name: B
          kind: state
        """
    )
    assert [where(p) for p in problems_of(text)] == [
        ("NM201", "$.actors[0].name", 6, 3),
        ("NM301", "$.actors[1].id", 8, 7),
    ]


# --------------------------------------------------------------------------
# The same data in three formats
# --------------------------------------------------------------------------


def test_yaml_json_and_jsonl_of_the_same_data_load_equal() -> None:
    bundle = loads(RICH)
    data = parse_yaml(RICH).plain()  # dates stay strings (YAML 1.2 core)
    as_json = json.dumps(data, ensure_ascii=False, indent=1)
    lines = [json.dumps({"schema_version": 2})]
    for field in ("reports", "actors", "documents", "allegations", "responses", "events"):
        lines.extend(json.dumps({"type": field[:-1], **item}) for item in data[field])
    as_jsonl = "\n".join(lines) + "\n"
    assert loads(as_json, format="json") == bundle
    assert loads(as_jsonl, format="jsonl") == bundle


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_dumps_then_loads_gives_an_equal_bundle(fmt: Any) -> None:
    bundle = loads(RICH)
    assert loads(dumps(bundle, format=fmt), format=fmt) == bundle


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_dumps_is_deterministic(fmt: Any) -> None:
    bundle = loads(RICH)
    text = dumps(bundle, format=fmt)
    assert dumps(loads(text, format=fmt), format=fmt) == text
    reordered = attrs.evolve(
        bundle,
        actors=tuple(
            attrs.evolve(actor, identifiers=dict(reversed(list(actor.identifiers.items()))))
            for actor in bundle.actors
        ),
    )
    assert dumps(reordered, format=fmt) == text


def _check_order(value: Any, data: Any) -> None:
    """Every mapping in ``data`` lists its keys in ``value``'s field declaration order."""
    if attrs.has(type(value)) and isinstance(data, dict):
        names = [field.name for field in attrs.fields(type(value))]
        assert list(data) == [name for name in names if name in data], type(value)
        for name in data:
            _check_order(getattr(value, name), data[name])
    elif isinstance(value, tuple):
        for item, item_data in zip(value, data, strict=True):
            _check_order(item, item_data)


def test_dumped_keys_follow_field_declaration_order() -> None:
    bundle = loads(RICH)
    _check_order(bundle, json.loads(dumps(bundle, format="json")))
    _check_order(bundle, yaml.safe_load(dumps(bundle)))
    reversed_keys = bundle_yaml(
        """\
        actors:
        - description: A state.
          country: ML
          kind: state
          name: Mali
          id: mali
        """
    )
    dumped = dumps(loads(reversed_keys))
    expected = "  - id: mali\n    name: Mali\n    kind: state\n    country: ML\n"
    assert expected + "    description: A state.\n" in dumped


def test_defaults_are_left_out() -> None:
    text = bundle_yaml(
        """\
        actors:
        - id: mali
          name: Mali
          kind: state
          identity: named
          aliases: []
          identifiers: {}
        allegations:
        - id: moura
          accusers: [mali]
          accused: [mali]
          summary: Massacre in Moura.
          status: unverified
          categories: []
          citations: [{report: voa}]
        """
    )
    dumped = dumps(loads(text))
    for default in ("identity", "aliases", "identifiers", "status", "categories", "null", "[]"):
        assert default not in dumped
    assert json.loads(dumps(loads(text), format="json"))["actors"] == [
        {"id": "mali", "name": "Mali", "kind": "state"}
    ]


UNICODE_NAME = "C\u00f4te d\u2019Ivoire \u2014 \u0645\u0627\u0644\u064a \u4e2d\u6587"


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_unicode_is_kept_as_is(fmt: Any) -> None:
    bundle = loads(bundle_yaml(f"actors:\n- id: ci\n  name: {UNICODE_NAME}\n  kind: state\n"))
    text = dumps(bundle, format=fmt)
    assert f"name: {UNICODE_NAME}\n" in text or f'"name": "{UNICODE_NAME}"' in text
    assert "\\u" not in text


def test_unicode_outside_the_bmp_is_kept_as_is() -> None:
    name = "\U0001e900\U0001e92a Mali \U0001f1f2\U0001f1f1"  # Adlam letters, a flag
    bundle = loads(bundle_yaml(f"actors:\n- id: ml\n  name: {name}\n  kind: state\n"))
    assert f"name: {name}\n" in dumps(bundle)


def test_long_and_multiline_text_is_written_as_literal_blocks() -> None:
    long_title = "Mali denies " + "all the accusations of the United Nations mission " * 2
    report = Report(id="voa", title=long_title.strip(), body=BODY)  # type: ignore[arg-type]
    bundle = Bundle(schema_version=2, reports=(report,))
    text = dumps(bundle)
    assert "    title: |-\n      Mali denies all" in text
    assert "    body: |\n      Mali's foreign ministry" in text
    assert loads(text) == bundle


@pytest.mark.parametrize(
    "body",
    [
        "ends without a newline\nsecond line",
        "two trailing newlines\n\n",
        "  indented first line\nsecond",
        "trailing spaces   \nsecond",
        "tab\tinside\nsecond",
        "a\r\nwindows line",
        "# not a comment\n- not a list\nkey: not a key\n",
    ],
)
def test_literal_blocks_round_trip_exactly(body: str) -> None:
    bundle = Bundle(
        schema_version=2,
        reports=(Report(id="voa", title="t", body=body),),  # type: ignore[arg-type]
    )
    assert loads(dumps(bundle)).reports[0].body == body


MISREADABLE = [
    "NO",
    "no",
    "yes",
    "Off",
    "y",
    "true",
    "null",
    "~",
    "1e5",
    "0o17",
    "0x1F",
    "017",
    "1_000",
    "12:30",
    ".inf",
    ".nan",
    "2022-01-01",
    "2022-01-01 10:00:00",
    "-1",
    "+1",
    "1.",
    "9" * 4301,
    "- x",
    "a: b",
    "#c",
    "@x",
    "`y",
    "!tag",
    "&anchor",
    "*alias",
    "[x]",
    "{x}",
    "'quoted'",
    '"dq"',
    "%percent",
    "x #comment",
    " leading",
]


def test_strings_yaml_would_misread_are_quoted_and_load_back_identically() -> None:
    actor = Actor(id="a", name="A", kind=ActorKind.STATE, aliases=tuple(MISREADABLE))  # type: ignore[arg-type]
    bundle = Bundle(schema_version=2, actors=(actor,))
    text = dumps(bundle)
    assert loads(text) == bundle
    # A YAML 1.1 reader (PyYAML's safe_load) reads them as the same strings too.
    assert yaml.safe_load(text)["actors"][0]["aliases"] == MISREADABLE


def test_country_no_is_written_quoted() -> None:
    actor = Actor(id="norway", name="Norway", kind=ActorKind.STATE, country="NO")  # type: ignore[arg-type]
    text = dumps(Bundle(schema_version=2, actors=(actor,)))
    assert "  country: 'NO'\n" in text
    assert yaml.safe_load(text)["actors"][0]["country"] == "NO"


# --------------------------------------------------------------------------
# Files
# --------------------------------------------------------------------------


@pytest.mark.parametrize("suffix", [".yaml", ".yml", ".json", ".jsonl"])
def test_dump_and_load_by_suffix(tmp_path: Path, suffix: str) -> None:
    bundle = loads(RICH)
    path = tmp_path / f"mali{suffix}"
    dump(bundle, path)
    assert load(path) == bundle
    assert load(str(path)) == bundle
    expected_format = {".yml": "yaml"}.get(suffix, suffix[1:])
    assert path.read_text(encoding="utf-8") == dumps(bundle, format=expected_format)  # type: ignore[arg-type]


@given(
    st.tuples(
        st.text(alphabet="ab./\\ ", max_size=6),
        st.sampled_from([".yaml", ".YML", ".json", ".jsonl", ".txt", "", "yaml", "/", "/."]),
        st.sampled_from(["", "/", "/."]),
    ).map("".join)
)
def test_format_of_reads_the_suffix_as_path_does(name: str) -> None:
    suffix = Path(name).suffix.lower()
    expected = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl"}.get(suffix)
    if expected is None:
        with pytest.raises(ValueError, match="cannot tell the format"):
            format_of(name)
    else:
        assert format_of(name) == expected


def test_format_of_unknown_suffix_is_an_error() -> None:
    with pytest.raises(ValueError, match=r"\.yaml, \.yml, \.json or \.jsonl"):
        format_of("mali.txt")
    assert format_of("MALI.YAML") == "yaml"


def test_dump_writes_lf_line_endings_and_utf8(tmp_path: Path) -> None:
    path = tmp_path / "mali.yaml"
    dump(loads(RICH), path)
    data = path.read_bytes()
    assert b"\r\n" not in data
    assert "autorités".encode() in data


class _FailingWriter:
    """A text stream that writes part of the text, then fails like a full disk."""

    def __init__(self, stream: Any) -> None:
        self.stream = stream

    def write(self, text: str) -> int:
        self.stream.write(text[: len(text) // 2])
        self.stream.flush()
        raise OSError(28, "No space left on device")

    def __enter__(self) -> _FailingWriter:
        return self

    def __exit__(self, *args: object) -> None:
        self.stream.close()


def test_dump_is_atomic_when_the_write_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mali.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    real_fdopen = os.fdopen

    def failing_fdopen(fd: int, *args: Any, **kwargs: Any) -> _FailingWriter:
        return _FailingWriter(real_fdopen(fd, *args, **kwargs))

    monkeypatch.setattr(os, "fdopen", failing_fdopen)
    with pytest.raises(OSError, match="No space left"):
        dump(loads(RICH), path)
    assert path.read_text(encoding="utf-8") == MINIMAL
    assert list(tmp_path.iterdir()) == [path]


def test_dump_is_atomic_when_the_rename_fails(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "mali.yaml"
    path.write_text(MINIMAL, encoding="utf-8")

    def failing_replace(*args: Any, **kwargs: Any) -> None:
        raise OSError(18, "Invalid cross-device link")

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OSError, match="cross-device"):
        dump(loads(RICH), path)
    assert path.read_text(encoding="utf-8") == MINIMAL
    assert list(tmp_path.iterdir()) == [path]


def test_dump_keeps_ordinary_file_permissions(tmp_path: Path) -> None:
    path = tmp_path / "mali.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    path.chmod(0o644)
    dump(loads(MINIMAL), path)
    assert stat.S_IMODE(path.stat().st_mode) == 0o644


def test_load_of_a_missing_file_gives_nm100(tmp_path: Path) -> None:
    path = tmp_path / "missing.yaml"
    with pytest.raises(ValidationError) as raised:
        load(path)
    [problem] = raised.value.problems
    assert (problem.code, problem.file) == ("NM100", str(path))
    assert "No such file" in problem.message


def test_load_of_a_folder_gives_nm100(tmp_path: Path) -> None:
    folder = tmp_path / "data.yaml"
    folder.mkdir()
    with pytest.raises(ValidationError) as raised:
        load(folder)
    assert [problem.code for problem in raised.value.problems] == ["NM100"]


@pytest.mark.parametrize("suffix", [".yaml", ".json", ".jsonl"])
def test_load_of_non_utf8_gives_nm101_at_the_bad_byte(tmp_path: Path, suffix: str) -> None:
    path = tmp_path / f"latin1{suffix}"
    lines = {
        ".yaml": [b"schema_version: 1", b"reports:", b"- id: voa", b"  title: Caf\xe9 \xe9"],
        ".json": [
            b'{"schema_version": 2,',
            b'"reports": [',
            b'{"id": "voa",',
            b'  "title": "Caf\xe9"',
        ],
        ".jsonl": [b'{"schema_version": 2}', b"", b'{"type": "report"}', b'{"type": "\xe9t\xe9"}'],
    }[suffix]
    path.write_bytes(b"\n".join(lines) + b"\n")
    with pytest.raises(ValidationError) as raised:
        load(path)
    # JSON Lines is read line by line (as ``validate`` reads it): the other lines'
    # problems are reported too, here those of line 3.
    [problem] = [p for p in raised.value.problems if p.code == "NM101"]
    assert {p.line for p in raised.value.problems if p.code != "NM101"} <= {3}
    column = len(lines[3].split(b"\xe9")[0].decode()) + 1
    assert (problem.code, problem.file, problem.line, problem.column) == (
        "NM101",
        str(path),
        4,
        column,
    )
    assert "0xe9" in problem.message


def test_non_utf8_column_counts_characters_not_bytes(tmp_path: Path) -> None:
    path = tmp_path / "mixed.yaml"
    path.write_bytes("schema_version: 2\ntitle: Mal\u00ed \u2014 ".encode() + b"\xff\n")
    with pytest.raises(ValidationError) as raised:
        load(path)
    [problem] = raised.value.problems
    assert (problem.line, problem.column) == (2, 15)


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_a_byte_order_mark_is_accepted(tmp_path: Path, fmt: Any) -> None:
    bundle = loads(RICH)
    path = tmp_path / f"bom.{fmt}"
    path.write_bytes(b"\xef\xbb\xbf" + dumps(bundle, format=fmt).encode())
    assert load(path) == bundle
    if fmt == "jsonl":
        assert list(iter_jsonl(path)) == list(bundle.records())


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_crlf_line_endings_load(tmp_path: Path, fmt: Any) -> None:
    bundle = loads(RICH)
    path = tmp_path / f"crlf.{fmt}"
    path.write_bytes(dumps(bundle, format=fmt).replace("\n", "\r\n").encode())
    assert load(path) == bundle


def test_crlf_in_literal_block_text_is_read_as_lf(tmp_path: Path) -> None:
    path = tmp_path / "crlf.yaml"
    text = bundle_yaml("").replace(
        "  title: Mali denies UN accusations\n", "  title: T\n  body: |\n    one\n    two\n"
    )
    path.write_bytes(text.replace("\n", "\r\n").encode())
    assert load(path).reports[0].body == "one\ntwo\n"


# --------------------------------------------------------------------------
# JSON Lines
# --------------------------------------------------------------------------

HEADER = '{"schema_version": 2}'
GOOD_1 = '{"type": "report", "id": "voa", "title": "Mali denies"}'
GOOD_2 = '{"type": "actor", "id": "mali", "name": "Mali", "kind": "state"}'
BAD = '{"type": "actor", "id": "un", "name": "UN", "kind": "igo"}'
GOOD_3 = '{"type": "actor", "id": "minusma", "name": "MINUSMA", "kind": "peacekeeping_mission"}'


def test_jsonl_header_is_required() -> None:
    problem = only_problem(GOOD_1 + "\n", format="jsonl")
    assert where(problem) == ("NM201", "$", 1, 1)
    assert problem.hint is not None
    assert '{"schema_version": 2}' in problem.hint


def test_jsonl_header_version_is_checked() -> None:
    problem = only_problem('{"schema_version": 3}\n' + GOOD_1 + "\n", format="jsonl")
    assert where(problem) == ("NM207", "$.schema_version", 1, 20)


def test_jsonl_without_data_gives_nm107() -> None:
    assert where(only_problem("\n\n", format="jsonl")) == ("NM107", "$", 1, 1)


def test_jsonl_one_bad_line_among_good_ones() -> None:
    lines = [HEADER, GOOD_1, "", GOOD_2, BAD, GOOD_3]
    problem = only_problem("\n".join(lines) + "\n", format="jsonl")
    assert where(problem) == ("NM205", "$.kind", 5, BAD.index('"igo"') + 1)


def test_iter_jsonl_yields_good_records_before_raising_at_the_end() -> None:
    lines = [HEADER, GOOD_1, BAD, '{"type": "actr", "id": "x"}', "[1]", "{bad", GOOD_2]
    seen: list[str] = []

    def consume() -> None:
        for record in iter_jsonl(lines):
            seen.append(record.id)

    with pytest.raises(ValidationError) as raised:
        consume()
    assert seen == ["voa", "mali"]
    assert [where(p) for p in raised.value.problems] == [
        ("NM205", "$.kind", 3, BAD.index('"igo"') + 1),
        ("NM205", "$.type", 4, 10),
        ("NM107", "$", 5, 1),
        ("NM102", "$", 6, 2),
    ]


def test_iter_jsonl_stops_lazily() -> None:
    lines = iter([HEADER, GOOD_1, BAD])
    first = next(iter_jsonl(lines))
    assert first.id == "voa"
    assert next(lines) == BAD  # the bad line has not been read yet


def test_iter_jsonl_reads_paths_and_open_files(tmp_path: Path) -> None:
    text = "\n".join([HEADER, GOOD_1, GOOD_2]) + "\n"
    path = tmp_path / "data.jsonl"
    path.write_text(text, encoding="utf-8")
    for source in (path, str(path)):
        assert [record.id for record in iter_jsonl(source)] == ["voa", "mali"]
    with path.open(encoding="utf-8") as stream:
        assert [record.id for record in iter_jsonl(stream)] == ["voa", "mali"]
    assert [record.id for record in iter_jsonl(std_io.StringIO(text))] == ["voa", "mali"]


def test_iter_jsonl_problems_name_the_file(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text("\n".join([HEADER, BAD]) + "\n", encoding="utf-8")
    with pytest.raises(ValidationError) as raised:
        list(iter_jsonl(path))
    assert [(p.file, p.line) for p in raised.value.problems] == [(str(path), 2)]
    with pytest.raises(ValidationError) as raised:
        list(iter_jsonl([HEADER, BAD], file="stream.jsonl"))
    assert [(p.file, p.line) for p in raised.value.problems] == [("stream.jsonl", 2)]


def test_iter_jsonl_on_non_utf8_file_gives_the_line_of_the_bad_byte(tmp_path: Path) -> None:
    path = tmp_path / "latin1.jsonl"
    path.write_bytes(b'{"schema_version": 2}\n' + GOOD_1.encode() + b'\n{"type": "\xe9"}\n')
    with pytest.raises(ValidationError) as raised:
        list(iter_jsonl(path))
    [problem] = raised.value.problems
    assert (problem.code, problem.line, problem.column) == ("NM101", 3, 11)


def test_jsonl_records_go_to_their_bundle_fields() -> None:
    bundle = loads("\n".join([HEADER, GOOD_2, GOOD_1]) + "\n", format="jsonl")
    assert [report.id for report in bundle.reports] == ["voa"]
    assert [actor.id for actor in bundle.actors] == ["mali"]
    assert newsmodel.dumps(bundle, format="jsonl").splitlines() == [HEADER, GOOD_1, GOOD_2]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            '{"type": "actor", "id": "m", "name": "M", "name": "N", "kind": "state"}',
            ("NM103", "$.name", 2, 43),
        ),
        (
            '{"type": "actor", "id": "m", "name": "M", "kind": "state", "aliases": ["a", NaN]}',
            ("NM110", "$.aliases[1]", 2, 77),
        ),
        (
            '{"type": "document", "id": "d", "kind": "report", "pages": 1e999}',
            ("NM110", "$.pages", 2, 60),
        ),
        (
            '{"type": "document", "id": "d", "kind": "report", "pages": ' + "9" * 4301 + "}",
            ("NM110", "$.pages", 2, 60),
        ),
        ('{"type": "actor", "id": "m", "name": "M", "kind": "state"} x', ("NM102", "$", 2, 60)),
        ("[" * 70 + "]" * 70, ("NM111", "$" + "[0]" * 64, 2, 65)),
    ],
)
def test_jsonl_lines_fall_into_the_same_traps_as_json(
    line: str, expected: tuple[str, str, int, int]
) -> None:
    assert where(only_problem(HEADER + "\n" + line + "\n", format="jsonl")) == expected


def test_json_with_integers_beyond_64_bits_is_written_by_the_standard_library() -> None:
    bundle = loads(
        json.dumps(
            {
                "schema_version": 2,
                "reports": [{"id": "r", "title": "T"}],
                "events": [
                    {
                        "id": "e",
                        "kind": "arrest",
                        "summary": "S",
                        "counts": [{"kind": "detained", "best": 2**70}],
                        "citations": [{"report": "r"}],
                    }
                ],
            }
        ),
        format="json",
    )
    text = dumps(bundle, format="json")
    assert str(2**70) in text
    assert loads(text, format="json") == bundle


# --------------------------------------------------------------------------
# The JSON fast reader: orjson, for text laid out as orjson writes it
# --------------------------------------------------------------------------


class Literal(str):
    """JSON text written into a rendered document as it is (a number, an escape)."""


class Pairs(list):  # type: ignore[type-arg]
    """A JSON object as (key, value) pairs, so that a key may repeat."""


def _render(value: Any, indent: int | None, depth: int = 0) -> str:
    """Write JSON laid out as orjson writes it (``indent`` 2, or ``None``: compact)."""
    if isinstance(value, Literal):
        return str(value)
    if isinstance(value, dict):
        value = Pairs(value.items())
    if isinstance(value, Pairs):
        items = [
            f"{_render(key, indent)}: {_render(item, indent, depth + 1)}" for key, item in value
        ]
        opening, closing = "{", "}"
    elif isinstance(value, list):
        items = [_render(item, indent, depth + 1) for item in value]
        opening, closing = "[", "]"
    else:
        return orjson.dumps(value).decode()
    if not items:
        return opening + closing
    if indent is None:
        return opening + ",".join(item.replace('": ', '":', 1) for item in items) + closing
    inner, outer = "\n" + " " * indent * (depth + 1), "\n" + " " * indent * depth
    return opening + inner + ("," + inner).join(items) + outer + closing


def _typed(value: Any) -> Any:
    """Plain data where 1 and 1.0, and 0.0 and -0.0, differ; mappings as item lists."""
    if isinstance(value, float):
        return ("float", repr(value))
    if isinstance(value, dict):
        return [(key, _typed(item)) for key, item in value.items()]
    if isinstance(value, list):
        return [_typed(item) for item in value]
    return value


#: What orjson reads otherwise than the strict reader, which refuses each.
TRAPS = (
    Literal("1" * 25),  # an integer beyond 64 bits: orjson reads a float
    Literal("0.1000000000000000000001"),  # a literal a float does not keep: orjson rounds
    Literal("1e-400"),
    Literal('"\\ud800"'),  # an escaped lone surrogate
    Literal('"\\udc80 x"'),
    Literal("NaN"),
)

_KEYS = st.text(st.characters(max_codepoint=0x2FFFF, exclude_categories=["Cs"]), max_size=6)
_LEAVES = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text(st.characters(max_codepoint=0x2FFFF, exclude_categories=["Cs"]), max_size=8)
)
_TRAPPED = st.recursive(
    _LEAVES | st.sampled_from(TRAPS),
    lambda children: (
        st.lists(children, max_size=4)
        | st.lists(st.tuples(_KEYS, children), max_size=4).map(Pairs)
        # a key repeated, with the same value or another one
        | st.tuples(_KEYS, children, children).map(
            lambda kvv: Pairs([(kvv[0], kvv[1]), ("k", None), (kvv[0], kvv[2])])
        )
    ),
    max_leaves=12,
)


def _strict(text: str) -> Any:
    """What the slow reader reads from ``text``; ``None`` when it finds a problem."""
    try:
        return parse_json(text).plain()
    except ParseFailure:
        return None


@settings(deadline=None, max_examples=400)
@given(_TRAPPED, st.sampled_from([2, None]))
def test_json_read_by_orjson_is_what_the_strict_reader_reads(
    value: Any, indent: int | None
) -> None:
    """orjson's data is taken only where it is the strict reader's, traps and all."""
    text = _render(value, indent)
    fast = newsmodel_io._orjson_written(text)
    if fast is not None:
        assert _typed(fast) == _typed(_strict(text))


_PLAIN = st.recursive(
    _LEAVES,
    lambda children: st.lists(children, max_size=4) | st.dictionaries(_KEYS, children, max_size=4),
    max_leaves=12,
)


@settings(deadline=None, max_examples=200)
@given(_PLAIN, st.sampled_from([2, None]))
def test_json_as_orjson_writes_it_is_read_by_orjson(value: Any, indent: int | None) -> None:
    text = _render(value, indent)
    option = orjson.OPT_INDENT_2 if indent else 0
    assert text == orjson.dumps(value, option=option).decode()  # the renderer is orjson's layout
    if isinstance(value, (dict, list)) and value and (indent or text[1] == '"'):
        assert _typed(newsmodel_io._orjson_written(text + "\n")) == _typed(_strict(text))


def _outcome(text: str) -> Any:
    """The bundle ``loads`` reads from JSON ``text``, or where its problems are."""
    try:
        return loads(text, format="json")
    except ValidationError as error:
        return [(p.code, p.path, p.line, p.column) for p in error.problems]


@pytest.mark.parametrize("trap", TRAPS, ids=str)
def test_json_traps_are_left_to_the_strict_reader(trap: Literal) -> None:
    """Each trap, in text laid out as orjson writes it, is refused as in any other text."""
    document = Pairs(
        [
            ("schema_version", 2),
            ("documents", [{"id": "d", "kind": "report", "pages": trap}]),
        ]
    )
    text = _render(document, 2)
    assert newsmodel_io._orjson_written(text) is None
    assert _outcome(text) == _outcome(text.replace("\n", "\r\n"))  # not orjson's layout


def test_json_with_a_repeated_key_laid_out_as_orjson_writes_it_gives_nm103() -> None:
    text = _render(
        Pairs([("schema_version", 2), ("actors", [Pairs([("id", "m"), ("id", "n")])])]), 2
    )
    assert newsmodel_io._orjson_written(text) is None
    assert where(only_problem(text, format="json")) == ("NM103", "$.actors[0].id", 6, 7)


def test_json_that_dumps_writes_is_read_by_orjson() -> None:
    bundle = loads(RICH)
    text = dumps(bundle, format="json")
    assert newsmodel_io._orjson_written(text) == json.loads(text)
    assert loads(text, format="json") == bundle


# --------------------------------------------------------------------------
# Arguments: checked first, typed errors naming the argument and what it accepts
# --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", ["YAML", "yml", "xml", ""])
def test_dump_refuses_an_unknown_format_and_writes_nothing(tmp_path: Path, fmt: str) -> None:
    with pytest.raises(ValueError, match=f"format must be 'yaml', 'json' or 'jsonl'.*not {fmt!r}"):
        dump(loads(MINIMAL), tmp_path / "x.yaml", format=fmt)  # type: ignore[arg-type]
    assert list(tmp_path.iterdir()) == []


def test_an_upper_case_format_is_told_to_be_lower_case() -> None:
    with pytest.raises(ValueError, match="formats are lower case: 'json'"):
        loads("{}", format="JSON")  # type: ignore[arg-type]


_XML: Any = "xml"  # what a caller without a type checker may pass


@pytest.mark.parametrize(
    "call",
    [
        lambda: loads(MINIMAL, format=_XML),
        lambda: dumps(loads(MINIMAL), format=_XML),
        lambda: load("x.yaml", format=_XML),
    ],
)
def test_every_function_refuses_an_unknown_format(call: Any) -> None:
    with pytest.raises(ValueError, match="not 'xml'"):
        call()


@pytest.mark.parametrize(
    ("text", "message"),
    [
        (MINIMAL.encode(), r"text must be a str, not bytes: decode it \(text.decode\('utf-8'\)\)"),
        (None, "text must be a str, not None"),
        (3, "text must be a str, not int"),
    ],
)
def test_loads_refuses_text_that_is_not_a_str(text: Any, message: str) -> None:
    with pytest.raises(TypeError, match=message):
        loads(text)


@pytest.mark.parametrize("limits", [0, {}, "10M"])
def test_limits_of_another_type_are_refused_not_taken_for_the_defaults(
    tmp_path: Path, limits: Any
) -> None:
    path = tmp_path / "x.yaml"
    path.write_text(MINIMAL, encoding="utf-8")
    for call in (
        lambda: loads(MINIMAL, limits=limits),
        lambda: load(path, limits=limits),
        lambda: iter_jsonl(["{}"], limits=limits),
    ):
        with pytest.raises(TypeError, match=r"limits must be a newsmodel\.limits\.Limits"):
            call()


def test_a_file_name_that_is_not_a_str_is_refused() -> None:
    with pytest.raises(TypeError, match="file must be a str"):
        loads(MINIMAL, file=Path("x.yaml"))  # type: ignore[arg-type]


@pytest.mark.parametrize("path", [b"x.yaml", None, 3])
def test_load_and_dump_refuse_a_path_of_another_type(path: Any) -> None:
    with pytest.raises(TypeError, match="path must be a str or a path object"):
        load(path)
    with pytest.raises(TypeError, match="path must be a str or a path object"):
        dump(loads(MINIMAL), path)


@pytest.mark.parametrize("bundle", [None, {"schema_version": 2}, MINIMAL])
def test_dumps_and_dump_refuse_what_is_not_a_bundle(tmp_path: Path, bundle: Any) -> None:
    with pytest.raises(TypeError, match=r"bundle must be a newsmodel\.Bundle"):
        dumps(bundle)
    with pytest.raises(TypeError, match=r"bundle must be a newsmodel\.Bundle"):
        dump(bundle, tmp_path / "x.yaml")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("source", "message"),
    [
        (b'{"schema_version": 2}\n', "not bytes: decode it and use loads"),
        (std_io.BytesIO(b'{"schema_version": 2}\n'), "not a file open in binary mode"),
        (None, "not None"),
        (3, "not int"),
    ],
)
def test_iter_jsonl_refuses_a_source_at_once(source: Any, message: str) -> None:
    with pytest.raises(TypeError, match="source must be a path, a file open in text mode"):
        iter_jsonl(source)  # raised by the call, before the first record is asked for
    with pytest.raises(TypeError, match=message):
        iter_jsonl(source)


def test_iter_jsonl_refuses_a_line_that_is_not_a_str() -> None:
    with pytest.raises(TypeError, match="each line must be a str, not bytes"):
        list(iter_jsonl([b'{"schema_version": 2}']))  # type: ignore[list-item]


@pytest.mark.parametrize("newline", ["\n", "\r\n"])
def test_max_line_length_counts_the_line_without_its_line_break(
    tmp_path: Path, newline: str
) -> None:
    """A line of exactly max_line_length bytes is read, by every reader; one more is NM115."""
    record = '{"type": "report", "id": "r", "title": "%s"}'
    line = record % ("x" * (100 - len(record % "")))
    assert len(line) == 100
    text = '{"schema_version": 2}' + newline + line + newline
    path = tmp_path / "l.jsonl"
    path.write_bytes(text.encode())
    exact, short = Limits(max_line_length=100), Limits(max_line_length=99)
    assert newsmodel.load(path, limits=exact).reports[0].id == "r"
    assert newsmodel.loads(text, format="jsonl", limits=exact).reports[0].id == "r"
    assert [r.id for r in newsmodel.iter_jsonl(path, limits=exact)] == ["r"]
    with pytest.raises(ValidationError) as from_file:
        newsmodel.load(path, limits=short)
    with pytest.raises(ValidationError) as from_text:
        newsmodel.loads(text, format="jsonl", limits=short)
    for raised in (from_file, from_text):
        (problem,) = raised.value.problems
        assert (problem.code, problem.line) == ("NM115", 2)
        assert "the line is 100 bytes long" in problem.message


def test_nan_built_in_python_is_never_written() -> None:
    place = newsmodel.Place(name="Moura", latitude=math.nan, longitude=1.0)
    report = newsmodel.Report(id=Id("voa"), title="T", dateline=place)
    bundle = newsmodel.Bundle(schema_version=2, reports=(report,))
    formats: tuple[Format, ...] = ("yaml", "json", "jsonl")
    for fmt in formats:
        with pytest.raises(ValidationError) as raised:
            newsmodel.dumps(bundle, format=fmt)
        assert [p.code for p in raised.value.problems] == ["NM110"]
