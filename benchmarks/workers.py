"""Time and memory of validating a sharded dataset with 1 process, 2 processes and Dask.

Writes a valid JSON Lines dataset of ``--records`` records (see
``generate.py``) cut into ``--shards`` files, then runs, each in a fresh
child process and on the same files:

- ``validate --workers 1``: one process, the ordinary path;
- ``validate --workers 2``: two local worker processes, merged by the parent;
- ``Dask LocalCluster(2)``: ``newsmodel.distributed.validate`` on a local
  cluster of two worker processes, the cluster's start included (and shown
  apart).

For each: wall time, CPU time of all its processes, and peak memory
(resident) of the parent, of the largest worker and of all processes
together, sampled every 50 ms (``psutil``, which Dask installs).  The
problems each reports are compared: they must be the same.  A last row
gives the fixed start-up of two local workers (a tiny dataset read with
two, against one).  Then the target of issue 17 on two cores, two workers
in at most 0.65 of one process's time plus the start-up, met or MISSED by
wall time and by CPU time per core; and the memory per worker, as the
interpreter (the worker of the tiny run) plus bytes a record of its shard.

    pip install -e '.[dask]'
    python benchmarks/workers.py --records 1000000 --shards 8
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import threading
import time
from pathlib import Path

import psutil

sys.path.insert(0, str(Path(__file__).parent))
from generate import SCHEMA_VERSION
from generate import records as generated_records

DASK = """
import json, sys, time
started = time.perf_counter()
from distributed import Client, LocalCluster
from newsmodel import distributed
with LocalCluster(n_workers=2, threads_per_worker=1, processes=True,
                  dashboard_address=None) as cluster, Client(cluster) as client:
    ready = time.perf_counter() - started
    problems = distributed.validate(sys.argv[1:], client=client)
