"""Tests of newsmodel.dates: EDTF dates with precision, bounds and ordering."""

from __future__ import annotations

import re
from datetime import datetime, timedelta, timezone

import attrs
import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from newsmodel.dates import PartialDate, Precision

UTC = timezone.utc


def at(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


END_OF_DAY = timedelta(days=1, microseconds=-1)
SECOND = timedelta(seconds=1, microseconds=-1)
MINUTE = timedelta(minutes=1, microseconds=-1)


# --------------------------------------------------------------------------
# Parsing
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "2022",
        "2022-07",
        "2022-07-13",
        "2022-07-13T10:30:00Z",
        "2022-07-13T10:30:00+02:00",
        "2022-04-01/2022-06-30",
        "2022-04/..",
        "../2022-06",
        "2022-03~",
        "2022-03?",
        "2022-03%",
        "2022-XX-XX",
        "2022-21",
    ],
)
def test_valid_edtf_is_kept_exactly_as_written(text: str) -> None:
    date = PartialDate(text)
    assert date.text == text
    assert str(date) == text
    assert repr(date) == f"PartialDate({text!r})"
    assert PartialDate.parse(text) == date


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2022-7-3", "months and days take two digits: write '2022-07-03'"),
        ("2022-7", "'2022-07'"),
        ("2022-07-13 10:00", "separate date and time with 'T'"),
        ("2022-07-13T25:00:00Z", "YYYY-MM-DDThh:mm:ss"),
        ("July 2022", "use YYYY, YYYY-MM, YYYY-MM-DD"),
        ("2022-13", "use YYYY, YYYY-MM, YYYY-MM-DD"),
        ("2022-02-30", "is not a day of the calendar"),
        ("13/07/2022", "is not an EDTF date"),
        ("", "is not an EDTF date"),
        (" 2022", "white space"),
        ("2022 ", "white space"),
        ("2022 /", "is not an EDTF date"),  # the edtf parser skips inner white space
        ("[1667, 1668]", "is not an EDTF date"),
    ],
)
def test_common_mistakes_get_helpful_messages(text: str, expected: str) -> None:
    with pytest.raises(ValueError, match=re.escape(expected)):
        PartialDate(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "2022-02-3X",
            "the day '3X' mixes digits and X; X stands for a whole day or none of it: "
            "write '2022-02-XX' (some day), or '2022-02'",
        ),
        ("2022-02-X3", "the day 'X3' mixes digits and X"),
        ("2022-XX-1X", "write '2022-XX-XX' (some day), or '2022'"),
        (
            "2022-1X",
            "the month '1X' mixes digits and X; X stands for a whole month or none of it: "
            "write '2022-XX' (some month), or '2022'",
        ),
        ("2022-1X-XX", "the month '1X' mixes digits and X"),
        ("2022-02-1X~", "write '2022-02-XX~' (some day), or '2022-02~'"),
        ("2022-01/2022-02-3X", "write '2022-01/2022-02-XX' (some day), or '2022-01/2022-02'"),
    ],
)
def test_partly_unspecified_month_or_day_is_explained(text: str, expected: str) -> None:
    with pytest.raises(ValueError, match=re.escape(expected)) as raised:
        PartialDate(text)
    assert "int()" not in str(raised.value)


@pytest.mark.parametrize("text", ["2022-02-XX", "2022-XX-XX", "2022-XX", "202X", "20XX-05"])
def test_whole_unspecified_parts_are_read(text: str) -> None:
    assert PartialDate(text).earliest is not None


def test_july_2022_is_not_told_to_separate_date_and_time() -> None:
    with pytest.raises(ValueError, match="is not an EDTF date") as raised:
        PartialDate("July 2022")
    assert "'T'" not in str(raised.value)


@pytest.mark.parametrize("text", ["2022-06-30/2022-04-01", "2022/2021", "2022-08/2022-07-31"])
def test_interval_ending_before_it_starts_is_rejected(text: str) -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        PartialDate(text)


@pytest.mark.parametrize("text", ["2022-04-01/2022-04-01", "2022-07/2022", "2022/2022-07"])
def test_interval_whose_ends_overlap_is_accepted(text: str) -> None:
    assert PartialDate(text).is_interval


