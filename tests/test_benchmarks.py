"""Fairness guards for benchmarks/compare.py.

A benchmark is only worth reading if every contender does the same job: the
peers (benchmarks/peers.py) must model every field and term of newsmodel's
schema, accept the examples, the generated data and hypothesis's bundles,
read them into what newsmodel reads, and reject what newsmodel rejects, at
the level of strictness their rows claim.  Skipped unless the bench extra is
installed.
"""

import copy
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any, Literal, get_args, get_origin

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel import strategies, vocab
from newsmodel.codec.converter import unstructure
from newsmodel.model import _model_types
from newsmodel.rules.values import CHECKS
from newsmodel.strategies.faults import FAULT_CODES

pytest.importorskip("pydantic")
pytest.importorskip("msgspec")
sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
peers: Any = pytest.importorskip("peers")
compare: Any = pytest.importorskip("compare")
generate: Any = pytest.importorskip("generate")

Mutation = Callable[[dict[str, Any]], None]


@pytest.fixture(scope="module")
def documents() -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = compare.bundle_data(3)
    return found


def _text(document: dict[str, Any]) -> str:
    return json.dumps(document, indent=2)


@functools.cache
def _validators() -> dict[str, Callable[[str], Any]]:
    """Every contender of the JSON workload that validates, by row name."""
    shape = peers.pydantic_shape_validator(peers.PydBundle)
    decoder = peers.msgspec.json.Decoder(peers.MsgBundle)
    found: dict[str, Callable[[str], Any]] = {
        "pydantic full": peers.pydantic_full,
        "pydantic checks": peers.PydBundle.model_validate_json,
        "pydantic shape": shape.validate_json,
        "msgspec full": peers.msgspec_full,
        "msgspec checks": lambda text: peers.msgspec_check(decoder.decode(text)),
        "msgspec shape": decoder.decode,
    }
    schema, _ = compare.exported_schema()
    if schema is not None:
        for name, validate, _sample in compare.schema_validators(schema, 1):
            found[name] = compare._then(json.loads, compare._keep(validate))
    return found


def test_peers_read_the_generated_data_as_newsmodel_does(documents: list[dict[str, Any]]) -> None:
    for document in documents:
        text = _text(document)
        expected = unstructure(newsmodel.loads(text, format="json"))
        compare.check_peers_agree(text)
        for validate in _validators().values():
            validate(text)
        shape = _validators()["pydantic shape"](text)
        assert shape.model_dump(mode="json", exclude_defaults=True) == expected


def test_peers_read_yaml_and_json_lines(documents: list[dict[str, Any]]) -> None:
    bundle = newsmodel.loads(_text(documents[0]), format="json")
    data = yaml.load(newsmodel.dumps(bundle), Loader=compare.CSafeLoader or yaml.SafeLoader)
    expected = unstructure(bundle)
    model = peers.PydBundle.model_validate(data)
    assert model.model_dump(mode="json", exclude_defaults=True) == expected
    struct = peers.msgspec_check(peers.msgspec.convert(data, peers.MsgBundle))
    assert json.loads(peers.msgspec.json.encode(struct)) == expected
    lines = newsmodel.dumps(bundle, format="jsonl").splitlines()[1:]
    for line in lines:
        record = json.loads(line)
        kind = record.pop("type")
        pyd = peers.PYDANTIC_RECORD_LINE.validate_json(line)
        assert pyd.model_dump(mode="json", exclude_defaults=True, exclude={"type"}) == record
        msg = peers.msgspec_check(peers.MSGSPEC_RECORD_LINE.decode(line))
        assert json.loads(peers.msgspec.json.encode(msg)) == {"type": kind, **record}


def test_pydantic_writes_the_same_json_as_newsmodel(documents: list[dict[str, Any]]) -> None:
    text = _text(documents[1])
    ours = newsmodel.dumps(newsmodel.loads(text, format="json"), format="json")
    theirs = compare._pydantic_json(peers.PydBundle.model_validate_json(text))
    assert theirs + "\n" == ours


def _set(path: str, value: Any) -> Mutation:
    """Set the value at a dotted path (list indexes as numbers)."""

    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        if isinstance(target, list):
            target[int(last)] = value
        else:
            target[last] = value

    return mutate


