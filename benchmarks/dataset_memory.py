"""Peak memory and time of validating a large JSON Lines dataset, against peers.

Generates a valid dataset of the requested size (see ``generate.py``), then
runs each contender in a fresh child process, one after the other, on the
same file, and reports wall time and peak resident memory (``ru_maxrss``):

- ``newsmodel validate``: the CLI, streaming, with every dataset-wide check;
- ``json.loads per line``: parse each line and drop it (the floor for any
  streaming validator written in Python);
- ``json.loads, keep all``: parse each line and keep it (what a validator
  that loads the whole dataset before checking it needs at the least).

    python benchmarks/dataset_memory.py --megabytes 1024
"""

from __future__ import annotations

import argparse
import os
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))
from generate import generate

STREAM = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    for line in f:
        json.loads(line)
"""
KEEP = """
import json, sys
with open(sys.argv[1], encoding="utf-8") as f:
    kept = [json.loads(line) for line in f]
print(len(kept))
"""
BASELINE = "import newsmodel"


def measure(command: list[str]) -> tuple[float, float]:
    """Run ``command`` in a child; return (seconds, peak RSS in MiB) of that child alone."""
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: replace ourselves, so ru_maxrss is the command's own
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.execvp(command[0], command)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    if os.waitstatus_to_exitcode(status) != 0:
        raise SystemExit(f"{command} failed with status {status}")
    return seconds, usage.ru_maxrss / 1024


def main() -> None:
    """Measure each contender on a generated dataset and print the table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=100.0)
    parser.add_argument("--file", type=Path, help="reuse this generated file")
    args = parser.parse_args()
    path = args.file or Path(tempfile.gettempdir()) / f"newsmodel-{args.megabytes:g}mb.jsonl"
    if not path.exists():
        print(f"generating {path} ...", flush=True)
        generate(path, args.megabytes)
    size = path.stat().st_size / 2**20
    with path.open(encoding="utf-8") as stream:
        records = sum(1 for _ in stream) - 1
    python = sys.executable
    contenders = {
        "newsmodel validate": [python, "-m", "newsmodel", "validate", str(path)],
        "json.loads per line": [python, "-c", STREAM, str(path)],
        "json.loads, keep all": [python, "-c", KEEP, str(path)],
        "(interpreter + import newsmodel)": [python, "-c", BASELINE],
    }
    results = {name: measure(command) for name, command in contenders.items()}
    base_time, base_rss = results["newsmodel validate"]
    _, idle = results["(interpreter + import newsmodel)"]
    print(
        f"\n{path.name}: {size:.0f} MiB, {records:,} records "
        f"(resource: {resource.getpagesize()} B pages)\n"
    )
    print(
        f"{'contender':<34} {'time s':>8} {'x newsmodel':>11} {'peak MiB':>9} {'x newsmodel':>11}"
    )
    for name, (seconds, rss) in results.items():
        print(
            f"{name:<34} {seconds:8.1f} {seconds / base_time:11.2f} {rss:9.0f} "
            f"{rss / base_rss:11.2f}"
        )
    per_record = (base_rss - idle) * 2**20 / max(records, 1)
    print(
        f"\nnewsmodel: {per_record:.0f} bytes of peak memory per record above the "
        f"interpreter, {1e6 * base_time / max(records, 1):.1f} µs per record"
    )


if __name__ == "__main__":
    main()
