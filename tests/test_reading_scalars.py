"""Tests of newsmodel.reading.scalars: the YAML 1.2 core schema and exact numbers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.reading import resolve_plain


@given(st.integers(min_value=-(10**100), max_value=10**100))
def test_resolve_plain_of_an_integer_gives_it_back(number: int) -> None:
    assert resolve_plain(str(number)) == number
    assert type(resolve_plain(str(number))) is int


@given(st.floats(allow_nan=False, allow_infinity=False))
def test_resolve_plain_of_a_float_repr_gives_it_back(number: float) -> None:
    value = resolve_plain(repr(number))
    assert type(value) is float
    assert value == number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("", None),
        ("~", None),
        ("null", None),
        ("NULL", None),
        ("true", True),
        ("False", False),
        ("0o17", 15),
        ("0x1F", 31),
        ("+12", 12),
        ("1e5", 100000.0),
        (".5", 0.5),
        ("-.inf", -math.inf),
        # YAML 1.1 values that YAML 1.2 core reads as text:
        ("yes", "yes"),
        ("NO", "NO"),
        ("off", "off"),
        ("2022-07-13", "2022-07-13"),
        ("1_000", "1_000"),
        ("0b101", "0b101"),
        ("12:30", "12:30"),
        ("nan", "nan"),
        ("Mali", "Mali"),
    ],
)
def test_resolve_plain_follows_yaml_12_core(text: str, expected: object) -> None:
    value = resolve_plain(text)
    assert value == expected
    assert type(value) is type(expected)


def test_resolve_plain_nan_and_overlong_integer() -> None:
    value = resolve_plain(".nan")
    assert isinstance(value, float)
    assert math.isnan(value)
    with pytest.raises(OverflowError):
        resolve_plain("1" * 4301)
