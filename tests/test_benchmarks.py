"""Fairness guards for benchmarks/compare.py.

A benchmark is only worth reading if every contender does the same job: the
peers (benchmarks/peers.py) must accept the generated data, read it into
what newsmodel reads, and reject what newsmodel rejects, at the level of
strictness their rows claim.  Skipped unless the bench extra is installed.
"""

import copy
import functools
import json
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml

import newsmodel
from newsmodel.codec.converter import unstructure

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
        "pydantic full": peers.PydBundle.model_validate_json,
        "pydantic shape": shape.validate_json,
        "msgspec full": lambda text: peers.msgspec_check(decoder.decode(text)),
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
        shape = peers.pydantic_shape_validator(peers.PydBundle).validate_json(text)
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
# (mutation, rejected by the shape-only peers, rejected by the JSON Schema validators):
# newsmodel and the full peers reject every one.  None: the schema's verdict is not asserted.
INVALID: dict[str, tuple[Mutation, bool, bool | None]] = {
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
    "low above best": (_set(f"{COUNT}.low", 10**6), False, False),
    "count without a figure": (_set(COUNT, {"kind": "killed"}), False, True),
    "no such month": (_set("allegations.0.made", "2022-13"), False, True),
    "no such day": (_set("allegations.0.made", "2022-02-30"), False, False),
    "repeated accused": (_set("allegations.0.accused.1", "g1-actor-1"), False, True),
    "repeated term": (_set("allegations.0.conduct", ["torture", "torture"]), False, True),
    "latitude alone": (_set("allegations.0.places.0.latitude", 14.0), False, True),
    "not a language tag": (_set("reports.0.language", "en_US"), False, True),
    "no language subtag": (_set("reports.0.language", "419"), False, True),
    "unregistered language": (_set("reports.0.language", "zz"), False, None),
    "bad wikidata id": (_set(f"{STATE}.identifiers.wikidata", "X12"), False, True),
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
    "repeated stance": (_set("responses.0.stances", ["denial", "denial"]), False, True),
    "retraction without its stance": (
        _set("responses.1.retracts", ["g1-response-0"]),
        False,
        False,
    ),
}


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
            expected: bool | None = shape_rejects
        elif "full" in name:
            expected = True
        else:
            expected = schema_rejects
        if expected is None:
            continue
        try:
            validate(text)
        except Exception:  # each library raises its own error type
            rejected = True
        else:
            rejected = False
        assert rejected == expected, f"{name} {'accepts' if expected else 'rejects'} {case!r}"


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


def test_vocabularies_come_from_newsmodel() -> None:
    from typing import get_args

    from newsmodel import vocab

    for name, cls in vocab.VOCABULARIES.items():
        alias = getattr(peers, name, None)
        if alias is not None:
            assert get_args(alias) == cls.values()
    assert set(peers.PydBundle.model_fields) == set(peers.MsgBundle.__struct_fields__)
    kinds = ("Report", "Actor", "Document", "Allegation", "Response", "Event", "Count", "Answer")
    for kind in (*kinds, "Author", "Position", "Place", "Quote", "Citation", "Argument"):
        pyd = getattr(peers, f"Pyd{kind}")
        msg = getattr(peers, f"Msg{kind}")
        ours = [field.name for field in getattr(newsmodel.model, kind).__attrs_attrs__]
        # The peers model a subset of schema 2 (see their docstring), in newsmodel's order.
        names = [name for name in ours if name in pyd.model_fields]
        assert list(pyd.model_fields) == names, kind
        assert list(msg.__struct_fields__) == names, kind


def test_compare_quick_runs(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    tables = compare.main(
        [
            "all",
            "--quick",
            "--docs=6",
            "--yaml-docs=3",
            "--records=1000",
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
        "pydantic model_validate_json, full",
        "msgspec decode, shape only",
    } <= names
