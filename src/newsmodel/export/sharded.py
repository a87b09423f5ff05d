"""The tables export shard by shard: a Parquet part per input file, and a manifest.

A dataset cut into many files (shards) is exported without ever being held in
memory whole.  :func:`check` checks it first as ``newsmodel validate`` does,
keeping only the small index the rules across files need (by local processes
or on a Dask cluster, :mod:`newsmodel.distributed`).  Then :func:`write_files`
reads each file again on its own and writes its records as one part per
table, ``parquet/<table>/part-00000.parquet`` for the first file, and so on:
memory is bounded by the largest file, not by the dataset.  A part is written
only for a table the file has rows in; a table with none in any file gets an
empty ``part-00000.parquet``, so that every table can be read.

The parts read back as one table in file order (``pyarrow.dataset``,
``read_parquet('parquet/allegation/*.parquet')`` in DuckDB, Spark, Dask,
Polars), and ``parquet/datapackage.json`` lists them: a Frictionless data
package whose resources name their parts as a ``path`` array.  The other
outputs are those of :func:`newsmodel.export.tables.write`, built from the
parts one at a time: ``csv/<table>.csv`` (the files' rows joined in order),
the CSV data package, and ``newsmodel.duckdb`` (DuckDB reading the parts).
Row for row, every table equals that of the whole-dataset export.
"""

from __future__ import annotations

import functools
import json
import os
import shutil
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

import attrs

from newsmodel.dataset import Dataset, Validator, discover
from newsmodel.distributed.local import map_in_processes
from newsmodel.export import Exported, require
from newsmodel.export.tables import (
    CSV,
    DATAPACKAGE,
    DUCKDB,
    PARQUET,
    arrow_tables,
    datapackage,
    rows,
    tables,
    write_csv,
    write_duckdb_parts,
)
from newsmodel.limits import Limits
from newsmodel.model import Record
from newsmodel.problems import Problem

__all__ = [
    "Checked",
    "check",
    "manifest",
    "part_name",
    "write_files",
    "write_part",
    "write_records",
]

#: The folder of the CSV parts while they are written; removed once they are joined.
_CSV_PARTS = ".csv-parts"


def part_name(shard: int) -> str:
    """Return the name of the part of the ``shard``-th file (from 0) in a table's folder.

    >>> part_name(12)
    'part-00012.parquet'
    """
    return f"part-{shard:05d}.parquet"


@attrs.frozen
class Checked:
    """A dataset checked for a sharded export: its files, its problems, its records."""

    #: The data files found, in the order they are read (and their parts numbered).
    files: tuple[str, ...]
    #: Every problem, as :func:`newsmodel.validate` gives them, unsorted: those of
    #: finding the files first.
    problems: tuple[Problem, ...]
    #: The records read, valid or not.
    records: int


def check(
    paths: Iterable[str | os.PathLike[str]],
    *,
    limits: Limits | None = None,
    workers: int | None = None,
    client: Any = None,
) -> Checked:
    """Check ``paths`` as one dataset, as ``newsmodel validate`` does, keeping no record.

    The files are read by ``workers`` local processes (default:
    :func:`newsmodel.distributed.default_workers`), or on the Dask cluster of
    ``client`` (:func:`newsmodel.distributed.add_files`).
    """
    from newsmodel import distributed  # noqa: PLC0415 - multiprocessing, only here

    files, problems = discover(paths)
    validator = Validator(limits=limits)
    for problem in problems:  # a path that could not be read may define any id
        validator._add_unread(problem.file)
    if workers is None:
        workers = distributed.default_workers(files)
    for _ in distributed.add_files(validator, files, workers=workers, client=client):
        pass
    found = (*problems, *validator.finish())
    return Checked(tuple(files), found, validator.records)


def write_part(
    file: str, shard: int, out: str | os.PathLike[str], *, limits: Limits | None = None
) -> dict[str, int]:
    """Read ``file``, the ``shard``-th of a checked dataset, and write its parts under ``out``.

    Returns the rows written, by table (tables without rows left out).  Runs
    in a worker process or on a Dask worker, which must see ``file`` and
    ``out`` at the same paths.
    """
    validator = Validator(keep=True, limits=limits)
    validator.add_file(file)
    return _write_records(validator.kept or [], file, shard, Path(out))


def write_files(
    files: Sequence[str],
    out: str | os.PathLike[str],
    *,
    limits: Limits | None = None,
    workers: int | None = None,
    client: Any = None,
) -> Exported:
    """Write the tables of the checked dataset of ``files``, a part per file, under ``out``.

    Each file is read again by :func:`write_part`: in ``workers`` local
    processes (default: :func:`newsmodel.distributed.default_workers`, one
    being this process), or on the Dask cluster of ``client``.  Then
    the parts are joined into the whole-dataset outputs (see the module).
    """
    if workers is None:
        from newsmodel.distributed import default_workers  # noqa: PLC0415

        workers = default_workers(files)
    out = Path(out)
    _start(out)
    write = functools.partial(write_part, out=os.fspath(out), limits=limits)
    written = list(_mapped(write, files, workers=workers, client=client))
    return _finish(out, written)


