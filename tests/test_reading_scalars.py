"""Tests of newsmodel.reading.scalars: the YAML 1.2 core schema and exact numbers."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsmodel.reading.scalars import exact_float, int_as_float, resolve_plain, yaml11_value


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


@pytest.mark.parametrize(
    "literal", ["1e-99999999999999999999", "0e99999999999999999999", "-1E-99999999999999999999"]
)
def test_exact_float_refuses_exponents_beyond_decimal_with_overflow_error(literal: str) -> None:
    with pytest.raises(OverflowError, match="64-bit float"):
        exact_float(literal)
    with pytest.raises(OverflowError):
        resolve_plain(literal)


@pytest.mark.parametrize(
    ("value", "literal", "expected"),
    [(12, "12", 12.0), (0, "-0", -0.0), (16, "0x10", 16.0), (2**53, str(2**53), 2.0**53)],
)
def test_int_as_float_keeps_exact_values(value: int, literal: str, expected: float) -> None:
    found = int_as_float(value, literal)
    assert type(found) is float
    assert (found, math.copysign(1, found)) == (expected, math.copysign(1, expected))


@pytest.mark.parametrize(
    "literal", ["1" + "0" * 309, str(2**53 + 1), "0x1" + "0" * 300, "0o1" + "0" * 400]
)
def test_int_as_float_refuses_what_a_float_cannot_keep(literal: str) -> None:
    with pytest.raises(OverflowError, match="64-bit float"):
        int_as_float(resolve_plain(literal), literal)  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("017", 15), ("-017", -15), ("0b101", 5), ("0x1_F", 31), ("+0x1F", 31), ("1_000", 1000),
        ("1:20", 80), ("190:20:30.15", 685230.15), ("1.5e+3", 1500.0), ("yes", True),
        ("OFF", False), ("y", True), ("n", False), ("~", None), ("1e3", "1e3"), ("0o17", "0o17"),
        ("08", "08"), ("1.2.3", "1.2.3"), ("0x" + "f" * 4000, "0x" + "f" * 4000),
        ("1" + "0" * 400 + ":00", "1" + "0" * 400 + ":00"),
    ],
)  # fmt: skip
def test_yaml11_value_follows_the_yaml_11_types(text: str, expected: object) -> None:
    found = yaml11_value(text)
    assert (type(found), found) == (type(expected), expected)
