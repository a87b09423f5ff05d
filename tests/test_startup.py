"""Start-up: what ``import newsmodel`` and the quick commands import (issue 18).

A pre-commit hook starts the command on every commit, so ``--version``,
``--help``, ``rules`` and ``vocab`` must not import the heavy libraries
(the EDTF parser, the country and language tables, the JSON encoder, the
YAML parser, cattrs), and validating a valid file must not import what only
problems need.  Each case runs in a fresh interpreter and reads its
``sys.modules``: no timing here (``benchmarks/startup.py`` measures).
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

import newsmodel

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "boohoo-leicester-2020.yaml"

#: The libraries that take longer to import than the interpreter takes to start.
HEAVY = frozenset({"cattrs", "edtf", "langcodes", "orjson", "pycountry", "yaml"})

#: Runs the command line with the arguments given, then prints the modules imported.
_PROBE = """
import json, sys
from newsmodel.cli import main
try:
    main(sys.argv[1:])
except SystemExit:
    pass
print("\\0" + json.dumps(sorted(sys.modules)))
"""


def _imported(*code_or_args: str, probe: str = _PROBE) -> set[str]:
    """Return the modules imported by ``probe`` run in a fresh interpreter."""
    done = subprocess.run(
        [sys.executable, "-c", probe, *code_or_args],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return set(json.loads(done.stdout.rsplit("\0", 1)[1]))


def _heavy(modules: set[str]) -> set[str]:
    return {name for name in modules if name.split(".")[0] in HEAVY}


def test_import_newsmodel_imports_no_submodule_and_no_library() -> None:
    probe = 'import json, sys, newsmodel; print("\\0" + json.dumps(sorted(sys.modules)))'
    modules = _imported(probe=probe)
    assert {name for name in modules if name.startswith("newsmodel.")} == set()
    assert _heavy(modules) == set()
    assert "attrs" not in modules


@pytest.mark.parametrize(
    "args",
    [["--version"], ["--help"], ["validate", "--help"], ["rules"], ["rules", "NM203"]],
)
def test_quick_commands_import_no_heavy_library(args: list[str]) -> None:
    modules = _imported(*args)
    assert _heavy(modules) == set()
    # Nor the records, readers, converter or checks.
    assert not {"newsmodel.model", "newsmodel.io", "newsmodel.codec", "newsmodel.reading"} & (
        modules
    )


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_import_not_even_attrs(args: list[str]) -> None:
    # attrs takes three times as long as the interpreter to import: the parser is
    # built for the command named, and only the commands that set limits import them.
    modules = _imported(*args)
    assert "argparse" in modules  # the probe ran the command
    assert not {"attrs", "newsmodel.limits", "newsmodel.export"} & modules


def test_vocab_imports_no_heavy_library_and_not_the_models() -> None:
    modules = _imported("vocab", "Stance")
    assert "newsmodel.vocab" in modules  # the probe ran the command
    assert _heavy(modules) == set()
    assert "newsmodel.model" not in modules


def test_valid_file_needs_neither_the_converter_nor_the_edtf_parser() -> None:
    # Its dates are all common forms, read without the edtf package; nothing is
    # wrong, so the detailed converter (and cattrs) are never needed.
    modules = _imported("validate", str(EXAMPLE))
    assert "newsmodel.io" in modules  # the probe ran the command
    assert {"cattrs", "edtf", "newsmodel.codec.converter"} & modules == set()


def test_validating_a_yaml_file_imports_no_json_reader_writer_export_or_index() -> None:
    modules = _imported("validate", str(EXAMPLE))
    assert "newsmodel.reading.yaml_lines" in modules  # the probe read the file
    needless = {
        "newsmodel.reading.json",  # the JSON reader
        "yaml",  # a file in newsmodel's layout is read by lines: no PyYAML reader needed
        "newsmodel.reading.yaml_events",
        "newsmodel.reading.yaml_composer",
        "newsmodel.index",  # the references read backwards
        "langcodes",  # its tags are registered subtags
        "tempfile",  # nothing is written
        "pathlib",
        "pickle",  # batches between processes
        "shutil",  # argparse's help formatter imports it for the terminal's width
        "urllib.parse",  # plain URLs are told by a pattern
        "orjson",
    }
    assert needless & modules == set()
    assert {name for name in modules if name.startswith("newsmodel.writing.")} <= {
        "newsmodel.writing.files"  # imported by newsmodel.io, light (tempfile when it writes)
    }
    # The parser is built for validate alone: the export package, whose formats are
    # the choices of export's argument, is not imported.
    assert {name for name in modules if name.startswith("newsmodel.export")} == set()


def test_a_problem_brings_in_the_converter() -> None:
    probe = (
        "import json, sys, newsmodel\n"
        "try:\n"
        "    newsmodel.loads('schema_version: 1\\nactors: [{id: x}]\\n')\n"
        "except newsmodel.ValidationError as error:\n"
        "    print(sorted({p.code for p in error.problems}))\n"
        'print("\\0" + json.dumps(sorted(sys.modules)))'
    )
    assert "newsmodel.codec.converter" in _imported(probe=probe)


def test_every_public_name_resolves_and_is_listed() -> None:
    for name in newsmodel.__all__:
        assert getattr(newsmodel, name) is not None
    assert set(newsmodel.__all__) <= set(dir(newsmodel))
    assert newsmodel.Actor is __import__("newsmodel.model").model.Actor


def test_a_module_is_imported_when_first_used() -> None:
    probe = (
        "import json, newsmodel\n"
        'print("\\0" + json.dumps([newsmodel.vocab.Stance.DENIAL.term, newsmodel.io.__name__]))'
    )
    assert _imported(probe=probe) == {"denial", "newsmodel.io"}


def test_an_unknown_name_is_an_attribute_error() -> None:
    with pytest.raises(AttributeError, match="no attribute 'Actr'"):
        _ = newsmodel.Actr  # type: ignore[attr-defined]


def test_the_fast_path_is_compiled_once_whatever_the_threads() -> None:
    probe = (
        "import json, sys, threading\n"
        "from newsmodel.codec import fastpath\n"
        "assert 'STRUCTURE' not in vars(fastpath)\n"
        "seen = []\n"
        "threads = [threading.Thread(target=lambda: seen.append(id(fastpath.STRUCTURE)))"
        " for _ in range(8)]\n"
        "for thread in threads: thread.start()\n"
        "for thread in threads: thread.join()\n"
        'print("\\0" + json.dumps(sorted(set(seen))))'
    )
    assert len(_imported(probe=probe)) == 1


def test_country_codes_are_pycountrys(monkeypatch: pytest.MonkeyPatch) -> None:
    import importlib.util

    import pycountry

    from newsmodel.types import country

    expected = {entry.alpha_2 for entry in pycountry.countries}
    assert country.codes() == expected
    # Read from pycountry's file, or from pycountry itself where the file is not found.
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: None)
    assert country._pycountry_codes() == expected


def test_version_is_the_distributions() -> None:
    # --version prints newsmodel.__version__, which costs no import: it must be
    # the version the distribution is installed as (pyproject.toml's).
    from importlib.metadata import version

    done = subprocess.run(
        [sys.executable, "-m", "newsmodel", "--version"], capture_output=True, text=True, check=True
    )
    assert done.stdout == f"newsmodel {version('newsmodel-accusations')}\n"
