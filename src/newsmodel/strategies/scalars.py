"""Strategies for the scalar types: each is the one its module of newsmodel.types declares."""

from __future__ import annotations

from hypothesis import strategies as st

from newsmodel.dates import PartialDate
from newsmodel.types import SCALAR_TYPES, CountryCode, Id, LanguageTag, Url
from newsmodel.types.date import ZONES as _ZONES
from newsmodel.types.date import clock as _clock
from newsmodel.types.date import days as _days
from newsmodel.types.date import interval as _interval

__all__ = [
    "_ZONES",
    "_clock",
    "_days",
    "_interval",
    "country_codes",
    "dates",
    "ids",
    "language_tags",
    "urls",
]


def ids() -> st.SearchStrategy[Id]:
    """Record ids such as ``mali-army`` or ``voa-report-2022``: valid and readable."""
    return SCALAR_TYPES[Id].strategy()  # type: ignore[no-any-return]


def country_codes() -> st.SearchStrategy[CountryCode]:
    """ISO 3166-1 alpha-2 codes, including ``NO`` (the Norway problem)."""
    return SCALAR_TYPES[CountryCode].strategy()  # type: ignore[no-any-return]


def language_tags() -> st.SearchStrategy[LanguageTag]:
    """BCP 47 tags of the kind news comes in: ``en``, ``fr``, ``fr-ML``, ``bm``, ``no``."""
    return SCALAR_TYPES[LanguageTag].strategy()  # type: ignore[no-any-return]


def urls() -> st.SearchStrategy[Url]:
    """Article URLs on real news sites (``https://www.voanews.com/a/...``)."""
    return SCALAR_TYPES[Url].strategy()  # type: ignore[no-any-return]


def dates() -> st.SearchStrategy[PartialDate]:
    """EDTF dates between 1990 and 2030.

    Years, months, days, date-times with a zone, ordered intervals (some
    open-ended), and approximate (``~``) or uncertain (``?``) values.
    """
    return SCALAR_TYPES[PartialDate].strategy()  # type: ignore[no-any-return]
