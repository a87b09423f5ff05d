"""Tests of newsmodel.rules.usage: NM451/NM452, where any reference the model declares is use."""

from __future__ import annotations

from pathlib import Path

import attrs
import pytest

import newsmodel
from newsmodel.model import _model_types
from newsmodel.rules.references import links
from rules_cases import HEAD

ACTORS = "actors:\n- id: kremlin\n  name: Kremlin\n  kind: government\n"
DOCUMENT = "documents:\n- id: note\n  kind: report\n"


def _unused(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    problems = newsmodel.validate(path)
    assert [p for p in problems if p.code not in ("NM451", "NM452")] == [], problems
    return [p.code for p in problems]


def test_unreferred_actors_and_documents_are_warned_about(tmp_path: Path) -> None:
    assert _unused(tmp_path, HEAD + ACTORS + DOCUMENT) == ["NM451", "NM452"]


@pytest.mark.parametrize(
    "use",
    [
        # a report's mentions
        "  mentions:\n    actors: [kremlin]\n    documents: [note]\n",
        # a copy's carrier, a source's outlet, an author's actor
        "  copies:\n  - carrier: kremlin\n  sources:\n  - outlet: kremlin\n"
        "  mentions:\n    documents: [note]\n",
        "  authors:\n  - name: K\n    actor: kremlin\n  mentions:\n    documents: [note]\n",
    ],
)
def test_references_from_a_report_count_as_use(tmp_path: Path, use: str) -> None:
    assert _unused(tmp_path, HEAD + use + ACTORS + DOCUMENT) == []


def test_roles_relations_members_and_quotes_count_as_use(tmp_path: Path) -> None:
    actors = (
        ACTORS + "- id: putin\n  name: Putin\n  kind: person\n  roles:\n  - title: President\n"
        "    of: kremlin\n"
        + "- id: group\n  name: G\n  kind: other\n  notes: a group\n  collective: true\n"
        "  members: [putin]\n  relations:\n  - kind: linked_to\n    actor: wagner\n"
        + "- id: wagner\n  name: Wagner\n  kind: person\n"
        + "- id: tass\n  name: TASS\n  kind: media_outlet\n"
    )
    event = (
        "events:\n- id: e\n  kind: arrest\n  summary: S.\n  participants:\n  - actor: group\n"
        "    role: participant\n  citations:\n  - report: voa\n    quotes:\n"
        "    - text: words\n      given_to: tass\n"
    )
    assert _unused(tmp_path, HEAD + actors + event) == []


def test_the_rule_reads_references_from_the_model() -> None:
    """Every field with a ``ref`` is a link the rules follow: no hand-kept list."""
    for cls in _model_types():
        refs = {f.name for f in attrs.fields(cls) if "ref" in f.metadata}
        assert refs <= {name for name, kind, _ in links(cls) if kind is not None}, cls
