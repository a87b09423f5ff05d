"""Differential properties: newsmodel and the exported JSON Schema agree on generated data.

- Every generated valid bundle passes newsmodel (it loads back equal) and the
  JSON Schema.
- Every generated single-fault document is rejected by newsmodel with exactly
  the paired problem code, and by the JSON Schema exactly when the fault is
  one the schema can see (the rest are the gaps listed in
  :data:`newsmodel.schema.SCHEMA_COVERAGE`).
- The strategies are what they claim: references resolve, quote offsets
  match, ids are unique across a dataset, and ``st.from_type`` finds them.
"""

from __future__ import annotations

import json
import subprocess
import sys
from collections.abc import Iterator, Mapping
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

import newsmodel
from newsmodel import (
    RECORD_TYPES,
    Bundle,
    Dataset,
    Severity,
    ValidationError,
    json_schema,
)
from newsmodel.codec.converter import structure, unstructure
from newsmodel.dataset import validate
from newsmodel.model import ANSWERED, TIMED, _model_types
from newsmodel.schema import SCHEMA_COVERAGE, Coverage
from newsmodel.strategies import (
    FAULT_CODES,
    FAULT_KINDS,
    InvalidDocument,
    bundles,
    datasets,
    dates,
    invalid_bundles,
)
from newsmodel.vocab import (
    Benchmark,
    Conduct,
    CountKind,
    Demand,
    DocumentKind,
    EventKind,
    IdentifierScheme,
    MistakeKind,
    Qualifier,
    RelationKind,
    SanctionKind,
    SanctionStatus,
    Stance,
    StepKind,
    Tactic,
    Term,
    TimeRelation,
    TraitKind,
)

SCHEMA = json_schema()
VALIDATOR = Draft202012Validator(SCHEMA)
FAST = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def _record_validator(name: str) -> Draft202012Validator:
    return Draft202012Validator(
        {"$schema": SCHEMA["$schema"], "$ref": f"#/$defs/{name}", "$defs": SCHEMA["$defs"]}
    )


def _error_codes(text: str, fmt: newsmodel.io.Format) -> set[str]:
    try:
        newsmodel.loads(text, format=fmt)
    except ValidationError as error:
        return {p.code for p in error.problems if p.severity is Severity.ERROR}
    return set()


# --------------------------------------------------------------------------
# Valid data
# --------------------------------------------------------------------------


@settings(FAST, max_examples=300)
@given(bundles())
def test_valid_bundles_pass_newsmodel_and_the_schema(bundle: Bundle) -> None:
    assert newsmodel.loads(newsmodel.dumps(bundle)) == bundle
    data = unstructure(bundle)
    errors = [f"{error.json_path}: {error.message}" for error in VALIDATOR.iter_errors(data)]
    assert not errors
    assert VALIDATOR.is_valid(json.loads(newsmodel.dumps(bundle, format="json")))


def _references(value: Any, cls: type) -> Iterator[tuple[str, str]]:
    """Every (kind, id) that ``value`` of attrs class ``cls`` refers to, at any depth."""
    for field in attrs.fields(cls):
        item = getattr(value, field.name)
        ref = field.metadata.get("ref")
        if ref is not None and isinstance(item, str):
            yield ref, item
        elif ref is not None and isinstance(item, tuple):
            yield from ((ref, x) for x in item if isinstance(x, str))
        for child in item if isinstance(item, tuple) else (item,):
            if attrs.has(type(child)):
                yield from _references(child, type(child))


