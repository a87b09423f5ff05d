"""Tests of newsmodel.distributed: a dataset read in parallel gives one process's problems.

The property behind every test: the files of a dataset read on their own
(:func:`newsmodel.dataset.read_file`, in any process) and merged in order
(:meth:`newsmodel.dataset.Validator.add_read`) give exactly the problems of
:func:`newsmodel.validate`: codes, files, lines, columns, messages, order.
The datasets come from the strategies, their records shuffled into shards
of mixed formats, with faults planted across shards: ids used twice,
references to unknown ids or to records of the wrong kind, rejected
records, ``part_of`` circles, quotes off their text, unused actors,
responses dated before the accusation or retracting another's, and files
that cannot be read.
"""

from __future__ import annotations

import json
import pickle
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

import newsmodel
from newsmodel import dataset, distributed
from newsmodel.cli import main
from newsmodel.codec.converter import unstructure
from newsmodel.dataset import FileRead, Validator, read_file
from newsmodel.limits import Limits
from newsmodel.rules.index import pack, unpack
from newsmodel.strategies import datasets

SETTINGS = settings(
    deadline=None,
    max_examples=60,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture],
)

Shards = dict[str, str]  # file name -> text


def _ids_in(value: Any) -> Iterator[tuple[Any, Any]]:
    """Yield (container, key) for every string in ``value`` below its top level."""
    if isinstance(value, dict):
        for key, item in value.items():
            if isinstance(item, str) and key != "id":
                yield value, key
            else:
                yield from _ids_in(item)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            if isinstance(item, str):
                yield value, index
            else:
                yield from _ids_in(item)


def _quotes_in(value: Any) -> Iterator[dict[str, Any]]:
    if isinstance(value, dict):
        if isinstance(value.get("start"), int) and isinstance(value.get("end"), int):
            yield value
        for item in value.values():
            yield from _quotes_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _quotes_in(item)


def _plant(rng: random.Random, records: list[tuple[str, dict[str, Any]]], fault: str) -> None:
    """Plant one fault of kind ``fault`` in ``records`` (kind, plain data), where it fits."""
    ids = {data["id"]: kind for kind, data in records}
    places = [(c, k) for _, data in records for c, k in _ids_in(data) if c[k] in ids]
    actors = [data for kind, data in records if kind == "actor"]
    quotes = [quote for _, data in records for quote in _quotes_in(data)]
    responses = [data for kind, data in records if kind == "response"]
    kind, data = rng.choice(records)
    if fault == "duplicate":
        records.insert(rng.randrange(len(records) + 1), (kind, json.loads(json.dumps(data))))
    elif fault in ("unknown", "wrong kind") and places:
        container, key = rng.choice(places)
        others = [i for i, k in ids.items() if k != ids[container[key]]]
        if fault == "unknown" or not others:
            container[key] = container[key] + "-x"
        else:
            container[key] = rng.choice(others)
    elif fault == "rejected":
        data["not_a_field"] = 1
    elif fault == "cycle" and actors:
        one, other = rng.choice(actors), rng.choice(actors)
        one["part_of"], other["part_of"] = other["id"], one["id"]
    elif fault == "early" and responses:
        rng.choice(responses)["date"] = "1900-01-01"
    elif fault == "retraction" and responses:
        rng.choice(responses)["retracts"] = rng.choice(responses)["id"]
    elif fault == "quote" and quotes:
        quote = rng.choice(quotes)
        quote["start"] += 1
        quote["end"] += 1
    elif fault == "unused" and actors:
        lonely = {**json.loads(json.dumps(rng.choice(actors))), "id": "lonely"}
        lonely.pop("part_of", None)
        records.append(("actor", lonely))


def _text(records: list[tuple[str, dict[str, Any]]], fmt: str) -> str:
    if fmt == "jsonl":
        lines = [{"schema_version": 2}, *({"type": k, **d} for k, d in records)]
        return "".join(json.dumps(line) + "\n" for line in lines)
    bundle: dict[str, Any] = {"schema_version": 2}
    for kind, data in records:
        bundle.setdefault(kind + "s", []).append(data)
    if fmt == "json":
        return json.dumps(bundle, indent=2)
    return yaml.safe_dump(bundle, sort_keys=False, allow_unicode=True)


