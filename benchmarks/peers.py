r"""The newsmodel schema written the obvious way in pydantic v2 and in msgspec, for benchmarks.

Both peers model the same bundle as :mod:`newsmodel.model` (same fields, same
required fields and defaults, same nesting), with the vocabularies built from
:mod:`newsmodel.vocab` (``Literal`` types of each vocabulary's values, never
retyped).  Each is run at two levels of strictness, and the benchmark reports
both rows so readers see what the Python-level checks cost:

**shape only**: what the library checks natively, in Rust or C.

- pydantic: ``ConfigDict(extra="forbid", strict=True, frozen=True)`` (no
  coercion: a string is only a string, an integer only an integer, never a
  boolean), required fields, vocabulary ``Literal`` values,
  ``StringConstraints``: non-blank text (``pattern=r"\S"``), the id pattern
  and its 100-character limit, country codes as two capitals, URLs as
  ``https?://`` without white space; ``Field(ge=..., le=...)`` ranges,
  finite floats, ``Field(min_length=1)`` on the lists that need an item.
  Lists are ``list[...]``: in strict mode pydantic takes a ``tuple`` field
  only from a Python tuple, and ``yaml.load`` gives lists.
- msgspec: ``Struct(frozen=True, forbid_unknown_fields=True)`` with the same
  constraints as ``Meta(pattern=..., max_length=..., ge=..., le=...,
  min_length=...)``; msgspec is strict by default (no bool for int, no str
  for int).

**full**: shape, plus every check newsmodel's converter makes that neither
library can express natively, written as a competent user of each library
would write it and as newsmodel's fast path does (issue 19): no peer pays
for a call newsmodel avoids, nor the reverse.

- ISO 3166-1 alpha-2 membership: a native ``Literal`` of pycountry's codes
  (newsmodel: a frozenset of the same codes);
- BCP 47: the RFC 5646 grammar (newsmodel's pattern) and
  ``langcodes.tag_is_valid``, for tags not seen before (a set of the last
  4,096 checked, as newsmodel);
- absolute http(s) URL: ``urllib.parse.urlsplit`` (scheme and host), every
  time, as newsmodel;
- EDTF: ``newsmodel.dates.PartialDate(text)`` for dates not seen before (the
  last 4,096, as newsmodel, which keeps the ``PartialDate`` where the peers
  keep the text);
- no repeated item in lists of strings, ids and terms (lists of two or more);
- identifiers: each scheme's pattern from ``newsmodel.vocab.IDENTIFIER_PATTERNS``;
- the cross-field rules of ``newsmodel.rules.CHECKS``: a count gives at least
  one figure and ``low <= best <= high``; a place gives latitude and longitude
  together; a quote's offsets span its text; an answer names exactly one
  record (schema 2 moved a response's positions into its answers, so the
  version-1 rule that a position names only allegations its response answers
  became this one); a response that retracts another takes the stance
  ``retraction``.  Each is skipped when none of its fields is given, as
  newsmodel skips it (pydantic still calls the model validator).

Before issue 19 the peers looked each country up with
``pycountry.countries.get()`` (537 ns a call against newsmodel's 18 ns), built
a ``PartialDate`` and ran ``langcodes`` for every date and tag, and the
msgspec pass called a helper per optional field: newsmodel's lead was partly
theirs to lose.  :func:`forget` empties the remembered tags and dates.

In pydantic these are ``AfterValidator`` and ``model_validator(mode="after")``
functions; the shape-only validator is the same models' core schema with
every such function taken out (:func:`pydantic_shape_validator`).  In msgspec
they are a pass over the decoded structs (:func:`msgspec_check`), run right
after decoding.

What newsmodel does that neither peer does, at either level: it rejects
repeated keys in a JSON object (both peers keep the last), gives every problem
with its line and column rather than stopping at the first, and builds
:class:`~newsmodel.dates.PartialDate` and vocabulary members where the peers
keep strings.  The peers check dates with ``PartialDate`` but keep the text.

The peers model schema version 2 for the records and fields that schema 1
had, in version 2's shapes (a report's ``authors`` as ``Author`` mappings, a
document's ``authors``, a response's ``responders``, ``answers``,
``stances``, ``channels``, ``documents`` and ``retracts`` as lists): every
field they declare is newsmodel's, in newsmodel's order.  The fields and
records version 2 added (proceedings, variants, notes, copies, sources...)
are not modelled, so the peers reject data that uses them; the generated
data uses none of them.

JSON Lines records carry a ``type`` key: the peers read them through a union
of record types tagged by it (pydantic ``Field(discriminator="type")``,
msgspec ``tag_field="type"``).
"""

import re
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeAlias, TypeVar, get_args

import attrs
import langcodes
import msgspec
import pycountry
import pydantic
import pydantic_core
from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StringConstraints

