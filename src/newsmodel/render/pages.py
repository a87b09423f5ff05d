"""The pages of a dataset's records: one per record, and the pages that lead to them.

One page per report, actor, document, allegation, response, event and
proceeding, with
its facts in words, the records it refers to and the records that refer to
it (:func:`render_record`), plus the pages that lead to them: an overview,
a page per story and per kind of record, and who accused whom
(:mod:`newsmodel.render.overview`); :func:`render_dataset_pages` gives them
all.  These are the pages the ``newsmodel`` mkdocs plugin
(:mod:`newsmodel.mkdocs_plugin`) adds to a dataset's own site, and the ones
newsmodel's documentation shows for its examples.

A page says what a reader needs first: terms as words ("partial denial"),
dates as words ("13 July 2022"), the answers to an allegation side by side,
the ruling on it when a court ruled (:mod:`newsmodel.render.verdicts`), and
its quotes linked to where they stand in the report's text
(:mod:`newsmodel.render.quotes`).  The terms, dates and ids as recorded,
with the terms' codes in CAMEO, PLOVER and other standards, are folded into
a details block at the end of the page.  Records of a story's timeline link
to the previous and next one (:mod:`newsmodel.render.stories`).
"""

from __future__ import annotations

import html
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
    Proceeding,
    Quote,
    Record,
    Report,
    Response,
)
from newsmodel.render import markdown as md
from newsmodel.render import values, words
from newsmodel.render.overview import render_dataset_index, render_overview_pages
from newsmodel.render.quotes import anchor, marked_text
from newsmodel.render.stories import stories_of
from newsmodel.render.titles import (
    KIND_FOLDERS,
    actor_name,
    answered,
    record_groups,
    record_page,
    record_title,
    story_page,
)
from newsmodel.render.verdicts import stance_on, verdict
from newsmodel.vocab import StanceParty, Term

