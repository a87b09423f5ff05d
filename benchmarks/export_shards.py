"""Peak memory and CPU of the tables export shard by shard, against the whole-dataset export.

Writes a valid JSON Lines dataset of ``--records`` records cut into ``--shards``
files (``workers.py``'s ``write_shards``), then exports it as tables, each run in a
fresh child process and on the same files:

- ``export tables``: the whole dataset loaded, then written (as before);
- ``export tables --shards --workers 1``: checked by the index in one process, then
  written a part per file, one file's records in memory at a time;
- ``export tables --shards --workers 2``: the same in two local worker processes.

For each: wall time, CPU time of all its processes, and peak resident memory of the
parent, of the largest worker and of all processes together, sampled every 50 ms
(``psutil``, which Dask installs; ``workers.py``'s sampler).  Then every table read
back from the parts (``pyarrow.dataset``) is compared with the whole export's
Parquet table: they must be equal, row for row.

    pip install -e '.[tables,dask]'
    python benchmarks/export_shards.py --records 1000000 --shards 16
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
import pyarrow.dataset
import pyarrow.parquet
from workers import MiB, run, sharded_dataset

from newsmodel.export.tables import PARQUET, tables


def same_rows(shards: Path, whole: Path) -> bool:
    """Tell whether every table of the parts under ``shards`` equals the whole export's."""
    for table in tables():
        parts = pyarrow.dataset.dataset(str(shards / PARQUET / table.name), format="parquet")
        if not parts.to_table().equals(
            pyarrow.parquet.read_table(whole / PARQUET / f"{table.name}.parquet")
        ):
            return False
    return True


def main() -> None:
    """Export a generated, sharded dataset whole and by shards; print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=200_000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--dir", type=Path, help="reuse or write the shards here")
    args = parser.parse_args()
    files, count, size = sharded_dataset(args.records, args.shards, args.dir)
    out = Path(tempfile.mkdtemp(prefix="newsmodel-export-shards-"))
    cli = [sys.executable, "-m", "newsmodel", "export", "tables", *files]
    shards = [*cli, "--shards", "--workers"]
    contenders = {
        "export tables": [*cli, "-o", str(out / "whole")],
        "--shards --workers 1": [*shards, "1", "-o", str(out / "one")],
        "--shards --workers 2": [*shards, "2", "-o", str(out / "two")],
    }
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    results = {}
    try:
        for name, command in contenders.items():
            seconds, sampler, said = run(command)
            results[name] = (seconds, sampler)
            print(f"  {name}: {seconds:.1f} s; {said.strip()}", flush=True)
        same = same_rows(out / "one", out / "whole") and same_rows(out / "two", out / "whole")
    finally:
        shutil.rmtree(out)

    print(f"\n{len(files)} shards, {size:.0f} MiB, {count:,} records\n")
    print(
        f"{'contender':<22} {'wall s':>7} {'CPU s':>7} "
        f"{'parent MiB':>10} {'worker MiB':>10} {'total MiB':>10}"
    )
    for name, (seconds, sampler) in results.items():
        print(
            f"{name:<22} {seconds:7.1f} {sum(sampler.cpu.values()):7.1f} "
            f"{sampler.parent / MiB:10.0f} {sampler.worker / MiB:10.0f} "
            f"{sampler.total / MiB:10.0f}"
        )
    print(f"\nevery table of the parts equals the whole export's, row for row: {same}")


if __name__ == "__main__":
    main()
