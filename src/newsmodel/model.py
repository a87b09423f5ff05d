"""The records and value types of a newsmodel dataset (schema version 2).

A dataset is a set of *bundles* (files).  Each bundle holds lists of seven
kinds of record, each with an ``id`` unique across the whole dataset:

- :class:`Report`: a news item or other source (the VOA article, a post);
- :class:`Actor`: a state, ministry, force, mission, group, company or person;
- :class:`Document`: a primary source a report cites (a UN note, a ruling);
- :class:`Allegation`: accusers say the accused did something wrong;
- :class:`Response`: actors' answer to allegations or to any other record;
- :class:`Event`: something that happened around the allegations;
- :class:`Proceeding`: a case, tribunal or inquiry, with its dated steps.

Records refer to each other by id (an :data:`Id` string), never by nesting,
so that one actor can be shared by many files.  Value types without an
identity (places, counts, quantities, quotes, citations, roles, relations,
steps, sanctions...) are nested.  A few general mechanisms carry what real
reporting says: a :class:`Count` or :class:`Quantity` may be the source's
words; every record has ``variants`` (values sources give differently) and
``notes`` (and a term ``other`` asks for a note saying what it stands for).

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

import functools
from collections.abc import Callable, Iterable, Mapping
from types import MappingProxyType, NoneType, UnionType
from typing import Any, TypeAlias, Union, get_args, get_origin

import attrs

from newsmodel._codecache import attrs_methods
from newsmodel.dates import PartialDate
from newsmodel.types import (
    Amount,
    CountryCode,
    Currency,
    Duration,
    FrozenDict,
    Id,
    Identifiers,
    LanguageTag,
    Url,
    Value,
    scalar_type,
)
from newsmodel.vocab import (
    Access,
    ActorKind,
    AllegationCategory,
    Aspect,
    AuthorRole,
    Benchmark,
    Channel,
    Conduct,
    CountKind,
    Demand,
    DocumentKind,
    EventKind,
    EventRole,
    Hedge,
    Identity,
    Involvement,
    LegalQualification,
    MistakeKind,
    Outcome,
    PartyRole,
    PlacePrecision,
    ProceedingKind,
    Qualifier,
    RelationKind,
    ReportKind,
    ReportRelation,
    RoleKind,
    SanctionKind,
    SanctionStatus,
    Stance,
    StandardOfProof,
    StepKind,
    Tactic,
    Term,
    TimeRelation,
    TraitKind,
    Unit,
    Verification,
    VoteChoice,
)

__all__ = [
    "RECORD_TYPES",
    "SCHEMA_VERSION",
    "SUPPORTED_SCHEMA_VERSIONS",
    "Act",
    "Actor",
    "Allegation",
    "Answer",
    "Argument",
    "Author",
    "Bundle",
    "Call",
    "Charge",
    "Citation",
    "CommentRequest",
    "Copy",
    "Count",
    "CountryCode",
    "Document",
    "Event",
    "Id",
    "LanguageTag",
    "Mentions",
    "Mistake",
    "Participant",
    "Party",
    "Place",
    "Position",
    "Proceeding",
    "Qualification",
    "Quantity",
    "Quote",
    "Record",
    "Relation",
    "Report",
    "Response",
    "Result",
    "Role",
    "Sanction",
    "Source",
    "StatusChange",
    "Step",
    "Tally",
    "Timing",
    "Trait",
    "Unnamed",
    "Url",
    "Variant",
    "Vote",
]

# The code of the methods attrs writes for the classes below is kept between runs
# (compiling it took a quarter of the command's start-up); closed after the last class.
_ATTRS_METHODS = attrs_methods(__name__)

#: The schema version this release writes.
SCHEMA_VERSION = 2
#: The schema versions this release reads; a version-1 file is upgraded as it is read
#: (:mod:`newsmodel.upgrade`).
SUPPORTED_SCHEMA_VERSIONS = frozenset({1, 2})


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


def _kept_by_type(question: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Keep the answers of ``question`` by field type.

    Each field type is asked about again and again, by every reader of the model as
    it starts (the fast path, the rules, the checker).  An unhashable type, never a
    field's, is answered afresh each time.
    """
    kept = functools.cache(question)

    def ask(type_: Any) -> Any:
        try:
            return kept(type_)
        except TypeError:  # unhashable
            return question(type_)

    functools.update_wrapper(ask, question)
    return ask


@_kept_by_type
def _optional_of(type_: Any) -> Any | None:
    """Return ``X`` for the field type ``X | None``, else ``None``."""
    args = get_args(type_)
    if get_origin(type_) in (Union, UnionType) and len(args) == 2 and NoneType in args:
        return args[0] if args[1] is NoneType else args[1]
    return None


@_kept_by_type
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