def write_records(dataset: Dataset, files: Sequence[str], out: str | os.PathLike[str]) -> Exported:
    """Write the records of ``dataset`` as :func:`write_files` writes ``files``, in this process.

    For a dataset already in memory (what ``--only-valid`` leaves of one with
    errors): the records read from the ``n``-th of ``files`` make its part.
    """
    out = Path(out)
    _start(out)
    by_file: dict[str | None, list[Record]] = {}
    for record in dataset:
        by_file.setdefault(dataset.source_of(record), []).append(record)
    written = [
        _write_records(by_file.get(file, []), file, shard, out) for shard, file in enumerate(files)
    ]
    return _finish(out, written)


def manifest(parts: Mapping[str, Sequence[str]]) -> dict[str, Any]:
    """Return the data package of the Parquet parts, ``parts`` naming each table's files.

    The resources are those of the CSV data package (:func:`~newsmodel.export.tables.datapackage`:
    names, schemas, keys), each with its parts, relative to the ``parquet`` folder,
    as its ``path`` array.
    """
    package = datapackage()
    for resource, table in zip(package["resources"], tables(), strict=True):
        resource["path"] = [f"{table.name}/{part}" for part in parts[table.name]]
        resource["format"] = "parquet"
        resource["mediatype"] = "application/vnd.apache.parquet"
        del resource["encoding"]
    package["description"] = (
        "One table per record kind and per nested list, each in Parquet parts (one per file "
        "of the dataset, in order); see the export-tables guide of newsmodel."
    )
    return package


# --------------------------------------------------------------------------
# The steps
# --------------------------------------------------------------------------


def _start(out: Path) -> None:
    """Check the backends, and clear the Parquet an earlier export left under ``out``."""
    require("pyarrow", "tables")
    require("duckdb", "tables")
    for table in tables():
        (out / PARQUET / f"{table.name}.parquet").unlink(missing_ok=True)  # whole-dataset
        for old in (out / PARQUET / table.name).glob("part-*.parquet"):
            old.unlink()
    shutil.rmtree(out / _CSV_PARTS, ignore_errors=True)


def _write_records(
    records: Sequence[Record], file: str | None, shard: int, out: Path
) -> dict[str, int]:
    """Write the parts of one file's ``records``: a Parquet file and a CSV body per table."""
    parquet = require("pyarrow.parquet", "tables")
    data = rows(records, {record.id: file for record in records})
    arrow = arrow_tables(data)
    written = {}
    for table in tables():
        if not data[table.name]:
            continue
        folder = out / PARQUET / table.name
        folder.mkdir(parents=True, exist_ok=True)
        parquet.write_table(arrow[table.name], folder / part_name(shard))
        folder = out / _CSV_PARTS / table.name
        folder.mkdir(parents=True, exist_ok=True)
        write_csv(folder / f"{shard:05d}.csv", table, data[table.name], header=False)
        written[table.name] = len(data[table.name])
    return written


def _finish(out: Path, written: Sequence[Mapping[str, int]]) -> Exported:
    """Write the empty parts, the manifest, the CSV tables, their data package and DuckDB."""
    parquet = require("pyarrow.parquet", "tables")
    empty = arrow_tables({table.name: [] for table in tables()})
    parts: dict[str, list[str]] = {}
    files: list[Path] = []
    for table in tables():
        shards = [shard for shard, counts in enumerate(written) if table.name in counts]
        parts[table.name] = [part_name(shard) for shard in shards] or [part_name(0)]
        folder = out / PARQUET / table.name
        if not shards:
            folder.mkdir(parents=True, exist_ok=True)
            parquet.write_table(empty[table.name], folder / part_name(0))
        files.extend(folder / part for part in parts[table.name])
    path = out / PARQUET / DATAPACKAGE
    _write_json(path, manifest(parts))
    files.append(path)
    files.extend(_join_csv(out, parts))
    path = out / DATAPACKAGE
    _write_json(path, datapackage())
    files.append(path)
    write_duckdb_parts(
        {name: [out / PARQUET / name / part for part in names] for name, names in parts.items()},
        out / DUCKDB,
    )
    files.append(out / DUCKDB)
    return Exported(files=tuple(files))


def _write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, indent=2, ensure_ascii=False) + "\n", "utf-8")


def _join_csv(out: Path, parts: Mapping[str, Sequence[str]]) -> list[Path]:
    """Write each CSV table: its header, then the CSV parts' rows in file order."""
    folder = out / CSV
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for table in tables():
        path = folder / f"{table.name}.csv"
        write_csv(path, table, [])
        with path.open("ab") as whole:
            for part in sorted((out / _CSV_PARTS / table.name).glob("*.csv")):
                with part.open("rb") as stream:
                    shutil.copyfileobj(stream, whole)
        files.append(path)
    shutil.rmtree(out / _CSV_PARTS, ignore_errors=True)
    return files


def _mapped(
    function: Callable[[str, int], dict[str, int]],
    files: Sequence[str],
    *,
    workers: int,
    client: Any,
) -> Iterator[dict[str, int]]:
    """Run ``function(file, shard)`` for each file, on ``client``, in processes, or here."""
    shards = range(len(files))
    if client is not None:
        futures = client.map(function, list(files), list(shards), pure=False)
        for future in futures:
            yield future.result()
            future.release()
    elif workers > 1 and len(files) > 1:
        yield from map_in_processes(function, files, shards, workers=workers)
    else:
        yield from map(function, files, shards)
