"""schema.org JSON-LD: records as linked data, with newsmodel's own terms where schema.org has none.

Every record becomes a node of one ``@graph``, named by its id (an IRI
relative to a base, :data:`DEFAULT_BASE` unless told), and every nested value
(a place, a count, a quote, a citation...) a node of its own, typed, without
a name.  Types and properties are schema.org's where schema.org means the
same thing (a report is a ``NewsArticle`` with a ``headline``, an allegation
a ``Claim`` whose ``text`` is its summary, a quote a ``Quotation``
``spokenByCharacter`` its speaker; see :data:`SCHEMA_PROPERTIES` and
:func:`schema_types`), and the ``newsmodel`` vocabulary's (:data:`NS`)
everywhere else: stances, the accused, answers and their positions...

The JSON keys are the model's field names: the context (:func:`context`)
gives each record and value class a *type-scoped* context that maps its
field names to IRIs, so that ``title`` is ``schema:headline`` on a report and
``nm:title`` on a proceeding, and a list keeps its order (``@list``).  The
context, the vocabulary (:func:`vocabulary`, its terms' definitions) and the
SHACL shapes (:func:`shapes`) are all generated from the model's metadata (a
new field gets a term, a definition and its constraints without code) and
published under ``docs/ns/`` (:func:`publish`).

JSON-LD holds everything a bundle holds: ``from_jsonld(to_jsonld(b)) == b``
(a property test checks it over the strategies), and an export loses
nothing.  rdflib, pyld and pyshacl (the ``jsonld`` extra) are needed only to
read the result as RDF (:func:`to_graph`), to canonicalize it
(:func:`canonical_nquads`) and to validate it (:func:`validate_shacl`);
writing needs none of them.
"""

from __future__ import annotations

import json
import re
import warnings
from collections.abc import Iterable, Iterator, Mapping
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from newsmodel.dates import PartialDate
from newsmodel.export import Exported, require
from newsmodel.model import (
    RECORD_KINDS,
    RECORD_TYPES,
    SCHEMA_VERSION,
    Actor,
    Allegation,
    Bundle,
    Document,
    Event,
    Place,
    Quote,
    Record,
    Report,
    _items_of,
    _model_types,
    _unwrapped,
)
from newsmodel.types import Identifiers, Value
from newsmodel.vocab import ActorKind, IdentifierScheme, ReportKind, Term

if TYPE_CHECKING:
    from newsmodel.dataset import Dataset

__all__ = [
    "CONTEXT_URL",
    "DEFAULT_BASE",
    "NS",
    "SCHEMA",
    "SCHEMA_PROPERTIES",
    "canonical_nquads",
    "context",
    "from_jsonld",
    "publish",
    "published",
    "schema_types",
    "shapes",
    "to_graph",
    "to_jsonld",
    "validate_shacl",
    "vocabulary",
    "vocabulary_page",
    "write",
]

#: The site the vocabulary is published on (the docs' ``site_url``).
SITE = "https://newsmodel.readthedocs.io/ns/"
#: The newsmodel vocabulary's namespace: ``nm:Allegation`` is ``{NS}Allegation``.
NS = f"{SITE}#"
#: Where the published context is (``docs/ns/context.jsonld``).
CONTEXT_URL = f"{SITE}context.jsonld"
#: schema.org's namespace, as schema.org's own JSON-LD context expands its terms (``http``),
#: so that these nodes merge with data written with ``"@context": "https://schema.org"``.
SCHEMA = "http://schema.org/"
#: The base record ids are resolved against unless one is given: the reserved ``.invalid``
#: domain (RFC 6761), which no real record can collide with.  Publishers pass their own.
DEFAULT_BASE = "https://newsmodel.invalid/"

_PREFIXES: Mapping[str, str] = {
    "nm": NS,
    "schema": SCHEMA,
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
    "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#",
}

