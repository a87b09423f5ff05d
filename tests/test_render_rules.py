"""The problem catalogue page, and the rules the JSON Schema cannot check."""

from __future__ import annotations

import pytest

from newsmodel import render
from newsmodel.problems import RULES
from newsmodel.render import markdown as md


def test_rules_reference_has_every_code_with_example_and_fix() -> None:
    text = render.rules_reference()
    for rule in RULES.values():
        assert f"### {rule.code} {rule.name} {{ #{rule.code.lower()} }}" in text
        assert f"[{rule.code}](#{rule.code.lower()})" in text
        assert rule.example.rstrip() in text
        assert md.escape(rule.fix) in text
        assert rule.severity.value in text


def test_schema_coverage_lists_the_rules_the_schema_cannot_check() -> None:
    schema = pytest.importorskip("newsmodel.schema")
    text = render.schema_coverage_reference(problems_page="p.md")
    for code, entry in schema.SCHEMA_COVERAGE.items():
        listed = f"[{code}](p.md#{code.lower()})" in text
        assert listed == (entry.coverage.value != "full"), code
    assert "[NM402](p.md#nm402)" in text  # cross-record rules are never in a schema
