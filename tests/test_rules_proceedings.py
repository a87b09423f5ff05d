"""Tests of newsmodel.rules.proceedings: steps and charges within a proceeding, and NM455."""

from __future__ import annotations

from pathlib import Path

import newsmodel
from rules_cases import HEAD as REPORT
from rules_cases import spots

HEAD = REPORT + "actors:\n- id: mali\n  name: Mali\n  kind: state\n"


def _proceeding(body: str) -> str:
    return (
        HEAD
        + "proceedings:\n- id: case\n  kind: criminal\n  forum: mali\n"
        + body
        + "  citations: [{report: voa}]\n"
    )


STEPS = """\
  charges:
  - id: murder
    summary: Murder.
  - id: fraud
    summary: Fraud.
  steps:
  - id: ruling-1
    kind: ruling
    date: 2023-06-12
    charges: [murder, fraud]
  - id: appeal-1
    kind: appeal
    date: 2023-06
    of: ruling-1
  - kind: hearing
  - kind: hearing
"""


def test_a_well_formed_proceeding_passes() -> None:
    # Steps without an id are fine, and an appeal in the ruling's month may follow it.
    assert spots(_proceeding(STEPS)) == []


def test_step_and_charge_ids_are_unique() -> None:
    twice = STEPS.replace("id: appeal-1", "id: ruling-1").replace("of: ruling-1", "")
    assert spots(_proceeding(twice)) == [("NM325", "$.proceedings[0].steps[1].id")]
    charges = STEPS.replace("id: fraud", "id: murder").replace("[murder, fraud]", "[murder]")
    assert spots(_proceeding(charges)) == [("NM325", "$.proceedings[0].charges[1].id")]


def test_of_names_an_earlier_step() -> None:
    unknown = STEPS.replace("of: ruling-1", "of: ruling-2")
    assert spots(_proceeding(unknown)) == [("NM326", "$.proceedings[0].steps[1].of")]
    itself = STEPS.replace("of: ruling-1", "of: appeal-1")
    assert spots(_proceeding(itself)) == [("NM327", "$.proceedings[0].steps[1].of")]
    dated_before = STEPS.replace("date: 2023-06\n", "date: 2023-05-30\n")
    assert spots(_proceeding(dated_before)) == [("NM327", "$.proceedings[0].steps[1].of")]


def test_a_step_names_charges_of_its_proceeding() -> None:
    wrong = STEPS.replace("[murder, fraud]", "[murder, theft]")
    assert spots(_proceeding(wrong)) == [("NM328", "$.proceedings[0].steps[0].charges[1]")]


def _sanction(period: str) -> str:
    return (
        "  period: 2023-01/2023-12\n  steps:\n  - id: ruling-1\n    kind: ruling\n"
        f"    sanctions:\n    - kind: ban\n      against: [mali]\n      period: {period}\n"
    )


def test_a_sanction_starts_no_earlier_than_its_proceeding() -> None:
    # A ban served after the proceeding closed is fine (a settlement, then the ban).
    assert spots(_proceeding(_sanction("2024-02-09/2024-05-04"))) == []
    assert spots(_proceeding(_sanction("2023/.."))) == []  # may start in 2023-01
    assert spots(_proceeding(_sanction("../2024"))) == []  # start unknown
    path = "$.proceedings[0].steps[0].sanctions[0].period"
    assert spots(_proceeding(_sanction("2022-09-11/2024-03-10"))) == [("NM329", path)]


def _dataset(tmp_path: Path, answered_step: str, status_step: str) -> list[tuple[str, str]]:
    text = (
        HEAD + "allegations:\n- id: a\n  accusers: [mali]\n  unidentified_perpetrator: true\n"
        "  summary: S.\n  status: established\n  status_history:\n  - status: established\n"
        f"    proceeding: case\n    step: {status_step}\n  citations: [{{report: voa}}]\n"
        "responses:\n- id: r\n  responders: [mali]\n  answers:\n  - proceeding: case\n"
        f"    step: {answered_step}\n  stances: [appeal]\n  citations: [{{report: voa}}]\n"
        "proceedings:\n- id: case\n  kind: criminal\n  forum: mali\n  allegations: [a]\n"
        "  steps:\n  - id: ruling-1\n    kind: ruling\n  citations: [{report: voa}]\n"
    )
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return [(p.code, p.path) for p in newsmodel.validate(path)]


def test_answers_and_status_changes_name_steps_of_their_proceeding(tmp_path: Path) -> None:
    assert _dataset(tmp_path, "ruling-1", "ruling-1") == []
    assert _dataset(tmp_path, "ruling-2", "ruling-1") == [
        ("NM455", "$.responses[0].answers[0].step")
    ]
    assert _dataset(tmp_path, "ruling-1", "rulling-1") == [
        ("NM455", "$.allegations[0].status_history[0].step")
    ]


def _naming(tmp_path: Path, step: str) -> list[tuple[str, str]]:
    """A dataset where a timing or finding of every kind of record names ``step`` of case."""
    named = f"proceeding: case, step: {step}"
    text = (
        REPORT
        + f"  timing: [{{relation: after, {named}}}]\n"
        + f"  assessments: [{{{named}, stance: confirmation}}]\n"
        + "actors:\n- id: mali\n  name: Mali\n  kind: state\n"
        + "documents:\n- id: video\n  kind: video\n"
        + f"  assessments: [{{{named}, stance: contradiction}}]\n"
        + f"  timing: [{{relation: before, {named}}}]\n"
        + "events:\n- id: e\n  kind: arrest\n  summary: S.\n"
        + f"  timing: [{{relation: after, {named}}}]\n  citations: [{{report: voa}}]\n"
        + "responses:\n- id: r\n  responders: [mali]\n  answers:\n  - document: video\n"
        + f"  stances: [denial]\n  timing: [{{relation: after, {named}}}]\n"
        + "  citations: [{report: voa}]\n"
        + "proceedings:\n- id: case\n  kind: criminal\n  forum: mali\n  steps:\n"
        + "  - id: ruling-1\n    kind: ruling\n  - id: appeal-1\n    kind: appeal\n"
        + f"    timing: [{{relation: after, {named}}}]\n"
        + f"    assessments: [{{{named}, stance: not_established}}]\n"
        + "  citations: [{report: voa}]\n"
    )
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return [(p.code, p.path) for p in newsmodel.validate(path)]


def test_timings_and_findings_name_steps_of_their_proceeding(tmp_path: Path) -> None:
    assert _naming(tmp_path, "ruling-1") == []
    assert sorted(_naming(tmp_path, "rulling-1")) == [
        ("NM455", path)
        for path in sorted(
            [
                "$.reports[0].timing[0].step",
                "$.reports[0].assessments[0].step",
                "$.documents[0].assessments[0].step",
                "$.documents[0].timing[0].step",
                "$.events[0].timing[0].step",
                "$.responses[0].timing[0].step",
                "$.proceedings[0].steps[1].timing[0].step",
                "$.proceedings[0].steps[1].assessments[0].step",
            ]
        )
    ]