def _delete(path: str) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = document
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return mutate


COUNT = "allegations.0.counts.0"
STATE = "actors.1"
ACCUSED = ["g1-actor-1", "g1-actor-2"]
SANCTION = {"kind": "fine"}
REPORT = [{"report": "g1-report"}]


def _proceeding(**fields: Any) -> Mutation:
    """Add a proceeding with ``fields`` (a case that opened in 2009, with one charge)."""
    return _set(
        "proceedings",
        [
            {
                "id": "g1-case",
                "kind": "criminal",
                "period": "2009-09/..",
                "charges": [{"id": "c1", "summary": "Abuses."}],
                "citations": REPORT,
                **fields,
            }
        ],
    )


# (mutation, rejected by the shape-only peers, rejected by the JSON Schema validators):
# newsmodel and the full peers reject every one, and so do the rows that keep repeated
# keys (no key is repeated here).  Shape "msgspec": only msgspec's shape rejects it (a
# pattern msgspec matches natively, pydantic in Python).  None: not asserted.
INVALID: dict[str, tuple[Mutation, bool | str, bool | None]] = {
    "unknown field": (_set(f"{STATE}.nickname", "x"), True, True),
    "unknown bundle key": (_set("people", []), True, True),
    "bad id": (_set(f"{STATE}.id", "Bad_Id"), True, True),
    "blank text": (_set("allegations.0.summary", "   "), True, True),
    "string for an integer": (_set(f"{COUNT}.best", "5"), True, True),
    "boolean for an integer": (_set(f"{COUNT}.best", True), True, True),
    "negative figure": (_set(f"{COUNT}.low", -1), True, True),
    "no accusers": (_set("allegations.0.accusers", []), True, True),
    "missing required field": (_delete("allegations.0.citations"), True, True),
    "unknown term": (_set(f"{STATE}.kind", "nation"), True, True),
    "lowercase country": (_set(f"{STATE}.country", "ml"), True, True),
    "latitude out of range": (_set("allegations.0.places.0.latitude", 95.0), True, True),
    "schema version 3": (_set("schema_version", 3), True, True),
    "responder as a string": (_set("responses.0.responders", "g1-actor-1"), True, True),
    "no stance": (_set("responses.0.stances", []), True, True),
    "no answer": (_set("responses.0.answers", []), True, True),
    "relative url": (_set("reports.0.url", "news.example.org/x"), True, True),
    "unassigned country": (_set(f"{STATE}.country", "XX"), True, True),
    "unknown currency": (
        _set("allegations.0.amounts", [{"amount": 5, "currency": "EURO"}]),
        True,
        True,
    ),
    "negative amount": (_set("allegations.0.amounts", [{"amount": -5}]), True, True),
    "share over 100": (_set(f"{COUNT}.share", 101.0), True, True),
    "unknown term in a proceeding": (_proceeding(kind="trial"), True, True),
    "low above best": (_set(f"{COUNT}.low", 10**6), False, False),
    "count without a figure": (_set(COUNT, {"kind": "killed"}), False, True),
    "no such month": (_set("allegations.0.made", "2022-13"), False, True),
    "no such day": (_set("allegations.0.made", "2022-02-30"), False, False),
    "interval out of order": (_set("allegations.0.occurred", "2022-06/2022-04"), False, None),
    "repeated accused": (_set("allegations.0.accused.1", "g1-actor-1"), False, True),
    "repeated term": (_set("allegations.0.conduct", ["torture", "torture"]), False, True),
    "latitude alone": (_set("allegations.0.places.0.latitude", 14.0), False, True),
    "not a language tag": (_set("reports.0.language", "en_US"), False, True),
    "no language subtag": (_set("reports.0.language", "419"), False, True),
    "unregistered language": (_set("reports.0.language", "zz"), False, None),
    "bad wikidata id": (_set(f"{STATE}.identifiers.wikidata", "X12"), False, True),
    "bad duration": (_set("events.0.duration", "18 months"), "msgspec", True),
    "quote offsets": (
        _set("allegations.0.citations.0.quotes.0", {"text": "serious", "start": 0, "end": 3}),
        False,
        False,
    ),
    "position naming an allegation": (
        _set(
            "responses.0.answers.0.positions",
            [{"aspect": "occurrence", "stance": "denial", "allegation": "g1-allegation-1"}],
        ),
        True,
        True,
    ),
    "answer naming no record": (_set("responses.0.answers.0", {"stance": "denial"}), False, False),
    "answer naming two records": (_set("responses.0.answers.0.event", "g1-event"), False, False),
    "answer naming a step alone": (_set("responses.0.answers.0.step", "ruling"), False, None),
    "repeated stance": (_set("responses.0.stances", ["denial", "denial"]), False, True),
    "retraction without its stance": (
        _set("responses.1.retracts", ["g1-response-0"]),
        False,
        False,
    ),
    "quantity without a figure": (
        _set("allegations.0.amounts", [{"currency": "EUR"}]),
        False,
        None,
    ),
    "quantity out of order": (_set("allegations.0.amounts", [{"low": 5, "high": 2}]), False, None),
    "currency and unit": (
        _set("allegations.0.amounts", [{"amount": 5, "currency": "EUR", "unit": "km"}]),
        False,
        None,
    ),
    "unanimous with dissent": (
        _set("events.0.votes", {"unanimous": True, "against": 2}),
        False,
        None,
    ),
    "timing naming no record": (
        _set("allegations.0.timing", [{"relation": "after"}]),
        False,
        None,
    ),
    "offset_high without qualifier": (
        _set(
            "allegations.0.timing",
            [{"relation": "after", "event": "g1-event", "offset": "P1D", "offset_high": "P2D"}],
        ),
        False,
        None,
    ),
    "range out of order": (
        _set(
            "allegations.0.timing",
            [
                {
                    "relation": "after",
                    "event": "g1-event",
                    "offset": "P2D",
                    "offset_high": "P1D",
                    "qualifier": "range",
                }
            ],
        ),
        False,
        None,
    ),
    "timed from itself": (
        _set("responses.0.timing", [{"relation": "after", "response": "g1-response-0"}]),
        False,
        None,
    ),
    "provided sanction requested": (
        _set("responses.0.measures", [{**SANCTION, "status": "provided", "requested": True}]),
        False,
        None,
    ),
    "duration_high alone": (
        _set("responses.0.measures", [{**SANCTION, "duration_high": "P2Y"}]),
        False,
        None,
    ),
    "trait without source": (
        _set(f"{STATE}.traits", [{"kind": "ideology", "value": "far-right"}]),
        False,
        None,
    ),
    "no accused": (_set("allegations.0.accused", []), False, None),
    "accused and unidentified": (
        _set("allegations.0.unidentified_perpetrator", True),
        False,
        None,
    ),
    "act by someone not accused": (
        _set("allegations.0.acts", [{"by": ["g1-actor-0"]}]),
        False,
        None,
    ),
    "step id twice": (
        _proceeding(steps=[{"id": "s1", "kind": "charge"}, {"id": "s1", "kind": "hearing"}]),
        False,
        None,
    ),
    "step of no step": (_proceeding(steps=[{"kind": "appeal", "of": "ruling"}]), False, None),
    "step of a later step": (
        _proceeding(steps=[{"kind": "appeal", "of": "ruling"}, {"id": "ruling", "kind": "ruling"}]),
        False,
        None,
    ),
    "step dated before the step it names": (
        _proceeding(
            steps=[
                {"id": "ruling", "kind": "ruling", "date": "2010-05"},
                {"kind": "appeal", "of": "ruling", "date": "2010-01"},
            ]
        ),
        False,
        None,
    ),
    "step naming no charge": (
        _proceeding(steps=[{"kind": "ruling", "charges": ["c2"]}]),
        False,
        None,
    ),
    "charge id twice": (
        _proceeding(charges=[{"id": "c1", "summary": "A."}, {"id": "c1", "summary": "B."}]),
        False,
        None,
    ),
    "sanction before the proceeding": (
        _proceeding(steps=[{"kind": "ruling", "sanctions": [{**SANCTION, "period": "2008"}]}]),
        False,
        None,
    ),
    "step timed from itself": (
        _proceeding(
            steps=[
                {
                    "id": "ruling",
                    "kind": "ruling",
                    "timing": [{"relation": "after", "proceeding": "g1-case", "step": "ruling"}],
                }
            ]
        ),
        False,
        None,
    ),
    "variant of no field": (
        _set("reports.0.variants", [{"field": "headline", "value": "x"}]),
        False,
        None,
    ),
    "variant of no item": (
        _set("reports.0.variants", [{"field": "authors[0].name", "value": "x"}]),
        False,
        None,
    ),
    "variant of a value with fields": (
        _set("allegations.0.variants", [{"field": "places", "value": "Diffa"}]),
        False,
        None,
    ),
    "variant with a wrong value": (
        _set("reports.0.variants", [{"field": "published", "value": "early August"}]),
        False,
        None,
    ),
    "variant with a wrong figure": (
        _set("allegations.0.variants", [{"field": "counts[0].best", "value": "ten"}]),
        False,
        None,
    ),
    "variant list repeating an id": (
        _set("allegations.0.variants", [{"field": "accused", "value": ["g1-actor-1"] * 2}]),
        False,
        None,
    ),
    "two preferred variants": (
        _set(
            "reports.0.variants",
            [
                {"field": "published", "value": "2009-08-17", "preferred": True},
                {"field": "published", "value": "2009-08-19", "preferred": True},
            ],
        ),
        False,
        None,
    ),
    "other without notes": (_set(f"{STATE}.kind", "other"), False, None),
    "other in a list without notes": (
        _set("allegations.0.conduct", ["torture", "other"]),
        False,
        None,
    ),
    "other in a nested value without notes": (_set(f"{COUNT}.kind", "other"), False, None),
}


