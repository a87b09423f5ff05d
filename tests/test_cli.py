"""Tests of the ``newsmodel`` command line, driven by the problem fixtures.

``tests/fixtures/problems/`` holds at least one fixture for every code in
:data:`newsmodel.problems.RULES`.  A fixture is data, never code:

- a single file named ``<code>-<rule name>[-<variant>].<suffix>``
  (``NM402-unresolved-reference.yaml``), or
- a folder named the same way (``NM401-duplicate-id/``) holding several
  files, for rules across files.

Each fixture says what it must produce, one problem per line: in YAML files
as comment lines ``# expect: NM402 26:12``; for JSON and JSON Lines files,
which cannot hold comments, in a sidecar file named after the data file plus
``.expect`` (``NM103-duplicate-key.json.expect``, lines ``7:7 NM103``); in a
folder, also in ``expect.txt`` with the file named (``b.json 4:12 NM401``).
The tokens of a line may come in any order: a code ``NMxxx``, a position
``LINE:COLUMN`` (left out for problems that have none, such as NM100) and a
file.  Lines starting with ``#`` in sidecar files are comments, except an
``# args:`` line: options that every run of the fixture passes before its
name (``# args: --max-string-length 40``), for the limits (NM112 to NM115),
whose defaults only a huge file crosses.  In YAML files it is a comment
line like the expectations.

Running ``newsmodel validate <fixture>`` must report exactly the expected
problems (code, file, line and column) and nothing else, in each output
format, with the right exit status.  Paths in the output are as given on the
command line, so the tests run in the fixtures folder and pass the fixture's
name.

NM100 needs a file that cannot be read: ``NM100-unreadable-file/missing.yaml``
is a symbolic link, committed to git, to a file that does not exist.  On a
checkout without symbolic links (git's ``core.symlinks=false``) it is a small
text file instead; the tests then copy the folder and make the link in the
copy (see :data:`LINKS`).
"""

from __future__ import annotations

import gc
import itertools
import json
import os
import re
import shlex
import shutil
import signal
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from newsmodel import io
from newsmodel.cli import main
from newsmodel.dataset import DATA_SUFFIXES
from newsmodel.problems import RULES, Severity
from newsmodel.vocab import VOCABULARIES, Stance, StanceParty

TESTS = Path(__file__).resolve().parent
ROOT = TESTS.parent
FIXTURES = TESTS / "fixtures" / "problems"
CLEAN = TESTS / "fixtures" / "clean" / "mali.yaml"

#: Symbolic links the fixtures need, relative to FIXTURES, and their targets.
LINKS = {"NM100-unreadable-file/missing.yaml": "does-not-exist.yaml"}

FORMATS = ("text", "json", "github")
EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2
#: Codes below NM4 that the dataset rules report (they depend on the other files: a
#: report whose id another file defines too is not checked for its title).
DATASET_WIDE = frozenset({"NM322"})

# --------------------------------------------------------------------------
# Fixtures: reading what each one expects
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Spot:
    """A problem as the tests compare it: where, and which code."""

    file: str
    line: int | None
    column: int | None
    code: str

    def key(self) -> tuple[str, int, int, str]:
        """The order problems are reported in (as ``Problem.sort_key``)."""
        return (self.file, self.line or 0, self.column or 0, self.code)


@dataclass(frozen=True)
class Fixture:
    """One fixture: a file or folder under FIXTURES and the problems it must produce."""

    name: str
    expected: tuple[Spot, ...]
    files: int
    args: tuple[str, ...] = ()
    """Options every run of the fixture passes (its ``# args:`` line)."""

    @property
    def code(self) -> str:
        return self.name[:5]

    @property
    def warnings_only(self) -> bool:
        return all(RULES[spot.code].severity is Severity.WARNING for spot in self.expected)

    @property
    def status(self) -> int:
        """The exit status of ``newsmodel validate`` (without ``--strict``)."""
        if any(spot.code == "NM100" for spot in self.expected):
            return EXIT_USAGE
        errors = any(RULES[spot.code].severity is Severity.ERROR for spot in self.expected)
        return EXIT_PROBLEMS if errors else EXIT_OK

    def __str__(self) -> str:
        return self.name


_CODE = re.compile(r"NM\d{3}\Z")
_POSITION = re.compile(r"(\d+):(\d+)\Z")
_EXPECT_COMMENT = re.compile(r"#\s*expect:(.*)")
_ARGS_COMMENT = re.compile(r"#\s*args:(.*)")


def _args(path: Path) -> list[str]:
    """The options of the ``# args:`` lines of a fixture file or sidecar."""
    text = path.read_bytes().decode("utf-8", "replace")
    found = (_ARGS_COMMENT.match(line.strip()) for line in text.splitlines())
    return [arg for match in found if match for arg in shlex.split(match[1])]


def _spot(text: str, file: str, where: str) -> Spot:
    code: str | None = None
    line: int | None = None
    column: int | None = None
    for token in text.split():
        position = _POSITION.match(token)
        if _CODE.match(token):
            code = token
        elif position:
            line, column = int(position[1]), int(position[2])
        else:
            file = token
    assert code is not None, f"{where}: no problem code in expectation {text!r}"
    return Spot(file, line, column, code)


def _comment_expectations(path: Path, file: str) -> list[Spot]:
    text = path.read_bytes().decode("utf-8", "replace")  # NM101 holds a bad byte
    found = (_EXPECT_COMMENT.match(line.strip()) for line in text.splitlines())
    return [_spot(match[1], file, str(path)) for match in found if match]


def _sidecar_expectations(path: Path, default_file: str, folder: str | None) -> list[Spot]:
    spots = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            spot = _spot(line, default_file, str(path))
            if folder is not None:
                spot = Spot(os.path.join(folder, spot.file), spot.line, spot.column, spot.code)
            spots.append(spot)
    return spots


def _is_data(name: str) -> bool:
    return not name.startswith(".") and name.lower().endswith(DATA_SUFFIXES)


