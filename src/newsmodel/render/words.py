"""Values as words on a page: vocabulary terms, their external codes, dates, lists of names.

Pages show what a reader would write: "partial denial" for the term
``partial_denial``, "13 July 2022" for ``2022-07-13``, "April to June 2022"
for ``2022-04/2022-06``, "around March 2022" for ``2022-03~``.  The terms
and the dates as recorded go in each page's details block, with the codes.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from newsmodel.dates import PartialDate
from newsmodel.render import markdown as md
from newsmodel.vocab import Term

__all__ = ["SCHEME_NAMES", "codes", "date", "human", "list_words", "when"]

#: Display names of the external standards, for the codes column.
SCHEME_NAMES = {
    "cameo": "CAMEO",
    "plover": "PLOVER",
    "acled": "ACLED",
    "huridocs": "HURIDOCS",
    "ftm": "FtM",
    "cohen": "Cohen",
}

# Terms whose words are not the term with spaces for underscores.
_LABELS = {
    "ngo": "NGO",
    "lei": "LEI",
    "acled": "ACLED",
    "isni": "ISNI",
    "wikidata": "Wikidata",
    "opensanctions": "OpenSanctions",
}

_MONTHS = (
    *("January", "February", "March", "April", "May", "June"),
    *("July", "August", "September", "October", "November", "December"),
)
# EDTF's seasons (21 to 24) and quarters (33 to 36), as words.
_DIVISIONS = {
    21: "spring",
    22: "summer",
    23: "autumn",
    24: "winter",
    33: "the first quarter of",
    34: "the second quarter of",
    35: "the third quarter of",
    36: "the fourth quarter of",
}
_ONE = re.compile(r"(?P<year>[0-9]{4}|XXXX)(?:-(?P<month>[0-9]{2}|XX)(?:-(?P<day>[0-9]{2}|XX))?)?")
_INSTANT = re.compile(r"([0-9]{4})-([0-9]{2})-([0-9]{2})T([0-9]{2}):([0-9]{2}):[0-9]{2}(.*)")


def date(value: PartialDate | None) -> str | None:
    """Return a date as Markdown words (``13 July 2022``), or ``None`` for a fact left out."""
    return md.escape(when(value)) if value else None


def when(value: PartialDate) -> str:
    """Return an EDTF date as words: ``13 July 2022``, ``April to June 2022``, ``around 2022``.

    Dates, months, years, seasons, date-times and intervals of them read as
    words; approximate (``~``) and uncertain (``?``) values say so.  A form
    without words here (a year before 1000, an exponent) is given as written.
    """
    text = value.text
    if "T" in text:
        instant = _INSTANT.fullmatch(text)
        if instant is None:
            return text
        year, month, day, hour, minute, zone = instant.groups()
        if not 1 <= int(month) <= 12:
            return text
        zone = "UTC" if zone in ("", "Z") else zone
        return f"{int(day)} {_MONTHS[int(month) - 1]} {year}, {hour}:{minute} {zone}"
    if "/" not in text:
        words = _one(text)
        return words[0] if words else text
    start, _, end = text.partition("/")
    first = None if start in ("", "..") else _one(start)
    last = None if end in ("", "..") else _one(end)
    if (start not in ("", "..") and first is None) or (end not in ("", "..") and last is None):
        return text
    if first is None and last is None:
        return text
    if last is None:
        assert first is not None
        return f"{'since' if end == '..' else 'from'} {first[0]}" + (
            ", end unknown" if end == "" else ""
        )
    if first is None:
        return f"until {last[0]}" + (", start unknown" if start == "" else "")
    return _span(first, last)


# One date as (words, words without the year, year), the year part None for a form
# that must be given whole (a season, an unspecified day).
_Words = tuple[str, str | None, str]


def _one(text: str) -> _Words | None:
    marks = text[len(text.rstrip("~?%")) :]
    match = _ONE.fullmatch(text.rstrip("~?%"))
    if match is None or match["year"] == "XXXX" or int(match["year"]) < 1000:
        return None
    year, month, day = match["year"], match["month"], match["day"]
    short: str | None
    if month is None or month == "XX":
        some = "some day in" if day == "XX" else "some month of"
        words, short = (year, None) if month is None else (f"{some} {year}", None)
    elif int(month) in _DIVISIONS and day is None:
        words, short = f"{_DIVISIONS[int(month)]} {year}", None
    elif not 1 <= int(month) <= 12:
        return None
    elif day is None:
        short = _MONTHS[int(month) - 1]
        words = f"{short} {year}"
    elif day == "XX":
        words, short = f"some day in {_MONTHS[int(month) - 1]} {year}", None
    else:
        short = f"{int(day)} {_MONTHS[int(month) - 1]}"
        words = f"{short} {year}"
    if marks:
        return _hedged(words, marks), None, year
    return words, short, year


def _hedged(words: str, marks: str) -> str:
    if "%" in marks or ("~" in marks and "?" in marks):
        return f"around {words}, uncertain"
    return f"around {words}" if "~" in marks else f"{words}, uncertain"


def _span(first: _Words, last: _Words) -> str:
    """Two ends of an interval as words, the year said once when both share it."""
    whole_months = _whole_months(first, last)
    if whole_months is not None:
        first, last = whole_months
    if first[2] == last[2] and first[1] is not None and last[1] is not None:
        if first[0] == last[0]:
            return first[0]
        start, end = first[1].split(" "), last[1].split(" ")
        if len(start) == 2 and len(end) == 2 and start[1] == end[1]:  # days of one month
            return f"{start[0]} to {last[0]}"
        return f"{first[1]} to {last[0]}"
    return f"{first[0]} to {last[0]}"


def _whole_months(first: _Words, last: _Words) -> tuple[_Words, _Words] | None:
    """Read ``1 April 2022`` to ``30 June 2022`` as ``April`` to ``June 2022``."""
    if first[1] is None or last[1] is None:
        return None
    start, end = first[0].split(" "), last[0].split(" ")
    if len(start) != 3 or len(end) != 3 or start[0] != "1":
        return None
    month, year = _MONTHS.index(end[1]) + 1, int(end[2])
    if int(end[0]) != PartialDate(f"{year}-{month:02d}").latest.day:  # type: ignore[union-attr]
        return None
    return (f"{start[1]} {start[2]}", start[1], start[2]), (f"{end[1]} {end[2]}", end[1], end[2])


def human(term: Term) -> str:
    """Return a term as words (``not_addressed`` -> ``not addressed``, ``ngo`` -> ``NGO``)."""
    value: str = term.value
    return _LABELS.get(value, value.replace("_", " "))


def codes(term: Term, separator: str = "; ") -> str:
    """Return a term's codes in external standards (``CAMEO `1121`; Cohen *literal denial*``)."""
    return separator.join(
        f"{SCHEME_NAMES.get(scheme, scheme)} "
        + (f"*{md.escape(code)}*" if " " in code else md.code(code))
        for scheme, code in term.codes.items()
    )


def list_words(names: Sequence[str], limit: int = 3) -> str:
    """Join words: ``a``, ``a and b``, ``a, b and c``; long lists end ``and N others``."""
    if len(names) > limit:
        names = [*names[: limit - 1], f"{len(names) - limit + 1} others"]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
