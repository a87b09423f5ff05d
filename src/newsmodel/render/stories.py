"""Stories: the records of one source file, and the order a reader follows them in.

A dataset's files are usually one story each (the VOA report on Mali's
denial, with its actors, allegations and answers), so the pages group
records by the file they were read from (:meth:`Dataset.source_of
<newsmodel.dataset.Dataset.source_of>`).  A story's *timeline* holds its
allegations, responses and events in date order, the undated ones last;
record pages link to the previous and next record of that timeline.
Records of bundles given in memory, which have no file, form one story.
"""

from __future__ import annotations

import os
import re
import weakref
from collections.abc import Sequence

import attrs

from newsmodel.dataset import Dataset
from newsmodel.dates import PartialDate
from newsmodel.model import Allegation, Event, Proceeding, Record, Report, Response

__all__ = ["Stories", "Story", "stories_of", "timeline_date"]


@attrs.frozen
class Story:
    """The records of one source file, with a title and a name for its page."""

    slug: str
    """The name of its page (``voa-mali-2022``), unique in the dataset."""
    title: str
    """The first report's headline, or the file's name when it has no report."""
    file: str | None
    """The file the records were read from; ``None`` for bundles given in memory."""
    records: tuple[Record, ...]
    """Its records, in file order."""
    timeline: tuple[Record, ...]
    """Its allegations, responses and events in date order (:func:`timeline_date`)."""


def timeline_date(record: Record) -> PartialDate | None:
    """Return the date a record takes its place in a timeline at, if it has one.

    An allegation's is when it was made, or failing that when the conduct
    occurred; a response's and an event's are their dates; a proceeding's
    is when it opened, or failing that the date of its first dated step.
    """
    if isinstance(record, Allegation):
        return record.made or record.occurred
    if isinstance(record, (Response, Event)):
        return record.date
    if isinstance(record, Proceeding):
        return record.period or next((s.date for s in record.steps if s.date), None)
    return None


class Stories:
    """The stories of a dataset, and which story each record belongs to."""

    def __init__(self, dataset: Dataset) -> None:
        by_file: dict[str | None, list[Record]] = {}
        for record in dataset:
            by_file.setdefault(dataset.source_of(record), []).append(record)
        slugs = _slugs(list(by_file))
        stories = []
        for file, records in by_file.items():
            report = next((r for r in records if isinstance(r, Report)), None)
            title = (report.title if report is not None else None) or _file_title(file)
            stories.append(Story(slugs[file], title, file, tuple(records), _timeline(records)))
        self.all: tuple[Story, ...] = tuple(stories)
        """The stories, in the order of their files."""
        self._of = {record.id: story for story in stories for record in story.records}
        self._place = {
            record.id: number for story in stories for number, record in enumerate(story.timeline)
        }

    def of(self, record: Record) -> Story:
        """Return the story a record belongs to."""
        return self._of[record.id]

    def neighbours(self, record: Record) -> tuple[Record | None, Record | None]:
        """Return the records before and after a record in its story's timeline."""
        number = self._place.get(record.id)
        if number is None:
            return None, None
        timeline = self.of(record).timeline
        before = timeline[number - 1] if number > 0 else None
        after = timeline[number + 1] if number + 1 < len(timeline) else None
        return before, after


_CACHE: weakref.WeakKeyDictionary[Dataset, Stories] = weakref.WeakKeyDictionary()


def stories_of(dataset: Dataset) -> Stories:
    """Return the stories of a dataset, worked out once per dataset."""
    found = _CACHE.get(dataset)
    if found is None:
        found = _CACHE[dataset] = Stories(dataset)
    return found


def _timeline(records: Sequence[Record]) -> tuple[Record, ...]:
    entries = [r for r in records if isinstance(r, (Allegation, Response, Event, Proceeding))]
    dated = [r for r in entries if timeline_date(r) is not None]
    dated.sort(key=timeline_date)  # type: ignore[arg-type]
    return (*dated, *(r for r in entries if timeline_date(r) is None))


def _slug(text: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", text.casefold()).strip("-") or "story"


def _slugs(files: Sequence[str | None]) -> dict[str | None, str]:
    """Name each file's story page by the file's name, with its folders where names repeat."""
    names: dict[str | None, str] = {}
    taken: set[str] = set()
    for file in files:
        if file is None:
            base = "records"
            parts: list[str] = []
        else:
            base = _slug(os.path.splitext(os.path.basename(file))[0])
            parts = [_slug(p) for p in os.path.normpath(os.path.dirname(file)).split(os.sep)]
        slug = base
        while slug in taken:
            slug = f"{parts.pop()}-{slug}" if parts else f"{slug}-{len(taken)}"
        taken.add(slug)
        names[file] = slug
    return names


def _file_title(file: str | None) -> str:
    if file is None:
        return "Records"
    name = os.path.splitext(os.path.basename(file))[0]
    return re.sub(r"[-_]+", " ", name).strip().capitalize() or name