def load_fixtures() -> list[Fixture]:
    """Read every fixture under FIXTURES with its expectations."""
    fixtures = []
    for entry in sorted(FIXTURES.iterdir()):
        name = entry.name
        if name.startswith(".") or name.endswith(".expect") or name == "README.md":
            continue
        expected: list[Spot] = []
        args: list[str] = []
        if entry.is_dir() and not entry.is_symlink():
            names = sorted(
                os.path.relpath(os.path.join(folder, file), entry)
                for folder, _, files in os.walk(entry)
                for file in files
            )
            data = [n for n in names if _is_data(n)]
            for relative in data:
                if relative.endswith((".yaml", ".yml")) and (entry / relative).is_file():
                    expected += _comment_expectations(
                        entry / relative, os.path.join(name, relative)
                    )
            if (entry / "expect.txt").exists():
                expected += _sidecar_expectations(entry / "expect.txt", name, folder=name)
                args += _args(entry / "expect.txt")
            files = len(data)
        else:
            if name.endswith((".yaml", ".yml")):
                expected += _comment_expectations(entry, name)
                args += _args(entry)
            sidecar = entry.with_name(name + ".expect")
            if sidecar.exists():
                expected += _sidecar_expectations(sidecar, name, folder=None)
                args += _args(sidecar)
            files = 1
        fixtures.append(Fixture(name, tuple(sorted(expected, key=Spot.key)), files, tuple(args)))
    return fixtures


ALL = load_fixtures()
BY_NAME = {fixture.name: fixture for fixture in ALL}
WARNING_FIXTURES = [fixture for fixture in ALL if fixture.warnings_only]


def fixture(name: str) -> Fixture:
    return BY_NAME[name]


# --------------------------------------------------------------------------
# Running the command and reading its output
# --------------------------------------------------------------------------


@dataclass(frozen=True)
class Result:
    status: int
    out: str
    err: str


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    """Run as on a developer's machine: not under GitHub Actions, colour not forced off."""
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")


