"""Files replaced atomically: the old file or the new one, never half of one, never debris."""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import Any

import pytest

from newsmodel.writing.files import write_text_atomic


@pytest.fixture
def target(tmp_path: Path) -> Path:
    path = tmp_path / "mali.yaml"
    path.write_text("old\n", encoding="utf-8")
    return path


def test_writes_utf8_text_with_lf_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "new.yaml"
    write_text_atomic(path, "é\n😀\n")
    assert path.read_bytes() == "é\n😀\n".encode()
    assert list(tmp_path.iterdir()) == [path]


def test_an_interrupt_while_writing_removes_the_temporary_file(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def interrupted(descriptor: int) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(os, "fsync", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_text_atomic(target, "new\n" * 100_000)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert list(target.parent.iterdir()) == [target]


def test_the_file_is_flushed_to_disk_before_the_rename_and_the_folder_after(
    target: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    events: list[str] = []
    real_fsync, real_replace = os.fsync, os.replace

    def fsync(descriptor: int) -> None:
        kind = "folder" if stat.S_ISDIR(os.fstat(descriptor).st_mode) else "file"
        events.append(f"fsync {kind}")
        real_fsync(descriptor)

    def replace(source: Any, destination: Any) -> None:
        events.append("rename")
        real_replace(source, destination)

    monkeypatch.setattr(os, "fsync", fsync)
    monkeypatch.setattr(os, "replace", replace)
    write_text_atomic(target, "new\n")
    expected = ["fsync file", "rename"] + (["fsync folder"] if os.name == "posix" else [])
    assert events == expected
    assert target.read_text(encoding="utf-8") == "new\n"


@pytest.mark.parametrize("mode", [0o444, 0o400, 0o555])
def test_a_read_only_target_is_refused_and_left_alone(target: Path, mode: int) -> None:
    target.chmod(mode)
    with pytest.raises(PermissionError, match="read-only") as raised:
        write_text_atomic(target, "new\n")
    assert raised.value.filename == str(target)
    target.chmod(0o644)
    assert target.read_text(encoding="utf-8") == "old\n"
    assert list(target.parent.iterdir()) == [target]


@pytest.mark.parametrize("mode", [0o600, 0o640, 0o664, 0o755])
def test_an_existing_target_keeps_its_permission_bits(target: Path, mode: int) -> None:
    target.chmod(mode)
    write_text_atomic(target, "new\n")
    assert stat.S_IMODE(target.stat().st_mode) == mode
    assert target.read_text(encoding="utf-8") == "new\n"


def test_a_new_file_gets_what_open_would_give_it(tmp_path: Path) -> None:
    umask = os.umask(0o027)
    try:
        write_text_atomic(tmp_path / "new.yaml", "new\n")
    finally:
        os.umask(umask)
    assert stat.S_IMODE((tmp_path / "new.yaml").stat().st_mode) == 0o640


def test_a_missing_folder_is_an_os_error_and_leaves_nothing(tmp_path: Path) -> None:
    with pytest.raises(FileNotFoundError):
        write_text_atomic(tmp_path / "missing" / "new.yaml", "new\n")
    assert list(tmp_path.iterdir()) == []


def test_a_folder_that_cannot_be_flushed_is_no_failure(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    real_fsync = os.fsync

    def fsync(descriptor: int) -> None:
        if stat.S_ISDIR(os.fstat(descriptor).st_mode):
            raise OSError(22, "Invalid argument")  # what some file systems answer
        real_fsync(descriptor)

    monkeypatch.setattr(os, "fsync", fsync)
    write_text_atomic(tmp_path / "new.yaml", "new\n")
    assert (tmp_path / "new.yaml").read_text(encoding="utf-8") == "new\n"


@pytest.mark.parametrize(
    ("path", "text", "message"),
    [
        ("x.yaml", b"bytes", "text must be a str, not bytes"),
        ("x.yaml", None, "text must be a str, not NoneType"),
        (b"x.yaml", "text", "path must be a str or a path object"),
        (3, "text", "path must be a str or a path object"),
    ],
)
def test_arguments_of_the_wrong_type_are_type_errors(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, path: Any, text: Any, message: str
) -> None:
    monkeypatch.chdir(tmp_path)
    with pytest.raises(TypeError, match=message):
        write_text_atomic(path, text)
    assert list(tmp_path.iterdir()) == []