from newsmodel import model as newsmodel_model
from newsmodel import vocab
from newsmodel.dates import PartialDate
from newsmodel.types.language import PATTERN as LANGUAGE_PATTERN

__all__ = [
    "MSGSPEC_RECORD_LINE",
    "PYDANTIC_RECORD_LINE",
    "MsgBundle",
    "PydBundle",
    "PydanticDataset",
    "msgspec_check",
    "pydantic_shape_validator",
]

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ID_MAX = 100

# --------------------------------------------------------------------------
# The Python-level checks, shared by both peers, written as newsmodel's fast
# path writes them: a set lookup for what was checked before (the last 4,096
# of each kind, all forgotten when full, as in newsmodel), the library call
# only for what is new.
# --------------------------------------------------------------------------

_T = TypeVar("_T")
REMEMBERED = 4096
"""How many language tags and dates each check remembers (newsmodel's bound)."""

#: Every ISO 3166-1 alpha-2 code, from pycountry (newsmodel's list): a native ``Literal``.
COUNTRY_CODES = tuple(sorted(country.alpha_2 for country in pycountry.countries))

_LANGUAGE_PATTERN = re.compile(LANGUAGE_PATTERN)
_LANGUAGES_SEEN: set[str] = set()


def check_language(tag: str) -> str:
    """BCP 47: the RFC 5646 grammar and ``langcodes.tag_is_valid``, as newsmodel checks it."""
    if tag in _LANGUAGES_SEEN:
        return tag
    if not _LANGUAGE_PATTERN.match(tag) or not langcodes.tag_is_valid(tag):
        raise ValueError(f"{tag!r} is not a BCP 47 language tag")
    if len(_LANGUAGES_SEEN) >= REMEMBERED:
        _LANGUAGES_SEEN.clear()
    _LANGUAGES_SEEN.add(tag)
    return tag


_UNCLEAN = re.compile(r"[\s\x00-\x1f\x7f]")


def check_url(url: str) -> str:
    """Check an absolute http(s) URL as newsmodel does (``urlsplit``, every time)."""
    parts = urllib.parse.urlsplit(url)
    if parts.scheme not in ("http", "https") or not parts.netloc or _UNCLEAN.search(url):
        raise ValueError(f"{url!r} is not an absolute http(s) URL")
    return url


_DATES_SEEN: set[str] = set()


def check_date(text: str) -> str:
    """EDTF, with newsmodel's own parser, for dates not seen before; keeps the text."""
    if text in _DATES_SEEN:
        return text
    PartialDate(text)
    if len(_DATES_SEEN) >= REMEMBERED:
        _DATES_SEEN.clear()
    _DATES_SEEN.add(text)
    return text


def forget() -> None:
    """Empty the remembered tags and dates (as newsmodel's caches can be, for a cold run)."""
    _LANGUAGES_SEEN.clear()
    _DATES_SEEN.clear()


def check_unique(items: Sequence[_T]) -> Sequence[_T]:
    """No item listed twice (lists of fewer than two items are not hashed)."""
    if len(items) > 1 and len(set(items)) != len(items):
        raise ValueError("an item is listed twice")
    return items


_IDENTIFIER_PATTERNS = {
    scheme.term: re.compile(pattern) for scheme, pattern in vocab.IDENTIFIER_PATTERNS.items()
}


def check_identifiers(identifiers: dict[str, str]) -> dict[str, str]:
    """Each external identifier matches its scheme's pattern (``re.match``, as newsmodel)."""
    for scheme, value in identifiers.items():
        pattern = _IDENTIFIER_PATTERNS.get(scheme)
        if pattern is not None and not pattern.match(value):
            raise ValueError(f"{value!r} is not a valid {scheme} identifier")
    return identifiers


def check_place(latitude: float | None, longitude: float | None) -> None:
    """Latitude and longitude come together."""
    if (latitude is None) != (longitude is None):
        raise ValueError("give both latitude and longitude, or neither")


def check_count(low: int | None, best: int | None, high: int | None) -> None:
    """At least one figure, and low <= best <= high over those given."""
    if low is None and best is None and high is None:
        raise ValueError("give at least one of low, best and high")
    if (
        (low is not None and best is not None and low > best)
        or (best is not None and high is not None and best > high)
        or (low is not None and high is not None and low > high)
    ):
        raise ValueError("low <= best <= high must hold")


def check_quote(text: str, start: int | None, end: int | None) -> None:
    """Offsets come together and span the quote's text."""
    if start is None and end is None:
        return
    if start is None or end is None:
        raise ValueError("give both start and end, or neither")
    if end - start != len(text):
        raise ValueError("the offsets do not span the quote's text")


