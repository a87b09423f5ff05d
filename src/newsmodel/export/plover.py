"""PLOVER event records (JSON Lines) and ACLED-style rows (CSV).

Political scientists read event data: PLOVER records (the Open Event Data
Alliance's ontology, used by POLECAT) and ACLED's conflict rows.  This module
writes, into the folder ``out``:

- ``plover.jsonl``: one PLOVER record per allegation (``ACCUSE``, accusers as
  ``actor``, accused as ``recipient``), per response whose stances have a PLOVER
  category (``REJECT``, ``CONCEDE``, ``ACCUSE``...), and per event whose kind
  has one (``COERCE`` ``arrest``...).  Field names are those of the PLOVER
  manual's "Data Fields" chapter (openeventdata/PLOVER, ``PLOVER_MANUAL.tex``):
  ``id``, ``date``, ``enddate``, ``time``, ``actor``, ``recipient``, ``event``,
  ``mode``, ``event_loc``, ``event_text``, ``link``, ``cite_info``, ``comment``,
  and the manual's ``size`` object (``dead``, ``injured``, ``arrested``).
  Codes come from the vocabularies' ``"plover"`` codes, never from this module.
- ``acled.csv``: one row per event that has a place and a date, with the
  columns of ACLED's codebook, in its order.

Neither format holds everything: :data:`PLOVER_HOMES` and :data:`ACLED_HOMES`
say where each field of an exported record goes, every other field is lost,
and :func:`write` reports every lost value and record, one line each.  The
guide ``docs/guides/export-plover.md`` lists the lost fields; a test checks
the list against the model.

Only the standard library and newsmodel's own dependencies are used: this
format needs no extra.
"""

from __future__ import annotations

import csv
import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from datetime import datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import attrs

from newsmodel.dates import PartialDate, Precision
from newsmodel.export import Exported
from newsmodel.model import (
    RECORD_TYPES,
    Actor,
    Allegation,
    Citation,
    Count,
    Event,
    Place,
    Record,
    Report,
    Response,
)
from newsmodel.types.isodata import iso_entries
from newsmodel.vocab import EventKind, EventRole, IdentifierScheme, PlacePrecision, Term

__all__ = [
    "ACLED_COLUMNS",
    "ACLED_EVENT_TYPES",
    "ACLED_HOMES",
    "PLOVER_FIELDS",
    "PLOVER_HOMES",
    "acled_rows",
    "plover_records",
    "write",
]

#: The fields of a PLOVER event record, in the order of the manual's table "PLOVER
#: JSON" (plus ``size``, the manual's "Information object for size").  Records are
#: written with their keys in this order; fields newsmodel cannot fill are left out.
PLOVER_FIELDS = (
    "id",
    "has_event",
    "date",
    "time",
    "enddate",
    "endtime",
    "actor",
    "recipient",
    "event",
    "event_loc",
    "event_text",
    "quad_code",
    "event_scale",
    "mode",
    "context",
    "link",
    "text",
    "text_info",
    "cite_info",
    "coder",
    "coded_date",
    "coded_time",
    "comment",
    "size",
)

#: The columns of an ACLED data file, in the order of ACLED's codebook and exports.
ACLED_COLUMNS = (
    "event_id_cnty",
    "event_date",
    "year",
    "time_precision",
    "disorder_type",
    "event_type",
    "sub_event_type",
    "actor1",
    "assoc_actor_1",
    "inter1",
    "actor2",
    "assoc_actor_2",
    "inter2",
    "interaction",
    "civilian_targeting",
    "iso",
    "region",
    "country",
    "admin1",
    "admin2",
    "admin3",
    "location",
    "latitude",
    "longitude",
    "geo_precision",
    "source",
    "source_scale",
    "notes",
    "fatalities",
    "tags",
    "timestamp",
)