def _notes() -> Any:
    """Return the ``notes`` field that every record and coded value has."""
    return attrs.field(
        default=None,
        metadata=_meta(
            "The coder's notes: what a term 'other' stands for, in the source's words, and "
            "anything the fields cannot hold."
        ),
    )


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
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Count:
    """A figure of people or incidents: how many were killed, detained, displaced...

    A source's words stand in for a number it does not give ("dozens",
    "an as yet unknown number"); ``low`` and ``high`` are given only where
    the source implies them.  Disputed figures sit side by side as several
    counts, each with ``according_to``; a revision is a new count with a
    later ``as_of``.
    """

    kind: CountKind = attrs.field(metadata=_meta("What is counted."))
    who: str | None = attrs.field(
        default=None, metadata=_meta("Of whom, in the report's words (civilians, children).")
    )
    words: str | None = attrs.field(
        default=None,
        metadata=_meta(
            'The figure in the source\'s words ("dozens", "hundreds, if not thousands").'
        ),
    )
    low: int | None = attrs.field(default=None, metadata=_meta("The lowest estimate.", minimum=0))
    best: int | None = attrs.field(
        default=None, metadata=_meta("The best or only estimate.", minimum=0)
    )
    high: int | None = attrs.field(default=None, metadata=_meta("The highest estimate.", minimum=0))
    qualifier: Qualifier | None = attrs.field(
        default=None, metadata=_meta("How the source hedges the figure (at least, up to).")
    )
    share: float | None = attrs.field(
        default=None,
        metadata=_meta(
            "The figure as a share of a total, in percent (78).", minimum=0, maximum=100
        ),
    )
    hedge: Hedge | None = attrs.field(
        default=None, metadata=_meta('How surely the source gives it ("could be more than").')
    )
    according_to: Id | None = attrs.field(
        default=None,
        metadata=_meta("The actor who gives this figure.", ref="actor", reverse="figures_given"),
    )
    via: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Who relayed the figure, nearest the report first (a rights group citing the "
            "health ministry: according_to the ministry, via the group).",
            ref="actor",
            reverse="figures_relayed",
        ),
    )
    derived_from: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Actors whose figures were combined into this one (three databases cross-checked).",
            ref="actor",
            reverse="figures_combined",
        ),
    )
    document: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The document the figure is taken from (a communiqué).",
            ref="document",
            reverse="figures",
        ),
    )
    places: tuple[Place, ...] = attrs.field(
        default=(), metadata=_meta("Where the figure applies, when not everywhere (a province).")
    )
    as_of: PartialDate | None = attrs.field(
        default=None, metadata=_meta("The date the figure was current, for revised figures.")
    )
    period: PartialDate | None = attrs.field(
        default=None, metadata=_meta("The period the figure covers (2022-04-01/2022-06-30).")
    )
    provisional: bool = attrs.field(
        default=False,
        metadata=_meta(
            'Whether the source says the figure may change ("provisional", "may rise").'
        ),
    )
    subgroups: tuple[Count, ...] = attrs.field(
        default=(),
        metadata=_meta("Parts of this figure ('including seven children')."),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Quantity:
    """An amount of money, distance, weight or another unit, as the source gives it.

    Money takes a ``currency``, other measures a ``unit``; durations have a
    type of their own (:data:`~newsmodel.types.Duration`).  A rate, such as
    a fine of 100 euros a day, gives ``per: P1D``.
    """

    amount: Amount | None = attrs.field(
        default=None, metadata=_meta("The figure (100000, 2.5), if the source gives one.")
    )
    low: Amount | None = attrs.field(default=None, metadata=_meta("The lowest figure of a range."))
    high: Amount | None = attrs.field(
        default=None, metadata=_meta("The highest figure of a range.")
    )
    currency: Currency | None = attrs.field(
        default=None, metadata=_meta("ISO 4217 code, for money (EUR, USD, BRL).")
    )
    unit: Unit | None = attrs.field(
        default=None, metadata=_meta("The unit, for anything but money (km, t, percent).")
    )
    per: Duration | None = attrs.field(
        default=None, metadata=_meta("For a rate, the period it is per (P1D: a day).")
    )
    words: str | None = attrs.field(
        default=None, metadata=_meta('The amount in the source\'s words ("millions of dollars").')
    )
    qualifier: Qualifier | None = attrs.field(
        default=None, metadata=_meta("How the source hedges the figure (at least, about).")
    )
    converted: tuple[Quantity, ...] = attrs.field(
        default=(),
        metadata=_meta("The same amount in other currencies or units, as sources give it."),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Vote:
    """How one member voted (a judge, a state on a council)."""

    actor: Id = attrs.field(metadata=_meta("Who voted.", ref="actor", reverse="votes_cast"))
    vote: VoteChoice = attrs.field(metadata=_meta("How."))
    date: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When, where votes are cast over days.")
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Tally:
    """The votes of a decision: for, against, abstaining (a court's 5-2, a council's vote)."""

    in_favour: int | None = attrs.field(
        default=None, metadata=_meta("Votes for the decision.", minimum=0)
    )
    against: int | None = attrs.field(default=None, metadata=_meta("Votes against.", minimum=0))
    abstaining: int | None = attrs.field(default=None, metadata=_meta("Abstentions.", minimum=0))
    absent: int | None = attrs.field(
        default=None, metadata=_meta("Members absent or not voting.", minimum=0)
    )
    unanimous: bool = attrs.field(
        default=False, metadata=_meta("Whether the source calls it unanimous.")
    )
    votes: tuple[Vote, ...] = attrs.field(
        default=(), metadata=_meta("Member by member, where the source says.")
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Quote:
    """Words quoted in a report, with who said them and where they stand in its text."""

    text: str = attrs.field(metadata=_meta("The words exactly as the report prints them."))
    speaker: Id | None = attrs.field(
        default=None,
        metadata=_meta("The actor who said or wrote them.", ref="actor", reverse="quoted_in"),
    )
    given_to: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The outlet or person they were said to, when the report says (told Reuters).",
            ref="actor",
            reverse="quotes_given",
        ),
    )
    via: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Who relays the words, nearest the report first (a prosecutor reading a statement).",
            ref="actor",
            reverse="quotes_relayed",
        ),
    )
    translated: bool = attrs.field(
        default=False,
        metadata=_meta("Whether the report gives the words in translation, original unknown."),
    )
    paraphrase: bool = attrs.field(
        default=False,
        metadata=_meta("Whether the report gives the words as reported speech, not verbatim."),
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
    unnamed: tuple[Unnamed, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Actors of the record that the report does not name, and its words for them."
        ),
    )


@attrs.frozen(kw_only=True)
class Unnamed:
    """An actor a report leaves unnamed while the coder knows who it is, with its words for it.

    Newsnight's "a leading Conservative politician from the Thatcher years" is
    ``actor: alistair-mcalpine`` with those words, on the allegation's
    citation of that report.
    """

    actor: Id = attrs.field(
        metadata=_meta("The actor the report leaves unnamed.", ref="actor", reverse="unnamed_in")
    )
    words: str | None = attrs.field(
        default=None, metadata=_meta("How the report refers to it instead, in its words.")
    )


@attrs.frozen(kw_only=True)
class Variant:
    """One value that a source gives for a field, where sources disagree.

    The field itself holds the value the coder uses; ``variants`` lists every
    value the sources give, that one included, each with where it comes from.
    ``field`` names the field from the record (``published``,
    ``counts[0].best``, ``title``), and ``value`` is written as that field
    would hold it.
    """

    field: str = attrs.field(
        metadata=_meta("The field, from the record: published, counts[0].best, steps[2].date.")
    )
    value: Value = attrs.field(metadata=_meta("The value, as the field would hold it."))
    according_to: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Actors that give this value.", ref="actor", reverse="variants_given"),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=_meta("Reports that give this value.")
    )
    as_of: PartialDate | None = attrs.field(
        default=None,
        metadata=_meta("When the source gave this value (a headline before it was changed)."),
    )
    preferred: bool = attrs.field(
        default=False,
        metadata=_meta("Whether the coder prefers this value, for a reason given in notes."),
    )
    mistaken: bool = attrs.field(
        default=False,
        metadata=_meta("Whether the value is shown to be wrong (a typo, a corrected date)."),
    )
    partial: bool = attrs.field(
        default=False,
        metadata=_meta(
            'For a list: the source names only some items ("among others", "and others").'
        ),
    )
    notes: str | None = _notes()


def _variants() -> Any:
    """Return the ``variants`` field that every record has."""
    return attrs.field(
        default=(),
        metadata=_meta("Values of its fields that sources give differently, with their sources."),
    )


