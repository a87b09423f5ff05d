"""Tests of :mod:`newsmodel.reading.files`: reading a file whole, within the size limit."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from newsmodel import ValidationError
from newsmodel.limits import Limits
from newsmodel.reading import files


def shrunk_fstat(monkeypatch: pytest.MonkeyPatch, size: int) -> None:
    """Make ``fstat`` report ``size`` bytes, as for a file that grew after it."""
    real = os.fstat

    def fstat(descriptor: int) -> os.stat_result:
        status = list(real(descriptor))
        status[6] = size  # st_size
        return os.stat_result(status)

    monkeypatch.setattr(os, "fstat", fstat)


@pytest.mark.parametrize("size", [0, 3, 99])
def test_a_file_read_whole_whatever_fstat_said(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, size: int
) -> None:
    path = tmp_path / "a.yaml"
    text = "a: " + "é" * 3000 + "\n"
    path.write_text(text, encoding="utf-8")
    shrunk_fstat(monkeypatch, size)
    assert files.read_text(path) == text


def test_a_file_that_grew_over_the_limit(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"a: b\n" * 100)
    shrunk_fstat(monkeypatch, 5)
    with pytest.raises(ValidationError) as raised:
        files.read_text(path, limits=Limits(max_file_size=200))
    [problem] = raised.value.problems
    assert (problem.code, problem.file) == ("NM112", str(path))
    assert "201 bytes" in problem.message  # what was read: one byte over the limit


def test_a_byte_order_mark_is_skipped(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_bytes(b"\xef\xbb\xbfa: b\n")
    assert files.read_text(path) == "a: b\n"
