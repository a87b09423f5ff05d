"""Tests of newsmodel.limits and of the ``--max-*`` options that set the limits."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

import newsmodel
from builders import MINIMAL, bundle_yaml
from newsmodel import Limits, ValidationError
from newsmodel.cli import main
from newsmodel.limits import DEFAULT_LIMITS, MAX_DEPTH_CEILING, format_size, parse_size


def test_the_defaults() -> None:
    assert Limits() == DEFAULT_LIMITS
    assert (DEFAULT_LIMITS.max_file_size, DEFAULT_LIMITS.max_line_length) == (2**24, 2**24)
    assert (DEFAULT_LIMITS.max_depth, DEFAULT_LIMITS.max_aliases) == (64, 1000)
    assert DEFAULT_LIMITS.max_string_length == 10 * 2**20
    assert DEFAULT_LIMITS.max_records == 10_000_000
    assert newsmodel.Limits is Limits


@pytest.mark.parametrize(
    ("field", "value", "error"),
    [
        ("max_file_size", 0, ValueError),
        ("max_records", -1, ValueError),
        ("max_depth", MAX_DEPTH_CEILING + 1, ValueError),
        ("max_aliases", True, TypeError),
        ("max_string_length", 1.5, TypeError),
    ],
)
def test_limits_are_positive_whole_numbers(field: str, value: object, error: type) -> None:
    with pytest.raises(error, match=field):
        Limits(**{field: value})  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "size"),
    [
        ("1", 1),
        ("10K", 10240),
        ("10M", 10 * 2**20),
        ("1G", 2**30),
        ("2gib", 2**31),
        ("5mb", 5 << 20),
    ],
)
def test_parse_size(text: str, size: int) -> None:
    assert parse_size(text) == size


@pytest.mark.parametrize("text", ["", "0", "-1", "1.5M", "10X", "M", "1 M B"])
def test_parse_size_refuses(text: str) -> None:
    with pytest.raises(ValueError, match="size"):
        parse_size(text)


def test_format_size() -> None:
    assert [format_size(n) for n in (1, 100, 1536, 2**24, 3 * 2**30)] == [
        "1 byte",
        "100 bytes",
        "1.5 KiB",
        "16 MiB",
        "3 GiB",
    ]


def test_every_limit_is_set_from_the_api(tmp_path: Path) -> None:
    deep = MINIMAL + "  authors: [[[x]]]\n"
    aliases = MINIMAL + "  authors: &a [x]\n  body: *a\n"
    for text, limits, code in [
        (MINIMAL, Limits(max_file_size=10), "NM112"),
        (deep, Limits(max_depth=4), "NM111"),
        (aliases, Limits(max_aliases=1), "NM105"),
        (MINIMAL, Limits(max_string_length=5), "NM113"),
        (
            bundle_yaml("actors:\n- id: a\n  name: A\n  kind: state\n"),
            Limits(max_records=1),
            "NM114",
        ),
    ]:
        with pytest.raises(ValidationError) as raised:
            newsmodel.loads(text, limits=limits)
        assert code in {p.code for p in raised.value.problems}
    path = tmp_path / "a.jsonl"
    path.write_text('{"schema_version": 2}\n' + "[" * 50 + "]" * 50 + "\n", encoding="utf-8")
    problems = newsmodel.validate(path, limits=Limits(max_line_length=30))
    assert [(p.code, p.line) for p in problems] == [("NM115", 2)]
    with pytest.raises(ValidationError):
        list(newsmodel.iter_jsonl(path, limits=Limits(max_line_length=30)))


@pytest.mark.parametrize(
    ("option", "value", "code"),
    [
        ("--max-file-size", "50", "NM112"),
        ("--max-file-size", "1K", None),
        ("--max-depth", "2", "NM111"),
        ("--max-string-length", "10", "NM113"),
        ("--max-records", "1", None),
        ("--max-aliases", "1", None),
        ("--max-line-length", "1M", None),
    ],
)
def test_limit_options_of_validate_and_convert(
    option: str,
    value: str,
    code: str | None,
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    source = tmp_path / "a.yaml"
    source.write_text(MINIMAL, encoding="utf-8")
    status = main(["validate", option, value, str(source), "--format", "json"])
    out = capsys.readouterr().out
    assert status == (1 if code else 0)
    if code:
        assert f'"code": "{code}"' in out
    target = tmp_path / "a.json"
    assert main(["convert", option, value, str(source), str(target)]) == (1 if code else 0)
    assert target.exists() == (code is None)


@pytest.mark.parametrize(
    "args",
    [
        ["--max-file-size", "0"],
        ["--max-file-size", "ten"],
        ["--max-depth", str(MAX_DEPTH_CEILING + 1)],
        ["--max-records", "-5"],
        ["--max-aliases", "1.5"],
    ],
)
def test_bad_limit_options_are_usage_errors(
    args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["validate", *args, str(tmp_path)])
    assert exited.value.code == 2
    assert "usage:" in capsys.readouterr().err


def test_the_json_fast_path_and_the_slow_reader_agree_on_depth() -> None:
    """A JSON bundle nested only through subgroups is held to max_depth like any other."""
    count: dict[str, object] = {"kind": "killed", "best": 1}
    for _ in range(70):
        count = {"kind": "killed", "best": 1, "subgroups": [count]}
    bundle = {
        "schema_version": 2,
        "reports": [{"id": "r", "title": "T"}],
        "actors": [{"id": "a", "name": "A", "kind": "state"}],
        "events": [
            {
                "id": "e",
                "kind": "attack",
                "summary": "S",
                "counts": [count],
                "citations": [{"report": "r"}],
            }
        ],
    }
    with pytest.raises(newsmodel.ValidationError) as raised:
        newsmodel.loads(json.dumps(bundle), format="json")
    assert {p.code for p in raised.value.problems} == {"NM111"}