@attrs.frozen(kw_only=True)
class Position:
    """A response's stance on one aspect of what it answers.

    "We were there but did not shoot" is two positions: ``occurrence:
    acknowledgment`` and ``responsibility: denial``.
    """

    aspect: Aspect = attrs.field(metadata=_meta("The part of the allegation addressed."))
    stance: Stance = attrs.field(metadata=_meta("The stance taken on that part."))
    words: str | None = attrs.field(
        default=None,
        metadata=_meta('What was said on it, in the source\'s words ("did not intend to offend").'),
    )
    summary: str | None = attrs.field(default=None, metadata=_meta("What was said, in brief."))
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Answer:
    """One record a response answers, and how: name exactly one record.

    A response may answer an allegation, another response (a rebuttal), a
    document (a ruling, a published report), an event (a vote), a report (a
    correction) or a proceeding.
    """

    allegation: Id | None = attrs.field(
        default=None,
        metadata=_meta("The allegation answered.", ref="allegation", reverse="responses"),
    )
    response: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The response answered (a rebuttal of a denial).", ref="response", reverse="replies"
        ),
    )
    document: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The document answered (a ruling, a report).", ref="document", reverse="reactions"
        ),
    )
    event: Id | None = attrs.field(
        default=None,
        metadata=_meta("The event answered (a vote, a raid).", ref="event", reverse="reactions"),
    )
    report: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The report answered (an outlet correcting its own story).",
            ref="report",
            reverse="reactions",
        ),
    )
    proceeding: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The proceeding answered (a case, or a ruling in it).",
            ref="proceeding",
            reverse="reactions",
        ),
    )
    step: str | None = attrs.field(
        default=None,
        metadata=_meta("With proceeding: the id of the step answered (the ruling)."),
    )
    stance: Stance | None = attrs.field(
        default=None,
        metadata=_meta("The stance towards this record, where it differs from the response's."),
    )
    positions: tuple[Position, ...] = attrs.field(
        default=(), metadata=_meta("Stances on single aspects of this record, where they differ.")
    )
    hedge: Hedge | None = attrs.field(
        default=None,
        metadata=_meta('How firmly it is put, where the source hedges ("seems to contradict").'),
    )
    notes: str | None = _notes()


#: The fields of an :class:`Answer` that name a record, read by the rules and the index.
ANSWERED: tuple[str, ...] = tuple(
    field.name for field in attrs.fields(Answer) if "ref" in field.metadata
)


@attrs.frozen(kw_only=True)
class Timing:
    """A time given relative to another record: name exactly one record.

    "Two hours later" is ``relation: after``, the record it follows and
    ``offset: PT2H``; "a little over two months before the election" is
    ``relation: before``, the election event, ``offset: P2M`` and
    ``qualifier: more_than``; "after the first-instance ruling" names the
    proceeding and the step, with no offset.  Give a date as well wherever the
    sources make it certain; a timing keeps what they say.
    """

    relation: TimeRelation = attrs.field(metadata=_meta("After, before or during the record."))
    allegation: Id | None = attrs.field(
        default=None,
        metadata=_meta("The allegation timed from.", ref="allegation", reverse="timed_from"),
    )
    response: Id | None = attrs.field(
        default=None,
        metadata=_meta("The response timed from.", ref="response", reverse="timed_from"),
    )
    document: Id | None = attrs.field(
        default=None,
        metadata=_meta("The document timed from.", ref="document", reverse="timed_from"),
    )
    event: Id | None = attrs.field(
        default=None,
        metadata=_meta("The event timed from (the election).", ref="event", reverse="timed_from"),
    )
    report: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            'The report timed from ("this Saturday" in an undated column).',
            ref="report",
            reverse="timed_from",
        ),
    )
    proceeding: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The proceeding timed from (with step: its ruling).",
            ref="proceeding",
            reverse="timed_from",
        ),
    )
    step: str | None = attrs.field(
        default=None,
        metadata=_meta("With proceeding: the id of the step timed from."),
    )
    offset: Duration | None = attrs.field(
        default=None, metadata=_meta("How long after or before (PT2H, P2M, ~P1Y).")
    )
    offset_high: Duration | None = attrs.field(
        default=None,
        metadata=_meta("With qualifier range: the longest offset (six to eight months: P8M)."),
    )
    qualifier: Qualifier | None = attrs.field(
        default=None,
        metadata=_meta("How the offset is hedged: more_than, fewer_than, at_most, about, range."),
    )
    words: str | None = attrs.field(
        default=None, metadata=_meta('The time in the source\'s words ("dos horas después").')
    )
    notes: str | None = _notes()


#: The fields of a :class:`Timing` that name a record, read by the rules.
TIMED: tuple[str, ...] = tuple(
    field.name for field in attrs.fields(Timing) if "ref" in field.metadata
)