def check_answer(answer: Any) -> None:
    """Check that an answer (of either peer) names one record, and a step in its proceeding."""
    named = (
        answer.allegation,
        answer.response,
        answer.document,
        answer.event,
        answer.report,
        answer.proceeding,
    )
    if sum(name is not None for name in named) != 1:
        raise ValueError("an answer names exactly one record")
    if answer.step is not None and answer.proceeding is None:
        raise ValueError("an answer names a step but no proceeding")


RETRACTION = vocab.Stance.RETRACTION.term


def check_retracts(retracts: Sequence[str], stances: Sequence[str]) -> None:
    """Check that a response that retracts another takes the stance ``retraction``."""
    if retracts and RETRACTION not in stances:
        raise ValueError("a response that retracts another takes the stance 'retraction'")


# --------------------------------------------------------------------------
# Vocabularies, from newsmodel.vocab
# --------------------------------------------------------------------------


def _terms(cls: type[vocab.Term]) -> Any:
    """Return the ``Literal`` type of a vocabulary's values."""
    return Literal[cls.values()]


if TYPE_CHECKING:
    ActorKind: TypeAlias = str
    AuthorRole: TypeAlias = str
    AllegationCategory: TypeAlias = str
    Aspect: TypeAlias = str
    Channel: TypeAlias = str
    Conduct: TypeAlias = str
    CountKind: TypeAlias = str
    DocumentKind: TypeAlias = str
    EventKind: TypeAlias = str
    EventRole: TypeAlias = str
    IdentifierScheme: TypeAlias = str
    Identity: TypeAlias = str
    PlacePrecision: TypeAlias = str
    Qualifier: TypeAlias = str
    Stance: TypeAlias = str
    Tactic: TypeAlias = str
    Verification: TypeAlias = str
    CountryCode: TypeAlias = str
else:
    ActorKind = _terms(vocab.ActorKind)
    AuthorRole = _terms(vocab.AuthorRole)
    AllegationCategory = _terms(vocab.AllegationCategory)
    Aspect = _terms(vocab.Aspect)
    Channel = _terms(vocab.Channel)
    Conduct = _terms(vocab.Conduct)
    CountKind = _terms(vocab.CountKind)
    DocumentKind = _terms(vocab.DocumentKind)
    EventKind = _terms(vocab.EventKind)
    EventRole = _terms(vocab.EventRole)
    IdentifierScheme = _terms(vocab.IdentifierScheme)
    Identity = _terms(vocab.Identity)
    PlacePrecision = _terms(vocab.PlacePrecision)
    Qualifier = _terms(vocab.Qualifier)
    Stance = _terms(vocab.Stance)
    Tactic = _terms(vocab.Tactic)
    Verification = _terms(vocab.Verification)
    CountryCode = Literal[COUNTRY_CODES]

NAMED = vocab.Identity.NAMED.term
UNVERIFIED = vocab.Verification.UNVERIFIED.term
AUTHOR = vocab.AuthorRole.AUTHOR.term

# --------------------------------------------------------------------------
# pydantic v2
# --------------------------------------------------------------------------

_NON_BLANK = StringConstraints(pattern=r"\S")
PText = Annotated[str, _NON_BLANK]
PId = Annotated[str, StringConstraints(max_length=ID_MAX, pattern=ID_PATTERN)]
PCountry = CountryCode
PLanguage = Annotated[str, _NON_BLANK, AfterValidator(check_language)]
PUrl = Annotated[str, StringConstraints(pattern=r"^https?://\S+$"), AfterValidator(check_url)]
PDate = Annotated[str, _NON_BLANK, AfterValidator(check_date)]
PIds = Annotated[list[PId], AfterValidator(check_unique)]
PIdsOneOrMore = Annotated[list[PId], Field(min_length=1), AfterValidator(check_unique)]
PTexts = Annotated[list[PText], AfterValidator(check_unique)]
PCount = Annotated[int, Field(ge=0)]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


class PydPlace(_Model):
    """A place (pydantic)."""

    name: PText
    country: PCountry | None = None
    admin_area: PText | None = None
    latitude: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)] | None = None
    longitude: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)] | None = None
    geonames_id: Annotated[int, Field(ge=1)] | None = None
    precision: PlacePrecision | None = None

    @pydantic.model_validator(mode="after")
    def _pair(self) -> "PydPlace":
        if self.latitude is not None or self.longitude is not None:
            check_place(self.latitude, self.longitude)
        return self


class PydCount(_Model):
    """A figure (pydantic)."""

    kind: CountKind
    who: PText | None = None
    low: PCount | None = None
    best: PCount | None = None
    high: PCount | None = None
    qualifier: Qualifier | None = None
    according_to: PId | None = None
    as_of: PDate | None = None
    subgroups: list["PydCount"] = []

    @pydantic.model_validator(mode="after")
    def _figures(self) -> "PydCount":
        check_count(self.low, self.best, self.high)
        return self