def _both(*mutations: Mutation) -> Mutation:
    def mutate(document: dict[str, Any]) -> None:
        for mutation in mutations:
            mutation(document)

    return mutate


#: Data near each rule that newsmodel accepts: every row reads it as newsmodel does.
VALID: dict[str, Mutation] = {
    "a proceeding": _proceeding(),
    "steps in order": _proceeding(
        steps=[
            {"id": "ruling", "kind": "ruling", "date": "2010-05"},
            {"kind": "appeal", "of": "ruling", "date": "2010-06", "charges": ["c1"]},
            {"kind": "ruling", "sanctions": [{**SANCTION, "period": "2010-07/2011"}]},
        ]
    ),
    "a count in words": _set(COUNT, {"kind": "killed", "words": "dozens"}),
    "other with notes": _both(_set(f"{STATE}.kind", "other"), _set(f"{STATE}.notes", "A realm.")),
    "variants": _set(
        "reports.0.variants",
        [
            {"field": "published", "value": "2009-08-17"},
            {"field": "published", "value": "2009-08-18", "preferred": True},
            {"field": "dateline.name", "value": "Kyiv"},
        ],
    ),
    "variants of a list": _set(
        "allegations.0.variants",
        [
            {"field": "accused", "value": ["g1-actor-1"], "partial": True},
            {"field": "accused", "value": "g1-actor-2"},
            {"field": "counts[0].best", "value": 200},
        ],
    ),
    "ranges": _both(
        _set(
            "allegations.0.timing",
            [
                {
                    "relation": "after",
                    "event": "g1-event",
                    "offset": "P1D",
                    "offset_high": "P2D",
                    "qualifier": "range",
                }
            ],
        ),
        _set(
            "responses.0.measures",
            [{**SANCTION, "duration": "P1M", "duration_high": "P30D", "qualifier": "range"}],
        ),
    ),
    "an unidentified perpetrator": _both(
        _set("allegations.0.accused", []), _set("allegations.0.unidentified_perpetrator", True)
    ),
    "acts by the accused": _set("allegations.0.acts", [{"by": ["g1-actor-1"]}]),
    "amounts": _set(
        "allegations.0.amounts",
        [{"amount": 100000, "currency": "EUR"}, {"amount": 2.5, "unit": "km"}],
    ),
}


