"""The fast path and the detailed converter agree on any data.

:mod:`newsmodel.codec.fastpath` structures valid data without explaining; the
readers fall back to the detailed converter on whatever it declines.  So it
must accept exactly the data that converter accepts, build equal records of
the same types, and unstructure them to the same plain data in the same order;
it must decline with :class:`~newsmodel.types.Decline` and nothing else (any
other exception is a bug); and valid data must take it.
"""

from __future__ import annotations

import copy
import json
import math
from pathlib import Path
from typing import Any

import attrs
import pytest
from cattrs.errors import CattrsError
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import io, strategies
from newsmodel.codec import fastpath as _fastpath
from newsmodel.codec.converter import make_converter
from newsmodel.limits import DEFAULT_LIMITS
from newsmodel.model import (
    RECORD_TYPES,
    Act,
    Author,
    Bundle,
    Charge,
    Count,
    Place,
    Quote,
    Role,
    Source,
    Tally,
)
from newsmodel.rules import CHECKED_FIELDS, CHECKS
from newsmodel.types import Decline, Fault, date, id, language

converter = make_converter()

SETTINGS = settings(deadline=None, max_examples=300, suppress_health_check=[HealthCheck.too_slow])

#: Values that break some rule somewhere, or pass where a lax reader would not.
NASTY: tuple[Any, ...] = (
    None,
    True,
    False,
    0,
    1,
    -1,
    7,
    2**53 + 1,
    10**30,
    1.0,
    1.5,
    -0.0,
    91.0,
    -181.0,
    math.inf,
    math.nan,
    "",
    " ",
    "\t",
    "x",
    "ML",
    "ml",
    "UK",
    "en",
    "en_US",
    "English",
    "2022",
    "2022-02-29",
    "2022-13",
    "2022-07/2022-06",
    "a--b",
    "A",
    "x" * 101,
    "https://example.org/a",
    "example.org",
    "denial",
    "Denial",
    "killed",
    "state",
    "Q912",
    [],
    ["x"],
    ["x", "x"],
    [1],
    [{}],
    {},
    {"name": "x"},
    {"unknown": 1},
)