def _check_consistent(files: tuple[Bundle, ...]) -> None:
    dataset = Dataset(files)  # raises on a duplicate id
    kinds = {cls: kind for kind, cls in RECORD_TYPES.items()}
    reports = {r.id: r for bundle in files for r in bundle.reports}
    for bundle in files:
        for record in bundle.records():
            for kind, target in _references(record, type(record)):
                assert target in dataset, f"{record.id} refers to missing {kind} {target}"
                assert kinds[type(dataset[target])] == kind, (record.id, kind, target)
            citations = getattr(record, "citations", ())
            if any(citation.unnamed for citation in citations):  # an actor of the record itself
                whole: Any = record
                uncited = _references(attrs.evolve(whole, citations=()), type(record))
                actors = {target for kind, target in uncited if kind == "actor"}
                assert {u.actor for c in citations for u in c.unnamed} <= actors, record.id
            for citation in citations:
                body = reports[citation.report].body
                for quote in citation.quotes:
                    if quote.start is not None and quote.end is not None:
                        assert body is not None
                        assert body[quote.start : quote.end] == quote.text
                    assert (quote.original_text is None) is (quote.original_language is None)
                    assert quote.disowned_in is None or quote.speaker is not None
            earlier = getattr(record, "supersedes", None)  # a revision within the same story
            assert earlier is None or earlier in {other.id for other in bundle.records()}
    steps: dict[str, set[str | None]] = {
        proceeding.id: {step.id for step in proceeding.steps}
        for bundle in files
        for proceeding in bundle.proceedings
    }
    for bundle in files:
        for record in bundle.records():
            _check_coherent(record, record, steps)
        for actor in bundle.actors:  # part_of chains end
            seen, current = set(), actor
            while current.part_of is not None:
                assert current.id not in seen, f"part_of cycle through {actor.id}"
                seen.add(current.id)
                parent = dataset.get(current.part_of, newsmodel.Actor)
                assert parent is not None
                current = parent


_ANSWERED = ANSWERED


def _field_type(record: Any, path: str) -> tuple[Any, Any]:
    """Return the type and the value of the field ``path`` names (``counts[0].best``)."""
    value, type_ = record, None
    for part in path.split("."):
        name, _, index = part.partition("[")
        type_ = attrs.fields_dict(attrs.resolve_types(type(value)))[name].type
        value = getattr(value, name)
        if index:
            value = value[int(index.rstrip("]"))]
    return type_, value


def _check_coherent(value: Any, record: Any, steps: dict[str, set[str | None]]) -> None:
    """The references inside a record hold together, and a term 'other' has notes.

    ``steps`` holds the step ids of every proceeding, for the steps that answers
    and timings name.
    """
    cls = type(value)
    if isinstance(value, newsmodel.Answer | newsmodel.Timing):
        kinds = _ANSWERED if isinstance(value, newsmodel.Answer) else TIMED
        named = [getattr(value, kind) for kind in kinds if getattr(value, kind) is not None]
        assert len(named) == 1, value
        assert value.step is None or value.proceeding is not None
        assert value.step is None or value.step in steps[named[0]], value
    if isinstance(value, newsmodel.Timing):
        assert named[0] != record.id or isinstance(record, newsmodel.Proceeding), value
        assert (value.offset_high is not None) is (value.qualifier is Qualifier.RANGE), value
        assert value.qualifier is None or value.offset is not None, value
    if isinstance(value, newsmodel.Sanction):
        assert (value.duration_high is not None) is (value.qualifier is Qualifier.RANGE), value
        assert value.qualifier is None or value.duration is not None, value
        assert not (value.requested and value.status is SanctionStatus.PROVIDED), value
    if isinstance(value, newsmodel.Proceeding):
        charges = [charge.id for charge in value.charges]
        assert len(set(charges)) == len(charges)
        earlier: set[str] = set()
        for step in value.steps:
            assert step.of is None or step.of in earlier, step
            assert set(step.charges) <= set(charges)
            # a step is never timed from itself
            assert all((t.proceeding, t.step) != (value.id, step.id) for t in step.timing)
            if step.id is not None:
                earlier.add(step.id)
    if isinstance(value, newsmodel.Allegation):
        assert all(set(act.by) <= set(value.accused) for act in value.acts)
        assert bool(value.accused) is not value.unidentified_perpetrator
    if isinstance(value, newsmodel.Variant):
        type_, held = _field_type(record, value.field)  # raises for a field that does not exist
        given: Any = value.value
        whole = isinstance(given, tuple)  # a list, written as one
        structure(list(given) if whole else given, type_)  # raises if the field cannot hold it
        # a partial list names some of the items the record holds, not all of them
        assert not value.partial or (whole and set(given) < set(held)), value
    for field in attrs.fields(cls):
        item = getattr(value, field.name)
        items = item if isinstance(item, tuple) else (item,)
        if any(isinstance(x, newsmodel.vocab.Term) and x.value == "other" for x in items):
            assert getattr(value, "notes", "") is not None, f"{cls.__name__}.{field.name}"
        for child in items:
            if attrs.has(type(child)) and not isinstance(child, newsmodel.PartialDate):
                _check_coherent(child, record, steps)


@settings(FAST, max_examples=100)
@given(bundles())
def test_bundles_are_self_consistent(bundle: Bundle) -> None:
    _check_consistent((bundle,))
    assert bundle.reports
    assert bundle.allegations


