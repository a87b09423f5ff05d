"""The tables export shard by shard (``export tables --shards``) against the whole-dataset one.

- The parts of each table, read back as one table (``pyarrow.dataset``), equal the
  whole-dataset export's table row for row, and so do the CSV tables (byte for byte) and
  DuckDB's tables: on the examples, and on the strategies' datasets cut into shards of
  mixed formats (a property).
- The manifest is a Frictionless data package that lists every part, and frictionless
  reads it as such.
- Local worker processes and a real Dask cluster write the same parts as one process.
- The command line: ``--shards`` exports what ``newsmodel import`` reads back, refuses a
  dataset with errors as without it, and ``--only-valid`` leaves out the same records.
"""

from __future__ import annotations

import itertools
import json
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn

from builders import broken_dataset
from newsmodel import Dataset, io
from newsmodel.cli import main
from newsmodel.dataset import discover
from newsmodel.export import sharded
from newsmodel.export.tables import CSV, DATAPACKAGE, DUCKDB, PARQUET, datapackage, tables, write
from newsmodel.model import Allegation, bundle_of
from newsmodel.problems import Severity
from newsmodel.strategies import datasets

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
VOA = EXAMPLES / "voa-mali-2022.yaml"
#: Two examples that make a valid dataset on their own.
TWO = [VOA, EXAMPLES / "khashoggi-2018.yaml"]


def _files_under(folder: Path) -> dict[str, bytes]:
    return {
        str(path.relative_to(folder)): path.read_bytes()
        for path in sorted(folder.rglob("*"))
        if path.is_file() and path.name != DUCKDB
    }


def _export_shards(paths: list[Path], out: Path, **run: Any) -> sharded.Checked:
    checked = sharded.check(paths, **run)
    assert not [p for p in checked.problems if p.severity is Severity.ERROR]
    sharded.write_files(checked.files, out, **run)
    return checked


def _assert_same_tables(shards: Path, whole: Path) -> None:
    """The sharded export at ``shards`` holds the tables of the whole export at ``whole``."""
    dataset = pytest.importorskip("pyarrow.dataset")
    parquet = pytest.importorskip("pyarrow.parquet")
    duckdb = pytest.importorskip("duckdb")
    for table in tables():
        parts = dataset.dataset(str(shards / PARQUET / table.name), format="parquet")
        assert parts.to_table().equals(
            parquet.read_table(whole / PARQUET / f"{table.name}.parquet")
        )
        csv_name = Path(CSV) / f"{table.name}.csv"
        assert (shards / csv_name).read_bytes() == (whole / csv_name).read_bytes(), table.name
    assert (shards / DATAPACKAGE).read_bytes() == (whole / DATAPACKAGE).read_bytes()
    connections = [duckdb.connect(str(out / DUCKDB), read_only=True) for out in (shards, whole)]
    try:
        for table in tables():
            found = [c.execute(f'SELECT * FROM "{table.name}"').fetchall() for c in connections]
            assert found[0] == found[1], table.name
        for view in ("accusations", "allegation_responses", "figures"):  # some unordered
            found = [c.execute(f"SELECT * FROM {view}").fetchall() for c in connections]
            assert sorted(found[0], key=repr) == sorted(found[1], key=repr), view
    finally:
        for connection in connections:
            connection.close()


