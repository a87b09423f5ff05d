"""Generated source is compiled once and its code read back while the source is the same.

Two sources are kept: the fast path's (:func:`compiled`) and the methods attrs
writes for the model's classes (:func:`attrs_methods`).
"""

from __future__ import annotations

import json
import linecache
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attr._make
import attrs
import pytest

import newsmodel
from newsmodel import _codecache
from newsmodel._codecache import attrs_methods, compiled

EXAMPLE = Path(__file__).resolve().parent.parent / "examples" / "voa-mali-2022.yaml"
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


def _printed(probe: str, seed: str, *, write_bytecode: bool) -> str:
    """Return what ``probe`` prints in a new process with the hash seed ``seed``."""
    written = "" if write_bytecode else "1"
    return subprocess.run(
        [sys.executable, "-c", probe],
        env={**os.environ, "PYTHONHASHSEED": seed, "PYTHONDONTWRITEBYTECODE": written},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def _writer(source: str, calls: list[str] | None = None) -> Callable[[], str]:
    def write() -> str:
        if calls is not None:
            calls.append(source)
        return source

    return write


def test_the_code_is_kept_and_read_back(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    first, source = compiled("key", _writer(SOURCE), "<test>", "test")
    assert source == SOURCE
    assert [path.name for path in folder.iterdir()] == [f"test.{sys.implementation.cache_tag}.code"]
    _no_compiling(monkeypatch)
    written: list[str] = []
    again, kept_source = compiled("key", _writer(SOURCE, written), "<test>", "test")
    assert written == []  # the source is not even written again
    assert _run(first) == _run(again) == 42
    assert again.co_filename == "<test>"
    assert kept_source == SOURCE


def test_another_key_writes_and_compiles_the_source_again(folder: Path) -> None:
    compiled("key", _writer(SOURCE), "<test>", "test")
    other = SOURCE.replace("2 *", "3 *")
    code, source = compiled("another key", _writer(other), "<test>", "test")
    assert (_run(code), source) == (63, other)
    written: list[str] = []
    assert _run(compiled("another key", _writer(other, written), "<test>", "test")[0]) == 63
    assert written == []
    assert len(list(folder.iterdir())) == 1


def test_another_file_name_is_compiled_afresh(folder: Path) -> None:
    compiled("key", _writer(SOURCE), "<test>", "test")
    assert compiled("key", _writer(SOURCE), "<other>", "test")[0].co_filename == "<other>"


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"N"])
def test_a_damaged_file_is_compiled_afresh(folder: Path, damage: bytes) -> None:
    compiled("key", _writer(SOURCE), "<test>", "test")
    (kept,) = folder.iterdir()
    kept.write_bytes(damage)
    assert _run(compiled("key", _writer(SOURCE), "<test>", "test")[0]) == 42
    assert _run(compiled("key", _writer(SOURCE), "<test>", "test")[0]) == 42


def test_a_folder_that_cannot_be_written_costs_only_a_compile(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "a-file").write_text("", encoding="utf-8")
    monkeypatch.setattr(_codecache, "FOLDER", str(tmp_path / "a-file" / "cache"))
    assert _run(compiled("key", _writer(SOURCE), "<test>", "test")[0]) == 42
    assert sorted(path.name for path in tmp_path.iterdir()) == ["a-file"]


def test_nothing_is_kept_when_bytecode_is_not_written(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sys, "dont_write_bytecode", True)
    assert _run(compiled("key", _writer(SOURCE), "<test>", "test")[0]) == 42
    assert not folder.exists()


def test_the_fingerprint_tells_any_change_to_a_python_file(tmp_path: Path) -> None:
    package = tmp_path / "package"
    (package / "sub").mkdir(parents=True)
    (package / "a.py").write_text("A = 1\n", encoding="utf-8")
    (package / "sub" / "b.py").write_text("B = 1\n", encoding="utf-8")
    (package / "notes.txt").write_text("not Python\n", encoding="utf-8")

    def fingerprint() -> str:
        _codecache.package_fingerprint.cache_clear()
        return _codecache.package_fingerprint(str(package))

    first = fingerprint()
    assert fingerprint() == first
    (package / "notes.txt").write_text("still not Python\n", encoding="utf-8")
    assert fingerprint() == first
    changes: list[Callable[[], object]] = [
        lambda: (package / "sub" / "b.py").write_text("B = 22\n", encoding="utf-8"),  # size
        lambda: os.utime(package / "a.py", ns=(0, 10**9)),  # time of last change
        lambda: (package / "sub" / "c.py").write_text("", encoding="utf-8"),  # a new module
        (package / "a.py").unlink,  # one removed
    ]
    seen = {first}
    for change in changes:
        change()
        now = fingerprint()
        assert now not in seen
        seen.add(now)
    _codecache.package_fingerprint.cache_clear()


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
    # No kept code: each process writes the source.
    sources = {_printed(probe, seed, write_bytecode=False) for seed in ("1", "2")}
    assert len(sources) == 1


