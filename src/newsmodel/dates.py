"""Partial, uncertain and approximate dates and times, as EDTF strings.

News rarely gives a full timestamp: "in April", "this year", "the first
quarter", "around March", "shortly before 7 p.m. local time".  newsmodel
stores every date as a string in the Library of Congress `Extended Date/Time
Format <https://www.loc.gov/standards/datetime/>`_ (EDTF), parsed and checked
by the ``edtf`` package, plus a small extension for times of day that EDTF
cannot write, and wraps it in :class:`PartialDate`, which adds what
validation and analysis need: precision, earliest and latest possible
instants, and ordering.

Examples of valid values::

    2022                      the year 2022
    2022-07                   July 2022
    2022-07-13                13 July 2022
    2022-07-13T10:30:00Z      a time of day, with its zone (Z or +hh:mm)
    2022-04-01/2022-06-30     an interval; either end may be open: 2022-04/..
    2022-03~  2022-03?        approximately / uncertainly March 2022
    2020-21~                  approximately spring 2020 (a season, EDTF level 1)
    2022-XX-XX                some day in 2022, unspecified

and, beyond EDTF (ISO 8601-1 forms EDTF leaves out, and RFC 9557 zones)::

    2023-10-17T17:00Z         seconds may be left out: minute precision
    2023-10-17T17:00Z~        around 17:00 GMT: a qualifier ends a date-time too
    2023-10-17T15:51/16:07    a window inside a day; the end takes the start's day and zone
    2023-10-17T22:00/2023-10-18T06:00   a window across midnight
    2023-06-27T08:18[Europe/Paris]      a named zone, checked against the tz database
    2023-06-27T08:18+02:00[Europe/Paris]  an offset and a zone, which must agree

A value is kept exactly as written and written back unchanged.

Bounds are timezone-aware :class:`datetime.datetime` values in UTC.  A date
with no time of day is taken to run from 00:00 to 23:59:59.999999 UTC; a
time runs to the end of its last written unit (``17:00`` to 17:00:59.999999).
A date-time with no zone is *floating*, a local time whose zone the source
did not give: it is never read as UTC.  Its instant is unknown within the
range of offsets in use (UTC-12:00 to UTC+14:00), so its earliest instant is
14 hours before its clock reading and its latest 12 hours after; comparisons
are sound (never claim an order that a zone could reverse) and the two ends
of an interval of floating times, which share one zone, are compared by their
clocks.  Qualifiers (``~ ? %``) do not move the bounds.
"""

from __future__ import annotations

import contextlib
import enum
import functools
import io
import re
from datetime import date, datetime, timedelta, timezone
from typing import Any, NamedTuple

import attrs

from newsmodel._codecache import attrs_methods
from newsmodel._patterns import lazy

__all__ = ["PartialDate", "Precision"]


class Precision(str, enum.Enum):
    """How finely a :class:`PartialDate` pins down its moment."""

    YEAR = "year"
    SEASON = "season"
    MONTH = "month"
    DAY = "day"
    MINUTE = "minute"
    SECOND = "second"


_END_OF_DAY = timedelta(days=1, microseconds=-1)


Bounds = tuple["datetime | None", "datetime | None"]


class _Reading(NamedTuple):
    """What a text says: its bounds in UTC, and whether a time in it is floating.

    ``clock`` holds the bounds of the local clock readings (the same as the
    instants for dates, which are UTC days); two floating ends are compared
    by it.
    """

    earliest: datetime | None
    latest: datetime | None
    floating: bool = False
    clock: Bounds = (None, None)
    timed: bool = False


_WHITE_SPACE = re.compile(r"\s")


#: The slash of an interval: one outside a zone's brackets (Europe/Paris).
_SLASH = lazy(r"/(?![^\[]*\])")


def _ends(text: str) -> tuple[str, str] | None:
    """Split an interval into its two ends; ``None`` when ``text`` is one value."""
    parts = _SLASH.split(text)
    if len(parts) == 1:
        return None
    if len(parts) > 2:
        raise ValueError(_explain(text))
    return parts[0], parts[1]


