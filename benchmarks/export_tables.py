"""Time and size of the tables export (and of reading the CSV back) on a generated dataset.

    python benchmarks/export_tables.py [--records 100000] [--import]

Builds a valid dataset of about ``--records`` records with ``generate.py`` (reports,
actors with ``part_of``, allegations with counts, places and quotes, responses, events),
loads it, then times each step of ``newsmodel export tables``: the rows, the CSV files,
the Parquet files, the data package and the DuckDB database, and prints the size of
each output.  ``--import`` also times ``newsmodel import`` of the CSV tables (reading,
rebuilding and checking every record).  Each step shows its wall time and this
process's CPU time (on a shared machine, the CPU time is the steadier figure; DuckDB
works in threads of its own, which CPU time counts).  Run on demand, not in CI.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_records

from newsmodel import Dataset
from newsmodel.export import tables as export_tables
from newsmodel.export.tables_import import read_tables


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _mib(size: int) -> str:
    return f"{size / 2**20:,.1f} MiB"


def _timed(name: str, step: Callable[[], Any], output: Path | None = None) -> Any:
    wall, cpu = time.perf_counter(), time.process_time()
    result = step()
    wall, cpu = time.perf_counter() - wall, time.process_time() - cpu
    size = f", {_mib(_size(output))}" if output is not None else ""
    print(f"  {name:<17} {wall:6.1f} s wall, {cpu:6.1f} s CPU{size}", flush=True)
    return result


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--import", dest="back", action="store_true")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        root, out = Path(folder), Path(folder) / "tables"
        source = root / "data.jsonl"
        count = generate_records(source, args.records)
        print(f"dataset: {count:,} records, {_mib(_size(source))} of JSON Lines")
        dataset = _timed("load", lambda: Dataset.load([source]))
        data = _timed("rows", lambda: export_tables.rows(dataset))
        rows = sum(len(table_rows) for table_rows in data.values())
        used = sum(1 for table_rows in data.values() if table_rows)
        print(f"  ({len(data)} tables, {used} with rows, {rows:,} rows in all)")
        csv = out / export_tables.CSV
        _timed("CSV", lambda: export_tables.write_csv_tables(data, csv), csv)
        arrow = _timed("Arrow tables", lambda: export_tables.arrow_tables(data))
        parquet = out / export_tables.PARQUET
        _timed("Parquet", lambda: export_tables.write_parquet_tables(arrow, parquet), parquet)
        package = out / export_tables.DATAPACKAGE
        text = json.dumps(export_tables.datapackage(), indent=2)
        _timed("datapackage.json", lambda: package.write_text(text, "utf-8"), package)
        database = out / export_tables.DUCKDB
        _timed("DuckDB", lambda: export_tables.write_duckdb(arrow, database), database)
        if args.back:
            bundles = _timed("import (CSV)", lambda: read_tables(out))
            records = sum(len(bundle.records()) for _, bundle in bundles)
            print(f"  ({records:,} records read back)")


if __name__ == "__main__":
    main()
