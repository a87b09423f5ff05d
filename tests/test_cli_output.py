"""What ``newsmodel`` prints from its input: file names and messages on one line, inert.

A file name may hold any character but ``/`` and NUL: a line break would let it
start a line of its own (a GitHub ``::error`` workflow command, forged), an ESC
would send escape sequences to the terminal.  Each is printed escaped, in every
output format and on standard error.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsmodel.cli import main
from newsmodel.cli.output import plain_text, safe, shown

FIXTURE = Path(__file__).parent / "fixtures" / "problems" / "NM402-unresolved-reference.yaml"
#: A name that would forge a workflow command and turn the terminal red.
HOSTILE = "a\n::error file=x.yaml::forged\x1b[31m\u202e.yaml"
ESCAPED = "a\\n::error file=x.yaml::forged\\x1b[31m\\u202e.yaml"


@pytest.fixture
def hostile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> str:
    monkeypatch.chdir(tmp_path)
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    shutil.copyfile(FIXTURE, tmp_path / HOSTILE)
    return HOSTILE


def _lines_are_inert(text: str) -> None:
    for line in text.splitlines():
        assert "\x1b" not in line
        assert "\u202e" not in line
        assert not line.startswith("::") or line.startswith("::error file=a\\n")


@pytest.mark.parametrize("fmt", ["text", "json", "github"])
def test_a_hostile_file_name_is_printed_escaped(
    hostile: str, fmt: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["validate", "--format", fmt, hostile]) == 1
    out = capsys.readouterr().out
    _lines_are_inert(out)
    assert "forged" in out
    if fmt == "json":
        assert json.loads(out)["problems"][0]["file"] == ESCAPED
    elif fmt == "text":
        assert out.startswith(ESCAPED + ":26:12: NM402 ")
    else:
        assert out.count("\n::") == 0  # one workflow command, on one line
        assert out.startswith("::error file=a\\n%3A%3Aerror file=x.yaml%3A%3Aforged\\x1b")


def test_a_hostile_name_on_standard_error_is_escaped(
    hostile: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["schema", "--output", "missing\n::error::x/schema.json"]) == 2
    empty = Path("empty\x1b[31m\n::error::folder")
    empty.mkdir()
    assert main(["validate", str(empty)]) == 2
    assert main(["convert", hostile, "b\n::error::x.yaml"]) == 0
    assert main(["convert", hostile, "b\n::error::x.yaml"]) == 2  # exists: not replaced
    err = capsys.readouterr().err
    _lines_are_inert(err)
    assert "b\\n::error::x.yaml exists; pass --force" in err
    assert "cannot write missing\\n::error::x/schema.json" in err
    assert "files found in empty\\x1b[31m\\n::error::folder" in err


def test_a_missing_hostile_path_is_escaped(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["validate", "--format", "text", HOSTILE]) == 2
    out = capsys.readouterr().out
    _lines_are_inert(out)
    assert out.startswith(ESCAPED + ": NM100 ")


@pytest.mark.parametrize(
    ("text", "printed"),
    [
        ("plain café 😀", "plain café 😀"),
        ("tab\there", "tab\\there"),
        ("cr\rlf\n", "cr\\rlf\\n"),
        ("del\x7f c1\x85 sep\u2028", "del\\x7f c1\\x85 sep\\u2028"),
        ("bidi\u202e\u2066", "bidi\\u202e\\u2066"),
        ("lone\udc80", "lone\\udc80"),
    ],
)
def test_safe_escapes_what_a_terminal_would_act_on(text: str, printed: str) -> None:
    assert safe(text) == printed


def test_shown_escapes_bytes_that_are_not_utf8() -> None:
    assert shown("caf\udce9\n.yaml") == "caf\\xe9\\n.yaml"


@pytest.mark.parametrize(
    ("text", "plain"),
    [
        ("carry in ``identifiers``.", "carry in identifiers."),
        (":class:`~newsmodel.model.Actor` records", "Actor records"),
        ("see :func:`newsmodel.io.load`", "see newsmodel.io.load"),
        (":ref:`the guide <guide-page>`", "the guide"),
        ("the `EDTF <https://www.loc.gov/standards/datetime/>`_ format", "the EDTF format"),
        ("no markup: it's 'quoted'", "no markup: it's 'quoted'"),
    ],
)
def test_plain_text_drops_rest_markup(text: str, plain: str) -> None:
    assert plain_text(text) == plain
