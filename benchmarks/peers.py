r"""The newsmodel schema written the obvious way in pydantic v2 and in msgspec, for benchmarks.

Both peers model all of schema version 2 as :mod:`newsmodel.model` does:
the seven records (reports, actors, documents, allegations, responses,
events, proceedings) and every value nested in them (places, counts,
quantities, quotes, citations, answers, timings, steps, charges, sanctions,
calls, tallies, variants, copies, sources, mentions, roles, relations,
traits, mistakes...), with the same fields in the same order, the same
required fields and defaults, and the vocabularies as ``Literal`` types of
every term of :mod:`newsmodel.vocab` (each vocabulary's values, read from
newsmodel rather than retyped: the ``Literal`` is the same either way).
``tests/test_benchmarks.py`` walks newsmodel's model and fails when a field
or a vocabulary is missing from a peer, so the peers cannot drift.  Each
peer is run at two levels of strictness, and the benchmark reports both rows
so readers see what the Python-level checks cost:

**shape only**: what the library checks natively, in Rust or C.

- pydantic: ``ConfigDict(extra="forbid", strict=True, frozen=True)`` (no
  coercion: a string is only a string, an integer only an integer, never a
  boolean), required fields, vocabulary, country and currency ``Literal``
  values, ``StringConstraints``: non-blank text (``pattern=r"\S"``), the id
  pattern and its 100-character limit, URLs as ``http(s)://`` without white
  space; ``Field(ge=..., le=...)`` ranges, finite floats,
  ``Field(min_length=1)`` on the lists that need an item.  Lists are
  ``list[...]``: in strict mode pydantic takes a ``tuple`` field only from a
  Python tuple, and ``yaml.load`` gives lists.  An absent list is filled by
  ``Field(default_factory=list)``: a ``[]`` default is deep-copied for every
  instance that leaves the field out (2.5 µs a field; the peers of session 4
  paid it, and with all of schema 2 it took over half of pydantic's time on
  the generated data).
- msgspec: ``Struct(frozen=True, forbid_unknown_fields=True)`` with the same
  constraints as ``Meta(pattern=..., max_length=..., ge=..., le=...,
  min_length=...)``, and ISO 8601 durations as a ``Meta`` pattern (msgspec
  matches patterns with Python's ``re``, pydantic-core's Rust engine has no
  look-ahead); msgspec is strict by default (no bool for int, no str for int).

**full**: shape, plus every check that ``newsmodel.loads`` makes on one
file (the value rules NM2xx and NM3xx) that neither library can express
natively, written as a competent user of each library would write it and as
newsmodel's fast path does (issue 19): no peer pays for a call newsmodel
avoids, nor the reverse.

- ISO 3166-1 alpha-2 and ISO 4217: native ``Literal`` values of pycountry's
  codes (newsmodel: a set of the same codes);
- BCP 47: the RFC 5646 grammar (newsmodel's pattern) and
  ``langcodes.tag_is_valid``, for tags not seen before (a set of the last
  4,096 checked, as newsmodel);
- absolute http(s) URL: newsmodel's pattern of the plain ones, else
  ``urllib.parse.urlsplit`` (scheme and host), as newsmodel;
- EDTF: ``newsmodel.dates.PartialDate(text)`` for dates not seen before (the
  last 4,096, as newsmodel: both keep the ``PartialDate``, the peers by text
  beside the text they hold, for the rules that compare dates);
- ISO 8601 durations: newsmodel's pattern; ``P2Y`` against ``P1Y`` with
  newsmodel's ``shorter`` (months of 28 to 31 days), as the peers use
  newsmodel's EDTF parser for dates;
- no repeated item in lists of strings, ids and terms (lists of two or more);
- identifiers: each scheme's pattern from ``newsmodel.vocab.IDENTIFIER_PATTERNS``;
- the rules over several fields of one value or record
  (``newsmodel.rules.values.CHECKS``): a count gives a figure or words and
  ``low <= best <= high``; a quantity gives an amount, a range or words, in
  order, and not both a currency and a unit; a unanimous tally has no vote
  against; a place gives latitude and longitude together; a quote's offsets
  span its text; an answer or a timing names exactly one record, and a step
  only with a proceeding; a range of durations (a timing's offsets, a
  sanction's durations) has its lower end and the qualifier ``range``, in
  order; a sanction the rules provide is not requested; a trait names its
  source; an allegation names accused, a subject or an unidentified
  perpetrator, and each act is by some of its accused; a response that
  retracts another takes the stance ``retraction``; a record (or a step) is
  not timed from itself; a proceeding's step and charge ids are unique, a
  step's ``of`` names an earlier step (by order and date), its charges are
  the proceeding's, and a sanction does not start before the proceeding
  opened; a record's variants name its fields and hold what the field holds
  (validated as that field's type, with the library: a ``TypeAdapter`` in
  pydantic, ``msgspec.convert`` and the field's check in msgspec), one of
  them preferred at most; and a term ``other`` asks for the notes of the
  value holding it.

In pydantic these are ``AfterValidator`` and ``model_validator(mode="after")``
functions, each on the class it checks (pydantic calls a model validator on
every instance; each returns at once when its fields are absent, as
newsmodel skips a check); the shape-only validator is the same models' core
schema with every such function taken out (:func:`pydantic_shape_validator`).
In msgspec they are a pass over the decoded structs (:func:`msgspec_check`),
run right after decoding, that tests for ``None`` or an empty list before
each call.

What the peers cannot express, and what they do instead:

- a variant's value is checked as the field's type alone, without the
  field's range (newsmodel's converter does the same: ``counts[0].best: -1``
  as a variant passes both);
- a text of only the control characters ``\x1c`` to ``\x1f`` is blank to
  Python's ``str.isspace`` (newsmodel) and not to ``\S`` (the peers' native
  pattern): the peers accept it;
- every problem with its line and column: each peer stops at the first
  problem of a record (pydantic collects per field, msgspec stops at the
  first), and neither knows lines; newsmodel reads data with problems again
  to place each one;
- a JSON object with a key twice: newsmodel rejects it (NM103); pydantic's
  ``model_validate_json`` and msgspec's decoder keep the last value.  The
  "full" rows read JSON as a competent user who needs that would:
  ``json.loads(text, object_pairs_hook=`` :func:`unique_keys` ``)``, then
  ``model_validate`` or ``msgspec.convert`` and the checks.  The rows that
  decode in Rust or C (``model_validate_json``, ``msgspec decode``) are
  reported beside them as "checks, repeated keys kept".  The targets of
  issue 19 use the full rows, since only they do newsmodel's job.

Before issue 19 the peers looked each country up with
``pycountry.countries.get()`` (537 ns a call against newsmodel's 18 ns), built
a ``PartialDate`` and ran ``langcodes`` for every date and tag, and the
msgspec pass called a helper per optional field: newsmodel's lead was partly
theirs to lose.  :func:`forget` empties the remembered tags and dates.

newsmodel builds :class:`~newsmodel.dates.PartialDate` and vocabulary members
where the peers keep strings.

JSON Lines records carry a ``type`` key: the peers read them through a union
of record types tagged by it (pydantic ``Field(discriminator="type")``,
msgspec ``tag_field="type"``).
"""

import functools
import itertools
import json
import re
import urllib.parse
from collections.abc import Callable, Iterable, Iterator, Sequence
from types import NoneType, UnionType
from typing import (
    TYPE_CHECKING,
    Annotated,
    Any,
    Literal,
    TypeAlias,
    TypeVar,
    Union,
    get_args,
    get_origin,
    get_type_hints,
)

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
from newsmodel.types.duration import PATTERN as DURATION_PATTERN
from newsmodel.types.duration import shorter
from newsmodel.types.language import PATTERN as LANGUAGE_PATTERN

__all__ = [
    "MSGSPEC_RECORD_LINE",
    "PYDANTIC_RECORD_LINE",
    "MsgBundle",
    "PydBundle",
    "PydanticDataset",
    "msgspec_check",
    "msgspec_full",
    "pydantic_full",
    "pydantic_shape_validator",
    "read_json",
    "unique_keys",
]

ID_PATTERN = r"^[a-z0-9]+(?:-[a-z0-9]+)*$"
ID_MAX = 100
#: An absolute http(s) URL, the shape (newsmodel's JSON Schema pattern).
URL_PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s][^\s]*$"

# --------------------------------------------------------------------------
# Reading JSON with a key twice refused (the "full" rows)
# --------------------------------------------------------------------------


def unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """Build a JSON object, refusing a key given twice (``json.loads``'s ``object_pairs_hook``)."""
    found = dict(pairs)
    if len(found) != len(pairs):
        raise ValueError("a JSON object has the same key twice")
    return found


def read_json(text: str | bytes) -> Any:
    """Parse JSON as ``json.loads`` does, refusing an object with a key twice."""
    return json.loads(text, object_pairs_hook=unique_keys)


# --------------------------------------------------------------------------
# The Python-level checks, shared by both peers, written as newsmodel's fast
# path writes them: a set lookup for what was checked before (the last 4,096
# of each kind, all forgotten when full, as in newsmodel), the library call
# only for what is new.  Each raises ValueError; pydantic and msgspec report it.
# --------------------------------------------------------------------------

_T = TypeVar("_T")
REMEMBERED = 4096
"""How many language tags and dates each check remembers (newsmodel's bound)."""

#: Every ISO 3166-1 alpha-2 code, from pycountry (newsmodel's list): a native ``Literal``.
COUNTRY_CODES = tuple(sorted(country.alpha_2 for country in pycountry.countries))
#: Every ISO 4217 alphabetic code, from pycountry (newsmodel's list): a native ``Literal``.
CURRENCY_CODES = tuple(sorted(currency.alpha_3 for currency in pycountry.currencies))

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
#: URLs that need no ``urlsplit``, as newsmodel has them: an http(s) scheme, an ASCII host
#: part without brackets, then no white space or control character.
_PLAIN_URL = re.compile(
    r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9._~!$&'()*+,;=:@%-]+(?:[/?#][^\s\x00-\x1f\x7f]*)?\Z"
).match


def check_url(url: str) -> str:
    """Check an absolute http(s) URL as newsmodel does (a pattern, else ``urlsplit``)."""
    if _PLAIN_URL(url):
        return url
    parts = urllib.parse.urlsplit(url)  # a ValueError for a malformed host, as any
    if parts.scheme not in ("http", "https") or not parts.netloc or _UNCLEAN.search(url):
        raise ValueError(f"{url!r} is not an absolute http(s) URL")
    return url


_DATES_SEEN: dict[str, PartialDate] = {}


def parsed_date(text: str) -> PartialDate:
    """Return the ``PartialDate`` of an EDTF text, parsed once (the last 4,096 kept)."""
    date = _DATES_SEEN.get(text)
    if date is None:
        date = PartialDate(text)
        if len(_DATES_SEEN) >= REMEMBERED:
            _DATES_SEEN.clear()
        _DATES_SEEN[text] = date
    return date


