"""The pages of a dataset's records: titled, in words, and linked only to pages that exist."""

from __future__ import annotations

import re

import pytest

import newsmodel
from newsmodel import render
from newsmodel.dataset import Dataset
from newsmodel.model import RECORD_TYPES, Bundle
from newsmodel.render.titles import kind_page, story_page
from rendering import EXAMPLES

LINK = re.compile(r"\]\(((?:\.\./)?(?:[a-z]+/)?[a-z0-9-]+\.md)(?:#([a-z0-9-]+))?\)")


def _resolve(page: str, link: str) -> str:
    folder = page.rsplit("/", 1)[0] if "/" in page else ""
    return link[3:] if link.startswith("../") else (f"{folder}/{link}" if folder else link)


def _check_pages(dataset: Dataset, pages: dict[str, str]) -> None:
    records = {render.record_page(r) for r in dataset}
    assert records <= set(pages)
    assert {kind_page(kind) for kind, _ in render.record_groups(dataset)} <= set(pages)
    for path, text in pages.items():
        assert text.startswith("# "), path
        for link, fragment in LINK.findall(text):
            target = _resolve(path, link)
            assert target in pages, (path, link)
            if fragment.startswith("quote-"):
                assert f'id="{fragment}"' in pages[target], (path, link, fragment)


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([EXAMPLES])


@pytest.fixture(scope="module")
def pages(examples: Dataset) -> dict[str, str]:
    return render.render_dataset_pages(examples, title="Example dataset")


def test_every_example_record_has_a_page_and_every_link_resolves(
    examples: Dataset, pages: dict[str, str]
) -> None:
    _check_pages(examples, pages)
    assert pages["index.md"].startswith("# Example dataset\n")
    linked = "".join(pages[kind_page(kind)] for kind, _ in render.record_groups(examples))
    for record in examples:
        assert f"<code>{record.id}</code>" in pages[render.record_page(record)]  # as recorded
        assert f"(../{render.record_page(record)})" in linked  # reached from its kind's page


def test_terms_and_dates_read_as_words_with_the_recorded_values_folded(
    pages: dict[str, str],
) -> None:
    page = pages["responses/rubiales-assembly-speech-refuses-to-resign.md"]
    assert "**Stances**: partial denial — " in page
    assert "partial_denial" not in page.split("<details")[0]
    assert "| consent | denial |" in page
    assert "**Date**: 25 August 2023" in page
    recorded = page.split("<details", 1)[1]
    assert "<code>partial_denial</code>" in recorded
    assert "<code>2023-08-25</code>" in recorded
    assert "CAMEO <code>016</code>" in recorded
    mali = pages["allegations/minusma-q2-2022-state-forces-violations.md"]
    assert "**Occurred**: April to June 2022" in mali  # 2022-04-01/2022-06-30
    assert "2022-04-01/2022-06-30" not in mali.split("<details")[0]


def test_allegation_page_sets_the_answers_side_by_side(pages: dict[str, str]) -> None:
    page = pages["allegations/rubiales-kiss-called-sexual-violence.md"]
    answers = page.split("## Answers", 1)[1].split("\n\n", 2)[1]
    header, _, *rows = answers.splitlines()
    assert header == "| Who | When | Answer | Point by point | In their words |"
    assert len(rows) == 4
    speech = next(
        row
        for row in rows
        if row.startswith("| [Luis Rubiales](../actors/luis-rubiales.md) | 25 August 2023 |")
    )
    assert "consent: denial" in speech
    assert "occurrence: acknowledgment" in speech
    assert "“un baiser spontané, mutuel, euphorique, consenti”" in speech
    apology = next(row for row in rows if "apology" in row)
    assert "(replaced by [Luis Rubiales: partial denial, 25 August 2023]" in apology
    assert "## Rulings and findings" in page  # FIFA's sanction, a third party's answer


def test_status_follows_the_ruling(pages: dict[str, str]) -> None:
    assault = pages["allegations/prosecutors-charge-rubiales-with-sexual-assault.md"]
    assert "**Partly upheld** by [Audiencia Nacional](../actors/audiencia-nacional.md)" in assault
    assert "20 February 2025" in assault
    assert "not established" not in assault
    coercion = pages["allegations/prosecutors-charge-coercion-of-hermoso.md"]
    assert "**Dismissed** by [Audiencia Nacional]" in coercion  # its own position's ruling
    unruled = pages["allegations/hombori-killing-of-50-civilians.md"]
    assert "**Alleged, not established** — " in unruled


def test_quotes_are_marked_in_the_report_and_linked_to(pages: dict[str, str]) -> None:
    report = pages["reports/voa-2022-mali-denies-un-accusations.md"]
    assert '“<mark id="quote-1883-1909" title="Unlawful killing by' in report
    assert ">foreign military personnel</mark>.”" in report
    allegation = pages["allegations/hombori-killing-of-50-civilians.md"]
    assert (
        "[“foreign military personnel”]"
        "(../reports/voa-2022-mali-denies-un-accusations.md#quote-1883-1909)"
    ) in allegation
    assert "characters 1883" not in allegation


