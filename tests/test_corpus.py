"""Every case of the hostile-input corpus gives its codes through the API and the CLI.

The cases and their codes are data, in ``tests/hostile.py`` (indexed in
``tests/corpus/README.md``).  Each case is checked with
:func:`newsmodel.validate`, with :func:`newsmodel.load` (single files), and
with ``newsmodel validate`` in this process in the text, JSON and GitHub
formats: exactly the expected codes, the expected exit status, nothing on
standard error and never a traceback.  How long each takes and how much
memory is measured by ``benchmarks/corpus_bounds.py``, not asserted here.

Cases that need what root does not have: a file or folder without read
permission cannot be made unreadable for root (CI runs as root), so there
the tests make the read fail as the system would (``PermissionError`` from
``os.open`` or ``os.scandir`` for that one path).
"""

from __future__ import annotations

import errno
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import newsmodel
from hostile import CASES, CORPUS, Case, index, permissions_hold, unsupported
from newsmodel import ValidationError
from newsmodel.cli import main
from newsmodel.problems import RULES
from test_cli import FORMATS, Result, assert_no_traceback, parse

SINGLE_FILES = [c for c in CASES if c.name.endswith((".yaml", ".json", ".jsonl"))]


@pytest.fixture(autouse=True)
def plain_environment(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    monkeypatch.setenv("NO_COLOR", "1")


def _deny(monkeypatch: pytest.MonkeyPatch, name: str, target: Path) -> None:
    """Make ``os.<name>`` fail with EACCES for ``target`` only, as for a non-root user."""
    original = getattr(os, name)
    denied = os.fsencode(target)

    def refuse(path: Any, *args: Any, **kwargs: Any) -> Any:
        if isinstance(path, (str, bytes, os.PathLike)) and os.fsencode(path) == denied:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), os.fspath(path))
        return original(path, *args, **kwargs)

    monkeypatch.setattr(os, name, refuse)