def check_date(text: str) -> str:
    """EDTF, with newsmodel's own parser, for dates not seen before; keeps the text."""
    if text not in _DATES_SEEN:
        parsed_date(text)
    return text


_DURATION = re.compile(DURATION_PATTERN)


def check_duration(text: str) -> str:
    """Check an ISO 8601 duration with newsmodel's pattern (``re.match``, every time, as it)."""
    if not _DURATION.match(text):
        raise ValueError(f"{text!r} is not an ISO 8601 duration")
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
    scheme.term: re.compile(pattern.removeprefix("^").removesuffix("$"))
    for scheme, pattern in vocab.IDENTIFIER_PATTERNS.items()
}


def check_identifiers(identifiers: dict[str, str]) -> dict[str, str]:
    """Each external identifier matches its scheme's pattern (``fullmatch``, as newsmodel)."""
    for scheme, value in identifiers.items():
        pattern = _IDENTIFIER_PATTERNS.get(scheme)
        if pattern is not None and not pattern.fullmatch(value):
            raise ValueError(f"{value!r} is not a valid {scheme} identifier")
    return identifiers


# The rules over several fields.  Each takes a value of either peer (pydantic
# models and msgspec structs have the same attributes) and raises ValueError.

OTHER = "other"


def check_notes(value: Any, fields: tuple[str, ...]) -> None:
    """Check that a term ``other`` in one of ``fields`` comes with the value's notes."""
    if value.notes is not None:
        return
    for name in fields:
        held = getattr(value, name)
        if held == OTHER or (held.__class__ in (list, tuple) and OTHER in held):
            raise ValueError(f"{name} is 'other': say in notes what the source calls it")


def check_place(latitude: float | None, longitude: float | None) -> None:
    """Latitude and longitude come together."""
    if (latitude is None) != (longitude is None):
        raise ValueError("give both latitude and longitude, or neither")


def _in_order(*figures: float | None) -> None:
    """Each figure given is at least the given one before it."""
    given = [figure for figure in figures if figure is not None]
    if any(a > b for a, b in itertools.pairwise(given)):
        raise ValueError("the figures are out of order (low <= best <= high)")


def check_count(count: Any) -> None:
    """Check that a count gives a figure or the source's words, and ``low <= best <= high``."""
    low, best, high = count.low, count.best, count.high
    if low is None and best is None and high is None:
        if count.words is None:
            raise ValueError("give at least one of low, best and high, or words")
        return
    _in_order(low, best, high)


def check_quantity(quantity: Any) -> None:
    """Check that a quantity gives an amount, a range or words, in order; a currency or a unit."""
    low, amount, high = quantity.low, quantity.amount, quantity.high
    if low is None and amount is None and high is None:
        if quantity.words is None:
            raise ValueError("give amount, low and high, or words")
    else:
        _in_order(low, amount, high)
    if quantity.currency is not None and quantity.unit is not None:
        raise ValueError("money takes a currency and no unit")


def check_tally(tally: Any) -> None:
    """Check that a unanimous vote has no vote against."""
    if tally.unanimous and tally.against:
        raise ValueError("the vote is called unanimous but some voted against")


def check_quote(text: str, start: int | None, end: int | None) -> None:
    """Offsets come together and span the quote's text."""
    if start is None and end is None:
        return
    if start is None or end is None:
        raise ValueError("give both start and end, or neither")
    if end - start != len(text):
        raise ValueError("the offsets do not span the quote's text")


#: The fields of an answer and of a timing that name a record.
NAMING = ("allegation", "response", "document", "event", "report", "proceeding")


def check_names_one(value: Any) -> None:
    """Check that an answer or a timing names one record, and a step only with a proceeding."""
    named = 0
    for name in NAMING:
        if getattr(value, name) is not None:
            named += 1
    if named != 1:
        raise ValueError("name exactly one record")
    if value.step is not None and value.proceeding is None:
        raise ValueError("a step is named within its proceeding")


RANGE = vocab.Qualifier.RANGE.term


def check_range(low: str | None, high: str | None, qualifier: str | None) -> None:
    """Check a range of durations: an upper end needs the lower end and ``range``, and is longer."""
    if low is None:
        if high is not None or qualifier is not None:
            raise ValueError("an upper end or a qualifier without the duration it hedges")
    elif high is not None:
        if qualifier != RANGE:
            raise ValueError("an upper end takes the qualifier range")
        if shorter(high, low):
            raise ValueError("the upper end is shorter than the lower end")
    elif qualifier == RANGE:
        raise ValueError("the qualifier range takes an upper end")


def check_timing(timing: Any) -> None:
    """Check that a timing names one record and its offsets make a range."""
    check_names_one(timing)
    if timing.offset is not None or timing.offset_high is not None or timing.qualifier:
        check_range(timing.offset, timing.offset_high, timing.qualifier)


PROVIDED = vocab.SanctionStatus.PROVIDED.term


def check_sanction(sanction: Any) -> None:
    """Check a sanction's range of durations; the one the rules provide is not requested."""
    if sanction.duration is not None or sanction.duration_high is not None or sanction.qualifier:
        check_range(sanction.duration, sanction.duration_high, sanction.qualifier)
    if sanction.requested and sanction.status == PROVIDED:
        raise ValueError("a sanction the rules provide is not requested")


def check_trait(trait: Any) -> None:
    """Check that a trait names who ascribes it, or the reports that give it."""
    if not trait.according_to and not trait.citations:
        raise ValueError("a trait names its source")


def check_timed_from(timings: Iterable[Any], field: str, record: str, step: Any = None) -> None:
    """No timing of a record (or of a proceeding's step) is measured from itself."""
    for timing in timings:
        if getattr(timing, field) == record and timing.step == step:
            raise ValueError("a timing is measured from the record that holds it")


def check_allegation(allegation: Any) -> None:
    """Accused, a subject or an unidentified perpetrator; each act by some of the accused."""
    accused = allegation.accused
    if accused:
        if allegation.unidentified_perpetrator:
            raise ValueError("accused and an unidentified perpetrator")
    elif not (allegation.unidentified_perpetrator or allegation.subject):
        raise ValueError("the allegation names no accused")
    for act in allegation.acts:
        for actor in act.by:
            if actor not in accused:
                raise ValueError(f"act by {actor!r}, who is not among the accused")


RETRACTION = vocab.Stance.RETRACTION.term


def check_retracts(retracts: Sequence[str], stances: Sequence[str]) -> None:
    """Check that a response that retracts another takes the stance ``retraction``."""
    if retracts and RETRACTION not in stances:
        raise ValueError("a response that retracts another takes the stance 'retraction'")


def check_proceeding(proceeding: Any) -> None:
    """Step and charge ids unique; ``of`` an earlier step; the proceeding's charges; dates."""
    steps, charges = proceeding.steps, proceeding.charges
    if not steps and not charges:
        return
    step_ids = [step.id for step in steps if step.id is not None]
    charge_ids = [charge.id for charge in charges]
    check_unique(step_ids)
    check_unique(charge_ids)
    opened = parsed_date(proceeding.period).earliest if proceeding.period is not None else None
    earlier: dict[str, str | None] = {}
    for step in steps:
        if step.of is not None:
            if step.of not in earlier:
                raise ValueError(f"step {step.of!r} is not an earlier step of the proceeding")
            before = earlier[step.of]
            if (
                step.date is not None
                and before is not None
                and parsed_date(step.date).definitely_before(parsed_date(before))
            ):
                raise ValueError(f"the step is dated before step {step.of!r}")
        for charge in step.charges:
            if charge not in charge_ids:
                raise ValueError(f"no charge of the proceeding has the id {charge!r}")
        if opened is not None:
            for sanction in step.sanctions:
                start = _start(sanction.period)
                if start is not None and start.latest is not None and start.latest < opened:
                    raise ValueError("the sanction starts before the proceeding opened")
        if step.id is not None:
            if step.timing:
                check_timed_from(step.timing, "proceeding", proceeding.id, step.id)
            earlier.setdefault(step.id, step.date)


def _start(period: str | None) -> PartialDate | None:
    """Return the start of a period (the date itself, if one date); ``None`` when open."""
    if period is None:
        return None
    date = parsed_date(period)
    if not date.is_interval:
        return date
    start = period.split("/", 1)[0]
    return None if start in ("", "..") else parsed_date(start)


# Variants: the field a variant names, resolved against the peer's own classes.

_STEP = re.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\[(\d+)\])?")


@functools.cache
def _hints(cls: type) -> dict[str, Any]:
    """Return the annotations of a peer class's fields, ``Annotated`` kept."""
    names = getattr(cls, "__struct_fields__", None) or tuple(cls.model_fields)
    hints = get_type_hints(cls, include_extras=True)
    return {name: hints[name] for name in names}


def _is_record(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, (BaseModel, msgspec.Struct))


def _unwrap(type_: Any) -> Any:
    """``X`` for ``X | None``, else the type itself."""
    if get_origin(type_) in (Union, UnionType):
        args = [arg for arg in get_args(type_) if arg is not NoneType]
        if len(args) == 1:
            return args[0]
    return type_


def _item(type_: Any) -> Any:
    """``X`` for a list (or tuple) of ``X``, ``Annotated`` or not; else ``None``."""
    base = get_args(type_)[0] if get_origin(type_) is Annotated else type_
    if get_origin(base) in (list, tuple):
        return get_args(base)[0]
    return None


def _variant_type(record: Any, path: str, whole: bool) -> Any:
    """Return the type of the value ``path`` names in ``record``; raise if it names none."""
    value, type_ = record, type(record)
    for part in path.split("."):
        match = _STEP.fullmatch(part)
        if match is None or not _is_record(type_):
            raise ValueError(f"the variant names {path!r}, no field of the record")
        name, at = match[1], match[2]
        hints = _hints(type_)
        if name not in hints:
            raise ValueError(f"the variant names {path!r}, no field of the record")
        value = getattr(value, name) if value is not None else None
        type_ = _unwrap(hints[name])
        item = _item(type_)
        if at is not None:
            if item is None or value is None or int(at) >= len(value):
                raise ValueError(f"the variant names {path!r}, no item of the record")
            value, type_ = value[int(at)], item
        elif item is not None and not whole:
            type_ = item
    if _is_record(type_):
        raise ValueError(f"the variant names {path!r}, which holds fields")
    return type_


_INDEX = re.compile(r"\[\d+\]")


def check_variants(record: Any, validate: Callable[[Any, Any], Any]) -> None:
    """Check a record's variants: each names a field and holds its kind of value.

    ``validate(value, type)`` checks a value as a field's type, with the peer's library.
    """
    preferred: set[str] = set()
    for variant in record.variants:
        value = variant.value
        type_ = _variant_type(record, variant.field, value.__class__ in (list, tuple))
        validate(value, type_)
        if variant.preferred:
            if variant.field in preferred:
                raise ValueError(f"a second variant of {variant.field} is preferred")
            preferred.add(variant.field)


