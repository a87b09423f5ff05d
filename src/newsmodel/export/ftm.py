"""FollowTheMoney entities, as JSON Lines: for Aleph, OpenSanctions tools and ``ftm`` itself.

Each record becomes one entity, and its links become entities of FtM's
relation schemata:

- an actor is a ``Person``, ``PublicBody``, ``Organization``, ``Company`` or
  ``LegalEntity``, read from its kind's ``ftm`` code in
  :class:`~newsmodel.vocab.ActorKind`; its ``part_of``, ``members``,
  ``roles`` and ``relations`` become ``Membership``, ``Employment``,
  ``Directorship``, ``Representation``, ``Ownership``, ``Succession``,
  ``Family`` or, where FtM has no closer schema or the two ends do not fit
  its ranges, ``UnknownLink`` with the tie as its role;
- a report is an ``Article`` (or the schema its kind's ``ftm`` code names,
  else a ``Document``), a document a ``Document`` (or its kind's schema), and
  every record a report carries is linked to it by a ``Documentation``;
- an allegation, a response and an event are each an ``Event``, and every
  actor in it is ``involved`` and linked by an ``UnknownLink`` whose role
  says how (``accuser``, ``accused``, ``victim``, ``responder``, a
  participant's role); a response is linked the same way to what it answers;
- a proceeding is a ``CourtCase`` with a ``CourtCaseParty`` per party;
- a place is an ``Address``.

FtM's ``add()`` cleans each value and silently drops or shortens what it
cannot hold (an EDTF interval becomes its first day, ``2023-06~`` loses its
``~``).  :func:`write` cleans every value itself first, and reports each
value dropped or changed in :attr:`~newsmodel.export.Exported.losses`, with
every non-empty field that has no FtM property at all (:data:`HOMES` lists
the fields that have one).

Risk topics (``topics``) are never set: an allegation is a claim, and
OpenSanctions reads news-derived accusations as adverse media, not as a
sanction, a crime or a listing.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from newsmodel.dataset import Dataset
from newsmodel.dates import PartialDate, _ends
from newsmodel.export import Exported, require
from newsmodel.model import (
    Actor,
    Allegation,
    Answer,
    Citation,
    Document,
    Event,
    Place,
    Proceeding,
    Record,
    Report,
    Response,
    _model_types,
)
from newsmodel.vocab import RelationKind, RoleKind, Term

__all__ = ["HOMES", "entities", "lost_fields", "write"]

#: Every field of the model that has a home in FtM, as ``Class.field``, with where it goes.
#: Fields of the model not listed here have none: their values are reported as losses.
HOMES: Mapping[str, str] = MappingProxyType(
    {
        # Actors
        "Actor.id": "the entity id",
        "Actor.name": "name",
        "Actor.kind": "the schema (its ftm code), and classification",
        "Actor.aliases": "alias",
        "Actor.country": "country",
        "Actor.born": "birthDate (a Person's only)",
        "Actor.description": "description",
        "Actor.notes": "notes",
        "Actor.identifiers": "wikidataId, leiCode, website, ricCode (a Company's)",
        "Actor.part_of": "Membership (member, organization), else UnknownLink",
        "Actor.members": "Membership (member, organization), else UnknownLink",
        "Actor.roles": "Employment, Directorship, Representation, Ownership, Membership",
        "Actor.relations": "the schema of the kind's ftm code, else UnknownLink",
        "Role.title": "role; a Person's position when the role is of no actor",
        "Role.kind": "the schema (employee, head, lawyer, owner...)",
        "Role.of": "the link's other end",
        "Role.period": "startDate and endDate",
        "Role.notes": "description",
        "Relation.kind": "the schema, or UnknownLink's role",
        "Relation.actor": "the link's other end",
        "Relation.period": "startDate and endDate",
        "Relation.citations": "proof (the reports)",
        "Relation.words": "summary, and a Family's relationship",
        "Relation.notes": "description",
        # Reports and documents
        "Report.id": "the entity id",
        "Report.kind": "the schema (its ftm code, else Document)",
        "Report.title": "title",
        "Report.publisher": "publisher (the outlet's name)",
        "Report.url": "sourceUrl",
        "Report.published": "publishedAt",
        "Report.updated": "modifiedAt",
        "Report.language": "language",
        "Report.authors": "author, and a Documentation for an author who is an actor",
        "Report.labels": "keywords",
        "Report.dateline": "addressEntity (an Address)",
        "Report.body": "bodyText",
        "Report.retrieved": "retrievedAt",
        "Report.mentions": "Documentation (role mentions)",
        "Report.notes": "notes",
        "Author.name": "author",
        "Author.role": "the Documentation's role",
        "Author.actor": "Documentation (entity)",
        "Mentions.actors": "Documentation (role mentions)",
        "Mentions.documents": "Documentation (role mentions)",
        "Mentions.places": "Documentation of an Address (role mentions)",
        "Document.id": "the entity id",
        "Document.kind": "the schema (its ftm code, else Document)",
        "Document.title": "title",
        "Document.authors": "author, and a Documentation (role author)",
        "Document.published": "publishedAt",
        "Document.url": "sourceUrl",
        "Document.language": "language",
        "Document.recipients": "Documentation (role recipient)",
        "Document.cites": "Documentation (role cites)",
        "Document.citations": "Documentation from each report",
        "Document.notes": "notes",
        "Citation.report": "Documentation (document)",
        # Allegations, responses, events
        "Allegation.id": "the entity id (an Event)",
        "Allegation.accusers": "involved, and UnknownLink (role accuser)",
        "Allegation.accused": "involved, and UnknownLink (role accused)",
        "Allegation.subject": "description",
        "Allegation.summary": "name and summary",
        "Allegation.categories": "keywords",
        "Allegation.conduct": "keywords",
        "Allegation.occurred": "date, or startDate and endDate",
        "Allegation.places": "addressEntity and location",
        "Allegation.victims": "involved, and UnknownLink (role victim)",
        "Allegation.evidence": "UnknownLink (role evidence)",
        "Allegation.raised_in": "UnknownLink (role counter_allegation)",
        "Allegation.citations": "Documentation from each report",
        "Allegation.notes": "notes",
        "Response.id": "the entity id (an Event)",
        "Response.responders": "involved, and UnknownLink (role responder)",
        "Response.on_behalf_of": "involved, and UnknownLink (role on_behalf_of)",
        "Response.answers": "UnknownLink (role answers, with the stance)",
        "Response.stances": "keywords",
        "Response.date": "date, or startDate and endDate",
        "Response.venues": "UnknownLink (role venue)",
        "Response.places": "addressEntity and location",
        "Response.delivered_by": "involved, and UnknownLink (role delivered_by)",
        "Response.documents": "UnknownLink (role made_in)",
        "Response.summary": "name and summary",
        "Response.citations": "Documentation from each report",
        "Response.notes": "notes",
        "Answer.allegation": "the answered end of the UnknownLink",
        "Answer.response": "the answered end of the UnknownLink",
        "Answer.document": "the answered end of the UnknownLink",
        "Answer.event": "the answered end of the UnknownLink",
        "Answer.report": "the answered end of the UnknownLink",
        "Answer.proceeding": "the answered end of the UnknownLink",
        "Answer.stance": "the UnknownLink's status",
        "Event.id": "the entity id",
        "Event.kind": "keywords",
        "Event.summary": "name and summary",
        "Event.date": "date, or startDate and endDate",
        "Event.places": "addressEntity and location",
        "Event.participants": "involved, and UnknownLink (role: the participant's)",
        "Event.allegations": "UnknownLink (role relates_to)",
        "Event.citations": "Documentation from each report",
        "Event.notes": "notes",
        "Participant.actor": "involved, and the UnknownLink's subject",
        "Participant.role": "the UnknownLink's role",
        "Participant.notes": "the UnknownLink's description",
        # Proceedings
        "Proceeding.id": "the entity id (a CourtCase)",
        "Proceeding.kind": "type",
        "Proceeding.title": "name",
        "Proceeding.forum": "court (the forum's name)",
        "Proceeding.case_numbers": "caseNumber",
        "Proceeding.allegations": "UnknownLink (role examines)",
        "Proceeding.parties": "CourtCaseParty",
        "Proceeding.period": "fileDate and closeDate",
        "Proceeding.summary": "summary",
        "Proceeding.citations": "Documentation from each report",
        "Proceeding.notes": "notes",
        "Party.actor": "CourtCaseParty (party)",
        "Party.role": "CourtCaseParty (role)",
        "Party.notes": "CourtCaseParty (description)",
        # Places
        "Place.name": "Address full",
        "Place.country": "Address country",
        "Place.admin_area": "Address region",
        "Place.latitude": "Address latitude",
        "Place.longitude": "Address longitude",
        "Place.notes": "Address notes",
    }
)


def lost_fields() -> tuple[str, ...]:
    """Every field of the model with no home in FtM, as ``Class.field``, in model order."""
    return tuple(
        f"{cls.__name__}.{field.name}"
        for cls in _model_types()[1:]  # not Bundle: the file, not a record
        for field in attrs.fields(cls)
        if f"{cls.__name__}.{field.name}" not in HOMES
    )


# Where an identifier of an actor goes, by scheme.
_IDENTIFIER_PROPERTIES = {
    "wikidata": "wikidataId",
    "lei": "leiCode",
    "website": "website",
    "ric": "ricCode",
}

# A role's kind to the FtM schema of the tie, and its two ends: (schema, holder, other).
_ROLE_SCHEMATA: dict[RoleKind, tuple[str, str, str]] = {
    RoleKind.EMPLOYEE: ("Employment", "employee", "employer"),
    RoleKind.HEAD: ("Directorship", "director", "organization"),
    RoleKind.DEPUTY: ("Directorship", "director", "organization"),
    RoleKind.LAWYER: ("Representation", "agent", "client"),
    RoleKind.SPOKESPERSON: ("Representation", "agent", "client"),
    RoleKind.OWNER: ("Ownership", "owner", "asset"),
}
_MEMBERSHIP = ("Membership", "member", "organization")

# A relation schema's two ends, read "this actor <kind> the other": (this, other).
_RELATION_ENDS: dict[str, tuple[str, str]] = {
    "Membership": ("member", "organization"),
    "Representation": ("agent", "client"),
    "UnknownLink": ("subject", "object"),
    "Ownership": ("asset", "owner"),
    "Employment": ("employee", "employer"),
    "Succession": ("successor", "predecessor"),
    "Family": ("person", "relative"),
}

# Property types whose cleaning re-encodes a value without losing it (en -> eng).
_RECODED_TYPES = frozenset({"language", "country", "url"})

# FtM's longest name; an event's summary, kept whole in summary, is cut to it as its name.
_NAME_LENGTH = 380


class _Builder:
    """Builds the entities of one dataset, and notes every value FtM could not hold."""

    def __init__(self, dataset: Dataset) -> None:
        self.dataset = dataset
        self.ftm = require("followthemoney", "ftm")
        self.model = self.ftm.model
        self.entities: dict[str, Any] = {}
        self.losses: list[str] = []
        self.schemata: dict[str, str] = {}
        for record in dataset:
            self.schemata[record.id] = self._schema_of(record)

    # -- entities and values ---------------------------------------------------

    def _schema_of(self, record: Record) -> str:
        if isinstance(record, Actor):
            return record.kind.codes.get("ftm", "LegalEntity")
        if isinstance(record, Report | Document):
            return _document_schema(self.model, record.kind)
        if isinstance(record, Proceeding):
            return "CourtCase"
        return "Event"

    def entity(self, schema: str, entity_id: str) -> Any:
        """Return the entity ``entity_id``, made with ``schema`` the first time."""
        proxy = self.entities.get(entity_id)
        if proxy is None:
            proxy = self.model.make_entity(schema)
            proxy.id = entity_id
            self.entities[entity_id] = proxy
        return proxy

    def put(self, proxy: Any, prop_name: str, value: Any, where: str) -> None:
        """Add ``value`` to ``prop_name``, noting in losses anything FtM drops or changes."""
        if value is None or value in ("", ()):
            return
        prop = proxy.schema.get(prop_name)
        if prop is None:
            self.losses.append(f"{where}: {proxy.schema.name} has no property {prop_name}")
            return
        text = _text(value)
        cleaned = prop.type.clean_text(text, proxy=proxy)
        added = None if cleaned is None else proxy.unsafe_add(prop, cleaned, cleaned=True)
        if added is None:
            self.losses.append(f"{where}: FollowTheMoney drops {text!r} ({prop.type.name})")
        elif added != text and prop.type.name not in _RECODED_TYPES:
            self.losses.append(
                f"{where}: FollowTheMoney keeps {text!r} as {added!r} ({prop.type.name})"
            )

    def put_date(
        self, proxy: Any, date: PartialDate | None, where: str, single: str, ends: tuple[str, str]
    ) -> None:
        """Add a date: an interval to its two ``ends`` where the schema has them."""
        if date is None:
            return
        both = _ends(date.text)
        if both is not None and proxy.schema.get(ends[0]) is not None:
            start, end = both
            if start not in ("", ".."):
                self.put(proxy, ends[0], start, where)
            if end not in ("", ".."):
                self.put(proxy, ends[1], end, where)
            return
        self.put(proxy, single, date.text, where)

    def link(
        self,
        preferred: tuple[str, str, str],
        source: str,
        target: str,
        role: str,
        where: str,
        *,
        notes: str | None = None,
    ) -> Any:
        """Link ``source`` to ``target`` with ``preferred`` (schema, source's end, target's end).

        Falls back to an ``UnknownLink`` with ``role`` where either end is no
        record, or is not of the schema's range.
        """
        schema_name, source_end, target_end = preferred
        schema = self.model.get(schema_name)
        ends = ((source_end, source), (target_end, target))
        if not all(self._fits(schema, end, entity_id) for end, entity_id in ends):
            schema, source_end, target_end = self.model.get("UnknownLink"), "subject", "object"
        proxy = self.entity(schema.name, _link_id(schema.name, source, role, target))
        self.put(proxy, source_end, source, where)
        self.put(proxy, target_end, target, where)
        if schema.get("role") is not None:
            self.put(proxy, "role", role, where)
        elif schema.get("relationship") is not None:
            self.put(proxy, "relationship", role, where)
        self.put(proxy, "description", notes, where)
        return proxy

    def _fits(self, schema: Any, end: str, entity_id: str) -> bool:
        target = self.schemata.get(entity_id) or (
            self.entities[entity_id].schema.name if entity_id in self.entities else None
        )
        prop = schema.get(end)
        return target is not None and prop is not None and self.model.get(target).is_a(prop.range)

    def address(self, place: Place, where: str) -> str:
        """Return the id of the ``Address`` entity for ``place``, made the first time."""
        key = json.dumps(attrs.asdict(place), sort_keys=True, default=str)
        entity_id = _link_id("Address", key)
        if entity_id in self.entities:
            return entity_id
        proxy = self.entity("Address", entity_id)
        self.put(proxy, "full", place.name, f"{where}.name")
        self.put(proxy, "country", place.country, f"{where}.country")
        self.put(proxy, "region", place.admin_area, f"{where}.admin_area")
        self.put(proxy, "latitude", place.latitude, f"{where}.latitude")
        self.put(proxy, "longitude", place.longitude, f"{where}.longitude")
        self.put(proxy, "notes", place.notes, f"{where}.notes")
        return str(proxy.id)

    def places(self, proxy: Any, places: Iterable[Place], where: str) -> None:
        for n, place in enumerate(places):
            self.put(proxy, "addressEntity", self.address(place, f"{where}[{n}]"), where)
            if proxy.schema.get("location") is not None:
                self.put(proxy, "location", _place_text(place), where)

    def name_of(self, actor_id: str) -> str:
        actor = self.dataset.get(actor_id, Actor)
        return actor.name if actor is not None else actor_id

    def documented(self, document: str, entity_id: str, role: str, where: str) -> None:
        """Link a document or report to an entity with a ``Documentation``."""
        proxy = self.entity("Documentation", _link_id("Documentation", document, role, entity_id))
        self.put(proxy, "document", document, where)
        self.put(proxy, "entity", entity_id, where)
        self.put(proxy, "role", role, where)

    def cited(self, record_id: str, citations: Iterable[Citation], where: str) -> None:
        for n, citation in enumerate(citations):
            self.documented(citation.report, record_id, "cites", f"{where}[{n}].report")

    # -- records ---------------------------------------------------------------

    def actor(self, actor: Actor) -> None:
        where = f"Actor {actor.id}"
        proxy = self.entity(self.schemata[actor.id], actor.id)
        self.put(proxy, "name", actor.name, f"{where}.name")
        self.put(proxy, "classification", actor.kind.term, f"{where}.kind")
        for alias in actor.aliases:
            self.put(proxy, "alias", alias, f"{where}.aliases")
        self.put(proxy, "country", actor.country, f"{where}.country")
        if actor.born is not None:
            self.put(proxy, "birthDate", actor.born.text, f"{where}.born")
        self.put(proxy, "description", actor.description, f"{where}.description")
        self.put(proxy, "notes", actor.notes, f"{where}.notes")
        for scheme, value in actor.identifiers.items():
            prop = _IDENTIFIER_PROPERTIES.get(str(scheme))
            if prop is None:
                self.losses.append(
                    f"{where}.identifiers.{scheme}: FollowTheMoney has no property for it"
                )
            else:
                self.put(proxy, prop, value, f"{where}.identifiers.{scheme}")
        if actor.part_of is not None:
            self.link(_MEMBERSHIP, actor.id, actor.part_of, "part_of", f"{where}.part_of")
        for member in actor.members:
            self.link(_MEMBERSHIP, member, actor.id, "member_of", f"{where}.members")
        for n, role in enumerate(actor.roles):
            at = f"{where}.roles[{n}]"
            if role.of is None:
                self.put(proxy, "position", role.title, f"{at}.title")
                continue
            preferred = _ROLE_SCHEMATA.get(role.kind, _MEMBERSHIP) if role.kind else _MEMBERSHIP
            tie = self.link(preferred, actor.id, role.of, role.title, at, notes=role.notes)
            self.put_date(tie, role.period, f"{at}.period", "date", ("startDate", "endDate"))
        for n, relation in enumerate(actor.relations):
            self.relation(actor, n, relation)

    def relation(self, actor: Actor, n: int, relation: Any) -> None:
        at = f"Actor {actor.id}.relations[{n}]"
        kind: RelationKind = relation.kind
        schema = kind.codes.get("ftm", "UnknownLink")
        this, other = _RELATION_ENDS[schema]
        tie = self.link((schema, this, other), actor.id, relation.actor, kind.term, at)
        if tie.schema.name == "Family" and relation.words:  # how: wife, nephew
            tie.set("relationship", [])
            self.put(tie, "relationship", relation.words, f"{at}.words")
        self.put(tie, "summary", relation.words, f"{at}.words")
        self.put(tie, "description", relation.notes, f"{at}.notes")
        self.put_date(tie, relation.period, f"{at}.period", "date", ("startDate", "endDate"))
        for citation in relation.citations:
            self.put(tie, "proof", citation.report, f"{at}.citations")

    def document(self, record: Report | Document) -> None:
        kind = "Report" if isinstance(record, Report) else "Document"
        where = f"{kind} {record.id}"
        proxy = self.entity(self.schemata[record.id], record.id)
        if "fileName" in proxy.schema.required:  # a Document is a file to FtM: name it
            self.put(proxy, "fileName", record.id, f"{where}.id")
        self.put(proxy, "title", record.title, f"{where}.title")
        self.put(proxy, "sourceUrl", record.url, f"{where}.url")
        if record.published is not None:
            self.put(proxy, "publishedAt", record.published.text, f"{where}.published")
        self.put(proxy, "language", record.language, f"{where}.language")
        self.put(proxy, "notes", record.notes, f"{where}.notes")
        if isinstance(record, Report):
            self.report(proxy, record, where)
            return
        for actor in record.authors:
            self.put(proxy, "author", self.name_of(actor), f"{where}.authors")
            self.documented(record.id, actor, "author", f"{where}.authors")
        for actor in record.recipients:
            self.documented(record.id, actor, "recipient", f"{where}.recipients")
        for document in record.cites:
            self.documented(record.id, document, "cites", f"{where}.cites")
        self.cited(record.id, record.citations, f"{where}.citations")

    def report(self, proxy: Any, report: Report, where: str) -> None:
        if report.publisher is not None:
            self.put(proxy, "publisher", self.name_of(report.publisher), f"{where}.publisher")
        if report.updated is not None:
            self.put(proxy, "modifiedAt", report.updated.text, f"{where}.updated")
        if report.retrieved is not None:
            self.put(proxy, "retrievedAt", report.retrieved.text, f"{where}.retrieved")
        self.put(proxy, "bodyText", report.body, f"{where}.body")
        for label in report.labels:
            self.put(proxy, "keywords", label, f"{where}.labels")
        for n, author in enumerate(report.authors):
            self.put(proxy, "author", author.name, f"{where}.authors[{n}].name")
            if author.actor is not None:
                self.documented(report.id, author.actor, author.role.term, f"{where}.authors[{n}]")
        if report.dateline is not None:
            self.places(proxy, (report.dateline,), f"{where}.dateline")
        if report.mentions is not None:
            mentioned: list[str] = [*report.mentions.actors, *report.mentions.documents]
            for n, place in enumerate(report.mentions.places):
                mentioned.append(self.address(place, f"{where}.mentions.places[{n}]"))
            for entity_id in mentioned:
                self.documented(report.id, entity_id, "mentions", f"{where}.mentions")

    def event_like(self, record: Allegation | Response | Event) -> Any:
        kind = type(record).__name__
        where = f"{kind} {record.id}"
        proxy = self.entity("Event", record.id)
        self.put(proxy, "name", _caption(record.summary or f"{kind} {record.id}"), where)
        self.put(proxy, "summary", record.summary, f"{where}.summary")
        self.put(proxy, "notes", record.notes, f"{where}.notes")
        self.places(proxy, record.places, f"{where}.places")
        self.cited(record.id, record.citations, f"{where}.citations")
        for field, role in _INVOLVED.get(kind, {}).items():
            for actor in getattr(record, field):
                self.put(proxy, "involved", actor, f"{where}.{field}")
                self.link(_UNKNOWN, actor, record.id, role, f"{where}.{field}")
        return proxy

    def allegation(self, allegation: Allegation) -> None:
        where = f"Allegation {allegation.id}"
        proxy = self.event_like(allegation)
        self.put(proxy, "description", allegation.subject, f"{where}.subject")
        for term in (*allegation.categories, *allegation.conduct):
            self.put(proxy, "keywords", term.term, f"{where}.conduct")
        self.put_date(proxy, allegation.occurred, f"{where}.occurred", "date", _ENDS)
        for document in allegation.evidence:
            self.link(_UNKNOWN, document, allegation.id, "evidence", f"{where}.evidence")
        if allegation.raised_in is not None:
            self.link(
                _UNKNOWN,
                allegation.id,
                allegation.raised_in,
                "counter_allegation",
                f"{where}.raised_in",
            )

    def response(self, response: Response) -> None:
        where = f"Response {response.id}"
        proxy = self.event_like(response)
        for stance in response.stances:
            self.put(proxy, "keywords", stance.term, f"{where}.stances")
        self.put_date(proxy, response.date, f"{where}.date", "date", _ENDS)
        for venue in response.venues:
            self.link(_UNKNOWN, response.id, venue, "venue", f"{where}.venues")
        for document in response.documents:
            self.link(_UNKNOWN, response.id, document, "made_in", f"{where}.documents")
        for n, answer in enumerate(response.answers):
            self.answer(response, n, answer)

    def answer(self, response: Response, n: int, answer: Answer) -> None:
        at = f"Response {response.id}.answers[{n}]"
        answered = next(
            getattr(answer, name)
            for name in ("allegation", "response", "document", "event", "report", "proceeding")
            if getattr(answer, name) is not None
        )
        tie = self.link(_UNKNOWN, response.id, answered, "answers", at)
        stance = answer.stance or response.stances[0]
        self.put(tie, "status", stance.term, f"{at}.stance")

    def event(self, event: Event) -> None:
        where = f"Event {event.id}"
        proxy = self.event_like(event)
        self.put(proxy, "keywords", event.kind.term, f"{where}.kind")
        self.put_date(proxy, event.date, f"{where}.date", "date", _ENDS)
        for n, participant in enumerate(event.participants):
            at = f"{where}.participants[{n}]"
            self.put(proxy, "involved", participant.actor, at)
            self.link(
                _UNKNOWN,
                participant.actor,
                event.id,
                participant.role.term,
                at,
                notes=participant.notes,
            )
        for allegation in event.allegations:
            self.link(_UNKNOWN, event.id, allegation, "relates_to", f"{where}.allegations")

    def proceeding(self, proceeding: Proceeding) -> None:
        where = f"Proceeding {proceeding.id}"
        proxy = self.entity("CourtCase", proceeding.id)
        name = proceeding.title or _caption(proceeding.summary or f"Proceeding {proceeding.id}")
        self.put(proxy, "name", name, f"{where}.title")
        self.put(proxy, "type", proceeding.kind.term, f"{where}.kind")
        if proceeding.forum is not None:
            self.put(proxy, "court", self.name_of(proceeding.forum), f"{where}.forum")
        for number in proceeding.case_numbers:
            self.put(proxy, "caseNumber", number, f"{where}.case_numbers")
        self.put_date(
            proxy, proceeding.period, f"{where}.period", "fileDate", ("fileDate", "closeDate")
        )
        self.put(proxy, "summary", proceeding.summary, f"{where}.summary")
        self.put(proxy, "notes", proceeding.notes, f"{where}.notes")
        for n, party in enumerate(proceeding.parties):
            at = f"{where}.parties[{n}]"
            tie = self.entity("CourtCaseParty", _link_id("CourtCaseParty", proceeding.id, str(n)))
            self.put(tie, "party", party.actor, f"{at}.actor")
            self.put(tie, "case", proceeding.id, at)
            self.put(tie, "role", party.role.term, f"{at}.role")
            self.put(tie, "description", party.notes, f"{at}.notes")
        for allegation in proceeding.allegations:
            self.link(_UNKNOWN, proceeding.id, allegation, "examines", f"{where}.allegations")
        self.cited(proceeding.id, proceeding.citations, f"{where}.citations")

    def build(self) -> None:
        """Make every entity, then note the values of fields with no home in FtM."""
        for record in self.dataset:
            if isinstance(record, Actor):
                self.actor(record)
            elif isinstance(record, Report | Document):
                self.document(record)
            elif isinstance(record, Allegation):
                self.allegation(record)
            elif isinstance(record, Response):
                self.response(record)
            elif isinstance(record, Event):
                self.event(record)
            else:
                self.proceeding(record)
            self.losses.extend(_homeless(record, f"{type(record).__name__} {record.id}"))


_ENDS = ("startDate", "endDate")

# The actors of an allegation or a response that are involved in its Event, and their role.
_INVOLVED: dict[str, dict[str, str]] = {
    "Allegation": {"accusers": "accuser", "accused": "accused", "victims": "victim"},
    "Response": {
        "responders": "responder",
        "on_behalf_of": "on_behalf_of",
        "delivered_by": "delivered_by",
    },
}
_UNKNOWN = ("UnknownLink", "subject", "object")


def _document_schema(model: Any, kind: Term) -> str:
    """Return the schema of a report or document: its kind's code if a Document, else one."""
    code = kind.codes.get("ftm")
    if code is not None and model.get(code).is_a("Document"):
        return code
    return "Document"


