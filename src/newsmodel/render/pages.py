"""The pages of a dataset's records: one per record, linked to each other, and an index.

One page per report, actor, document, allegation, response and event, with
its facts, the records it refers to and the records that refer to it, plus
an index page (:func:`render_dataset_pages`).  These are the pages the
``newsmodel`` mkdocs plugin (:mod:`newsmodel.mkdocs_plugin`) adds to a
dataset's own site, and the ones newsmodel's documentation shows for its
examples.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from newsmodel.dataset import Dataset
from newsmodel.model import (
    RECORD_TYPES,
    Actor,
    Allegation,
    Citation,
    Count,
    Document,
    Event,
    Quote,
    Record,
    Report,
    Response,
)
from newsmodel.render import markdown as md
from newsmodel.render import values, words
from newsmodel.render.titles import (
    KIND_FOLDERS,
    actor_name,
    record_groups,
    record_page,
    record_title,
)

__all__ = [
    "render_actor",
    "render_allegation",
    "render_dataset_index",
    "render_dataset_pages",
    "render_document",
    "render_event",
    "render_record",
    "render_report",
    "render_response",
]


class _Page:
    """Builds the Markdown of one record page."""

    def __init__(self, record: Record, dataset: Dataset) -> None:
        self.record = record
        self.dataset = dataset
        self.index = dataset.index
        self.lines: list[str] = []

    def link(self, record_id: str) -> str:
        target = self.dataset.get(record_id)
        if target is None:  # only possible for a dataset that was not validated
            return md.code(record_id)
        return f"[{md.escape(record_title(target, self.dataset))}](../{record_page(target)})"

    def links(self, ids: Iterable[str]) -> str:
        return ", ".join(self.link(record_id) for record_id in ids)

    def versions(self) -> list[tuple[str, str | None]]:
        """Facts linking the record to the one it supersedes and those superseding it."""
        record = self.record
        earlier: str | None = getattr(record, "supersedes", None)  # actors have none
        later = self.index.superseded_by(record)
        return [
            ("Supersedes", self.link(earlier) if earlier else None),
            ("Superseded by", self.links(r.id for r in later)),
        ]

    def title(self, kind: str) -> None:
        record = self.record
        self.lines += [
            f"# {md.escape(record_title(record, self.dataset))}",
            "",
            f"*{kind}* {md.code(record.id)}",
            "",
        ]

    def paragraph(self, text: str | None) -> None:
        if text:
            self.lines += [md.paragraphs(text), ""]

    def facts(self, items: Iterable[tuple[str, str | None]]) -> None:
        shown = [f"- **{label}**: {value}" for label, value in items if value]
        if shown:
            self.lines += [*shown, ""]

    def section(self, title: str, body: Sequence[str]) -> None:
        if body:
            self.lines += [f"## {title}", "", *body, ""]

    def record_list(
        self, records: Iterable[Record], note: Callable[[Any], str] | None = None
    ) -> list[str]:
        return [
            f"- {self.link(r.id)}" + (f" ({note(r)})" if note is not None and note(r) else "")
            for r in records
        ]

    def sources(self, citations: Sequence[Citation]) -> None:
        body: list[str] = []
        for citation in citations:
            report = self.dataset.get(citation.report, Report)
            line = self.link(citation.report)
            if report is not None and report.publisher:
                line += ", " + md.escape(actor_name(self.dataset, report.publisher))
            if report is not None and report.published:
                line += f", {md.escape(str(report.published))}"
            if citation.locator:
                line += f" ({md.escape(citation.locator)})"
            body += [line, ""]
            if citation.quotes:
                body += [*(_quote_item(quote, self) for quote in citation.quotes), ""]
        self.section("Sources", body)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


def _quote_item(quote: Quote, page: _Page) -> str:
    line = f"- “{md.escape(quote.text)}”"
    if quote.original_text:
        language = f", {md.escape(quote.original_language)}" if quote.original_language else ""
        line += f" (original{language}: “{md.escape(quote.original_text)}”)"
    attribution = []
    if quote.speaker:
        attribution.append(page.link(quote.speaker))
    if quote.start is not None and quote.end is not None:
        attribution.append(f"characters {quote.start} to {quote.end} of the text")
    if quote.disowned_in:
        attribution.append("disowned in " + page.link(quote.disowned_in))
    return line + (" — " + ", ".join(attribution) if attribution else "")


def _count_rows(counts: Sequence[Count], page: _Page, depth: int = 0) -> list[list[str]]:
    rows = []
    for count in counts:
        kind = ("↳ including " if depth else "") + words.human(count.kind)
        rows.append(
            [
                kind,
                values.figure(count),
                md.escape(count.who or ""),
                page.link(count.according_to) if count.according_to else "",
                md.escape(str(count.as_of)) if count.as_of else "",
            ]
        )
        rows += _count_rows(count.subgroups, page, depth + 1)
    return rows


def _counts(page: _Page, counts: Sequence[Count]) -> None:
    if counts:
        page.section(
            "Figures",
            [
                md.table(
                    ("Count", "Figure", "Of whom", "According to", "As of"),
                    _count_rows(counts, page),
                    drop_empty=True,
                )
            ],
        )


def _responses_list(
    page: _Page, responses: Sequence[Response], allegation: str | None
) -> list[str]:
    """List responses; on an allegation's page with their positions on it, else what they answer."""
    lines = []
    for response in responses:
        if allegation is None:
            note = "answers " + page.links(response.allegations)
        else:
            note = "; ".join(
                f"{words.human(p.aspect)}: {words.human(p.stance)}"
                for p in response.positions
                if p.allegation in (None, allegation)
            )
        lines.append(f"- {page.link(response.id)}" + (f" ({note})" if note else ""))
    return lines


