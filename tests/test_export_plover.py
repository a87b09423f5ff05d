"""PLOVER records and ACLED-style rows: what they hold, checked against PLOVER's names.

- Every record written names only PLOVER's fields, with its required ones, and
  codes that PLOVER defines (``tests/data/plover_terms.csv``, from the manual).
- One record per allegation, per response with a PLOVER stance and per event
  with a PLOVER kind; one ACLED row per event with a place and a date.
- What is lost is complete: the guide lists exactly the fields with no home,
  and on generated datasets every record and every unhomed value is reported.
"""

from __future__ import annotations

import csv
import json
import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import newsmodel
from newsmodel import Dataset
from newsmodel.export import FORMATS, export
from newsmodel.export.plover import (
    ACLED_COLUMNS,
    ACLED_HOMES,
    PLOVER_FIELDS,
    PLOVER_HOMES,
    RESOLUTION,
    acled_rows,
    plover_records,
    write,
)
from newsmodel.model import Allegation, Event, Response
from newsmodel.strategies import datasets
from newsmodel.vocab import PlacePrecision

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data"
GUIDE = ROOT / "docs" / "guides" / "export-plover.md"


def _terms() -> dict[str, set[str]]:
    found: dict[str, set[str]] = {}
    with (DATA / "plover_terms.csv").open(encoding="utf-8", newline="") as handle:
        for row in csv.DictReader(line for line in handle if not line.startswith("#")):
            found.setdefault(row["kind"], set()).add(row["name"])
    return found


TERMS = _terms()


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([ROOT / "examples"])


@pytest.fixture(scope="module")
def written(examples: Dataset, tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Any]:
    out = tmp_path_factory.mktemp("plover")
    return out, export(examples, "plover", out)


def _check_record(record: dict[str, Any]) -> None:
    assert set(record) <= set(PLOVER_FIELDS), set(record) - set(PLOVER_FIELDS)
    assert list(record) == [key for key in PLOVER_FIELDS if key in record], "field order"
    assert {"id", "date", "actor", "event"} <= set(record)
    for key in ("date", "enddate"):
        if key in record:
            assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", record[key]), record[key]
    if "time" in record:
        assert re.fullmatch(r"\d{2}:\d{2}(:\d{2}(\.\d+)?)?([+-]\d{2}:\d{2}|Z)?", record["time"])
    assert record["event"], record
    for category in record["event"]:
        assert category in TERMS["category"], category
    for mode in record.get("mode", ()):
        assert any(f"{category}:{mode}" in TERMS["mode"] for category in record["event"]), mode
    for entity in (*record["actor"], *record.get("recipient", ())):
        assert entity.get("entity_text"), entity
        if "sector" in entity:
            assert entity["sector"] in TERMS["sector"], entity
        if "code" in entity:
            assert re.fullmatch(r"[A-Z]{3}", entity["code"]), entity
    for key in record.get("size", {}):
        assert key in TERMS["size"], key
    location = record.get("event_loc")
    if location is not None:
        assert location["extracted_place"]
        assert location.get("resolution", 1) in {1, 2, 3, 4, 5}


def test_the_format_needs_no_extra() -> None:
    assert FORMATS["plover"].extra is None