@pytest.mark.parametrize("case", list(VALID))
def test_peers_accept_what_newsmodel_accepts(documents: list[dict[str, Any]], case: str) -> None:
    document = copy.deepcopy(documents[0])
    VALID[case](document)
    text = _text(document)
    compare.check_peers_agree(text)  # newsmodel reads it, and the peers into the same
    for name, validate in _validators().items():
        if name.startswith(("pydantic", "msgspec")):
            assert not _rejects(validate, text), name


@pytest.mark.parametrize("case", list(INVALID))
def test_peers_reject_what_newsmodel_rejects(documents: list[dict[str, Any]], case: str) -> None:
    mutate, shape_rejects, schema_rejects = INVALID[case]
    document = copy.deepcopy(documents[0])
    mutate(document)
    text = _text(document)
    with pytest.raises(newsmodel.ValidationError):
        newsmodel.loads(text, format="json")
    for name, validate in _validators().items():
        if "shape" in name:
            expected: bool | None = (
                name.startswith("msgspec") if shape_rejects == "msgspec" else bool(shape_rejects)
            )
        elif "full" in name or "checks" in name:
            expected = True
        else:
            expected = schema_rejects
        if expected is None:
            continue
        assert _rejects(validate, text) == expected, (
            f"{name} {'accepts' if expected else 'rejects'} {case!r}"
        )