def render_report(report: Report, dataset: Dataset) -> str:
    """Render the page of a report: its details, the records coded from it, and its text."""
    page = _Page(report, dataset)
    page.title("Report")
    page.facts(
        [
            ("Publisher", page.link(report.publisher) if report.publisher else None),
            ("Published", words.date(report.published)),
            ("Updated", words.date(report.updated)),
            ("Authors", md.escape(", ".join(report.authors)) if report.authors else None),
            ("Dateline", values.place(report.dateline) if report.dateline else None),
            ("Language", md.code(report.language) if report.language else None),
            ("Link", f"<{report.url}>" if report.url else None),
            ("Retrieved", words.date(report.retrieved)),
            *page.versions(),
        ]
    )
    cited = page.index.citing(report)
    body: list[str] = []
    for kind, cls in RECORD_TYPES.items():
        found = [record for record in cited if isinstance(record, cls)]
        if found:
            body += [f"**{KIND_FOLDERS[kind].capitalize()}**", "", *page.record_list(found), ""]
    page.section("Coded from this report", body)
    if report.body:
        page.section("Text", [md.paragraphs(report.body)])
    return page.text()


def render_actor(actor: Actor, dataset: Dataset) -> str:
    """Render the page of an actor: what it is, alleges, is accused of, and how it answered."""
    page = _Page(actor, dataset)
    index = page.index
    page.title("Actor")
    page.paragraph(actor.description)
    identifiers = ", ".join(
        values.identifier(scheme.term, value) for scheme, value in actor.identifiers.items()
    )
    page.facts(
        [
            ("Kind", values.term(actor.kind)),
            ("Identity", values.term(actor.identity) if actor.identity != "named" else None),
            ("Also called", md.escape("; ".join(actor.aliases)) if actor.aliases else None),
            ("Country", md.code(actor.country) if actor.country else None),
            ("Part of", page.link(actor.part_of) if actor.part_of else None),
            ("Parts", page.links(a.id for a in index.parts_of(actor))),
            ("Identifiers", identifiers or None),
        ]
    )
    page.section("Accusations it makes", page.record_list(index.allegations_by(actor)))
    accused = index.allegations_against(actor)
    page.section(
        "Accusations against it",
        page.record_list(accused, lambda a: md.escape(words.human(a.status))),
    )
    page.section("Named as a victim", page.record_list(index.reverse(actor, "victim_in")))
    page.section(
        "Its responses",
        _responses_list(page, index.responses_by(actor), None),
    )
    page.section(
        "Events",
        [
            f"- {page.link(event.id)} ({participant.role.term})"
            for event in index.reverse(actor, "events")
            for participant in getattr(event, "participants", ())
            if participant.actor == actor.id
        ],
    )
    page.section("Documents it issued", page.record_list(index.reverse(actor, "issued")))
    page.section("Reports it published", page.record_list(index.reverse(actor, "published")))
    quoted: list[str] = []
    for record in index.reverse(actor, "quoted_in"):
        for citation in getattr(record, "citations", ()):
            quoted += [
                f"- “{md.escape(quote.text)}”, in {page.link(record.id)}"
                for quote in citation.quotes
                if quote.speaker == actor.id
            ]
    page.section("Quoted", quoted)
    return page.text()