def test_a_date_must_be_a_string() -> None:
    with pytest.raises(TypeError, match="must be a string"):
        PartialDate(2022)  # type: ignore[arg-type]


def test_partial_dates_are_frozen_and_hashable() -> None:
    date = PartialDate("2022-07")
    with pytest.raises(attrs.exceptions.FrozenInstanceError):
        date.text = "2023"  # type: ignore[misc]
    assert len({PartialDate("2022-07"), PartialDate("2022-07"), PartialDate("2022-07~")}) == 2


def test_equality_is_by_text() -> None:
    assert PartialDate("2022-07") == PartialDate("2022-07")
    assert PartialDate("2022-07") != PartialDate("2022-07~")
    text: object = "2022-07"
    assert PartialDate("2022-07") != text


# --------------------------------------------------------------------------
# Precision, flags and bounds
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "precision"),
    [
        ("2022", Precision.YEAR),
        ("2022-07", Precision.MONTH),
        ("2022-07-13", Precision.DAY),
        ("2022-07-13T10:30:00Z", Precision.SECOND),
        ("2022-07-13T10:30Z", Precision.MINUTE),
        ("2023-10-17T15:51/16:07", Precision.MINUTE),
        ("2023-06-27T08:18[Europe/Paris]", Precision.MINUTE),
        ("2020-21~", Precision.SEASON),
        ("2022-21", Precision.SEASON),
        ("2022-03~", Precision.MONTH),
        ("2022-04-01/2022-06-30", Precision.DAY),
        ("../2022-06", Precision.MONTH),
        ("2022-XX-XX", Precision.YEAR),
        ("2022-07-XX", Precision.MONTH),
    ],
)
def test_precision(text: str, precision: Precision) -> None:
    assert PartialDate(text).precision is precision


@pytest.mark.parametrize(
    ("text", "uncertain", "approximate", "interval"),
    [
        ("2022-03", False, False, False),
        ("2022-03?", True, False, False),
        ("2022-03~", False, True, False),
        ("2022-03%", True, True, False),
        ("2022-?07", True, False, False),
        ("1985~/2022", False, True, True),
        ("2022-04-01/2022-06-30", False, False, True),
    ],
)
def test_uncertain_approximate_and_interval_flags(
    text: str, uncertain: bool, approximate: bool, interval: bool
) -> None:
    date = PartialDate(text)
    assert (date.uncertain, date.approximate, date.is_interval) == (
        uncertain,
        approximate,
        interval,
    )


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2022", at(2022, 1, 1), at(2022, 12, 31) + END_OF_DAY),
        ("2022-02", at(2022, 2, 1), at(2022, 2, 28) + END_OF_DAY),
        ("2024-02", at(2024, 2, 1), at(2024, 2, 29) + END_OF_DAY),
        ("2022-07-13", at(2022, 7, 13), at(2022, 7, 13) + END_OF_DAY),
        ("2022-04-01/2022-06-30", at(2022, 4, 1), at(2022, 6, 30) + END_OF_DAY),
        ("2022-03~", at(2022, 3, 1), at(2022, 3, 31) + END_OF_DAY),
        ("2022-21", at(2022, 3, 1), at(2022, 5, 31) + END_OF_DAY),
        ("2022-XX-XX", at(2022, 1, 1), at(2022, 12, 31) + END_OF_DAY),
        ("2020-21~", at(2020, 3, 1), at(2020, 5, 31) + END_OF_DAY),
        ("2022-07-13T10:30:00Z", at(2022, 7, 13, 10, 30), at(2022, 7, 13, 10, 30) + SECOND),
        ("2022-07-13T10:30:00+02:00", at(2022, 7, 13, 8, 30), at(2022, 7, 13, 8, 30) + SECOND),
        ("2022-07-13T10:30:00-05", at(2022, 7, 13, 15, 30), at(2022, 7, 13, 15, 30) + SECOND),
        ("2022-07-13T10:30Z", at(2022, 7, 13, 10, 30), at(2022, 7, 13, 10, 30) + MINUTE),
        ("2022-07-13T10:30Z~", at(2022, 7, 13, 10, 30), at(2022, 7, 13, 10, 30) + MINUTE),
        # A local time of unknown zone: anywhere from UTC+14:00 to UTC-12:00.
        ("2022-07-13T10:30:00", at(2022, 7, 12, 20, 30), at(2022, 7, 13, 22, 30) + SECOND),
        ("2023-06-27T08:18[Europe/Paris]", at(2023, 6, 27, 6, 18), at(2023, 6, 27, 6, 18) + MINUTE),
        ("2023-01-27T08:18[Europe/Paris]", at(2023, 1, 27, 7, 18), at(2023, 1, 27, 7, 18) + MINUTE),
        # 02:30 came twice in Paris that night, at +02:00 and at +01:00.
        (
            "2023-10-29T02:30[Europe/Paris]",
            at(2023, 10, 29, 0, 30),
            at(2023, 10, 29, 1, 30) + MINUTE,
        ),
        ("2023-10-17T15:51Z/16:07", at(2023, 10, 17, 15, 51), at(2023, 10, 17, 16, 7) + MINUTE),
        (
            "2023-10-17T15:51+03:00/16:07",
            at(2023, 10, 17, 12, 51),
            at(2023, 10, 17, 13, 7) + MINUTE,
        ),
    ],
)
def test_earliest_and_latest_are_utc_aware(text: str, earliest: datetime, latest: datetime) -> None:
    date = PartialDate(text)
    assert (date.earliest, date.latest) == (earliest, latest)
    for bound in (date.earliest, date.latest):
        assert bound is not None
        assert bound.utcoffset() == timedelta(0)