__all__ = [
    "render_actor",
    "render_allegation",
    "render_dataset_index",
    "render_dataset_pages",
    "render_document",
    "render_event",
    "render_proceeding",
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
        self.recorded: list[tuple[str, str, Term | None]] = [("id", record.id, None)]

    def link(self, record_id: str, fragment: str | None = None) -> str:
        target = self.dataset.get(record_id)
        if target is None:  # only possible for a dataset that was not validated
            return md.code(record_id)
        to = f"../{record_page(target)}" + (f"#{fragment}" if fragment else "")
        return f"[{md.escape(record_title(target, self.dataset))}]({to})"

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
        story = stories_of(self.dataset).of(record)
        self.lines += [
            f"# {md.escape(record_title(record, self.dataset))}",
            "",
            f"*{kind}* in the story [{md.escape(story.title)}](../{story_page(story.slug)})",
            "",
        ]

    def note(self, field: str, value: object, term: Term | None = None) -> None:
        """Keep a value as recorded for the details block (a term, a date, a code)."""
        if value is not None and value != ():
            self.recorded.append((field, str(value), term))

    def term(self, field: str, value: Term | None) -> str | None:
        """Return a term as words on the page, noting it as recorded with its codes."""
        if value is None:
            return None
        self.note(field, value.value, value)
        return md.escape(words.human(value))

    def terms(self, field: str, found: Sequence[Term]) -> str | None:
        return ", ".join(t for t in (self.term(field, value) for value in found) if t) or None

    def date(self, field: str, value: Any) -> str | None:
        self.note(field, value)
        return words.date(value)

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
                line += f", {words.date(report.published)}"
            if citation.locator:
                line += f" ({md.escape(citation.locator)})"
            body += [line, ""]
            if citation.quotes:
                body += [
                    *(self.quote_item(quote, citation.report) for quote in citation.quotes),
                    "",
                ]
        self.section("Sources", body)

    def quote_item(self, quote: Quote, report_id: str) -> str:
        """Return a quote as a list item, with who said it and who disowned it."""
        attribution = []
        if quote.speaker:
            attribution.append(self.link(quote.speaker))
        if quote.disowned_in:
            attribution.append("disowned in " + self.link(quote.disowned_in))
        said = self.quote_words(quote, report_id)
        return f"- {said}" + (" — " + ", ".join(attribution) if attribution else "")

    def quote_words(self, quote: Quote, report_id: str) -> str:
        """Return a quote, linked to where it stands in the report's text when known."""
        said = f"“{md.escape(quote.text)}”"
        report = self.dataset.get(report_id, Report)
        fragment = anchor(quote)
        if fragment is not None and report is not None and report.body:
            said = f"[{said}](../{record_page(report)}#{fragment})"
        if quote.original_text:
            language = f", {md.escape(quote.original_language)}" if quote.original_language else ""
            said += f" (original{language}: “{md.escape(quote.original_text)}”)"
        return said

    def neighbours(self) -> None:
        """Add links to the records before and after this one in its story's timeline."""
        before, after = stories_of(self.dataset).neighbours(self.record)
        parts = []
        if before is not None:
            parts.append(f"← Before: {self.link(before.id)}")
        if after is not None:
            parts.append(f"After: {self.link(after.id)} →")
        if parts:
            self.lines += ["---", "", " · ".join(parts), ""]

    def details(self) -> None:
        """Add the values as recorded, with the terms' codes, in a folded block."""
        rows = "".join(
            f"<tr><td><code>{html.escape(field)}</code></td>"
            f"<td><code>{html.escape(value)}</code></td>"
            f"<td>{_codes_html(term) if term is not None else ''}</td></tr>"
            for field, value, term in self.recorded
        )
        self.lines += [
            '<details class="newsmodel-recorded"><summary>As recorded, with codes</summary>'
            "<table><thead><tr><th>Field</th><th>Value</th><th>Codes</th></tr></thead>"
            f"<tbody>{rows}</tbody></table></details>",
            "",
        ]

    def text(self) -> str:
        self.neighbours()
        self.details()
        return "\n".join(self.lines).rstrip() + "\n"


def _codes_html(term: Term) -> str:
    return "; ".join(
        f"{html.escape(words.SCHEME_NAMES.get(scheme, scheme))} <code>{html.escape(code)}</code>"
        for scheme, code in term.codes.items()
    )


def _count_rows(counts: Sequence[Count], page: _Page, depth: int = 0) -> list[list[str]]:
    rows = []
    for count in counts:
        kind = ("↳ including " if depth else "") + words.human(count.kind)
        page.note("counts.kind", count.kind.value, count.kind)
        rows.append(
            [
                kind,
                values.figure(count),
                md.escape(count.who or ""),
                page.link(count.according_to) if count.according_to else "",
                (page.date("counts.as_of", count.as_of) or "") if count.as_of else "",
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


def _answered_ids(response: Response) -> list[str]:
    """Return the ids of the records a response answers, each once."""
    return list(dict.fromkeys(i for i in map(answered, response.answers) if i is not None))


def _answered_links(page: _Page, response: Response) -> str:
    """Return links to the records a response answers, each with the step it answers."""
    shown: dict[str, str] = {}
    for answer in response.answers:
        target = answered(answer)
        if target is not None:
            step = f" (step {md.code(answer.step)})" if answer.step else ""
            shown.setdefault(target + step, page.link(target) + step)
    return ", ".join(shown.values())


def _responses_list(page: _Page, responses: Sequence[Response]) -> list[str]:
    """List responses with what they answer."""
    return [
        f"- {page.link(response.id)} (answers {page.links(_answered_ids(response))})"
        for response in responses
    ]


def _answers(page: _Page, allegation: Allegation) -> None:
    """Add the answers to an allegation side by side: who, when, stance, points, words."""
    responses = page.index.responses_to(allegation)
    tables: dict[str, list[list[str]]] = {"Answers": [], "Rulings and findings": []}
    for response in responses:
        own = stance_on(response, allegation.id)
        third = own.party is StanceParty.THIRD_PARTY
        points = [
            f"{md.escape(words.human(p.aspect))}: {md.escape(words.human(p.stance))}"
            + (f" ({md.escape(p.summary)})" if p.summary else "")
            for answer in response.answers
            if answer.allegation == allegation.id
            for p in answer.positions
        ]
        said = [
            page.quote_words(quote, citation.report)
            for citation in response.citations
            for quote in citation.quotes
            if quote.speaker is None or quote.speaker in response.responders
        ]
        said += [f"“{md.escape(a.words)}”" for a in response.arguments if a.words]
        stance = f"[{md.escape(words.human(own))}](../{record_page(response)})"
        later = list(page.index.superseded_by(response))
        later += page.index.reverse(response, "retracted_by")
        if later:
            stance += " (replaced by " + page.links(r.id for r in later) + ")"
        if response.summary:
            stance += "<br>" + md.escape(response.summary)
        tables["Rulings and findings" if third else "Answers"].append(
            [
                page.links(response.responders),
                words.date(response.date) or "",
                stance,
                "<br>".join(points),
                "<br>".join(said),
            ]
        )
    for title, rows in tables.items():
        if rows:
            header = ("Who", "When", "Answer", "Point by point", "In their words")
            page.section(title, [md.table(header, rows, drop_empty=True)])


def render_report(report: Report, dataset: Dataset) -> str:
    """Render the page of a report: its details, the records coded from it, and its text.

    Quotes with offsets are highlighted in the text, each in a ``<mark>``
    that the pages citing it link to.
    """
    page = _Page(report, dataset)
    page.title("Report")
    page.facts(
        [
            ("Publisher", page.link(report.publisher) if report.publisher else None),
            ("Published", page.date("published", report.published)),
            ("Updated", page.date("updated", report.updated)),
            ("Kind", page.term("kind", report.kind)),
            ("Authors", _authors(page, report) or None),
            ("Dateline", values.place(report.dateline) if report.dateline else None),
            ("Link", f"<{report.url}>" if report.url else None),
            ("Retrieved", page.date("retrieved", report.retrieved)),
            *page.versions(),
        ]
    )
    page.note("language", report.language)
    cited = page.index.citing(report)
    body: list[str] = []
    for kind, cls in RECORD_TYPES.items():
        found = [record for record in cited if isinstance(record, cls)]
        if found:
            body += [f"**{KIND_FOLDERS[kind].capitalize()}**", "", *page.record_list(found), ""]
    page.section("Coded from this report", body)
    if report.body:
        quotes = [
            (quote, record_title(record, dataset))
            for record in cited
            for citation in getattr(record, "citations", ())
            if citation.report == report.id
            for quote in citation.quotes
        ]
        page.section("Text", [marked_text(report.body, quotes)])
    return page.text()


def _authors(page: _Page, report: Report) -> str:
    """Return a report's byline: each name, linked to its actor, with its role if not author."""
    shown = []
    for author in report.authors:
        name = page.link(author.actor) if author.actor else md.escape(author.name)
        if author.role.value != "author":
            name += f" ({page.term('authors.role', author.role)})"
        shown.append(name)
    return ", ".join(shown)


def _reactions(page: _Page, record: Record) -> None:
    """Add the responses that answer a document, an event or a proceeding."""
    page.section(
        "Reactions",
        page.record_list(
            page.index.reactions_to(record),
            lambda r: md.escape(words.list_words([words.human(s) for s in r.stances])),
        ),
    )


def render_actor(actor: Actor, dataset: Dataset) -> str:
    """Render the page of an actor: what it is, alleges, is accused of, and how it answered."""
    page = _Page(actor, dataset)
    index = page.index
    page.title("Actor")
    page.paragraph(actor.description)
    identifiers = ", ".join(
        values.identifier(scheme.value, value) for scheme, value in actor.identifiers.items()
    )
    page.facts(
        [
            ("Kind", page.term("kind", actor.kind)),
            (
                "Identity",
                page.term("identity", actor.identity) if actor.identity != "named" else None,
            ),
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
        page.record_list(accused, lambda a: md.escape(verdict(a, dataset).label.lower())),
    )
    page.section("Named as a victim", page.record_list(index.reverse(actor, "victim_in")))
    page.section("Its responses", _responses_list(page, index.responses_by(actor)))
    page.section(
        "Events",
        [
            f"- {page.link(event.id)} ({md.escape(words.human(participant.role))})"
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
                f"- {page.quote_words(quote, citation.report)}, in {page.link(record.id)}"
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
            ("Kind", page.term("kind", document.kind)),
            ("Issued by", page.links(document.authors) or None),
            (
                "Reference numbers",
                md.escape("; ".join(document.reference_numbers))
                if document.reference_numbers
                else None,
            ),
            ("Seen", page.term("access", document.access)),
            ("Published", page.date("published", document.published)),
            ("Covers", page.date("period", document.period)),
            ("Pages", str(document.pages) if document.pages else None),
            ("Link", f"<{document.url}>" if document.url else None),
            *page.versions(),
        ]
    )
    page.note("language", document.language)
    page.section("Evidence for", page.record_list(index.reverse(document, "evidence_for")))
    page.section("Responses made in it", page.record_list(index.reverse(document, "responses_in")))
    _reactions(page, document)
    _counts(page, document.counts)
    page.sources(document.citations)
    return page.text()


def render_allegation(allegation: Allegation, dataset: Dataset) -> str:
    """Render the page of an allegation: who accuses whom of what, its answers side by side.

    The status line follows the record: the ruling on the allegation when a
    court ruled (:func:`~newsmodel.render.verdicts.verdict`), else how far
    its status says it is established.
    """
    page = _Page(allegation, dataset)
    index = page.index
    page.title("Allegation")
    page.paragraph(allegation.summary)
    found = verdict(allegation, dataset)
    page.note("status", allegation.status.value, allegation.status)
    status = f"**{md.escape(found.label)}**"
    if found.ruling is not None:
        status += f" by {page.links(found.ruling.responders)}"
    if found.note:
        status += f" — {md.escape(found.note)}"
    page.lines += [status, ""]
    page.facts(
        [
            ("Accusers", page.links(allegation.accusers)),
            ("Accused", page.links(allegation.accused)),
            ("What", page.terms("conduct", allegation.conduct)),
            ("Kind of wrongdoing", page.terms("categories", allegation.categories)),
            ("Made", page.date("made", allegation.made)),
            ("Occurred", page.date("occurred", allegation.occurred)),
            ("Where", values.places(allegation.places)),
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
    _answers(page, allegation)
    _counts(page, allegation.counts)
    page.section("Proceedings", page.record_list(index.proceedings_of(allegation)))
    page.section("Events", page.record_list(index.reverse(allegation, "events")))
    page.sources(allegation.citations)
    return page.text()


def render_response(response: Response, dataset: Dataset) -> str:
    """Render the page of a response: who, its stances and what they mean, answers, arguments."""
    page = _Page(response, dataset)
    index = page.index
    page.title("Response")
    page.paragraph(response.summary)
    stances = "<br>".join(
        f"{page.term('stances', stance)} — {md.escape(stance.description)}"
        for stance in response.stances
    )
    page.facts(
        [
            ("Responders", page.links(response.responders)),
            ("On behalf of", page.links(response.on_behalf_of) or None),
            ("Answers", _answered_links(page, response)),
            ("Stances", stances),
            ("Date", page.date("date", response.date)),
            ("Channels", page.terms("channels", response.channels)),
            ("Given to", page.links(response.venues) or None),
            ("Made in", page.links(response.documents) or None),
            ("Retracts", page.links(response.retracts) or None),
            ("Retracted by", page.links(r.id for r in index.reverse(response, "retracted_by"))),
            ("Replies", page.links(r.id for r in index.replies_to(response))),
            *page.versions(),
        ]
    )
    rows = []
    for answer in response.answers:
        target = answered(answer)
        on = page.link(target) if target else ""
        if answer.step:
            on += f" (step {md.code(answer.step)})"
        if answer.stance is not None or not answer.positions:
            stance = page.term("answers.stance", answer.stance) or md.escape(
                words.human(response.stances[0])
            )
            rows.append([on, "all", stance, md.escape(answer.notes or "")])
        rows += [
            [
                on,
                page.term("answers.positions.aspect", p.aspect) or "",
                page.term("answers.positions.stance", p.stance) or "",
                md.escape(p.summary or ""),
            ]
            for p in answer.positions
        ]
    if len(rows) > 1 or any(a.positions or a.stance for a in response.answers):
        page.section(
            "Point by point",
            [md.table(("Answers", "On", "Stance", "What was said"), rows, drop_empty=True)],
        )
    if response.calls:
        page.section(
            "Calls",
            [
                f"- {page.term('calls.demand', call.demand)}"
                + (f" of {page.links(call.of)}" if call.of else "")
                + (f": “{md.escape(call.words)}”" if call.words else "")
                for call in response.calls
            ],
        )
    if response.arguments:
        body = []
        for argument in response.arguments:
            tactic = page.term("arguments.tactic", argument.tactic)
            body += [f"- **{tactic}**", ""]
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
            ("Kind", page.term("kind", event.kind)),
            ("Date", page.date("date", event.date)),
            ("Places", values.places(event.places)),
            (
                "Participants",
                ", ".join(
                    f"{page.link(p.actor)} ({md.escape(words.human(p.role))})"
                    for p in event.participants
                )
                or None,
            ),
            ("Allegations", page.links(event.allegations) or None),
            *page.versions(),
        ]
    )
    _counts(page, event.counts)
    _reactions(page, event)
    page.sources(event.citations)
    return page.text()


def render_proceeding(proceeding: Proceeding, dataset: Dataset) -> str:
    """Render the page of a proceeding: the case, its parties, charges and dated steps."""
    page = _Page(proceeding, dataset)
    page.title("Proceeding")
    page.paragraph(proceeding.summary)
    page.facts(
        [
            ("Kind", page.term("kind", proceeding.kind)),
            ("Forum", page.link(proceeding.forum) if proceeding.forum else None),
            (
                "Case numbers",
                md.escape("; ".join(proceeding.case_numbers)) if proceeding.case_numbers else None,
            ),
            ("Period", page.date("period", proceeding.period)),
            ("Allegations", page.links(proceeding.allegations) or None),
            *page.versions(),
        ]
    )
    page.section(
        "Parties",
        [
            f"- {page.link(party.actor)} ({page.term('parties.role', party.role)})"
            + (f", for {page.link(party.represents)}" if party.represents else "")
            for party in proceeding.parties
        ],
    )
    page.section(
        "Charges",
        [
            f"- {md.code(charge.id)}: {md.escape(charge.summary)}"
            + (f" — against {page.links(charge.against)}" if charge.against else "")
            + (f" — on {page.links(charge.allegations)}" if charge.allegations else "")
            for charge in proceeding.charges
        ],
    )
    if proceeding.steps:
        rows = [
            [
                page.date("steps.date", step.date) or "",
                page.term("steps.kind", step.kind) or "",
                page.links(step.by),
                page.term("steps.outcome", step.outcome) or "",
                md.escape(step.summary or ""),
            ]
            for step in proceeding.steps
        ]
        page.section(
            "Steps", [md.table(("When", "Step", "By", "Outcome", "What"), rows, drop_empty=True)]
        )
    _counts(page, proceeding.counts)
    _reactions(page, proceeding)
    page.sources(proceeding.citations)
    return page.text()


_RENDERERS: Mapping[type, Callable[..., str]] = {
    Report: render_report,
    Actor: render_actor,
    Document: render_document,
    Allegation: render_allegation,
    Response: render_response,
    Event: render_event,
    Proceeding: render_proceeding,
}


def render_record(record: Record, dataset: Dataset) -> str:
    """Render the page of any record, by its kind."""
    return _RENDERERS[type(record)](record, dataset)


def render_dataset_pages(dataset: Dataset, *, title: str = "Records") -> dict[str, str]:
    """Render every page of a dataset's records, by path relative to where the pages go.

    The keys are the pages that lead to the records
    (:func:`~newsmodel.render.overview.render_overview_pages`: ``index.md``,
    ``who-accused-whom.md``, ``stories/SLUG.md`` and ``KIND_FOLDER/index.md``)
    and one ``KIND_FOLDER/ID.md`` per record (:func:`record_page`).  Pages
    link to each other with relative links, so the set can be put under any
    folder of a site.
    """
    pages = render_overview_pages(dataset, title=title)
    for _kind, records in record_groups(dataset):
        for record in records:
            pages[record_page(record)] = render_record(record, dataset)
    return pages
