"""The adversarial datasets of benchmarks/adversarial.py, written small: each has its shape.

Only the generator is checked here, at a small scale and without timing;
the figures come from running the script (see benchmarks/README.md).
"""

from __future__ import annotations

import importlib
import sys
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

import newsmodel

sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
adversarial: Any = importlib.import_module("adversarial")

#: The problems of each shape at scale 0.01 (NM451: unused actors, warnings).
EXPECTED = {
    "dangling-part-of": {"NM402": 40, "NM451": 40},
    "part-of-chain": {"NM451": 1},
    "responses-in-chain": {},
    "dated-responses": {"NM454": 55},
    "quote-mismatches": {"NM406": 40},
    "invalid-list-items": {"NM203": 1000, "NM408": 1},
    "long-line": {"NM402": 1, "NM451": 1},
}


@pytest.mark.parametrize("shape", list(adversarial.SHAPES))
def test_each_shape_has_its_problems(shape: str, tmp_path: Path) -> None:
    path = adversarial.SHAPES[shape](tmp_path, 0.01)
    found = newsmodel.validate(path)
    assert Counter(p.code for p in found) == EXPECTED[shape], [str(p) for p in found[:5]]


def test_the_script_measures_a_child(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    adversarial.main(["part-of-chain", "--scale", "0.001"])
    header, row = capsys.readouterr().out.splitlines()
    assert header.split()[:3] == ["shape", "size", "MB"]
    assert header.split()[-2:] == ["exit", "lines"]
    assert row.split()[0] == "part-of-chain"
