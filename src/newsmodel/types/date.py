"""Dates: EDTF strings wrapped in :class:`~newsmodel.PartialDate`."""

from __future__ import annotations

import datetime as dt
from typing import Any

from newsmodel.dates import PartialDate
from newsmodel.types.base import Fault, Inline, ScalarType
from newsmodel.types.text import check_text

__all__ = ["DATE", "check_date"]


def check_date(value: object) -> PartialDate:
    """Return the :class:`~newsmodel.PartialDate` for an EDTF string."""
    text = value.text if isinstance(value, PartialDate) else check_text(value)
    try:
        return PartialDate(text)
    except ValueError as error:
        code = "NM303" if "ends before it starts" in str(error) else "NM302"
        raise Fault(code, str(error)) from None


#: Dates checked by the fast path, by text (dates repeat, and are shared), at most
#: ``_REMEMBERED``, all forgotten when full.
_SEEN: dict[str, PartialDate] = {}
_REMEMBERED = 4096


def _fast_date(value: Any) -> PartialDate:
    date = check_date(value)
    if value.__class__ is str:
        if len(_SEEN) >= _REMEMBERED:
            _SEEN.clear()
        _SEEN[value] = date
    return date


#: EDTF, loosely: a date or date-time (with ~ ? % qualifiers, X for unspecified
#: digits, seasons 21-41, long years), an interval of dates or date-times whose ends
#: may be open or unknown, or a set; and newsmodel's extension of date-times (seconds
#: optional, a qualifier at the end, a named zone in brackets, a short end ``hh:mm``).
#: The check's parsers decide the rest.
_QUALIFIER = "[~?%]?"
_YEAR = r"(?:-?[0-9X]{4}|Y-?[0-9]+(?:E[0-9]+)?)(?:S[0-9]+)?"
_MONTH = "(?:0[1-9]|1[0-2]|2[1-9]|3[0-9]|4[01]|XX)"
_DAY = "(?:0[1-9]|[12][0-9]|3[01]|XX)"
_DATE = (
    f"{_QUALIFIER}{_YEAR}{_QUALIFIER}"
    f"(?:-{_QUALIFIER}{_MONTH}{_QUALIFIER}(?:-{_QUALIFIER}{_DAY}{_QUALIFIER})?)?"
)
_CLOCK = "[0-9]{2}:[0-9]{2}(?::[0-9]{2})?"
_TIME = rf"T{_CLOCK}(?:Z|[+-][0-9]{{2}}(?::[0-9]{{2}})?)?(?:\[[A-Za-z0-9_+/-]+\])?{_QUALIFIER}"
_END = rf"(?:{_DATE}(?:{_TIME})?|\.\.)"
PATTERN = (
    rf"^(?:{_DATE}(?:{_TIME})?|{_END}?/(?:{_END}|{_CLOCK}{_QUALIFIER})?"
    rf"|[\[{{][^\]}}]*[\]}}])$"
)

#: The days drawn by the strategy, and the zones of its date-times.
FIRST_DAY = dt.date(1990, 1, 1)
LAST_DAY = dt.date(2030, 12, 31)
ZONES = ("Z", "Z", "+00:00", "+01:00", "-05:00", "+03:00")


def days(low: dt.date = FIRST_DAY, high: dt.date = LAST_DAY) -> Any:
    """Return a strategy of calendar days between ``low`` and ``high``."""
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.dates(min_value=low, max_value=high)


def clock(day: dt.date, seconds: int, zone: str) -> str:
    """Return the EDTF date-time of ``day`` at ``seconds`` past midnight, in ``zone``."""
    hours, rest = divmod(seconds, 3600)
    return f"{day.isoformat()}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}{zone}"


def day_forms(day: dt.date) -> Any:
    """Return a strategy of the EDTF forms coders use for a day: exact, coarser, hedged, timed."""
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    month = day.isoformat()[:7]
    return st.one_of(
        st.just(day.isoformat()),
        st.just(month),
        st.just(str(day.year)),
        st.sampled_from([f"{month}~", f"{month}?", f"{day.isoformat()}~", f"{day.year}~"]),
        st.builds(clock, st.just(day), st.integers(0, 86_399), st.sampled_from(ZONES)),
    )


