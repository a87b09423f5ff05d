"""Times relative to other records (``Timing``), as reports give them: "two days later".

A timing names one record of the story and says how long after or before
it the timed record came.  Where both days are known the offset is the
true gap, hedged the ways sources hedge it (about, more than, at most,
between); where they are not, the timing says only after, before or during.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.dates import PartialDate
from newsmodel.model import Id, Timing
from newsmodel.types import Duration
from newsmodel.vocab import Qualifier, TimeRelation

_DAY = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:T.*)?")

#: How each hedge reads in a source's words, before the figure.
_HEDGED = {
    Qualifier.ABOUT: "about ",
    Qualifier.MORE_THAN: "more than ",
    Qualifier.FEWER_THAN: "fewer than ",
    Qualifier.AT_MOST: "at most ",
    Qualifier.AT_LEAST: "at least ",
}


def _day_of(date: PartialDate | dt.date | None) -> dt.date | None:
    """Return the day a date names, if it names exactly one day (a date-time's own day)."""
    if date is None or isinstance(date, dt.date):
        return date
    text = date.text
    return dt.date.fromisoformat(text[:10]) if _DAY.fullmatch(text) else None


def _gap(timed: PartialDate | dt.date | None, named: PartialDate | dt.date | None) -> int | None:
    """Days from the record named to the record timed, if both days are known."""
    later, earlier = _day_of(timed), _day_of(named)
    return None if later is None or earlier is None else (later - earlier).days


def _timing(
    draw: Draw,
    named: Mapping[str, str],
    gap: int | None,
    *,
    relation: TimeRelation = TimeRelation.AFTER,
    step: str | None = None,
    words: str | None = None,
) -> Timing:
    """Draw a timing from the record ``named`` (``{"event": id}``), ``gap`` days before it.

    Without a known gap, the timing says only ``relation`` (and ``words``).
    """
    record: dict[str, Any] = {kind: Id(value) for kind, value in named.items()}
    notes = "The source gives no date, only this." if draw(st.integers(0, 5)) == 0 else None
    if gap is None:
        return Timing(relation=relation, **record, step=step, words=words, notes=notes)
    days = abs(gap)
    if days == 0:
        said = "the same day" if draw(st.booleans()) else None
        return Timing(relation=TimeRelation.DURING, **record, step=step, words=said, notes=notes)
    shape = draw(
        st.sampled_from(["exact", "approximate", "hedged", "hedged", "range", "weeks", "bare"])
    )
    low, high = days, None
    qualifier: Qualifier | None = None
    offset = f"P{days}D"
    if shape == "approximate":
        offset += "~"
    elif shape == "hedged":
        qualifier = draw(
            st.sampled_from(
                [Qualifier.ABOUT, Qualifier.MORE_THAN, Qualifier.FEWER_THAN, Qualifier.AT_MOST]
            )
        )
        low = {Qualifier.MORE_THAN: days - 1, Qualifier.FEWER_THAN: days + 1}.get(qualifier, days)
        if low == 0:  # "more than no days": say it plainly
            low, qualifier = days, None
        offset = f"P{low}D"
    elif shape == "range":
        low, high, qualifier = max(days - 1, 1), days + 1, Qualifier.RANGE
        offset = f"P{low}D"
    elif shape == "weeks" and days >= 7:
        low, qualifier = days // 7, Qualifier.AT_LEAST
        offset = f"P{low}W"
    later = gap > 0
    said = None
    if shape != "bare" and draw(st.booleans()):
        unit = "weeks" if offset.endswith("W") else "days"
        figure = f"between {low} and {high}" if high is not None else str(low)
        hedge = _HEDGED.get(qualifier, "") if qualifier else ""
        hedge = "some " if offset.endswith("~") else hedge
        said = f"{hedge}{figure} {unit} {'later' if later else 'earlier'}"
    return Timing(
        relation=TimeRelation.AFTER if later else TimeRelation.BEFORE,
        **record,
        step=step,
        offset=None if shape == "bare" else Duration(offset),
        offset_high=Duration(f"P{high}D") if high is not None else None,
        qualifier=None if shape == "bare" else qualifier,
        words=said or (words if shape == "bare" else None),
        notes=notes,
    )