# --------------------------------------------------------------------------
# Vocabularies, from newsmodel.vocab
# --------------------------------------------------------------------------


def _terms(cls: type[vocab.Term]) -> Any:
    """Return the ``Literal`` type of a vocabulary's values."""
    return Literal[cls.values()]


if TYPE_CHECKING:
    ActorKind: TypeAlias = str
    AllegationCategory: TypeAlias = str
    Conduct: TypeAlias = str
    Verification: TypeAlias = str
    Stance: TypeAlias = str
    Aspect: TypeAlias = str
    Tactic: TypeAlias = str
    Channel: TypeAlias = str
    DocumentKind: TypeAlias = str
    EventKind: TypeAlias = str
    EventRole: TypeAlias = str
    CountKind: TypeAlias = str
    Qualifier: TypeAlias = str
    PlacePrecision: TypeAlias = str
    Identity: TypeAlias = str
    IdentifierScheme: TypeAlias = str
    ReportKind: TypeAlias = str
    AuthorRole: TypeAlias = str
    ReportRelation: TypeAlias = str
    Access: TypeAlias = str
    RoleKind: TypeAlias = str
    RelationKind: TypeAlias = str
    ProceedingKind: TypeAlias = str
    PartyRole: TypeAlias = str
    StepKind: TypeAlias = str
    Outcome: TypeAlias = str
    StandardOfProof: TypeAlias = str
    SanctionKind: TypeAlias = str
    Hedge: TypeAlias = str
    LegalQualification: TypeAlias = str
    Unit: TypeAlias = str
    Demand: TypeAlias = str
    SanctionStatus: TypeAlias = str
    Involvement: TypeAlias = str
    VoteChoice: TypeAlias = str
    Benchmark: TypeAlias = str
    TimeRelation: TypeAlias = str
    MistakeKind: TypeAlias = str
    TraitKind: TypeAlias = str
    CountryCode: TypeAlias = str
    CurrencyCode: TypeAlias = str
else:
    ActorKind = _terms(vocab.ActorKind)
    AllegationCategory = _terms(vocab.AllegationCategory)
    Conduct = _terms(vocab.Conduct)
    Verification = _terms(vocab.Verification)
    Stance = _terms(vocab.Stance)
    Aspect = _terms(vocab.Aspect)
    Tactic = _terms(vocab.Tactic)
    Channel = _terms(vocab.Channel)
    DocumentKind = _terms(vocab.DocumentKind)
    EventKind = _terms(vocab.EventKind)
    EventRole = _terms(vocab.EventRole)
    CountKind = _terms(vocab.CountKind)
    Qualifier = _terms(vocab.Qualifier)
    PlacePrecision = _terms(vocab.PlacePrecision)
    Identity = _terms(vocab.Identity)
    IdentifierScheme = _terms(vocab.IdentifierScheme)
    ReportKind = _terms(vocab.ReportKind)
    AuthorRole = _terms(vocab.AuthorRole)
    ReportRelation = _terms(vocab.ReportRelation)
    Access = _terms(vocab.Access)
    RoleKind = _terms(vocab.RoleKind)
    RelationKind = _terms(vocab.RelationKind)
    ProceedingKind = _terms(vocab.ProceedingKind)
    PartyRole = _terms(vocab.PartyRole)
    StepKind = _terms(vocab.StepKind)
    Outcome = _terms(vocab.Outcome)
    StandardOfProof = _terms(vocab.StandardOfProof)
    SanctionKind = _terms(vocab.SanctionKind)
    Hedge = _terms(vocab.Hedge)
    LegalQualification = _terms(vocab.LegalQualification)
    Unit = _terms(vocab.Unit)
    Demand = _terms(vocab.Demand)
    SanctionStatus = _terms(vocab.SanctionStatus)
    Involvement = _terms(vocab.Involvement)
    VoteChoice = _terms(vocab.VoteChoice)
    Benchmark = _terms(vocab.Benchmark)
    TimeRelation = _terms(vocab.TimeRelation)
    MistakeKind = _terms(vocab.MistakeKind)
    TraitKind = _terms(vocab.TraitKind)
    CountryCode = Literal[COUNTRY_CODES]
    CurrencyCode = Literal[CURRENCY_CODES]

# --------------------------------------------------------------------------
# pydantic v2
# --------------------------------------------------------------------------

_NON_BLANK = StringConstraints(pattern=r"\S")
PText = Annotated[str, _NON_BLANK]
PId = Annotated[str, StringConstraints(max_length=ID_MAX, pattern=ID_PATTERN)]
PCountry = CountryCode
PCurrency = CurrencyCode
PLanguage = Annotated[str, _NON_BLANK, AfterValidator(check_language)]
PUrl = Annotated[str, StringConstraints(pattern=URL_PATTERN), AfterValidator(check_url)]
PDate = Annotated[str, _NON_BLANK, AfterValidator(check_date)]
PDuration = Annotated[str, _NON_BLANK, AfterValidator(check_duration)]
PAmount = Annotated[int, Field(ge=0)] | Annotated[float, Field(ge=0, allow_inf_nan=False)]
_PScalar = str | int | Annotated[float, Field(allow_inf_nan=False)] | bool
PValue = _PScalar | list[_PScalar]
PIdentifiers = Annotated[dict[IdentifierScheme, PText], AfterValidator(check_identifiers)]
PIds = Annotated[list[PId], AfterValidator(check_unique)]
PIdsOneOrMore = Annotated[list[PId], Field(min_length=1), AfterValidator(check_unique)]
PTexts = Annotated[list[PText], AfterValidator(check_unique)]
PTerms = Annotated[list[_T], AfterValidator(check_unique)]


# Lists default through Field(default_factory=list): pydantic deep-copies a mutable
# default such as [] for every instance that leaves the field out (2.5 µs a field, where
# the factory costs 0.2 µs), and newsmodel's empty tuples need no copy at all.
class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", strict=True, frozen=True)


def _pydantic_value(value: Any, type_: Any) -> None:
    """Validate a variant's value as a field's type (strict, as the models)."""
    _adapter(type_).validate_python(value)


_ADAPTERS: dict[int, pydantic.TypeAdapter[Any]] = {}


def _adapter(type_: Any) -> pydantic.TypeAdapter[Any]:
    """Return the ``TypeAdapter`` of a field's type, built once (the models keep the types)."""
    adapter = _ADAPTERS.get(id(type_))
    if adapter is None:
        adapter = _ADAPTERS[id(type_)] = pydantic.TypeAdapter(type_, config=ConfigDict(strict=True))
    return adapter


class PydAuthor(_Model):
    """Who wrote or worked on a report, as the byline or credits give it."""

    name: PText
    role: AuthorRole = "author"
    actor: PId | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydAuthor":
        check_notes(self, ("role",))
        return self


class PydPlace(_Model):
    """A place named in a report, with as much precision as the report allows."""

    name: PText
    country: PCountry | None = None
    admin_area: PText | None = None
    latitude: Annotated[float, Field(ge=-90, le=90, allow_inf_nan=False)] | None = None
    longitude: Annotated[float, Field(ge=-180, le=180, allow_inf_nan=False)] | None = None
    geonames_id: Annotated[int, Field(ge=1)] | None = None
    precision: PlacePrecision | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydPlace":
        check_notes(self, ("precision",))
        if self.latitude is not None or self.longitude is not None:
            check_place(self.latitude, self.longitude)
        return self


class PydCopy(_Model):
    """A copy of a report read elsewhere: a wire story on another site, a mirror, an archive."""

    carrier: PId | None = None
    url: PUrl | None = None
    title: PText | None = None
    language: PLanguage | None = None
    published: PDate | None = None
    retrieved: PDate | None = None
    versions: Annotated[int, Field(ge=1)] | None = None
    notes: PText | None = None


class PydSource(_Model):
    """A report or outlet that a report draws on, and how (relays, translates, corrects)."""

    relation: ReportRelation = "relays"
    report: PId | None = None
    outlet: PId | None = None
    via: PIds = Field(default_factory=list)
    words: PText | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydSource":
        check_notes(self, ("relation",))
        return self


class PydPosition(_Model):
    """A response's stance on one aspect of what it answers."""

    aspect: Aspect
    stance: Stance
    words: PText | None = None
    summary: PText | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydPosition":
        check_notes(self, ("aspect", "stance"))
        return self


class PydAnswer(_Model):
    """One record a response answers, and how: name exactly one record."""

    allegation: PId | None = None
    response: PId | None = None
    document: PId | None = None
    event: PId | None = None
    report: PId | None = None
    proceeding: PId | None = None
    step: PText | None = None
    stance: Stance | None = None
    positions: list[PydPosition] = Field(default_factory=list)
    hedge: Hedge | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydAnswer":
        check_notes(self, ("stance", "hedge"))
        check_names_one(self)
        return self


class PydMistake(_Model):
    """Something a report got wrong, shown by another source or by the report itself."""

    kind: MistakeKind
    words: PText | None = None
    correct: PText | None = None
    shown_by: PIds = Field(default_factory=list)
    hedge: Hedge | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydMistake":
        check_notes(self, ("kind", "hedge"))
        return self


class PydTiming(_Model):
    """A time given relative to another record: name exactly one record."""

    relation: TimeRelation
    allegation: PId | None = None
    response: PId | None = None
    document: PId | None = None
    event: PId | None = None
    report: PId | None = None
    proceeding: PId | None = None
    step: PText | None = None
    offset: PDuration | None = None
    offset_high: PDuration | None = None
    qualifier: Qualifier | None = None
    words: PText | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydTiming":
        check_timing(self)
        return self


class PydMentions(_Model):
    """Actors, documents and places a report names without a part in any record."""

    actors: PIds = Field(default_factory=list)
    documents: PIds = Field(default_factory=list)
    places: list[PydPlace] = Field(default_factory=list)


class PydQuote(_Model):
    """Words quoted in a report, with who said them and where they stand in its text."""

    text: PText
    speaker: PId | None = None
    given_to: PId | None = None
    via: PIds = Field(default_factory=list)
    translated: bool = False
    paraphrase: bool = False
    start: Annotated[int, Field(ge=0)] | None = None
    end: Annotated[int, Field(ge=0)] | None = None
    language: PLanguage | None = None
    original_text: PText | None = None
    original_language: PLanguage | None = None
    disowned_in: PId | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydQuote":
        if self.start is not None or self.end is not None:
            check_quote(self.text, self.start, self.end)
        return self


class PydUnnamed(_Model):
    """An actor a report leaves unnamed while the coder knows who it is, with its words for it."""

    actor: PId
    words: PText | None = None


class PydCitation(_Model):
    """Where a record comes from: a report, and optionally the words it quotes."""

    report: PId
    quotes: list[PydQuote] = Field(default_factory=list)
    locator: PText | None = None
    unnamed: list[PydUnnamed] = Field(default_factory=list)


