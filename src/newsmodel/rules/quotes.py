"""NM406: a quote's offsets select its text in the body of the report it cites."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import attrs

from newsmodel._wording import short
from newsmodel.rules.index import Entry, Find, Origin, ReportEntry
from newsmodel.rules.values import Path

__all__ = ["QuoteCheck", "check_quotes"]


@attrs.define(slots=True)
class QuoteCheck:
    """A quote with both offsets, to check once its report has been read."""

    report: str
    text: str
    start: int
    end: int
    origin: Origin
    path: Path


def check_quotes(quotes: Iterable[QuoteCheck], index: Mapping[str, Entry], find: Find) -> None:
    """Report each quote whose offsets do not select its text in the report's body."""
    for check in quotes:
        report = index.get(check.report)
        if not isinstance(report, ReportEntry) or report.body is None:
            continue
        body = report.body
        if body[check.start : check.end] == check.text:
            continue
        found = body.find(check.text)
        hint = (
            f"the text is at start: {found}, end: {found + len(check.text)}"
            if found >= 0
            else "the quoted text does not occur in the report body"
        )
        find(
            check.origin,
            check.path,
            "NM406",
            f"the report body at {check.start}..{check.end} does not match the "
            f"quote {short(check.text)}",
            hint,
        )