def _rejects(validate: Callable[[str], Any], text: str) -> bool:
    try:
        validate(text)
    except Exception:  # each library raises its own error type
        return True
    return False


def test_only_the_full_rows_refuse_a_key_given_twice(documents: list[dict[str, Any]]) -> None:
    text = _text(documents[0]).replace('"name": "State g1",', '"name": "State g1", "name": "S",')
    with pytest.raises(newsmodel.ValidationError) as raised:
        newsmodel.loads(text, format="json")
    assert [problem.code for problem in raised.value.problems] == ["NM103"]
    for name, validate in _validators().items():
        if "full" in name:
            assert _rejects(validate, text), name
        elif name.startswith(("pydantic", "msgspec")):
            assert not _rejects(validate, text), f"{name} now refuses repeated keys: rename it"


@pytest.mark.parametrize("path", compare.EXAMPLES, ids=lambda path: path.stem)
def test_peers_read_every_example_as_newsmodel_does(path: Path) -> None:
    compare.check_peers_agree(json.dumps(unstructure(newsmodel.load(path))))


PROPERTIES = settings(deadline=None, max_examples=15, suppress_health_check=[HealthCheck.too_slow])


@PROPERTIES
@given(strategies.bundles(max_stories=1))
def test_peers_read_generated_bundles_as_newsmodel_does(bundle: newsmodel.Bundle) -> None:
    compare.check_peers_agree(json.dumps(unstructure(bundle)))


@PROPERTIES
@given(strategies.invalid_bundles(codes=sorted(FAULT_CODES - {"NM103"})))
def test_peers_reject_the_planted_faults(invalid: Any) -> None:
    text = json.dumps(invalid.document)
    with pytest.raises(newsmodel.ValidationError):
        newsmodel.loads(text, format="json")
    for name, validate in _validators().items():
        if "full" in name or "checks" in name:
            assert _rejects(validate, text), f"{name} accepts {invalid.fault}"


SCALARS: dict[str, tuple[str, list[Any]]] = {
    "language": (
        "check_language",
        ["en", "fr-ML", "zh-Hant-TW", "en_US", "419", "English", "x-private", "zz", "i-klingon"],
    ),
    "date": (
        "check_date",
        ["2022", "2022-07-13", "2022-13", "2022-02-30", "2022-04/..", "2022-03~", "2022/2021"],
    ),
    "url": (
        "check_url",
        ["https://a.example/x", "ftp://a.example", "https://", "https://a b", "news.org/x"],
    ),
    "duration": (
        "check_duration",
        ["P18M", "PT2H30M", "P2Y~", "PXM", "P", "PT", "18 months", "p1d", "P1DT"],
    ),
}


