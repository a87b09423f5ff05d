"""An allegation's status as a page says it: the ruling in force, else the recorded status."""

from __future__ import annotations

import newsmodel
from newsmodel.dataset import Dataset
from newsmodel.model import Allegation
from newsmodel.render.verdicts import verdict

DATA = """\
schema_version: 2
reports:
- id: r
  title: Report
actors:
- id: state
  name: The state
  kind: state
- id: court
  name: The court
  kind: judiciary
- id: appeals
  name: The appeals court
  kind: judiciary
allegations:
- id: ruled
  accusers: [state]
  accused: [state]
  summary: Ruled on twice.
  citations: [{report: r}]
- id: established
  accusers: [state]
  accused: [state]
  summary: Established, with no ruling.
  status: established
  citations: [{report: r}]
responses:
- id: first-ruling
  responders: [court]
  answers: [{allegation: ruled}]
  stances: [ruling_upheld]
  date: '2023-01-10'
  citations: [{report: r}]
- id: appeal
  responders: [appeals]
  answers: [{allegation: ruled}]
  stances: [ruling_overturned]
  date: '2024-03-02'
  supersedes: first-ruling
  citations: [{report: r}]
- id: denial
  responders: [state]
  answers: [{allegation: ruled}, {allegation: established}]
  stances: [denial]
  date: '2025-01-01'
  citations: [{report: r}]
"""


def test_the_ruling_in_force_comes_before_the_status() -> None:
    dataset = Dataset([newsmodel.loads(DATA)])
    ruled = dataset.get("ruled", Allegation)
    assert ruled is not None
    found = verdict(ruled, dataset)
    assert found.label == "Overturned on appeal"
    assert found.ruling is not None
    assert found.ruling.id == "appeal"  # the later ruling, which supersedes the first
    assert found.note == "2 March 2024"
    established = dataset.get("established", Allegation)
    assert established is not None
    plain = verdict(established, dataset)
    assert (plain.label, plain.ruling) == ("Established", None)
    assert plain.note.startswith("Established by a court")
