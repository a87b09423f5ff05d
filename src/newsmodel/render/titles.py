"""Where a record's page is, what it is called, and how the pages group records."""

from __future__ import annotations

from collections.abc import Mapping

from newsmodel.dataset import Dataset
from newsmodel.model import (
    RECORD_TYPES,
    Actor,
    Allegation,
    Answer,
    Document,
    Proceeding,
    Record,
    Report,
    Response,
)
from newsmodel.render import words

__all__ = [
    "KIND_FOLDERS",
    "READING_ORDER",
    "WHO_ACCUSED_WHOM",
    "actor_name",
    "answered",
    "kind_of",
    "kind_page",
    "record_groups",
    "record_page",
    "record_title",
    "story_page",
]


#: The folder of each kind of record's pages, relative to the dataset's pages.
KIND_FOLDERS: Mapping[str, str] = {kind: kind + "s" for kind in RECORD_TYPES}

#: The kinds of record in the order a reader looks for them, for navigation.
READING_ORDER = (
    "allegation",
    "response",
    "proceeding",
    "event",
    "actor",
    "report",
    "document",
)

#: The page of who accused whom, relative to the dataset's pages.
WHO_ACCUSED_WHOM = "who-accused-whom.md"


def kind_page(kind: str) -> str:
    """Return the path of the page listing the records of a kind (``actors/index.md``)."""
    return f"{KIND_FOLDERS[kind]}/index.md"


def story_page(slug: str) -> str:
    """Return the path of a story's page (``stories/voa-mali-2022.md``)."""
    return f"stories/{slug}.md"


def kind_of(record: Record) -> str:
    """Return the kind of a record, as :data:`~newsmodel.model.RECORD_TYPES` names it."""
    return next(kind for kind, cls in RECORD_TYPES.items() if isinstance(record, cls))


def record_page(record: Record) -> str:
    """Return the path of a record's page, relative to the dataset's pages (``actors/mali.md``)."""
    return f"{KIND_FOLDERS[kind_of(record)]}/{record.id}.md"


def record_title(record: Record, dataset: Dataset) -> str:
    """Return a short human title for a record, for headings, links and navigation.

    Reports and actors have their title or name; the other kinds are
    described from their fields ("Unlawful killing by Malian state security
    forces, alleged by MINUSMA", "Mali's foreign ministry: denial,
    2 September 2022", "Arrest: Mali → 49 soldiers from Ivory Coast, July
    2022").
    """
    if isinstance(record, Report):
        if record.title:
            return record.title
        text = words.human(record.kind).capitalize()
        if record.publisher:
            text += " by " + actor_name(dataset, record.publisher)
        return text + (f", {words.when(record.published)}" if record.published else "")
    if isinstance(record, Actor):
        return record.name
    if isinstance(record, Document):
        if record.title:
            return record.title
        text = words.human(record.kind).capitalize()
        if record.authors:
            text += " by " + words.list_words([actor_name(dataset, a) for a in record.authors])
        return text + (f", {words.when(record.published)}" if record.published else "")
    if isinstance(record, Allegation):
        accusers = [actor_name(dataset, a) for a in record.accusers]
        accused = [actor_name(dataset, a) for a in record.accused]
        what = [words.human(c) for c in record.conduct if c.term != "other"] or [
            words.human(c) for c in record.categories
        ]
        act = words.list_words(what).capitalize() if what else "Wrongdoing"
        return f"{act} by {words.list_words(accused)}, alleged by {words.list_words(accusers)}"
    if isinstance(record, Response):
        who = words.list_words([actor_name(dataset, a) for a in record.responders])
        text = f"{who}: {words.human(record.stances[0])}"
        return text + (f", {words.when(record.date)}" if record.date else "")
    if isinstance(record, Proceeding):
        if record.title:
            return record.title
        text = words.human(record.kind).capitalize() + " proceeding"
        if record.forum:
            text += " before " + actor_name(dataset, record.forum)
        return text + (f", {record.case_numbers[0]}" if record.case_numbers else "")
    agents = [actor_name(dataset, p.actor) for p in record.participants if p.role == "agent"]
    targets = [actor_name(dataset, p.actor) for p in record.participants if p.role == "target"]
    text = words.human(record.kind).capitalize()
    if agents or targets:
        text += (
            ": "
            + words.list_words(agents or ["?"])
            + (" → " + words.list_words(targets) if targets else "")
        )
    return text + (f", {words.when(record.date)}" if record.date else "")


def answered(answer: Answer) -> str | None:
    """Return the id of the record an answer names (it names one), or ``None`` if none."""
    return (
        answer.allegation
        or answer.response
        or answer.document
        or answer.event
        or (answer.proceeding)
    )


def _of_kind(dataset: Dataset, cls: type[Record]) -> list[Record]:
    return [record for record in dataset if isinstance(record, cls)]


def record_groups(dataset: Dataset) -> list[tuple[str, list[Record]]]:
    """Return the records by kind, as the pages list them: ``[("actor", [...]), ...]``.

    Kinds come in file order (reports first); actors are sorted by name, so
    that one can be found in a long list, and the other kinds keep dataset
    order, which keeps each story's records together.  Kinds without
    records are left out.
    """
    groups = []
    for kind, cls in RECORD_TYPES.items():
        records = _of_kind(dataset, cls)
        if cls is Actor:
            records.sort(key=lambda record: record_title(record, dataset).casefold())
        if records:
            groups.append((kind, records))
    return groups


def actor_name(dataset: Dataset, actor_id: str) -> str:
    """Return an actor's name, or its id when the dataset has no such actor."""
    actor = dataset.get(actor_id, Actor)
    return actor.name if actor is not None else actor_id
