"""The records and value types of a newsmodel dataset.

A dataset is a set of *bundles* (files).  Each bundle holds lists of six
kinds of record, each with an ``id`` unique across the whole dataset:

- :class:`Report`: a news item (the VOA article);
- :class:`Actor`: a state, ministry, force, mission, group, company or person;
- :class:`Document`: a primary source a report cites (a UN note, a statement);
- :class:`Allegation`: accusers say the accused did something wrong;
- :class:`Response`: an actor's answer to one or more allegations;
- :class:`Event`: something that happened around the allegations.

Records refer to each other by id (an :data:`Id` string), never by nesting,
so that one actor can be shared by many files.  Value types without an
identity (:class:`Place`, :class:`Count`, :class:`Quote`, :class:`Citation`,
:class:`Position`, :class:`Argument`, :class:`Participant`) are nested.

Design choices:

- **frozen**: records are facts read from files; a dataset indexes them by
  id and checks them once, and an in-place edit would silently invalidate
  both.  Use :func:`attrs.evolve` to derive a changed copy.
- **slots**: less memory per record (datasets reach millions) and no stray
  attributes.
- **kw_only**: records have many optional fields; positional construction
  would be unreadable and break whenever a field is added.
- **tuples, not lists**: immutability all the way down, so equal records
  stay equal.  Files hold lists; the converter maps between them.
- **field documentation in metadata** (``metadata["doc"]``): the JSON
  Schema, the reference docs and the validators' messages read it at run
  time, so it is written once.  Constraints that the structure pass checks
  (``min_items``, ``minimum``, ``maximum``), the kind of record a
  reference points to (``ref``) and the name of the way back (``reverse``:
  the responses to an allegation are its ``responses``, read by
  :class:`~newsmodel.index.Index`) live in the same metadata.
"""

from __future__ import annotations

from collections.abc import Mapping
from types import MappingProxyType, NoneType, UnionType
from typing import Any, TypeAlias, Union, get_args, get_origin

import attrs

from newsmodel.dates import PartialDate
from newsmodel.types import (
    CountryCode,
    FrozenDict,
    Id,
    Identifiers,
    LanguageTag,
    Url,
    scalar_type,
)
from newsmodel.vocab import (
    ActorKind,
    AllegationCategory,
    Aspect,
    Channel,
    Conduct,
    CountKind,
    DocumentKind,
    EventKind,
    EventRole,
    Identity,
    PlacePrecision,
    Qualifier,
    Stance,
    Tactic,
    Term,
    Verification,
)

__all__ = [
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "SUPPORTED_SCHEMA_VERSIONS",
    "Actor",
    "Allegation",
    "Argument",
    "Bundle",
    "Citation",
    "Count",
    "CountryCode",
    "Document",
    "Event",
    "Id",
    "LanguageTag",
    "Participant",
    "Place",
    "Position",
    "Quote",
    "Record",
    "Report",
    "Response",
    "Url",
]

#: The schema version this release writes.
SCHEMA_VERSION = 1
#: The schema versions this release reads.
SUPPORTED_SCHEMA_VERSIONS = frozenset({1})


def _meta(doc: str, **extra: Any) -> dict[str, Any]:
    """Field metadata: its documentation plus constraints read by the converter."""
    return {"doc": doc, **extra}


def _supersedes(kind: str) -> Any:
    """Return the ``supersedes`` field of a record of ``kind``: the earlier one it replaces."""
    return attrs.field(
        default=None,
        metadata=_meta(
            f"An earlier {kind} that this one replaces (a revision or correction).",
            ref=kind,
            reverse="superseded_by",
        ),
    )


def _citations() -> Any:
    """Return the ``citations`` field of a claim-like record: at least one report."""
    return attrs.field(
        metadata=_meta(
            "The reports that carry it; at least one, so nothing is untraceable.",
            min_items=1,
        )
    )


# The two shapes of field type beyond plain ones, read by the converter, the fast
# path, the dataset checks, the schema, the docs and the strategies (types resolved).


def _optional_of(type_: Any) -> Any | None:
    """Return ``X`` for the field type ``X | None``, else ``None``."""
    args = get_args(type_)
    if get_origin(type_) in (Union, UnionType) and len(args) == 2 and NoneType in args:
        return args[0] if args[1] is NoneType else args[1]
    return None