#: Fields that a schema.org property means exactly, by class and field: every other
#: field is ``nm:<field>``.  Each was checked against schema.org's definition (the
#: property, its expected values and the types it is used on).
SCHEMA_PROPERTIES: Mapping[tuple[str, str], str] = {
    ("Report", "title"): "headline",
    ("Report", "publisher"): "publisher",
    ("Report", "url"): "url",
    ("Report", "published"): "datePublished",
    ("Report", "updated"): "dateModified",
    ("Report", "language"): "inLanguage",
    ("Report", "body"): "text",
    ("Report", "dateline"): "locationCreated",
    ("Actor", "name"): "name",
    ("Actor", "aliases"): "alternateName",
    ("Actor", "description"): "description",
    ("Actor", "born"): "birthDate",
    ("Actor", "identifiers"): "identifier",
    ("Document", "title"): "name",
    ("Document", "authors"): "author",
    ("Document", "url"): "url",
    ("Document", "published"): "datePublished",
    ("Document", "language"): "inLanguage",
    ("Allegation", "summary"): "text",
    ("Event", "summary"): "description",
    ("Event", "places"): "location",
    ("Quote", "text"): "text",
    ("Quote", "speaker"): "spokenByCharacter",
    ("Quote", "language"): "inLanguage",
    ("Place", "name"): "name",
    ("Place", "latitude"): "latitude",
    ("Place", "longitude"): "longitude",
}

#: schema.org types every node of a class has (its vocabulary class is their subclass).
_CLASS_TYPES: Mapping[type, str] = {
    Allegation: "Claim",
    Event: "Event",
    Place: "Place",
    Quote: "Quotation",
    Document: "CreativeWork",
}

#: Report kinds that are news articles; the other kinds are creative works, posts...
_ARTICLES = frozenset(
    {
        ReportKind.ARTICLE,
        ReportKind.WIRE_STORY,
        ReportKind.OPINION,
        ReportKind.FACT_CHECK,
        ReportKind.LIVE_BLOG,
        ReportKind.EDITORS_NOTE,
    }
)
_REPORT_TYPES: Mapping[ReportKind, str] = {ReportKind.SOCIAL_MEDIA_POST: "SocialMediaPosting"}

#: Actor kinds that are organs of a state: schema.org's ``GovernmentOrganization``.
_GOVERNMENT = frozenset(
    {
        ActorKind.STATE,
        ActorKind.GOVERNMENT,
        ActorKind.GOVERNMENT_BODY,
        ActorKind.SECURITY_FORCES,
        ActorKind.INTELLIGENCE_AGENCY,
        ActorKind.LEGISLATURE,
        ActorKind.JUDICIARY,
        ActorKind.NATIONAL_HUMAN_RIGHTS_INSTITUTION,
        ActorKind.REGULATOR,
        ActorKind.SUBNATIONAL_GOVERNMENT,
        ActorKind.COURT,
        ActorKind.PROSECUTOR,
        ActorKind.ELECTORAL_BODY,
    }
)
#: Actor kinds that are no organization (people named together, an unknown kind).
_NOT_ORGANIZATIONS = frozenset(
    {ActorKind.PERSON, ActorKind.GROUP_OF_PEOPLE, ActorKind.UNSPECIFIED_COLLECTIVE, ActorKind.OTHER}
)

#: The schema.org types a node of a class may have, by its kind (for the vocabulary page).
_POSSIBLE_TYPES: Mapping[type, tuple[str, ...]] = {
    Report: ("NewsArticle", "SocialMediaPosting", "CreativeWork"),
    Actor: ("Person", "GovernmentOrganization", "Organization"),
}

#: The datatype of EDTF dates (``2022-07``, ``2023-06-27T08:18[Europe/Paris]``).
_EDTF = "nm:EDTF"
_IDENTIFIER_TYPE = "schema:PropertyValue"


# --------------------------------------------------------------------------
# What each field is
# --------------------------------------------------------------------------


@attrs.frozen
class _Field:
    """One field of a model class, as JSON-LD sees it."""

    name: str
    doc: str
    iri: str  # compact: schema:headline, nm:accused
    many: bool  # a tuple: an @list
    required: bool
    ref: str | None  # the record kind it names
    node: type | None  # the value class it nests
    scalar: Any  # the item type otherwise
    meta: Mapping[str, Any]

    @property
    def is_id(self) -> bool:
        return self.name == "id" and self.scalar is not str


@cache
def _classes() -> tuple[type, ...]:
    """Record classes, then value classes, as the model finds them (not the bundle)."""
    return tuple(cls for cls in _model_types() if cls is not Bundle)


