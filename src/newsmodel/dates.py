"""Partial, uncertain and approximate dates, as EDTF strings.

News rarely gives a full timestamp: "in April", "this year", "the first
quarter", "around March".  newsmodel stores every date as a string in the
Library of Congress `Extended Date/Time Format
<https://www.loc.gov/standards/datetime/>`_ (EDTF), parsed and checked by the
``edtf`` package, and wraps it in :class:`PartialDate`, which adds what
validation and analysis need: precision, earliest and latest possible
instants, and ordering.

Examples of valid values::

    2022                      the year 2022
    2022-07                   July 2022
    2022-07-13                13 July 2022
    2022-07-13T10:30:00Z      a time of day, with its zone (Z or +hh:mm)
    2022-04-01/2022-06-30     an interval; either end may be open: 2022-04/..
    2022-03~  2022-03?        approximately / uncertainly March 2022
    2022-XX-XX                some day in 2022, unspecified

Bounds are timezone-aware :class:`datetime.datetime` values in UTC.  A date
with no time of day is taken to run from 00:00 to 23:59:59.999999 UTC, and a
date-time with no zone is read as UTC: news about one event rarely needs
finer ordering than that, and the rule is the same everywhere.
"""

from __future__ import annotations

import calendar
import contextlib
import enum
import functools
import io
import re
from datetime import datetime, timedelta, timezone
from typing import Any

import attrs

__all__ = ["PartialDate", "Precision"]


class Precision(str, enum.Enum):
    """How finely a :class:`PartialDate` pins down its moment."""

    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"
    SECOND = "second"


_END_OF_DAY = timedelta(days=1, microseconds=-1)


Bounds = tuple["datetime | None", "datetime | None"]


_WHITE_SPACE = re.compile(r"\s")


@functools.lru_cache(maxsize=65536)
def _bounds(text: str) -> Bounds:
    """Return the earliest and latest instants of ``text``; raise ``ValueError`` if not EDTF.

    The forms that fill almost every dataset (``YYYY``, ``YYYY-MM``,
    ``YYYY-MM-DD`` with an optional ``~``, ``?`` or ``%``, intervals of them,
    and full date-times) are read by a regular expression and the calendar;
    anything else goes to the ``edtf`` package, which is the authority for
    the whole standard but takes milliseconds per string.  The test suite
    checks that both agree on every form the fast path accepts.
    """
    if text != text.strip():
        raise ValueError("surrounding white space is not allowed")
    if _WHITE_SPACE.search(text):  # the edtf parser would skip it ("2022 /")
        raise ValueError(_explain(text))
    fast = _fast_bounds(text)
    if fast is not None:
        return fast
    # Imported here: it takes longer than starting the command, and most dates never need it.
    from edtf import parse_edtf  # noqa: PLC0415

    try:
        with contextlib.redirect_stdout(io.StringIO()):  # edtf prints on some input
            parsed = parse_edtf(text)
        if "T" in text:
            instant = _datetime(text)
            return instant, instant
        lower = None if text.startswith("/") else _bound(parsed.lower_strict(), upper=False)
        upper = None if text.endswith("/") else _bound(parsed.upper_strict(), upper=True)
    except Exception as error:  # edtf raises its own exception types, and int()'s on 2022-02-3X
        raise ValueError(_explain(text)) from error
    return lower, upper


_DAY = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?[~?%]?\Z")
_INSTANT = re.compile(
    r"[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(Z|[+-][0-9]{2}(:[0-9]{2})?)?\Z"
)


def _fast_bounds(text: str) -> Bounds | None:
    """Bounds of the common EDTF forms, or ``None`` to let the ``edtf`` package decide.

    Raises ``ValueError`` for a day that does not exist (``2021-02-29``).
    """
    if "/" in text:
        start, _, end = text.partition("/")
        low = (None, None) if start == ".." else _fast_day(start)
        high = (None, None) if end == ".." else _fast_day(end)
        if low is None or high is None or (start == ".." and end == ".."):
            return None
        return low[0], high[1]
    if "T" in text:
        if not _INSTANT.match(text):
            return None
        try:
            instant = _datetime(text)
        except ValueError:
            return None
        return instant, instant
    return _fast_day(text)


