"""NM406: a quote's offsets select its text in the body of the report it cites.

When they do not, the hint gives the offsets where the text is, if it is
near: the body is searched within :data:`NEAR` characters of the given
offsets (an edit of the body moves a quote by a little), and searched whole
only while the characters searched in this run stay under
:data:`SEARCH_BUDGET`, so that thousands of wrong quotes against a long
body cost a bounded time.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from newsmodel._codecache import attrs_methods
from newsmodel._wording import short
from newsmodel.rules.found import Path
from newsmodel.rules.index import Entry, Findings, Origin, ReportEntry

__all__ = ["NEAR", "SEARCH_BUDGET", "QuoteCheck", "check_quotes"]

#: How far around a quote's offsets its text is looked for (characters, each side).
NEAR = 10_000

#: Characters of report bodies searched whole, at most, in one run.
SEARCH_BUDGET = 100_000_000


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


@attrs.define(slots=True)
class QuoteCheck:
    """A quote with both offsets, to check once its report has been read."""

    report: str
    text: str
    start: int
    end: int
    origin: Origin
    path: Path


_ATTRS_METHODS.close()


def check_quotes(quotes: Iterable[QuoteCheck], index: Mapping[str, Entry], find: Findings) -> None:
    """Report each quote whose offsets do not select its text in the report's body."""
    budget = SEARCH_BUDGET
    for check in quotes:
        report = index.get(check.report)
        if not isinstance(report, ReportEntry) or report.body is None:
            continue
        body = report.body
        if body[check.start : check.end] == check.text or find.full(check.origin, "NM406"):
            continue
        found = body.find(check.text, max(0, check.start - NEAR), check.end + NEAR)
        if found < 0 and budget >= len(body):
            budget -= len(body)
            found = body.find(check.text)
            where = "in the report body"
        else:
            where = f"within {NEAR:,} characters of these offsets"
        hint = (
            f"the text is at start: {found}, end: {found + len(check.text)}"
            if found >= 0
            else f"the quoted text does not occur {where}"
        )
        find(
            check.origin,
            check.path,
            "NM406",
            f"the report body at {check.start}..{check.end} does not match the "
            f"quote {short(check.text)}",
            hint,
        )