@cache
def _fields(cls: type) -> tuple[_Field, ...]:
    found = []
    for field in attrs.fields(cls):
        type_ = _unwrapped(field.type)
        item = _items_of(type_)
        many = item is not None
        inner = item if item is not None else type_
        node = inner if attrs.has(inner) and inner is not PartialDate else None
        schema = SCHEMA_PROPERTIES.get((cls.__name__, field.name))
        found.append(
            _Field(
                name=field.name,
                doc=field.metadata.get("doc", ""),
                iri=f"schema:{schema}" if schema else f"nm:{field.name}",
                many=many,
                required=field.default is attrs.NOTHING,
                ref=field.metadata.get("ref"),
                node=node,
                scalar=inner,
                meta=field.metadata,
            )
        )
    return tuple(found)


def _is_record(cls: type) -> bool:
    return cls in RECORD_KINDS


def _term_type(scalar: Any) -> type[Term] | None:
    return scalar if isinstance(scalar, type) and issubclass(scalar, Term) else None


# --------------------------------------------------------------------------
# The context
# --------------------------------------------------------------------------


def _definition(field: _Field) -> dict[str, Any]:
    definition: dict[str, Any] = {"@id": field.iri}
    if field.ref is not None:
        definition["@type"] = "@id"
    elif field.scalar is PartialDate:
        definition["@type"] = _EDTF
    elif field.scalar is Value:
        definition["@type"] = "@json"
    if field.scalar == Identifiers:
        definition["@container"] = "@set"
    elif field.many:
        definition["@container"] = "@list"
    return definition


@cache
def _context() -> dict[str, Any]:
    terms: dict[str, Any] = {"@version": 1.1, **_PREFIXES}
    terms["propertyID"] = "schema:propertyID"
    terms["value"] = "schema:value"
    for cls in _classes():
        scoped = {
            field.name: _definition(field)
            for field in _fields(cls)
            if not (field.is_id and _is_record(cls))
        }
        terms[cls.__name__] = {"@id": f"nm:{cls.__name__}", "@context": scoped}
    return {"@context": terms}


def context() -> dict[str, Any]:
    """Return the JSON-LD context (``{"@context": {...}}``), as published at :data:`CONTEXT_URL`.

    The unprefixed type names (``Report``, ``Count``) are newsmodel's classes,
    each with the context of its fields; schema.org's types are written
    ``schema:NewsArticle``.
    """
    return json.loads(json.dumps(_context()))  # type: ignore[no-any-return]


# --------------------------------------------------------------------------
# Records to JSON-LD and back
# --------------------------------------------------------------------------


def schema_types(cls: type, data: Mapping[str, Any]) -> tuple[str, ...]:
    """Return the schema.org types of a node of ``cls`` with plain ``data``.

    Reports are ``NewsArticle`` when an article of some kind, otherwise a
    ``CreativeWork`` (or ``SocialMediaPosting``); an actor is a ``Person``
    (one, not a collective), a ``GovernmentOrganization`` (a state organ), an
    ``Organization`` (any other organized kind) or no schema.org type at all
    (people named together, a kind the coder could not name).

    >>> schema_types(Actor, {"kind": "judiciary"})
    ('GovernmentOrganization',)
    >>> schema_types(Actor, {"kind": "person", "collective": True})
    ()
    """
    if cls is Report:
        report_kind = ReportKind(data.get("kind", ReportKind.ARTICLE.value))
        if report_kind in _ARTICLES:
            return ("NewsArticle",)
        return (_REPORT_TYPES.get(report_kind, "CreativeWork"),)
    if cls is Actor:
        actor_kind = ActorKind(data["kind"])
        if actor_kind is ActorKind.PERSON:
            return () if data.get("collective") else ("Person",)
        if actor_kind in _GOVERNMENT:
            return ("GovernmentOrganization",)
        return () if actor_kind in _NOT_ORGANIZATIONS else ("Organization",)
    schema = _CLASS_TYPES.get(cls)
    return (schema,) if schema else ()


#: A list value (a variant of a whole list) is the JSON literal ``{"items": [...]}``, not the
#: bare array: JSON-LD processors (pyld 3) compact a one-item array literal to its item, which
#: would turn the list ``["a"]`` into the value ``"a"``, a variant of one item.
_ITEMS = "items"