@pytest.fixture
def workdir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Change into the folder the fixtures are run from, and return it.

    That is FIXTURES, unless a symbolic link a fixture needs is missing from
    the checkout: then a copy of FIXTURES with the links made.
    """
    base = FIXTURES
    if not all((FIXTURES / link).is_symlink() for link in LINKS):
        base = tmp_path / "problems"
        shutil.copytree(FIXTURES, base, symlinks=True)
        for link, target in LINKS.items():
            (base / link).unlink(missing_ok=True)
            (base / link).symlink_to(target)
    monkeypatch.chdir(base)
    return base


def run(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    """Run ``newsmodel`` in this process."""
    status = main(list(args))
    captured = capsys.readouterr()
    return Result(status, captured.out, captured.err)


def run_process(
    *args: str, cwd: Path, program: Sequence[str] = (sys.executable, "-m", "newsmodel")
) -> Result:
    """Run ``python -m newsmodel`` (or another ``program``) in a new process."""
    env = {k: v for k, v in os.environ.items() if k not in ("GITHUB_ACTIONS", "NO_COLOR")}
    done = subprocess.run(
        [*program, *args],
        cwd=cwd,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
        timeout=120,
    )
    return Result(done.returncode, done.stdout, done.stderr)


_TEXT_PROBLEM = re.compile(
    r"(?P<file>[^\s:][^:]*?)(?::(?P<line>\d+):(?P<column>\d+))?: (?P<code>NM\d{3}) (?P<rest>.+)\Z"
)
_SUMMARY = re.compile(
    r"Checked (?P<files>\d+) files?, (?P<records>\d+) records?: (?P<errors>\d+) errors?, "
    r"(?P<warnings>\d+) warnings?(?:, (?P<info>\d+) info)?(?:\. (?P<verdict>ok|failed))?\Z"
)
_GITHUB = re.compile(r"::(?P<level>error|warning|notice) (?P<props>[^:]*)::(?P<message>.*)\Z")


@dataclass(frozen=True)
class Summary:
    files: int
    records: int
    errors: int
    warnings: int
    info: int = 0


def parse_text(out: str) -> tuple[list[Spot], Summary, str | None]:
    """Problems, summary and verdict of text output; fails on any line it cannot read."""
    lines = out.splitlines()
    assert lines, "no output"
    summary = _SUMMARY.match(lines[-1])
    assert summary, f"no summary line at the end: {lines[-1]!r}"
    spots = []
    for line in lines[:-1]:
        if not line or line.startswith("    hint: "):
            continue
        match = _TEXT_PROBLEM.match(line)
        assert match, f"unexpected output line: {line!r}"
        code = match["code"]
        severity = RULES[code].severity
        for other in (Severity.WARNING, Severity.INFO):  # errors have no suffix
            assert match["rest"].endswith(f" ({other.value})") == (severity is other), line
        spots.append(
            Spot(
                match["file"],
                int(match["line"]) if match["line"] else None,
                int(match["column"]) if match["column"] else None,
                code,
            )
        )
    if spots:
        assert lines[-2] == "", "a blank line goes before the summary"
    counts = {key: int(summary[key] or 0) for key in ("files", "records", "errors", "warnings")}
    return spots, Summary(**counts, info=int(summary["info"] or 0)), summary["verdict"]


def parse_json(out: str) -> tuple[list[Spot], Summary]:
    document = json.loads(out)
    assert set(document) == {"summary", "problems"}
    spots = []
    for problem in document["problems"]:
        rule = RULES[problem["code"]]
        assert problem["name"] == rule.name
        assert problem["severity"] == rule.severity.value
        assert problem["message"]
        assert problem["path"].startswith("$")
        spots.append(Spot(problem["file"], problem["line"], problem["column"], problem["code"]))
    return spots, Summary(**document["summary"])


def _unescape(value: str) -> str:
    for escaped, char in (("%0D", "\r"), ("%0A", "\n"), ("%3A", ":"), ("%2C", ","), ("%25", "%")):
        value = value.replace(escaped, char)
    return value


def parse_github(out: str, *, strict: bool = False) -> tuple[list[Spot], Summary]:
    """Problems of GitHub workflow-command output; fails on any line it cannot read.

    Warnings are ``::warning`` commands, but ``::error`` ones under ``--strict``.
    """
    lines = out.splitlines()
    summary = _SUMMARY.match(lines[-1])
    assert summary, f"no summary line at the end: {lines[-1]!r}"
    assert summary["verdict"] is None
    spots = []
    for line in lines[:-1]:
        match = _GITHUB.match(line)
        assert match, f"not a workflow command: {line!r}"
        props = dict(prop.split("=", 1) for prop in match["props"].split(","))
        assert set(props) <= {"file", "line", "col", "title"}
        code, name = props["title"].split(" ", 1)
        assert name == RULES[code].name
        severity = RULES[code].severity
        level = (
            "notice"  # information never fails a run
            if severity is Severity.INFO
            else "warning"
            if severity is Severity.WARNING and not strict
            else "error"
        )
        assert match["level"] == level
        assert "\n" not in match["message"]
        spots.append(
            Spot(
                _unescape(props["file"]),
                int(props["line"]) if "line" in props else None,
                int(props["col"]) if "col" in props else None,
                code,
            )
        )
    counts = {key: int(summary[key]) for key in ("files", "records", "errors", "warnings")}
    return spots, Summary(**counts, info=int(summary["info"] or 0))


def parse(fmt: str, out: str) -> tuple[list[Spot], Summary]:
    if fmt == "text":
        spots, summary, _ = parse_text(out)
        return spots, summary
    return parse_json(out) if fmt == "json" else parse_github(out)


def severities(spots: list[Spot] | tuple[Spot, ...]) -> tuple[int, int]:
    """The numbers of errors and of warnings among ``spots`` (information is neither)."""
    errors = sum(RULES[spot.code].severity is Severity.ERROR for spot in spots)
    warnings = sum(RULES[spot.code].severity is Severity.WARNING for spot in spots)
    return errors, warnings


def assert_no_traceback(result: Result) -> None:
    assert "Traceback" not in result.out
    assert "Traceback" not in result.err


# --------------------------------------------------------------------------
# The fixtures themselves
# --------------------------------------------------------------------------


def test_every_rule_has_a_fixture() -> None:
    covered = {fixture.code for fixture in ALL}
    missing = sorted(set(RULES) - covered)
    assert not missing, f"add a fixture under {FIXTURES} for: {', '.join(missing)}"


@pytest.mark.parametrize("case", ALL, ids=str)
def test_fixture_is_well_formed(case: Fixture) -> None:
    rule = RULES.get(case.code)
    assert rule is not None, f"{case.name} is named after an unknown code"
    stem = case.name.split(".")[0]
    assert stem == f"{rule.code}-{rule.name}" or stem.startswith(f"{rule.code}-{rule.name}-"), (
        f"name the fixture {rule.code}-{rule.name}..."
    )
    assert case.expected, f"{case.name} declares no expected problem"
    assert {spot.code for spot in case.expected} == {case.code}, "a fixture tests one code"
    assert case.files >= 1


# --------------------------------------------------------------------------
# validate: every fixture, every format
# --------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("case", ALL, ids=str)
def test_fixture_produces_exactly_its_problems(
    case: Fixture,
    fmt: str,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = run(capsys, "validate", *case.args, case.name, "--format", fmt)
    assert_no_traceback(result)
    assert result.err == ""
    spots, summary = parse(fmt, result.out)
    assert spots == sorted(spots, key=Spot.key), "problems are sorted by file and position"
    assert spots == list(case.expected)
    assert (summary.errors, summary.warnings) == severities(case.expected)
    assert summary.info == sum(RULES[s.code].severity is Severity.INFO for s in case.expected)
    assert summary.files == case.files
    assert result.status == case.status


@pytest.mark.parametrize("case", WARNING_FIXTURES, ids=str)
def test_warnings_fail_only_under_strict(
    case: Fixture, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    relaxed = run(capsys, "validate", *case.args, case.name)
    strict = run(capsys, "validate", "--strict", *case.args, case.name)
    assert relaxed.status == EXIT_OK
    assert strict.status == EXIT_PROBLEMS
    assert parse_text(relaxed.out)[0] == parse_text(strict.out)[0] == list(case.expected)
    assert parse_text(relaxed.out)[2] is None
    assert parse_text(strict.out)[2] == "failed"


@pytest.mark.parametrize("case", [c for c in ALL if c.warnings_only], ids=str)
def test_warnings_that_fail_under_strict_are_github_errors(
    case: Fixture, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    relaxed = run(capsys, "validate", "--format", "github", *case.args, case.name)
    strict = run(capsys, "validate", "--format", "github", "--strict", *case.args, case.name)
    assert relaxed.out.startswith("::warning ")
    assert "::warning " not in strict.out
    assert strict.out.startswith("::error ")
    assert parse_github(strict.out, strict=True) == parse_github(relaxed.out)
    assert strict.status == EXIT_PROBLEMS


@pytest.mark.parametrize(
    "case", [c for c in ALL if not c.warnings_only and c.status == EXIT_PROBLEMS], ids=str
)
def test_errors_fail_with_or_without_strict(
    case: Fixture, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "validate", "--strict", *case.args, case.name)
    assert result.status == EXIT_PROBLEMS
    assert parse_text(result.out)[2] == "failed"


SUBPROCESS_CASES = [
    "NM100-unreadable-file",
    "NM101-not-utf8.yaml",
    "NM101-not-utf8.jsonl",
    "NM111-too-deep.yaml",
    "NM115-line-too-long.jsonl",
    "NM205-unknown-term.jsonl",
    "NM401-duplicate-id",
    "NM451-unused-actor.yaml",
]


@pytest.mark.parametrize("fmt", FORMATS)
@pytest.mark.parametrize("name", SUBPROCESS_CASES)
def test_console_script_matches_in_process_run(
    name: str, fmt: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    case = fixture(name)
    inside = run(capsys, "validate", *case.args, name, "--format", fmt)
    outside = run_process("validate", *case.args, name, "--format", fmt, cwd=workdir)
    assert_no_traceback(outside)
    assert outside.err == ""
    assert outside.status == inside.status == case.status
    assert outside.out == inside.out
    assert parse(fmt, outside.out)[0] == list(case.expected)


def test_installed_entry_point(workdir: Path) -> None:
    script = Path(sys.executable).with_name("newsmodel")
    if not script.exists():
        pytest.skip(f"no console script next to {sys.executable} (package not installed)")
    case = fixture("NM402-unresolved-reference.yaml")
    done = run_process(
        "validate", case.name, "--format", "json", cwd=workdir, program=[str(script)]
    )
    assert done.status == EXIT_PROBLEMS
    assert parse_json(done.out)[0] == list(case.expected)


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (["validate", "examples/boohoo-leicester-2020.yaml"], 0),
        (["validate", "no-such"], 2),
        (["--version"], 0),  # argparse exits from within main()
        (["validate", "--no-such-option"], 2),
    ],
)
def test_the_command_exits_with_mains_status_and_its_objects_frozen(
    args: list[str], status: int
) -> None:
    # run() is the script's entry point: main()'s status becomes the exit status, and
    # what the command built is frozen, out of the interpreter's last collection (a
    # walk of every module and class that would free nothing), while exit handlers run.
    probe = (
        "import atexit, gc, sys\n"
        "atexit.register(lambda: print('frozen', gc.get_freeze_count() > 1_000))\n"
        "from newsmodel.cli import run\n"
        "run()\n"
    )
    done = run_process(*args, cwd=ROOT, program=[sys.executable, "-c", probe])
    assert done.status == status
    assert done.out.endswith("frozen True\n")


def test_whole_fixture_folder_is_deterministic(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Every fixture at once: ids clash across files, and one path cannot be read.
    first = run(capsys, "validate", ".", "--info")
    second = run(capsys, "validate", ".", "--info")
    assert_no_traceback(first)
    assert first == second
    assert first.status == EXIT_USAGE  # the NM100 fixture
    spots, summary, verdict = parse_text(first.out)
    assert spots == sorted(spots, key=Spot.key)
    assert verdict == "failed"
    assert summary.files == sum(case.files for case in ALL)
    # The problems of single files do not depend on the other files (those of the
    # limit fixtures need their options, which this run does not pass).
    own = {
        Spot("./" + s.file, s.line, s.column, s.code)
        for case in ALL
        for s in case.expected
        if s.code < "NM4" and s.code not in DATASET_WIDE and not case.args
    }
    assert own <= set(spots)
    for fmt in ("json", "github"):
        assert parse(fmt, run(capsys, "validate", ".", "--format", fmt).out)[0] == spots


def test_problems_are_sorted_across_files(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    names = ["NM451-unused-actor.yaml", "NM203-wrong-type.yaml", "NM102-syntax-error.yaml"]
    result = run(capsys, "validate", *names)
    spots = parse_text(result.out)[0]
    expected = sorted((s for n in names for s in fixture(n).expected), key=Spot.key)
    assert spots == expected
    assert [s.file for s in spots] == sorted(names)


# --------------------------------------------------------------------------
# validate: paths, and what is not a dataset
# --------------------------------------------------------------------------


def test_paths_are_reported_as_given(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    case = fixture("NM402-unresolved-reference.yaml")
    spot = case.expected[0]
    for given in (case.name, f"./{case.name}", str(workdir / case.name)):
        result = run(capsys, "validate", given, "--format", "json")
        assert parse_json(result.out)[0] == [Spot(given, spot.line, spot.column, spot.code)]
    folder = fixture("NM401-duplicate-id")
    result = run(capsys, "validate", "NM401-duplicate-id/")
    assert {s.file for s in parse_text(result.out)[0]} == {
        "NM401-duplicate-id/a.yaml",
        "NM401-duplicate-id/b.json",
    }
    result = run(capsys, "validate", str(workdir / "NM401-duplicate-id"))
    assert parse_text(result.out)[0] == [
        Spot(str(workdir / s.file), s.line, s.column, s.code) for s in folder.expected
    ]


def test_missing_path_is_unreadable(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "validate", "no-such-file.yaml", "--format", "json")
    assert result.status == EXIT_USAGE
    assert parse_json(result.out)[0] == [Spot("no-such-file.yaml", None, None, "NM100")]


def test_file_of_another_type_is_unreadable(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    notes = tmp_path / "notes.txt"
    notes.write_text("schema_version: 1\n", encoding="utf-8")
    result = run(capsys, "validate", str(notes))
    assert result.status == EXIT_USAGE
    assert parse_text(result.out)[0] == [Spot(str(notes), None, None, "NM100")]


def test_folder_without_data_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "README.md").write_text("no data here\n", encoding="utf-8")
    result = run(capsys, "validate", str(tmp_path))
    assert result.status == EXIT_USAGE
    assert result.out == ""
    assert "no .yaml, .yml, .json or .jsonl files" in result.err


def test_deeper_than_the_yaml_parser_allows(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # Beyond libyaml's own limit (1000 levels) and Python's recursion limit: still one
    # NM111, never a RecursionError.  Its position depends on whether libyaml is present.
    deep = tmp_path / "deep.yaml"
    deep.write_text("schema_version: 1\nx: " + "[" * 5000 + "]" * 5000 + "\n", encoding="utf-8")
    result = run(capsys, "validate", str(deep), "--format", "json")
    assert_no_traceback(result)
    assert result.status == EXIT_PROBLEMS
    assert [spot.code for spot in parse_json(result.out)[0]] == ["NM111"]


def test_clean_data_passes(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "validate", "--strict", str(CLEAN))
    assert result.status == EXIT_OK
    spots, summary, verdict = parse_text(result.out)
    assert spots == []
    assert verdict == "ok"
    assert summary == Summary(files=1, records=10, errors=0, warnings=0)


def test_examples_are_valid(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # The README's first command, run from the root of the checkout.
    monkeypatch.chdir(ROOT)
    result = run(capsys, "validate", "examples/")
    assert result.status == EXIT_OK, result.out + result.err
    assert parse_text(result.out)[1].errors == 0


def test_hints_are_shown(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    name = "NM402-unresolved-reference-responder.yaml"
    document = json.loads(run(capsys, "validate", name, "--format", "json").out)
    assert [p["hint"] for p in document["problems"]] == ["define an actor with this id"]
    text = run(capsys, "validate", "NM402-unresolved-reference.yaml").out
    assert "\n    hint: did you mean 'malian-security-forces'?\n" in text


# --------------------------------------------------------------------------
# validate: --select, --ignore, --explain
# --------------------------------------------------------------------------

MIXED = [
    "NM102-syntax-error.yaml",
    "NM203-wrong-type.yaml",
    "NM303-interval-out-of-order.yaml",
    "NM451-unused-actor.yaml",
]


def _codes_of(result: Result) -> list[str]:
    return [spot.code for spot in parse_text(result.out)[0]]


@pytest.mark.parametrize(
    ("options", "codes", "status"),
    [
        ([], ["NM102", "NM203", "NM303", "NM451"], EXIT_PROBLEMS),
        (["--select", "NM2"], ["NM203"], EXIT_PROBLEMS),
        (["--select", "NM203"], ["NM203"], EXIT_PROBLEMS),
        (["--select", "nm203"], ["NM203"], EXIT_PROBLEMS),
        (["--select", "NM203,NM45"], ["NM203", "NM451"], EXIT_PROBLEMS),
        (["--select", "NM3", "--select", "NM1"], ["NM102", "NM303"], EXIT_PROBLEMS),
        (["--select", "NM4"], ["NM451"], EXIT_OK),
        (["--select", "NM4", "--strict"], ["NM451"], EXIT_PROBLEMS),
        (["--ignore", "NM4"], ["NM102", "NM203", "NM303"], EXIT_PROBLEMS),
        (["--ignore", "NM1,NM2,NM3"], ["NM451"], EXIT_OK),
        (["--ignore", "NM451", "--ignore", "NM2"], ["NM102", "NM303"], EXIT_PROBLEMS),
        (["--select", "NM", "--ignore", "NM1", "--ignore", "NM2,NM3"], ["NM451"], EXIT_OK),
        (["--select", "NM4", "--ignore", "NM451", "--strict"], [], EXIT_OK),
    ],
)
def test_select_and_ignore(
    options: list[str],
    codes: list[str],
    status: int,
    workdir: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = run(capsys, "validate", *options, *MIXED)
    assert _codes_of(result) == codes
    assert result.status == status
    verdict = parse_text(result.out)[2]
    assert verdict == ("failed" if status else "ok" if not codes else None)


def test_options_before_paths_leave_paths_alone(
    workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    # As a pre-commit hook's args: [--ignore, NM451, data/]
    result = run(capsys, "validate", "--ignore", "NM451", "NM451-unused-actor.yaml")
    assert result.status == EXIT_OK
    assert parse_text(result.out)[2] == "ok"


@pytest.mark.parametrize("option", ["--select", "--ignore"])
@pytest.mark.parametrize("code", ["NM999", "XX1", "NM203,NM999"])
def test_unknown_code_is_a_usage_error(
    option: str, code: str, workdir: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "validate", option, code, "NM203-wrong-type.yaml")
    assert result.status == EXIT_USAGE
    assert result.out == ""
    assert "unknown code" in result.err
    assert "newsmodel rules" in result.err


def _explanation(code: str) -> list[str]:
    rule = RULES[code]
    return [f"{rule.code} {rule.name} ({rule.severity.value})", rule.summary, rule.fix]


@pytest.mark.parametrize(
    "args",
    [
        ["validate", "--explain", "NM203"],
        ["validate", "--explain", "nm203"],
        ["rules", "NM203"],
        ["rules", "nm203"],
    ],
)
def test_explain_one_rule(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, *args)
    assert result.status == EXIT_OK
    for part in _explanation("NM203"):
        assert part in result.out
    assert "    title: 1984" in result.out  # the example, indented


def test_explain_is_the_same_everywhere(capsys: pytest.CaptureFixture[str]) -> None:
    for code in RULES:
        explained = run(capsys, "validate", "--explain", code)
        assert explained == run(capsys, "rules", code)
        for part in _explanation(code):
            assert part in explained.out


@pytest.mark.parametrize("args", [["validate", "--explain", "NM999"], ["rules", "NM999"]])
def test_explain_unknown_code(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, *args)
    assert result.status == EXIT_USAGE
    assert result.out == ""
    assert "unknown code 'NM999'" in result.err


# --------------------------------------------------------------------------
# rules, vocab
# --------------------------------------------------------------------------


def test_rules_lists_every_code(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "rules")
    assert result.status == EXIT_OK
    lines = result.out.splitlines()
    assert [line.split()[0] for line in lines] == list(RULES)
    for line, rule in zip(lines, RULES.values(), strict=True):
        assert line.split()[1:3] == [rule.severity.value, rule.name]
        assert line.endswith(rule.summary)


@pytest.mark.parametrize(
    ("args", "prefix"),
    [
        (["rules", "NM4"], "NM4"),
        (["rules", "nm45"], "NM45"),
        (["rules", "NM"], "NM"),
        (["validate", "--explain", "NM1"], "NM1"),
    ],
)
def test_a_code_prefix_lists_its_rules(
    args: list[str], prefix: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, *args)
    assert result.status == EXIT_OK
    listed = [line.split()[0] for line in result.out.splitlines()]
    assert listed == [code for code in RULES if code.startswith(prefix)]
    assert len(listed) > 1


@pytest.mark.parametrize("code", ["NM9", "NM4Z", "X"])
def test_a_prefix_of_no_rule_is_a_usage_error(
    code: str, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "rules", code)
    assert result.status == EXIT_USAGE
    assert f"unknown code {code!r}" in result.err


def test_vocab_lists_every_vocabulary(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "vocab")
    assert result.status == EXIT_OK
    assert [line.split()[0] for line in result.out.splitlines()] == list(VOCABULARIES)


@pytest.mark.parametrize("name", ["Stance", "stance", "STANCE"])
def test_vocab_lists_the_terms_of_one(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "vocab", name)
    assert result.status == EXIT_OK
    terms = [line.split()[0] for line in result.out.splitlines()]
    assert terms == [term.term for term in VOCABULARIES["Stance"]]
    assert "not_addressed" in terms
    assert "CAMEO 016" in result.out  # external codes are shown


@pytest.mark.parametrize("name", list(VOCABULARIES))
def test_vocab_of_every_vocabulary(name: str, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "vocab", name)
    assert result.status == EXIT_OK
    assert len(result.out.splitlines()) == len(VOCABULARIES[name])


def test_vocab_shows_the_party_of_each_stance(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "vocab", "Stance")
    for line, stance in zip(result.out.splitlines(), Stance, strict=True):
        term, label, party = line.split()[:3]
        assert (term, label, party) == (stance.term, "party:", stance.party.term)
    assert {stance.party for stance in Stance} == set(StanceParty)


@pytest.mark.parametrize("args", [[], *([name] for name in VOCABULARIES)])
def test_vocab_prints_plain_text_not_rest_markup(
    args: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "vocab", *args)
    assert "`" not in result.out
    assert ":class:" not in result.out


def test_vocab_summaries_lose_their_markup(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "vocab")
    assert "an actor may carry in identifiers.\n" in result.out


def test_vocab_unknown(capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "vocab", "Stances")
    assert result.status == EXIT_USAGE
    assert result.out == ""
    assert "no vocabulary 'Stances'" in result.err


# --------------------------------------------------------------------------
# convert
# --------------------------------------------------------------------------


def test_convert_round_trip(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    original = io.load(CLEAN)
    chain = [CLEAN, tmp_path / "mali.json", tmp_path / "mali.jsonl", tmp_path / "mali.yaml"]
    for source, target in itertools.pairwise(chain):
        result = run(capsys, "convert", "--drop-comments", str(source), str(target))
        assert result == Result(EXIT_OK, "", "")
        assert io.load(target) == original
    version = original.schema_version
    assert json.loads(chain[1].read_text(encoding="utf-8"))["schema_version"] == version
    header, *records = chain[2].read_text(encoding="utf-8").splitlines()
    assert json.loads(header) == {"schema_version": version}
    assert len(records) == len(original.records())
    assert chain[3].read_text(encoding="utf-8") == io.dumps(original)


def test_convert_rewrites_in_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    target = tmp_path / "mali.yaml"
    shutil.copyfile(CLEAN, target)
    assert run(capsys, "convert", "--drop-comments", str(target), str(target)).status == EXIT_OK
    text = target.read_text(encoding="utf-8")
    assert text == io.dumps(io.load(CLEAN))
    assert run(capsys, "convert", str(target), str(target)).status == EXIT_OK
    assert target.read_text(encoding="utf-8") == text  # canonical form is a fixed point


def test_convert_rewrites_in_place_by_another_name(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "mali.yaml"
    shutil.copyfile(CLEAN, target)
    monkeypatch.chdir(tmp_path)
    result = run(capsys, "convert", "--drop-comments", "mali.yaml", str(target))
    assert result == Result(EXIT_OK, "", "")
    assert target.read_text(encoding="utf-8") == io.dumps(io.load(CLEAN))


def test_convert_does_not_replace_another_file_without_force(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.json"
    target.write_text("precious\n", encoding="utf-8")
    result = run(capsys, "convert", "--drop-comments", str(CLEAN), str(target))
    assert result.status == EXIT_USAGE
    assert f"{target} exists; pass --force to replace it" in result.err
    assert target.read_text(encoding="utf-8") == "precious\n"
    assert list(tmp_path.iterdir()) == [target]
    forced = run(capsys, "convert", "--force", "--drop-comments", str(CLEAN), str(target))
    assert forced.status == EXIT_OK
    assert io.load(target) == io.load(CLEAN)


@pytest.mark.parametrize(
    ("args", "fmt"),
    [
        ([], "yaml"),
        (["--to", "json", "--drop-comments"], "json"),
        (["--to", "jsonl", "--drop-comments"], "jsonl"),
    ],
)
def test_convert_to_standard_output(
    args: list[str],
    fmt: io.Format,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.chdir(tmp_path)
    result = run(capsys, "convert", *args, str(CLEAN), "-")
    assert result == Result(EXIT_OK, io.dumps(io.load(CLEAN), format=fmt), "")
    assert list(tmp_path.iterdir()) == []  # no file named -


def test_convert_to_standard_output_refuses_data_with_problems(
    capsys: pytest.CaptureFixture[str],
) -> None:
    result = run(capsys, "convert", str(FIXTURES / "NM203-wrong-type.yaml"), "-")
    assert result.status == EXIT_PROBLEMS
    assert result.out == ""
    assert "NM203" in result.err


def _sigterm() -> None:
    os.kill(os.getpid(), signal.SIGTERM)


def _ctrl_c() -> None:
    raise KeyboardInterrupt


@pytest.mark.parametrize(
    ("stop", "expected"),
    [(_sigterm, (143, "terminated")), (_ctrl_c, (130, "interrupted"))],
    ids=["sigterm", "ctrl-c"],
)
def test_a_stopped_convert_leaves_no_temporary_file(
    stop: Any,
    expected: tuple[int, str],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    status, said = expected
    real_fsync = os.fsync

    def stopped_while_writing(descriptor: int) -> None:
        stop()
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", stopped_while_writing)
    before = signal.getsignal(signal.SIGTERM)
    result = run(capsys, "convert", "--drop-comments", str(CLEAN), str(tmp_path / "mali.json"))
    assert result == Result(status, "", f"newsmodel: {said}\n")
    assert list(tmp_path.iterdir()) == []
    assert signal.getsignal(signal.SIGTERM) is before


@pytest.mark.parametrize(
    "source", ["NM203-wrong-type.yaml", "NM102-syntax-error.json", "NM107-not-a-mapping.jsonl"]
)
@pytest.mark.parametrize("exists", [True, False], ids=["existing-target", "new-target"])
def test_convert_refuses_data_with_problems(
    source: str, exists: bool, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    target = tmp_path / "out.yaml"
    if exists:
        target.write_text("untouched\n", encoding="utf-8")
    result = run(capsys, "convert", "--force", str(FIXTURES / source), str(target))
    assert result.status == EXIT_PROBLEMS
    assert result.out == ""
    spot = fixture(source).expected[0]
    assert f":{spot.line}:{spot.column}: {spot.code} " in result.err
    assert_no_traceback(result)
    if exists:
        assert target.read_text(encoding="utf-8") == "untouched\n"
    else:
        assert not target.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == (["out.yaml"] if exists else [])


@pytest.mark.parametrize(
    ("source", "target"),
    [
        ("missing.yaml", "out.json"),  # cannot read the source
        ("mali.yaml", "out.txt"),  # no format for the target
        ("mali.txt", "out.json"),  # no format for the source
        ("mali.yaml", "no-such-folder/out.json"),  # cannot write the target
    ],
)
def test_convert_usage_errors(
    source: str, target: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    shutil.copyfile(CLEAN, tmp_path / "mali.yaml")
    shutil.copyfile(CLEAN, tmp_path / "mali.txt")
    result = run(
        capsys, "convert", "--drop-comments", str(tmp_path / source), str(tmp_path / target)
    )
    assert result.status == EXIT_USAGE
    assert result.err
    assert_no_traceback(result)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mali.txt", "mali.yaml"]


@pytest.mark.parametrize(
    ("target", "args"),
    [("mali.json", []), ("mali.jsonl", []), ("-", ["--to", "json"]), ("mali.yaml", [])],
    ids=["json", "jsonl", "json-stdout", "yaml-in-place"],
)
def test_convert_refuses_to_lose_comments(
    target: str, args: list[str], tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "mali.yaml"
    shutil.copyfile(CLEAN, source)
    original = source.read_text(encoding="utf-8")
    out = target if target == "-" else str(tmp_path / target)
    result = run(capsys, "convert", *args, str(source), out)
    assert result.status == EXIT_USAGE
    assert result.out == ""
    assert "comment(s), which would be lost" in result.err
    assert "pass --drop-comments" in result.err
    assert_no_traceback(result)
    assert source.read_text(encoding="utf-8") == original
    assert sorted(p.name for p in tmp_path.iterdir()) == ["mali.yaml"]


def test_convert_keeps_a_yaml_file_without_comments_quiet(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "plain.yaml"
    source.write_text(io.dumps(io.load(CLEAN)), encoding="utf-8")
    assert run(capsys, "convert", str(source), str(tmp_path / "plain.json")).status == EXIT_OK
    assert run(capsys, "convert", str(source), str(source)).status == EXIT_OK


def test_convert_to_another_yaml_file_keeps_the_source_and_needs_no_flag(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    result = run(capsys, "convert", str(CLEAN), str(tmp_path / "copy.yaml"))
    assert result == Result(EXIT_OK, "", "")


# --------------------------------------------------------------------------
# upgrade
# --------------------------------------------------------------------------

V1_EXAMPLES = TESTS / "data" / "v1"


def _v1_copy(tmp_path: Path) -> Path:
    folder = tmp_path / "data"
    shutil.copytree(V1_EXAMPLES, folder)
    return folder


def test_upgrade_check_lists_version_1_files_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _v1_copy(tmp_path)
    before = {p.name: p.read_bytes() for p in folder.iterdir()}
    result = run(capsys, "upgrade", "--check", str(folder))
    assert result.status == EXIT_PROBLEMS
    assert sorted(line.split(":")[0] for line in result.out.splitlines()) == sorted(
        str(folder / name) for name in before
    )
    assert {p.name: p.read_bytes() for p in folder.iterdir()} == before


def test_upgrade_rewrites_then_check_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _v1_copy(tmp_path)
    result = run(capsys, "upgrade", str(folder))
    assert result.status == EXIT_OK, result.err
    assert result.out.count("upgraded ") == len(list(V1_EXAMPLES.iterdir()))
    assert run(capsys, "upgrade", "--check", str(folder)) == Result(EXIT_OK, "", "")
    checked = run(capsys, "validate", str(folder))
    assert checked.status == EXIT_OK, checked.out
    assert "NM209" not in checked.out


def test_validate_reports_a_version_1_file_without_failing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = _v1_copy(tmp_path)
    for strict in ([], ["--strict"]):
        result = run(capsys, "validate", "--format", "json", *strict, str(folder))
        assert result.status == EXIT_OK, result.out
        found = json.loads(result.out)["problems"]
        assert {p["code"] for p in found} == {"NM209"}
        assert {p["severity"] for p in found} == {"info"}
        assert len(found) == len(list(V1_EXAMPLES.iterdir()))


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_upgrade_rewrites_json_and_json_lines(
    fmt: io.Format, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = V1_EXAMPLES / "voa-mali-2022.yaml"
    expected = io.load(source)
    target = tmp_path / f"voa.{fmt}"
    text = json_v1(source, fmt)
    target.write_text(text, encoding="utf-8")
    assert io.load(target) == expected  # read as version 2 already
    result = run(capsys, "upgrade", str(target))
    assert result.status == EXIT_OK, result.err
    assert io.load(target) == expected
    first = target.read_text(encoding="utf-8").splitlines()[0 if fmt == "jsonl" else 1]
    assert '"schema_version": 2' in first


def json_v1(source: Path, fmt: str) -> str:
    """The version-1 data of a YAML file as JSON or JSON Lines, keys in the file's order."""
    from newsmodel import reading
    from newsmodel.writing.json import indented_json, json_lines

    data = reading.parse_yaml(source.read_text(encoding="utf-8")).plain()
    if fmt == "json":
        return indented_json(data)
    header = {"schema_version": data.pop("schema_version")}
    return json_lines(
        [header, *({"type": key[:-1], **record} for key, items in data.items() for record in items)]
    )