def _items_of(type_: Any) -> Any | None:
    """Return ``X`` for the field type ``tuple[X, ...]``, else ``None``."""
    args = get_args(type_)
    return args[0] if get_origin(type_) is tuple and args[1:] == (...,) else None


def _unwrapped(type_: Any) -> Any:
    """Return ``X`` for the field type ``X | None``, else the type itself."""
    inner = _optional_of(type_)
    return type_ if inner is None else inner


def _unique_items(item: Any) -> bool:
    """Whether a list of ``item`` may not repeat one: strings, ids, vocabulary terms."""
    if isinstance(item, type) and issubclass(item, Term):
        return True
    scalar = scalar_type(item)
    return scalar is not None and scalar.unique_items


# --------------------------------------------------------------------------
# Value types
# --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Place:
    """A place named in a report, with as much precision as the report allows."""

    name: str = attrs.field(metadata=_meta("The place name as the report gives it (Moura)."))
    country: CountryCode | None = attrs.field(
        default=None, metadata=_meta("ISO 3166-1 alpha-2 code of the country it lies in.")
    )
    admin_area: str | None = attrs.field(
        default=None, metadata=_meta("Region, province or district, when known (Mopti).")
    )
    latitude: float | None = attrs.field(
        default=None,
        metadata=_meta("WGS 84 latitude in degrees; give longitude too.", minimum=-90, maximum=90),
    )
    longitude: float | None = attrs.field(
        default=None,
        metadata=_meta(
            "WGS 84 longitude in degrees; give latitude too.", minimum=-180, maximum=180
        ),
    )
    geonames_id: int | None = attrs.field(
        default=None, metadata=_meta("GeoNames id of the place.", minimum=1)
    )
    precision: PlacePrecision | None = attrs.field(
        default=None, metadata=_meta("How precisely the report locates it.")
    )


@attrs.frozen(kw_only=True)
class Count:
    """A figure: how many people were killed, detained, displaced...

    Disputed figures sit side by side as several counts, each with
    ``according_to``; a revision is a new count with a later ``as_of``.
    """

    kind: CountKind = attrs.field(metadata=_meta("What is counted."))
    who: str | None = attrs.field(
        default=None, metadata=_meta("Of whom, in the report's words (civilians, children).")
    )
    low: int | None = attrs.field(default=None, metadata=_meta("The lowest estimate.", minimum=0))
    best: int | None = attrs.field(
        default=None, metadata=_meta("The best or only estimate.", minimum=0)
    )
    high: int | None = attrs.field(default=None, metadata=_meta("The highest estimate.", minimum=0))
    qualifier: Qualifier | None = attrs.field(
        default=None, metadata=_meta("How the source hedges the figure (at least, up to).")
    )
    according_to: Id | None = attrs.field(
        default=None,
        metadata=_meta("The actor who gives this figure.", ref="actor", reverse="figures_given"),
    )
    as_of: PartialDate | None = attrs.field(
        default=None, metadata=_meta("The date the figure was current, for revised figures.")
    )
    subgroups: tuple[Count, ...] = attrs.field(
        default=(),
        metadata=_meta("Parts of this figure ('including seven children')."),
    )


@attrs.frozen(kw_only=True)
class Quote:
    """Words quoted in a report, with who said them and where they stand in its text."""

    text: str = attrs.field(metadata=_meta("The words exactly as the report prints them."))
    speaker: Id | None = attrs.field(
        default=None,
        metadata=_meta("The actor who said or wrote them.", ref="actor", reverse="quoted_in"),
    )
    start: int | None = attrs.field(
        default=None,
        metadata=_meta(
            "Offset of the first character in the report's body (0-based, in characters).",
            minimum=0,
        ),
    )
    end: int | None = attrs.field(
        default=None,
        metadata=_meta(
            "Offset just past the last character in the report's body (body[start:end] == text).",
            minimum=0,
        ),
    )
    language: LanguageTag | None = attrs.field(
        default=None, metadata=_meta("Language of ``text`` when it differs from the report's.")
    )
    original_text: str | None = attrs.field(
        default=None, metadata=_meta("The words in the original language, for a translated quote.")
    )
    original_language: LanguageTag | None = attrs.field(
        default=None, metadata=_meta("Language of ``original_text``.")
    )
    disowned_in: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "A response in which the speaker disowns these words.",
            ref="response",
            reverse="disowns_quotes_in",
        ),
    )


