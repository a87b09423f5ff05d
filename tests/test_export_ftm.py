"""The FollowTheMoney export, checked by followthemoney itself.

- Every entity of every example and of generated datasets passes FtM's
  ``Schema.validate``, names only properties its schema has, fills its
  schema's required properties, and reads back equal through
  ``model.get_proxy(data, cleaned=False)``; every entity it refers to is
  in the export.
- No entity carries risk topics.
- What FtM cannot hold is reported: values it drops or changes, and fields
  with no property; the guide's list of fields with no home is exactly the
  model's fields less :data:`~newsmodel.export.ftm.HOMES`.
"""

from __future__ import annotations

import json
import re
import sys
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

import newsmodel
from builders import RICH
from newsmodel import Dataset
from newsmodel.dates import PartialDate
from newsmodel.export import MissingExtraError, export
from newsmodel.model import Id, Relation, _model_types
from newsmodel.strategies import datasets
from newsmodel.vocab import RelationKind

ftm = pytest.importorskip("followthemoney")
from newsmodel.export.ftm import HOMES, entities, lost_fields, write  # noqa: E402

ROOT = Path(__file__).resolve().parent.parent
GUIDE = ROOT / "docs" / "guides" / "export-ftm.md"


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([ROOT / "examples"])


@pytest.fixture(scope="module")
def rich() -> Dataset:
    return Dataset([newsmodel.loads(RICH)])


def _check_accepted(lines: list[dict[str, Any]]) -> None:
    """Every entity is one FtM accepts, reads back equal, and refers only to exported ones."""
    model = ftm.model
    ids = {line["id"] for line in lines}
    assert len(ids) == len(lines), "entity ids repeat"
    for data in lines:
        schema = model.get(data["schema"])
        assert schema is not None, data
        assert not schema.abstract, data
        assert schema.validate(data) is None
        unknown = set(data["properties"]) - set(schema.properties)
        assert not unknown, (data["id"], unknown)
        missing = [name for name in schema.required if not data["properties"].get(name)]
        assert not missing, (data["id"], schema.name, missing)
        assert "topics" not in data["properties"], data
        assert model.get_proxy(data, cleaned=False).to_dict() == data
        for name, values in data["properties"].items():
            if schema.properties[name].type.name == "entity":
                assert set(values) <= ids, (data["id"], name, set(values) - ids)


def _written(dataset: Dataset, tmp_path: Path) -> tuple[list[dict[str, Any]], tuple[str, ...]]:
    exported = write(dataset, tmp_path / "out.ftm.json")
    assert exported.files == (tmp_path / "out.ftm.json",)
    text = exported.files[0].read_text(encoding="utf-8")
    return [json.loads(line) for line in text.splitlines()], exported.losses


def test_examples_are_accepted_by_followthemoney(examples: Dataset, tmp_path: Path) -> None:
    lines, losses = _written(examples, tmp_path)
    _check_accepted(lines)
    by_id = {line["id"]: line for line in lines}
    # Every record is an entity under its own id.
    assert {record.id for record in examples} <= set(by_id)
    assert losses


def test_schemata_follow_the_vocabulary(rich: Dataset, tmp_path: Path) -> None:
    lines, _ = _written(rich, tmp_path)
    by_id = {line["id"]: line for line in lines}
    assert by_id["mali"]["schema"] == "PublicBody"
    assert by_id["minusma"]["schema"] == "Organization"
    assert by_id["minusma-spokesperson"]["schema"] == "Person"
    assert by_id["voa-mali-denies"]["schema"] == "Article"
    assert by_id["hombori-killings"]["schema"] == "Event"
    assert by_id["mali-denial"]["schema"] == "Event"
    assert by_id["mali"]["properties"]["wikidataId"] == ["Q912"]
    # The accused are involved in the allegation, and linked to it with their role.
    allegation = by_id["hombori-killings"]["properties"]
    assert set(allegation["involved"]) == {"minusma", "malian-security-forces"}
    roles = {
        (line["properties"]["subject"][0], line["properties"]["role"][0])
        for line in lines
        if line["schema"] == "UnknownLink" and line["properties"]["object"] == ["hombori-killings"]
    }
    assert roles >= {("minusma", "accuser"), ("malian-security-forces", "accused")}
    # The report documents the records it carries; the place is an Address.
    assert any(
        line["schema"] == "Documentation"
        and line["properties"]["document"] == ["voa-mali-denies"]
        and line["properties"]["entity"] == ["hombori-killings"]
        for line in lines
    )
    (address,) = (by_id[key] for key in allegation["addressEntity"])
    assert address["schema"] == "Address"
    assert address["properties"]["full"] == ["Hombori"]
    # part_of is a Membership where both ends are organizations.
    assert any(
        line["schema"] == "Membership"
        and line["properties"]["member"] == ["mali-foreign-ministry"]
        and line["properties"]["organization"] == ["mali-government"]
        for line in lines
    )