print(json.dumps({"start-up": ready, "problems": [p.code for p in problems]}))
"""

MiB = 2**20


def write_shards(folder: Path, count: int, shards: int) -> int:
    """Write ``count`` records (whole groups of 11) in ``shards`` JSON Lines files."""
    folder.mkdir(parents=True, exist_ok=True)
    groups = count // 11
    outs = [(folder / f"shard-{n:03d}.jsonl").open("w", encoding="utf-8") for n in range(shards)]
    for out in outs:
        out.write(json.dumps({"schema_version": SCHEMA_VERSION}) + "\n")
    written = group = 0
    lines: list[str] = []
    for record in generated_records():
        lines.append(json.dumps(record, ensure_ascii=False) + "\n")
        if record["type"] == "event":
            outs[group * shards // groups].writelines(lines)
            written += len(lines)
            lines = []
            group += 1
            if group == groups:
                break
    for out in outs:
        out.close()
    return written


class Sampler:
    """Peak resident memory of a process and its descendants, sampled in a thread."""

    def __init__(self, pid: int) -> None:
        self.root = psutil.Process(pid)
        self.parent = self.worker = self.total = 0
        self.cpu: dict[int, float] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                children = self.root.children(recursive=True)
                processes = [self.root, *children]
                sizes = {}
                for process in processes:
                    try:
                        sizes[process.pid] = process.memory_info().rss
                        times = process.cpu_times()
                        self.cpu[process.pid] = times.user + times.system
                    except psutil.Error:
                        continue
            except psutil.Error:
                break
            self.parent = max(self.parent, sizes.get(self.root.pid, 0))
            others = [size for pid, size in sizes.items() if pid != self.root.pid]
            self.worker = max(self.worker, *others, 0)
            self.total = max(self.total, sum(sizes.values()))
            time.sleep(0.05)

    def stop(self) -> None:
        """Stop sampling."""
        self._stop.set()
        self._thread.join()

    def cpu_total(self) -> float:
        """Return the CPU seconds of all the processes, as last sampled."""
        return sum(self.cpu.values())


def run(command: list[str]) -> tuple[float, Sampler, str]:
    """Run ``command``; return its wall time, its sampled memory and CPU, and its output."""
    started = time.perf_counter()
    child = subprocess.Popen(command, stdout=subprocess.PIPE, text=True)
    sampler = Sampler(child.pid)
    out, _ = child.communicate()
    seconds = time.perf_counter() - started
    sampler.stop()
    return seconds, sampler, out


def codes_of_cli(out: str) -> list[str]:
    """Return the problem codes that ``validate --format json`` printed."""
    return [problem["code"] for problem in json.loads(out)["problems"]]


def sharded_dataset(records: int, shards: int, folder: Path | None) -> tuple[list[str], int, float]:
    """Return the shards of ``records`` records in ``folder`` (written if missing).

    Also the number of records they hold and their size in MiB.  Without a
    ``folder``, one in the temporary directory named after the sizes is used.
    """
    folder = folder or Path(tempfile.gettempdir()) / f"newsmodel-{records}-{shards}"
    if not folder.exists():
        print(f"writing {folder} ...", flush=True)
        write_shards(folder, records, shards)
    files = sorted(str(path) for path in folder.glob("*.jsonl"))
    count = 0
    for file in files:
        with open(file, encoding="utf-8") as stream:
            count += sum(1 for _ in stream) - 1
    return files, count, sum(os.path.getsize(file) for file in files) / MiB


def main() -> None:
    """Measure each contender on a generated, sharded dataset and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=1_000_000)
    parser.add_argument("--shards", type=int, default=8)
    parser.add_argument("--dir", type=Path, help="reuse or write the shards here")
    parser.add_argument("--no-dask", action="store_true", help="leave out the Dask run")
    args = parser.parse_args()
    files, count, size = sharded_dataset(args.records, args.shards, args.dir)
    python = sys.executable
    cli = [python, "-m", "newsmodel", "validate", "--format", "json"]
    contenders = {
        "validate --workers 1": [*cli, "--workers", "1", *files],
        "validate --workers 2": [*cli, "--workers", "2", *files],
    }
    if not args.no_dask:
        contenders["Dask LocalCluster(2)"] = [python, "-c", DASK, *files]
    print(f"load average before: {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores", flush=True)
    results = {}
    codes = {}
    for name, command in contenders.items():
        seconds, sampler, out = run(command)
        results[name] = (seconds, sampler)
        if name.startswith("Dask"):
            report = json.loads(out)
            codes[name] = report["problems"]
            print(f"  Dask cluster start-up: {report['start-up']:.1f} s", flush=True)
        else:
            codes[name] = codes_of_cli(out)
        print(f"  {name}: {seconds:.1f} s", flush=True)
    same = all(found == codes["validate --workers 1"] for found in codes.values())

    tiny = Path(tempfile.mkdtemp())
    write_shards(tiny, 22, 2)
    tiny_files = sorted(str(path) for path in tiny.glob("*.jsonl"))
    one, alone, _ = run([*cli, "--workers", "1", *tiny_files])
    two, pair, _ = run([*cli, "--workers", "2", *tiny_files])
    start_wall, start_cpu = two - one, pair.cpu_total() - alone.cpu_total()

    print(f"\n{len(files)} shards, {size:.0f} MiB, {count:,} records\n")
    print(
        f"{'contender':<22} {'wall s':>7} {'x 1 worker':>10} {'CPU s':>7} {'CPU/core':>8} "
        f"{'parent MiB':>10} {'worker MiB':>10} {'total MiB':>10}"
    )
    base_wall, base = results["validate --workers 1"]
    for name, (seconds, sampler) in results.items():
        per_core = sampler.cpu_total() / (1 if name.endswith(" 1") else 2)
        print(
            f"{name:<22} {seconds:7.1f} {seconds / base_wall:10.2f} {sampler.cpu_total():7.1f} "
            f"{per_core:8.1f} {sampler.parent / MiB:10.0f} {sampler.worker / MiB:10.0f} "
            f"{sampler.total / MiB:10.0f}"
        )
    print(
        f"{'start-up (22 records)':<22} {start_wall:7.2f} {'':>10} {start_cpu:7.2f} "
        f"{start_cpu / 2:8.2f}   (two local workers less one process, on a tiny dataset)"
    )

    wall, pair_run = results["validate --workers 2"]
    bound = 0.65 * base_wall + start_wall
    print("\ntarget: 2 workers <= 0.65 x 1 worker + start-up (1.3/N of issue 17, N = 2)")
    print(
        f"  by wall:         {wall:6.1f} s <= 0.65 x {base_wall:.1f} + {start_wall:.2f} "
        f"= {bound:6.1f} s: {'met' if wall <= bound else 'MISSED'} ({wall / base_wall:.2f} x)"
    )
    per_core = pair_run.cpu_total() / 2
    bound = 0.65 * base.cpu_total() + start_cpu / 2
    print(
        f"  by CPU per core: {per_core:6.1f} s <= 0.65 x {base.cpu_total():.1f} + "
        f"{start_cpu / 2:.2f} = {bound:6.1f} s: {'met' if per_core <= bound else 'MISSED'} "
        f"({per_core / base.cpu_total():.2f} x)"
    )
    shard = count / len(files)
    worker = (pair_run.worker - pair.worker) / shard
    index = (base.parent - alone.parent) / count
    print(
        f"\nmemory per worker: {pair_run.worker / MiB:.0f} MiB at most = "
        f"{pair.worker / MiB:.0f} MiB (interpreter, as on the tiny dataset) + "
        f"{worker:,.0f} bytes a record of its shard ({shard:,.0f} records)"
    )
    print(
        f"index (one process): {index:,.0f} bytes a record "
        f"({base.parent / MiB:.0f} MiB less {alone.parent / MiB:.0f} MiB on the tiny dataset)"
    )
    print(f"the same problems from every contender: {same}")


if __name__ == "__main__":
    main()
