"""The fast path of newsmodel.dates agrees with the ``edtf`` package it stands in for."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest
from edtf import parse_edtf
from hypothesis import example, given
from hypothesis import strategies as st

from newsmodel.dates import PartialDate, _bound, _datetime, _fast_bounds

years = st.integers(min_value=0, max_value=9999).map(lambda y: f"{y:04d}")
months = st.integers(min_value=0, max_value=25).map(lambda m: f"{m:02d}")
days = st.integers(min_value=0, max_value=32).map(lambda d: f"{d:02d}")
qualifiers = st.sampled_from(["", "~", "?", "%"])
day_texts = st.builds(
    lambda y, m, d, q, parts: "-".join([y, m, d][:parts]) + q,
    years,
    months,
    days,
    qualifiers,
    st.integers(min_value=1, max_value=3),
)
instants = st.builds(
    lambda day, h, mi, sec, zone: f"{day}T{h:02d}:{mi:02d}:{sec:02d}{zone}",
    st.dates().map(lambda d: f"{d.year:04d}-{d.month:02d}-{d.day:02d}"),
    st.integers(0, 25),
    st.integers(0, 61),
    st.integers(0, 61),
    st.sampled_from(["", "Z", "+02:00", "-04", "+14:00", "+25:00"]),
)
texts = st.one_of(
    day_texts,
    st.builds(lambda a, b: f"{a}/{b}", day_texts | st.just(".."), day_texts | st.just("..")),
    instants,
)


def _edtf_bounds(text: str) -> tuple[datetime | None, datetime | None] | None:
    try:
        parsed = parse_edtf(text)
    except Exception:
        return None
    if "T" in text:
        instant = _datetime(text)
        return instant, instant
    return _bound(parsed.lower_strict(), upper=False), _bound(parsed.upper_strict(), upper=True)


@given(texts)
@example("2022-02-29")
@example("2024-02-29~")
@example("2022-04-01/2022-06-30")
@example("2022-07-13T10:00:00Z")
def test_fast_path_agrees_with_edtf(text: str) -> None:
    try:
        fast = _fast_bounds(text)
    except ValueError:  # a day that does not exist: newsmodel is stricter than edtf here
        assert "T" not in text
        return
    if fast is None:
        return  # the fast path declined: edtf decides alone
    assert _edtf_bounds(text) == fast, text


def test_fast_path_takes_the_common_forms() -> None:
    utc = timezone.utc
    assert _fast_bounds("2022") == (
        datetime(2022, 1, 1, tzinfo=utc),
        datetime(2022, 12, 31, 23, 59, 59, 999999, tzinfo=utc),
    )
    for text in (
        "2022-07",
        "2022-07-13",
        "2022-03~",
        "2022-04-01/2022-06-30",
        "2022-04/..",
        "2022-07-13T10:30:00Z",
    ):
        assert _fast_bounds(text) is not None, text
    for text in ("2022-21", "2022-XX-XX", "-0044", "Y170000002", "0000"):
        assert _fast_bounds(text) is None, text


def test_days_that_do_not_exist_are_rejected() -> None:
    for text in ("2022-02-30", "2021-02-29", "1900-02-29", "2022-04-31/2022-05"):
        with pytest.raises(ValueError, match="not a day of the calendar"):
            PartialDate(text)
    assert PartialDate("2024-02-29").precision.value == "day"