def test_upgrade_refuses_what_it_cannot_map(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    source = tmp_path / "stray.yaml"
    text = (
        "schema_version: 1\n"
        "responses:\n"
        "  - id: r\n"
        "    responder: a\n"
        "    allegations: [x]\n"
        "    stance: denial\n"
        "    positions:\n"
        "      - aspect: occurrence\n"
        "        stance: denial\n"
        "        allegation: y\n"
        "    citations: [{report: p}]\n"
    )
    source.write_text(text, encoding="utf-8")
    result = run(capsys, "upgrade", str(source))
    assert result.status == EXIT_PROBLEMS
    assert f"{source}:10:21: NM313 " in result.err
    assert_no_traceback(result)
    assert source.read_text(encoding="utf-8") == text


def test_upgrade_refuses_to_lose_a_comment_unless_told(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsmodel.writing import roundtrip

    source = tmp_path / "one.yaml"
    text = "schema_version: 1  # one\nactors: []  # none\n"
    source.write_text(text, encoding="utf-8")
    monkeypatch.setattr(roundtrip, "upgrade_yaml", lambda t: (t.replace(": 1  # one", ": 2"), []))
    result = run(capsys, "upgrade", str(source))
    assert result.status == EXIT_PROBLEMS
    assert f"{source}: the rewritten text would lose 1 comment(s)" in result.err
    assert "pass --drop-comments" in result.err
    assert source.read_text(encoding="utf-8") == text
    dropped = run(capsys, "upgrade", "--drop-comments", str(source))
    assert dropped.status == EXIT_OK
    assert source.read_text(encoding="utf-8") == "schema_version: 2\nactors: []  # none\n"


def test_upgrade_usage_errors(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    empty = run(capsys, "upgrade", str(tmp_path))
    assert empty.status == EXIT_USAGE
    assert "no .yaml, .yml, .json or .jsonl files found" in empty.err
    missing = run(capsys, "upgrade", str(tmp_path / "missing.yaml"))
    assert missing.status == EXIT_USAGE
    assert "NM100" in missing.err


def test_schema_to_an_unwritable_place(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "schema", "--output", str(tmp_path / "no-such-folder" / "schema.json"))
    assert result.status == EXIT_USAGE
    assert "cannot write" in result.err
    assert_no_traceback(result)


@pytest.mark.parametrize(
    "args",
    [["validate", "--format", "xml"], ["frobnicate"], [], ["validate", "--select"]],
)
def test_bad_command_lines_exit_2(args: list[str], capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as raised:
        main(args)
    assert raised.value.code == EXIT_USAGE
    captured = capsys.readouterr()
    assert captured.out == ""
    assert "usage: newsmodel" in captured.err


# --------------------------------------------------------------------------
# Output: colour, GitHub Actions
# --------------------------------------------------------------------------


def pretend_terminal(monkeypatch: pytest.MonkeyPatch) -> None:
    """Make standard output look like a terminal.

    Call it in the test itself: capsys puts a new stream in place for the test call.
    """
    monkeypatch.setattr(sys.stdout, "isatty", lambda: True)


ESC = "\x1b["


@pytest.mark.usefixtures("workdir")
def test_colour_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretend_terminal(monkeypatch)
    result = run(capsys, "validate", "NM402-unresolved-reference.yaml")
    assert ESC in result.out
    assert "\x1b[31;1mNM402\x1b[0m" in result.out
    plain = re.sub(r"\x1b\[[0-9;]*m", "", result.out)
    assert parse_text(plain)[0] == list(fixture("NM402-unresolved-reference.yaml").expected)


def test_no_colour_when_not_a_terminal(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    result = run(capsys, "validate", "NM402-unresolved-reference.yaml")
    assert ESC not in result.out


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize(("name", "value"), [("NO_COLOR", "1"), ("TERM", "dumb")])
def test_no_colour_when_asked(
    name: str, value: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretend_terminal(monkeypatch)
    monkeypatch.setenv(name, value)
    result = run(capsys, "validate", "NM402-unresolved-reference.yaml")
    assert ESC not in result.out


@pytest.mark.usefixtures("workdir")
def test_empty_no_colour_does_not_turn_colour_off(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretend_terminal(monkeypatch)
    # https://no-color.org: only a non-empty value counts.
    monkeypatch.setenv("NO_COLOR", "")
    assert ESC in run(capsys, "validate", "NM402-unresolved-reference.yaml").out


@pytest.mark.usefixtures("workdir")
@pytest.mark.parametrize("fmt", ["json", "github"])
def test_machine_formats_never_colour(
    fmt: str, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    pretend_terminal(monkeypatch)
    result = run(capsys, "validate", "NM402-unresolved-reference.yaml", "--format", fmt)
    assert ESC not in result.out


def test_github_is_the_default_under_github_actions(
    workdir: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    case = fixture("NM451-unused-actor.yaml")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    result = run(capsys, "validate", case.name)
    assert result.out.startswith("::warning file=NM451-unused-actor.yaml,line=14,col=7,")
    assert parse_github(result.out)[0] == list(case.expected)
    explicit = run(capsys, "validate", case.name, "--format", "text")
    assert parse_text(explicit.out)[0] == list(case.expected)
    monkeypatch.setenv("GITHUB_ACTIONS", "false")
    assert parse_text(run(capsys, "validate", case.name).out)[0] == list(case.expected)


def test_github_escapes_messages_and_properties(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    # A file name with a comma and a colon, and a hint (a second line) in the message.
    odd = tmp_path / "a,b:c.yaml"
    shutil.copyfile(FIXTURES / "NM402-unresolved-reference.yaml", odd)
    monkeypatch.chdir(tmp_path)
    result = run(capsys, "validate", odd.name, "--format", "github")
    line = result.out.splitlines()[0]
    assert line.startswith("::error file=a%2Cb%3Ac.yaml,line=26,col=12,title=NM402 ")
    assert "%0Ahint: did you mean 'malian-security-forces'?" in line
    assert parse_github(result.out)[0] == [Spot(odd.name, 26, 12, "NM402")]


def test_counts_in_every_format_agree(workdir: Path, capsys: pytest.CaptureFixture[str]) -> None:
    results = [parse(fmt, run(capsys, "validate", *MIXED, "--format", fmt).out) for fmt in FORMATS]
    assert results[0] == results[1] == results[2]
    assert Counter(spot.code for spot in results[0][0]) == Counter(
        {"NM102": 1, "NM203": 1, "NM303": 1, "NM451": 1}
    )
    assert results[0][1] == Summary(files=4, records=5, errors=3, warnings=1)


def test_the_collector_is_left_as_found(capsys: pytest.CaptureFixture[str]) -> None:
    # The command raises the young generation's threshold while it starts and
    # runs, and moves what is still alive to the oldest generation on the way out:
    # a program that calls main() keeps its own collector settings, and nothing stays
    # frozen out of the collector's reach.
    before = gc.get_threshold()
    assert main(["validate", str(ROOT / "examples" / "boohoo-leicester-2020.yaml")]) == 0
    assert gc.get_threshold() == before
    assert gc.isenabled()
    assert gc.get_freeze_count() == 0
    with pytest.raises(SystemExit):
        main(["--version"])
    assert gc.get_threshold() == before
    assert "ok" in capsys.readouterr().out


@pytest.mark.parametrize(
    "argv",
    [
        ["validate"],
        ["validate", "a.yaml", "b/", "--strict", "--ignore", "NM4,NM203", "--max-depth", "50"],
        ["rules", "NM203"],
        ["vocab", "Stance"],
        ["schema", "-o", "out.json"],
        ["convert", "a.yaml", "b.json", "--force", "--to", "json", "--max-records", "10"],
        ["upgrade", "--check", "data/"],
        ["export", "tables", "data/", "-o", "out", "--shards", "--workers", "2"],
        ["import", "tables/", "-o", "out", "-f"],
    ],
)
def test_the_parser_built_for_a_command_reads_it_as_the_whole_parser(argv: list[str]) -> None:
    # main() adds only the named subcommand's arguments; what it reads must not change.
    from newsmodel.cli.parser import build_parser, subcommand_of

    assert subcommand_of(argv) == argv[0]
    assert build_parser(argv[0]).parse_args(argv) == build_parser().parse_args(argv)


@pytest.mark.parametrize("argv", [["--help", "validate"], ["-h", "rules", "NM203"]])
def test_help_before_a_command_lists_every_command(
    argv: list[str], capsys: pytest.CaptureFixture[str]
) -> None:
    # The parser is built for the command named, unless the whole command's help is
    # asked for first: that help lists every subcommand, as argparse alone would.
    from newsmodel.cli.parser import subcommand_of

    assert subcommand_of(argv) == ""
    with pytest.raises(SystemExit) as exited:
        main(argv)
    assert exited.value.code == 0
    listed = capsys.readouterr().out
    for command in ("validate", "rules", "vocab", "schema", "convert", "upgrade", "export"):
        assert f"\n    {command} " in listed


@pytest.mark.parametrize("columns", [None, "57", "0", "-3", "wide"])
def test_help_is_as_wide_as_argparse_makes_it(
    columns: str | None, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The command's help formatter finds the terminal's width without shutil (an
    # import on every start); the width, and so the help, must be argparse's own.
    import argparse
    import shutil

    from newsmodel.cli.parser import build_parser

    if columns is None:
        monkeypatch.delenv("COLUMNS", raising=False)
    else:
        monkeypatch.setenv("COLUMNS", columns)
    commands = build_parser("validate")._subparsers._group_actions[0]  # type: ignore[union-attr]
    subparser = commands.choices["validate"]  # type: ignore[index]
    ours = subparser.format_help()
    assert subparser._get_formatter()._width == shutil.get_terminal_size().columns - 2
    subparser.formatter_class = argparse.HelpFormatter
    assert ours == subparser.format_help()


def test_a_mistaken_command_is_refused_as_before(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exited:
        main(["valdate", "a.yaml"])
    assert exited.value.code == 2
    assert "invalid choice: 'valdate'" in capsys.readouterr().err