class PydQuote(_Model):
    """A quote (pydantic)."""

    text: PText
    speaker: PId | None = None
    start: Annotated[int, Field(ge=0)] | None = None
    end: Annotated[int, Field(ge=0)] | None = None
    language: PLanguage | None = None
    original_text: PText | None = None
    original_language: PLanguage | None = None
    disowned_in: PId | None = None

    @pydantic.model_validator(mode="after")
    def _offsets(self) -> "PydQuote":
        if self.start is not None or self.end is not None:
            check_quote(self.text, self.start, self.end)
        return self


class PydCitation(_Model):
    """A citation (pydantic)."""

    report: PId
    quotes: list[PydQuote] = []
    locator: PText | None = None


class PydPosition(_Model):
    """A position (pydantic)."""

    aspect: Aspect
    stance: Stance
    summary: PText | None = None


class PydAnswer(_Model):
    """An answer: one record a response answers (pydantic)."""

    allegation: PId | None = None
    response: PId | None = None
    document: PId | None = None
    event: PId | None = None
    report: PId | None = None
    proceeding: PId | None = None
    step: PText | None = None
    stance: Stance | None = None
    positions: list[PydPosition] = []

    @pydantic.model_validator(mode="after")
    def _one(self) -> "PydAnswer":
        check_answer(self)
        return self


class PydAuthor(_Model):
    """A report's author (pydantic)."""

    name: PText
    role: AuthorRole = AUTHOR
    actor: PId | None = None


class PydArgument(_Model):
    """An argument (pydantic)."""

    tactic: Tactic
    words: PText | None = None
    summary: PText | None = None
    actors: PIds = []


class PydParticipant(_Model):
    """A participant (pydantic)."""

    actor: PId
    role: EventRole


PCitations = Annotated[list[PydCitation], Field(min_length=1)]


class PydReport(_Model):
    """A report (pydantic)."""

    id: PId
    title: PText
    publisher: PId | None = None
    url: PUrl | None = None
    published: PDate | None = None
    updated: PDate | None = None
    language: PLanguage | None = None
    authors: list[PydAuthor] = []
    dateline: PydPlace | None = None
    body: PText | None = None
    retrieved: PDate | None = None
    supersedes: PId | None = None


class PydActor(_Model):
    """An actor (pydantic)."""

    id: PId
    name: PText
    kind: ActorKind
    identity: Identity = NAMED
    aliases: PTexts = []
    country: PCountry | None = None
    part_of: PId | None = None
    identifiers: Annotated[dict[IdentifierScheme, PText], AfterValidator(check_identifiers)] = {}
    description: PText | None = None


class PydDocument(_Model):
    """A document (pydantic)."""

    id: PId
    kind: DocumentKind
    title: PText | None = None
    authors: PIds = []
    published: PDate | None = None
    period: PDate | None = None
    url: PUrl | None = None
    language: PLanguage | None = None
    pages: Annotated[int, Field(ge=1)] | None = None
    citations: list[PydCitation] = []
    supersedes: PId | None = None


class PydAllegation(_Model):
    """An allegation (pydantic)."""

    id: PId
    accusers: PIdsOneOrMore
    accused: PIdsOneOrMore
    summary: PText
    categories: Annotated[list[AllegationCategory], AfterValidator(check_unique)] = []
    conduct: Annotated[list[Conduct], AfterValidator(check_unique)] = []
    made: PDate | None = None
    occurred: PDate | None = None
    places: list[PydPlace] = []
    victims: PIds = []
    counts: list[PydCount] = []
    evidence: PIds = []
    status: Verification = UNVERIFIED
    raised_in: PId | None = None
    supersedes: PId | None = None
    citations: PCitations


class PydResponse(_Model):
    """A response (pydantic)."""

    id: PId
    responders: PIdsOneOrMore
    answers: Annotated[list[PydAnswer], Field(min_length=1)]
    stances: Annotated[list[Stance], Field(min_length=1), AfterValidator(check_unique)]
    arguments: list[PydArgument] = []
    date: PDate | None = None
    channels: Annotated[list[Channel], AfterValidator(check_unique)] = []
    documents: PIds = []
    summary: PText | None = None
    retracts: PIds = []
    supersedes: PId | None = None
    citations: PCitations

    @pydantic.model_validator(mode="after")
    def _retracts(self) -> "PydResponse":
        if self.retracts:
            check_retracts(self.retracts, self.stances)
        return self


class PydEvent(_Model):
    """An event (pydantic)."""

    id: PId
    kind: EventKind
    summary: PText
    date: PDate | None = None
    places: list[PydPlace] = []
    participants: list[PydParticipant] = []
    allegations: PIds = []
    counts: list[PydCount] = []
    supersedes: PId | None = None
    citations: PCitations