def _timing() -> Any:
    return attrs.field(
        default=(),
        metadata=_meta(
            "When, relative to other records (two hours later, after the ruling), "
            "as the sources give it."
        ),
    )


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
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Call:
    """What a call for action demands, and of whom."""

    demand: Demand = attrs.field(metadata=_meta("What is asked for."))
    of: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Who is called on to act.", ref="actor", reverse="called_on_in"),
    )
    words: str | None = attrs.field(
        default=None, metadata=_meta("The demand in the source's words.")
    )
    deadline: PartialDate | None = attrs.field(
        default=None, metadata=_meta("By when, if the call says.")
    )
    not_sought: bool = attrs.field(
        default=False,
        metadata=_meta(
            "The source says this was expressly not asked for (he did not seek a finding of "
            "no fault)."
        ),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class CommentRequest:
    """A request for comment: whether, when and by whom the responder was asked."""

    by: Id | None = attrs.field(
        default=None,
        metadata=_meta("Who asked (an outlet, a reporter).", ref="actor", reverse="comment_sought"),
    )
    date: PartialDate | None = attrs.field(default=None, metadata=_meta("When they asked."))
    deadline: PartialDate | None = attrs.field(
        default=None, metadata=_meta("The deadline given for an answer.")
    )
    words: str | None = attrs.field(
        default=None, metadata=_meta('How the report puts it ("did not immediately respond").')
    )
    timing: tuple[Timing, ...] = _timing()


@attrs.frozen(kw_only=True)
class Participant:
    """An actor taking part in an event, and its role."""

    actor: Id = attrs.field(metadata=_meta("The actor.", ref="actor", reverse="events"))
    role: EventRole = attrs.field(metadata=_meta("What part it played."))
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Author:
    """Who wrote or worked on a report, as the byline or credits give it."""

    name: str = attrs.field(metadata=_meta("The name as printed (Annie Risemberg, AFP)."))
    role: AuthorRole = attrs.field(
        default=AuthorRole.AUTHOR, metadata=_meta("The part they played.")
    )
    actor: Id | None = attrs.field(
        default=None,
        metadata=_meta("The actor record, when they are one.", ref="actor", reverse="authored"),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Copy:
    """A copy of a report read elsewhere: a wire story on another site, a mirror, an archive."""

    carrier: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The site or outlet carrying the copy (allAfrica, Yahoo News).",
            ref="actor",
            reverse="carried",
        ),
    )
    url: Url | None = attrs.field(default=None, metadata=_meta("Where the copy is."))
    title: str | None = attrs.field(
        default=None, metadata=_meta("The headline of the copy, where it differs.")
    )
    language: LanguageTag | None = attrs.field(
        default=None, metadata=_meta("Its language, where it differs (a translation).")
    )
    published: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the copy was published.")
    )
    retrieved: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the coder retrieved it.")
    )
    versions: int | None = attrs.field(
        default=None,
        metadata=_meta("How many versions the carrier shows (a change tracker).", minimum=1),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Source:
    """A report or outlet that a report draws on, and how (relays, translates, corrects)."""

    relation: ReportRelation = attrs.field(
        default=ReportRelation.RELAYS, metadata=_meta("How the report draws on it.")
    )
    report: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The report drawn on, when it is a record.", ref="report", reverse="drawn_on_by"
        ),
    )
    outlet: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The outlet drawn on, when its report is not a record (told Reuters).",
            ref="actor",
            reverse="relayed_by",
        ),
    )
    via: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Who it came through, nearest the report first (Agerpres citing judicial sources).",
            ref="actor",
            reverse="relayed_via",
        ),
    )
    words: str | None = attrs.field(
        default=None, metadata=_meta('How the report says it ("according to El Confidencial").')
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Mentions:
    """Actors, documents and places a report names without a part in any record."""

    actors: tuple[Id, ...] = attrs.field(
        default=(), metadata=_meta("Actors named.", ref="actor", reverse="mentioned_in")
    )
    documents: tuple[Id, ...] = attrs.field(
        default=(), metadata=_meta("Documents named.", ref="document", reverse="mentioned_in")
    )
    places: tuple[Place, ...] = attrs.field(default=(), metadata=_meta("Places named."))


@attrs.frozen(kw_only=True)
class Role:
    """A position an actor holds in or for another actor, over a period."""

    title: str = attrs.field(
        metadata=_meta("The title as the source gives it (foreign minister, head of mission).")
    )
    kind: RoleKind | None = attrs.field(default=None, metadata=_meta("The kind of role."))
    of: Id | None = attrs.field(
        default=None,
        metadata=_meta("The actor the role is in or for.", ref="actor", reverse="role_holders"),
    )
    period: PartialDate | None = attrs.field(
        default=None,
        metadata=_meta("When it was held: 2021-05/2023-06, or 2021-05/.. while it lasts."),
    )
    duration: Duration | None = attrs.field(
        default=None, metadata=_meta("How long it was held, where the dates are not given (P54D).")
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Relation:
    """A tie between two actors, read 'this actor <kind> the other', and who says so.

    Relations are often claims ("Kremlin-linked"): ``according_to`` and
    ``citations`` say whose.
    """

    kind: RelationKind = attrs.field(metadata=_meta("The kind of tie."))
    actor: Id = attrs.field(metadata=_meta("The other actor.", ref="actor", reverse="related_from"))
    period: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the tie held (2014/2023-06).")
    )
    according_to: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Actors who assert it.", ref="actor", reverse="relations_asserted"),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=_meta("Reports that state it.")
    )
    words: str | None = attrs.field(
        default=None, metadata=_meta('The source\'s words ("Kremlin-linked").')
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Trait:
    """Something a source says an actor is (of North African descent, far-right, parteilos).

    A trait is a claim: name who makes it in ``according_to`` or ``citations``.
    """

    kind: TraitKind = attrs.field(metadata=_meta("What the trait is about."))
    value: str = attrs.field(metadata=_meta("The trait in the source's words (far-right)."))
    according_to: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Who ascribes it (an actor).", ref="actor", reverse="traits_ascribed"),
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=_meta("The reports that give it.")
    )
    period: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When it held, if the source says (2018 for a title).")
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Mistake:
    """Something a report got wrong, shown by another source or by the report itself.

    The value a report gets wrong is better kept as a ``Variant`` with
    ``mistaken: true`` on the record it is about; a mistake holds what no
    field of a record carries: a wrong picture, a misnomer in a headline, an
    opening that its body contradicts, two cases mixed up.
    """

    kind: MistakeKind = attrs.field(metadata=_meta("What sort of mistake."))
    words: str | None = attrs.field(
        default=None, metadata=_meta('The mistaken words as printed ("Weltmeister im Tennis").')
    )
    correct: str | None = attrs.field(
        default=None,
        metadata=_meta("What is right instead, in the words of the source showing it."),
    )
    shown_by: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Reports that show it is wrong (or the report itself).",
            ref="report",
            reverse="mistakes_shown",
        ),
    )
    hedge: Hedge | None = attrs.field(
        default=None, metadata=_meta("How sure the coder can be that it is a mistake.")
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Act:
    """What one or more of the accused are said to have done, where the accused differ.

    "Police killed the protesters and soldiers looted the shops" is two acts.
    """

    by: tuple[Id, ...] = attrs.field(
        metadata=_meta("Who did it: some of the accused.", ref="actor", reverse="acts", min_items=1)
    )
    conduct: tuple[Conduct, ...] = attrs.field(default=(), metadata=_meta("What they did."))
    summary: str | None = attrs.field(default=None, metadata=_meta("What they did, in brief."))
    means: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("Weapon or method, in the source's words (live fire, a drone).")
    )
    targets: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Whom the act was aimed at, when not its victims (judges it sought to discredit).",
            ref="actor",
            reverse="targeted_by",
        ),
    )
    involvement: Involvement | None = attrs.field(
        default=None,
        metadata=_meta("Their part: did it, aided and abetted, ordered, failed to stop."),
    )
    hedge: Hedge | None = attrs.field(
        default=None, metadata=_meta('How surely this part is alleged ("may be responsible").')
    )
    occurred: PartialDate | None = attrs.field(default=None, metadata=_meta("When."))
    duration: Duration | None = attrs.field(
        default=None, metadata=_meta("How long it lasted (PT2M: two minutes).")
    )
    places: tuple[Place, ...] = attrs.field(default=(), metadata=_meta("Where."))
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Qualification:
    """A legal name given to the alleged conduct, by whom and how surely."""

    term: LegalQualification = attrs.field(metadata=_meta("The legal name."))
    words: str | None = attrs.field(
        default=None, metadata=_meta("The source's words (may amount to crimes against humanity).")
    )
    original_words: str | None = attrs.field(
        default=None, metadata=_meta("The words in the original language (recel de violation).")
    )
    language: LanguageTag | None = attrs.field(
        default=None, metadata=_meta("Language of original_words.")
    )
    certainty: Hedge | None = attrs.field(
        default=None, metadata=_meta("How surely it is said (stated, possible).")
    )
    by: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Who qualifies it so.", ref="actor", reverse="qualifications_given"),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class StatusChange:
    """A dated change of how far an allegation is established, and who established it."""

    status: Verification = attrs.field(metadata=_meta("The new status."))
    date: PartialDate | None = attrs.field(default=None, metadata=_meta("When it changed."))
    by: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Who established it (a court, an inquiry).", ref="actor", reverse="findings"
        ),
    )
    proceeding: Id | None = attrs.field(
        default=None,
        metadata=_meta("The proceeding it came from.", ref="proceeding", reverse="status_changes"),
    )
    step: str | None = attrs.field(
        default=None, metadata=_meta("With proceeding: the id of the step (the ruling).")
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Party:
    """An actor in a proceeding, and its part."""

    actor: Id = attrs.field(metadata=_meta("The actor.", ref="actor", reverse="proceedings"))
    role: PartyRole = attrs.field(metadata=_meta("Its part (defendant, appellant...)."))
    represents: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "For counsel: the party represented.", ref="actor", reverse="represented_in"
        ),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Charge:
    """A charge or claim in a proceeding, and the allegations it rests on."""

    id: str = attrs.field(metadata=_meta("Its id within the proceeding (c1, corruption)."))
    summary: str = attrs.field(metadata=_meta("The charge as the source gives it."))
    against: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Who is charged.", ref="actor", reverse="charged_in"),
    )
    allegations: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("The allegations it rests on.", ref="allegation", reverse="charges"),
    )
    qualification: LegalQualification | None = attrs.field(
        default=None, metadata=_meta("Its legal class.")
    )
    legal_basis: tuple[str, ...] = attrs.field(
        default=(),
        metadata=_meta("The laws or rules invoked, as printed (WADA Code art. 2.1, TVPRA)."),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Sanction:
    """A penalty, order or award: its kind, amount, duration and how it is served.

    A prison term of four years, three suspended, is ``duration: P4Y`` and
    ``suspended: P3Y``; a fine of 100 euros a day for 30 days is
    ``amount: {amount: 100, currency: EUR, per: P1D}`` and ``duration: P30D``.
    """

    kind: SanctionKind = attrs.field(metadata=_meta("What sort of sanction."))
    against: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Who it is imposed on.", ref="actor", reverse="sanctions"),
    )
    amount: Quantity | None = attrs.field(
        default=None, metadata=_meta("Money: a fine, damages; or a distance for an order.")
    )
    duration: Duration | None = attrs.field(
        default=None, metadata=_meta("How long (ISO 8601: P18M, P4Y).")
    )
    duration_high: Duration | None = attrs.field(
        default=None,
        metadata=_meta("With qualifier range: the longest duration (one to two years: P2Y)."),
    )
    qualifier: Qualifier | None = attrs.field(
        default=None,
        metadata=_meta('How the duration is hedged: at_most ("up to two years"), range.'),
    )
    suspended: Duration | None = attrs.field(
        default=None, metadata=_meta("The part of the duration suspended.")
    )
    credited: Duration | None = attrs.field(
        default=None, metadata=_meta("Time already served that counts against it.")
    )
    period: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When it runs or ran (2023-09-11/2025-03-10).")
    )
    deadline: PartialDate | None = attrs.field(
        default=None, metadata=_meta("For an order: by when it must be complied with.")
    )
    within: Duration | None = attrs.field(
        default=None, metadata=_meta("For an order: the time given to comply, as a period (P5M).")
    )
    scope: str | None = attrs.field(
        default=None, metadata=_meta("What it covers, as the source says (all competitions).")
    )
    concurrent: bool = attrs.field(
        default=False,
        metadata=_meta("Whether it runs together with another sanction rather than adding to it."),
    )
    benchmark: Benchmark | None = attrs.field(
        default=None,
        metadata=_meta("How it stands against the rule's tariff: the maximum, the standard."),
    )
    status: SanctionStatus | None = attrs.field(
        default=None, metadata=_meta("Where it stands: pending, enforceable, served, lifted.")
    )
    requested: bool = attrs.field(
        default=False,
        metadata=_meta(
            "Asked for by a party (damages sought, a prosecutor's request), not imposed."
        ),
    )
    condition: str | None = attrs.field(
        default=None,
        metadata=_meta("When it applies, in the source's words (for an unintentional violation)."),
    )
    timing: tuple[Timing, ...] = _timing()
    summary: str | None = attrs.field(default=None, metadata=_meta("The sanction in brief."))
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Result:
    """The outcome of a ruling for some of its charges or parties, where they differ."""

    outcome: Outcome = attrs.field(metadata=_meta("What was decided for them."))
    charges: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("The ids of the charges it is for.")
    )
    against: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("The parties it is for.", ref="actor", reverse="results"),
    )
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Step:
    """A dated step of a proceeding: a filing, a hearing, a ruling, an appeal."""

    id: str | None = attrs.field(
        default=None,
        metadata=_meta("Its id within the proceeding, for later steps to name (ruling-1)."),
    )
    kind: StepKind = attrs.field(metadata=_meta("What happened."))
    date: PartialDate | None = attrs.field(default=None, metadata=_meta("When."))
    forum: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The court or body, where it is not the proceeding's (an appeal court).",
            ref="actor",
            reverse="steps_heard",
        ),
    )
    by: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Who took the step: filed, appealed, ruled.", ref="actor", reverse="steps_taken"
        ),
    )
    of: str | None = attrs.field(
        default=None,
        metadata=_meta("For an appeal or sanction: the id of the earlier step (the ruling)."),
    )
    charges: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("The ids of the charges it concerns.")
    )
    outcome: Outcome | None = attrs.field(default=None, metadata=_meta("What was decided."))
    results: tuple[Result, ...] = attrs.field(
        default=(), metadata=_meta("Outcomes per charge or party, where they differ.")
    )
    legal_basis: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("The laws or rules the step rests on, as printed.")
    )
    grounds: tuple[str, ...] = attrs.field(
        default=(),
        metadata=_meta("The grounds given (of an appeal, a motion, a ruling), as worded."),
    )
    duration: Duration | None = attrs.field(
        default=None, metadata=_meta("How long it took (a deliberation of PT8H).")
    )
    deadline: PartialDate | None = attrs.field(
        default=None, metadata=_meta("A deadline it set or had (to file, to appeal).")
    )
    within: Duration | None = attrs.field(
        default=None,
        metadata=_meta("A time limit it set, or that runs from it, as a period (P5D, PT48H)."),
    )
    ex_parte: bool = attrs.field(
        default=False,
        metadata=_meta("Heard or decided with only one party present or represented."),
    )
    scheduled: bool = attrs.field(
        default=False,
        metadata=_meta("Whether the step was still to come when reported (a hearing set for May)."),
    )
    hedge: Hedge | None = attrs.field(
        default=None, metadata=_meta("For a step still to come: how surely (a possible review).")
    )
    suspensive: bool | None = attrs.field(
        default=None,
        metadata=_meta("For an appeal: whether it suspends the ruling appealed, as reported."),
    )
    final: bool = attrs.field(
        default=False,
        metadata=_meta("Whether the source says the ruling is final (no appeal left)."),
    )
    standard_of_proof: StandardOfProof | None = attrs.field(
        default=None, metadata=_meta("The standard the ruling applied.")
    )
    votes: Tally | None = attrs.field(default=None, metadata=_meta("How the bench voted (5-2)."))
    sanctions: tuple[Sanction, ...] = attrs.field(
        default=(), metadata=_meta("Sanctions imposed, or requested, at this step.")
    )
    calls: tuple[Call, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "What a party asks for beyond the sanctions (pre-trial detention, a jury), "
            "or expressly does not ask for."
        ),
    )
    assessments: tuple[Answer, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Its findings on other records (no intent to offend; the B sample confirms the A), "
            "as stances on the records answered."
        ),
    )
    timing: tuple[Timing, ...] = _timing()
    counts: tuple[Count, ...] = attrs.field(
        default=(), metadata=_meta("Figures of the step (85 people appeared).")
    )
    document: Id | None = attrs.field(
        default=None,
        metadata=_meta("The ruling or filing, as a document.", ref="document", reverse="steps"),
    )
    summary: str | None = attrs.field(default=None, metadata=_meta("The step in brief."))
    notes: str | None = _notes()