def test_losses_name_what_followthemoney_drops_or_changes(rich: Dataset, tmp_path: Path) -> None:
    _, losses = _written(rich, tmp_path)
    # The approximate month loses its "~" (FtM's add() would keep 2022-04 silently).
    assert (
        "Allegation hombori-killings.occurred: FollowTheMoney keeps '2022-04~' as '2022-04' (date)"
        in losses
    )
    # Fields with no FtM property at all, value by value.
    assert "Allegation hombori-killings.made: FollowTheMoney has no property for it" in losses
    assert "Allegation hombori-killings.counts: FollowTheMoney has no property for it" in losses
    assert "Document minusma-note-q2-2022.period: FollowTheMoney has no property for it" in losses
    assert (
        "Response mali-denial.answers[0].positions: FollowTheMoney has no property for it" in losses
    )
    assert "Report voa-mali-denies.dateline.precision: FollowTheMoney has no property for it" in (
        losses
    )
    # A home on some schemata only: a state has no birth date.
    bundle = newsmodel.loads(RICH)
    actors = tuple(
        attrs.evolve(actor, born=PartialDate("1960")) if actor.id == "mali" else actor
        for actor in bundle.actors
    )
    _, found = entities(Dataset([attrs.evolve(bundle, actors=actors)]))
    assert "Actor mali.born: PublicBody has no property birthDate" in found


def test_an_interval_fills_start_and_end() -> None:
    bundle = newsmodel.loads(RICH)
    events = tuple(attrs.evolve(event, date=PartialDate("2022-07/..")) for event in bundle.events)
    proxies, losses = entities(Dataset([attrs.evolve(bundle, events=events)]))
    (proxy,) = (proxy for proxy in proxies if proxy.id == "spokesperson-expelled")
    assert proxy.get("startDate") == ["2022-07"]
    assert proxy.get("endDate") == []
    assert not [line for line in losses if line.startswith("Event spokesperson-expelled.date")]


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(datasets())
def test_generated_datasets_are_accepted(bundles: Any) -> None:
    dataset = Dataset(bundles)
    proxies, losses = entities(dataset)
    _check_accepted([proxy.to_dict() for proxy in proxies])
    # Every non-empty field with no home is reported, record by record.
    for record in dataset:
        kind = type(record).__name__
        for field in attrs.fields(type(record)):
            value = getattr(record, field.name)
            name = f"{kind}.{field.name}"
            if name in HOMES or value in (None, (), False) or value == field.default:
                continue
            line = f"{kind} {record.id}.{field.name}: FollowTheMoney has no property for it"
            assert line in losses


def test_every_home_is_a_field_of_the_model() -> None:
    fields = {
        f"{cls.__name__}.{field.name}" for cls in _model_types()[1:] for field in attrs.fields(cls)
    }
    assert set(HOMES) <= fields
    assert set(lost_fields()) == fields - set(HOMES)


def test_the_guide_lists_exactly_the_fields_lost() -> None:
    text = GUIDE.read_text(encoding="utf-8")
    section = text.split("## What is lost", 1)[1].split("\n## ", 1)[0]
    listed = [
        f"{cls}.{name}"
        for cls, names in re.findall(r"^- \*\*([A-Z]\w+)\*\*: (.*?)\.$", section, re.M | re.S)
        for name in re.findall(r"`(\w+)`", names)
    ]
    assert len(listed) == len(set(listed)), "a field is listed twice"
    assert set(listed) == set(lost_fields())


def test_the_guide_snippet_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    text = GUIDE.read_text(encoding="utf-8")
    (snippet,) = re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)
    monkeypatch.chdir(ROOT)
    snippet = snippet.replace('"entities.ftm.json"', repr(str(tmp_path / "entities.ftm.json")))
    exec(compile(snippet, str(GUIDE), "exec"), {})
    assert (tmp_path / "entities.ftm.json").stat().st_size > 0


def test_export_by_name_writes_a_folder(rich: Dataset, tmp_path: Path) -> None:
    exported = export(rich, "ftm", tmp_path)
    assert exported.files == (tmp_path / "entities.ftm.json",)


def test_a_missing_extra_says_how_to_install_it(
    rich: Dataset, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "followthemoney", None)
    with pytest.raises(MissingExtraError, match=r"\[ftm\]"):
        write(rich, tmp_path / "out.json")


def test_a_tie_that_does_not_fit_its_schema_keeps_its_words() -> None:
    bundle = newsmodel.loads(RICH)
    tie = Relation(kind=RelationKind.FAMILY, actor=Id("minusma"), words="sister mission")
    actors = tuple(
        attrs.evolve(actor, relations=(tie,)) if actor.id == "mali" else actor
        for actor in bundle.actors
    )
    proxies, losses = entities(Dataset([attrs.evolve(bundle, actors=actors)]))
    (link,) = (
        proxy
        for proxy in proxies
        if proxy.schema.name == "UnknownLink" and proxy.get("object") == ["minusma"]
    )
    assert link.get("subject") == ["mali"]
    assert link.get("role") == ["family"]
    assert link.get("summary") == ["sister mission"]
    assert not [line for line in losses if ".relations[0]" in line]