class PydBundle(_Model):
    """A bundle (pydantic)."""

    schema_version: Literal[2]
    reports: list[PydReport] = []
    actors: list[PydActor] = []
    documents: list[PydDocument] = []
    allegations: list[PydAllegation] = []
    responses: list[PydResponse] = []
    events: list[PydEvent] = []


class PydReportLine(PydReport):
    """A JSON Lines report (pydantic)."""

    type: Literal["report"]


class PydActorLine(PydActor):
    """A JSON Lines actor (pydantic)."""

    type: Literal["actor"]


class PydDocumentLine(PydDocument):
    """A JSON Lines document (pydantic)."""

    type: Literal["document"]


class PydAllegationLine(PydAllegation):
    """A JSON Lines allegation (pydantic)."""

    type: Literal["allegation"]


class PydResponseLine(PydResponse):
    """A JSON Lines response (pydantic)."""

    type: Literal["response"]


class PydEventLine(PydEvent):
    """A JSON Lines event (pydantic)."""

    type: Literal["event"]


PydRecordLine = Annotated[
    PydReportLine
    | PydActorLine
    | PydDocumentLine
    | PydAllegationLine
    | PydResponseLine
    | PydEventLine,
    Field(discriminator="type"),
]
#: Validates one JSON Lines record of any type.
PYDANTIC_RECORD_LINE: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(PydRecordLine)


def _strip_functions(schema: Any) -> Any:
    """Copy a core schema, taking every after-validator function out."""
    if isinstance(schema, list):
        return [_strip_functions(item) for item in schema]
    if not isinstance(schema, dict):
        return schema
    if schema.get("type") == "function-after":
        inner = _strip_functions(schema["schema"])
        if "ref" in schema:  # definitions refer to the model by the wrapper's ref
            inner["ref"] = schema["ref"]
        return inner
    if str(schema.get("type", "")).startswith("function-"):
        raise ValueError(f"unexpected {schema['type']} validator in the peer models")
    return {key: _strip_functions(value) for key, value in schema.items()}


def pydantic_shape_validator(model: type[BaseModel] | pydantic.TypeAdapter[Any]) -> Any:
    """Return a validator for ``model`` with its native checks only (no Python functions).

    Its ``validate_json`` and ``validate_python`` return the same model
    instances as the full model's.
    """
    if isinstance(model, pydantic.TypeAdapter):
        schema = model.core_schema
    else:
        schema = model.__pydantic_core_schema__
    stripped = _strip_functions(schema)
    # pydantic-core reuses the validator a complete model class already has
    # (functions and all) wherever the schema names the class; for the build,
    # mark the classes incomplete so that it compiles the stripped schemas.
    classes = set(_model_classes(stripped))
    for cls in classes:
        cls.__pydantic_complete__ = False
    try:
        return pydantic_core.SchemaValidator(stripped)
    finally:
        for cls in classes:
            cls.__pydantic_complete__ = True


def _model_classes(schema: Any) -> Iterator[type[BaseModel]]:
    if isinstance(schema, list):
        for item in schema:
            yield from _model_classes(item)
    elif isinstance(schema, dict):
        if schema.get("type") == "model":
            yield schema["cls"]
        for value in schema.values():
            yield from _model_classes(value)


# --------------------------------------------------------------------------
# msgspec
# --------------------------------------------------------------------------

_END = r"\Z"  # msgspec searches with Python's re, where $ also matches before a final newline
MText = Annotated[str, msgspec.Meta(pattern=r"\S")]
MId = Annotated[str, msgspec.Meta(max_length=ID_MAX, pattern=ID_PATTERN[:-1] + _END)]
MCountry = CountryCode
MUrl = Annotated[str, msgspec.Meta(pattern=r"^https?://\S+" + _END)]
MIdsOneOrMore = Annotated[tuple[MId, ...], msgspec.Meta(min_length=1)]
MCount = Annotated[int, msgspec.Meta(ge=0)]


class _Struct(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True, kw_only=True
):
    pass


class MsgPlace(_Struct, frozen=True, kw_only=True):
    """A place (msgspec)."""

    name: MText
    country: MCountry | None = None
    admin_area: MText | None = None
    latitude: Annotated[float, msgspec.Meta(ge=-90, le=90)] | None = None
    longitude: Annotated[float, msgspec.Meta(ge=-180, le=180)] | None = None
    geonames_id: Annotated[int, msgspec.Meta(ge=1)] | None = None
    precision: PlacePrecision | None = None