def _fast_day(text: str) -> Bounds | None:
    match = _DAY.match(text)
    if match is None:
        return None
    year, month, day = (None if part is None else int(part) for part in match.groups())
    assert year is not None
    if year == 0 or (month is not None and not 1 <= month <= 12):  # edtf decides
        return None
    try:
        if day is not None:
            assert month is not None
            first = last = datetime(year, month, day, tzinfo=timezone.utc)
        elif month is not None:
            first = datetime(year, month, 1, tzinfo=timezone.utc)
            last = first.replace(day=calendar.monthrange(year, month)[1])
        else:
            first = datetime(year, 1, 1, tzinfo=timezone.utc)
            last = datetime(year, 12, 31, tzinfo=timezone.utc)
    except ValueError:  # 2022-02-30, 2021-02-29 (which the edtf package accepts)
        raise ValueError(f"{text!r} is not a day of the calendar") from None
    return first, last + _END_OF_DAY


_UNPADDED = re.compile(r"([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?\Z")


#: A date's month or day (group 2, 3) holding X for some of its digits only (2022-02-3X).
_PARTLY_UNSPECIFIED = re.compile(r"(-?[0-9X]{4})-([0-9X]{2})(?:-([0-9X]{2}))?[~?%]?\Z")


def _partly_unspecified(text: str) -> str | None:
    """Explain a month or day written with X for only some of its digits; else ``None``.

    EDTF's X stands for an unspecified digit, but newsmodel (and the ``edtf``
    package below it) reads it in a month or a day only for the whole part:
    ``2022-02-XX`` is some day of February 2022; ``2022-02-3X`` is not read.
    """
    for date in text.split("/"):
        match = _PARTLY_UNSPECIFIED.match(date)
        if match is None:
            continue
        year, month, day = match.groups()
        for name, part, known in (("month", month, year), ("day", day, f"{year}-{month}")):
            if part is None or "X" not in part or part == "XX":
                continue
            mark = date[len(date.rstrip("~?%")) :]
            whole = date.replace(f"{known}-{part}", f"{known}-XX", 1)
            shorter = (known if "X" not in known.partition("-")[2] else year) + mark
            return (
                f"{text!r} is not an EDTF date: the {name} {part!r} mixes digits and X; "
                f"X stands for a whole {name} or none of it: write "
                f"{text.replace(date, whole, 1)!r} (some {name}), "
                f"or {text.replace(date, shorter, 1)!r}"
            )
    return None


def _explain(text: str) -> str:
    """Explain why EDTF rejects ``text``, with a fix where one is likely."""
    partly = _partly_unspecified(text)
    if partly is not None:
        return partly
    unpadded = _UNPADDED.match(text)
    if unpadded and any(part and len(part) == 1 for part in unpadded.groups()[1:]):
        fixed = "-".join(part.zfill(2) for part in unpadded.groups() if part)
        return f"{text!r} is not an EDTF date; months and days take two digits: {fixed!r}"
    if re.match(r"[0-9]{4}-[0-9]{2}-[0-9]{2} ", text):
        return (
            f"{text!r} is not an EDTF date; separate date and time with 'T' (2022-07-13T10:00:00Z)"
        )
    if "T" in text and "/" in text:
        return f"{text!r} is not an EDTF date; EDTF intervals take dates, not times of day"
    if "T" in text and text.count(":") == 1:
        return f"{text!r} is not an EDTF date; give seconds too (2022-07-13T10:30:00Z)"
    if "T" in text:
        return (
            f"{text!r} is not an EDTF date-time; write YYYY-MM-DDThh:mm:ss with an optional "
            "zone Z or +hh:mm"
        )
    return (
        f"{text!r} is not an EDTF date; use YYYY, YYYY-MM, YYYY-MM-DD, an interval "
        "START/END, and ~ or ? for approximate or uncertain values"
    )


def _bound(value: Any, *, upper: bool) -> datetime | None:
    """Convert an ``edtf`` struct_time bound to an aware UTC datetime."""
    if isinstance(value, float):  # edtf uses +/-inf for open interval ends
        return None
    try:
        day = datetime(value.tm_year, value.tm_mon, value.tm_mday, tzinfo=timezone.utc)
    except ValueError:  # outside datetime's years 1..9999
        return None
    return day + _END_OF_DAY if upper else day


