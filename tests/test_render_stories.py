"""Stories: the records of one file, named uniquely, with their timeline in date order."""

from __future__ import annotations

from pathlib import Path

import newsmodel
from newsmodel.dataset import Dataset
from newsmodel.render.stories import stories_of

STORY = """\
schema_version: 2
reports:
- id: {p}-r
  title: Headline {p}
actors:
- id: {p}-a
  name: A
  kind: state
- id: {p}-b
  name: B
  kind: state
allegations:
- id: {p}-late
  accusers: [{p}-a]
  accused: [{p}-b]
  summary: Late.
  made: '2022-09-01'
  citations: [{{report: {p}-r}}]
- id: {p}-undated
  accusers: [{p}-a]
  accused: [{p}-b]
  summary: Undated.
  citations: [{{report: {p}-r}}]
- id: {p}-early
  accusers: [{p}-a]
  accused: [{p}-b]
  summary: Early.
  occurred: 2022-04/2022-06
  citations: [{{report: {p}-r}}]
responses:
- id: {p}-answer
  responders: [{p}-b]
  answers: [{{allegation: {p}-early}}]
  stances: [denial]
  date: 2022-07
  citations: [{{report: {p}-r}}]
"""


def test_stories_are_files_named_uniquely_with_their_timeline(tmp_path: Path) -> None:
    for folder, prefix in (("north", "n"), ("south", "s")):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / "mali.yaml").write_text(STORY.format(p=prefix), encoding="utf-8")
    dataset = Dataset.load([tmp_path])
    stories = stories_of(dataset)
    assert [(s.slug, s.title) for s in stories.all] == [
        ("mali", "Headline n"),
        ("south-mali", "Headline s"),
    ]
    north = stories.all[0]
    assert [r.id for r in north.timeline] == ["n-early", "n-answer", "n-late", "n-undated"]
    assert stories.of(dataset["s-a"]) is stories.all[1]
    assert [r.id if r else None for r in stories.neighbours(dataset["n-answer"])] == [
        "n-early",
        "n-late",
    ]
    assert stories.neighbours(dataset["n-a"]) == (None, None)  # actors are in no timeline
    assert stories_of(dataset) is stories  # worked out once


def test_bundles_given_in_memory_are_one_story() -> None:
    dataset = Dataset([newsmodel.loads(STORY.format(p="x")), newsmodel.loads(STORY.format(p="y"))])
    (story,) = stories_of(dataset).all
    assert (story.slug, story.title, story.file) == ("records", "Headline x", None)
    assert len(story.records) == len(dataset)