@pytest.mark.parametrize(
    ("text", "earliest", "latest"),
    [
        ("2022-04/..", at(2022, 4, 1), None),
        ("../2022-06", None, at(2022, 6, 30) + END_OF_DAY),
        ("2022-04/", at(2022, 4, 1), None),
        ("/2022", None, at(2022, 12, 31) + END_OF_DAY),
    ],
)
def test_open_and_unknown_interval_ends_have_no_bound(
    text: str, earliest: datetime | None, latest: datetime | None
) -> None:
    date = PartialDate(text)
    assert (date.earliest, date.latest) == (earliest, latest)


def test_dates_outside_datetime_range_have_no_bounds() -> None:
    date = PartialDate("Y20000")
    assert (date.earliest, date.latest) == (None, None)


# --------------------------------------------------------------------------
# Comparing dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("first", "second", "before"),
    [
        ("2022-07", "2022-08-01", True),
        ("2022", "2022-08", False),
        ("2022-08", "2022", False),
        ("2022-07-13", "2022-07-13", False),
        ("2022-07-12", "2022-07-13", True),
        ("2022-07-13T01:00:00+02:00", "2022-07-13", True),  # 23:00 UTC the day before
        ("2022-04-01/2022-06-30", "2022-07", True),
        ("2022-04/..", "2030", False),
        ("2022-04/", "2030", False),
        ("1999", "2022-04/", True),
        ("2023", "2022-04/", False),
        ("2021", "../2022", False),
        # Floating times: their zone may be anything from UTC-12:00 to UTC+14:00.
        ("2023-06-27T08:00", "2023-06-27T09:00", False),
        ("2023-06-27T08:00", "2023-06-28T12:00", True),
        ("2023-06-27T08:00Z", "2023-06-27T09:00", False),
        ("2023-06-27T08:00Z", "2023-06-27T09:00Z", True),
        ("2023-06-27T08:00Z~", "2023-06-27T09:00Z", True),
        ("2023-06-27T08:18[Europe/Paris]", "2023-06-27T08:00Z", True),
    ],
)
def test_definitely_before(first: str, second: str, before: bool) -> None:
    assert PartialDate(first).definitely_before(PartialDate(second)) is before


def test_sorting_is_chronological() -> None:
    texts = ["2022-08", "2022", "2022-07-13", "../2021", "2022-07", "2021-12-31T23:59:59Z"]
    ordered = sorted(PartialDate(text) for text in texts)
    assert [date.text for date in ordered] == [
        "../2021",
        "2021-12-31T23:59:59Z",
        "2022",
        "2022-07",
        "2022-07-13",
        "2022-08",
    ]


