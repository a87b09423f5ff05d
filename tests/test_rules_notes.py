"""Tests of newsmodel.rules.notes: the term 'other' asks for the notes of its value."""

from __future__ import annotations

import attrs
import pytest

import newsmodel
from newsmodel.model import _model_types
from newsmodel.rules.notes import NOTED_FIELDS
from newsmodel.vocab import Stance
from rules_cases import HEAD, problems


@pytest.mark.parametrize(
    ("text", "path"),
    [
        ("actors:\n- id: w\n  name: W\n  kind: other\n", "$.actors[0].kind"),
        (
            "actors:\n- id: w\n  name: W\n  kind: person\n  roles:\n  - title: T\n"
            "    kind: other\n",
            "$.actors[0].roles[0].kind",
        ),
        (
            "responses:\n- id: r\n  responders: [m]\n  answers:\n  - allegation: a\n"
            "  stances: [denial, other]\n  citations: [{report: voa}]\n",
            "$.responses[0].stances[1]",
        ),
    ],
)
def test_other_without_notes_is_nm330(text: str, path: str) -> None:
    (problem,) = problems(HEAD + text)
    assert (problem.code, problem.path) == ("NM330", path)
    assert problem.hint == "say in notes what the source calls it"
    with_notes = text.replace("other\n", "other\n    notes: a private military company\n", 1)
    if "roles" not in text:
        with_notes = text + "  notes: what the source calls it\n"
    assert problems(HEAD + with_notes) == []


def test_every_field_that_may_hold_other_is_covered() -> None:
    """Read from the model: each vocabulary field with 'other', in a class with notes."""
    assert "stances" in NOTED_FIELDS[newsmodel.model.Response]
    assert "stance" in NOTED_FIELDS[newsmodel.model.Answer]
    assert Stance.OTHER in Stance
    for cls in _model_types():
        names = set(attrs.fields_dict(cls))
        if "notes" in names and cls in NOTED_FIELDS:
            assert set(NOTED_FIELDS[cls]) <= names
