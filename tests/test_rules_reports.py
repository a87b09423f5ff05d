"""Tests of newsmodel.rules.reports: a headed report without a title is information."""

from __future__ import annotations

from pathlib import Path

import newsmodel
from newsmodel import Severity


def _found(tmp_path: Path, report: str) -> list[tuple[str, Severity]]:
    path = tmp_path / "a.yaml"
    path.write_text("schema_version: 2\nreports:\n- id: voa\n" + report, encoding="utf-8")
    return [(p.code, p.severity) for p in newsmodel.validate(path)]


def test_a_headed_kind_without_a_title_is_information(tmp_path: Path) -> None:
    info = [("NM322", Severity.INFO)]
    assert _found(tmp_path, "") == info  # an article, by default
    assert _found(tmp_path, "  kind: wire_story\n") == info
    assert _found(tmp_path, "  kind: statement\n") == []
    assert _found(tmp_path, "  kind: social_media_post\n") == []
    assert _found(tmp_path, "  title: Mali denies UN accusations\n") == []


def test_a_report_without_a_title_still_loads() -> None:
    bundle = newsmodel.loads("schema_version: 2\nreports:\n- id: voa\n")
    assert bundle.reports[0].title is None