def interval(start: dt.date, length: int, coarse: bool) -> str:
    """Return the EDTF interval of ``length`` days from ``start`` (in months when ``coarse``)."""
    end = start + dt.timedelta(days=length)
    if coarse:
        return f"{start.isoformat()[:7]}/{end.isoformat()[:7]}"
    return f"{start.isoformat()}/{end.isoformat()}"


#: Times of day as reporting gives them, beyond the EDTF date-time (see newsmodel.dates).
TIMED_FORMS = (
    "{day}T{hh}:{mm}Z",
    "{day}T{hh}:{mm}Z~",
    "{day}T{hh}:{mm}",
    "{day}T{hh}:{mm}:00+02:00",
    "{day}T{hh}:{mm}[Europe/Paris]",
    "{day}T{hh}:{mm}[America/New_York]~",
    "{day}T{hh}:{mm}/23:59",
    "{day}T{hh}:{mm}Z/23:59~",
    "{day}T{hh}:{mm}[Europe/London]/23:59",
)


def timed(day: dt.date, minutes: int, form: str) -> str:
    """Return ``form`` of :data:`TIMED_FORMS` for ``day`` at ``minutes`` past midnight."""
    hours, rest = divmod(minutes, 60)
    return form.format(day=day.isoformat(), hh=f"{hours:02d}", mm=f"{rest:02d}")


def _strategy() -> Any:
    """Dates between 1990 and 2030: days, months, years, times, intervals, hedges."""
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    single = days().flatmap(day_forms)
    intervals = st.builds(
        interval, days(high=dt.date(2029, 12, 31)), st.integers(0, 365), st.booleans()
    )
    open_ended = st.builds(
        lambda day, after: f"{day.isoformat()[:7]}/.." if after else f"../{day.isoformat()}",
        days(),
        st.booleans(),
    )
    seasons = st.builds(
        lambda day, season, mark: f"{day.year}-{season}{mark}",
        days(),
        st.integers(21, 24),
        st.sampled_from(["", "~", "?"]),
    )
    times = st.builds(timed, days(), st.integers(0, 23 * 60), st.sampled_from(TIMED_FORMS))
    return st.one_of(single, intervals, open_ended, seasons, times).map(PartialDate)


DATE = ScalarType(
    annotation=PartialDate,
    python=PartialDate,
    name="PartialDate",
    label="EDTF date",
    plural="EDTF dates",
    doc="A date in the Library of Congress Extended Date/Time Format (EDTF), read into a "
    "`PartialDate`: `2022`, `2022-07`, `2022-07-13`, `2022-07-13T10:30:00Z`, an interval "
    "`2022-04-01/2022-06-30` (either end may be open: `2022-04/..`), `2022-03~` "
    "(approximately), `2022-03?` (uncertain), `2020-21~` (about spring 2020), `2022-XX-XX` "
    "(unspecified digits); and times as reported (newsmodel's extension): `T17:00Z~` "
    "(around 17:00 GMT), `2023-10-17T15:51/16:07` (a window), `T08:18[Europe/Paris]` "
    "(a named zone), `T08:18` (a local time of unknown zone, never read as UTC).",
    check=check_date,
    schema=lambda: {
        "title": "EDTF date",
        "description": "A date in the Library of Congress Extended Date/Time Format: "
        "2022, 2022-07, 2022-07-13, 2022-07-13T10:30:00Z, an interval "
        "2022-04-01/2022-06-30 (either end may be open: 2022-04/..), 2022-03~ "
        "(approximately), 2022-03? (uncertain), 2020-21~ (about spring 2020), 2022-XX-XX "
        "(unspecified digits); and newsmodel's times: 2023-10-17T17:00Z~ (around 17:00 "
        "GMT), 2023-10-17T15:51/16:07 (a window), 2023-06-27T08:18[Europe/Paris] (a named "
        "zone), 2023-06-27T08:18 (a local time of unknown zone).",
        "type": "string",
        "pattern": PATTERN,
        "examples": [
            "2022-07",
            "2022-07-13T10:30:00Z",
            "2022-04-01/2022-06-30",
            "2023-10-17T15:51Z/16:07",
        ],
    },
    # Most dates are found among those seen: one dict lookup, no call, and shared.
    fast=Inline(
        value="(({v}.__class__ is str and _date_seen_get({v})) or _date_check({v}))",
        names={"_date_seen_get": _SEEN.get, "_date_check": _fast_date},
        plain="{v}.text",
    ),
    strategy=_strategy,
    unstructure=lambda date: date.text,
)