class PydVariant(_Model):
    """One value that a source gives for a field, where sources disagree."""

    field: PText
    value: PValue
    according_to: PIds = Field(default_factory=list)
    citations: list[PydCitation] = Field(default_factory=list)
    as_of: PDate | None = None
    preferred: bool = False
    mistaken: bool = False
    partial: bool = False
    notes: PText | None = None


class PydReport(_Model):
    """A news item or other source the records are coded from: an article, a post, a statement."""

    id: PId
    kind: ReportKind = "article"
    title: PText | None = None
    publisher: PId | None = None
    url: PUrl | None = None
    published: PDate | None = None
    updated: PDate | None = None
    language: PLanguage | None = None
    authors: list[PydAuthor] = Field(default_factory=list)
    placement: PText | None = None
    labels: PTexts = Field(default_factory=list)
    dateline: PydPlace | None = None
    body: PText | None = None
    retrieved: PDate | None = None
    copies: list[PydCopy] = Field(default_factory=list)
    sources: list[PydSource] = Field(default_factory=list)
    assessments: list[PydAnswer] = Field(default_factory=list)
    mistakes: list[PydMistake] = Field(default_factory=list)
    timing: list[PydTiming] = Field(default_factory=list)
    versions: Annotated[int, Field(ge=1)] | None = None
    mentions: PydMentions | None = None
    supersedes: PId | None = None
    variants: list[PydVariant] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydReport":
        check_notes(self, ("kind",))
        if self.timing:
            check_timed_from(self.timing, "report", self.id)
        if self.variants:
            check_variants(self, _pydantic_value)
        return self


class PydRole(_Model):
    """A position an actor holds in or for another actor, over a period."""

    title: PText
    kind: RoleKind | None = None
    of: PId | None = None
    period: PDate | None = None
    duration: PDuration | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydRole":
        check_notes(self, ("kind",))
        return self


class PydRelation(_Model):
    """A tie between two actors, read 'this actor <kind> the other', and who says so."""

    kind: RelationKind
    actor: PId
    period: PDate | None = None
    according_to: PIds = Field(default_factory=list)
    citations: list[PydCitation] = Field(default_factory=list)
    words: PText | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydRelation":
        check_notes(self, ("kind",))
        return self


class PydTrait(_Model):
    """Something a source says an actor is (of North African descent, far-right, parteilos)."""

    kind: TraitKind
    value: PText
    according_to: PIds = Field(default_factory=list)
    citations: list[PydCitation] = Field(default_factory=list)
    period: PDate | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydTrait":
        check_notes(self, ("kind",))
        check_trait(self)
        return self


class PydCount(_Model):
    """A figure of people or incidents: how many were killed, detained, displaced..."""

    kind: CountKind
    who: PText | None = None
    words: PText | None = None
    low: Annotated[int, Field(ge=0)] | None = None
    best: Annotated[int, Field(ge=0)] | None = None
    high: Annotated[int, Field(ge=0)] | None = None
    qualifier: Qualifier | None = None
    share: Annotated[float, Field(ge=0, le=100, allow_inf_nan=False)] | None = None
    hedge: Hedge | None = None
    according_to: PId | None = None
    via: PIds = Field(default_factory=list)
    derived_from: PIds = Field(default_factory=list)
    document: PId | None = None
    places: list[PydPlace] = Field(default_factory=list)
    as_of: PDate | None = None
    period: PDate | None = None
    provisional: bool = False
    subgroups: list["PydCount"] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydCount":
        check_notes(self, ("kind", "hedge"))
        check_count(self)
        return self


class PydActor(_Model):
    """A state, organization, group or person that accuses, is accused, responds or acts."""

    id: PId
    name: PText
    kind: ActorKind
    other_kinds: PTerms[ActorKind] = Field(default_factory=list)
    identity: Identity = "named"
    collective: bool = False
    size: Annotated[int, Field(ge=0)] | None = None
    members: PIds = Field(default_factory=list)
    aliases: PTexts = Field(default_factory=list)
    country: PCountry | None = None
    born: PDate | None = None
    age: Annotated[int, Field(ge=0)] | None = None
    part_of: PId | None = None
    roles: list[PydRole] = Field(default_factory=list)
    relations: list[PydRelation] = Field(default_factory=list)
    traits: list[PydTrait] = Field(default_factory=list)
    counts: list[PydCount] = Field(default_factory=list)
    identifiers: PIdentifiers = Field(default_factory=dict)
    description: PText | None = None
    variants: list[PydVariant] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydActor":
        check_notes(self, ("kind", "other_kinds"))
        if self.variants:
            check_variants(self, _pydantic_value)
        return self


class PydCall(_Model):
    """What a call for action demands, and of whom."""

    demand: Demand
    of: PIds = Field(default_factory=list)
    words: PText | None = None
    deadline: PDate | None = None
    not_sought: bool = False
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydCall":
        check_notes(self, ("demand",))
        return self


class PydDocument(_Model):
    """A primary source that a report cites: a UN note, a statement, a post, a ruling."""

    id: PId
    kind: DocumentKind
    title: PText | None = None
    authors: PIds = Field(default_factory=list)
    reference_numbers: PTexts = Field(default_factory=list)
    published: PDate | None = None
    period: PDate | None = None
    url: PUrl | None = None
    language: PLanguage | None = None
    pages: Annotated[int, Field(ge=1)] | None = None
    access: Access | None = None
    recipients: PIds = Field(default_factory=list)
    cites: PIds = Field(default_factory=list)
    counts: list[PydCount] = Field(default_factory=list)
    calls: list[PydCall] = Field(default_factory=list)
    assessments: list[PydAnswer] = Field(default_factory=list)
    timing: list[PydTiming] = Field(default_factory=list)
    copies: list[PydCopy] = Field(default_factory=list)
    citations: list[PydCitation] = Field(default_factory=list)
    supersedes: PId | None = None
    variants: list[PydVariant] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydDocument":
        check_notes(self, ("kind", "access"))
        if self.timing:
            check_timed_from(self.timing, "document", self.id)
        if self.variants:
            check_variants(self, _pydantic_value)
        return self


class PydAct(_Model):
    """What one or more of the accused are said to have done, where the accused differ."""

    by: PIdsOneOrMore
    conduct: PTerms[Conduct] = Field(default_factory=list)
    summary: PText | None = None
    means: PTexts = Field(default_factory=list)
    targets: PIds = Field(default_factory=list)
    involvement: Involvement | None = None
    hedge: Hedge | None = None
    occurred: PDate | None = None
    duration: PDuration | None = None
    places: list[PydPlace] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydAct":
        check_notes(self, ("conduct", "involvement", "hedge"))
        return self


class PydQualification(_Model):
    """A legal name given to the alleged conduct, by whom and how surely."""

    term: LegalQualification
    words: PText | None = None
    original_words: PText | None = None
    language: PLanguage | None = None
    certainty: Hedge | None = None
    by: PIds = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydQualification":
        check_notes(self, ("term", "certainty"))
        return self


class PydQuantity(_Model):
    """An amount of money, distance, weight or another unit, as the source gives it."""

    amount: PAmount | None = None
    low: PAmount | None = None
    high: PAmount | None = None
    currency: PCurrency | None = None
    unit: Unit | None = None
    per: PDuration | None = None
    words: PText | None = None
    qualifier: Qualifier | None = None
    converted: list["PydQuantity"] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydQuantity":
        check_notes(self, ("unit",))
        check_quantity(self)
        return self


class PydStatusChange(_Model):
    """A dated change of how far an allegation is established, and who established it."""

    status: Verification
    date: PDate | None = None
    by: PIds = Field(default_factory=list)
    proceeding: PId | None = None
    step: PText | None = None
    notes: PText | None = None


class PydAllegation(_Model):
    """Accusers say that the accused did something wrong."""

    id: PId
    accusers: PIdsOneOrMore
    accused: PIds = Field(default_factory=list)
    subject: PText | None = None
    unidentified_perpetrator: bool = False
    summary: PText
    categories: PTerms[AllegationCategory] = Field(default_factory=list)
    conduct: PTerms[Conduct] = Field(default_factory=list)
    acts: list[PydAct] = Field(default_factory=list)
    means: PTexts = Field(default_factory=list)
    qualifications: list[PydQualification] = Field(default_factory=list)
    hedge: Hedge | None = None
    hedge_words: PText | None = None
    made: PDate | None = None
    channels: PTerms[Channel] = Field(default_factory=list)
    occurred: PDate | None = None
    timing: list[PydTiming] = Field(default_factory=list)
    places: list[PydPlace] = Field(default_factory=list)
    victims: PIds = Field(default_factory=list)
    counts: list[PydCount] = Field(default_factory=list)
    amounts: list[PydQuantity] = Field(default_factory=list)
    evidence: PIds = Field(default_factory=list)
    status: Verification = "unverified"
    status_history: list[PydStatusChange] = Field(default_factory=list)
    raised_in: PId | None = None
    supersedes: PId | None = None
    citations: Annotated[list[PydCitation], Field(min_length=1)]
    variants: list[PydVariant] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydAllegation":
        check_notes(self, ("categories", "conduct", "hedge", "channels"))
        check_allegation(self)
        if self.timing:
            check_timed_from(self.timing, "allegation", self.id)
        if self.variants:
            check_variants(self, _pydantic_value)
        return self


class PydArgument(_Model):
    """One argument a response makes: a tactic, and the words used for it."""

    tactic: Tactic
    words: PText | None = None
    summary: PText | None = None
    actors: PIds = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydArgument":
        check_notes(self, ("tactic",))
        return self


class PydSanction(_Model):
    """A penalty, order or award: its kind, amount, duration and how it is served."""

    kind: SanctionKind
    against: PIds = Field(default_factory=list)
    amount: PydQuantity | None = None
    duration: PDuration | None = None
    duration_high: PDuration | None = None
    qualifier: Qualifier | None = None
    suspended: PDuration | None = None
    credited: PDuration | None = None
    period: PDate | None = None
    deadline: PDate | None = None
    within: PDuration | None = None
    scope: PText | None = None
    concurrent: bool = False
    benchmark: Benchmark | None = None
    status: SanctionStatus | None = None
    requested: bool = False
    condition: PText | None = None
    timing: list[PydTiming] = Field(default_factory=list)
    summary: PText | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydSanction":
        check_notes(self, ("kind", "benchmark", "status"))
        check_sanction(self)
        return self


class PydCommentRequest(_Model):
    """A request for comment: whether, when and by whom the responder was asked."""

    by: PId | None = None
    date: PDate | None = None
    deadline: PDate | None = None
    words: PText | None = None
    timing: list[PydTiming] = Field(default_factory=list)


