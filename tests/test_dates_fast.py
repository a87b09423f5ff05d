"""The fast paths of newsmodel.dates agree with the ``edtf`` package and with each other."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import pytest
from edtf import parse_edtf
from hypothesis import example, given, settings
from hypothesis import strategies as st

from newsmodel.dates import PartialDate, _bound, _bounds, _fast_bounds
from newsmodel.types.date import DATE, PATTERN, TIMED_FORMS, check_date, timed

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
)


def _edtf_bounds(text: str) -> tuple[datetime | None, datetime | None] | None:
    try:
        parsed = parse_edtf(text)
    except Exception:
        return None
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
    ):
        assert _fast_bounds(text) is not None, text
    for text in ("2022-21", "2022-XX-XX", "-0044", "Y170000002", "0000", "2022-07-13T10:30Z"):
        assert _fast_bounds(text) is None, text


def test_days_that_do_not_exist_are_rejected() -> None:
    for text in ("2022-02-30", "2021-02-29", "1900-02-29", "2022-04-31/2022-05"):
        with pytest.raises(ValueError, match="not a day of the calendar"):
            PartialDate(text)
    assert PartialDate("2024-02-29").precision.value == "day"


# The first call may load the tz database or the edtf package: no deadline.
@settings(deadline=None)
@given(instants)
@example("2022-07-13T10:30:00Z")
@example("2022-07-13T10:30:00")
def test_edtf_date_times_are_read_as_edtf_reads_them(text: str) -> None:
    """Every EDTF date-time the package accepts is accepted, at its own instant."""
    try:
        parse_edtf(text)
    except Exception:
        accepted_by_edtf = False
    else:
        accepted_by_edtf = True
    try:
        earliest, latest = _bounds(text)
    except ValueError:
        # edtf takes 24:00:00, which newsmodel refuses, suggesting 00:00 the next day.
        assert not accepted_by_edtf or "T24" in text
        return
    assert accepted_by_edtf, text
    assert earliest is not None
    assert latest is not None
    instant = datetime.fromisoformat(re.sub(r"([+-][0-9]{2})\Z", r"\1:00", text))
    if instant.tzinfo is None:  # a local time of unknown zone: UTC-12:00 to UTC+14:00
        wall = instant.replace(tzinfo=timezone.utc)
        assert (earliest, latest) == (wall - timedelta(hours=14), latest)
        assert latest == wall + timedelta(hours=12, seconds=1, microseconds=-1)
    else:
        assert earliest == instant
        assert latest == instant + timedelta(seconds=1, microseconds=-1)


#: Strings near the forms of dates: valid ones, and the mistakes coders make.
near_dates = st.one_of(
    texts,
    instants,
    st.builds(timed, st.dates(), st.integers(0, 23 * 60), st.sampled_from(TIMED_FORMS)),
    st.text(alphabet="0123456789-:/T~?%XZ+[]. ", max_size=24),
    st.builds(
        lambda a, b: a + b,
        st.sampled_from(["2023-10-17T15:51", "2020-21", "2023-06-27T08:18+02:00"]),
        st.sampled_from(["", "~", "/16:07", "[Europe/Paris]", "Z~", " GMT", "/..", "?/23:00"]),
    ),
)


# The first call may load the tz database or the edtf package: no deadline.
@settings(deadline=None)
@given(near_dates)
@example("2020-21~")
@example("2023-10-17T15:51[Europe/London]/16:07~")
def test_the_schema_pattern_accepts_every_valid_date(text: str) -> None:
    """The JSON Schema pattern is looser than the check, never stricter."""
    try:
        PartialDate(text)
    except ValueError:
        return
    assert re.match(PATTERN, text), text


# The first call may load the tz database or the edtf package: no deadline.
@settings(deadline=None)
@given(near_dates)
def test_the_fast_inline_check_agrees_with_the_check(text: str) -> None:
    namespace = dict(DATE.fast.names) if DATE.fast else {}
    assert DATE.fast is not None
    code = DATE.fast.value.format(v="value")
    try:
        expected: object = PartialDate(text)
    except ValueError:
        expected = ValueError
    try:
        got: object = eval(code, namespace, {"value": text})
    except ValueError:
        got = ValueError
    assert got == expected
    if expected is not ValueError:
        assert check_date(text) == expected


# The first call may load the tz database or the edtf package: no deadline.
@settings(deadline=None)
@given(DATE.strategy())
def test_the_strategy_draws_valid_dates_the_pattern_accepts(date: PartialDate) -> None:
    assert re.match(PATTERN, date.text), date.text
    assert PartialDate(date.text) == date