@pytest.fixture
def made(request: pytest.FixtureRequest, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Make the case (``request.param``) and return the path to check."""
    case: Case = request.param
    reason = unsupported(case)
    if reason:
        pytest.skip(reason)
    path = case.path(tmp_path)
    if case.name in ("unreadable-file", "unsearchable-folder") and not permissions_hold(tmp_path):
        if case.name == "unreadable-file":
            _deny(monkeypatch, "open", path / "secret.yaml")
        else:
            _deny(monkeypatch, "scandir", path / "locked")
    return path


@pytest.fixture(autouse=True)
def _restore_permissions(tmp_path: Path) -> Iterator[None]:
    yield
    for folder, subfolders, files in os.walk(tmp_path):
        for name in (*subfolders, *files):
            path = Path(folder, name)
            if not path.is_symlink() and path.exists():
                path.chmod(0o755)


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> Result:
    status = main(list(args))
    captured = capsys.readouterr()
    return Result(status, captured.out, captured.err)


def _ids(cases: list[Case]) -> list[str]:
    return [c.name for c in cases]


# --------------------------------------------------------------------------
# The API
# --------------------------------------------------------------------------


@pytest.mark.parametrize("made", CASES, ids=_ids(CASES), indirect=True)
def test_validate_gives_the_codes(made: Path, request: pytest.FixtureRequest) -> None:
    case: Case = request.node.callspec.params["made"]
    problems = newsmodel.validate(made, limits=case.limits)
    assert {p.code for p in problems} == case.codes, [str(p) for p in problems]
    for problem in problems:
        assert problem.code in RULES
        assert problem.message
        problem.message.encode("utf-8")  # printable: no lone surrogate


@pytest.mark.parametrize("made", SINGLE_FILES, ids=_ids(SINGLE_FILES), indirect=True)
def test_load_gives_the_codes(made: Path, request: pytest.FixtureRequest) -> None:
    case: Case = request.node.callspec.params["made"]
    if not case.errors:
        bundle = newsmodel.load(made, limits=case.limits)
        assert newsmodel.loads(newsmodel.dumps(bundle)) == bundle
        return
    with pytest.raises(ValidationError) as raised:
        newsmodel.load(made, limits=case.limits)
    assert {p.code for p in raised.value.problems} == case.errors


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


@pytest.mark.parametrize("made", CASES, ids=_ids(CASES), indirect=True)
def test_cli_gives_the_codes_in_every_format(
    made: Path, request: pytest.FixtureRequest, capsys: pytest.CaptureFixture[str]
) -> None:
    case: Case = request.node.callspec.params["made"]
    for fmt in FORMATS:
        result = _run(capsys, "validate", *case.args, str(made), "--format", fmt)
        assert_no_traceback(result)
        assert result.err == ""
        spots, _ = parse(fmt, result.out)
        assert {spot.code for spot in spots} == case.codes, result.out
        assert result.status == case.status


@pytest.mark.parametrize(
    "made", [c for c in CASES if c.name == "non-utf8-name"], ids=["non-utf8-name"], indirect=True
)
def test_file_names_that_are_not_utf8_are_printed_escaped(
    made: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    [name] = os.listdir(os.fsencode(made))
    given = os.fsdecode(os.path.join(os.fsencode(made), name))  # as argv gives it
    for args in ([str(made)], [given]):
        for fmt in FORMATS:
            result = _run(capsys, "validate", *args, "--format", fmt)
            assert result.status == 1
            assert "caf\\xe9-\\xff.yaml" in result.out.replace("\\\\", "\\"), result.out
            result.out.encode("utf-8")
    # In a child process, on a real UTF-8 standard output and an ASCII one.
    for encoding in ("utf-8", "ascii"):
        done = subprocess.run(
            [sys.executable, "-m", "newsmodel", "validate", str(made)],
            capture_output=True,
            env={**os.environ, "PYTHONIOENCODING": encoding, "NO_COLOR": "1"},
            check=False,
            timeout=120,
        )
        assert done.returncode == 1, done.stderr
        assert b"Traceback" not in done.stderr
        assert b"caf\\xe9-\\xff.yaml: NM101 the file name is not UTF-8 (byte 0xe9)" in done.stdout


@pytest.mark.parametrize(
    "made",
    [c for c in CASES if c.name in ("named-pipe", "device", "long-line.jsonl")],
    ids=["named-pipe", "device", "long-line.jsonl"],
    indirect=True,
)
def test_no_hang_in_a_child_process(made: Path) -> None:
    # A plain open() of a named pipe waits for a writer forever; /dev/zero never ends.
    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "validate", str(made)],
        capture_output=True,
        check=False,
        timeout=60,
    )
    assert done.returncode in (1, 2)
    assert b"Traceback" not in done.stderr + done.stdout


def test_convert_refuses_each_bad_corpus_file_and_writes_nothing(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for case in SINGLE_FILES:
        if case.make is not None or not case.errors:
            continue
        target = tmp_path / "out.yaml"
        result = _run(capsys, "convert", *case.args, str(CORPUS / case.name), str(target))
        assert_no_traceback(result)
        assert result.status == case.status, case.name
        assert not target.exists(), case.name
        assert list(tmp_path.iterdir()) == [], "no temporary file is left behind"


def test_convert_of_the_clean_corpus_files_round_trips(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    for case in SINGLE_FILES:
        if case.make is not None or case.errors:
            continue
        source = CORPUS / case.name
        for suffix in (".yaml", ".json", ".jsonl"):
            target = tmp_path / f"out{suffix}"
            assert _run(capsys, "convert", "--force", str(source), str(target)).status == 0
            assert newsmodel.load(target) == newsmodel.load(source), (case.name, suffix)


# --------------------------------------------------------------------------
# The corpus itself
# --------------------------------------------------------------------------


def test_every_corpus_file_is_a_case() -> None:
    files = {p.name for p in CORPUS.iterdir() if p.name != "README.md"}
    assert files == {c.name for c in CASES if c.make is None}


def test_the_index_is_up_to_date() -> None:
    assert (CORPUS / "README.md").read_text(encoding="utf-8") == index(), (
        "run: python tests/hostile.py > tests/corpus/README.md"
    )


def test_the_corpus_covers_issue_6() -> None:
    traps = " ".join(c.what for c in CASES).lower()
    for trap in [
        "invalid utf-8",
        "binary",
        "byte-order mark",
        "crlf",
        "empty",
        "comments",
        "tabs",
        "top-level list",
        "top-level scalar",
        "several yaml documents",
        "bool, null",
        "merge key",
        "duplicate key",
        "alias bomb",
        "!!python/",
        "local and verbatim tags",
        "10^5 levels",
        "11 mi characters",
        "4301 digits",
        "nan",
        "one bad line",
        "norway",
        "symbolic link loops",
        "without read permission",
        "not utf-8",
    ]:
        assert trap in traps, trap
    assert all(code in RULES for c in CASES for code in c.codes)


# --------------------------------------------------------------------------
# No YAML tag constructs an object or runs code
# --------------------------------------------------------------------------

#: Every tag PyYAML's unsafe loader constructs something for, and its multi-constructor
#: prefixes (``tag:yaml.org,2002:python/object/apply:``) completed with a callable.
_UNSAFE = yaml.UnsafeLoader
TAGS = sorted(
    {tag for tag in _UNSAFE.yaml_constructors if tag}
    | {prefix + "os.system" for prefix in _UNSAFE.yaml_multi_constructors if prefix}
)
CORE = {
    f"tag:yaml.org,2002:{name}" for name in ("str", "int", "float", "bool", "null", "seq", "map")
}


@pytest.mark.parametrize("tag", TAGS)
@pytest.mark.parametrize("shape", ["scalar", "sequence", "mapping"])
def test_no_yaml_tag_constructs_an_object_or_runs_code(
    tag: str,
    shape: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    marker = tmp_path / "ran"
    payload = {
        "scalar": f"'touch {marker}'",
        "sequence": f"['touch {marker}']",
        "mapping": f"{{args: ['touch {marker}']}}",
    }[shape]
    text = f"schema_version: 2\nreports:\n- id: voa\n  title: !<{tag}> {payload}\n"

    def never(*_: Any, **__: Any) -> Any:
        raise AssertionError("a PyYAML constructor was called")

    # Every object PyYAML builds goes through BaseConstructor.construct_object.
    monkeypatch.setattr(yaml.constructor.BaseConstructor, "construct_object", never)
    monkeypatch.setattr(yaml.constructor.BaseConstructor, "construct_document", never)
    monkeypatch.setattr(os, "system", never)
    monkeypatch.setattr(subprocess, "Popen", never)
    path = tmp_path / "tagged.yaml"
    path.write_text(text, encoding="utf-8")
    codes: set[str] = set()
    try:
        newsmodel.load(path)
    except ValidationError as error:
        codes = {p.code for p in error.problems}
    if tag not in CORE:  # a core tag is checked against the value instead (!!str passes)
        assert codes == {"NM104"}
    result = _run(capsys, "validate", str(path), "--format", "json")
    assert result.status == (1 if codes else 0)
    assert not marker.exists()
