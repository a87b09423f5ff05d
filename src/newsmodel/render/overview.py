"""The pages that lead to the records: an overview, the stories, the kinds, who accused whom.

Record pages are reached from these pages, not from the site's navigation,
so that the navigation stays the same size however many records there are
(:mod:`newsmodel.mkdocs_plugin` lists these pages only):

- ``index.md``, the overview (:func:`render_dataset_index`): what the
  dataset holds, and its stories with their dates;
- ``stories/SLUG.md``, a story's page (:func:`render_story`): who accused
  whom in it, its timeline of allegations, responses and events in date
  order, its reports, actors and documents;
- ``KIND_FOLDER/index.md``, a table of the records of one kind
  (:func:`render_kind_page`);
- ``who-accused-whom.md`` (:func:`render_who_accused_whom`): every pair of
  accuser and accused with their allegations, and a graph when it fits.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from newsmodel.dataset import Dataset
from newsmodel.dates import PartialDate
from newsmodel.model import Actor, Allegation, Document, Record, Report, Response
from newsmodel.render import markdown as md
from newsmodel.render import words
from newsmodel.render.network import accusations, mermaid
from newsmodel.render.stories import Story, stories_of, timeline_date
from newsmodel.render.titles import (
    KIND_FOLDERS,
    READING_ORDER,
    WHO_ACCUSED_WHOM,
    kind_of,
    kind_page,
    record_groups,
    record_page,
    record_title,
    story_page,
)
from newsmodel.render.titles import answered as answered_id
from newsmodel.render.verdicts import verdict

__all__ = [
    "render_dataset_index",
    "render_kind_page",
    "render_overview_pages",
    "render_story",
    "render_who_accused_whom",
]


def _link(record: Record, dataset: Dataset, up: str) -> str:
    return f"[{md.escape(record_title(record, dataset))}]({up}{record_page(record)})"


def _name(record_id: str | None, dataset: Dataset, up: str) -> str:
    record = dataset.get(record_id) if record_id else None
    return _link(record, dataset, up) if record is not None else ""


def _counted(records: Sequence[Record]) -> str:
    counts: dict[str, int] = {}
    for record in records:
        counts[kind_of(record)] = counts.get(kind_of(record), 0) + 1
    return ", ".join(
        f"{counts[kind]} {KIND_FOLDERS[kind] if counts[kind] != 1 else kind}"
        for kind in READING_ORDER
        if kind in counts
    )


def _span(story: Story) -> str:
    dates = [d for d in map(timeline_date, story.timeline) if d is not None]
    if not dates:
        return ""
    start = min(dates).text.split("/")[0]
    end = max(dates, key=lambda d: (d.latest is None, d.latest)).text.split("/")[-1]
    try:
        span = PartialDate(start if start == end else f"{start}/{end}")
    except ValueError:  # ends that make no interval (an open end): the first date alone
        span = min(dates)
    return md.escape(words.when(span))


def render_dataset_index(dataset: Dataset, *, title: str = "Records") -> str:
    """Render the overview: what the dataset holds, where to browse it, and its stories."""
    stories = stories_of(dataset).all
    groups = dict(record_groups(dataset))
    held = _counted(list(dataset))
    out = [f"# {md.escape(title)}", ""]
    if not held:
        return "\n".join([*out, "No records."]) + "\n"
    story_word = "story" if len(stories) == 1 else "stories"
    out += [f"{held.capitalize()}, in {len(stories)} {story_word}.", ""]
    browse = [
        f"[{KIND_FOLDERS[kind].capitalize()}]({kind_page(kind)})"
        for kind in READING_ORDER
        if kind in groups
    ]
    if "allegation" in groups:
        browse.insert(0, f"[Who accused whom]({WHO_ACCUSED_WHOM})")
    out += ["Browse: " + " · ".join(browse), "", "## Stories", ""]
    rows = [
        [
            f"[{md.escape(story.title)}]({story_page(story.slug)})",
            _span(story),
            _counted(story.timeline),
        ]
        for story in stories
    ]
    out.append(md.table(("Story", "When", "Holds"), rows))
    return "\n".join(out).rstrip() + "\n"


def render_story(story: Story, dataset: Dataset) -> str:
    """Render a story's page: who accused whom, its timeline, its reports, actors and documents."""
    out = [f"# {md.escape(story.title)}", ""]
    source = f" from the file {md.code(story.file.rsplit('/', 1)[-1])}" if story.file else ""
    out += [f"*Story*{source}: {_counted(story.records)}.", ""]
    allegations = [r for r in story.records if isinstance(r, Allegation)]
    graph = mermaid(allegations, dataset)
    if graph:
        out += ["## Who accused whom", "", graph, ""]
    if story.timeline:
        rows = []
        for record in story.timeline:
            date = timeline_date(record)
            when = words.date(date) or "undated"
            if isinstance(record, Allegation) and record.made is None and date is not None:
                when += " (when it occurred)"
            what = _link(record, dataset, "../")
            if isinstance(record, Allegation):
                what += f" — {md.escape(verdict(record, dataset).label.lower())}"
            elif isinstance(record, Response):
                answered = [_name(answered_id(a), dataset, "../") for a in record.answers]
                what += " — answers " + ", ".join(a for a in answered if a)
            rows.append([when, kind_of(record).capitalize(), what])
        out += ["## Timeline", "", md.table(("When", "", "What"), rows), ""]
    for cls, heading in ((Report, "Reports"), (Actor, "Actors"), (Document, "Documents")):
        found = [r for r in story.records if isinstance(r, cls)]
        if found:
            items = [f"- {_link(r, dataset, '../')}" for r in found]
            out += [f"## {heading}", "", *items, ""]
    return "\n".join(out).rstrip() + "\n"


