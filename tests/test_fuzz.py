"""Fuzzing properties: whatever the input, problems and an exit status, never a crash.

Arbitrary text and bytes, and mutations of the examples, fixtures and corpus
files (lines deleted, duplicated and swapped, bytes flipped, YAML syntax
inserted), are fed to :func:`newsmodel.loads` (YAML, JSON, JSON Lines),
:func:`newsmodel.load` on files, :func:`newsmodel.iter_jsonl` and
``newsmodel validate`` run in this process, with the default limits and with
tiny ones (so that every limit is crossed).  The properties:

- the only exception that leaves the library is
  :class:`~newsmodel.ValidationError`, with at least one problem, each with a
  code in ``RULES``, a message, and text that UTF-8 can encode;
- what loads is kept exactly: written in each format and read back, it is
  equal (no data lost or altered);
- the YAML reader only ever builds plain data (no tag constructs anything);
- the command line returns 0, 1 or 2, and never prints a traceback.

A few hundred examples in all, for CI; ``fuzz/`` has an atheris harness for
long runs.
"""

from __future__ import annotations

import contextlib
import io
import math
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import Bundle, Limits, ValidationError
from newsmodel.cli import main
from newsmodel.problems import RULES
from newsmodel.reading import Node, ParseFailure, parse_yaml
from newsmodel.types import Id
from newsmodel.vocab import ActorKind

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("yaml", "json", "jsonl")
SUFFIXES = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl"}
SEEDS = sorted(
    path
    for folder in (ROOT / "examples", ROOT / "tests" / "fixtures", ROOT / "tests" / "corpus")
    for path in folder.rglob("*")
    if path.is_file() and path.suffix in SUFFIXES and not path.is_symlink()
)
TINY = Limits(
    max_file_size=4096,
    max_line_length=200,
    max_depth=5,
    max_aliases=3,
    max_string_length=30,
    max_records=3,
)
TINY_ARGS = [
    "--max-file-size=4K",
    "--max-line-length=200",
    "--max-depth=5",
    "--max-aliases=3",
    "--max-string-length=30",
    "--max-records=3",
]
FUZZ = settings(
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    database=None,
)

#: Characters with a meaning in YAML or JSON, and a few that break readers.
SYNTAX = [
    ":", ": ", "-", "- ", "[", "]", "{", "}", ",", "&a ", "*a", "!", "!!python/name:os.system ",
    "|", ">", "'", '"', "#", "%", "@", "`", "?", "<<: ", "---\n", "...\n", "\t", "\n", "\r\n",
    "\r", "\x00", "\ufeff", "\u2028", "\x85", "\\", "\\u", "\\ud800", "NaN", "1e400", "-0.0",
    "9" * 5000, "~", "null", "NO", "{", "[" * 300,
    # Huge exponents, and tag and directive mixes (issue 15: all 3,000 crashes fuzzing found).
    "1e-99999999999999999999", "0e99999999999999999999", "1" + "0" * 309, "!!float ",
    "!!int ", "!!bool ", "!!null ", "!!str ", "! ", "!<!> ", "&an:chor ", "*an:chor", "?x",
    "%YAML 1.2\n", "%YAML 1.1\n", "%TAG ! tag:yaml.org,2002:\n", "%TAG !e! tag:e,2000:\n",
    "!e!x ", "017", "0o17", "1_000", "1:20", "yes", "off", " #1",
]  # fmt: skip
#: Text made of pieces: any characters, syntax, lone surrogates (not UTF-8 encodable).
TEXT = st.lists(
    st.text(max_size=12) | st.sampled_from(SYNTAX) | st.sampled_from(["\ud800", "\udc80"]),
    max_size=25,
).map("".join)


def check_problems(error: ValidationError) -> None:
    assert error.problems, "a ValidationError without problems"
    for problem in error.problems:
        assert problem.code in RULES, problem.code
        assert problem.message
        problem.message.encode("utf-8")
        (problem.hint or "").encode("utf-8")
        problem.path.encode("utf-8")
    assert str(error)


def check_round_trip(bundle: Bundle) -> None:
    """What loads is kept exactly: each format writes it, and reads back an equal bundle."""
    for fmt in FORMATS:
        text = newsmodel.dumps(bundle, format=fmt)  # type: ignore[arg-type]
        assert newsmodel.loads(text, format=fmt) == bundle, fmt  # type: ignore[arg-type]


