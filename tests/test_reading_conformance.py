"""The YAML test suite through newsmodel's YAML reading: the spec's data, or a problem.

Each case of the suite (``../shared/conformance/yaml-test-suite``, beside the
repository) is read the way :func:`newsmodel.loads` reads YAML: by the fast
reader (:func:`~newsmodel.reading.yaml_fast.read_yaml_plain`) and by the event
reader (:func:`~newsmodel.reading.yaml_events.parse_yaml`), and the plain data
each gives, before any bundle structuring, is compared with the case's
``in.json``.  What each reader owes a case: the same data, or a problem (for
the fast reader, ``None``: it leaves the text to the event reader).  Never other
data, never an accepted invalid document (a case with an ``error`` file), never
an exception.

The suite is not part of the repository: without it the tests are skipped,
except in CI (``CI=true``), which must run them.
"""

from __future__ import annotations

import json
import math
import os
from pathlib import Path
from typing import Any

import pytest

from newsmodel.limits import DEFAULT_LIMITS
from newsmodel.reading import ParseFailure, parse_yaml, read_yaml_plain

SUITE = Path(__file__).resolve().parents[2] / "shared" / "conformance" / "yaml-test-suite"


def _cases() -> list[Path]:
    if not SUITE.is_dir():
        return []
    return sorted(path.parent for path in SUITE.glob("**/in.yaml"))


CASES = _cases()


def test_the_suite_is_present_in_ci() -> None:
    if os.environ.get("CI") == "true":
        assert CASES, f"CI must run the YAML test suite, expected at {SUITE}"
    elif not CASES:
        pytest.skip(f"the YAML test suite is not at {SUITE}")


def _same(found: Any, expected: Any) -> bool:
    """Equal as JSON data: same types (``1`` is not ``1.0`` nor ``True``), same values."""
    if isinstance(expected, dict):
        return (
            isinstance(found, dict)
            and found.keys() == expected.keys()  # JSON objects have no order
            and all(_same(found[key], expected[key]) for key in expected)
        )
    if isinstance(expected, list):
        return (
            isinstance(found, list)
            and len(found) == len(expected)
            and all(_same(a, b) for a, b in zip(found, expected, strict=True))
        )
    if isinstance(expected, float) and isinstance(found, float):
        return found == expected or (math.isnan(found) and math.isnan(expected))
    return type(found) is type(expected) and found == expected


def _expected(case: Path) -> list[Any] | None:
    """The documents ``in.json`` holds; ``None`` when the case has no JSON form."""
    path = case / "in.json"
    if not path.is_file():
        return None
    text = path.read_text(encoding="utf-8")
    decoder, offset, documents = json.JSONDecoder(), 0, list[Any]()
    while True:
        while offset < len(text) and text[offset].isspace():
            offset += 1
        if offset == len(text):
            return documents
        document, offset = decoder.raw_decode(text, offset)
        documents.append(document)


_REFUSED = object()  # what a reader that gives a problem (or declines) gives


def _name(case: Path) -> str:
    return case.relative_to(SUITE).as_posix()


def verdict(case: Path) -> str:
    """What newsmodel's YAML reading makes of a case: "ok", "refused", or what is wrong."""
    text = (case / "in.yaml").read_text(encoding="utf-8")
    invalid = (case / "error").exists()
    expected = _expected(case)
    verdicts = []
    fast = read_yaml_plain(text, DEFAULT_LIMITS)  # None: left to the event reader
    try:
        slow: Any = parse_yaml(text, file="in.yaml").plain()
    except ParseFailure:
        slow = _REFUSED
    for reader, data in (("fast", _REFUSED if fast is None else fast), ("event", slow)):
        if data is _REFUSED:
            verdicts.append("refused")
        elif invalid:
            verdicts.append(f"the {reader} reader accepts an invalid document")
        elif expected is not None and not (len(expected) == 1 and _same(data, expected[0])):
            verdicts.append(f"the {reader} reader gives {data!r}, the suite {expected!r}")
        else:
            verdicts.append("ok")
    wrong = [found for found in verdicts if found not in ("ok", "refused")]
    return "; ".join(wrong) if wrong else verdicts[1]


@pytest.mark.parametrize("case", CASES, ids=_name)
def test_yaml_reading_gives_the_suites_data_or_a_problem(case: Path) -> None:
    assert verdict(case) in ("ok", "refused")
