"""Patterns compiled when first used (:func:`newsmodel._patterns.lazy`)."""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Iterator
from typing import Any

import pytest

import newsmodel
from newsmodel import _patterns
from newsmodel._patterns import lazy

# Modules whose imports need an optional extra; their patterns, if any, are compiled up front.
OPTIONAL = ("newsmodel.export", "newsmodel.mkdocs_plugin", "newsmodel.strategies")


def test_a_lazy_pattern_answers_as_the_compiled_one() -> None:
    pattern = lazy(r"(?P<year>[0-9]{4})-([0-9]{2})", re.ASCII)
    compiled = re.compile(r"(?P<year>[0-9]{4})-([0-9]{2})", re.ASCII)
    for text in ("2022-07", "on 2022-07-13", "22-07", ""):
        assert bool(pattern.match(text)) == bool(compiled.match(text))
        assert bool(pattern.fullmatch(text)) == bool(compiled.fullmatch(text))
        assert pattern.findall(text) == compiled.findall(text)
        assert pattern.sub("<>", text) == compiled.sub("<>", text)
    assert (pattern.pattern, pattern.flags, pattern.groupindex) == (
        compiled.pattern,
        compiled.flags,
        compiled.groupindex,
    )


def test_it_is_compiled_once_on_first_use(monkeypatch: pytest.MonkeyPatch) -> None:
    compiles: list[str] = []
    original = re.compile

    def counting(pattern: str, flags: int = 0) -> re.Pattern[str]:
        compiles.append(pattern)
        return original(pattern, flags)

    monkeypatch.setattr(re, "compile", counting)
    pattern = lazy("a+")
    assert compiles == []  # nothing compiled when the module defining it is imported
    assert pattern.search("baa") is not None
    assert pattern.search("bab") is not None
    assert pattern.sub("-", "caab") == "c-b"  # another method: the same compiled pattern
    assert compiles == ["a+"]
    monkeypatch.undo()


def _newsmodel_modules() -> Iterator[Any]:
    for info in pkgutil.walk_packages(newsmodel.__path__, "newsmodel."):
        if info.name.startswith(OPTIONAL) or info.name.endswith(".__main__"):
            continue
        yield importlib.import_module(info.name)


def _lazy_patterns(value: Any) -> Iterator[Any]:
    if isinstance(value, _patterns._Lazy):
        yield value
    elif isinstance(value, dict):
        for item in value.values():
            yield from _lazy_patterns(item)


def test_every_lazy_pattern_of_the_package_compiles() -> None:
    # A mistake in a pattern shows on its first use, which some input may never reach:
    # every one is compiled here.
    found = 0
    for module in _newsmodel_modules():
        for value in vars(module).values():
            for pattern in _lazy_patterns(value):
                assert isinstance(pattern.pattern, str)  # compiles it
                found += 1
    assert found >= 15