@attrs.frozen(kw_only=True)
class Citation:
    """Where a record comes from: a report, and optionally the words it quotes."""

    report: Id = attrs.field(metadata=_meta("The report cited.", ref="report", reverse="cited_by"))
    quotes: tuple[Quote, ...] = attrs.field(
        default=(), metadata=_meta("Quotes from that report that support the record.")
    )
    locator: str | None = attrs.field(
        default=None, metadata=_meta("Where in the report (paragraph 4, the second section).")
    )


@attrs.frozen(kw_only=True)
class Position:
    """A response's stance on one aspect of an allegation.

    "We were there but did not shoot" is two positions: ``occurrence:
    acknowledgment`` and ``responsibility: denial``.
    """

    aspect: Aspect = attrs.field(metadata=_meta("The part of the allegation addressed."))
    stance: Stance = attrs.field(metadata=_meta("The stance taken on that part."))
    allegation: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "Which of the response's allegations, when it answers several.",
            ref="allegation",
            reverse="positions_in",
        ),
    )
    summary: str | None = attrs.field(default=None, metadata=_meta("What was said, in brief."))


@attrs.frozen(kw_only=True)
class Argument:
    """One argument a response makes: a tactic, and the words used for it."""

    tactic: Tactic = attrs.field(metadata=_meta("The kind of argument."))
    words: str | None = attrs.field(
        default=None, metadata=_meta('The words used, verbatim ("tangible proof").')
    )
    summary: str | None = attrs.field(
        default=None, metadata=_meta("The argument in brief, in the coder's words.")
    )
    actors: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Actors the argument names: who is blamed, or invoked (official Russian trainers).",
            ref="actor",
            reverse="named_in_arguments",
        ),
    )


@attrs.frozen(kw_only=True)
class Participant:
    """An actor taking part in an event, and its role."""

    actor: Id = attrs.field(metadata=_meta("The actor.", ref="actor", reverse="events"))
    role: EventRole = attrs.field(metadata=_meta("What part it played."))


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Report:
    """A news item: the article, broadcast or post that the records are coded from."""

    id: Id = attrs.field(metadata=_meta("Unique id of the report."))
    title: str = attrs.field(metadata=_meta("The headline."))
    publisher: Id | None = attrs.field(
        default=None,
        metadata=_meta("The media outlet that published it.", ref="actor", reverse="published"),
    )
    url: Url | None = attrs.field(default=None, metadata=_meta("Where it was published."))
    published: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When it was published; a date-time with zone where known.")
    )
    updated: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When it was last updated or corrected.")
    )
    language: LanguageTag | None = attrs.field(
        default=None, metadata=_meta("BCP 47 tag of the language it is written in.")
    )
    authors: tuple[str, ...] = attrs.field(default=(), metadata=_meta("Bylines, as printed."))
    dateline: Place | None = attrs.field(
        default=None, metadata=_meta("The place the report was filed from.")
    )
    body: str | None = attrs.field(
        default=None, metadata=_meta("The full text, to check quote offsets against.")
    )
    retrieved: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the coder retrieved the text.")
    )
    supersedes: Id | None = _supersedes("report")


@attrs.frozen(kw_only=True)
class Actor:
    """A state, organization, group or person that accuses, is accused, responds or acts."""

    id: Id = attrs.field(metadata=_meta("Unique id of the actor."))
    name: str = attrs.field(metadata=_meta("The name used in reporting (Mali's foreign ministry)."))
    kind: ActorKind = attrs.field(metadata=_meta("What sort of actor it is."))
    identity: Identity = attrs.field(
        default=Identity.NAMED,
        metadata=_meta("Whether the report names it, or keeps it unnamed or anonymous."),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("Other names and spellings (MINUSMA).")
    )
    country: CountryCode | None = attrs.field(
        default=None, metadata=_meta("ISO 3166-1 alpha-2 code of its country, if it has one.")
    )
    part_of: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The actor it belongs to: ministry in government, government in state.",
            ref="actor",
            reverse="parts",
        ),
    )
    identifiers: Identifiers = attrs.field(
        factory=FrozenDict,
        converter=FrozenDict,
        metadata=_meta("Ids in external registries, by scheme (wikidata: Q912)."),
    )
    description: str | None = attrs.field(
        default=None, metadata=_meta("A sentence on who it is, for readers.")
    )