#: Where each field of an exported record goes in a PLOVER record.  A field not
#: named here has no PLOVER home: its values are reported as lost.
PLOVER_HOMES: Mapping[type[Record], Mapping[str, str]] = MappingProxyType(
    {
        Allegation: MappingProxyType(
            {
                "id": "id",
                "accusers": "actor",
                "accused": "recipient",
                "categories": "event, mode",
                "made": "date, time, enddate (else the first cited report's date)",
                "places": "event_loc (the first place)",
                "counts": "size (dead, injured, arrested)",
                "citations": "event_text (the quotes), cite_info (the first report)",
                "summary": "comment",
            }
        ),
        Response: MappingProxyType(
            {
                "id": "id",
                "responders": "actor",
                "stances": "event, mode (the stances with a PLOVER code)",
                "answers": "link (the first allegation answered, else the first record)",
                "date": "date, time, enddate (else the first cited report's date)",
                "places": "event_loc (the first place)",
                "counts": "size (dead, injured, arrested)",
                "citations": "event_text (the quotes), cite_info (the first report)",
                "summary": "comment",
            }
        ),
        Event: MappingProxyType(
            {
                "id": "id",
                "kind": "event, mode",
                "date": "date, time, enddate (else the first cited report's date)",
                "participants": "actor (all but targets), recipient (targets)",
                "allegations": "link (the first allegation)",
                "places": "event_loc (the first place)",
                "counts": "size (dead, injured, arrested)",
                "citations": "event_text (the quotes), cite_info (the first report)",
                "summary": "comment",
            }
        ),
    }
)

#: Where each field of an event goes in an ACLED-style row; the rest is lost.
ACLED_HOMES: Mapping[str, str] = MappingProxyType(
    {
        "id": "event_id_cnty",
        "kind": "disorder_type, event_type, sub_event_type (where ACLED has one), tags",
        "date": "event_date, year, time_precision",
        "participants": "actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, interaction",
        "places": "iso, country, admin1, location, latitude, longitude, geo_precision "
        "(the first place)",
        "counts": "fatalities (people killed or dead)",
        "citations": "source (the publishers of the reports cited)",
        "summary": "notes",
    }
)

#: ACLED's disorder type, event type and sub-event type for the event kinds that
#: have one (ACLED codebook, "Strategic developments"); other kinds leave them empty.
ACLED_EVENT_TYPES: Mapping[EventKind, tuple[str, str, str]] = MappingProxyType(
    {
        EventKind.ARREST: ("Strategic developments", "Strategic developments", "Arrests"),
        EventKind.AGREEMENT: ("Strategic developments", "Strategic developments", "Agreement"),
    }
)

#: PLOVER's location ``resolution`` (5 sub-city, 4 city, 3 district, 2 province,
#: 1 country) for each place precision that has one.
RESOLUTION: Mapping[PlacePrecision, int] = MappingProxyType(
    {
        PlacePrecision.EXACT: 5,
        PlacePrecision.LOCALITY: 4,
        PlacePrecision.DISTRICT: 3,
        PlacePrecision.REGION: 2,
        PlacePrecision.COUNTRY: 1,
    }
)

#: Event roles whose actors are the event's PLOVER ``recipient``; the others are its actors.
RECIPIENT_ROLES = frozenset({EventRole.TARGET})

_FINE = frozenset({Precision.MINUTE, Precision.SECOND})


def write(dataset: Any, out: Path) -> Exported:
    """Write ``plover.jsonl`` and ``acled.csv`` into the folder ``out``.

    Returns the two files and one line for each value or record that neither
    holds (``Allegation x: PLOVER has no field for hedge, status``).
    """
    out.mkdir(parents=True, exist_ok=True)
    losses: list[str] = []
    plover_path = out / "plover.jsonl"
    with plover_path.open("w", encoding="utf-8", newline="\n") as handle:
        for record in plover_records(dataset, losses):
            handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    acled_path = out / "acled.csv"
    with acled_path.open("w", encoding="utf-8", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=ACLED_COLUMNS)
        writer.writeheader()
        writer.writerows(acled_rows(dataset, losses))
    return Exported(files=(plover_path, acled_path), losses=tuple(losses))


# --------------------------------------------------------------------------
# PLOVER
# --------------------------------------------------------------------------


