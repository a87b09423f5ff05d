"""The pages of a dataset's records: one per record, titled, and linked only to pages that exist."""

from __future__ import annotations

import re

import pytest

import newsmodel
from newsmodel import render
from newsmodel.dataset import Dataset
from newsmodel.model import RECORD_TYPES, Bundle
from rendering import EXAMPLES

LINK = re.compile(r"\]\(((?:\.\./)?[a-z]+s/[a-z0-9-]+\.md)\)")


def _resolve(page: str, link: str) -> str:
    folder = page.rsplit("/", 1)[0] if "/" in page else ""
    return link[3:] if link.startswith("../") else (f"{folder}/{link}" if folder else link)


def _check_pages(dataset: Dataset, pages: dict[str, str]) -> None:
    assert set(pages) == {"index.md"} | {render.record_page(r) for r in dataset}
    for path, text in pages.items():
        assert text.startswith("# "), path
        for link in LINK.findall(text):
            assert _resolve(path, link) in pages, (path, link)


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([EXAMPLES])


def test_every_example_record_has_a_page_and_every_link_resolves(examples: Dataset) -> None:
    pages = render.render_dataset_pages(examples, title="Example dataset")
    _check_pages(examples, pages)
    assert pages["index.md"].startswith("# Example dataset\n")
    for record in examples:
        assert f"`{record.id}`" in pages[render.record_page(record)]
        assert f"({render.record_page(record)})" in pages["index.md"]


def test_actor_page_lists_its_allegations_responses_and_parts(examples: Dataset) -> None:
    page = render.render_actor(examples["mali-foreign-ministry"], examples)  # type: ignore[arg-type]
    assert page.startswith("# Mali's foreign ministry\n")
    assert "**Part of**: [Mali's military government](../actors/mali-government.md)" in page
    assert "## Its responses" in page
    assert "(../responses/mali-statement-silent-on-foreign-forces.md)" in page
    assert "“tangible proof”" in page  # quoted
    mali = render.render_actor(examples["mali"], examples)  # type: ignore[arg-type]
    assert "## Accusations against it" in mali
    assert "[Q912](https://www.wikidata.org/wiki/Q912)" in mali


def test_allegation_page_has_figures_evidence_responses_and_sources(examples: Dataset) -> None:
    allegation = examples["hombori-killing-of-50-civilians"]
    page = render.render_allegation(allegation, examples)  # type: ignore[arg-type]
    assert page.startswith("# Unlawful killing by Malian state security forces")
    assert "## Figures" in page
    assert "| killed | 50 | civilians | [MINUSMA](../actors/minusma.md) |" in page
    assert "As of" not in page  # an empty column is left out
    assert "(../documents/minusma-note-2022-q2.md)" in page
    assert "responsibility: not addressed" in page
    assert "“foreign military personnel”" in page


def test_response_page_describes_stance_positions_and_arguments(examples: Dataset) -> None:
    response = examples["mali-foreign-ministry-denies-minusma-note"]
    page = render.render_response(response, examples)  # type: ignore[arg-type]
    assert "`denial`: It did not happen, or we did not do it." in page
    assert "Cohen *literal denial*" in page
    assert "| `responsibility` | `not_addressed` |" in page
    assert "“tangible proof”" in page
    assert "original, fr: “sous la menace des groupes terroristes”" in page


def test_pages_show_revisions_both_ways() -> None:
    text = """\
schema_version: 1
reports:
- id: r
  title: Report
  body: He said "it was an accident", then denied it.
actors:
- id: army
  name: The army
  kind: security_forces
- id: ngo
  name: A rights group
  kind: ngo
allegations:
- id: a
  accusers: [ngo]
  accused: [army]
  summary: The army shot protesters.
  counts:
  - kind: killed
    low: 3
    best: 4
    high: 9
    qualifier: at_least
    according_to: ngo
    subgroups:
    - kind: killed
      who: children
      best: 1
  citations:
  - report: r
    quotes:
    - text: it was an accident
      speaker: army
      start: 9
      end: 27
      disowned_in: b
- id: counter
  accusers: [army]
  accused: [ngo]
  summary: The rights group lies.
  raised_in: b
  citations:
  - report: r
responses:
- id: first
  responder: army
  allegations: [a]
  stance: acknowledgment
  citations:
  - report: r
- id: b
  responder: army
  allegations: [a]
  stance: denial
  retracts: first
  supersedes: first
  citations:
  - report: r
"""
    bundle = newsmodel.loads(text)
    dataset = Dataset([bundle])
    pages = render.render_dataset_pages(dataset)
    _check_pages(dataset, pages)
    first, second = pages["responses/first.md"], pages["responses/b.md"]
    assert "**Retracted by**: [The army: denial](../responses/b.md)" in first
    assert "**Superseded by**: [The army: denial](../responses/b.md)" in first
    assert "**Retracts**: [The army: acknowledgment](../responses/first.md)" in second
    assert "## Counter-accusations made in it" in second
    assert "disowned in [The army: denial](../responses/b.md)" in pages["allegations/a.md"]
    assert "at least 4 (range 3\N{EN DASH}9)" in pages["allegations/a.md"]
    assert "(a counter-accusation)" in pages["allegations/counter.md"]


def test_record_title_describes_each_kind(examples: Dataset) -> None:
    titles: dict[str, str] = {
        record.id: render.record_title(record, examples) for record in examples
    }
    assert titles["mali"] == "Mali"
    assert titles["mali-foreign-ministry-denies-minusma-note"] == (
        "Mali's foreign ministry: denial, 2022-09-02"
    )
    assert titles["countries-accuse-mali-of-working-with-wagner"] == (
        "Use of mercenaries by Mali and Wagner Group, alleged by a number of countries"
    )
    assert titles["mali-arrests-49-ivorian-soldiers"] == (
        "Arrest: Mali → 49 soldiers from Ivory Coast, 2022-07"
    )


def test_record_groups_sort_actors_by_name(examples: Dataset) -> None:
    groups = dict(render.record_groups(examples))
    names = [render.record_title(actor, examples).casefold() for actor in groups["actor"]]
    assert names == sorted(names)
    assert list(groups) == [kind for kind in RECORD_TYPES if kind in groups]


def test_generated_datasets_render_with_links_that_resolve() -> None:
    pytest.importorskip("hypothesis")
    from hypothesis import given, settings

    from newsmodel import strategies

    @settings(max_examples=15, deadline=None)
    @given(strategies.datasets())
    def check(files: tuple[Bundle, ...]) -> None:
        dataset = Dataset(files)
        _check_pages(dataset, render.render_dataset_pages(dataset))

    check()