def render_document(document: Document, dataset: Dataset) -> str:
    """Render the page of a document: its details, the allegations and responses made in it."""
    page = _Page(document, dataset)
    index = page.index
    page.title("Document")
    page.facts(
        [
            ("Kind", values.term(document.kind)),
            ("Issued by", page.link(document.author) if document.author else None),
            ("Published", words.date(document.published)),
            ("Covers", words.date(document.period)),
            ("Pages", str(document.pages) if document.pages else None),
            ("Language", md.code(document.language) if document.language else None),
            ("Link", f"<{document.url}>" if document.url else None),
            *page.versions(),
        ]
    )
    page.section("Evidence for", page.record_list(index.reverse(document, "evidence_for")))
    page.section("Responses made in it", page.record_list(index.reverse(document, "responses_in")))
    page.sources(document.citations)
    return page.text()


def render_allegation(allegation: Allegation, dataset: Dataset) -> str:
    """Render the page of an allegation: who accuses whom of what, figures, evidence, responses."""
    page = _Page(allegation, dataset)
    index = page.index
    page.title("Allegation")
    page.paragraph(allegation.summary)
    page.facts(
        [
            ("Accusers", page.links(allegation.accusers)),
            ("Accused", page.links(allegation.accused)),
            ("Categories", values.terms(allegation.categories)),
            ("Conduct", values.terms(allegation.conduct)),
            ("Status", values.term(allegation.status)),
            ("Made", words.date(allegation.made)),
            ("Occurred", words.date(allegation.occurred)),
            ("Places", values.places(allegation.places)),
            ("Victims", page.links(allegation.victims) or None),
            ("Evidence", page.links(allegation.evidence) or None),
            (
                "Raised in",
                page.link(allegation.raised_in) + " (a counter-accusation)"
                if allegation.raised_in
                else None,
            ),
            *page.versions(),
        ]
    )
    _counts(page, allegation.counts)
    page.section(
        "Responses",
        _responses_list(page, index.responses_to(allegation), allegation.id),
    )
    page.section("Events", page.record_list(index.reverse(allegation, "events")))
    page.sources(allegation.citations)
    return page.text()


def render_response(response: Response, dataset: Dataset) -> str:
    """Render the page of a response: its stance and what it means, positions, arguments."""
    page = _Page(response, dataset)
    index = page.index
    page.title("Response")
    page.paragraph(response.summary)
    stance = response.stance
    stance_text = values.term(stance)
    if stance.codes:
        stance_text = f"{stance_text} ({words.codes(stance)})"
    page.facts(
        [
            ("Responder", page.link(response.responder)),
            ("Answers", page.links(response.allegations)),
            ("Stance", stance_text),
            ("Date", words.date(response.date)),
            ("Channel", values.term(response.channel)),
            ("Made in", page.link(response.document) if response.document else None),
            ("Retracts", page.link(response.retracts) if response.retracts else None),
            ("Retracted by", page.links(r.id for r in index.reverse(response, "retracted_by"))),
            *page.versions(),
        ]
    )
    if response.positions:
        rows = [
            [
                md.code(p.aspect.term),
                md.code(p.stance.term),
                page.link(p.allegation) if p.allegation else "all",
                md.escape(p.summary or ""),
            ]
            for p in response.positions
        ]
        page.section(
            "Positions",
            [
                "Stances on single aspects of the allegations:",
                "",
                md.table(("Aspect", "Stance", "On", "What was said"), rows),
            ],
        )
    if response.arguments:
        body = []
        for argument in response.arguments:
            body += [
                f"- {md.code(argument.tactic.term)}: {md.escape(argument.tactic.description)}",
                "",
            ]
            said = [f"“{md.escape(argument.words)}”"] if argument.words else []
            said += [md.escape(argument.summary)] if argument.summary else []
            if said:
                body += ["    " + " — ".join(said), ""]
        page.section("Arguments", body)
    page.section(
        "Counter-accusations made in it",
        page.record_list(index.reverse(response, "counter_allegations")),
    )
    page.sources(response.citations)
    return page.text()