def test_every_example_record_is_a_valid_plover_record(written: tuple[Path, Any]) -> None:
    out, result = written
    assert result.files == (out / "plover.jsonl", out / "acled.csv")
    lines = (out / "plover.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines
    for line in lines:
        _check_record(json.loads(line))


def test_one_record_per_allegation_plover_response_and_plover_event(
    examples: Dataset, written: tuple[Path, Any]
) -> None:
    out, result = written
    lines = (out / "plover.jsonl").read_text(encoding="utf-8").splitlines()
    ids = [json.loads(line)["id"] for line in lines]
    assert len(ids) == len(set(ids))
    expected = {a.id for a in examples.of_kind(Allegation)}
    expected |= {
        r.id for r in examples.of_kind(Response) if any("plover" in s.codes for s in r.stances)
    }
    expected |= {e.id for e in examples.of_kind(Event) if "plover" in e.kind.codes}
    assert set(ids) <= expected
    # Only a record without any date, its own or its reports', may be missing.
    undated = {
        line.split()[1].rstrip(":")
        for line in result.losses
        if "no date" in line and "(ACLED)" not in line
    }
    assert expected - set(ids) == undated


def test_an_allegation_is_an_accusation_by_its_accusers(examples: Dataset) -> None:
    records = {record["id"]: record for record in plover_records(examples)}
    for allegation in examples.of_kind(Allegation):
        record = records.get(allegation.id)
        if record is None:
            continue
        assert record["event"] == ["ACCUSE"]
        names = [examples[actor].name for actor in allegation.accusers]  # type: ignore[union-attr]
        assert [entity["entity_text"] for entity in record["actor"]] == names
        assert len(record.get("recipient", ())) == len(allegation.accused)
        assert record["link"] == allegation.id


def test_the_acled_rows_have_acleds_columns(examples: Dataset, written: tuple[Path, Any]) -> None:
    out, _ = written
    with (out / "acled.csv").open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        assert tuple(reader.fieldnames or ()) == ACLED_COLUMNS
        rows = list(reader)
    placed = [e for e in examples.of_kind(Event) if e.places and e.date is not None]
    assert [row["event_id_cnty"] for row in rows] == [event.id for event in placed]
    for row in rows:
        assert re.fullmatch(r"\d{4}-\d{2}-\d{2}", row["event_date"])
        assert row["year"] == row["event_date"][:4]
        assert row["time_precision"] in {"1", "2", "3"}
        assert row["geo_precision"] in {"", "1", "2", "3"}
        assert row["inter1"] in {"", *map(str, range(1, 9))}
        assert row["location"]


def test_every_place_precision_but_other_has_a_plover_resolution() -> None:
    assert set(PlacePrecision) - set(RESOLUTION) == {PlacePrecision.OTHER}


# --------------------------------------------------------------------------
# What is lost
# --------------------------------------------------------------------------


def _guide_lists() -> dict[str, set[str]]:
    """The guide's table of lost fields: ``| `Allegation` | `hedge`, ... |`` rows."""
    found: dict[str, set[str]] = {}
    for line in GUIDE.read_text(encoding="utf-8").splitlines():
        match = re.match(r"\|\s*`(\w+)`( \(ACLED\))?\s*\|(.*)\|\s*$", line)
        if match:
            key = match.group(1) + (" (ACLED)" if match.group(2) else "")
            found[key] = set(re.findall(r"`(\w+)`", match.group(3)))
    return found


def _lost_fields(cls: type, homes: Any) -> set[str]:
    return {field.name for field in attrs.fields(cls)} - set(homes)


def test_the_homes_name_real_fields() -> None:
    for cls, homes in PLOVER_HOMES.items():
        assert set(homes) <= {field.name for field in attrs.fields(cls)}, cls
    assert set(ACLED_HOMES) <= {field.name for field in attrs.fields(Event)}


def test_the_guide_lists_exactly_the_lost_fields() -> None:
    listed = _guide_lists()
    for cls, homes in PLOVER_HOMES.items():
        assert listed.get(cls.__name__) == _lost_fields(cls, homes), cls.__name__
    assert listed.get("Event (ACLED)") == _lost_fields(Event, ACLED_HOMES)


def _named(line: str, field: str) -> bool:
    return re.search(rf"\b{field}\b", line) is not None


@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(datasets())
def test_every_record_and_unhomed_value_is_written_or_reported(bundles: Any) -> None:
    dataset = Dataset(bundles)
    losses: list[str] = []
    written = {plover["id"]: plover for plover in plover_records(dataset, losses)}
    rows = {row["event_id_cnty"] for row in acled_rows(dataset, losses)}
    for plover in written.values():
        _check_record(plover)
    for record in dataset:
        mine = [line for line in losses if f" {record.id}:" in line or f" {record.id} (" in line]
        if record.id not in written:
            assert mine, f"{record.id} neither written nor reported"
        homes = PLOVER_HOMES.get(type(record))
        if homes is not None and record.id in written:
            for field in _lost_fields(type(record), homes):
                if _differs(record, field):
                    assert any(_named(line, field) for line in mine), (record.id, field)
        if isinstance(record, Event):
            acled = [line for line in mine if "(ACLED)" in line]
            if record.id not in rows:
                assert acled, f"{record.id}: no ACLED row and no loss"
            else:
                for field in _lost_fields(Event, ACLED_HOMES):
                    if _differs(record, field):
                        assert any(_named(line, field) for line in acled), (record.id, field)


def _differs(record: Any, field: str) -> bool:
    """Whether ``record`` holds something in ``field`` (a value other than its default)."""
    default: Any = attrs.fields_dict(type(record))[field].default
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = default.factory()
    return bool(getattr(record, field) != default)


def test_write_makes_the_folder(examples: Dataset, tmp_path: Path) -> None:
    result = write(examples, tmp_path / "new" / "plover")
    assert all(path.is_file() for path in result.files)
    assert any("PLOVER has no record for proceedings" in line for line in result.losses)


def test_the_guides_snippet_runs(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    snippet = re.search(r"```python\n(.*?)```", text, re.S)
    assert snippet is not None
    (tmp_path / "examples").symlink_to(ROOT / "examples")
    monkeypatch.chdir(tmp_path)
    exec(compile(snippet.group(1), str(GUIDE), "exec"), {})
    assert capsys.readouterr().out.splitlines() == ["['plover.jsonl', 'acled.csv']", "True"]
    assert (tmp_path / "out" / "plover.jsonl").stat().st_size > 0


SMALL = """
schema_version: 2
reports:
  - id: wire-report
    title: Police arrest three after the raid
    publisher: wire
    published: 2023-06-14
    url: https://example.org/raid
    language: en
actors:
  - {id: wire, name: The Wire, kind: media_outlet, country: FR}
  - {id: ngo, name: Watchdog, kind: ngo, identifiers: {wikidata: Q42}}
  - {id: police, name: Paris police, kind: security_forces, country: FR}
allegations:
  - id: raid-abuse
    accusers: [ngo]
    accused: [police]
    summary: The police beat detainees during the raid.
    categories: [human_rights_abuse]
    made: 2023-06
    hedge: suspected
    places: [{name: Paris, country: FR, precision: locality}, {name: Lyon}]
    counts: [{kind: injured, best: 4}, {kind: displaced, best: 9}]
    citations: [{report: wire-report, quotes: [{text: beat detainees}]}]
responses:
  - id: police-deny
    responders: [police]
    answers: [{allegation: raid-abuse}]
    stances: [denial]
    date: 2023-06-15T10:30:00+02:00
    citations: [{report: wire-report}]
events:
  - id: raid-arrests
    kind: arrest
    summary: Police arrested three people.
    date: 2023-06-13
    places: [{name: Paris, country: FR, admin_area: Ile-de-France, precision: exact}]
    participants: [{actor: police, role: agent}]
    allegations: [raid-abuse]
    counts: [{kind: detained, best: 3}]
    citations: [{report: wire-report}]
"""


def test_a_small_dataset_is_written_as_plover_and_acled_say() -> None:
    dataset = Dataset([newsmodel.loads(SMALL, format="yaml")])
    losses: list[str] = []
    records = {record["id"]: record for record in plover_records(dataset, losses)}
    rows = list(acled_rows(dataset, losses))
    allegation = records["raid-abuse"]
    assert (allegation["date"], allegation["enddate"]) == ("2023-06-01", "2023-06-30")
    assert allegation["actor"] == [
        {"entity_text": "Watchdog", "identifier_id": "https://www.wikidata.org/wiki/Q42"}
    ]
    assert allegation["recipient"] == [
        {"code": "FRA", "sector": "MIL", "entity_text": "Paris police"}
    ]
    assert (allegation["event"], allegation["mode"]) == (["ACCUSE"], ["allege"])
    assert allegation["event_loc"] == {
        "extracted_place": "Paris",
        "country": "France",
        "country_code": "FRA",
        "resolution": 4,
    }
    assert allegation["event_text"] == ["beat detainees"]
    assert allegation["size"] == {"injured": 4}
    assert allegation["cite_info"]["publication"] == "The Wire"
    response = records["police-deny"]
    assert (response["event"], response["link"]) == (["REJECT"], "raid-abuse")
    assert (response["date"], response["time"]) == ("2023-06-15", "10:30:00+02:00")
    event = records["raid-arrests"]
    assert (event["event"], event["mode"], event["link"]) == (["COERCE"], ["arrest"], "raid-abuse")
    assert event["size"] == {"arrested": 3}
    assert [row["event_id_cnty"] for row in rows] == ["raid-arrests"]
    row = rows[0]
    assert (row["event_type"], row["sub_event_type"]) == ("Strategic developments", "Arrests")
    assert (row["iso"], row["country"], row["admin1"]) == (250, "France", "Ile-de-France")
    assert (row["actor1"], row["inter1"], row["interaction"]) == ("Paris police", "1", "10")
    assert (row["time_precision"], row["geo_precision"], row["source"]) == (1, "1", "The Wire")
    assert "Allegation raid-abuse: PLOVER has no field for hedge" in losses
    assert "Allegation raid-abuse: place 'Lyon': PLOVER holds one place" in losses
    assert "Allegation raid-abuse: count displaced 9: no PLOVER size" in losses
    assert "Event raid-arrests (ACLED): ACLED has no field for allegations" in losses


def test_command_counts_losses_and_lists_them_when_asked(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from newsmodel.cli import main

    example = ROOT / "examples" / "voa-mali-2022.yaml"
    assert main(["export", "plover", str(example), "-o", str(tmp_path / "quiet")]) == 0
    quiet = capsys.readouterr()
    assert "not exported:" not in quiet.err
    counted = re.search(r"^(\d+) values or records that plover cannot hold", quiet.out, re.M)
    assert counted is not None, quiet.out
    assert main(["export", "plover", str(example), "-o", str(tmp_path / "all"), "--losses"]) == 0
    listed = capsys.readouterr()
    assert listed.err.count("not exported: ") == int(counted.group(1))
