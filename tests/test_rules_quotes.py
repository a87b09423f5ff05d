"""Tests of newsmodel.rules.quotes: NM406 and the offsets its hint gives."""

from __future__ import annotations

import pytest

from newsmodel.model import Id, Report
from newsmodel.rules import quotes
from newsmodel.rules.index import Findings, Origin, entry_for
from newsmodel.rules.quotes import QuoteCheck, check_quotes

BODY = "x" * 50_000 + "tangible proof" + "y" * 50_000
AT = BODY.index("tangible proof")


def _hints(starts: list[int], text: str = "tangible proof") -> list[str | None]:
    index = {"voa": entry_for(Report(id=Id("voa"), title="T", body=BODY), Origin("a.yaml", ()))}
    checks = [QuoteCheck("voa", text, s, s + len(text), Origin("a.yaml", ()), ()) for s in starts]
    found = Findings(cap=100)
    check_quotes(checks, index, found)
    return [f.hint for f in found.found]


def test_a_quote_at_its_offsets_passes() -> None:
    assert _hints([AT]) == []


def test_a_quote_moved_a_little_or_far_is_found() -> None:
    assert _hints([AT - 3, 0]) == [f"the text is at start: {AT}, end: {AT + 14}"] * 2


def test_a_quote_not_in_the_body_says_so() -> None:
    assert _hints([0], "absent") == ["the quoted text does not occur in the report body"]


def test_past_the_search_budget_only_the_offsets_surroundings_are_searched(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(quotes, "SEARCH_BUDGET", len(BODY))
    assert _hints([0, 0], "absent") == [
        "the quoted text does not occur in the report body",
        "the quoted text does not occur within 10,000 characters of these offsets",
    ]