def outcome(call: Callable[[], Bundle]) -> None:
    """Run ``call``: it returns a bundle that round-trips, or raises a ValidationError."""
    try:
        bundle = call()
    except ValidationError as error:
        check_problems(error)
        return
    check_round_trip(bundle)


def run_cli(args: list[str]) -> tuple[int, str, str]:
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = main(args)
    return status, out.getvalue(), err.getvalue()


def check_cli(path: Path, fmt: str, tiny: bool) -> None:
    status, out, err = run_cli(
        ["validate", str(path), "--format", fmt, *(TINY_ARGS if tiny else [])]
    )
    assert status in (0, 1, 2)
    assert "Traceback" not in out + err
    assert err == ""
    out.encode("utf-8")


@st.composite
def mutated(draw: st.DrawFn) -> tuple[str, bytes]:
    """A seed file's suffix and its bytes, mutated one to four times."""
    path = draw(st.sampled_from(SEEDS))
    data = path.read_bytes()
    for _ in range(draw(st.integers(1, 4))):
        lines = data.split(b"\n")
        operation = draw(st.sampled_from(["delete", "duplicate", "swap", "flip", "insert"]))
        at = draw(st.integers(0, max(len(lines) - 1, 0)))
        if operation == "delete" and lines:
            del lines[at]
        elif operation == "duplicate" and lines:
            lines.insert(at, lines[at])
        elif operation == "swap" and len(lines) > 1:
            other = draw(st.integers(0, len(lines) - 1))
            lines[at], lines[other] = lines[other], lines[at]
        data = b"\n".join(lines)
        if operation == "flip" and data:
            offset = draw(st.integers(0, len(data) - 1))
            data = data[:offset] + bytes([draw(st.integers(0, 255))]) + data[offset + 1 :]
        elif operation == "insert":
            offset = draw(st.integers(0, len(data)))
            piece = draw(st.sampled_from(SYNTAX)).encode("utf-8", "surrogatepass")
            data = data[:offset] + piece + data[offset:]
    return path.suffix, data


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("fuzz")


# --------------------------------------------------------------------------
# The library
# --------------------------------------------------------------------------


@settings(FUZZ, max_examples=120)
@given(text=TEXT, fmt=st.sampled_from(FORMATS), tiny=st.booleans())
def test_loads_of_any_text(text: str, fmt: Any, tiny: bool) -> None:
    outcome(lambda: newsmodel.loads(text, format=fmt, limits=TINY if tiny else None))


@settings(FUZZ, max_examples=60)
@given(data=st.binary(max_size=2000), suffix=st.sampled_from(list(SUFFIXES)), tiny=st.booleans())
def test_load_of_any_bytes(data: bytes, suffix: str, tiny: bool, folder: Path) -> None:
    path = folder / f"bytes{suffix}"
    path.write_bytes(data)
    outcome(lambda: newsmodel.load(path, limits=TINY if tiny else None))


@settings(FUZZ, max_examples=150)
@given(case=mutated(), tiny=st.booleans())
def test_load_of_mutated_examples(case: tuple[str, bytes], tiny: bool, folder: Path) -> None:
    suffix, data = case
    path = folder / f"mutated{suffix}"
    path.write_bytes(data)
    outcome(lambda: newsmodel.load(path, limits=TINY if tiny else None))
    fmt = SUFFIXES[suffix]
    text = data.decode("utf-8", "surrogateescape")
    outcome(lambda: newsmodel.loads(text, format=fmt, limits=TINY if tiny else None))  # type: ignore[arg-type]


@settings(FUZZ, max_examples=40)
@given(lines=st.lists(TEXT, max_size=6), tiny=st.booleans())
def test_iter_jsonl_of_any_lines(lines: list[str], tiny: bool) -> None:
    limits = TINY if tiny else None
    try:
        records = list(newsmodel.iter_jsonl(lines, limits=limits))
    except ValidationError as error:
        check_problems(error)
        return
    if not any("\n" in line or "\r" in line for line in lines):
        bundle = newsmodel.loads("\n".join(lines), format="jsonl", limits=limits)
        assert list(bundle.records()) == records