def render_kind_page(kind: str, records: Sequence[Record], dataset: Dataset) -> str:
    """Render the table of the records of one kind, each with its story."""
    stories = stories_of(dataset)

    def story(record: Record) -> str:
        found = stories.of(record)
        return f"[{md.escape(found.title)}](../{story_page(found.slug)})"

    def link(record: Record) -> str:
        return _link(record, dataset, "../")

    def name(record_id: str | None) -> str:
        return _name(record_id, dataset, "../")

    def date(value: Any) -> str:
        return words.date(value) or ""

    columns: dict[str, tuple[Sequence[str], Callable[[Any], list[str]]]] = {
        "allegation": (
            ("Allegation", "Status", "Made", "Answers"),
            lambda a: [
                link(a),
                md.escape(verdict(a, dataset).label),
                date(a.made),
                str(len(dataset.index.responses_to(a))),
            ],
        ),
        "response": (
            ("Response", "Answers"),
            lambda r: [link(r), "<br>".join(name(answered_id(a)) for a in r.answers)],
        ),
        "proceeding": (
            ("Proceeding", "Kind", "Forum"),
            lambda p: [link(p), md.escape(words.human(p.kind)), name(p.forum)],
        ),
        "event": (("Event",), lambda e: [link(e)]),
        "actor": (
            ("Actor", "Kind", "Part of"),
            lambda a: [link(a), md.escape(words.human(a.kind)), name(a.part_of)],
        ),
        "report": (
            ("Report", "Publisher", "Published"),
            lambda r: [link(r), name(r.publisher), date(r.published)],
        ),
        "document": (
            ("Document", "Issued by", "Published"),
            lambda d: [link(d), "<br>".join(name(a) for a in d.authors), date(d.published)],
        ),
    }
    header, row = columns[kind]
    table = md.table((*header, "Story"), ([*row(r), story(r)] for r in records), drop_empty=True)
    return f"# {KIND_FOLDERS[kind].capitalize()}\n\n{table}\n"


def render_who_accused_whom(dataset: Dataset) -> str:
    """Render who accused whom: a graph when it fits, and a table of every pair."""
    allegations = list(dataset.of_kind(Allegation))
    out = ["# Who accused whom", ""]
    graph = mermaid(allegations, dataset)
    if graph:
        out += [graph, ""]
    else:
        out += ["Too many to draw here: each story's page has its own graph.", ""]
    rows = [
        [
            _name(accuser, dataset, ""),
            _name(accused, dataset, ""),
            "<br>".join(_link(a, dataset, "") for a in found),
        ]
        for (accuser, accused), found in accusations(allegations).items()
    ]
    if rows:
        out.append(md.table(("Accuser", "Accused", "Allegations"), rows))
    return "\n".join(out).rstrip() + "\n"


def render_overview_pages(dataset: Dataset, *, title: str = "Records") -> dict[str, str]:
    """Render the overview, the story pages, the kind pages and who accused whom, by path."""
    pages = {"index.md": render_dataset_index(dataset, title=title)}
    if any(True for _ in dataset.of_kind(Allegation)):
        pages[WHO_ACCUSED_WHOM] = render_who_accused_whom(dataset)
    for story in stories_of(dataset).all:
        pages[story_page(story.slug)] = render_story(story, dataset)
    for kind, records in record_groups(dataset):
        pages[kind_page(kind)] = render_kind_page(kind, records, dataset)
    return pages
