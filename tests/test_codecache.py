"""Generated source is compiled once and its code read back while the source is the same."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from newsmodel import _codecache
from newsmodel._codecache import compiled

SOURCE = "def double(x):\n    return 2 * x\n"


@pytest.fixture
def folder(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setattr(_codecache, "FOLDER", str(tmp_path / "cache"))
    monkeypatch.setattr(sys, "dont_write_bytecode", False)
    return tmp_path / "cache"


def _run(code: Any) -> Any:
    namespace: dict[str, Any] = {}
    exec(code, namespace)
    return namespace["double"](21)


def _no_compiling(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise AssertionError("compiled again")

    monkeypatch.setattr(_codecache, "compile", refuse, raising=False)


def test_the_code_is_kept_and_read_back(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first = compiled(SOURCE, "<test>", "test")
    assert [path.name for path in folder.iterdir()] == [f"test.{sys.implementation.cache_tag}.code"]
    _no_compiling(monkeypatch)
    again = compiled(SOURCE, "<test>", "test")
    assert _run(first) == _run(again) == 42
    assert again.co_filename == "<test>"


def test_another_source_is_compiled_and_replaces_the_kept_code(folder: Path) -> None:
    compiled(SOURCE, "<test>", "test")
    other = compiled(SOURCE.replace("2 *", "3 *"), "<test>", "test")
    assert _run(other) == 63
    assert _run(compiled(SOURCE.replace("2 *", "3 *"), "<test>", "test")) == 63
    assert len(list(folder.iterdir())) == 1


def test_another_file_name_is_compiled_afresh(folder: Path) -> None:
    compiled(SOURCE, "<test>", "test")
    assert compiled(SOURCE, "<other>", "test").co_filename == "<other>"


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"N"])
def test_a_damaged_file_is_compiled_afresh(folder: Path, damage: bytes) -> None:
    compiled(SOURCE, "<test>", "test")
    (kept,) = folder.iterdir()
    kept.write_bytes(damage)
    assert _run(compiled(SOURCE, "<test>", "test")) == 42
    assert _run(compiled(SOURCE, "<test>", "test")) == 42


def test_a_folder_that_cannot_be_written_costs_only_a_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    monkeypatch.setattr(_codecache, "FOLDER", str(tmp_path / "a-file" / "cache"))
    assert _run(compiled(SOURCE, "<test>", "test")) == 42
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file"]


def test_nothing_is_kept_when_bytecode_is_not_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _run(compiled(SOURCE, "<test>", "test")) == 42
    assert not folder.exists()


def test_the_fast_path_writes_the_same_source_in_every_process() -> None:
    # Were it to change with the hash seed (a set written in its order), its code would
    # be compiled, and the kept file written again, on every run.
    probe = (
        "import hashlib, linecache\n"
        "from newsmodel.codec import fastpath\n"
        "for mapping in ('STRUCTURE', 'UNSTRUCTURE', 'TO_JSON'):\n"
        "    getattr(fastpath, mapping)\n"
        "    lines = linecache.cache[f'<newsmodel fast path: {mapping}>'][2]\n"
        "    print(hashlib.sha256(''.join(lines).encode()).hexdigest())\n"
    )
    sources = {
        subprocess.run(
            [sys.executable, "-c", probe],
            env={**os.environ, "PYTHONHASHSEED": seed},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in ("1", "2")
    }
    assert len(sources) == 1