class PydResponse(_Model):
    """How actors answered allegations, responses, documents, events or proceedings."""

    id: PId
    responders: PIdsOneOrMore
    on_behalf_of: PIds = Field(default_factory=list)
    answers: Annotated[list[PydAnswer], Field(min_length=1)]
    stances: Annotated[list[Stance], Field(min_length=1), AfterValidator(check_unique)]
    arguments: list[PydArgument] = Field(default_factory=list)
    calls: list[PydCall] = Field(default_factory=list)
    measures: list[PydSanction] = Field(default_factory=list)
    date: PDate | None = None
    channels: PTerms[Channel] = Field(default_factory=list)
    venues: PIds = Field(default_factory=list)
    places: list[PydPlace] = Field(default_factory=list)
    within: PDuration | None = None
    timing: list[PydTiming] = Field(default_factory=list)
    delivered_by: PIds = Field(default_factory=list)
    documents: PIds = Field(default_factory=list)
    comment_sought: PydCommentRequest | None = None
    counts: list[PydCount] = Field(default_factory=list)
    summary: PText | None = None
    repeated: bool = False
    retracts: PIds = Field(default_factory=list)
    supersedes: PId | None = None
    citations: Annotated[list[PydCitation], Field(min_length=1)]
    variants: list[PydVariant] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydResponse":
        check_notes(self, ("stances", "channels"))
        if self.retracts:
            check_retracts(self.retracts, self.stances)
        if self.timing:
            check_timed_from(self.timing, "response", self.id)
        if self.variants:
            check_variants(self, _pydantic_value)
        return self


class PydParticipant(_Model):
    """An actor taking part in an event, and its role."""

    actor: PId
    role: EventRole
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydParticipant":
        check_notes(self, ("role",))
        return self


class PydVote(_Model):
    """How one member voted (a judge, a state on a council)."""

    actor: PId
    vote: VoteChoice
    date: PDate | None = None
    notes: PText | None = None


class PydTally(_Model):
    """The votes of a decision: for, against, abstaining (a court's 5-2, a council's vote)."""

    in_favour: Annotated[int, Field(ge=0)] | None = None
    against: Annotated[int, Field(ge=0)] | None = None
    abstaining: Annotated[int, Field(ge=0)] | None = None
    absent: Annotated[int, Field(ge=0)] | None = None
    unanimous: bool = False
    votes: list[PydVote] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydTally":
        if self.unanimous:
            check_tally(self)
        return self


class PydEvent(_Model):
    """Something that happened around the allegations: an arrest, an expulsion, a vote."""

    id: PId
    kind: EventKind
    summary: PText
    date: PDate | None = None
    duration: PDuration | None = None
    timing: list[PydTiming] = Field(default_factory=list)
    places: list[PydPlace] = Field(default_factory=list)
    participants: list[PydParticipant] = Field(default_factory=list)
    allegations: PIds = Field(default_factory=list)
    counts: list[PydCount] = Field(default_factory=list)
    amounts: list[PydQuantity] = Field(default_factory=list)
    votes: PydTally | None = None
    calls: list[PydCall] = Field(default_factory=list)
    scheduled: bool = False
    supersedes: PId | None = None
    citations: Annotated[list[PydCitation], Field(min_length=1)]
    variants: list[PydVariant] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydEvent":
        check_notes(self, ("kind",))
        if self.timing:
            check_timed_from(self.timing, "event", self.id)
        if self.variants:
            check_variants(self, _pydantic_value)
        return self


class PydParty(_Model):
    """An actor in a proceeding, and its part."""

    actor: PId
    role: PartyRole
    represents: PId | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydParty":
        check_notes(self, ("role",))
        return self


class PydCharge(_Model):
    """A charge or claim in a proceeding, and the allegations it rests on."""

    id: PText
    summary: PText
    against: PIds = Field(default_factory=list)
    allegations: PIds = Field(default_factory=list)
    qualification: LegalQualification | None = None
    legal_basis: PTexts = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydCharge":
        check_notes(self, ("qualification",))
        return self


class PydResult(_Model):
    """The outcome of a ruling for some of its charges or parties, where they differ."""

    outcome: Outcome
    charges: PTexts = Field(default_factory=list)
    against: PIds = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydResult":
        check_notes(self, ("outcome",))
        return self


class PydStep(_Model):
    """A dated step of a proceeding: a filing, a hearing, a ruling, an appeal."""

    id: PText | None = None
    kind: StepKind
    date: PDate | None = None
    forum: PId | None = None
    by: PIds = Field(default_factory=list)
    of: PText | None = None
    charges: PTexts = Field(default_factory=list)
    outcome: Outcome | None = None
    results: list[PydResult] = Field(default_factory=list)
    legal_basis: PTexts = Field(default_factory=list)
    grounds: PTexts = Field(default_factory=list)
    duration: PDuration | None = None
    deadline: PDate | None = None
    within: PDuration | None = None
    ex_parte: bool = False
    scheduled: bool = False
    hedge: Hedge | None = None
    suspensive: bool | None = None
    final: bool = False
    standard_of_proof: StandardOfProof | None = None
    votes: PydTally | None = None
    sanctions: list[PydSanction] = Field(default_factory=list)
    calls: list[PydCall] = Field(default_factory=list)
    assessments: list[PydAnswer] = Field(default_factory=list)
    timing: list[PydTiming] = Field(default_factory=list)
    counts: list[PydCount] = Field(default_factory=list)
    document: PId | None = None
    summary: PText | None = None
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _notes(self) -> "PydStep":
        check_notes(self, ("kind", "outcome", "hedge", "standard_of_proof"))
        return self


class PydProceeding(_Model):
    """A process that examines allegations: a prosecution, a lawsuit, a tribunal, an inquiry."""

    id: PId
    kind: ProceedingKind
    title: PText | None = None
    forum: PId | None = None
    case_numbers: PTexts = Field(default_factory=list)
    class_action: bool = False
    related: PIds = Field(default_factory=list)
    allegations: PIds = Field(default_factory=list)
    parties: list[PydParty] = Field(default_factory=list)
    charges: list[PydCharge] = Field(default_factory=list)
    steps: list[PydStep] = Field(default_factory=list)
    period: PDate | None = None
    counts: list[PydCount] = Field(default_factory=list)
    summary: PText | None = None
    supersedes: PId | None = None
    citations: Annotated[list[PydCitation], Field(min_length=1)]
    variants: list[PydVariant] = Field(default_factory=list)
    notes: PText | None = None

    @pydantic.model_validator(mode="after")
    def _rules(self) -> "PydProceeding":
        check_notes(self, ("kind",))
        check_proceeding(self)
        if self.variants:
            check_variants(self, _pydantic_value)
        return self


class PydBundle(_Model):
    """The content of one file: a schema version and lists of records."""

    # An integer: Literal[2] takes 2.0 from Python data (json.loads, yaml.load).
    schema_version: Annotated[int, Field(ge=2, le=2)]
    reports: list[PydReport] = Field(default_factory=list)
    actors: list[PydActor] = Field(default_factory=list)
    documents: list[PydDocument] = Field(default_factory=list)
    allegations: list[PydAllegation] = Field(default_factory=list)
    responses: list[PydResponse] = Field(default_factory=list)
    events: list[PydEvent] = Field(default_factory=list)
    proceedings: list[PydProceeding] = Field(default_factory=list)


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


class PydProceedingLine(PydProceeding):
    """A JSON Lines proceeding (pydantic)."""

    type: Literal["proceeding"]


PydRecordLine = Annotated[
    PydReportLine
    | PydActorLine
    | PydDocumentLine
    | PydAllegationLine
    | PydResponseLine
    | PydEventLine
    | PydProceedingLine,
    Field(discriminator="type"),
]
#: Validates one JSON Lines record of any type.
PYDANTIC_RECORD_LINE: pydantic.TypeAdapter[Any] = pydantic.TypeAdapter(PydRecordLine)


def pydantic_full(text: str | bytes) -> PydBundle:
    """Read a JSON bundle as newsmodel does: a key twice refused, then every check."""
    return PydBundle.model_validate(read_json(text))


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
MCurrency = CurrencyCode
MUrl = Annotated[str, msgspec.Meta(pattern=URL_PATTERN[:-1] + _END, description="A URL")]
# The types whose check is Python's, after decoding (described, so that they differ from MText).
MLanguage = Annotated[str, msgspec.Meta(pattern=r"\S", description="A BCP 47 language tag")]
MDate = Annotated[str, msgspec.Meta(pattern=r"\S", description="An EDTF date")]
MDuration = Annotated[str, msgspec.Meta(pattern=DURATION_PATTERN.replace("$", _END))]
MAmount = Annotated[int, msgspec.Meta(ge=0)] | Annotated[float, msgspec.Meta(ge=0)]
_MScalar = str | int | float | bool
MValue = _MScalar | list[_MScalar]
MIdentifiers = dict[IdentifierScheme, MText]
MIds = tuple[MId, ...]
MTexts = tuple[MText, ...]
MTerms = tuple[_T, ...]


class _Struct(
    msgspec.Struct, frozen=True, forbid_unknown_fields=True, omit_defaults=True, kw_only=True
):
    pass


class MsgAuthor(_Struct, frozen=True, kw_only=True):
    """Who wrote or worked on a report, as the byline or credits give it."""

    name: MText
    role: AuthorRole = "author"
    actor: MId | None = None
    notes: MText | None = None


class MsgPlace(_Struct, frozen=True, kw_only=True):
    """A place named in a report, with as much precision as the report allows."""

    name: MText
    country: MCountry | None = None
    admin_area: MText | None = None
    latitude: Annotated[float, msgspec.Meta(ge=-90, le=90)] | None = None
    longitude: Annotated[float, msgspec.Meta(ge=-180, le=180)] | None = None
    geonames_id: Annotated[int, msgspec.Meta(ge=1)] | None = None
    precision: PlacePrecision | None = None
    notes: MText | None = None


class MsgCopy(_Struct, frozen=True, kw_only=True):
    """A copy of a report read elsewhere: a wire story on another site, a mirror, an archive."""

    carrier: MId | None = None
    url: MUrl | None = None
    title: MText | None = None
    language: MLanguage | None = None
    published: MDate | None = None
    retrieved: MDate | None = None
    versions: Annotated[int, msgspec.Meta(ge=1)] | None = None
    notes: MText | None = None


class MsgSource(_Struct, frozen=True, kw_only=True):
    """A report or outlet that a report draws on, and how (relays, translates, corrects)."""

    relation: ReportRelation = "relays"
    report: MId | None = None
    outlet: MId | None = None
    via: MIds = ()
    words: MText | None = None
    notes: MText | None = None


class MsgPosition(_Struct, frozen=True, kw_only=True):
    """A response's stance on one aspect of what it answers."""

    aspect: Aspect
    stance: Stance
    words: MText | None = None
    summary: MText | None = None
    notes: MText | None = None


class MsgAnswer(_Struct, frozen=True, kw_only=True):
    """One record a response answers, and how: name exactly one record."""

    allegation: MId | None = None
    response: MId | None = None
    document: MId | None = None
    event: MId | None = None
    report: MId | None = None
    proceeding: MId | None = None
    step: MText | None = None
    stance: Stance | None = None
    positions: tuple[MsgPosition, ...] = ()
    hedge: Hedge | None = None
    notes: MText | None = None