# --------------------------------------------------------------------------
# Records
# --------------------------------------------------------------------------


@attrs.frozen(kw_only=True)
class Report:
    """A news item or other source the records are coded from: an article, a post, a statement."""

    id: Id = attrs.field(metadata=_meta("Unique id of the report."))
    kind: ReportKind = attrs.field(
        default=ReportKind.ARTICLE,
        metadata=_meta("What sort of source it is; kinds without a headline need no title."),
    )
    title: str | None = attrs.field(
        default=None, metadata=_meta("The headline; required for kinds that have one.")
    )
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
    authors: tuple[Author, ...] = attrs.field(
        default=(), metadata=_meta("Bylines and credits, as printed, with their roles.")
    )
    placement: str | None = attrs.field(
        default=None,
        metadata=_meta("Where the outlet placed it, as given (front page, breaking alert)."),
    )
    labels: tuple[str, ...] = attrs.field(
        default=(),
        metadata=_meta("Labels the outlet puts on it, as printed (EXCLUSIVE, Analysis, Live)."),
    )
    dateline: Place | None = attrs.field(
        default=None, metadata=_meta("The place the report was filed from.")
    )
    body: str | None = attrs.field(
        default=None, metadata=_meta("The full text, to check quote offsets against.")
    )
    retrieved: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the coder retrieved the text.")
    )
    copies: tuple[Copy, ...] = attrs.field(
        default=(), metadata=_meta("Copies of it read elsewhere (a wire story on another site).")
    )
    sources: tuple[Source, ...] = attrs.field(
        default=(), metadata=_meta("Reports and outlets it relays, translates or corrects.")
    )
    assessments: tuple[Answer, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "The outlet's own reading of what it covers (it calls a claim unproven), "
            "as stances on the records answered."
        ),
    )
    mistakes: tuple[Mistake, ...] = attrs.field(
        default=(), metadata=_meta("What it got wrong (a wrong picture, a misnomer).")
    )
    timing: tuple[Timing, ...] = _timing()
    versions: int | None = attrs.field(
        default=None,
        metadata=_meta("How many versions the outlet says it had.", minimum=1),
    )
    mentions: Mentions | None = attrs.field(
        default=None,
        metadata=_meta("Actors, documents and places it names without a part in any record."),
    )
    supersedes: Id | None = _supersedes("report")
    variants: tuple[Variant, ...] = _variants()
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Actor:
    """A state, organization, group or person that accuses, is accused, responds or acts."""

    id: Id = attrs.field(metadata=_meta("Unique id of the actor."))
    name: str = attrs.field(metadata=_meta("The name used in reporting (Mali's foreign ministry)."))
    kind: ActorKind = attrs.field(metadata=_meta("What sort of actor it is."))
    other_kinds: tuple[ActorKind, ...] = attrs.field(
        default=(),
        metadata=_meta("Other kinds it also is (an armed group that governs: de_facto_authority)."),
    )
    identity: Identity = attrs.field(
        default=Identity.NAMED,
        metadata=_meta("Whether the report names it, or keeps it unnamed or anonymous."),
    )
    collective: bool = attrs.field(
        default=False,
        metadata=_meta(
            "Whether it stands for several actors of its kind named together (five companies)."
        ),
    )
    size: int | None = attrs.field(
        default=None,
        metadata=_meta("For a collective actor: how many it has (the seven officers).", minimum=0),
    )
    members: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "For a collective actor: the members the sources name.",
            ref="actor",
            reverse="member_of",
        ),
    )
    aliases: tuple[str, ...] = attrs.field(
        default=(),
        metadata=_meta("Other names and spellings, and names it used (MINUSMA; a cover name)."),
    )
    country: CountryCode | None = attrs.field(
        default=None, metadata=_meta("ISO 3166-1 alpha-2 code of its country, if it has one.")
    )
    born: PartialDate | None = attrs.field(
        default=None, metadata=_meta("For a person: when born, as the sources give it.")
    )
    age: int | None = attrs.field(
        default=None,
        metadata=_meta(
            "For a person: age in years as the report gives it, at its date.", minimum=0
        ),
    )
    part_of: Id | None = attrs.field(
        default=None,
        metadata=_meta(
            "The actor it belongs to: ministry in government, government in state.",
            ref="actor",
            reverse="parts",
        ),
    )
    roles: tuple[Role, ...] = attrs.field(
        default=(), metadata=_meta("Positions it holds, over time (spokesperson of MINUSMA).")
    )
    relations: tuple[Relation, ...] = attrs.field(
        default=(), metadata=_meta("Ties to other actors (linked to, funded by, supplies).")
    )
    traits: tuple[Trait, ...] = attrs.field(
        default=(), metadata=_meta("What sources say it is (its descent, its leaning, its trade).")
    )
    counts: tuple[Count, ...] = attrs.field(
        default=(), metadata=_meta("Figures about it (about 10 million members).")
    )
    identifiers: Identifiers = attrs.field(
        factory=FrozenDict,
        converter=FrozenDict,
        metadata=_meta("Ids in external registries, by scheme (wikidata: Q912)."),
    )
    description: str | None = attrs.field(
        default=None, metadata=_meta("A sentence on who it is, for readers.")
    )
    variants: tuple[Variant, ...] = _variants()
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Document:
    """A primary source that a report cites: a UN note, a statement, a post, a ruling."""

    id: Id = attrs.field(metadata=_meta("Unique id of the document."))
    kind: DocumentKind = attrs.field(metadata=_meta("What sort of document it is."))
    title: str | None = attrs.field(default=None, metadata=_meta("Its title, if it has one."))
    authors: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("The actors who issued or wrote it.", ref="actor", reverse="issued"),
    )
    reference_numbers: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("Symbols and numbers as printed (S/2022/123, case 23-0123).")
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
    access: Access | None = attrs.field(
        default=None, metadata=_meta("How it was seen: read in full, described, leaked.")
    )
    recipients: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("Whom it was addressed to (a letter).", ref="actor", reverse="received"),
    )
    cites: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Other documents it cites (an earlier decision).", ref="document", reverse="cited_in"
        ),
    )
    counts: tuple[Count, ...] = attrs.field(default=(), metadata=_meta("Figures it gives."))
    calls: tuple[Call, ...] = attrs.field(
        default=(), metadata=_meta("What it recommends or demands, and of whom.")
    )
    assessments: tuple[Answer, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "What it shows or finds about other records (a video contradicting an account; "
            "a report finding torture credible), as stances on the records answered."
        ),
    )
    timing: tuple[Timing, ...] = _timing()
    copies: tuple[Copy, ...] = attrs.field(
        default=(), metadata=_meta("Copies read elsewhere (a ruling on a document site).")
    )
    citations: tuple[Citation, ...] = attrs.field(
        default=(), metadata=_meta("Reports that cite or describe it.")
    )
    supersedes: Id | None = _supersedes("document")
    variants: tuple[Variant, ...] = _variants()
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Allegation:
    """Accusers say that the accused did something wrong.

    An allegation records the claim, not the fact: ``status`` says how far it
    has been established, and is ``unverified`` unless stated.  Harm with no
    identifiable perpetrator has no ``accused`` and ``unidentified_perpetrator``.
    """

    id: Id = attrs.field(metadata=_meta("Unique id of the allegation."))
    accusers: tuple[Id, ...] = attrs.field(
        metadata=_meta(
            "Who makes the accusation.", ref="actor", reverse="allegations_by", min_items=1
        )
    )
    accused: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Who is accused; none only with unidentified_perpetrator.",
            ref="actor",
            reverse="allegations_against",
        ),
    )
    subject: str | None = attrs.field(
        default=None,
        metadata=_meta(
            "What is accused when it is no actor, in the source's words (migration policies)."
        ),
    )
    unidentified_perpetrator: bool = attrs.field(
        default=False,
        metadata=_meta("Whether the harm is alleged without anyone identified as its author."),
    )
    summary: str = attrs.field(metadata=_meta("What is alleged, in one or two sentences."))
    categories: tuple[AllegationCategory, ...] = attrs.field(
        default=(), metadata=_meta("Broad classes of wrongdoing (CAMEO 112x).")
    )
    conduct: tuple[Conduct, ...] = attrs.field(
        default=(), metadata=_meta("The specific acts alleged.")
    )
    acts: tuple[Act, ...] = attrs.field(
        default=(), metadata=_meta("Who of the accused did what, where they differ.")
    )
    means: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("Weapon or method, in the source's words (live fire).")
    )
    qualifications: tuple[Qualification, ...] = attrs.field(
        default=(), metadata=_meta("Legal names given to the conduct, by whom, how surely.")
    )
    hedge: Hedge | None = attrs.field(
        default=None, metadata=_meta("How surely the accusers say it (may be, suspected).")
    )
    hedge_words: str | None = attrs.field(
        default=None, metadata=_meta('The hedge in the source\'s words ("may be using").')
    )
    made: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the accusation was made.")
    )
    channels: tuple[Channel, ...] = attrs.field(
        default=(), metadata=_meta("How the accusation was made (interview, court filing).")
    )
    occurred: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When the alleged conduct took place.")
    )
    timing: tuple[Timing, ...] = _timing()
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
    amounts: tuple[Quantity, ...] = attrs.field(
        default=(), metadata=_meta("Money and other quantities at stake (sums diverted).")
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
    status_history: tuple[StatusChange, ...] = attrs.field(
        default=(), metadata=_meta("Dated changes of status, and who established each.")
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
    variants: tuple[Variant, ...] = _variants()
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Response:
    """How actors answered allegations, responses, documents, events or proceedings.

    Silence is a response too (``not_addressed``, ``no_response``).  One
    statement that denies, counter-accuses and threatens to sue is one
    response with three stances.
    """

    id: Id = attrs.field(metadata=_meta("Unique id of the response."))
    responders: tuple[Id, ...] = attrs.field(
        metadata=_meta(
            "Who responds; several for a joint statement.",
            ref="actor",
            reverse="responses_by",
            min_items=1,
        )
    )
    on_behalf_of: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Whom the responders speak for (a lawyer's client, a ministry's government).",
            ref="actor",
            reverse="responses_for",
        ),
    )
    answers: tuple[Answer, ...] = attrs.field(
        metadata=_meta("What it answers, and how.", min_items=1)
    )
    stances: tuple[Stance, ...] = attrs.field(
        metadata=_meta("The stances taken, main one first.", min_items=1)
    )
    arguments: tuple[Argument, ...] = attrs.field(
        default=(), metadata=_meta("Arguments made for the stance.")
    )
    calls: tuple[Call, ...] = attrs.field(
        default=(), metadata=_meta("What a call for action demands, and of whom.")
    )
    measures: tuple[Sanction, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Measures the responder takes or announces (a pause in all investigations, "
            "a suspension), each as a sanction of its kind."
        ),
    )
    date: PartialDate | None = attrs.field(default=None, metadata=_meta("When it was made."))
    channels: tuple[Channel, ...] = attrs.field(
        default=(), metadata=_meta("How it was delivered (statement, interview).")
    )
    venues: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Where or to whom it was given: the outlet, the parliament, the court.",
            ref="actor",
            reverse="responses_given_to",
        ),
    )
    places: tuple[Place, ...] = attrs.field(
        default=(), metadata=_meta("Where it was made (outside the courthouse).")
    )
    within: Duration | None = attrs.field(
        default=None,
        metadata=_meta("How soon after what it answers, as the source says (PTXH: within hours)."),
    )
    timing: tuple[Timing, ...] = _timing()
    delivered_by: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Who delivered it, when not the responders (counsel reading a statement in court).",
            ref="actor",
            reverse="responses_delivered",
        ),
    )
    documents: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("The documents it was made in.", ref="document", reverse="responses_in"),
    )
    comment_sought: CommentRequest | None = attrs.field(
        default=None,
        metadata=_meta("Whether, when and by whom comment was asked for (silence or refusal)."),
    )
    counts: tuple[Count, ...] = attrs.field(default=(), metadata=_meta("Figures it gives."))
    summary: str | None = attrs.field(default=None, metadata=_meta("What was said, in brief."))
    repeated: bool = attrs.field(
        default=False,
        metadata=_meta("Said more than once, as the source puts it (has repeatedly denied)."),
    )
    retracts: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Earlier responses it withdraws, by the same responders or their parts.",
            ref="response",
            reverse="retracted_by",
        ),
    )
    supersedes: Id | None = _supersedes("response")
    citations: tuple[Citation, ...] = _citations()
    variants: tuple[Variant, ...] = _variants()
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Event:
    """Something that happened around the allegations: an arrest, an expulsion, a vote."""

    id: Id = attrs.field(metadata=_meta("Unique id of the event."))
    kind: EventKind = attrs.field(metadata=_meta("What happened."))
    summary: str = attrs.field(metadata=_meta("What happened, in one or two sentences."))
    date: PartialDate | None = attrs.field(default=None, metadata=_meta("When it happened."))
    duration: Duration | None = attrs.field(
        default=None, metadata=_meta("How long it lasted (P3D, PT90M).")
    )
    timing: tuple[Timing, ...] = _timing()
    places: tuple[Place, ...] = attrs.field(default=(), metadata=_meta("Where it happened."))
    participants: tuple[Participant, ...] = attrs.field(
        default=(), metadata=_meta("Who took part, and how.")
    )
    allegations: tuple[Id, ...] = attrs.field(
        default=(), metadata=_meta("Allegations it relates to.", ref="allegation", reverse="events")
    )
    counts: tuple[Count, ...] = attrs.field(default=(), metadata=_meta("Figures."))
    amounts: tuple[Quantity, ...] = attrs.field(
        default=(), metadata=_meta("Other quantities (a vote share in percent, a sum).")
    )
    votes: Tally | None = attrs.field(default=None, metadata=_meta("For a vote: the tally."))
    calls: tuple[Call, ...] = attrs.field(
        default=(),
        metadata=_meta("What it demands, and of whom (protesters calling for a resignation)."),
    )
    scheduled: bool = attrs.field(
        default=False, metadata=_meta("Whether it was still to come when reported.")
    )
    supersedes: Id | None = _supersedes("event")
    citations: tuple[Citation, ...] = _citations()
    variants: tuple[Variant, ...] = _variants()
    notes: str | None = _notes()