@attrs.frozen(kw_only=True)
class Document:
    """A primary source that a report cites: a UN note, a statement, a post, a ruling."""

    id: Id = attrs.field(metadata=_meta("Unique id of the document."))
    kind: DocumentKind = attrs.field(metadata=_meta("What sort of document it is."))
    title: str | None = attrs.field(default=None, metadata=_meta("Its title, if it has one."))
    author: Id | None = attrs.field(
        default=None, metadata=_meta("The actor who issued it.", ref="actor", reverse="issued")
    )
    published: PartialDate | None = attrs.field(default=None, metadata=_meta("When it was issued."))
    period: PartialDate | None = attrs.field(
        default=None, metadata=_meta("The period it covers (2022-04-01/2022-06-30).")
    )
    url: Url | None = attrs.field(default=None, metadata=_meta("Where it can be read."))
    language: LanguageTag | None = attrs.field(
        default=None, metadata=_meta("BCP 47 tag of its language.")
    )
    pages: int | None = attrs.field(default=None, metadata=_meta("Its length in pages.", minimum=1))
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=_meta("Reports that cite or describe it.")
    )
    supersedes: Id | None = _supersedes("document")


@attrs.frozen(kw_only=True)
class Allegation:
    """Accusers say that the accused did something wrong.

    An allegation records the claim, not the fact: ``status`` says how far it
    has been established, and is ``unverified`` unless stated.
    """

    id: Id = attrs.field(metadata=_meta("Unique id of the allegation."))
    accusers: tuple[Id, ...] = attrs.field(
        metadata=_meta(
            "Who makes the accusation.", ref="actor", reverse="allegations_by", min_items=1
        )
    )
    accused: tuple[Id, ...] = attrs.field(
        metadata=_meta("Who is accused.", ref="actor", reverse="allegations_against", min_items=1)
    )
    summary: str = attrs.field(metadata=_meta("What is alleged, in one or two sentences."))
    categories: tuple[AllegationCategory, ...] = attrs.field(
        default=(), metadata=_meta("Broad classes of wrongdoing (CAMEO 112x).")
    )
    conduct: tuple[Conduct, ...] = attrs.field(
        default=(), metadata=_meta("The specific acts alleged.")
    )
    made: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the accusation was made.")
    )
    occurred: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the alleged conduct took place.")
    )
    places: tuple[Place, ...] = attrs.field(
        default=(), metadata=_meta("Where the alleged conduct took place.")
    )
    victims: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Actors harmed (a group of people).", ref="actor", reverse="victim_in"),
    )
    counts: tuple[Count, ...] = attrs.field(
        default=(), metadata=_meta("Figures: killed, injured, detained...")
    )
    evidence: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Documents that make or support the accusation.", ref="document", reverse="evidence_for"
        ),
    )
    status: Verification = attrs.field(
        default=Verification.UNVERIFIED, metadata=_meta("How far the conduct is established.")
    )
    raised_in: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The response that made this allegation, when it is a counter-accusation.",
            ref="response",
            reverse="counter_allegations",
        ),
    )
    supersedes: Id | None = _supersedes("allegation")
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Response:
    """How an actor answered one or more allegations, including by silence."""

    id: Id = attrs.field(metadata=_meta("Unique id of the response."))
    responder: Id = attrs.field(
        metadata=_meta("Who responds.", ref="actor", reverse="responses_by")
    )
    allegations: tuple[Id, ...] = attrs.field(
        metadata=_meta(
            "The allegations it answers.", ref="allegation", reverse="responses", min_items=1
        )
    )
    stance: Stance = attrs.field(metadata=_meta("The overall stance taken."))
    positions: tuple[Position, ...] = attrs.field(
        default=(), metadata=_meta("Stances on single aspects, where they differ.")
    )
    arguments: tuple[Argument, ...] = attrs.field(
        default=(), metadata=_meta("Arguments made for the stance.")
    )
    date: PartialDate | None = attrs.field(default=None, metadata=_meta("When it was made."))
    channel: Channel | None = attrs.field(default=None, metadata=_meta("How it was delivered."))
    document: Id | None = attrs.field(
        default=None,
        metadata=_meta("The document it was made in.", ref="document", reverse="responses_in"),
    )
    summary: str | None = attrs.field(default=None, metadata=_meta("What was said, in brief."))
    retracts: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "An earlier response of the same responder it withdraws.",
            ref="response",
            reverse="retracted_by",
        ),
    )
    supersedes: Id | None = _supersedes("response")
    citations: tuple[Citation, ...] = _citations()


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened around the allegations: an arrest, an expulsion, a ruling."""

    id: Id = attrs.field(metadata=_meta("Unique id of the event."))
    kind: EventKind = attrs.field(metadata=_meta("What happened."))
    summary: str = attrs.field(metadata=_meta("What happened, in one or two sentences."))
    date: PartialDate | None = attrs.field(default=None, metadata=_meta("When it happened."))
    places: tuple[Place, ...] = attrs.field(default=(), metadata=_meta("Where it happened."))
    participants: tuple[Participant, ...] = attrs.field(
        default=(), metadata=_meta("Who took part, and how.")
    )
    allegations: tuple[Id, ...] = attrs.field(
        default=(), metadata=_meta("Allegations it relates to.", ref="allegation", reverse="events")
    )
    counts: tuple[Count, ...] = attrs.field(default=(), metadata=_meta("Figures."))
    supersedes: Id | None = _supersedes("event")
    citations: tuple[Citation, ...] = _citations()


Record: TypeAlias = Report | Actor | Document | Allegation | Response | Event
"""Any of the six record classes."""

#: Record classes by the kind name used in references and JSON Lines, in file order.
#: The bundle field holding a kind is its name plus "s" (``actor`` -> ``actors``).
RECORD_TYPES: Mapping[str, type[Record]] = MappingProxyType(
    {
        "report": Report,
        "actor": Actor,
        "document": Document,
        "allegation": Allegation,
        "response": Response,
        "event": Event,
    }
)


@attrs.frozen(kw_only=True)
class Bundle:
    """The content of one file: a schema version and lists of records."""

    schema_version: int = attrs.field(
        metadata=_meta(
            f"The newsmodel schema version of the file; this release writes {SCHEMA_VERSION}."
        )
    )
    reports: tuple[Report, ...] = attrs.field(default=(), metadata=_meta("News reports."))
    actors: tuple[Actor, ...] = attrs.field(default=(), metadata=_meta("Actors."))
    documents: tuple[Document, ...] = attrs.field(default=(), metadata=_meta("Source documents."))
    allegations: tuple[Allegation, ...] = attrs.field(default=(), metadata=_meta("Allegations."))
    responses: tuple[Response, ...] = attrs.field(default=(), metadata=_meta("Responses."))
    events: tuple[Event, ...] = attrs.field(default=(), metadata=_meta("Events."))

    def records(self) -> tuple[Record, ...]:
        """Every record of the bundle, in file order, reports first."""
        return (
            *self.reports,
            *self.actors,
            *self.documents,
            *self.allegations,
            *self.responses,
            *self.events,
        )


def _model_types() -> tuple[type, ...]:
    """Return every attrs class of a bundle file: :class:`Bundle`, records, then value types.

    Value types come in the order the fields first name them (records' fields in
    declaration order, then theirs), so a new value type is found without a list.
    """
    found: list[type] = [Bundle, *RECORD_TYPES.values()]
    for cls in found:  # grows as value types are found
        attrs.resolve_types(cls)
        for field in attrs.fields(cls):
            inner = _unwrapped(field.type)
            inner = _items_of(inner) or inner
            if attrs.has(inner) and inner is not PartialDate and inner not in found:
                found.append(inner)
    return tuple(found)