@st.composite
def sharded(draw: DrawFn) -> Shards:
    """A dataset from the strategies, shuffled into shards of mixed formats, with faults."""
    bundles = draw(datasets())
    records = [
        (kind, unstructure(record))
        for bundle in bundles
        for kind, record in ((type(r).__name__.lower(), r) for r in bundle.records())
    ]
    rng = random.Random(draw(st.integers(0, 2**32)))
    faults = [
        *("duplicate", "unknown", "wrong kind", "rejected", "cycle", "quote", "unused"),
        *("early", "retraction"),
    ]
    for fault in draw(st.lists(st.sampled_from(faults), min_size=1, max_size=6)):
        _plant(rng, records, fault)
    rng.shuffle(records)
    count = draw(st.integers(min(2, len(records)), min(6, len(records))))
    cuts = sorted(rng.sample(range(1, len(records)), count - 1)) if count > 1 else []
    shards: Shards = {}
    for number, (start, end) in enumerate(zip([0, *cuts], [*cuts, len(records)], strict=True)):
        fmt = draw(st.sampled_from(["yaml", "json", "jsonl"]))
        shards[f"shard-{number}.{fmt}"] = _text(records[start:end], fmt)
    if draw(st.booleans()) and draw(st.booleans()):
        shards["broken.json"] = '{"schema_version": 2, "actors": ['
    return shards


def _write(folder: Path, shards: Shards) -> list[str]:
    folder.mkdir(parents=True, exist_ok=True)
    for name, text in shards.items():
        (folder / name).write_text(text, encoding="utf-8")
    return sorted(str(folder / name) for name in shards)


def _merged(files: list[str], limits: Limits | None = None) -> list[newsmodel.Problem]:
    """Read each file on its own, through pickle as between processes, and merge in order."""
    validator = Validator(limits=limits)
    for file in files:
        read = pickle.loads(pickle.dumps(read_file(file, limits=limits)))
        assert isinstance(read, FileRead)
        validator.add_read(read)
    return validator.finish()


@SETTINGS
@given(shards=sharded())
def test_files_read_apart_and_merged_give_the_problems_of_one_process(
    shards: Shards, tmp_path_factory: pytest.TempPathFactory
) -> None:
    files = _write(tmp_path_factory.mktemp("shards"), shards)
    assert _merged(files) == newsmodel.validate(files)


@settings(SETTINGS, max_examples=15)
@given(shards=sharded())
def test_the_problems_per_file_are_capped_as_in_one_process(
    shards: Shards, tmp_path_factory: pytest.TempPathFactory
) -> None:
    files = _write(tmp_path_factory.mktemp("shards"), shards)
    limits = Limits(max_problems=1)
    assert _merged(files, limits) == newsmodel.validate(files, limits=limits)


@settings(SETTINGS, max_examples=15)
@given(shards=sharded(), batch=st.integers(1, 4))
def test_records_packed_in_many_batches_give_the_problems_of_one_process(
    shards: Shards, batch: int, tmp_path_factory: pytest.TempPathFactory
) -> None:
    files = _write(tmp_path_factory.mktemp("shards"), shards)
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(dataset._Recorder, "BATCH", batch)
        merged = _merged(files)
    assert merged == newsmodel.validate(files)