class MsgCount(_Struct, frozen=True, kw_only=True):
    """A figure (msgspec)."""

    kind: CountKind
    who: MText | None = None
    low: MCount | None = None
    best: MCount | None = None
    high: MCount | None = None
    qualifier: Qualifier | None = None
    according_to: MId | None = None
    as_of: MText | None = None
    subgroups: tuple["MsgCount", ...] = ()


class MsgQuote(_Struct, frozen=True, kw_only=True):
    """A quote (msgspec)."""

    text: MText
    speaker: MId | None = None
    start: Annotated[int, msgspec.Meta(ge=0)] | None = None
    end: Annotated[int, msgspec.Meta(ge=0)] | None = None
    language: MText | None = None
    original_text: MText | None = None
    original_language: MText | None = None
    disowned_in: MId | None = None


class MsgCitation(_Struct, frozen=True, kw_only=True):
    """A citation (msgspec)."""

    report: MId
    quotes: tuple[MsgQuote, ...] = ()
    locator: MText | None = None


class MsgPosition(_Struct, frozen=True, kw_only=True):
    """A position (msgspec)."""

    aspect: Aspect
    stance: Stance
    summary: MText | None = None


class MsgAnswer(_Struct, frozen=True, kw_only=True):
    """An answer: one record a response answers (msgspec)."""

    allegation: MId | None = None
    response: MId | None = None
    document: MId | None = None
    event: MId | None = None
    report: MId | None = None
    proceeding: MId | None = None
    step: MText | None = None
    stance: Stance | None = None
    positions: tuple[MsgPosition, ...] = ()


class MsgAuthor(_Struct, frozen=True, kw_only=True):
    """A report's author (msgspec)."""

    name: MText
    role: AuthorRole = AUTHOR
    actor: MId | None = None


class MsgArgument(_Struct, frozen=True, kw_only=True):
    """An argument (msgspec)."""

    tactic: Tactic
    words: MText | None = None
    summary: MText | None = None
    actors: tuple[MId, ...] = ()


class MsgParticipant(_Struct, frozen=True, kw_only=True):
    """A participant (msgspec)."""

    actor: MId
    role: EventRole


MCitations = Annotated[tuple[MsgCitation, ...], msgspec.Meta(min_length=1)]


class MsgReport(_Struct, frozen=True, kw_only=True):
    """A report (msgspec)."""

    id: MId
    title: MText
    publisher: MId | None = None
    url: MUrl | None = None
    published: MText | None = None
    updated: MText | None = None
    language: MText | None = None
    authors: tuple[MsgAuthor, ...] = ()
    dateline: MsgPlace | None = None
    body: MText | None = None
    retrieved: MText | None = None
    supersedes: MId | None = None


class MsgActor(_Struct, frozen=True, kw_only=True):
    """An actor (msgspec)."""

    id: MId
    name: MText
    kind: ActorKind
    identity: Identity = NAMED
    aliases: tuple[MText, ...] = ()
    country: MCountry | None = None
    part_of: MId | None = None
    identifiers: dict[IdentifierScheme, MText] = {}
    description: MText | None = None


class MsgDocument(_Struct, frozen=True, kw_only=True):
    """A document (msgspec)."""

    id: MId
    kind: DocumentKind
    title: MText | None = None
    authors: tuple[MId, ...] = ()
    published: MText | None = None
    period: MText | None = None
    url: MUrl | None = None
    language: MText | None = None
    pages: Annotated[int, msgspec.Meta(ge=1)] | None = None
    citations: tuple[MsgCitation, ...] = ()
    supersedes: MId | None = None


class MsgAllegation(_Struct, frozen=True, kw_only=True):
    """An allegation (msgspec)."""

    id: MId
    accusers: MIdsOneOrMore
    accused: MIdsOneOrMore
    summary: MText
    categories: tuple[AllegationCategory, ...] = ()
    conduct: tuple[Conduct, ...] = ()
    made: MText | None = None
    occurred: MText | None = None
    places: tuple[MsgPlace, ...] = ()
    victims: tuple[MId, ...] = ()
    counts: tuple[MsgCount, ...] = ()
    evidence: tuple[MId, ...] = ()
    status: Verification = UNVERIFIED
    raised_in: MId | None = None
    supersedes: MId | None = None
    citations: MCitations


class MsgResponse(_Struct, frozen=True, kw_only=True):
    """A response (msgspec)."""

    id: MId
    responders: MIdsOneOrMore
    answers: Annotated[tuple[MsgAnswer, ...], msgspec.Meta(min_length=1)]
    stances: Annotated[tuple[Stance, ...], msgspec.Meta(min_length=1)]
    arguments: tuple[MsgArgument, ...] = ()
    date: MText | None = None
    channels: tuple[Channel, ...] = ()
    documents: tuple[MId, ...] = ()
    summary: MText | None = None
    retracts: tuple[MId, ...] = ()
    supersedes: MId | None = None
    citations: MCitations