def test_comparing_with_something_else_is_a_type_error() -> None:
    with pytest.raises(TypeError):
        _ = PartialDate("2022") < "2023"  # type: ignore[operator]


@st.composite
def edtf_dates(draw: st.DrawFn) -> str:
    """A single EDTF date: year, month, day or date-time, possibly qualified."""
    year = draw(st.integers(1990, 2030))
    month = draw(st.integers(1, 12))
    day = draw(st.integers(1, 28))
    shape = draw(st.sampled_from(["year", "month", "day", "time"]))
    if shape == "time":
        hour, minute = draw(st.integers(0, 23)), draw(st.integers(0, 59))
        zone = draw(st.sampled_from(["Z", "+02:00", "-05:00", ""]))
        return f"{year:04d}-{month:02d}-{day:02d}T{hour:02d}:{minute:02d}:00{zone}"
    text = {
        "year": f"{year:04d}",
        "month": f"{year:04d}-{month:02d}",
        "day": f"{year:04d}-{month:02d}-{day:02d}",
    }[shape]
    return text + draw(st.sampled_from(["", "", "~", "?", "%"]))


@st.composite
def partial_dates(draw: st.DrawFn) -> PartialDate:
    """Single dates and intervals (closed, open or unknown at either end)."""
    shape = draw(st.sampled_from(["single", "interval", "open-end", "open-start"]))
    first = draw(edtf_dates().filter(lambda text: "T" not in text))
    if shape == "single":
        return PartialDate(draw(edtf_dates()))
    if shape == "open-end":
        return PartialDate(first + draw(st.sampled_from(["/..", "/"])))
    if shape == "open-start":
        return PartialDate(draw(st.sampled_from(["../", "/"])) + first)
    second = draw(edtf_dates().filter(lambda text: "T" not in text))
    try:
        return PartialDate(f"{first}/{second}")
    except ValueError:
        assume(False)
        raise


@given(partial_dates())
def test_earliest_is_not_after_latest(date: PartialDate) -> None:
    if date.earliest is not None and date.latest is not None:
        assert date.earliest <= date.latest
    for bound in (date.earliest, date.latest):
        assert bound is None or bound.utcoffset() == timedelta(0)


MIN = datetime.min.replace(tzinfo=UTC)
MAX = datetime.max.replace(tzinfo=UTC)


@given(partial_dates(), partial_dates())
def test_ordering_is_by_earliest_then_latest(a: PartialDate, b: PartialDate) -> None:
    low_a, low_b = a.earliest or MIN, b.earliest or MIN
    high_a, high_b = a.latest or MAX, b.latest or MAX
    if low_a < low_b or (low_a == low_b and high_a < high_b):
        assert a < b
        assert b > a
    if a < b:
        assert (low_a, high_a) <= (low_b, high_b)


@given(partial_dates(), partial_dates())
def test_ordering_is_total_and_agrees_with_equality(a: PartialDate, b: PartialDate) -> None:
    assert [a < b, a == b, a > b].count(True) == 1
    assert (a <= b) == (a < b or a == b)
    assert (a >= b) == (a > b or a == b)


@given(partial_dates(), partial_dates())
def test_definitely_before_implies_sorted_before(a: PartialDate, b: PartialDate) -> None:
    if a.definitely_before(b):
        assert a < b
        assert not b.definitely_before(a)
        assert a.latest is not None
        assert b.earliest is not None
        assert a.latest < b.earliest


@given(st.lists(partial_dates(), max_size=8))
def test_sorted_dates_have_non_decreasing_earliest(dates: list[PartialDate]) -> None:
    lows = [date.earliest or MIN for date in sorted(dates)]
    assert lows == sorted(lows)


# --------------------------------------------------------------------------
# Times as reported (newsmodel's extension of EDTF, see docs/concepts.md)
# --------------------------------------------------------------------------