def _node(cls: type, data: Mapping[str, Any]) -> dict[str, Any]:
    node: dict[str, Any] = {
        "@type": [*(f"schema:{name}" for name in schema_types(cls, data)), cls.__name__]
    }
    record = _is_record(cls)
    for field in _fields(cls):
        if field.name not in data:
            continue
        value = data[field.name]
        if record and field.is_id:
            node["@id"] = value
        elif field.node is not None:
            node_cls = field.node
            node[field.name] = (
                [_node(node_cls, item) for item in value] if field.many else _node(node_cls, value)
            )
        elif field.scalar == Identifiers:
            node[field.name] = [
                {"@type": _IDENTIFIER_TYPE, "propertyID": scheme, "value": identifier}
                for scheme, identifier in value.items()
            ]
        elif field.scalar is Value and isinstance(value, list):
            node[field.name] = {_ITEMS: value}
        else:
            node[field.name] = value
    if record:  # the id first, for readers
        node = {"@id": node.pop("@id"), **node}
    return node


def _records(source: Bundle | Iterable[Record]) -> Iterable[Record]:
    return source.records() if isinstance(source, Bundle) else source


def _nodes(source: Bundle | Iterable[Record]) -> Iterator[dict[str, Any]]:
    from newsmodel.codec.fastpath import UNSTRUCTURE  # noqa: PLC0415 - compiled when used

    for record in _records(source):
        cls = type(record)
        yield _node(cls, UNSTRUCTURE[cls](record))


def _document_context(base: str, context_url: str | None) -> list[Any]:
    inline = context_url if context_url is not None else _context()["@context"]
    return [inline, {"@base": base}]


def to_jsonld(
    source: Bundle | Iterable[Record],
    *,
    base: str = DEFAULT_BASE,
    context_url: str | None = None,
) -> dict[str, Any]:
    """Return the JSON-LD document of a bundle's records (or any records), one ``@graph``.

    Record ids are IRIs relative to ``base`` (give your dataset's, ending in
    ``/``).  The context is written inline, so that the document reads
    offline; ``context_url`` (:data:`CONTEXT_URL`, say) refers to a
    published copy instead.
    """
    return {"@context": _document_context(base, context_url), "@graph": list(_nodes(source))}


_KIND_OF_CLASS = {cls.__name__: kind for kind, cls in RECORD_TYPES.items()}


def _iri(value: str, base: str) -> str:
    return value[len(base) :] if value.startswith(base) else value


def _types(node: Mapping[str, Any]) -> list[str]:
    types = node.get("@type", [])
    return [types] if isinstance(types, str) else list(types)