class MsgEvent(_Struct, frozen=True, kw_only=True):
    """An event (msgspec)."""

    id: MId
    kind: EventKind
    summary: MText
    date: MText | None = None
    places: tuple[MsgPlace, ...] = ()
    participants: tuple[MsgParticipant, ...] = ()
    allegations: tuple[MId, ...] = ()
    counts: tuple[MsgCount, ...] = ()
    supersedes: MId | None = None
    citations: MCitations


class MsgBundle(_Struct, frozen=True, kw_only=True):
    """A bundle (msgspec)."""

    schema_version: Literal[2]
    reports: tuple[MsgReport, ...] = ()
    actors: tuple[MsgActor, ...] = ()
    documents: tuple[MsgDocument, ...] = ()
    allegations: tuple[MsgAllegation, ...] = ()
    responses: tuple[MsgResponse, ...] = ()
    events: tuple[MsgEvent, ...] = ()


class MsgReportLine(MsgReport, frozen=True, kw_only=True, tag_field="type", tag="report"):
    """A JSON Lines report (msgspec)."""


class MsgActorLine(MsgActor, frozen=True, kw_only=True, tag_field="type", tag="actor"):
    """A JSON Lines actor (msgspec)."""


class MsgDocumentLine(MsgDocument, frozen=True, kw_only=True, tag_field="type", tag="document"):
    """A JSON Lines document (msgspec)."""


class MsgAllegationLine(
    MsgAllegation, frozen=True, kw_only=True, tag_field="type", tag="allegation"
):
    """A JSON Lines allegation (msgspec)."""


class MsgResponseLine(MsgResponse, frozen=True, kw_only=True, tag_field="type", tag="response"):
    """A JSON Lines response (msgspec)."""


class MsgEventLine(MsgEvent, frozen=True, kw_only=True, tag_field="type", tag="event"):
    """A JSON Lines event (msgspec)."""


MsgRecordLine = (
    MsgReportLine
    | MsgActorLine
    | MsgDocumentLine
    | MsgAllegationLine
    | MsgResponseLine
    | MsgEventLine
)
#: Decodes one JSON Lines record of any type.
MSGSPEC_RECORD_LINE: msgspec.json.Decoder[Any] = msgspec.json.Decoder(MsgRecordLine)


# The post-decode pass: the same checks as the pydantic models' functions,
# written inline as one would by hand (a test for ``None`` before each call),
# skipping the pair and offset rules where none of their fields is given.


def _check_place(place: MsgPlace) -> None:
    if place.latitude is not None or place.longitude is not None:
        check_place(place.latitude, place.longitude)


def _check_count(count: MsgCount) -> None:
    if count.as_of is not None:
        check_date(count.as_of)
    check_count(count.low, count.best, count.high)
    for subgroup in count.subgroups:
        _check_count(subgroup)


def _check_citations(citations: Iterable[MsgCitation]) -> None:
    for citation in citations:
        for quote in citation.quotes:
            if quote.language is not None:
                check_language(quote.language)
            if quote.original_language is not None:
                check_language(quote.original_language)
            if quote.start is not None or quote.end is not None:
                check_quote(quote.text, quote.start, quote.end)


def _check_report(report: MsgReport) -> None:
    if report.url is not None:
        check_url(report.url)
    if report.published is not None:
        check_date(report.published)
    if report.updated is not None:
        check_date(report.updated)
    if report.retrieved is not None:
        check_date(report.retrieved)
    if report.language is not None:
        check_language(report.language)
    if report.dateline is not None:
        _check_place(report.dateline)


def _check_actor(actor: MsgActor) -> None:
    check_unique(actor.aliases)
    if actor.identifiers:
        check_identifiers(actor.identifiers)


def _check_document(document: MsgDocument) -> None:
    check_unique(document.authors)
    if document.published is not None:
        check_date(document.published)
    if document.period is not None:
        check_date(document.period)
    if document.url is not None:
        check_url(document.url)
    if document.language is not None:
        check_language(document.language)
    _check_citations(document.citations)


def _check_allegation(allegation: MsgAllegation) -> None:
    check_unique(allegation.accusers)
    check_unique(allegation.accused)
    check_unique(allegation.categories)
    check_unique(allegation.conduct)
    if allegation.made is not None:
        check_date(allegation.made)
    if allegation.occurred is not None:
        check_date(allegation.occurred)
    for place in allegation.places:
        _check_place(place)
    check_unique(allegation.victims)
    for count in allegation.counts:
        _check_count(count)
    check_unique(allegation.evidence)
    _check_citations(allegation.citations)