def _bounds(text: str) -> Bounds:
    """Return the earliest and latest instants of ``text``; raise ``ValueError`` if invalid."""
    reading = _read(text)
    return reading.earliest, reading.latest


@functools.lru_cache(maxsize=65536)
def _read(text: str) -> _Reading:
    """Read ``text``, or raise ``ValueError`` saying why it is not a date and what to write.

    The forms that fill almost every dataset (``YYYY``, ``YYYY-MM``,
    ``YYYY-MM-DD`` with an optional ``~``, ``?`` or ``%``, and intervals of
    them) are read by a regular expression and the calendar; times of day by
    :func:`_read_time`; anything else goes to the ``edtf`` package, which is
    the authority for the whole standard but takes milliseconds per string.
    The test suite checks that they agree on every form they share.
    """
    if text != text.strip():
        raise ValueError(
            f"{text!r} has white space around it, which a date does not: "
            + _write(text.strip(), "write")
        )
    if _WHITE_SPACE.search(text):  # the edtf parser would skip it ("2022 /")
        raise ValueError(_explain(text))
    fast = _fast_bounds(text)
    if fast is not None:
        if fast[0] is not None and fast[1] is not None and fast[0] > fast[1]:
            raise ValueError(_out_of_order(text))
        return _Reading(*fast, clock=fast)
    if "T" in text or ":" in text:
        if _SLASH.search(text):
            return _read_interval(text)
        return _read_time(text)
    try:
        return _read_edtf(text)
    except ValueError:
        # the edtf package refuses a qualified season as an end (2020-21~/..)
        if _SLASH.search(text):
            with contextlib.suppress(ValueError):
                return _read_interval(text)
        raise


def _read_edtf(text: str) -> _Reading:
    """Read a date or date interval with the ``edtf`` package."""
    # Imported here: it takes longer than starting the command, and most dates never need it.
    from edtf import parse_edtf  # noqa: PLC0415

    season = _QUALIFIED_SEASON.match(text)
    try:
        with contextlib.redirect_stdout(io.StringIO()):  # edtf prints on some input
            # EDTF level 1 qualifies any date, a season too (2020-21~); the package does not.
            parsed = parse_edtf(season.group(1) if season else text)
        lower = None if text.startswith("/") else _bound(parsed.lower_strict(), upper=False)
        upper = None if text.endswith("/") else _bound(parsed.upper_strict(), upper=True)
    except Exception as error:  # edtf raises its own exception types, and int()'s on 2022-02-3X
        raise ValueError(_explain(text)) from error
    if "/" in text and lower is not None and upper is not None and lower > upper:
        raise ValueError(_out_of_order(text))
    return _Reading(lower, upper, clock=(lower, upper))


#: A season (EDTF level 1: 21-24; level 2: 25-41) qualified as a whole.
_QUALIFIED_SEASON = lazy(r"(-?[0-9]{4}-(?:2[1-9]|3[0-9]|4[01]))[~?%]\Z")

#: A date-time of our extension: seconds optional, an offset, a named zone, a qualifier.
_DATE_TIME = lazy(
    r"(?P<day>[0-9]{4}-[0-9]{2}-[0-9]{2})T(?P<clock>[0-9]{2}:[0-9]{2}(?::[0-9]{2})?)"
    r"(?P<offset>Z|[+-][0-9]{2}(?::[0-9]{2})?)?(?:\[(?P<zone>[A-Za-z0-9_+/-]+)\])?"
    r"(?P<mark>[~?%])?\Z"
)

#: The short end of a window inside one day (ISO 8601-1): 2023-10-17T15:51/16:07.
_SHORT_END = lazy(r"[0-9]{2}:[0-9]{2}(?::[0-9]{2})?[~?%]?\Z")

#: The offsets in use run from UTC-12:00 to UTC+14:00.
_EAST = timedelta(hours=14)
_WEST = timedelta(hours=12)