@pytest.fixture(scope="module")
def examples_whole(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("duckdb")
    out = tmp_path_factory.mktemp("whole")
    write(Dataset.load([EXAMPLES]), out)
    return out


@pytest.fixture(scope="module")
def examples_shards(tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("duckdb")
    out = tmp_path_factory.mktemp("shards")
    _export_shards([EXAMPLES], out, workers=1)
    return out


# --------------------------------------------------------------------------
# The parts hold the whole export's rows
# --------------------------------------------------------------------------


def test_the_examples_sharded_are_the_whole_export(
    examples_shards: Path, examples_whole: Path
) -> None:
    _assert_same_tables(examples_shards, examples_whole)


def test_a_part_per_file_with_rows_and_an_empty_one_for_a_table_without(
    examples_shards: Path,
) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    files, _ = discover([EXAMPLES])
    allegation = sorted(p.name for p in (examples_shards / PARQUET / "allegation").iterdir())
    assert allegation == [sharded.part_name(shard) for shard in range(len(files))]
    for table in tables():
        parts = sorted((examples_shards / PARQUET / table.name).iterdir())
        assert parts, table.name
        if len(parts) == 1 and parquet.read_table(parts[0]).num_rows == 0:
            assert parts[0].name == sharded.part_name(0)
    assert not (examples_shards / ".csv-parts").exists()


def _shards_of(draw: DrawFn) -> list[tuple[str, Any]]:
    """A dataset of the strategies, its records cut into shards of mixed formats, in order."""
    records = [record for bundle in draw(datasets()) for record in bundle.records()]
    cuts = sorted(draw(st.sets(st.integers(1, max(len(records) - 1, 1)), max_size=5)))
    bounds = [0, *cuts, len(records)]
    shards = []
    for number, (start, end) in enumerate(itertools.pairwise(bounds)):
        if start < end:
            suffix = draw(st.sampled_from(["yaml", "json", "jsonl"]))
            shards.append((f"shard-{number:02}.{suffix}", bundle_of(records[start:end])))
    return shards


@settings(max_examples=4, deadline=None, suppress_health_check=list(HealthCheck))
@given(st.data())
def test_generated_datasets_cut_into_shards_are_the_whole_export(data: st.DataObject) -> None:
    pytest.importorskip("duckdb")
    shards = data.draw(st.composite(_shards_of)())
    folder = Path(tempfile.mkdtemp(prefix="newsmodel-shards-test-"))
    try:
        (folder / "data").mkdir()
        for name, bundle in shards:
            io.dump(bundle, folder / "data" / name)
        write(Dataset.load([folder / "data"]), folder / "whole")
        _export_shards([folder / "data"], folder / "shards", workers=1)
        _assert_same_tables(folder / "shards", folder / "whole")
    finally:
        shutil.rmtree(folder)


# --------------------------------------------------------------------------
# The manifest
# --------------------------------------------------------------------------


def test_the_manifest_is_a_data_package_of_every_part(examples_shards: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    path = examples_shards / PARQUET / DATAPACKAGE
    package = frictionless.Package(str(path))  # refuses a descriptor that is not valid
    assert list(frictionless.Package.metadata_validate(package.to_descriptor())) == []
    csv_package = datapackage()
    assert [r.name for r in package.resources] == [r["name"] for r in csv_package["resources"]]
    descriptor = json.loads(path.read_text(encoding="utf-8"))
    for resource, table in zip(package.resources, tables(), strict=True):
        assert resource.format == "parquet"
        on_disk = sorted((examples_shards / PARQUET / table.name).glob("*.parquet"))
        assert [Path(p) for p in resource.normpaths] == on_disk
        assert resource.multipart == (len(on_disk) > 1)
    for resource, csv_resource in zip(
        descriptor["resources"], csv_package["resources"], strict=True
    ):
        assert resource["schema"] == csv_resource["schema"]


def test_the_manifest_reads_back_with_duckdb(examples_shards: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    descriptor = json.loads((examples_shards / PARQUET / DATAPACKAGE).read_text("utf-8"))
    (resource,) = [r for r in descriptor["resources"] if r["name"] == "allegation"]
    files = [str(examples_shards / PARQUET / part) for part in resource["path"]]
    connection = duckdb.connect()
    try:
        (count,) = connection.execute("SELECT count(*) FROM read_parquet(?)", [files]).fetchone()
        glob = str(examples_shards / PARQUET / "allegation" / "*.parquet")
        (by_glob,) = connection.execute("SELECT count(*) FROM read_parquet(?)", [glob]).fetchone()
    finally:
        connection.close()
    assert count == by_glob == len(list(Dataset.load([EXAMPLES]).of_kind(Allegation)))


# --------------------------------------------------------------------------
# Processes and Dask write the same parts
# --------------------------------------------------------------------------


def test_worker_processes_write_the_same_parts(examples_shards: Path, tmp_path: Path) -> None:
    _export_shards([EXAMPLES], tmp_path, workers=2)
    assert _files_under(tmp_path) == _files_under(examples_shards)


def test_a_dask_cluster_writes_the_same_parts(
    examples_shards: Path, tmp_path: Path, client: Any
) -> None:
    _export_shards([EXAMPLES], tmp_path, client=client)
    assert _files_under(tmp_path) == _files_under(examples_shards)


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


def test_export_shards_then_import(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    pytest.importorskip("duckdb")
    out, back = tmp_path / "out", tmp_path / "back"
    assert main(["export", "tables", str(VOA), "-o", str(out)]) == 0  # replaced below
    assert main(["export", "tables", *map(str, TWO), "--shards", "-o", str(out)]) == 0
    records = len(Dataset.load(TWO))
    assert f"exported {records} records as tables" in capsys.readouterr().out
    assert main(["import", str(out), "-o", str(back)]) == 0
    for path in TWO:
        assert io.load(back / path.name) == io.load(path)
    assert main(["export", "tables", str(VOA), "--shards", "-o", str(out)]) == 0
    parts = {path.name for path in (out / PARQUET).rglob("*.parquet")}
    assert parts == {sharded.part_name(0)}  # nothing is left of the earlier exports


def test_shards_refuse_a_dataset_with_errors_as_the_whole_export_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("duckdb")
    data = broken_dataset(tmp_path, "bucha-2022.yaml")
    assert main(["export", "tables", str(data), "-o", str(tmp_path / "whole")]) == 1
    whole = capsys.readouterr()
    out = tmp_path / "shards"
    assert main(["export", "tables", str(data), "--shards", "-o", str(out)]) == 1
    assert capsys.readouterr() == whole
    assert "NM402" in whole.out
    assert not out.exists()


def test_shards_only_valid_leave_out_what_the_whole_export_does(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("duckdb")
    data = broken_dataset(tmp_path, "bucha-2022.yaml")
    whole, shards = tmp_path / "whole", tmp_path / "shards"
    assert main(["export", "tables", str(data), "--only-valid", "-o", str(whole)]) == 0
    said = capsys.readouterr()
    assert main(["export", "tables", str(data), "--only-valid", "--shards", "-o", str(shards)]) == 0
    assert capsys.readouterr().err == said.err
    assert "left out Allegation" in said.err
    _assert_same_tables(shards, whole)


@pytest.mark.parametrize(
    ("arguments", "said"),
    [
        (["ftm", "--shards"], "--shards writes tables only"),
        (["tables", "--workers", "2"], "pass --shards too"),
        (["tables", "--scheduler", "tcp://127.0.0.1:1"], "pass --shards too"),
    ],
)
def test_shard_options_out_of_place_are_one_line_and_exit_2(
    arguments: list[str], said: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    out = tmp_path / "out"
    assert main(["export", arguments[0], str(VOA), *arguments[1:], "-o", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert said in err
    assert not out.exists()