@settings(FAST, max_examples=60)
@given(datasets())
def test_datasets_resolve_across_files(files: tuple[Bundle, ...]) -> None:
    assert len(files) >= 2
    _check_consistent(files)
    for bundle in files:
        assert newsmodel.loads(newsmodel.dumps(bundle)) == bundle
        assert VALIDATOR.is_valid(unstructure(bundle))


def _set_fields(value: Any, found: set[tuple[type, str]], terms: set[Term]) -> None:
    """Add (class, field) for every field of ``value``, at any depth, not at its default.

    Add to ``terms`` every term used (the schemes of ``identifiers`` too).
    """
    cls = type(value)
    for field in attrs.fields(cls):
        item = getattr(value, field.name)
        default = field.default
        if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
            default = default.factory()
        if item != default:
            found.add((cls, field.name))
        children = item if isinstance(item, tuple) else (item,)
        if isinstance(item, Mapping):
            children = (*item, *item.values())
        for child in children:
            if isinstance(child, Term):
                terms.add(child)
            elif attrs.has(type(child)) and not isinstance(child, newsmodel.PartialDate):
                _set_fields(child, found, terms)


#: Vocabularies whose every term generated data uses: the hedges of figures and times,
#: and schema 2's relative times, mistakes and traits.
EVERY_TERM_OF: tuple[type[Term], ...] = (Qualifier, TimeRelation, MistakeKind, TraitKind)
#: Terms schema 2 added to older vocabularies, each used by generated data.
NEW_TERMS: tuple[Term, ...] = (
    Stance.CONFIRMATION,
    Stance.NOT_ESTABLISHED,
    Tactic.TOO_LENIENT,
    Tactic.INVOKES_RIGHTS,
    StepKind.SEARCH,
    EventKind.LEGISLATION,
    CountKind.ACCOUNTS,
    CountKind.MEMBERS,
    CountKind.PEOPLE,
    Demand.DETAIN,
    Demand.TRIAL,
    SanctionStatus.PROVIDED,
    Benchmark.RECORD,
    EventKind.DEATH,
    EventKind.STOP,
    EventKind.COMPETITION,
    StepKind.OFFER,
    StepKind.STAY,
    StepKind.JUDICIAL_REVIEW,
    Stance.WITHDRAWAL,
    Stance.DOWNPLAYING,
    Demand.ACQUIT,
    Demand.ACCOUNTABILITY,
    Conduct.BREACH_OF_DUTY,
    CountKind.GROUNDS,
    CountKind.UNITS,
    SanctionKind.SUPERVISION,
    RelationKind.APPOINTED_BY,
    DocumentKind.MOTION,
    IdentifierScheme.RIC,
)


def test_bundles_and_datasets_set_every_field_of_every_class() -> None:
    """Every field of every class in a bundle is set to a value other than its default.

    And the terms of :data:`EVERY_TERM_OF` and :data:`NEW_TERMS` are all used.
    """
    found: set[tuple[type, str]] = set()
    terms: set[Term] = set()

    @settings(FAST, max_examples=400, derandomize=True, phases=[Phase.generate])
    @given(st.one_of(datasets(), bundles().map(lambda bundle: (bundle,))))
    def collect(files: tuple[Bundle, ...]) -> None:
        for bundle in files:
            _set_fields(bundle, found, terms)

    collect()
    never = [
        f"{cls.__name__}.{field.name}"
        for cls in _model_types()
        for field in attrs.fields(cls)
        if (cls, field.name) not in found
    ]
    assert not never, f"no draw sets {', '.join(never)}"
    wanted = [*(term for vocabulary in EVERY_TERM_OF for term in vocabulary), *NEW_TERMS]
    unused = [f"{type(term).__name__}.{term.term}" for term in wanted if term not in terms]
    assert not unused, f"no draw uses {', '.join(unused)}"


VALUE_TYPES = [
    newsmodel.Place,
    newsmodel.Count,
    newsmodel.Quote,
    newsmodel.Citation,
    newsmodel.Position,
    newsmodel.Argument,
    newsmodel.Participant,
]


@settings(FAST, max_examples=60)
@given(st.one_of(datasets(), bundles().map(lambda bundle: (bundle,))))
def test_generated_data_breaks_no_rule_not_even_a_warning(files: tuple[Bundle, ...]) -> None:
    assert [str(problem) for problem in validate(list(files))] == []