@attrs.frozen(kw_only=True)
class Proceeding:
    """A process that examines allegations: a prosecution, a lawsuit, a tribunal, an inquiry.

    Its ``steps`` run from complaint to final ruling, appeals included; a
    step names an earlier one by its ``id`` (an appeal ``of`` a ruling).
    """

    id: Id = attrs.field(metadata=_meta("Unique id of the proceeding."))
    kind: ProceedingKind = attrs.field(metadata=_meta("What sort of process."))
    title: str | None = attrs.field(
        default=None, metadata=_meta("How it is known (the 'Bismuth' wiretapping case).")
    )
    forum: Id | None = attrs.field(
        default=None,
        metadata=_meta("The court or body first seized.", ref="actor", reverse="cases_heard"),
    )
    case_numbers: tuple[str, ...] = attrs.field(
        default=(), metadata=_meta("Case numbers as printed (CAS 2024/A/10902).")
    )
    class_action: bool = attrs.field(
        default=False, metadata=_meta("Whether it is brought for a class of people.")
    )
    related: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta(
            "Other proceedings it arose from or runs beside.",
            ref="proceeding",
            reverse="related_from",
        ),
    )
    allegations: tuple[Id, ...] = attrs.field(
        default=(),
        metadata=_meta("The allegations it examines.", ref="allegation", reverse="proceedings"),
    )
    parties: tuple[Party, ...] = attrs.field(default=(), metadata=_meta("Who takes part, and how."))
    charges: tuple[Charge, ...] = attrs.field(
        default=(), metadata=_meta("Charges or claims, linked to allegations.")
    )
    steps: tuple[Step, ...] = attrs.field(default=(), metadata=_meta("Its dated steps, in order."))
    period: PartialDate | None = attrs.field(
        default=None, metadata=_meta("When it ran: opened/closed, or opened/.. while open.")
    )
    counts: tuple[Count, ...] = attrs.field(default=(), metadata=_meta("Figures it gives."))
    summary: str | None = attrs.field(default=None, metadata=_meta("The case in brief."))
    supersedes: Id | None = _supersedes("proceeding")
    citations: tuple[Citation, ...] = _citations()
    variants: tuple[Variant, ...] = _variants()
    notes: str | None = _notes()