class MsgMistake(_Struct, frozen=True, kw_only=True):
    """Something a report got wrong, shown by another source or by the report itself."""

    kind: MistakeKind
    words: MText | None = None
    correct: MText | None = None
    shown_by: MIds = ()
    hedge: Hedge | None = None
    notes: MText | None = None


class MsgTiming(_Struct, frozen=True, kw_only=True):
    """A time given relative to another record: name exactly one record."""

    relation: TimeRelation
    allegation: MId | None = None
    response: MId | None = None
    document: MId | None = None
    event: MId | None = None
    report: MId | None = None
    proceeding: MId | None = None
    step: MText | None = None
    offset: MDuration | None = None
    offset_high: MDuration | None = None
    qualifier: Qualifier | None = None
    words: MText | None = None
    notes: MText | None = None


class MsgMentions(_Struct, frozen=True, kw_only=True):
    """Actors, documents and places a report names without a part in any record."""

    actors: MIds = ()
    documents: MIds = ()
    places: tuple[MsgPlace, ...] = ()


class MsgQuote(_Struct, frozen=True, kw_only=True):
    """Words quoted in a report, with who said them and where they stand in its text."""

    text: MText
    speaker: MId | None = None
    given_to: MId | None = None
    via: MIds = ()
    translated: bool = False
    paraphrase: bool = False
    start: Annotated[int, msgspec.Meta(ge=0)] | None = None
    end: Annotated[int, msgspec.Meta(ge=0)] | None = None
    language: MLanguage | None = None
    original_text: MText | None = None
    original_language: MLanguage | None = None
    disowned_in: MId | None = None


class MsgUnnamed(_Struct, frozen=True, kw_only=True):
    """An actor a report leaves unnamed while the coder knows who it is, with its words for it."""

    actor: MId
    words: MText | None = None


class MsgCitation(_Struct, frozen=True, kw_only=True):
    """Where a record comes from: a report, and optionally the words it quotes."""

    report: MId
    quotes: tuple[MsgQuote, ...] = ()
    locator: MText | None = None
    unnamed: tuple[MsgUnnamed, ...] = ()


class MsgVariant(_Struct, frozen=True, kw_only=True):
    """One value that a source gives for a field, where sources disagree."""

    field: MText
    value: MValue
    according_to: MIds = ()
    citations: tuple[MsgCitation, ...] = ()
    as_of: MDate | None = None
    preferred: bool = False
    mistaken: bool = False
    partial: bool = False
    notes: MText | None = None


class MsgReport(_Struct, frozen=True, kw_only=True):
    """A news item or other source the records are coded from: an article, a post, a statement."""

    id: MId
    kind: ReportKind = "article"
    title: MText | None = None
    publisher: MId | None = None
    url: MUrl | None = None
    published: MDate | None = None
    updated: MDate | None = None
    language: MLanguage | None = None
    authors: tuple[MsgAuthor, ...] = ()
    placement: MText | None = None
    labels: MTexts = ()
    dateline: MsgPlace | None = None
    body: MText | None = None
    retrieved: MDate | None = None
    copies: tuple[MsgCopy, ...] = ()
    sources: tuple[MsgSource, ...] = ()
    assessments: tuple[MsgAnswer, ...] = ()
    mistakes: tuple[MsgMistake, ...] = ()
    timing: tuple[MsgTiming, ...] = ()
    versions: Annotated[int, msgspec.Meta(ge=1)] | None = None
    mentions: MsgMentions | None = None
    supersedes: MId | None = None
    variants: tuple[MsgVariant, ...] = ()
    notes: MText | None = None


class MsgRole(_Struct, frozen=True, kw_only=True):
    """A position an actor holds in or for another actor, over a period."""

    title: MText
    kind: RoleKind | None = None
    of: MId | None = None
    period: MDate | None = None
    duration: MDuration | None = None
    notes: MText | None = None


class MsgRelation(_Struct, frozen=True, kw_only=True):
    """A tie between two actors, read 'this actor <kind> the other', and who says so."""

    kind: RelationKind
    actor: MId
    period: MDate | None = None
    according_to: MIds = ()
    citations: tuple[MsgCitation, ...] = ()
    words: MText | None = None
    notes: MText | None = None


class MsgTrait(_Struct, frozen=True, kw_only=True):
    """Something a source says an actor is (of North African descent, far-right, parteilos)."""

    kind: TraitKind
    value: MText
    according_to: MIds = ()
    citations: tuple[MsgCitation, ...] = ()
    period: MDate | None = None
    notes: MText | None = None


class MsgCount(_Struct, frozen=True, kw_only=True):
    """A figure of people or incidents: how many were killed, detained, displaced..."""

    kind: CountKind
    who: MText | None = None
    words: MText | None = None
    low: Annotated[int, msgspec.Meta(ge=0)] | None = None
    best: Annotated[int, msgspec.Meta(ge=0)] | None = None
    high: Annotated[int, msgspec.Meta(ge=0)] | None = None
    qualifier: Qualifier | None = None
    share: Annotated[float, msgspec.Meta(ge=0, le=100)] | None = None
    hedge: Hedge | None = None
    according_to: MId | None = None
    via: MIds = ()
    derived_from: MIds = ()
    document: MId | None = None
    places: tuple[MsgPlace, ...] = ()
    as_of: MDate | None = None
    period: MDate | None = None
    provisional: bool = False
    subgroups: tuple["MsgCount", ...] = ()
    notes: MText | None = None


class MsgActor(_Struct, frozen=True, kw_only=True):
    """A state, organization, group or person that accuses, is accused, responds or acts."""

    id: MId
    name: MText
    kind: ActorKind
    other_kinds: MTerms[ActorKind] = ()
    identity: Identity = "named"
    collective: bool = False
    size: Annotated[int, msgspec.Meta(ge=0)] | None = None
    members: MIds = ()
    aliases: MTexts = ()
    country: MCountry | None = None
    born: MDate | None = None
    age: Annotated[int, msgspec.Meta(ge=0)] | None = None
    part_of: MId | None = None
    roles: tuple[MsgRole, ...] = ()
    relations: tuple[MsgRelation, ...] = ()
    traits: tuple[MsgTrait, ...] = ()
    counts: tuple[MsgCount, ...] = ()
    identifiers: MIdentifiers = {}
    description: MText | None = None
    variants: tuple[MsgVariant, ...] = ()
    notes: MText | None = None


class MsgCall(_Struct, frozen=True, kw_only=True):
    """What a call for action demands, and of whom."""

    demand: Demand
    of: MIds = ()
    words: MText | None = None
    deadline: MDate | None = None
    not_sought: bool = False
    notes: MText | None = None


class MsgDocument(_Struct, frozen=True, kw_only=True):
    """A primary source that a report cites: a UN note, a statement, a post, a ruling."""

    id: MId
    kind: DocumentKind
    title: MText | None = None
    authors: MIds = ()
    reference_numbers: MTexts = ()
    published: MDate | None = None
    period: MDate | None = None
    url: MUrl | None = None
    language: MLanguage | None = None
    pages: Annotated[int, msgspec.Meta(ge=1)] | None = None
    access: Access | None = None
    recipients: MIds = ()
    cites: MIds = ()
    counts: tuple[MsgCount, ...] = ()
    calls: tuple[MsgCall, ...] = ()
    assessments: tuple[MsgAnswer, ...] = ()
    timing: tuple[MsgTiming, ...] = ()
    copies: tuple[MsgCopy, ...] = ()
    citations: tuple[MsgCitation, ...] = ()
    supersedes: MId | None = None
    variants: tuple[MsgVariant, ...] = ()
    notes: MText | None = None


class MsgAct(_Struct, frozen=True, kw_only=True):
    """What one or more of the accused are said to have done, where the accused differ."""

    by: Annotated[MIds, msgspec.Meta(min_length=1)]
    conduct: MTerms[Conduct] = ()
    summary: MText | None = None
    means: MTexts = ()
    targets: MIds = ()
    involvement: Involvement | None = None
    hedge: Hedge | None = None
    occurred: MDate | None = None
    duration: MDuration | None = None
    places: tuple[MsgPlace, ...] = ()
    notes: MText | None = None


class MsgQualification(_Struct, frozen=True, kw_only=True):
    """A legal name given to the alleged conduct, by whom and how surely."""

    term: LegalQualification
    words: MText | None = None
    original_words: MText | None = None
    language: MLanguage | None = None
    certainty: Hedge | None = None
    by: MIds = ()
    notes: MText | None = None


class MsgQuantity(_Struct, frozen=True, kw_only=True):
    """An amount of money, distance, weight or another unit, as the source gives it."""

    amount: MAmount | None = None
    low: MAmount | None = None
    high: MAmount | None = None
    currency: MCurrency | None = None
    unit: Unit | None = None
    per: MDuration | None = None
    words: MText | None = None
    qualifier: Qualifier | None = None
    converted: tuple["MsgQuantity", ...] = ()
    notes: MText | None = None


class MsgStatusChange(_Struct, frozen=True, kw_only=True):
    """A dated change of how far an allegation is established, and who established it."""

    status: Verification
    date: MDate | None = None
    by: MIds = ()
    proceeding: MId | None = None
    step: MText | None = None
    notes: MText | None = None


class MsgAllegation(_Struct, frozen=True, kw_only=True):
    """Accusers say that the accused did something wrong."""

    id: MId
    accusers: Annotated[MIds, msgspec.Meta(min_length=1)]
    accused: MIds = ()
    subject: MText | None = None
    unidentified_perpetrator: bool = False
    summary: MText
    categories: MTerms[AllegationCategory] = ()
    conduct: MTerms[Conduct] = ()
    acts: tuple[MsgAct, ...] = ()
    means: MTexts = ()
    qualifications: tuple[MsgQualification, ...] = ()
    hedge: Hedge | None = None
    hedge_words: MText | None = None
    made: MDate | None = None
    channels: MTerms[Channel] = ()
    occurred: MDate | None = None
    timing: tuple[MsgTiming, ...] = ()
    places: tuple[MsgPlace, ...] = ()
    victims: MIds = ()
    counts: tuple[MsgCount, ...] = ()
    amounts: tuple[MsgQuantity, ...] = ()
    evidence: MIds = ()
    status: Verification = "unverified"
    status_history: tuple[MsgStatusChange, ...] = ()
    raised_in: MId | None = None
    supersedes: MId | None = None
    citations: Annotated[tuple[MsgCitation, ...], msgspec.Meta(min_length=1)]
    variants: tuple[MsgVariant, ...] = ()
    notes: MText | None = None


class MsgArgument(_Struct, frozen=True, kw_only=True):
    """One argument a response makes: a tactic, and the words used for it."""

    tactic: Tactic
    words: MText | None = None
    summary: MText | None = None
    actors: MIds = ()
    notes: MText | None = None


