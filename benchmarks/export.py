"""Time and size of every export format on one generated dataset, rounds interleaved.

    python benchmarks/export.py [--records 100000] [--rounds 3] [--formats tables,jsonld,...]

Builds a valid dataset of about ``--records`` records with ``generate.py``, loads and
checks it once, then exports it in each format (``newsmodel.export.export``, as the
command does) ``--rounds`` times.  Each round runs every format once, in an order that
turns by one format per round, so that a slow spell of a shared machine falls on all of
them; the garbage collector stays on, as in real use.  For each format it prints the
median and worst wall time, the spread (worst minus best), the CPU time of the median
round and the size written.  A format whose extra is not installed is skipped, and said.
The per-step figures of the tables export are ``export_tables.py``'s, those of the
JSON-LD graph ``export_jsonld.py``'s.  Run on demand, not in CI.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate import generate_records

from newsmodel import Dataset
from newsmodel.export import FORMATS, MissingExtraError, export, require


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def _installed(name: str) -> bool:
    spec = FORMATS[name]
    try:
        for package in spec.packages:
            require(package, spec.extra or name)
    except MissingExtraError as error:
        print(f"{name}: skipped ({error})")
        return False
    return True


def main() -> None:
    """Run the benchmark and print its figures."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--rounds", type=int, default=3)
    parser.add_argument("--formats", default=",".join(FORMATS))
    args = parser.parse_args()
    names = [name for name in args.formats.split(",") if _installed(name)]
    with tempfile.TemporaryDirectory() as folder:
        root = Path(folder)
        source = root / "data.jsonl"
        count = generate_records(source, args.records)
        print(f"dataset: {count:,} records, {_size(source) / 2**20:.1f} MiB of JSON Lines")
        start = time.perf_counter()
        dataset = Dataset.load([source])
        print(f"load and check: {time.perf_counter() - start:.1f} s")
        walls: dict[str, list[float]] = {name: [] for name in names}
        cpus: dict[str, list[float]] = {name: [] for name in names}
        sizes: dict[str, int] = {}
        losses: dict[str, int] = {}
        for round_ in range(args.rounds):
            turn = round_ % len(names) if names else 0
            for name in names[turn:] + names[:turn]:
                out = root / name
                shutil.rmtree(out, ignore_errors=True)
                wall, cpu = time.perf_counter(), time.process_time()
                result = export(dataset, name, out)
                walls[name].append(time.perf_counter() - wall)
                cpus[name].append(time.process_time() - cpu)
                sizes[name], losses[name] = _size(out), len(result.losses)
        print(
            f"{'format':8} {'median s':>9} {'worst s':>8} {'spread':>7} {'cpu s':>6} "
            f"{'MiB':>7} {'losses':>8}"
        )
        for name in names:
            median = statistics.median(walls[name])
            print(
                f"{name:8} {median:9.1f} {max(walls[name]):8.1f} "
                f"{max(walls[name]) - min(walls[name]):7.1f} "
                f"{statistics.median(cpus[name]):6.1f} {sizes[name] / 2**20:7.1f} "
                f"{losses[name]:8,}"
            )


if __name__ == "__main__":
    main()