def test_the_fast_path_is_not_written_while_the_package_is_unchanged(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newsmodel.codec import fastpath
    from newsmodel.model import Bundle

    data = json.loads(newsmodel.dumps(newsmodel.load(EXAMPLE), format="json"))
    written = fastpath._compile("STRUCTURE")  # writes the source and keeps its code

    def refuse(mapping: str) -> str:
        raise AssertionError("the source was written again")

    monkeypatch.setattr(fastpath, "_source", refuse)
    kept = fastpath._compile("STRUCTURE")  # the kept code makes its own names
    assert kept[Bundle](data) == written[Bundle](data) == newsmodel.load(EXAMPLE)
    lines = linecache.getlines("<newsmodel fast path: STRUCTURE>")
    assert any(line.startswith("def _s_Bundle(") for line in lines)  # for tracebacks
    monkeypatch.setattr(fastpath, "package_fingerprint", lambda: "a changed package")
    with pytest.raises(AssertionError, match="written again"):
        fastpath._compile("STRUCTURE")


# --------------------------------------------------------------------------
# The methods attrs writes
# --------------------------------------------------------------------------


def _point_class() -> Any:
    """Return a new attrs class, the same each call (same name, same source)."""

    @attrs.frozen
    class Point:
        x: int
        y: int = 0

    return Point


def _kept_point_class() -> Any:
    keeper = attrs_methods(__name__)
    try:
        return _point_class()
    finally:
        keeper.close()


def test_attrs_methods_are_kept_and_read_back(
    folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    plain = _point_class()
    first = _kept_point_class()
    tag = sys.implementation.cache_tag
    assert [path.name for path in folder.iterdir()] == [f"attrs-{__name__}.{tag}.code"]
    _no_compiling(monkeypatch)
    again = _kept_point_class()
    for cls in (first, again):
        assert cls(1, 2) == cls(1, 2) != cls(2, 1)
        assert repr(cls(1, y=2)) == "Point(x=1, y=2)"
        assert cls(1).y == 0
        # The hash starts from hash() of the class's name, which the kept code
        # holds as a stand-in: the run's own is put in its place.
        assert hash(cls(1, 2)) == hash(plain(1, 2))
        for method in ("__init__", "__eq__", "__hash__", "__repr__"):
            # The same code; only the columns of the hash's number may differ.
            code, expected = getattr(cls, method).__code__, getattr(plain, method).__code__
            assert _codecache._positionless(code) == _codecache._positionless(expected)
            assert code.co_firstlineno == expected.co_firstlineno
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        again(1).x = 2


def test_attrs_gets_its_function_back(folder: Path) -> None:
    original = attr._make._compile_and_eval
    keeper = attrs_methods(__name__)
    assert attr._make._compile_and_eval is not original
    keeper.close()
    assert attr._make._compile_and_eval is original


def test_classes_of_other_modules_are_left_to_attrs(folder: Path) -> None:
    keeper = attrs_methods("somebody.else")
    try:
        cls = _point_class()
    finally:
        keeper.close()
    assert cls(1, 2) == cls(1, 2)
    assert not folder.exists()


@pytest.mark.parametrize("damage", [b"", b"\x00garbage", b"N"])
def test_damaged_attrs_methods_are_compiled_afresh(folder: Path, damage: bytes) -> None:
    _kept_point_class()
    (kept,) = folder.iterdir()
    kept.write_bytes(damage)
    assert _kept_point_class()(1, 2).y == 2
    assert _kept_point_class()(1, 2).y == 2


def test_the_model_compiles_no_attrs_method_once_kept() -> None:
    # In a new process, with another hash seed each time: the kept code is read
    # back, and each class's hash starts from hash() of its name in that process.
    probe = (
        "import builtins\n"
        "compile_ = builtins.compile\n"
        "compiled = []\n"
        "def counting(source, filename, *args, **kwargs):\n"
        "    compiled.append(filename)\n"
        "    return compile_(source, filename, *args, **kwargs)\n"
        "builtins.compile = counting\n"
        "import attrs\n"
        "compiled.clear()\n"
        "from newsmodel import model\n"
        "builtins.compile = compile_\n"
        "for cls in model._model_types():\n"
        "    own = hash(f'<attrs generated hash {cls.__module__}.{cls.__qualname__}>')\n"
        "    assert own in cls.__hash__.__code__.co_consts, cls\n"
        "print(sum(' newsmodel.model.' in name for name in compiled))\n"
    )
    counts = [_printed(probe, seed, write_bytecode=True) for seed in ("1", "2", "3")]
    assert counts[1:] == ["0", "0"]