def _read_time(text: str) -> _Reading:
    """Read one date-time: ``YYYY-MM-DDThh:mm[:ss]``, a zone or none, a qualifier."""
    match = _DATE_TIME.match(text)
    if match is None:
        raise ValueError(_explain(text))
    day, clock, offset, zone = match.group("day", "clock", "offset", "zone")
    try:
        wall = datetime.fromisoformat(f"{day}T{clock}").replace(tzinfo=timezone.utc)
    except ValueError:
        raise ValueError(_explain(text)) from None
    span = timedelta(seconds=1 if clock.count(":") == 2 else 60, microseconds=-1)
    if offset is None and zone is None:
        return _Reading(wall - _EAST, wall + span + _WEST, True, (wall, wall + span), True)
    if offset is not None:
        shift = _offset(text, offset)
        if zone is not None:
            _check_zone(text, zone, wall, offset)
        instant = wall - shift
        return _Reading(instant, instant + span, clock=(instant, instant + span), timed=True)
    assert zone is not None
    shifts = _check_zone(text, zone, wall, None)
    first, last = wall - max(shifts), wall - min(shifts)
    return _Reading(first, last + span, clock=(first, last + span), timed=True)


def _offset(text: str, offset: str) -> timedelta:
    if offset == "Z":
        return timedelta(0)
    hours, minutes = int(offset[1:3]), int(offset[4:6] or 0)
    if hours > 14 or minutes > 59 or (hours == 14 and minutes):
        raise ValueError(
            f"{text!r} has the offset {offset!r}; offsets run from -12:00 to +14:00; for a "
            "local time of unknown zone, " + _write(text.replace(offset, "", 1), "write")
        )
    shift = timedelta(hours=hours, minutes=minutes)
    return -shift if offset[0] == "-" else shift


@functools.lru_cache(maxsize=1)
def _zone_names() -> frozenset[str]:
    import zoneinfo  # noqa: PLC0415 - only for named zones

    return frozenset(zoneinfo.available_timezones())


def _check_zone(text: str, zone: str, wall: datetime, offset: str | None) -> tuple[timedelta, ...]:
    """Return the offsets ``zone`` has at the clock reading ``wall``; check ``offset`` is one.

    A clock reading repeated when clocks go back has two offsets; ``Z``
    states the instant and is not checked against the zone (RFC 9557).
    """
    import zoneinfo  # noqa: PLC0415 - only for named zones

    if zone not in _zone_names():
        raise ValueError(_unknown_zone(text, zone))
    local = wall.replace(tzinfo=zoneinfo.ZoneInfo(zone))
    shifts = tuple(
        sorted({local.replace(fold=fold).utcoffset() or timedelta(0) for fold in (0, 1)})
    )
    if offset is not None and offset != "Z" and _offset(text, offset) not in shifts:
        right = [_format_offset(value) for value in shifts]
        fixed = text.replace(f"{offset}[", f"{right[0]}[", 1)
        raise ValueError(
            f"{text!r} gives the offset {offset!r}, but {zone} is at "
            f"{' or '.join(right)} on that day and hour: " + _write(fixed, "write")
        )
    return shifts


def _format_offset(shift: timedelta) -> str:
    minutes = int(shift.total_seconds()) // 60
    sign = "-" if minutes < 0 else "+"
    hours, rest = divmod(abs(minutes), 60)
    return f"{sign}{hours:02d}:{rest:02d}"


def _unknown_zone(text: str, zone: str) -> str:
    import difflib  # noqa: PLC0415 - here: only a mistake needs it, and it is slow to import

    names = _zone_names()
    wanted = zone.lower().replace(" ", "_")
    close = sorted(
        name for name in names if wanted in (name.lower(), name.rsplit("/", 1)[-1].lower())
    ) or difflib.get_close_matches(zone, sorted(names), n=1)
    message = f"{text!r} names the zone {zone!r}, which the tz database does not know"
    if close:
        return message + ": " + _write(text.replace(f"[{zone}]", f"[{close[0]}]"), "write")
    return (
        message
        + "; name one such as [Europe/Paris], or, for a local time of unknown zone, "
        + _write(text.replace(f"[{zone}]", ""), "write")
    )