class MsgSanction(_Struct, frozen=True, kw_only=True):
    """A penalty, order or award: its kind, amount, duration and how it is served."""

    kind: SanctionKind
    against: MIds = ()
    amount: MsgQuantity | None = None
    duration: MDuration | None = None
    duration_high: MDuration | None = None
    qualifier: Qualifier | None = None
    suspended: MDuration | None = None
    credited: MDuration | None = None
    period: MDate | None = None
    deadline: MDate | None = None
    within: MDuration | None = None
    scope: MText | None = None
    concurrent: bool = False
    benchmark: Benchmark | None = None
    status: SanctionStatus | None = None
    requested: bool = False
    condition: MText | None = None
    timing: tuple[MsgTiming, ...] = ()
    summary: MText | None = None
    notes: MText | None = None


class MsgCommentRequest(_Struct, frozen=True, kw_only=True):
    """A request for comment: whether, when and by whom the responder was asked."""

    by: MId | None = None
    date: MDate | None = None
    deadline: MDate | None = None
    words: MText | None = None
    timing: tuple[MsgTiming, ...] = ()


class MsgResponse(_Struct, frozen=True, kw_only=True):
    """How actors answered allegations, responses, documents, events or proceedings."""

    id: MId
    responders: Annotated[MIds, msgspec.Meta(min_length=1)]
    on_behalf_of: MIds = ()
    answers: Annotated[tuple[MsgAnswer, ...], msgspec.Meta(min_length=1)]
    stances: Annotated[MTerms[Stance], msgspec.Meta(min_length=1)]
    arguments: tuple[MsgArgument, ...] = ()
    calls: tuple[MsgCall, ...] = ()
    measures: tuple[MsgSanction, ...] = ()
    date: MDate | None = None
    channels: MTerms[Channel] = ()
    venues: MIds = ()
    places: tuple[MsgPlace, ...] = ()
    within: MDuration | None = None
    timing: tuple[MsgTiming, ...] = ()
    delivered_by: MIds = ()
    documents: MIds = ()
    comment_sought: MsgCommentRequest | None = None
    counts: tuple[MsgCount, ...] = ()
    summary: MText | None = None
    repeated: bool = False
    retracts: MIds = ()
    supersedes: MId | None = None
    citations: Annotated[tuple[MsgCitation, ...], msgspec.Meta(min_length=1)]
    variants: tuple[MsgVariant, ...] = ()
    notes: MText | None = None


class MsgParticipant(_Struct, frozen=True, kw_only=True):
    """An actor taking part in an event, and its role."""

    actor: MId
    role: EventRole
    notes: MText | None = None


class MsgVote(_Struct, frozen=True, kw_only=True):
    """How one member voted (a judge, a state on a council)."""

    actor: MId
    vote: VoteChoice
    date: MDate | None = None
    notes: MText | None = None


class MsgTally(_Struct, frozen=True, kw_only=True):
    """The votes of a decision: for, against, abstaining (a court's 5-2, a council's vote)."""

    in_favour: Annotated[int, msgspec.Meta(ge=0)] | None = None
    against: Annotated[int, msgspec.Meta(ge=0)] | None = None
    abstaining: Annotated[int, msgspec.Meta(ge=0)] | None = None
    absent: Annotated[int, msgspec.Meta(ge=0)] | None = None
    unanimous: bool = False
    votes: tuple[MsgVote, ...] = ()
    notes: MText | None = None


class MsgEvent(_Struct, frozen=True, kw_only=True):
    """Something that happened around the allegations: an arrest, an expulsion, a vote."""

    id: MId
    kind: EventKind
    summary: MText
    date: MDate | None = None
    duration: MDuration | None = None
    timing: tuple[MsgTiming, ...] = ()
    places: tuple[MsgPlace, ...] = ()
    participants: tuple[MsgParticipant, ...] = ()
    allegations: MIds = ()
    counts: tuple[MsgCount, ...] = ()
    amounts: tuple[MsgQuantity, ...] = ()
    votes: MsgTally | None = None
    calls: tuple[MsgCall, ...] = ()
    scheduled: bool = False
    supersedes: MId | None = None
    citations: Annotated[tuple[MsgCitation, ...], msgspec.Meta(min_length=1)]
    variants: tuple[MsgVariant, ...] = ()
    notes: MText | None = None


class MsgParty(_Struct, frozen=True, kw_only=True):
    """An actor in a proceeding, and its part."""

    actor: MId
    role: PartyRole
    represents: MId | None = None
    notes: MText | None = None


class MsgCharge(_Struct, frozen=True, kw_only=True):
    """A charge or claim in a proceeding, and the allegations it rests on."""

    id: MText
    summary: MText
    against: MIds = ()
    allegations: MIds = ()
    qualification: LegalQualification | None = None
    legal_basis: MTexts = ()
    notes: MText | None = None


class MsgResult(_Struct, frozen=True, kw_only=True):
    """The outcome of a ruling for some of its charges or parties, where they differ."""

    outcome: Outcome
    charges: MTexts = ()
    against: MIds = ()
    notes: MText | None = None


class MsgStep(_Struct, frozen=True, kw_only=True):
    """A dated step of a proceeding: a filing, a hearing, a ruling, an appeal."""

    id: MText | None = None
    kind: StepKind
    date: MDate | None = None
    forum: MId | None = None
    by: MIds = ()
    of: MText | None = None
    charges: MTexts = ()
    outcome: Outcome | None = None
    results: tuple[MsgResult, ...] = ()
    legal_basis: MTexts = ()
    grounds: MTexts = ()
    duration: MDuration | None = None
    deadline: MDate | None = None
    within: MDuration | None = None
    ex_parte: bool = False
    scheduled: bool = False
    hedge: Hedge | None = None
    suspensive: bool | None = None
    final: bool = False
    standard_of_proof: StandardOfProof | None = None
    votes: MsgTally | None = None
    sanctions: tuple[MsgSanction, ...] = ()
    calls: tuple[MsgCall, ...] = ()
    assessments: tuple[MsgAnswer, ...] = ()
    timing: tuple[MsgTiming, ...] = ()
    counts: tuple[MsgCount, ...] = ()
    document: MId | None = None
    summary: MText | None = None
    notes: MText | None = None


class MsgProceeding(_Struct, frozen=True, kw_only=True):
    """A process that examines allegations: a prosecution, a lawsuit, a tribunal, an inquiry."""

    id: MId
    kind: ProceedingKind
    title: MText | None = None
    forum: MId | None = None
    case_numbers: MTexts = ()
    class_action: bool = False
    related: MIds = ()
    allegations: MIds = ()
    parties: tuple[MsgParty, ...] = ()
    charges: tuple[MsgCharge, ...] = ()
    steps: tuple[MsgStep, ...] = ()
    period: MDate | None = None
    counts: tuple[MsgCount, ...] = ()
    summary: MText | None = None
    supersedes: MId | None = None
    citations: Annotated[tuple[MsgCitation, ...], msgspec.Meta(min_length=1)]
    variants: tuple[MsgVariant, ...] = ()
    notes: MText | None = None


class MsgBundle(_Struct, frozen=True, kw_only=True):
    """The content of one file: a schema version and lists of records."""

    schema_version: Literal[2]
    reports: tuple[MsgReport, ...] = ()
    actors: tuple[MsgActor, ...] = ()
    documents: tuple[MsgDocument, ...] = ()
    allegations: tuple[MsgAllegation, ...] = ()
    responses: tuple[MsgResponse, ...] = ()
    events: tuple[MsgEvent, ...] = ()
    proceedings: tuple[MsgProceeding, ...] = ()


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


class MsgProceedingLine(
    MsgProceeding, frozen=True, kw_only=True, tag_field="type", tag="proceeding"
):
    """A JSON Lines proceeding (msgspec)."""


MsgRecordLine = (
    MsgReportLine
    | MsgActorLine
    | MsgDocumentLine
    | MsgAllegationLine
    | MsgResponseLine
    | MsgEventLine
    | MsgProceedingLine
)
#: Decodes one JSON Lines record of any type.
MSGSPEC_RECORD_LINE: msgspec.json.Decoder[Any] = msgspec.json.Decoder(MsgRecordLine)


# The post-decode pass: the same checks as the pydantic models' functions,
# written inline as one would by hand, one function per class that holds a
# check (or holds a value that does), testing for None or an empty list
# before each call; the lists that may not repeat an item, and the dates, of
# a value are checked with one call each.

#: The Python-level check of each scalar type that has one, for variants' values.
_MSGSPEC_CHECKS: dict[Any, Callable[[Any], Any]] = {
    MLanguage: check_language,
    MUrl: check_url,
    MDate: check_date,
    MIdentifiers: check_identifiers,
}


def _msgspec_value(value: Any, type_: Any) -> None:
    """Validate a variant's value as a field's type: ``msgspec.convert``, then its check."""
    converted = msgspec.convert(value, type_)
    item = _item(type_)
    if item is None:
        check = _MSGSPEC_CHECKS.get(type_)
        if check is not None:
            check(converted)
        return
    _unique(converted)
    check = _MSGSPEC_CHECKS.get(item)
    if check is not None:
        for each in converted:
            check(each)


def _unique(*lists: Sequence[Any]) -> None:
    """No list repeats an item."""
    for items in lists:
        if len(items) > 1 and len(set(items)) != len(items):
            raise ValueError("an item is listed twice")


def _dates(*texts: str | None) -> None:
    """Every date given is EDTF (those not seen before are parsed)."""
    for text in texts:
        if text is not None and text not in _DATES_SEEN:
            parsed_date(text)


def _author(author: MsgAuthor) -> None:
    if author.notes is None:
        check_notes(author, ("role",))


def _place(place: MsgPlace) -> None:
    if place.latitude is not None or place.longitude is not None:
        check_place(place.latitude, place.longitude)
    if place.notes is None and place.precision is not None:
        check_notes(place, ("precision",))


def _places(places: Iterable[MsgPlace]) -> None:
    for place in places:
        _place(place)


def _copy(copy: MsgCopy) -> None:
    if copy.url is not None:
        check_url(copy.url)
    if copy.language is not None:
        check_language(copy.language)
    _dates(copy.published, copy.retrieved)


def _source(source: MsgSource) -> None:
    _unique(source.via)
    if source.notes is None:
        check_notes(source, ("relation",))


def _answer(answer: MsgAnswer) -> None:
    check_names_one(answer)
    for position in answer.positions:
        if position.notes is None:
            check_notes(position, ("aspect", "stance"))
    if answer.notes is None:
        check_notes(answer, ("stance", "hedge"))


def _answers(answers: Iterable[MsgAnswer]) -> None:
    for answer in answers:
        _answer(answer)


def _mistake(mistake: MsgMistake) -> None:
    _unique(mistake.shown_by)
    if mistake.notes is None:
        check_notes(mistake, ("kind", "hedge"))


def _timings(timings: Iterable[MsgTiming]) -> None:
    for timing in timings:
        check_timing(timing)


