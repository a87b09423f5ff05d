"""The collector in bulk reading (`newsmodel._gc`): fewer collections, memory still bounded."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

import pytest

import newsmodel
from newsmodel import _gc


@pytest.fixture(autouse=True)
def default_thresholds() -> Iterator[None]:
    before = gc.get_threshold()
    gc.set_threshold(700, 10, 10)
    try:
        yield
    finally:
        gc.set_threshold(*before)


def test_bulk_raises_the_young_threshold_and_restores_it() -> None:
    with _gc.bulk():
        assert gc.get_threshold() == (_gc.YOUNG, 10, 10)
    assert gc.get_threshold() == (700, 10, 10)


def test_bulk_restores_the_thresholds_after_an_error() -> None:
    with pytest.raises(KeyError), _gc.bulk():
        raise KeyError("x")
    assert gc.get_threshold() == (700, 10, 10)


def test_bulk_keeps_a_higher_threshold_and_a_collector_turned_off() -> None:
    gc.set_threshold(500_000, 5, 5)
    with _gc.bulk():
        assert gc.get_threshold() == (500_000, 5, 5)
    gc.set_threshold(0, 10, 10)
    with _gc.bulk():
        assert gc.get_threshold() == (0, 10, 10)


def test_bulk_leaves_thresholds_changed_inside_it() -> None:
    with _gc.bulk():
        gc.set_threshold(1000, 10, 10)
    assert gc.get_threshold() == (1000, 10, 10)


def test_cycles_made_in_bulk_are_still_collected() -> None:
    """Memory stays bounded: the collector runs once enough containers are made."""

    class Node:
        def __init__(self) -> None:
            self.me = self

    gc.collect()
    before = gc.get_stats()[0]["collected"]
    with _gc.bulk():
        for _ in range(3 * _gc.YOUNG):
            Node()
        during = gc.get_stats()[0]["collected"]
    assert during - before >= _gc.YOUNG


def test_validation_leaves_the_collector_as_it_found_it(tmp_path: Path) -> None:
    good = tmp_path / "good.yaml"
    good.write_text("schema_version: 2\n", encoding="utf-8")
    bad = tmp_path / "bad.yaml"
    bad.write_text("schema_version: 2\nactors: [{id: Bad}]\n", encoding="utf-8")
    problems = newsmodel.validate(tmp_path)
    assert problems
    assert gc.get_threshold() == (700, 10, 10)
    assert gc.isenabled()