def _read_interval(text: str) -> _Reading:
    """Read ``START/END`` end by end: dates, date-times, or a short end ``hh:mm``."""
    ends = _ends(text)
    assert ends is not None
    start, end = ends
    if start in ("", "..") and end in ("", ".."):
        raise ValueError(_explain(text))
    if _SHORT_END.match(end) and (head := _DATE_TIME.match(start)) is not None:
        day, offset, zone = head.group("day", "offset", "zone")
        mark = end[-1] if end[-1] in "~?%" else ""
        end = f"{day}T{end.rstrip('~?%')}{offset or ''}{f'[{zone}]' if zone else ''}{mark}"
    low = _end(start, text)
    high = _end(end, text)
    if low is not None and high is not None:
        both_local = not (low.timed and not low.floating) and not (high.timed and not high.floating)
        first, last = (low.clock[0], high.clock[1]) if both_local else (low.earliest, high.latest)
        if first is not None and last is not None and first > last:
            raise ValueError(_out_of_order(text))
    return _Reading(
        None if low is None else low.earliest,
        None if high is None else high.latest,
        any(part is not None and part.floating for part in (low, high)),
        (None if low is None else low.clock[0], None if high is None else high.clock[1]),
        any(part is not None and part.timed for part in (low, high)),
    )


def _end(part: str, text: str) -> _Reading | None:
    """Read one end of the interval ``text``; ``None`` when open or unknown."""
    if part in ("", ".."):
        return None
    try:
        return _read(part)
    except ValueError as error:
        raise ValueError(f"{text!r}: its end {part!r} is not valid: {error}") from None


def _out_of_order(text: str) -> str:
    start, end = _ends(text) or (text, "")
    head = _DATE_TIME.match(start)
    if _SHORT_END.match(end) and head is not None:
        following = date.fromisoformat(head.group("day")) + timedelta(days=1)
        zone = start[head.end("clock") :].rstrip("~?%")
        mark = end[-1] if end[-1] in "~?%" else ""
        fixed = f"{start}/{following.isoformat()}T{end.rstrip('~?%')}{zone}{mark}"
        return f"interval {text!r} ends before it starts; if it runs past midnight, " + _write(
            fixed, "give the end its day"
        )
    return f"interval {text!r} ends before it starts; swap its two ends: " + _write(
        f"{end}/{start}", "write"
    )


#: The suggestions being checked, so that checking one never suggests it again.
_SUGGESTING: set[str] = set()


def _write(fixed: str, verb: str) -> str:
    """Suggest ``fixed`` if it is valid (every suggestion must be), else say what to check."""
    if fixed in _SUGGESTING:
        return "check the value against the forms of EDTF (2022, 2022-07, 2022-07-13)"
    _SUGGESTING.add(fixed)
    try:
        _read(fixed)
    except ValueError:
        return "check the value against the forms of EDTF (2022, 2022-07, 2022-07-13)"
    finally:
        _SUGGESTING.discard(fixed)
    return f"{verb} {fixed!r}"


_DAY = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?[~?%]?\Z")


def _fast_bounds(text: str) -> Bounds | None:
    """Bounds of the common EDTF date forms, or ``None`` to let the slower readers decide.

    Raises ``ValueError`` for a day that does not exist (``2021-02-29``).
    """
    if "/" in text:
        start, _, end = text.partition("/")
        low = (None, None) if start == ".." else _fast_day(start)
        high = (None, None) if end == ".." else _fast_day(end)
        if low is None or high is None or (start == ".." and end == ".."):
            return None
        return low[0], high[1]
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
            # The last day of the month: the day before the first of the next.
            last = (
                first.replace(day=31)
                if month == 12
                else first.replace(month=month + 1) - timedelta(days=1)
            )
        else:
            first = datetime(year, 1, 1, tzinfo=timezone.utc)
            last = datetime(year, 12, 31, tzinfo=timezone.utc)
    except ValueError:  # 2022-02-30, 2021-02-29 (which the edtf package accepts)
        raise ValueError(f"{text!r} is not a day of the calendar") from None
    return first, last + _END_OF_DAY