def _paths(data: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    found = [path]
    if isinstance(data, dict):
        for key, value in data.items():
            found.extend(_paths(value, (*path, key)))
    elif isinstance(data, list):
        for index, value in enumerate(data):
            found.extend(_paths(value, (*path, index)))
    return found


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


@st.composite
def mutated(draw: st.DrawFn) -> Any:
    """Plain data of a valid bundle with one to three things changed (or none)."""
    data = copy.deepcopy(converter.unstructure(draw(strategies.bundles(max_stories=1))))
    for _ in range(draw(st.integers(0, 3))):
        path = draw(st.sampled_from(_paths(data)[1:]))
        parent, last = _at(data, path[:-1]), path[-1]
        operation = draw(st.sampled_from(["replace", "delete", "add key", "repeat", "nasty key"]))
        if operation == "replace":
            parent[last] = copy.deepcopy(draw(st.sampled_from(NASTY)))
        elif operation == "delete":
            del parent[last]
        elif operation == "repeat" and isinstance(parent[last], list) and parent[last]:
            parent[last].append(copy.deepcopy(parent[last][0]))
        elif isinstance(parent[last], dict):
            key = "unknown" if operation == "add key" else draw(st.sampled_from(["wikidata", ""]))
            parent[last][key] = draw(st.sampled_from(NASTY))
    return data


def _fast(data: Any) -> Any:
    """The fast path's bundle, or None when it declines (any other exception fails the test)."""
    try:
        return _fastpath.STRUCTURE[Bundle](data)
    except Decline:
        return None


def _slow(data: Any) -> Any:
    try:
        return converter.structure(data, Bundle)
    except (CattrsError, Fault, KeyError):
        return None


def _same(a: Any, b: Any) -> bool:
    """Equal, of the same types all the way down (1 is not 1.0), NaN equal to NaN."""
    if type(a) is not type(b):
        return False
    if attrs.has(type(a)):
        return all(
            _same(getattr(a, field.name), getattr(b, field.name)) for field in attrs.fields(type(a))
        )
    if isinstance(a, (tuple, list)):
        return len(a) == len(b) and all(map(_same, a, b))
    if isinstance(a, dict):
        return list(a) == list(b) and all(_same(a[key], b[key]) for key in a)
    if isinstance(a, float) and math.isnan(a):
        return math.isnan(b)
    return bool(a == b)


@SETTINGS
@given(mutated())
def test_fast_path_accepts_exactly_what_the_converter_accepts(data: Any) -> None:
    slow = _slow(copy.deepcopy(data))
    fast = _fast(copy.deepcopy(data))
    assert (fast is None) == (slow is None)
    assert _same(fast, slow)


@SETTINGS
@given(strategies.bundles())
def test_fast_path_reads_every_valid_bundle(bundle: Bundle) -> None:
    data = converter.unstructure(bundle)
    assert _same(_fastpath.STRUCTURE[Bundle](data), bundle)


@SETTINGS
@given(strategies.bundles())
def test_unstructure_gives_the_converters_data_in_the_same_order(bundle: Bundle) -> None:
    fast = _fastpath.UNSTRUCTURE[Bundle](bundle)
    assert _same(fast, converter.unstructure(bundle))
    assert json.dumps(fast) == json.dumps(converter.unstructure(bundle))
    for record in bundle.records():
        assert _same(_fastpath.UNSTRUCTURE[type(record)](record), converter.unstructure(record))


def test_every_record_and_value_class_has_functions() -> None:
    classes = {*RECORD_TYPES.values(), Bundle, Place, Count}
    assert classes <= set(_fastpath.STRUCTURE)
    assert set(_fastpath.STRUCTURE) == set(_fastpath.UNSTRUCTURE)


@pytest.mark.parametrize(
    ("cls", "data"),
    [
        (Count, {"kind": "killed", "low": 5, "high": 3}),  # NM310, a cross-field check
        (Count, {"kind": "killed"}),  # NM311
        (Place, {"name": "Moura", "latitude": 14.1}),  # NM309
        (Place, {"name": "Moura", "latitude": True}),  # a boolean is not a number
        (Place, {"name": "Moura", "geonames_id": 1.0}),  # nor a float an integer
        (Count, {"kind": "killed", "best": 3, "subgroups": None}),  # null for a list
    ],
)
def test_fast_path_rejects_what_the_converter_rejects(cls: type, data: Any) -> None:
    with pytest.raises(Decline):
        _fastpath.STRUCTURE[cls](data)
    with pytest.raises(CattrsError):
        converter.structure(data, cls)


def test_remembered_ids_dates_and_tags_are_bounded() -> None:
    for seen in (date._SEEN, language._SEEN, id._SEEN):
        seen.clear()
    assert date._fast_date("2022-07") is date._SEEN["2022-07"]
    for day in range(id._REMEMBERED + 100):
        date._fast_date(f"{1000 + day // 365:04d}-01-01/{1000 + day:04d}")
        language._fast_language(f"x-{day}")
        id._fast_id(f"id-{day}")
    remembered = ((date._SEEN, date._REMEMBERED), (language._SEEN, language._REMEMBERED))
    assert all(len(seen) <= limit for seen, limit in (*remembered, (id._SEEN, id._REMEMBERED)))
    assert f"id-{id._REMEMBERED + 99}" in id._SEEN  # the most recent stay
    with pytest.raises(Decline):
        id._fast_id("Not-An-Id")
    assert "Not-An-Id" not in id._SEEN


def test_classes_with_attrs_validators_are_refused() -> None:
    @attrs.frozen(kw_only=True)
    class Checked:
        name: str = attrs.field(validator=attrs.validators.instance_of(str))

    writer = _fastpath._Writer()
    with pytest.raises(TypeError, match="skips __init__"):
        _fastpath._structure_source(writer, Checked)


@pytest.mark.parametrize("cls", sorted(CHECKED_FIELDS, key=str))
def test_checks_find_nothing_while_their_fields_are_left_out(cls: type) -> None:
    """The fast path skips a check when none of its CHECKED_FIELDS is given."""
    samples: dict[type, dict[str, Any]] = {
        Place: {"name": "Moura"},
        Quote: {"text": "tangible proof"},
        Author: {"name": "Annie Risemberg"},
        Source: {"outlet": "afp"},
        Role: {"title": "spokesperson"},
        Act: {"by": ["mali"]},
        Tally: {"in_favour": 5, "against": 2},
        Charge: {"id": "c1", "summary": "Forgery."},
    }
    obj: Any = converter.structure(samples[cls], cls)
    assert not set(CHECKED_FIELDS[cls]) & set(samples[cls])
    assert CHECKS[cls](obj) == []


def test_subgroups_of_subgroups_are_left_to_the_detailed_converter() -> None:
    """The fast path bounds nesting; deeper counts are still read, by the slow path."""
    inner = {"kind": "killed", "who": "girls", "best": 2}
    middle = {"kind": "killed", "who": "children", "best": 5, "subgroups": [inner]}
    count = {"kind": "killed", "best": 10, "subgroups": [middle]}
    with pytest.raises(Decline):
        _fastpath.STRUCTURE[Count](count)
    assert _fastpath.STRUCTURE[Count](middle).subgroups[0].best == 2
    event = {
        "id": "e",
        "kind": "arrest",
        "summary": "S",
        "counts": [count],
        "citations": [{"report": "r"}],
    }
    text = json.dumps(
        {"schema_version": 2, "reports": [{"id": "r", "title": "T"}], "events": [event]}
    )
    for fmt in ("json", "yaml"):
        bundle = newsmodel.loads(text, format=fmt)  # JSON text is YAML too
        assert bundle.events[0].counts[0].subgroups[0].subgroups[0].best == 2


EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


@pytest.mark.parametrize("path", EXAMPLES, ids=lambda path: path.name)
def test_every_example_takes_the_fast_path(path: Path) -> None:
    """The examples are valid: YAML, JSON and each JSON Lines line read without the slow path."""
    text = path.read_text(encoding="utf-8")
    bundle = io._fast_bundle(text, "yaml", DEFAULT_LIMITS)
    assert bundle == newsmodel.loads(text)
    assert io._fast_bundle(newsmodel.dumps(bundle, format="json"), "json", DEFAULT_LIMITS) == bundle
    lines = newsmodel.dumps(bundle, format="jsonl").splitlines()[1:]
    assert all(io._fast_record(line, DEFAULT_LIMITS.max_depth) is not None for line in lines)


@SETTINGS
@given(strategies.bundles())
def test_every_generated_bundle_takes_the_fast_path(bundle: Bundle) -> None:
    for fmt in ("yaml", "json"):
        assert io._fast_bundle(newsmodel.dumps(bundle, format=fmt), fmt, DEFAULT_LIMITS) == bundle
    lines = newsmodel.dumps(bundle, format="jsonl").splitlines()[1:]
    assert [io._fast_record(line, DEFAULT_LIMITS.max_depth) for line in lines] == list(
        bundle.records()
    )