def _quote(quote: MsgQuote) -> None:
    _unique(quote.via)
    if quote.start is not None or quote.end is not None:
        check_quote(quote.text, quote.start, quote.end)
    if quote.language is not None:
        check_language(quote.language)
    if quote.original_language is not None:
        check_language(quote.original_language)


def _citations(citations: Iterable[MsgCitation]) -> None:
    for citation in citations:
        for quote in citation.quotes:
            _quote(quote)


def _variants(record: Any) -> None:
    for variant in record.variants:
        _unique(variant.according_to)
        _citations(variant.citations)
        _dates(variant.as_of)
    check_variants(record, _msgspec_value)


def _count(count: MsgCount) -> None:
    check_count(count)
    _unique(count.via, count.derived_from)
    _places(count.places)
    _dates(count.as_of, count.period)
    for subgroup in count.subgroups:
        _count(subgroup)
    if count.notes is None:
        check_notes(count, ("kind", "hedge"))


def _counts(counts: Iterable[MsgCount]) -> None:
    for count in counts:
        _count(count)


def _quantity(quantity: MsgQuantity) -> None:
    check_quantity(quantity)
    for converted in quantity.converted:
        _quantity(converted)
    if quantity.notes is None and quantity.unit is not None:
        check_notes(quantity, ("unit",))


def _calls(calls: Iterable[MsgCall]) -> None:
    for call in calls:
        _unique(call.of)
        _dates(call.deadline)
        if call.notes is None:
            check_notes(call, ("demand",))


def _tally(tally: MsgTally) -> None:
    if tally.unanimous:
        check_tally(tally)
    for vote in tally.votes:
        _dates(vote.date)


def _sanction(sanction: MsgSanction) -> None:
    check_sanction(sanction)
    _unique(sanction.against)
    if sanction.amount is not None:
        _quantity(sanction.amount)
    _dates(sanction.period, sanction.deadline)
    _timings(sanction.timing)
    if sanction.notes is None:
        check_notes(sanction, ("kind", "benchmark", "status"))


def _report(report: MsgReport) -> None:
    if report.url is not None:
        check_url(report.url)
    _dates(report.published, report.updated, report.retrieved)
    if report.language is not None:
        check_language(report.language)
    for author in report.authors:
        _author(author)
    _unique(report.labels)
    if report.dateline is not None:
        _place(report.dateline)
    for copy in report.copies:
        _copy(copy)
    for source in report.sources:
        _source(source)
    _answers(report.assessments)
    for mistake in report.mistakes:
        _mistake(mistake)
    if report.timing:
        _timings(report.timing)
        check_timed_from(report.timing, "report", report.id)
    if report.mentions is not None:
        _unique(report.mentions.actors, report.mentions.documents)
        _places(report.mentions.places)
    if report.variants:
        _variants(report)
    if report.notes is None:
        check_notes(report, ("kind",))


def _actor(actor: MsgActor) -> None:
    _unique(actor.other_kinds, actor.members, actor.aliases)
    _dates(actor.born)
    for role in actor.roles:
        _dates(role.period)
        if role.notes is None and role.kind is not None:
            check_notes(role, ("kind",))
    for relation in actor.relations:
        _dates(relation.period)
        _unique(relation.according_to)
        _citations(relation.citations)
        if relation.notes is None:
            check_notes(relation, ("kind",))
    for trait in actor.traits:
        check_trait(trait)
        _unique(trait.according_to)
        _citations(trait.citations)
        _dates(trait.period)
        if trait.notes is None:
            check_notes(trait, ("kind",))
    _counts(actor.counts)
    if actor.identifiers:
        check_identifiers(actor.identifiers)
    if actor.variants:
        _variants(actor)
    if actor.notes is None:
        check_notes(actor, ("kind", "other_kinds"))


def _document(document: MsgDocument) -> None:
    _unique(document.authors, document.reference_numbers, document.recipients, document.cites)
    _dates(document.published, document.period)
    if document.url is not None:
        check_url(document.url)
    if document.language is not None:
        check_language(document.language)
    _counts(document.counts)
    _calls(document.calls)
    _answers(document.assessments)
    if document.timing:
        _timings(document.timing)
        check_timed_from(document.timing, "document", document.id)
    for copy in document.copies:
        _copy(copy)
    _citations(document.citations)
    if document.variants:
        _variants(document)
    if document.notes is None:
        check_notes(document, ("kind", "access"))


def _allegation(allegation: MsgAllegation) -> None:
    check_allegation(allegation)
    _unique(
        allegation.accusers,
        allegation.accused,
        allegation.categories,
        allegation.conduct,
        allegation.means,
        allegation.channels,
        allegation.victims,
        allegation.evidence,
    )
    for act in allegation.acts:
        _unique(act.by, act.conduct, act.means, act.targets)
        _dates(act.occurred)
        _places(act.places)
        if act.notes is None:
            check_notes(act, ("conduct", "involvement", "hedge"))
    for qualification in allegation.qualifications:
        if qualification.language is not None:
            check_language(qualification.language)
        _unique(qualification.by)
        if qualification.notes is None:
            check_notes(qualification, ("term", "certainty"))
    _dates(allegation.made, allegation.occurred)
    if allegation.timing:
        _timings(allegation.timing)
        check_timed_from(allegation.timing, "allegation", allegation.id)
    _places(allegation.places)
    _counts(allegation.counts)
    for amount in allegation.amounts:
        _quantity(amount)
    for change in allegation.status_history:
        _dates(change.date)
        _unique(change.by)
    _citations(allegation.citations)
    if allegation.variants:
        _variants(allegation)
    if allegation.notes is None:
        check_notes(allegation, ("categories", "conduct", "hedge", "channels"))


def _response(response: MsgResponse) -> None:
    _unique(
        response.responders,
        response.on_behalf_of,
        response.stances,
        response.channels,
        response.venues,
        response.delivered_by,
        response.documents,
        response.retracts,
    )
    _answers(response.answers)
    for argument in response.arguments:
        _unique(argument.actors)
        if argument.notes is None:
            check_notes(argument, ("tactic",))
    _calls(response.calls)
    for measure in response.measures:
        _sanction(measure)
    _dates(response.date)
    _places(response.places)
    if response.timing:
        _timings(response.timing)
        check_timed_from(response.timing, "response", response.id)
    if response.comment_sought is not None:
        _dates(response.comment_sought.date, response.comment_sought.deadline)
        _timings(response.comment_sought.timing)
    _counts(response.counts)
    if response.retracts:
        check_retracts(response.retracts, response.stances)
    _citations(response.citations)
    if response.variants:
        _variants(response)
    if response.notes is None:
        check_notes(response, ("stances", "channels"))


def _event(event: MsgEvent) -> None:
    _dates(event.date)
    if event.timing:
        _timings(event.timing)
        check_timed_from(event.timing, "event", event.id)
    _places(event.places)
    for participant in event.participants:
        if participant.notes is None:
            check_notes(participant, ("role",))
    _unique(event.allegations)
    _counts(event.counts)
    for amount in event.amounts:
        _quantity(amount)
    if event.votes is not None:
        _tally(event.votes)
    _calls(event.calls)
    _citations(event.citations)
    if event.variants:
        _variants(event)
    if event.notes is None:
        check_notes(event, ("kind",))


def _step(step: MsgStep) -> None:
    _dates(step.date, step.deadline)
    _unique(step.by, step.charges, step.legal_basis, step.grounds)
    for result in step.results:
        _unique(result.charges, result.against)
        if result.notes is None:
            check_notes(result, ("outcome",))
    if step.votes is not None:
        _tally(step.votes)
    for sanction in step.sanctions:
        _sanction(sanction)
    _calls(step.calls)
    _answers(step.assessments)
    _timings(step.timing)
    _counts(step.counts)
    if step.notes is None:
        check_notes(step, ("kind", "outcome", "hedge", "standard_of_proof"))


def _proceeding(proceeding: MsgProceeding) -> None:
    _unique(proceeding.case_numbers, proceeding.related, proceeding.allegations)
    for party in proceeding.parties:
        if party.notes is None:
            check_notes(party, ("role",))
    for charge in proceeding.charges:
        _unique(charge.against, charge.allegations, charge.legal_basis)
        if charge.notes is None and charge.qualification is not None:
            check_notes(charge, ("qualification",))
    for step in proceeding.steps:
        _step(step)
    _dates(proceeding.period)
    check_proceeding(proceeding)
    _counts(proceeding.counts)
    _citations(proceeding.citations)
    if proceeding.variants:
        _variants(proceeding)
    if proceeding.notes is None:
        check_notes(proceeding, ("kind",))


_RECORD_CHECKS: dict[type[Any], Callable[[Any], None]] = {
    MsgReport: _report,
    MsgActor: _actor,
    MsgDocument: _document,
    MsgAllegation: _allegation,
    MsgResponse: _response,
    MsgEvent: _event,
    MsgProceeding: _proceeding,
}
for _line, _base in (
    (MsgReportLine, MsgReport),
    (MsgActorLine, MsgActor),
    (MsgDocumentLine, MsgDocument),
    (MsgAllegationLine, MsgAllegation),
    (MsgResponseLine, MsgResponse),
    (MsgEventLine, MsgEvent),
    (MsgProceedingLine, MsgProceeding),
):
    _RECORD_CHECKS[_line] = _RECORD_CHECKS[_base]


def msgspec_check(value: _T) -> _T:
    """Run the Python-level checks on a decoded bundle or record; raise ``ValueError``."""
    if isinstance(value, MsgBundle):
        for report in value.reports:
            _report(report)
        for actor in value.actors:
            _actor(actor)
        for document in value.documents:
            _document(document)
        for allegation in value.allegations:
            _allegation(allegation)
        for response in value.responses:
            _response(response)
        for event in value.events:
            _event(event)
        for proceeding in value.proceedings:
            _proceeding(proceeding)
    else:
        _RECORD_CHECKS[type(value)](value)
    return value


def msgspec_full(text: str | bytes) -> MsgBundle:
    """Read a JSON bundle as newsmodel does: a key twice refused, then every check."""
    return msgspec_check(msgspec.convert(read_json(text), MsgBundle))


# --------------------------------------------------------------------------
# Dataset checks for the pydantic peer: unique ids, references that resolve
# --------------------------------------------------------------------------


def _nested(annotation: Any) -> bool:
    """Whether a newsmodel field holds records or value classes (attrs classes)."""
    return attrs.has(annotation) or any(_nested(arg) for arg in get_args(annotation))


def _plan(cls: type[Any]) -> tuple[tuple[tuple[str, str], ...], tuple[str, ...]]:
    """Return the reference fields (name, kind) and the nested fields of a newsmodel class."""
    fields = attrs.fields(cls)
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
        for key in (
            "reports",
            "actors",
            "documents",
            "allegations",
            "responses",
            "events",
            "proceedings",
        ):
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
            plan = _PLANS[name] = _plan(getattr(newsmodel_model, name))
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
