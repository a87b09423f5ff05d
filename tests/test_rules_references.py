"""Tests of newsmodel.rules.references: the "did you mean" of unknown references."""

from __future__ import annotations

import pytest

from newsmodel.rules.references import Suggestions

IDS = [f"member-of-the-group-{n:06d}" for n in range(2000)] + ["mali", "minusma", "wagner-group"]


@pytest.mark.parametrize(
    ("unknown", "meant"),
    [
        ("malli", "mali"),  # a letter doubled
        ("nali", "mali"),  # the first letter wrong: found by the ending
        ("wagner-grop", "wagner-group"),  # a letter dropped near the end
        ("vagner-group", "wagner-group"),
        ("member-of-the-group-001234x", "member-of-the-group-001234"),
        ("xember-of-the-group-001234", "member-of-the-group-001234"),
    ],
)
def test_a_typo_at_either_end_is_suggested(unknown: str, meant: str) -> None:
    assert Suggestions(IDS).closest(unknown) == meant


def test_nothing_close_gives_no_suggestion() -> None:
    assert Suggestions(IDS).closest("kremlin") is None
    assert Suggestions([]).closest("mali") is None