#: A date's month or day (group 2, 3) holding X for some of its digits only (2022-02-3X).
_PARTLY_UNSPECIFIED = lazy(r"(-?[0-9X]{4})-([0-9X]{2})(?:-([0-9X]{2}))?[~?%]?\Z")


def _partly_unspecified(text: str) -> str | None:
    """Explain a month or day written with X for only some of its digits; else ``None``.

    EDTF's X stands for an unspecified digit, but newsmodel (and the ``edtf``
    package below it) reads it in a month or a day only for the whole part:
    ``2022-02-XX`` is some day of February 2022; ``2022-02-3X`` is not read.
    """
    for value in text.split("/"):
        match = _PARTLY_UNSPECIFIED.match(value)
        if match is None:
            continue
        year, month, day = match.groups()
        for name, part, known in (("month", month, year), ("day", day, f"{year}-{month}")):
            if part is None or "X" not in part or part == "XX":
                continue
            mark = value[len(value.rstrip("~?%")) :]
            whole = value.replace(f"{known}-{part}", f"{known}-XX", 1)
            shorter = (known if "X" not in known.partition("-")[2] else year) + mark
            return (
                f"{text!r} is not an EDTF date: the {name} {part!r} mixes digits and X; "
                f"X stands for a whole {name} or none of it: write "
                f"{text.replace(value, whole, 1)!r} (some {name}), "
                f"or {text.replace(value, shorter, 1)!r}"
            )
    return None


def _explain(text: str) -> str:
    """Explain why ``text`` is not a date, and suggest a valid value meaning the same."""
    partly = _partly_unspecified(text)
    if partly is not None:
        return partly
    fixed = _repair(text)
    if fixed != text:
        reason = next(
            (reason for pattern, reason in _MISTAKES if re.search(pattern, text)),
            "it is not written as EDTF",
        )
        return f"{text!r} is not a valid date: {reason}: " + _write(fixed, "write")
    if "T" in text:
        return (
            f"{text!r} is not a valid date-time; write YYYY-MM-DDThh:mm or "
            "YYYY-MM-DDThh:mm:ss, then Z, an offset such as +02:00, a zone such as "
            "[Europe/Paris], or nothing for a local time: '2022-07-13T10:30Z'"
        )
    return (
        f"{text!r} is not an EDTF date; use YYYY, YYYY-MM, YYYY-MM-DD, an interval "
        "START/END, and ~ or ? for approximate or uncertain values: '2022-07', '2022-07~'"
    )


#: Common mistakes, in the order they are reported: a pattern and what is wrong.
_MISTAKES = (
    (r"[\u2010-\u2015\u2212]", "dates take the hyphen-minus '-', not a dash"),
    (r"\b[0-9]{4}-[0-9]-|-[0-9](?:\b|T)", "months and days take two digits"),
    (r"[0-9] +[0-9]{1,2}[:h]", "separate date and time with 'T'"),
    (r"(?:GMT|UTC)", "write the zone GMT or UTC as Z, or as an offset such as +02:00"),
    (r"[0-9][tz]|[0-9]t", "the letters T and Z are capitals"),
    (r"T[0-9]h|T[0-9]{2}h", "write the time with colons, hh:mm"),
    (r"T[0-9](?::|\b)", "hours take two digits"),
    (r"[+-][0-9]{4}(?:\[|[~?%]|\Z)", "write the offset with a colon, +hh:mm"),
    (r"[~?%]T", "a qualifier ends the whole date-time"),
    (r"T24:00", "the day ends at 24:00, which is 00:00 of the next day"),
    (r":[0-9]{2}[.,][0-9]", "seconds take no fraction: the second written spans it"),
    (r"\s", "a date has no spaces"),
)