#: Phrases from reporting, their coding, and what the coding says.
REPORTED = [
    ("around 17:00 GMT", "2023-10-17T17:00Z~", Precision.MINUTE, True, False),
    ("shortly before 7 p.m. local time", "2023-10-17T18:30/19:00", Precision.MINUTE, False, True),
    ("between 15:51 and 16:07", "2023-10-17T15:51/16:07", Precision.MINUTE, False, True),
    ("between 15:51 and 16:07 GMT", "2023-10-17T15:51Z/16:07", Precision.MINUTE, False, False),
    ("spring 2020 approximately", "2020-21~", Precision.SEASON, True, False),
    ("Friday night", "2023-10-20T20:00/2023-10-21T06:00~", Precision.MINUTE, True, True),
    ("at 8:18 a.m. Paris time", "2023-06-27T08:18[Europe/Paris]", Precision.MINUTE, False, False),
    ("08:18 (06:18 GMT)", "2023-06-27T08:18+02:00[Europe/Paris]", Precision.MINUTE, False, False),
    ("at 10:30:15 Kyiv time", "2022-07-13T10:30:15+03:00", Precision.SECOND, False, False),
    ("in the early hours of 13 July", "2022-07-13T00:00/06:00", Precision.MINUTE, False, True),
]


@pytest.mark.parametrize(("phrase", "text", "precision", "approximate", "floating"), REPORTED)
def test_reported_times_are_read_and_kept_as_written(
    phrase: str, text: str, precision: Precision, approximate: bool, floating: bool
) -> None:
    date = PartialDate(text)
    assert (date.text, str(date), PartialDate(date.text)) == (text, text, date), phrase
    assert (date.precision, date.approximate, date.floating) == (precision, approximate, floating)
    assert date.earliest is not None
    assert date.latest is not None
    assert date.earliest <= date.latest


def test_a_time_without_a_zone_is_never_read_as_utc() -> None:
    local, utc = PartialDate("2023-06-27T08:18"), PartialDate("2023-06-27T08:18Z")
    assert local.floating
    assert not utc.floating
    assert local != utc
    assert (local.earliest, local.latest) != (utc.earliest, utc.latest)
    assert local.earliest is not None
    assert local.latest is not None
    assert local.earliest <= at(2023, 6, 26, 18, 18)
    assert local.latest >= at(2023, 6, 27, 20, 18)


@pytest.mark.parametrize(
    "text",
    [
        "2023-10-17T16:07/15:51",  # floating ends share their zone: compared by the clock
        "2023-10-17T16:07/2023-10-17T15:51",
        "2023-10-17T16:07Z/15:51",
        "2023-10-17T16:07Z/2023-10-17T16:06:59Z",
        "2023-10-18/2023-10-17T23:00",
        "2020-22~/2020-21",
    ],
)
def test_windows_ending_before_they_start_are_rejected(text: str) -> None:
    with pytest.raises(ValueError, match="ends before it starts"):
        PartialDate(text)


def test_a_floating_end_and_a_zoned_end_are_compared_soundly() -> None:
    # 23:00 local may be 09:00Z the next day (UTC-12:00): not out of order.
    assert PartialDate("2023-10-17T10:00Z/2023-10-16T23:00").is_interval
    with pytest.raises(ValueError, match="ends before it starts"):
        PartialDate("2023-10-17T10:00Z/2023-10-15T23:00")