@pytest.mark.parametrize("kind", list(SCALARS))
def test_peer_checks_accept_what_newsmodel_accepts(kind: str) -> None:
    """The peers' hand-written checks, remembered or not, agree with newsmodel's value by value."""
    from newsmodel import types

    name, values = SCALARS[kind]
    ours = getattr(getattr(types, kind), name)
    theirs = getattr(peers, name)
    peers.forget()
    for _ in range(2):  # the second time from what each remembers
        for value in values:
            try:
                ours(value)
            except types.Fault:
                expected = False
            else:
                expected = True
            try:
                theirs(value)
            except ValueError:
                accepted = False
            else:
                accepted = True
            assert accepted == expected, f"peers {'accept' if accepted else 'reject'} {value!r}"


def test_peer_country_codes_are_newsmodels() -> None:
    from newsmodel.types import country

    assert set(peers.COUNTRY_CODES) == country.CODES


def test_peer_currency_codes_are_newsmodels() -> None:
    from newsmodel.types import currency

    assert set(peers.CURRENCY_CODES) == currency.codes()


def _literals(annotation: Any) -> list[tuple[Any, ...]]:
    """Every ``Literal``'s values inside an annotation (through unions, lists, Annotated)."""
    if get_origin(annotation) is Literal:
        return [get_args(annotation)]
    return [found for arg in get_args(annotation) for found in _literals(arg)]


def _peer_default(default: Any) -> Any:
    return () if default == [] else default


@pytest.mark.parametrize("cls", _model_types(), ids=lambda cls: cls.__name__)
def test_peers_model_every_field_and_term(cls: type) -> None:
    """Each peer class has newsmodel's fields, in order, required or with its default.

    A field of a vocabulary is a ``Literal`` of every one of its terms: a field or
    a term added to newsmodel and not to the peers fails here.
    """
    pyd = getattr(peers, f"Pyd{cls.__name__}")
    msg = getattr(peers, f"Msg{cls.__name__}")
    ours = attrs.fields(cls)
    assert list(pyd.model_fields) == [field.name for field in ours]
    assert list(msg.__struct_fields__) == [field.name for field in ours]
    hints = peers._hints(pyd), peers._hints(msg)
    for field, theirs in zip(ours, peers.msgspec.structs.fields(msg), strict=True):
        info = pyd.model_fields[field.name]
        if field.default is attrs.NOTHING:
            assert info.is_required(), field.name
            assert theirs.required, field.name
        else:
            default = field.default
            if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
                default = default.factory()
            expected = default.term if isinstance(default, vocab.Term) else default
            theirs_default = info.get_default(call_default_factory=True)
            assert _peer_default(theirs_default) == _peer_default(expected), field.name
            factory = theirs.default_factory
            found = theirs.default if factory is peers.msgspec.NODEFAULT else factory()
            assert found == _peer_default(expected), field.name
        item = newsmodel.model._unwrapped(field.type)
        item = newsmodel.model._items_of(item) or item
        if isinstance(item, type) and issubclass(item, vocab.Term):
            for peer_hints in hints:
                assert _literals(peer_hints[field.name]) == [item.values()], field.name


@pytest.mark.parametrize("cls", list(CHECKS), ids=lambda cls: cls.__name__)
def test_pydantic_checks_each_class_newsmodel_checks(cls: type) -> None:
    """Every class that newsmodel checks across its fields has a model validator."""
    pyd = getattr(peers, f"Pyd{cls.__name__}")
    assert pyd.__pydantic_decorators__.model_validators, cls.__name__


def test_compare_quick_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tables = compare.main(
        [
            "all",
            "--quick",
            "--docs=6",
            "--yaml-docs=3",
            "--records=200",
            "--files=10",
            "--sizes=200,400",
            "--memory-docs=3",
            "--slow-sample=2",
            f"--data-dir={tmp_path}",
        ]
    )
    out = capsys.readouterr().out
    assert "## Targets (issues 7 and 19)" in out
    assert all(target.ratio is not None for table in tables for target in table.targets)
    names = {row.name for table in tables for row in table.rows}
    assert {
        "newsmodel",
        compare.PYDANTIC_FULL,
        compare.MSGSPEC_FULL,
        "pydantic model_validate_json, repeated keys kept",
        "msgspec decode, shape only",
    } <= names
    assert any("(examples)" in table.title for table in tables)