def render_event(event: Event, dataset: Dataset) -> str:
    """Render the page of an event: what happened, when and where, who took part."""
    page = _Page(event, dataset)
    page.title("Event")
    page.paragraph(event.summary)
    page.facts(
        [
            (
                "Kind",
                f"{values.term(event.kind)}"
                + (f" ({words.codes(event.kind)})" if event.kind.codes else ""),
            ),
            ("Date", words.date(event.date)),
            ("Places", values.places(event.places)),
            (
                "Participants",
                ", ".join(f"{page.link(p.actor)} ({p.role.term})" for p in event.participants)
                or None,
            ),
            ("Allegations", page.links(event.allegations) or None),
            *page.versions(),
        ]
    )
    _counts(page, event.counts)
    page.sources(event.citations)
    return page.text()


_RENDERERS: Mapping[type, Callable[..., str]] = {
    Report: render_report,
    Actor: render_actor,
    Document: render_document,
    Allegation: render_allegation,
    Response: render_response,
    Event: render_event,
}


def render_record(record: Record, dataset: Dataset) -> str:
    """Render the page of any record, by its kind."""
    return _RENDERERS[type(record)](record, dataset)


def render_dataset_index(dataset: Dataset, *, title: str = "Records") -> str:
    """Render the index page of a dataset: a table per kind of record, linking to every page."""
    index = dataset.index
    groups = record_groups(dataset)
    counts = {kind: len(records) for kind, records in groups}
    summary = ", ".join(
        f"{n} {KIND_FOLDERS[kind] if n != 1 else kind}" for kind, n in counts.items() if n
    )
    out = [f"# {md.escape(title)}", "", f"{summary.capitalize() or 'No records'}.", ""]

    def link(record: Record) -> str:
        return f"[{md.escape(record_title(record, dataset))}]({record_page(record)})"

    def name(record_id: str | None) -> str:
        if not record_id or record_id not in dataset:
            return ""
        return link(dataset[record_id])

    tables: dict[str, tuple[Sequence[str], Callable[[Any], Sequence[str]]]] = {
        "report": (
            ("Report", "Publisher", "Published"),
            lambda r: (link(r), name(r.publisher), md.escape(str(r.published or ""))),
        ),
        "actor": (
            ("Actor", "Kind", "Part of"),
            lambda a: (link(a), words.human(a.kind), name(a.part_of)),
        ),
        "document": (
            ("Document", "Issued by", "Published"),
            lambda d: (link(d), name(d.author), md.escape(str(d.published or ""))),
        ),
        "allegation": (
            ("Allegation", "Status", "Responses"),
            lambda a: (link(a), words.human(a.status), str(len(index.responses_to(a)))),
        ),
        "response": (
            ("Response", "Answers", "Stance"),
            lambda r: (
                link(r),
                "<br>".join(name(a) for a in r.allegations),
                md.code(r.stance.term),
            ),
        ),
        "event": (
            ("Event", "Kind", "Date"),
            lambda e: (link(e), words.human(e.kind), md.escape(str(e.date or ""))),
        ),
    }
    for kind, records in groups:
        if kind not in tables:
            continue
        header, row = tables[kind]
        out += [
            f"## {KIND_FOLDERS[kind].capitalize()}",
            "",
            md.table(header, map(row, records)),
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def render_dataset_pages(dataset: Dataset, *, title: str = "Records") -> dict[str, str]:
    """Render every page of a dataset's records, by path relative to where the pages go.

    The keys are ``index.md`` (:func:`render_dataset_index`) and one
    ``KIND_FOLDER/ID.md`` per record (:func:`record_page`); pages link to
    each other with relative links, so the set can be put under any folder
    of a site.  Pages are in dataset order, kind by kind.
    """
    pages = {"index.md": render_dataset_index(dataset, title=title)}
    for _kind, records in record_groups(dataset):
        for record in records:
            pages[record_page(record)] = render_record(record, dataset)
    return pages
