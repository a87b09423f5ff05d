"""benchmarks/startup.py runs, and prints what its verdicts rest on (no timing asserted)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import pytest

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
startup: Any = pytest.importorskip("startup")


def test_startup_prints_each_command_each_target_and_the_control(
    capsys: pytest.CaptureFixture[str],
) -> None:
    missed = startup.measure(startup.EXAMPLE, 2)
    out = capsys.readouterr().out
    assert 0 <= missed <= len(startup.TARGETS)
    for name in ("python -c pass", "import newsmodel", "newsmodel --version", "newsmodel validate"):
        assert f"\n{name} " in out
    for what, *_ in startup.TARGETS:
        assert f"\n{what}: " in out
    # yamllint comes with the bench extra: without it, its target is not measured and
    # there is no control; with it, its run against itself is printed as the noise.
    if startup.executable("yamllint") is None:
        assert "newsmodel validate <= yamllint: not measured" in out
    else:
        assert "\ncontrol, yamllint against itself: worst round +" in out