@pytest.mark.parametrize("cls", [*RECORD_TYPES.values(), *VALUE_TYPES, Bundle])
def test_every_type_has_a_registered_strategy(cls: type) -> None:
    validator = VALIDATOR if cls is Bundle else _record_validator(cls.__name__)

    @settings(FAST, max_examples=15)
    @given(st.from_type(cls))
    def check(value: Any) -> None:
        assert type(value) is cls
        data = unstructure(value)
        assert structure(data, cls) == value
        assert validator.is_valid(data), list(validator.iter_errors(data))[:1]

    check()


@settings(FAST, max_examples=50)
@given(
    st.from_type(newsmodel.Id),
    st.from_type(newsmodel.CountryCode),
    st.from_type(newsmodel.LanguageTag),
    st.from_type(newsmodel.Url),
    dates(),
)
def test_scalar_strategies_pass_the_converter(
    id_: str, country: str, language: str, url: str, date: newsmodel.PartialDate
) -> None:
    document = {
        "schema_version": 2,
        "reports": [{"id": id_, "title": "t", "url": url, "language": language,
                     "published": date.text, "dateline": {"name": "Gao", "country": country}}],
    }  # fmt: skip
    assert VALIDATOR.is_valid(document)
    newsmodel.loads(json.dumps(document), format="json")


@settings(FAST, max_examples=20)
@given(st.from_type(Dataset))
def test_datasets_are_registered_too(dataset: Dataset) -> None:
    assert len(dataset) > 0


# --------------------------------------------------------------------------
# Invalid data: exactly one fault
# --------------------------------------------------------------------------


def _serialize(invalid: InvalidDocument, fmt: str) -> tuple[str, newsmodel.io.Format]:
    if isinstance(invalid.document, str):
        return invalid.document, "yaml"
    if fmt == "json":
        return json.dumps(invalid.document, ensure_ascii=False), "json"
    return yaml.safe_dump(invalid.document, sort_keys=False, allow_unicode=True), "yaml"


@pytest.mark.parametrize("code", sorted(FAULT_CODES))
def test_single_faults_are_rejected_with_their_code(code: str) -> None:
    @settings(FAST, max_examples=20)
    @given(invalid_bundles(codes=[code]), st.sampled_from(["json", "yaml"]))
    def check(invalid: InvalidDocument, fmt: str) -> None:
        document, paired = invalid
        assert paired == code
        text, text_format = _serialize(invalid, fmt)
        assert _error_codes(text, text_format) == {code}, invalid.fault
        if isinstance(document, str):
            assert not invalid.schema_detects  # a text-only fault: parsed data hides it
            return
        assert VALIDATOR.is_valid(document) is not invalid.schema_detects, invalid.fault

    check()


@pytest.mark.parametrize("code", sorted(FAULT_CODES))
def test_fault_kinds_match_the_documented_coverage(code: str) -> None:
    """Faults the schema sees are of fully or partly covered rules, and the reverse."""
    coverage = SCHEMA_COVERAGE[code].coverage
    for detects in (True, False):
        if (code, detects) not in FAULT_KINDS:
            continue
        if detects:
            assert coverage in (Coverage.FULL, Coverage.PARTIAL), code
        else:
            assert coverage in (Coverage.PARTIAL, Coverage.NONE), code


def test_every_fault_kind_can_be_asked_for() -> None:
    with pytest.raises(ValueError, match="no known fault"):
        invalid_bundles(codes=["NM999"])


def test_invalid_documents_unpack_as_pairs() -> None:
    invalid = InvalidDocument({"schema_version": 7}, "NM207", "set schema_version to 7", True)
    document, code = invalid
    assert (document, code) == ({"schema_version": 7}, "NM207")


# --------------------------------------------------------------------------
# Installation
# --------------------------------------------------------------------------


def test_strategies_need_hypothesis_and_say_so() -> None:
    script = (
        "import sys; sys.modules['hypothesis'] = None\n"
        "try:\n    import newsmodel.strategies\n"
        "except ImportError as error:\n    print(error)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script], capture_output=True, text=True, check=True
    )
    assert "pip install 'newsmodel-accusations[hypothesis]'" in result.stdout


def test_plugin_is_registered_through_the_entry_point() -> None:
    from importlib.metadata import entry_points

    names = {entry.value for entry in entry_points(group="hypothesis")}
    assert "newsmodel._hypothesis_plugin:_hypothesis_setup_hook" in names