def _precision(text: str) -> Precision:
    head = text.split("/", 1)[0].lstrip("-").rstrip("~?%")
    if head in ("", ".."):
        head = text.rsplit("/", 1)[-1].rstrip("~?%")
    if "T" in head:
        return Precision.SECOND
    parts = head.split("-")
    # Unspecified digits (2022-XX-XX) pin down no more than the parts before them.
    known = next((i for i, part in enumerate(parts) if "X" in part), len(parts))
    parts = parts[: max(known, 1)]
    if len(parts) >= 3:
        return Precision.DAY
    if len(parts) == 2:
        month = parts[1].rstrip("~?%")
        return Precision.SEASON if month.isdigit() and int(month) > 12 else Precision.MONTH
    return Precision.YEAR


@attrs.frozen(order=False, repr=False)
class PartialDate:
    """An EDTF date, date-time or interval, checked when created.

    Construct with :meth:`parse` (or ``PartialDate("2022-07")``, which checks
    too).  In files it is written as its ``text``.  Instances are ordered by
    their earliest then latest instant, so records sort chronologically;
    equality is by text, so ``2022-07`` and ``2022-07~`` differ.
    """

    text: str = attrs.field()
    """The EDTF string, exactly as written."""

    @text.validator
    def _check(self, _attribute: attrs.Attribute[str], value: str) -> None:
        if not isinstance(value, str):
            raise TypeError(f"an EDTF date must be a string, not {type(value).__name__}")
        lower, upper = _bounds(value)
        if "/" in value and lower is not None and upper is not None and lower > upper:
            raise ValueError(f"interval {value!r} ends before it starts; swap its two ends")

    @classmethod
    def parse(cls, text: str) -> PartialDate:
        """Return the date for ``text``, or raise ``ValueError`` saying why it is not EDTF."""
        return cls(text)

    def __repr__(self) -> str:
        return f"PartialDate({self.text!r})"

    def __str__(self) -> str:
        return self.text

    @property
    def is_interval(self) -> bool:
        """Whether this is an interval (``START/END``) rather than one date."""
        return "/" in self.text

    @property
    def uncertain(self) -> bool:
        """Whether any part is marked uncertain (``?``) or both (``%``)."""
        return "?" in self.text or "%" in self.text

    @property
    def approximate(self) -> bool:
        """Whether any part is marked approximate (``~``) or both (``%``)."""
        return "~" in self.text or "%" in self.text

    @property
    def precision(self) -> Precision:
        """The precision of the date, or of an interval's first known end."""
        return _precision(self.text)

    @property
    def earliest(self) -> datetime | None:
        """The earliest instant the value allows, or ``None`` when open or out of range."""
        return _bounds(self.text)[0]

    @property
    def latest(self) -> datetime | None:
        """The latest instant the value allows, or ``None`` when open or out of range."""
        return _bounds(self.text)[1]

    def definitely_before(self, other: PartialDate) -> bool:
        """Whether every instant of ``self`` is before every instant of ``other``.

        ``2022-07`` is definitely before ``2022-08-01``; ``2022`` is not
        definitely before ``2022-08``, since both may be August.
        """
        mine, theirs = self.latest, other.earliest
        return mine is not None and theirs is not None and mine < theirs

    def _key(self) -> tuple[datetime, datetime, str]:
        low = self.earliest or datetime.min.replace(tzinfo=timezone.utc)
        high = self.latest or datetime.max.replace(tzinfo=timezone.utc)
        return (low, high, self.text)

    def __lt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() < other._key()

    def __le__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() <= other._key()

    def __gt__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() > other._key()

    def __ge__(self, other: PartialDate) -> bool:
        if not isinstance(other, PartialDate):
            return NotImplemented
        return self._key() >= other._key()


def _datetime(text: str) -> datetime:
    iso = text.rstrip("~?%").replace("Z", "+00:00")
    if re.search(r"[+-][0-9]{2}$", iso):  # EDTF allows +hh; Python 3.10 wants +hh:mm
        iso += ":00"
    value = datetime.fromisoformat(iso)
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    return value.astimezone(timezone.utc)