def _repair(text: str) -> str:
    """Return ``text`` with the common mistakes of :data:`_MISTAKES` corrected."""
    fixed = re.sub(r"[\u2010-\u2015\u2212]", "-", text.strip())
    fixed = re.sub(
        r"\b([0-9]{4})-([0-9]{1,2})(?:-([0-9]{1,2}))?(?=\b|T|[~?%/]|\Z)",
        lambda m: "-".join(part.zfill(2) for part in m.groups() if part),
        fixed,
    )
    fixed = re.sub(r"([0-9]) +([0-9]{1,2}[:h])", r"\1T\2", fixed)
    fixed = re.sub(r"([0-9]{4}-[0-9]{2}-[0-9]{2})t", r"\1T", fixed)
    fixed = re.sub(r"T([0-9]{1,2})h([0-9]{2})", r"T\1:\2", fixed)
    fixed = re.sub(r"T([0-9])(?=:)", r"T0\1", fixed)
    fixed = re.sub(
        r"\s*(?:GMT|UTC)(?:([+-])([0-9]{1,2})(?::?([0-9]{2}))?)?",
        lambda m: f"{m[1]}{m[2].zfill(2)}:{m[3] or '00'}" if m[1] else "Z",
        fixed,
    )
    fixed = re.sub(r"([0-9])z", r"\1Z", fixed)
    fixed = re.sub(r"(T[0-9]{2}:[0-9]{2}:[0-9]{2})[.,][0-9]+", r"\1", fixed)
    fixed = re.sub(r"([+-][0-9]{2})([0-9]{2})(?=\[|[~?%]|/|\Z)", r"\1:\2", fixed)
    fixed = re.sub(r"(?<=[0-9])([~?%])(T[^/]*?)(?=/|\Z)", r"\2\1", fixed)
    day = re.match(r"([0-9]{4}-[0-9]{2}-[0-9]{2})T24:00(?::00)?", fixed)
    if day is not None and "/" not in fixed:
        with contextlib.suppress(ValueError):
            following = date.fromisoformat(day[1]) + timedelta(days=1)
            fixed = f"{following.isoformat()}T00:00{fixed[day.end() :]}"
    return fixed


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
    ends = _ends(text) or (text, text)
    head = ends[0].lstrip("-").rstrip("~?%")
    if head in ("", ".."):
        head = ends[1].rstrip("~?%")
    if "T" in head:
        match = _DATE_TIME.match(head)
        clock = "" if match is None else match.group("clock")
        return Precision.SECOND if clock.count(":") == 2 else Precision.MINUTE
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


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


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
        _read(value)

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
        return _SLASH.search(self.text) is not None

    @property
    def uncertain(self) -> bool:
        """Whether any part is marked uncertain (``?``) or both (``%``)."""
        return "?" in self.text or "%" in self.text

    @property
    def approximate(self) -> bool:
        """Whether any part is marked approximate (``~``) or both (``%``)."""
        return "~" in self.text or "%" in self.text

    @property
    def floating(self) -> bool:
        """Whether a time of day in it has no zone: a local time, never read as UTC.

        Its instant is known only within a day and more (UTC-12:00 to
        UTC+14:00); :attr:`earliest` and :attr:`latest` say so.
        """
        return _read(self.text).floating

    @property
    def precision(self) -> Precision:
        """The precision of the date, or of an interval's first known end."""
        return _precision(self.text)

    @property
    def earliest(self) -> datetime | None:
        """The earliest instant the value allows, or ``None`` when open or out of range."""
        return _read(self.text).earliest

    @property
    def latest(self) -> datetime | None:
        """The latest instant the value allows, or ``None`` when open or out of range."""
        return _read(self.text).latest

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


_ATTRS_METHODS.close()