def _plain(cls: type, node: Mapping[str, Any], base: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    record = _is_record(cls)
    for field in _fields(cls):
        if record and field.is_id:
            data["id"] = _iri(node["@id"], base)
            continue
        if field.name not in node:
            continue
        value = node[field.name]
        if field.many and not isinstance(value, list):
            value = [value]
        if field.node is not None:
            node_cls = field.node
            data[field.name] = (
                [_plain(node_cls, item, base) for item in value]
                if field.many
                else _plain(node_cls, value, base)
            )
        elif field.scalar == Identifiers:
            items = value if isinstance(value, list) else [value]
            data[field.name] = {item["propertyID"]: item["value"] for item in items}
        elif field.ref is not None:
            data[field.name] = (
                [_iri(item, base) for item in value] if field.many else _iri(value, base)
            )
        elif field.scalar is Value and isinstance(value, Mapping) and list(value) == [_ITEMS]:
            data[field.name] = value[_ITEMS]
        else:
            data[field.name] = value
    return data


def _base_of(document: Mapping[str, Any]) -> str:
    contexts = document.get("@context", [])
    for item in contexts if isinstance(contexts, list) else [contexts]:
        if isinstance(item, Mapping) and isinstance(item.get("@base"), str):
            return str(item["@base"])
    return DEFAULT_BASE


def from_jsonld(document: Mapping[str, Any] | str) -> Bundle:
    """Return the bundle of a document written by :func:`to_jsonld` (a mapping, or its text).

    Records come back grouped by kind, in the document's order, and are
    checked as a file's are: bad data raises the converter's exception.
    """
    from newsmodel.codec.converter import structure  # noqa: PLC0415 - the converter is lazy

    if isinstance(document, str):
        document = json.loads(document)
    if not isinstance(document, Mapping):
        raise ValueError(f"a JSON-LD document is an object, not {type(document).__name__}")
    base = _base_of(document)
    plain: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    nodes = document.get("@graph", [])
    for node in nodes if isinstance(nodes, list) else [nodes]:
        names = [name for name in _types(node) if name in _KIND_OF_CLASS]
        if len(names) != 1:
            raise ValueError(f"node {node.get('@id')!r} is not one newsmodel record: {names}")
        kind = _KIND_OF_CLASS[names[0]]
        cls = RECORD_TYPES[kind]
        plain.setdefault(f"{kind}s", []).append(_plain(cls, node, base))
    return structure(plain, Bundle)


def _dataset_records(dataset: Dataset) -> Iterator[Record]:
    yield from dataset


def write(dataset: Dataset, out: Path) -> Exported:
    """Write the dataset's records to ``out`` as one JSON-LD document.

    ``out`` is the file, or a folder to write ``dataset.jsonld`` in.  Each node
    of the graph is one line of compact JSON, written as it is made.  JSON-LD
    holds every field, so nothing is lost.
    """
    path = out / "dataset.jsonld" if out.is_dir() else out
    path.parent.mkdir(parents=True, exist_ok=True)
    header = json.dumps(_document_context(DEFAULT_BASE, None), ensure_ascii=False)
    with path.open("w", encoding="utf-8") as stream:
        stream.write(f'{{"@context": {header},\n"@graph": [')
        separator = "\n"
        for node in _nodes(_dataset_records(dataset)):
            stream.write(separator + json.dumps(node, ensure_ascii=False))
            separator = ",\n"
        stream.write("\n]}\n")
    return Exported(files=(path,), losses=())


# --------------------------------------------------------------------------
# The vocabulary and its page
# --------------------------------------------------------------------------


def _summary(cls: type) -> str:
    doc = (cls.__doc__ or cls.__name__).strip()
    return re.sub(r"\s+", " ", doc.split("\n\n")[0])


def _range(field: _Field) -> str:
    if field.ref is not None:
        return f"nm:{RECORD_TYPES[field.ref].__name__}"
    if field.node is not None:
        return f"nm:{field.node.__name__}"
    if field.scalar == Identifiers:
        return _IDENTIFIER_TYPE
    if field.scalar is PartialDate:
        return _EDTF
    if field.scalar is Value:
        return "rdf:JSON"
    return _XSD.get(_base_python(field.scalar), "xsd:string")


_XSD: Mapping[Any, str] = {bool: "xsd:boolean", int: "xsd:integer", float: "xsd:double"}


def _base_python(scalar: Any) -> Any:
    return getattr(scalar, "__supertype__", scalar)


@cache
def _vocabulary() -> dict[str, Any]:
    graph: list[dict[str, Any]] = [
        {
            "@id": SITE,
            "@type": "owl:Ontology",
            "rdfs:label": "newsmodel",
            "rdfs:comment": (
                "Terms for news reporting about accusations that schema.org lacks: who "
                "accused whom of what, on what evidence, and how the accused answered "
                "(stances, positions, answers). Generated from newsmodel's model."
            ),
        },
        {
            "@id": _EDTF,
            "@type": "rdfs:Datatype",
            "rdfs:label": "EDTF",
            "rdfs:comment": (
                "A date, date-time or interval in the Extended Date/Time Format "
                "(ISO 8601-2, https://www.loc.gov/standards/datetime/): 2022-07, 2022-07~, "
                "2022-04-01/2022-06-30."
            ),
        },
    ]
    uses: dict[str, list[tuple[type, _Field]]] = {}
    for cls in _classes():
        entry: dict[str, Any] = {
            "@id": f"nm:{cls.__name__}",
            "@type": "rdfs:Class",
            "rdfs:label": cls.__name__,
            "rdfs:comment": _summary(cls),
        }
        if cls in _CLASS_TYPES:
            entry["rdfs:subClassOf"] = {"@id": f"schema:{_CLASS_TYPES[cls]}"}
        graph.append(entry)
        for field in _fields(cls):
            if field.iri.startswith("nm:") and not (field.is_id and _is_record(cls)):
                uses.setdefault(field.iri, []).append((cls, field))
    for iri in sorted(uses):
        pairs = uses[iri]
        comment = " ".join(f"On {cls.__name__}: {field.doc}" for cls, field in pairs)
        graph.append(
            {
                "@id": iri,
                "@type": "rdf:Property",
                "rdfs:label": iri.removeprefix("nm:"),
                "rdfs:comment": comment,
                "schema:domainIncludes": [{"@id": f"nm:{cls.__name__}"} for cls, _ in pairs],
                "schema:rangeIncludes": [
                    {"@id": r} for r in dict.fromkeys(_range(field) for _, field in pairs)
                ],
            }
        )
    prefixes = {**_PREFIXES, "owl": "http://www.w3.org/2002/07/owl#"}
    return {"@context": prefixes, "@graph": graph}


def vocabulary() -> dict[str, Any]:
    """Return the newsmodel vocabulary as JSON-LD: its classes, properties and datatype.

    Each class and property carries the model's documentation (``rdfs:comment``);
    properties say which classes use them and what they hold
    (``schema:domainIncludes``, ``schema:rangeIncludes``, as schema.org does).
    """
    return json.loads(json.dumps(_vocabulary()))  # type: ignore[no-any-return]


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def vocabulary_page() -> str:
    """Return the Markdown page describing the vocabulary (``docs/ns/index.md``)."""
    lines = [
        "# The newsmodel vocabulary",
        "",
        "<!-- Generated by newsmodel.export.jsonld.publish('docs/ns'): do not edit. -->",
        "",
        f"Namespace: `{NS}` (prefix `nm:`). The JSON-LD export",
        "([guide](../guides/export-jsonld.md)) uses schema.org's terms where schema.org means",
        "the same thing, and these where it has none. Files:",
        "",
        f"- [`context.jsonld`](context.jsonld): the JSON-LD context, at `{CONTEXT_URL}`;",
        "- [`newsmodel.jsonld`](newsmodel.jsonld): the classes and properties below, as RDF;",
        "- [`shapes.jsonld`](shapes.jsonld): SHACL shapes that check an export.",
        "",
        "Every class below is a type of node; its table lists the JSON keys a node of that",
        "type has (the model's field names), the property each stands for, and what it holds.",
        "Lists keep their order (`@list`); dates are EDTF text (datatype `nm:EDTF`); a term is",
        "its text, one of its [vocabulary](../reference/vocabularies.md)'s.",
        "",
    ]
    for cls in _classes():
        schema = _POSSIBLE_TYPES.get(cls, (_CLASS_TYPES[cls],) if cls in _CLASS_TYPES else ())
        lines += [f"## {cls.__name__}", "", _summary(cls), ""]
        if schema:
            lines += ["schema.org: " + ", ".join(f"`schema:{name}`" for name in schema), ""]
        lines += ["| Key | Property | Holds | Description |", "|---|---|---|---|"]
        for field in _fields(cls):
            if field.is_id and _is_record(cls):
                lines.append(f"| `@id` | | IRI | {_cell(field.doc)} |")
                continue
            term = _term_type(field.scalar)
            holds = f"`{term.__name__}` term" if term is not None else f"`{_range(field)}`"
            if field.many:
                holds = f"list of {holds}"
            if field.required:
                holds += ", required"
            lines.append(f"| `{field.name}` | `{field.iri}` | {holds} | {_cell(field.doc)} |")
        lines.append("")
    return "\n".join(lines)


# --------------------------------------------------------------------------
# SHACL shapes
# --------------------------------------------------------------------------

_SH = "http://www.w3.org/ns/shacl#"


def _path(field: _Field) -> Any:
    if not field.many or field.scalar == Identifiers:
        return {"@id": field.iri}
    return {
        "@list": [
            {"@id": field.iri},
            {"sh:zeroOrMorePath": {"@id": "rdf:rest"}},
            {"@id": "rdf:first"},
        ]
    }


def _property_shape(field: _Field) -> dict[str, Any]:
    shape: dict[str, Any] = {"sh:path": _path(field), "sh:name": field.name}
    min_count = field.meta.get("min_items", 1 if field.required and not field.many else 0)
    if min_count:
        shape["sh:minCount"] = min_count
    if not field.many:
        shape["sh:maxCount"] = 1
    if field.ref is not None:
        shape["sh:class"] = {"@id": f"nm:{RECORD_TYPES[field.ref].__name__}"}
        shape["sh:nodeKind"] = {"@id": "sh:IRI"}
    elif field.node is not None:
        shape["sh:class"] = {"@id": f"nm:{field.node.__name__}"}
    elif field.scalar == Identifiers:
        shape["sh:class"] = {"@id": _IDENTIFIER_TYPE}
    elif (term := _term_type(field.scalar)) is not None:
        shape["sh:in"] = {"@list": list(term.values())}
    elif field.scalar is PartialDate:
        shape["sh:datatype"] = {"@id": _EDTF}
    elif _base_python(field.scalar) in (bool, str):
        shape["sh:datatype"] = {"@id": _XSD.get(_base_python(field.scalar), "xsd:string")}
    for key, name in (("minimum", "sh:minInclusive"), ("maximum", "sh:maxInclusive")):
        if key in field.meta:
            shape[name] = field.meta[key]
    return shape


@cache
def _shapes() -> dict[str, Any]:
    graph = []
    for cls in _classes():
        shape: dict[str, Any] = {
            "@id": f"nm:{cls.__name__}Shape",
            "@type": "sh:NodeShape",
            "sh:targetClass": {"@id": f"nm:{cls.__name__}"},
            "sh:property": [
                _property_shape(field)
                for field in _fields(cls)
                if not (field.is_id and _is_record(cls))
            ],
        }
        if _is_record(cls):
            shape["sh:nodeKind"] = {"@id": "sh:IRI"}
        graph.append(shape)
    graph.append(
        {
            "@id": "nm:IdentifierShape",
            "@type": "sh:NodeShape",
            "sh:targetClass": {"@id": _IDENTIFIER_TYPE},
            "sh:property": [
                {
                    "sh:path": {"@id": "schema:propertyID"},
                    "sh:minCount": 1,
                    "sh:maxCount": 1,
                    "sh:in": {"@list": list(IdentifierScheme.values())},
                },
                {
                    "sh:path": {"@id": "schema:value"},
                    "sh:minCount": 1,
                    "sh:maxCount": 1,
                    "sh:datatype": {"@id": "xsd:string"},
                },
            ],
        }
    )
    return {"@context": {**_PREFIXES, "sh": _SH}, "@graph": graph}


def shapes() -> dict[str, Any]:
    """Return SHACL shapes (JSON-LD) for an export, one node shape per class, from the model.

    A required field has ``sh:minCount 1`` (a list its ``min_items``), a
    reference ``sh:class`` the kind of record it names (a dangling reference
    names a node of no type), a term ``sh:in`` its vocabulary, a bounded
    number its ``minimum`` and ``maximum``; an actor's identifiers name a
    known scheme.
    """
    return json.loads(json.dumps(_shapes()))  # type: ignore[no-any-return]


# --------------------------------------------------------------------------
# Reading as RDF (the extra)
# --------------------------------------------------------------------------


def to_graph(document: Mapping[str, Any]) -> Any:
    """Return an ``rdflib.Graph`` of a JSON-LD document (needs the ``jsonld`` extra)."""
    rdflib = require("rdflib", "jsonld")
    graph = rdflib.Graph()
    with warnings.catch_warnings():  # rdflib's own parser builds the graph class it deprecates
        warnings.filterwarnings("ignore", "ConjunctiveGraph is deprecated", DeprecationWarning)
        graph.parse(data=json.dumps(document), format="json-ld")
    return graph


def canonical_nquads(document: Mapping[str, Any]) -> str:
    """Return the canonical N-Quads of a JSON-LD document (URDNA2015, with pyld).

    Two exports of the same records give the same text, whatever their order.
    """
    pyld = require("pyld", "jsonld")
    options = {"algorithm": "URDNA2015", "format": "application/n-quads"}
    return str(pyld.jsonld.normalize(dict(document), options))


def validate_shacl(document: Mapping[str, Any] | Any) -> tuple[bool, str]:
    """Check a JSON-LD document (or its :func:`to_graph`) against :func:`shapes` with pyshacl.

    Returns whether it conforms, and pyshacl's report.
    """
    pyshacl = require("pyshacl", "jsonld")
    data = to_graph(document) if isinstance(document, Mapping) else document
    shape_graph = to_graph(_shapes())
    conforms, _, text = pyshacl.validate(data, shacl_graph=shape_graph, inference="none")
    return bool(conforms), str(text)


# --------------------------------------------------------------------------
# Publishing
# --------------------------------------------------------------------------


def published() -> dict[str, str]:
    """Return the published files by name: context, vocabulary, shapes and their page."""

    def dumped(data: Mapping[str, Any]) -> str:
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"

    return {
        "context.jsonld": dumped(_context()),
        "newsmodel.jsonld": dumped(_vocabulary()),
        "shapes.jsonld": dumped(_shapes()),
        "index.md": vocabulary_page(),
    }


def publish(folder: str | Path) -> list[Path]:
    """Write :func:`published` files to ``folder`` (``docs/ns``); return their paths."""
    target = Path(folder)
    target.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in published().items():
        path = target / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