def test_story_page_has_its_timeline_in_date_order(
    examples: Dataset, pages: dict[str, str]
) -> None:
    story = pages[story_page("rubiales-hermoso-2023")]
    assert story.startswith("# ¿Por qué Luis Rubiales")
    assert '<pre class="mermaid"><code>flowchart LR' in story
    timeline = story.split("## Timeline", 1)[1].split("\n\n")[1].splitlines()[2:]
    first = [row.split(" | ")[0].lstrip("| ") for row in timeline]
    assert first[0] == "August 2023"
    assert first[-1] == "20 February 2025"
    assert "[Rubiales apologises" not in story  # titles, not ids
    index = pages["index.md"]
    assert f"]({story_page('voa-mali-2022')})" in index
    assert "| April to 2 September 2022 |" in index


def test_records_link_to_the_previous_and_next_of_their_story(pages: dict[str, str]) -> None:
    page = pages["responses/rubiales-apologises-in-video.md"]
    assert "← Before: [" in page
    assert "After: [" in page
    before = page.split("← Before: ", 1)[1].split(")", 1)[0]
    assert "rfef-statement-calls-kiss-mutual-gesture" in before


def test_who_accused_whom(pages: dict[str, str]) -> None:
    page = pages["who-accused-whom.md"]
    assert "| Accuser | Accused | Allegations |" in page
    assert "| [MINUSMA](actors/minusma.md) | [Malian state security forces]" in page


def test_pages_show_revisions_both_ways() -> None:
    text = """\
schema_version: 2
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
  responders: [army]
  answers: [{allegation: a}]
  stances: [acknowledgment]
  citations:
  - report: r
- id: b
  responders: [army]
  answers: [{allegation: a}]
  stances: [retraction, denial]
  retracts: [first]
  supersedes: first
  citations:
  - report: r
"""
    bundle = newsmodel.loads(text)
    dataset = Dataset([bundle])
    pages = render.render_dataset_pages(dataset)
    _check_pages(dataset, pages)
    first, second = pages["responses/first.md"], pages["responses/b.md"]
    assert "**Retracted by**: [The army: retraction](../responses/b.md)" in first
    assert "**Superseded by**: [The army: retraction](../responses/b.md)" in first
    assert "**Retracts**: [The army: acknowledgment](../responses/first.md)" in second
    assert "## Counter-accusations made in it" in second
    assert "disowned in [The army: retraction](../responses/b.md)" in pages["allegations/a.md"]
    assert "at least 4 (range 3\N{EN DASH}9)" in pages["allegations/a.md"]
    assert "(a counter-accusation)" in pages["allegations/counter.md"]
    assert '"<mark id="quote-9-27"' in pages["reports/r.md"]
    assert "**Kind**: NGO" in pages["actors/ngo.md"]


def test_record_title_describes_each_kind(examples: Dataset) -> None:
    titles: dict[str, str] = {
        record.id: render.record_title(record, examples) for record in examples
    }
    assert titles["mali"] == "Mali"
    assert titles["mali-foreign-ministry-denies-minusma-note"] == (
        "Mali's foreign ministry: denial, 2 September 2022"
    )
    assert titles["countries-accuse-mali-of-working-with-wagner"] == (
        "Use of mercenaries by Mali and Wagner Group, alleged by a number of countries"
    )
    assert titles["mali-arrests-49-ivorian-soldiers"] == (
        "Arrest: Mali → 49 soldiers from Ivory Coast, July 2022"
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


CASE = """\
schema_version: 2
reports:
- id: voa
  title: Court jails officer over Hombori killings
actors:
- id: officer
  name: The officer
  kind: person
- id: court
  name: The High Court
  kind: court
- id: minusma
  name: MINUSMA
  kind: peacekeeping_mission
allegations:
- id: hombori-killings
  accusers: [minusma]
  accused: [officer]
  summary: The officer killed civilians in Hombori.
  citations: [{report: voa}]
responses:
- id: officer-will-appeal
  responders: [officer]
  answers: [{proceeding: officer-trial, step: ruling-1}]
  stances: [appeal]
  citations: [{report: voa}]
- id: minusma-rebuts
  responders: [minusma]
  answers: [{response: officer-will-appeal, stance: rebuttal}]
  stances: [rebuttal]
  citations: [{report: voa}]
proceedings:
- id: officer-trial
  kind: criminal
  forum: court
  allegations: [hombori-killings]
  parties:
  - {actor: officer, role: defendant}
  charges:
  - {id: c1, summary: Murder of civilians., against: [officer]}
  steps:
  - id: ruling-1
    kind: ruling
    date: 2023-05-04
    by: [court]
    charges: [c1]
    outcome: convicted
  citations: [{report: voa}]
"""


def test_proceedings_and_reactions_have_their_pages() -> None:
    dataset = Dataset([newsmodel.loads(CASE)])
    pages = render.render_dataset_pages(dataset)
    trial = pages["proceedings/officer-trial.md"]
    assert "- **Forum**: [The High Court](../actors/court.md)" in trial
    assert "- [The officer](../actors/officer.md) (defendant)" in trial
    assert "`c1`: Murder of civilians. — against [The officer]" in trial
    assert "| 4 May 2023 | ruling | [The High Court](../actors/court.md) | convicted |" in trial
    assert "## Reactions" in trial
    assert "(appeal)" in trial
    allegation = pages["allegations/hombori-killings.md"]
    assert "## Proceedings" in allegation
    assert "(../proceedings/officer-trial.md)" in allegation
    appeal = pages["responses/officer-will-appeal.md"]
    assert "- **Replies**: [MINUSMA: rebuttal](../responses/minusma-rebuts.md)" in appeal
    assert "(step `ruling-1`)" in appeal
    assert "proceedings/index.md" in pages