def test_a_file_read_apart_holds_its_records_in_batches(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _planted(tmp_path)
    monkeypatch.setattr(dataset._Recorder, "BATCH", 2)
    assert [len(read_file(file).seen) for file in files] == [3, 2, 1]


# -- planted faults across shards, read by real processes ---------------------

ACTORS = """\
schema_version: 2
actors:
- {id: mali, name: Mali, kind: state}
- {id: fama, name: FAMa, kind: security_forces, part_of: mali}
- {id: loop-a, name: A, kind: non_state_armed_group, part_of: loop-b}
- {id: loop-b, name: B, kind: non_state_armed_group, part_of: loop-a}
- {id: lonely, name: Lonely, kind: state}
"""

# References before their records, to a record of the wrong kind, to no record;
# a rejected record (defined, invalid); an id used again in another shard.
LINES = [
    {"schema_version": 2},
    {
        "type": "allegation",
        "id": "moura",
        "accusers": ["hrw"],
        "accused": ["fama"],
        "summary": "Killings in Moura.",
        "citations": [{"report": "voa"}],
    },
    {
        "type": "allegation",
        "id": "moura-2",
        "accusers": ["voa"],
        "accused": ["famma"],
        "summary": "Killings in Moura.",
        "citations": [{"report": "voa"}],
    },
    {"type": "actor", "id": "hrw", "name": "HRW", "kind": "ngo", "unknown": 1},
    {"type": "actor", "id": "mali", "name": "Mali again", "kind": "state"},
]

REPORT = """\
schema_version: 2
reports:
- id: voa
  title: Mali army accused
"""


def _planted(folder: Path) -> list[str]:
    return _write(
        folder,
        {
            "a-actors.yaml": ACTORS,
            "b-claims.jsonl": "".join(json.dumps(line) + "\n" for line in LINES),
            "c-report.yaml": REPORT,
        },
    )


def test_the_planted_faults_are_found(tmp_path: Path) -> None:
    codes = sorted({p.code for p in newsmodel.validate(_planted(tmp_path))})
    assert {"NM401", "NM402", "NM403", "NM404", "NM451"} <= set(codes)


def test_local_processes_give_the_problems_of_one_process(tmp_path: Path) -> None:
    files = _planted(tmp_path)
    assert distributed.validate(files, workers=2) == newsmodel.validate(files)


def test_select_and_ignore_are_those_of_validate(tmp_path: Path) -> None:
    files = _planted(tmp_path)
    assert distributed.validate(tmp_path, workers=1, select=["NM4"], ignore=["NM451"]) == (
        newsmodel.validate(files, select=["NM4"], ignore=["NM451"])
    )


def test_files_merge_in_order_and_progress_follows_them(tmp_path: Path) -> None:
    files = _planted(tmp_path)
    validator, alone = Validator(), Validator()
    assert list(distributed.add_files(validator, files, workers=2)) == files
    for file in files:
        alone.add_file(file)
    assert (validator.files, validator.records) == (alone.files, alone.records) == (3, 9)
    assert validator.finish() == alone.finish()


def test_a_validator_that_keeps_records_refuses_files_read_apart(tmp_path: Path) -> None:
    files = _planted(tmp_path)
    with pytest.raises(ValueError, match="keep=True"):
        Validator(keep=True).add_read(read_file(files[0]))


def test_a_small_dataset_or_machine_is_read_by_one_process(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    files = _planted(tmp_path)
    big = tmp_path / "big.jsonl"
    big.write_bytes(b" " * distributed.SMALL)
    monkeypatch.setattr(distributed, "cores", lambda: 8)
    assert distributed.default_workers(files) == 1
    assert distributed.default_workers([*files, str(big)]) == 8
    assert distributed.default_workers([str(big)]) == 1
    monkeypatch.setattr(distributed, "cores", lambda: 2)
    assert distributed.default_workers([*files, str(big)]) == 2
    monkeypatch.setattr(distributed, "cores", lambda: 1)
    assert distributed.default_workers([*files, str(big)]) == 1


def test_cli_workers_give_the_output_of_one_process(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    _planted(tmp_path)
    outputs = []
    for workers in ("1", "2"):
        status = main(["validate", "--format", "json", "--workers", workers, str(tmp_path)])
        outputs.append((status, capsys.readouterr().out))
    assert outputs[0] == outputs[1]
    assert outputs[0][0] == 1
    assert json.loads(outputs[0][1])["summary"]["records"] == 9


@pytest.mark.parametrize("value", ["0", "-2", "many"])
def test_cli_workers_must_be_a_positive_count(
    value: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit):
        main(["validate", "--workers", value, "."])
    assert "--workers" in capsys.readouterr().err


# -- on a Dask cluster --------------------------------------------------------


def test_a_dask_cluster_gives_the_problems_of_one_process(tmp_path: Path, client: Any) -> None:
    files = _planted(tmp_path)
    assert distributed.validate(files, client=client) == newsmodel.validate(files)


@settings(SETTINGS, max_examples=10)
@given(shards=sharded())
def test_a_dask_cluster_gives_the_problems_of_one_process_for_any_shards(
    shards: Shards, tmp_path_factory: pytest.TempPathFactory, client: Any
) -> None:
    files = _write(tmp_path_factory.mktemp("shards"), shards)
    assert distributed.validate(files, client=client) == newsmodel.validate(files)


def test_cli_runs_on_the_dask_cluster_at_an_address(
    tmp_path: Path, client: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    _planted(tmp_path)
    address = client.scheduler.address
    outputs = []
    for options in (["--workers", "1"], ["--scheduler", address]):
        status = main(["validate", "--format", "json", *options, str(tmp_path)])
        outputs.append((status, capsys.readouterr().out))
    assert outputs[0] == outputs[1]


def test_connect_says_when_no_scheduler_answers() -> None:
    pytest.importorskip("distributed")
    with pytest.raises(distributed.ClusterError, match="cannot reach the Dask scheduler at"):
        distributed.connect("tcp://127.0.0.1:9", timeout=1)


def test_entries_cross_processes_with_every_slot(tmp_path: Path) -> None:
    files = _planted(tmp_path)
    validator = Validator()
    for file in files:
        validator.add_file(file)
    entries = list(validator._checker.index.values())
    assert {type(entry).__name__ for entry in entries} >= {
        "ActorEntry",
        "AllegationEntry",
        "ReportEntry",
        "InvalidEntry",
    }
    for entry in entries:
        again = unpack(pickle.loads(pickle.dumps(pack(entry))))
        assert type(again) is type(entry)
        slots = [name for cls in type(entry).__mro__ for name in getattr(cls, "__slots__", ())]
        assert [getattr(again, name) for name in slots] == [getattr(entry, name) for name in slots]
