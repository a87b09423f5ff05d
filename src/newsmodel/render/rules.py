"""The problem catalogue page, and the table of rules the JSON Schema cannot check."""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from typing import Any

from newsmodel.problems import RULES
from newsmodel.render import markdown as md

__all__ = ["rules_reference", "schema_coverage_reference"]


_RANGES = {
    "NM1": "Reading and parsing a file",
    "NM2": "The shape of the data: fields, types, vocabularies",
    "NM3": "Field values",
    "NM4": "Relations between records and files",
}


def rules_reference() -> str:
    """Render the problem catalogue: every code, its severity, summary, a bad example, the fix."""
    ranges = "; ".join(f"`{prefix}xx` {title.lower()}" for prefix, title in _RANGES.items())
    out = [
        "# Problem codes",
        "",
        "Every problem newsmodel reports has a stable code: a code never changes meaning, "
        "and a retired code is never reused. Codes come in ranges: " + ranges + ".",
        "",
        "A warning fails `newsmodel validate` only with `--strict`. `--ignore` and "
        "`--select` take codes or prefixes (`NM45`); `newsmodel rules CODE` prints an "
        "entry on the command line.",
        "",
        "*This page is generated from `newsmodel.RULES`.*",
        "",
        md.table(
            ("Code", "Name", "Severity", "Summary"),
            (
                (
                    f"[{rule.code}](#{rule.code.lower()})",
                    md.code(rule.name),
                    rule.severity.value,
                    md.escape(rule.summary),
                )
                for rule in RULES.values()
            ),
        ),
        "",
    ]
    current = ""
    for rule in RULES.values():
        prefix = rule.code[:3]
        if prefix != current:
            current = prefix
            title = _RANGES.get(prefix, "Other rules")
            out += [f"## {prefix}xx: {title}", ""]
        out += [
            f"### {rule.code} {rule.name} {{ #{rule.code.lower()} }}",
            "",
            f"*{rule.severity.value}*. {md.escape(rule.summary)}",
            "",
            "Bad input:",
            "",
            md.fence(rule.example, "yaml" if ":" in rule.example else "text"),
            "",
            f"**Fix:** {md.escape(rule.fix)}",
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def schema_coverage_reference(*, problems_page: str = "problems.md") -> str:
    """Render the rules the JSON Schema checks in part or not at all, as a Markdown table.

    Read from ``newsmodel.schema.SCHEMA_COVERAGE``; returns an empty string
    when the installed newsmodel has no JSON Schema module.  Each code links
    to its entry on ``problems_page`` (the page of :func:`rules_reference`).
    """
    try:
        schema = importlib.import_module("newsmodel.schema")
    except ImportError:  # pragma: no cover - every release ships the schema
        return ""
    coverage: Mapping[str, Any] = getattr(schema, "SCHEMA_COVERAGE", {})
    rows = [
        (
            f"[{rule.code}]({problems_page}#{rule.code.lower()}) {md.code(rule.name)}",
            str(getattr(entry.coverage, "value", entry.coverage)),
            md.escape(entry.note),
        )
        for rule in RULES.values()
        if (entry := coverage.get(rule.code)) is not None
        and str(getattr(entry.coverage, "value", entry.coverage)) != "full"
    ]
    if not rows:
        return ""
    return md.table(("Rule", "Schema checks", "Why"), rows) + "\n"