Record: TypeAlias = Report | Actor | Document | Allegation | Response | Event | Proceeding
"""Any of the seven record classes."""

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
        "proceeding": Proceeding,
    }
)
#: The kind of each record class, the way back of :data:`RECORD_TYPES` (``Actor`` -> ``"actor"``).
RECORD_KINDS: Mapping[type, str] = MappingProxyType(
    {cls: kind for kind, cls in RECORD_TYPES.items()}
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
    proceedings: tuple[Proceeding, ...] = attrs.field(default=(), metadata=_meta("Proceedings."))

    def records(self) -> tuple[Record, ...]:
        """Every record of the bundle, in file order, reports first."""
        return (
            *self.reports,
            *self.actors,
            *self.documents,
            *self.allegations,
            *self.responses,
            *self.events,
            *self.proceedings,
        )


_ATTRS_METHODS.close()


def bundle_of(records: Iterable[Record], schema_version: int = SCHEMA_VERSION) -> Bundle:
    """Return a bundle holding ``records``, each in the list of its kind, in their order."""
    fields: dict[str, list[Record]] = {}
    for record in records:
        fields.setdefault(RECORD_KINDS[type(record)] + "s", []).append(record)
    return Bundle(
        schema_version=schema_version,
        **{name: tuple(kept) for name, kept in fields.items()},  # type: ignore[arg-type]
    )


def _model_types() -> tuple[type, ...]:
    """Return every attrs class of a bundle file: :class:`Bundle`, records, then value types.

    Value types come in the order the fields first name them (records' fields in
    declaration order, then theirs), so a new value type is found without a list.
    Their field types are resolved (:func:`_resolve_types`) by the first call.
    """
    global _MODEL_TYPES  # noqa: PLW0603 - found once, on first use
    if _MODEL_TYPES is None:
        found: list[type] = [Bundle, *RECORD_TYPES.values()]
        for cls in found:  # grows as value types are found
            _resolve_types(cls)
            for field in attrs.fields(cls):
                inner = _unwrapped(field.type)
                inner = _items_of(inner) or inner
                if attrs.has(inner) and inner is not PartialDate and inner not in found:
                    found.append(inner)
        _MODEL_TYPES = tuple(found)
    return _MODEL_TYPES


_MODEL_TYPES: tuple[type, ...] | None = None


def _resolve_types(cls: type) -> None:
    """Resolve the field types of ``cls`` as :func:`attrs.resolve_types` does, for less.

    This module's annotations are strings (``from __future__ import annotations``);
    each distinct one (most fields share a few, such as ``str | None``) is
    evaluated once in this module's namespace, where ``typing.get_type_hints``
    compiles and evaluates every annotation of every class.  A class with a field
    of another module, or an annotation that does not evaluate here, is left to
    :func:`attrs.resolve_types` and its errors.
    """
    if getattr(cls, "__attrs_types_resolved__", None) is cls:
        return
    fields = attrs.fields(cls)
    types: dict[str, Any] = {}
    for field in fields:
        if not isinstance(field.type, str) or field.inherited:
            attrs.resolve_types(cls)
            return
        if field.type not in _EVALUATED:
            try:
                value = eval(field.type, globals())
                _EVALUATED[field.type] = NoneType if value is None else value
            except Exception:
                attrs.resolve_types(cls)
                return
        types[field.name] = _EVALUATED[field.type]
    for field in fields:  # fields are frozen: set as attrs.resolve_types sets them
        object.__setattr__(field, "type", types[field.name])
    cls.__attrs_types_resolved__ = cls  # type: ignore[attr-defined]


#: The types that annotations of this module's fields evaluate to, by their text.
_EVALUATED: dict[str, Any] = {}