def _check_response(response: MsgResponse) -> None:
    check_unique(response.responders)
    for answer in response.answers:
        check_answer(answer)
    check_unique(response.stances)
    for argument in response.arguments:
        check_unique(argument.actors)
    if response.date is not None:
        check_date(response.date)
    check_unique(response.channels)
    check_unique(response.documents)
    if response.retracts:
        check_unique(response.retracts)
        check_retracts(response.retracts, response.stances)
    _check_citations(response.citations)


def _check_event(event: MsgEvent) -> None:
    if event.date is not None:
        check_date(event.date)
    for place in event.places:
        _check_place(place)
    check_unique(event.allegations)
    for count in event.counts:
        _check_count(count)
    _check_citations(event.citations)


_RECORD_CHECKS: dict[type[Any], Callable[[Any], None]] = {
    MsgReport: _check_report,
    MsgActor: _check_actor,
    MsgDocument: _check_document,
    MsgAllegation: _check_allegation,
    MsgResponse: _check_response,
    MsgEvent: _check_event,
}
for _line, _base in (
    (MsgReportLine, MsgReport),
    (MsgActorLine, MsgActor),
    (MsgDocumentLine, MsgDocument),
    (MsgAllegationLine, MsgAllegation),
    (MsgResponseLine, MsgResponse),
    (MsgEventLine, MsgEvent),
):
    _RECORD_CHECKS[_line] = _RECORD_CHECKS[_base]


def msgspec_check(value: _T) -> _T:
    """Run the Python-level checks on a decoded bundle or record; raise ``ValueError``."""
    if isinstance(value, MsgBundle):
        for report in value.reports:
            _check_report(report)
        for actor in value.actors:
            _check_actor(actor)
        for document in value.documents:
            _check_document(document)
        for allegation in value.allegations:
            _check_allegation(allegation)
        for response in value.responses:
            _check_response(response)
        for event in value.events:
            _check_event(event)
    else:
        _RECORD_CHECKS[type(value)](value)
    return value


# --------------------------------------------------------------------------
# Dataset checks for the pydantic peer: unique ids, references that resolve
# --------------------------------------------------------------------------


def _nested(annotation: Any) -> bool:
    """Whether a newsmodel field holds records or value classes (attrs classes)."""
    return attrs.has(annotation) or any(_nested(arg) for arg in get_args(annotation))


def _plan(
    cls: type[Any], declared: Iterable[str]
) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Return the reference fields (name, kind) and the nested fields of a newsmodel class.

    Only those of ``declared``, the fields the peer models (a part of schema 2).
    """
    names = set(declared)
    fields = [f for f in attrs.fields(cls) if f.name in names]
    refs = tuple((f.name, f.metadata["ref"]) for f in fields if "ref" in f.metadata)
    nested = tuple(f.name for f in fields if _nested(f.type))
    return refs, nested


_PLANS: dict[str, tuple[tuple[tuple[str, str], ...], tuple[str, ...]]] = {}


class PydanticDataset:
    """What a pydantic user would write to check a dataset of bundles across files.

    Every record id is unique, and every reference (the fields newsmodel's model
    marks ``ref``) names a record of the kind it must.  newsmodel's dataset rules
    check more (``part_of`` cycles, quotes against report text, responses and
    retractions, superseding, dates): this peer does less than newsmodel.
    """

    def __init__(self) -> None:
        self.kinds: dict[str, str] = {}
        self.problems: list[str] = []
        self._references: list[tuple[str, str, str]] = []  # (id, kind, file)

    def add(self, bundle: PydBundle, file: str) -> None:
        """Index the records of one bundle and note their references."""
        for key in ("reports", "actors", "documents", "allegations", "responses", "events"):
            kind = key[:-1]
            for record in getattr(bundle, key):
                if record.id in self.kinds:
                    self.problems.append(f"{file}: {record.id!r} is defined twice")
                self.kinds[record.id] = kind
                self._note(record, file)

    def _note(self, value: BaseModel, file: str) -> None:
        name = type(value).__name__.removeprefix("Pyd")
        plan = _PLANS.get(name)
        if plan is None:
            plan = _PLANS[name] = _plan(getattr(newsmodel_model, name), type(value).model_fields)
        refs, nested = plan
        for field_name, kind in refs:
            found = getattr(value, field_name)
            if found is None:
                continue
            if isinstance(found, str):
                self._references.append((found, kind, file))
            else:
                self._references.extend((each, kind, file) for each in found)
        for field_name in nested:
            found = getattr(value, field_name)
            if isinstance(found, BaseModel):
                self._note(found, file)
            elif isinstance(found, list):
                for each in found:
                    self._note(each, file)

    def finish(self) -> list[str]:
        """Check every reference; return every problem."""
        kinds = self.kinds
        for record_id, kind, file in self._references:
            if kinds.get(record_id) != kind:
                self.problems.append(f"{file}: {record_id!r} is not a known {kind}")
        return self.problems