def plover_records(dataset: Any, losses: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield the PLOVER records of ``dataset``, appending what they cannot hold to ``losses``.

    Records come in dataset order; a record of a kind PLOVER has no record for
    (actors, reports, documents, proceedings) and an allegation, response or
    event with no PLOVER category or no date is reported and left out.
    """
    lost = losses if losses is not None else []
    for record in dataset:
        homes = PLOVER_HOMES.get(type(record))
        if homes is None:
            lost.append(f"{_name(record)}: {_NO_RECORD[type(record)]}")
            continue
        built = _plover(dataset, record, lost)
        if built is not None:
            yield built


_NO_RECORD: Mapping[type, str] = MappingProxyType(
    {
        Actor: "not a PLOVER record (its name, sector, country, age, first office and "
        "Wikidata id appear in the entity objects of the records that name it)",
        Report: "not a PLOVER record (its id, title, url, language and publisher appear "
        "in the cite_info of the records that cite it first)",
        RECORD_TYPES["document"]: "PLOVER has no record for documents",
        RECORD_TYPES["proceeding"]: "PLOVER has no record for proceedings",
    }
)


def _plover(dataset: Any, record: Record, lost: list[str]) -> dict[str, Any] | None:
    name = _name(record)
    codes = _event_codes(record)
    if not codes:
        lost.append(f"{name}: no PLOVER event category ({_coded_by(record)})")
        return None
    when = _when(dataset, record)
    if when is None:
        lost.append(f"{name}: no date, and no cited report with one: PLOVER requires a date")
        return None
    fields: dict[str, Any] = {"id": record.id}
    fields.update(_dates(when, name, lost))
    actors, recipients = _sides(record)
    fields["actor"] = [_entity(dataset, actor_id, name, lost) for actor_id in actors]
    if recipients:
        fields["recipient"] = [_entity(dataset, actor_id, name, lost) for actor_id in recipients]
    categories = _unique(code.partition(":")[0] for code in codes)
    modes = _unique(mode for code in codes if (mode := code.partition(":")[2]))
    fields["event"] = categories
    places: tuple[Place, ...] = getattr(record, "places", ())
    if places:
        fields["event_loc"] = _location(places[0], name, lost)
        lost.extend(f"{name}: place {place.name!r}: PLOVER holds one place" for place in places[1:])
    citations: tuple[Citation, ...] = getattr(record, "citations", ())
    quotes = [quote.text for citation in citations for quote in citation.quotes]
    if quotes:
        fields["event_text"] = quotes
    if modes:
        fields["mode"] = modes
    link = _link(record, name, lost)
    if link is not None:
        fields["link"] = link
    if citations:
        fields["cite_info"] = _cite_info(dataset, citations[0].report)
        lost.extend(
            f"{name}: citation of {citation.report} (PLOVER holds one citation)"
            for citation in citations[1:]
        )
    summary = getattr(record, "summary", None)
    if summary:
        fields["comment"] = summary
    size = _size(getattr(record, "counts", ()), name, lost)
    if size:
        fields["size"] = size
    _unhomed(record, PLOVER_HOMES[type(record)], "PLOVER", lost)
    return {key: fields[key] for key in PLOVER_FIELDS if key in fields}


def _event_codes(record: Record) -> list[str]:
    terms: Iterable[Term]
    if isinstance(record, Allegation):
        terms = record.categories
    elif isinstance(record, Response):
        terms = record.stances
    elif isinstance(record, Event):
        terms = (record.kind,)
    else:  # pragma: no cover - only the three kinds of PLOVER_HOMES come here
        terms = ()
    codes = _unique(term.codes["plover"] for term in terms if "plover" in term.codes)
    if not codes and isinstance(record, Allegation):
        # An allegation is an accusation whatever its categories: PLOVER's ACCUSE.
        codes = ["ACCUSE"]
    return codes


def _coded_by(record: Record) -> str:
    if isinstance(record, Response):
        return "stances " + ", ".join(stance.term for stance in record.stances)
    if isinstance(record, Event):
        return f"kind {record.kind.term}"
    return "categories"  # pragma: no cover - allegations always have ACCUSE


def _when(dataset: Any, record: Record) -> PartialDate | None:
    own = getattr(record, "made" if isinstance(record, Allegation) else "date")
    if own is not None:
        return own  # type: ignore[no-any-return]
    # Event data is dated by its story: the first cited report's publication.
    for citation in getattr(record, "citations", ()):
        report = dataset.get(citation.report, Report)
        if report is not None and report.published is not None:
            return report.published  # type: ignore[no-any-return]
    return None


def _dates(when: PartialDate, name: str, lost: list[str]) -> dict[str, str]:
    early, late = when.earliest, when.latest
    fields: dict[str, str] = {}
    if early is not None:
        moment = _local(when) or early
        fields["date"] = moment.date().isoformat()
        if when.precision in _FINE and not when.is_interval:
            fields["time"] = moment.timetz().isoformat()
    if late is not None and (early is None or late.date() != early.date()):
        fields["enddate"] = late.date().isoformat()
    if early is None:
        # An open start (../2023-05): PLOVER needs a start day; the end is the last known.
        fields["date"] = fields.pop("enddate")
        lost.append(f"{name}: date {when}: its open start is lost")
    if when.uncertain or when.approximate or "X" in str(when):
        lost.append(f"{name}: date {when}: PLOVER dates cannot be uncertain or approximate")
    return fields


def _local(when: PartialDate) -> datetime | None:
    """Return a date-time at its own offset (``earliest`` is in UTC), if ISO 8601 reads it."""
    if when.precision not in _FINE or when.is_interval:
        return None
    try:
        return datetime.fromisoformat(str(when).replace("Z", "+00:00"))
    except ValueError:  # a named zone ([Europe/Paris]): UTC it is
        return None


def _sides(record: Record) -> tuple[list[str], list[str]]:
    if isinstance(record, Allegation):
        return list(record.accusers), list(record.accused)
    if isinstance(record, Response):
        return list(record.responders), []
    if isinstance(record, Event):
        actors = _unique(p.actor for p in record.participants if p.role not in RECIPIENT_ROLES)
        targets = _unique(p.actor for p in record.participants if p.role in RECIPIENT_ROLES)
        return actors, targets
    return [], []  # pragma: no cover


def _entity(dataset: Any, actor_id: str, name: str, lost: list[str]) -> dict[str, Any]:
    actor = dataset.get(actor_id, Actor)
    if actor is None:  # pragma: no cover - a checked dataset resolves every reference
        return {"entity_text": actor_id}
    entity: dict[str, Any] = {}
    if actor.country is not None:
        entity["code"] = _country(actor.country)["alpha_3"]
    sectors = _unique(
        kind.codes["plover"] for kind in (actor.kind, *actor.other_kinds) if "plover" in kind.codes
    )
    if sectors:
        entity["sector"] = sectors[0]
        lost.extend(
            f"{name}: actor {actor_id}: sector {extra}: one per entity" for extra in sectors[1:]
        )
    entity["entity_text"] = actor.name
    wikidata = actor.identifiers.get(IdentifierScheme.WIKIDATA)
    if wikidata is not None:
        entity["identifier_id"] = f"https://www.wikidata.org/wiki/{wikidata}"
    if actor.roles:
        entity["office"] = actor.roles[0].title
    if actor.age is not None:
        entity["age"] = actor.age
    return entity


@functools.cache
def _countries() -> Mapping[str, Mapping[str, str]]:
    """ISO 3166-1 by alpha-2 code: each country's ``name``, ``alpha_3`` and ``numeric``."""

    def through_pycountry() -> dict[str, dict[str, str]]:
        import pycountry  # noqa: PLC0415 - only when its file cannot be read

        return {
            country.alpha_2: {
                "name": country.name,
                "alpha_3": country.alpha_3,
                "numeric": country.numeric,
            }
            for country in pycountry.countries
        }

    return iso_entries("3166-1", "alpha_2", through_pycountry)


def _country(code: str) -> Mapping[str, str]:
    return _countries()[code]


def _location(place: Place, name: str, lost: list[str]) -> dict[str, Any]:
    location = _given(
        extracted_place=place.name,
        geonameid=place.geonames_id,
        lat=place.latitude,
        lon=place.longitude,
        province=place.admin_area,
    )
    if place.country is not None:
        country = _country(place.country)
        location["country"] = country["name"]
        location["country_code"] = country["alpha_3"]
    if place.precision is not None:
        if place.precision in RESOLUTION:
            location["resolution"] = RESOLUTION[place.precision]
        else:
            lost.append(f"{name}: place {place.name!r}: precision {place.precision.term}")
    if place.notes:
        lost.append(f"{name}: place {place.name!r}: its notes")
    return location


def _link(record: Record, name: str, lost: list[str]) -> str | None:
    if isinstance(record, Allegation):
        return record.id
    if isinstance(record, Response):
        targets = [answer.allegation for answer in record.answers if answer.allegation]
        others = [_answered(answer) for answer in record.answers if not answer.allegation]
        linked = [*targets, *others]
        lost.extend(f"{name}: answers {target} (PLOVER links one record)" for target in linked[1:])
        if any(answer.stance or answer.positions or answer.step for answer in record.answers):
            lost.append(f"{name}: the stances, positions and steps of its answers")
        return linked[0] if linked else None
    if isinstance(record, Event):
        lost.extend(
            f"{name}: relates to allegation {other} (PLOVER links one record)"
            for other in record.allegations[1:]
        )
        return record.allegations[0] if record.allegations else None
    return None  # pragma: no cover


def _answered(answer: Any) -> str:
    for field in ("response", "document", "event", "report", "proceeding"):
        value = getattr(answer, field)
        if value:
            return str(value)
    return ""  # pragma: no cover - an answer names one record


def _cite_info(dataset: Any, report_id: str) -> dict[str, Any]:
    report = dataset.get(report_id, Report)
    if report is None:  # pragma: no cover - a checked dataset resolves every reference
        return {"citation": report_id}
    info = _given(citation=report_id, url=report.url, title=report.title, language=report.language)
    if report.publisher is not None:
        publisher = dataset.get(report.publisher, Actor)
        info["publication"] = publisher.name if publisher is not None else report.publisher
    return info


def _number(count: Count) -> int | None:
    if count.best is not None:
        return count.best
    if count.low is not None and count.low == count.high:
        return count.low
    return None


def _size(counts: tuple[Count, ...], name: str, lost: list[str]) -> dict[str, int]:
    size: dict[str, int] = {}
    for count in counts:
        field = count.kind.codes.get("plover")
        number = _number(count)
        if field is None or number is None or field in size:
            lost.append(f"{name}: count {count.kind.term} {_count_text(count)}: no PLOVER size")
            continue
        size[field] = number
        kept = {"kind", "best"} if count.best is not None else {"kind", "low", "high"}
        extra = _set_fields(count, kept)
        if extra:
            lost.append(f"{name}: count {count.kind.term}: its {', '.join(extra)}")
    return size


def _count_text(count: Count) -> str:
    if count.best is not None:
        return str(count.best)
    if count.low is not None or count.high is not None:
        return f"{count.low if count.low is not None else ''}-{count.high or ''}"
    return repr(count.words or "")


# --------------------------------------------------------------------------
# ACLED
# --------------------------------------------------------------------------


def acled_rows(dataset: Any, losses: list[str] | None = None) -> Iterator[dict[str, Any]]:
    """Yield an ACLED-style row for each event with a place and a date.

    Appends to ``losses`` each event left out (no place or no date) and each value
    a row cannot hold.
    """
    lost = losses if losses is not None else []
    for event in dataset.of_kind(Event):
        name = f"Event {event.id} (ACLED)"
        if not event.places or event.date is None:
            missing = "place" if not event.places else "date"
            lost.append(f"{name}: no {missing}: ACLED rows need a place and a date")
            continue
        yield _acled(dataset, event, name, lost)


def _acled(dataset: Any, event: Event, name: str, lost: list[str]) -> dict[str, Any]:
    assert event.date is not None
    row: dict[str, Any] = dict.fromkeys(ACLED_COLUMNS, "")
    row["event_id_cnty"] = event.id
    early, late = event.date.earliest, event.date.latest
    start = _local(event.date) or early or late
    assert start is not None
    row["event_date"] = start.date().isoformat()
    row["year"] = start.year
    span = (late - early).days if early is not None and late is not None else None
    if span is not None and span < 1:
        row["time_precision"] = 1
    elif span is not None and span <= 7:
        row["time_precision"] = 2
    else:
        row["time_precision"] = 3
        if span is None or span > 31:
            lost.append(f"{name}: date {event.date}: ACLED dates are known to the month")
    types = ACLED_EVENT_TYPES.get(event.kind)
    if types is not None:
        row["disorder_type"], row["event_type"], row["sub_event_type"] = types
    row["tags"] = f"newsmodel kind={event.kind.term}"
    actors, targets = _sides(event)
    inter = []
    for number, side in (("1", actors), ("2", targets)):
        members = [dataset.get(actor_id, Actor) for actor_id in side]
        named = [actor for actor in members if actor is not None]
        if not named:
            continue
        first, *rest = named
        row[f"actor{number}"] = first.name
        row[f"assoc_actor_{number}"] = "; ".join(actor.name for actor in rest)
        code = first.kind.codes.get("acled", "")
        row[f"inter{number}"] = code
        if code:
            inter.append(code)
    if inter:
        row["interaction"] = "".join(sorted(inter)) if len(inter) > 1 else f"{inter[0]}0"
    place = event.places[0]
    if place.country is not None:
        country = _country(place.country)
        row["iso"] = int(country["numeric"])
        row["country"] = country["name"]
    row["admin1"] = place.admin_area or ""
    row["location"] = place.name
    row["latitude"] = "" if place.latitude is None else place.latitude
    row["longitude"] = "" if place.longitude is None else place.longitude
    if place.precision is not None:
        row["geo_precision"] = place.precision.codes.get("acled", "")
    lost.extend(
        f"{name}: place {other.name!r}: ACLED holds one place" for other in event.places[1:]
    )
    row["source"] = "; ".join(_publishers(dataset, event.citations))
    row["notes"] = event.summary
    dead = [_number(count) for count in event.counts if count.kind.codes.get("plover") == "dead"]
    if dead and dead[0] is not None:
        row["fatalities"] = dead[0]
    _unhomed(event, ACLED_HOMES, "ACLED", lost, name)
    return row


def _publishers(dataset: Any, citations: Iterable[Citation]) -> list[str]:
    names: list[str] = []
    for citation in citations:
        report = dataset.get(citation.report, Report)
        if report is None or report.publisher is None:
            continue
        publisher = dataset.get(report.publisher, Actor)
        names.append(publisher.name if publisher is not None else report.publisher)
    return _unique(names)


# --------------------------------------------------------------------------
# Shared
# --------------------------------------------------------------------------


def _name(record: Record) -> str:
    return f"{type(record).__name__} {record.id}"


def _given(**fields: Any) -> dict[str, Any]:
    """Return ``fields`` without those that are ``None``, in order."""
    return {key: value for key, value in fields.items() if value is not None}


def _unique(values: Iterable[str]) -> list[str]:
    return list(dict.fromkeys(values))


def _set_fields(value: Any, kept: Iterable[str] = ()) -> list[str]:
    """Return the fields of an attrs value that differ from their default, less ``kept``."""
    skip = set(kept)
    return [
        name
        for name, default in _defaults(type(value))
        if name not in skip and (default is attrs.NOTHING or getattr(value, name) != default)
    ]


_DEFAULTS: dict[type, tuple[tuple[str, Any], ...]] = {}


def _defaults(cls: type) -> tuple[tuple[str, Any], ...]:
    """Return the fields of an attrs class with their defaults (``attrs.NOTHING``: required)."""
    known = _DEFAULTS.get(cls)
    if known is None:
        found = []
        for field in attrs.fields(cls):
            default: Any = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            found.append((field.name, default))
        known = _DEFAULTS[cls] = tuple(found)
    return known


def _unhomed(
    record: Record, homes: Mapping[str, str], format: str, lost: list[str], name: str = ""
) -> None:
    extra = _set_fields(record, homes)
    if extra:
        lost.append(f"{name or _name(record)}: {format} has no field for {', '.join(extra)}")
