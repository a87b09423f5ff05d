"""Strategies for the scalar types: ids, country codes, language tags, URLs and dates."""

from __future__ import annotations

import datetime as dt

from hypothesis import strategies as st

from newsmodel.dates import PartialDate
from newsmodel.model import (
    CountryCode,
    Id,
    LanguageTag,
    Url,
)
from newsmodel.strategies.material import (
    _COUNTRIES,
    _FIRST_DAY,
    _ID_WORDS,
    _LAST_DAY,
    _OTHER_STATES,
    _OUTLETS,
)


def ids() -> st.SearchStrategy[Id]:
    """Record ids such as ``mali-army`` or ``voa-report-2022``: valid and readable."""
    words = st.lists(st.sampled_from(_ID_WORDS), min_size=1, max_size=4)
    return words.map(lambda parts: Id("-".join(parts)))


def country_codes() -> st.SearchStrategy[CountryCode]:
    """ISO 3166-1 alpha-2 codes of real countries, including ``NO`` (the Norway problem)."""
    codes = [code for code, _, _ in (*_COUNTRIES, *_OTHER_STATES)]
    return st.sampled_from(codes).map(CountryCode)


def language_tags() -> st.SearchStrategy[LanguageTag]:
    """BCP 47 tags of the kind news comes in: ``en``, ``fr``, ``fr-ML``, ``bm``, ``no``."""
    tags = ("en", "fr", "ar", "fr-ML", "bm", "ru", "uk", "en-GB", "es", "pt", "no", "zh-Hant-TW")
    return st.sampled_from(tags).map(LanguageTag)


def urls() -> st.SearchStrategy[Url]:
    """Article URLs on real news sites (``https://www.voanews.com/a/...``)."""
    return st.builds(
        lambda domain, words, number: Url(f"https://{domain}/a/{'-'.join(words)}-{number}.html"),
        st.sampled_from([domain for _, _, domain, _ in _OUTLETS]),
        st.lists(st.sampled_from(_ID_WORDS), min_size=1, max_size=5),
        st.integers(1000, 9_999_999),
    )


def _days(low: dt.date = _FIRST_DAY, high: dt.date = _LAST_DAY) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=low, max_value=high)


def _clock(day: dt.date, seconds: int, zone: str) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{day.isoformat()}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}{zone}"


_ZONES = ("Z", "Z", "+00:00", "+01:00", "-05:00", "+03:00")


def _date_forms(day: dt.date) -> st.SearchStrategy[str]:
    """Draw one of the EDTF forms coders use for a day: exact, coarser, hedged, timed."""
    month = day.isoformat()[:7]
    return st.one_of(
        st.just(day.isoformat()),
        st.just(month),
        st.just(str(day.year)),
        st.sampled_from([f"{month}~", f"{month}?", f"{day.isoformat()}~", f"{day.year}~"]),
        st.builds(_clock, st.just(day), st.integers(0, 86_399), st.sampled_from(_ZONES)),
    )


def _interval(start: dt.date, days: int, coarse: bool) -> str:
    end = start + dt.timedelta(days=days)
    if coarse:
        return f"{start.isoformat()[:7]}/{end.isoformat()[:7]}"
    return f"{start.isoformat()}/{end.isoformat()}"


def dates() -> st.SearchStrategy[PartialDate]:
    """EDTF dates between 1990 and 2030.

    Years, months, days, date-times with a zone, ordered intervals (some
    open-ended), and approximate (``~``) or uncertain (``?``) values.
    """
    single = _days().flatmap(_date_forms)
    intervals = st.builds(
        _interval, _days(high=dt.date(2029, 12, 31)), st.integers(0, 365), st.booleans()
    )
    open_ended = st.builds(
        lambda day, after: f"{day.isoformat()[:7]}/.." if after else f"../{day.isoformat()}",
        _days(),
        st.booleans(),
    )
    return st.one_of(single, intervals, open_ended).map(PartialDate)