@pytest.mark.parametrize(
    ("text", "fixed"),
    [
        ("2022-7-3", "2022-07-03"),
        ("2022\u201307", "2022-07"),
        (" 2022", "2022"),
        ("2022-07-13 10:30", "2022-07-13T10:30"),
        ("2022-07-13T17:00 GMT", "2022-07-13T17:00Z"),
        ("2022-07-13T17:00GMT~", "2022-07-13T17:00Z~"),
        ("2022-07-13T17:00 UTC+2", "2022-07-13T17:00+02:00"),
        ("2022-07-13t10:30z", "2022-07-13T10:30Z"),
        ("2022-07-13T7:00Z", "2022-07-13T07:00Z"),
        ("2022-07-13T17h00", "2022-07-13T17:00"),
        ("2022-07-13T17:00+0200", "2022-07-13T17:00+02:00"),
        ("2022-07-13~T17:00Z", "2022-07-13T17:00Z~"),
        ("2022-07-13T24:00Z", "2022-07-14T00:00Z"),
        ("2022-07-13T10:30:00.5Z", "2022-07-13T10:30:00Z"),
        ("2023-06-27T08:18+01:00[Europe/Paris]", "2023-06-27T08:18+02:00[Europe/Paris]"),
        ("2023-06-27T08:18[Paris]", "2023-06-27T08:18[Europe/Paris]"),
        ("2023-06-27T08:18[europe/paris]", "2023-06-27T08:18[Europe/Paris]"),
        ("2023-06-27T08:18[Mars/Olympus]", "2023-06-27T08:18"),
        ("2022-07-13T10:30:00+25:00", "2022-07-13T10:30:00"),
        ("2023-10-17T22:00/06:00", "2023-10-17T22:00/2023-10-18T06:00"),
        ("2023-10-17T22:00Z/06:00~", "2023-10-17T22:00Z/2023-10-18T06:00Z~"),
        ("2022-06-30/2022-04-01", "2022-04-01/2022-06-30"),
        ("2023-10-17T19:07/2023-10-17T18:59", "2023-10-17T18:59/2023-10-17T19:07"),
    ],
)
def test_every_refusal_suggests_a_value_that_is_accepted(text: str, fixed: str) -> None:
    with pytest.raises(ValueError, match=r"not|ends|names|gives|has") as raised:
        PartialDate(text)
    suggested = re.findall(r"(?:write|give the end its day) '([^']*)'", str(raised.value))
    assert suggested == [fixed], str(raised.value)
    date = PartialDate(fixed)
    assert date.text == fixed


@pytest.mark.parametrize(
    "text",
    ["July 2022", "2022-13", "13/07/2022", "", "2022-07-13T25:00:00Z", "2022-07-13T10:30:00.5"],
)
def test_a_refusal_without_a_sure_fix_shows_accepted_forms(text: str) -> None:
    with pytest.raises(ValueError, match=r"not|ends|names|gives|has") as raised:
        PartialDate(text)
    examples = re.findall(r"'([0-9][^']*)'", str(raised.value).removeprefix(repr(text)))
    assert examples
    for example in examples:
        PartialDate(example)


@st.composite
def timed_dates(draw: st.DrawFn) -> PartialDate:
    """Date-times and windows in every form of the extension."""
    day = draw(
        st.dates(min_value=datetime(1990, 1, 1).date(), max_value=datetime(2030, 1, 1).date())
    )
    hour, minute = draw(st.integers(0, 22)), draw(st.integers(0, 59))
    clock = f"{hour:02d}:{minute:02d}" + draw(st.sampled_from(["", ":00", ":59"]))
    zone = draw(st.sampled_from(["", "Z", "+02:00", "-05:00", "[Europe/Paris]", "Z[Asia/Tokyo]"]))
    mark = draw(st.sampled_from(["", "~", "?", "%"]))
    start = f"{day.isoformat()}T{clock}{zone}{mark}"
    shape = draw(st.sampled_from(["single", "short", "long", "open"]))
    if shape == "single":
        return PartialDate(start)
    if shape == "short":
        return PartialDate(f"{start}/23:{draw(st.integers(0, 59)):02d}")
    if shape == "open":
        return PartialDate(f"{start}/..")
    return PartialDate(f"{start}/{(day + timedelta(days=1)).isoformat()}T{clock}{zone}")


# The first call may load the tz database or the edtf package: no deadline.
@settings(deadline=None)
@given(timed_dates())
def test_timed_dates_round_trip_and_have_ordered_bounds(date: PartialDate) -> None:
    assert PartialDate(date.text) == date
    assert date.earliest is not None
    if date.latest is not None:
        assert date.earliest <= date.latest
    assert date.floating == (not re.search(r"Z|[+-][0-9]{2}:[0-9]{2}|\[", date.text))


# The first call may load the tz database or the edtf package: no deadline.
@settings(deadline=None)
@given(st.one_of(partial_dates(), timed_dates()), st.one_of(partial_dates(), timed_dates()))
def test_ordering_is_total_with_times(a: PartialDate, b: PartialDate) -> None:
    assert [a < b, a == b, a > b].count(True) == 1
    if a.definitely_before(b):
        assert a < b
        assert not b.definitely_before(a)