def _plain_only(node: Node) -> None:
    stack = [node]
    while stack:
        current = stack.pop()
        value = current.value
        if isinstance(value, dict):
            assert all(type(key) is str for key in value)
            stack.extend(value.values())
        elif isinstance(value, list):
            stack.extend(value)
        else:
            assert value is None or type(value) in (str, int, float, bool), type(value)
            if type(value) is float:
                assert not math.isinf(value)


@settings(FUZZ, max_examples=80)
@given(text=TEXT)
def test_the_yaml_reader_builds_only_plain_data(text: str) -> None:
    try:
        node = parse_yaml(text)
    except ParseFailure as failure:
        problems = failure.problems
    else:
        _plain_only(node)
        return
    assert problems
    assert all(problem.code in RULES for problem in problems)


#: Inputs fuzzing found crashing (issue 15): a huge exponent in each format, and a
#: ``!!float`` tag on an integer too large for a float.
HUGE_EXPONENT = "1e-99999999999999999999"
CRASHES = [
    ("yaml", f"schema_version: {HUGE_EXPONENT}\n"),
    ("json", f'{{"schema_version": {HUGE_EXPONENT}}}'),
    ("jsonl", f'{{"schema_version": {HUGE_EXPONENT}}}\n'),
    ("jsonl", f'{{"schema_version": 2}}\n{{"type": "actor", "id": "a", "x": {HUGE_EXPONENT}}}\n'),
    ("yaml", "schema_version: !!float 1" + "0" * 309 + "\n"),
    ("yaml", "schema_version: !!float 9007199254740993\n"),
]


@pytest.mark.parametrize(("fmt", "text"), CRASHES)
def test_inputs_that_crashed_give_nm110(fmt: Any, text: str, folder: Path) -> None:
    with pytest.raises(ValidationError) as raised:
        newsmodel.loads(text, format=fmt)
    assert [p.code for p in raised.value.problems] == ["NM110"]
    path = folder / f"crash.{fmt}"
    path.write_text(text, encoding="utf-8")
    status, out, err = run_cli(["validate", str(path)])
    assert (status, err) == (1, "")
    assert "NM110" in out


def test_a_name_that_looks_like_a_huge_exponent_round_trips(folder: Path) -> None:
    actor = newsmodel.Actor(id="a", name=HUGE_EXPONENT, kind=ActorKind.STATE)  # type: ignore[arg-type]
    bundle = Bundle(schema_version=2, actors=(actor,))
    check_round_trip(bundle)
    assert f"name: '{HUGE_EXPONENT}'" in newsmodel.dumps(bundle)  # quoted: not a number
    source, target = folder / "name.json", folder / "name.yaml"
    newsmodel.dump(bundle, source)
    assert run_cli(["convert", str(source), str(target)])[0] == 0
    assert newsmodel.load(target) == bundle


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


@settings(FUZZ, max_examples=50)
@given(
    case=mutated() | st.tuples(st.sampled_from(list(SUFFIXES)), st.binary(max_size=1000)),
    fmt=st.sampled_from(["text", "json", "github"]),
    tiny=st.booleans(),
)
def test_cli_on_any_file(case: tuple[str, bytes], fmt: str, tiny: bool, folder: Path) -> None:
    suffix, data = case
    path = folder / f"cli{suffix}"
    path.write_bytes(data)
    check_cli(path, fmt, tiny)


# --------------------------------------------------------------------------
# No data lost: any text in a value survives every format
# --------------------------------------------------------------------------

VALUE = st.text(
    st.characters(exclude_categories=["Cs"]) | st.sampled_from(["\x85", "\u2028", "\ufeff"]),
    min_size=1,
).filter(lambda text: not text.isspace())


@settings(FUZZ, max_examples=150)
@given(title=VALUE, body=VALUE, author=VALUE)
def test_any_text_in_a_value_round_trips_through_every_format(
    title: str, body: str, author: str
) -> None:
    byline = (newsmodel.Author(name=author),)
    report = newsmodel.Report(id=Id("voa"), title=title, body=body, authors=byline)
    bundle = Bundle(schema_version=2, reports=(report,))
    check_round_trip(bundle)