def _link_id(*parts: str) -> str:
    """Return a stable id for an entity that is no record (a link, an address): a SHA-1."""
    digest = hashlib.sha1("\x1f".join(parts).encode("utf-8"), usedforsecurity=False)
    return f"nm-{digest.hexdigest()}"


def _text(value: Any) -> str:
    if isinstance(value, Term):
        return value.term
    if isinstance(value, PartialDate):
        return value.text
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def _caption(text: str) -> str:
    """``text`` as an entity's name: on one line, cut at a word where FtM's name is shorter."""
    text = " ".join(text.split())
    if len(text) <= _NAME_LENGTH:
        return text
    return text[: _NAME_LENGTH - 1].rsplit(" ", 1)[0] + "\u2026"


def _place_text(place: Place) -> str:
    return ", ".join(part for part in (place.name, place.admin_area) if part)


def _is_empty(field: attrs.Attribute[Any], value: Any) -> bool:
    if value is None or value in ((), {}):
        return True
    default: Any = field.default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        return bool(value == default.factory())
    return bool(value == default)


def _homeless(value: Any, where: str) -> Iterator[str]:
    """Lines for each non-empty value under ``value`` whose field has no home in FtM."""
    cls = type(value)
    for field in attrs.fields(cls):
        item = getattr(value, field.name)
        if _is_empty(field, item):
            continue
        name = f"{cls.__name__}.{field.name}"
        at = f"{where}.{field.name}"
        if name not in HOMES:
            yield f"{at}: FollowTheMoney has no property for it"
        elif isinstance(item, tuple):
            for n, part in enumerate(item):
                if attrs.has(type(part)) and not isinstance(part, PartialDate):
                    yield from _homeless(part, f"{at}[{n}]")
        elif attrs.has(type(item)) and not isinstance(item, PartialDate):
            yield from _homeless(item, at)


def entities(dataset: Dataset) -> tuple[list[Any], list[str]]:
    """Return the FtM entities (``EntityProxy``) of ``dataset``, and the losses, one line each."""
    builder = _Builder(dataset)
    builder.build()
    return list(builder.entities.values()), builder.losses


def write(dataset: Dataset, out: Path) -> Exported:
    """Write the entities of ``dataset`` to ``out`` as JSON Lines, one entity a line.

    ``out`` is a file, or a folder to hold ``entities.ftm.json``.
    """
    proxies, losses = entities(dataset)
    path = out / "entities.ftm.json" if out.is_dir() else out
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as stream:
        for proxy in proxies:
            stream.write(json.dumps(proxy.to_dict(), ensure_ascii=False, sort_keys=True))
            stream.write("\n")
    return Exported(files=(path,), losses=tuple(losses))
