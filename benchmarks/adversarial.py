"""Adversarial datasets for the dataset-wide rules, each validated in a child process.

Each shape is a dataset built to make one rule (or the reporting of problems)
as slow or as hungry as it can be within the default limits (issue 15).  The
promise: every one is validated in under 30 s and 1 GiB at the default limits.

- ``dangling-part-of``: 4,000 actors whose ``part_of`` names no actor (a
  did-you-mean for each);
- ``part-of-chain``: 160,000 actors, each ``part_of`` the next (the cycle check);
- ``responses-in-chain``: 20,000 responses by actors low in a 20,000-actor
  ``part_of`` chain, answering an allegation that accuses its top (NM453);
- ``dated-responses``: 10,000 dated responses to an allegation made in 2005
  citing 10,000 dated reports (NM454, for the responses before 2005);
- ``quote-mismatches``: 4,000 quotes whose offsets miss, against an 8 MB body
  (NM406 and its hint);
- ``invalid-list-items``: a 2 MB YAML file of list items that are not records
  (one problem each, before any cap);
- ``long-line``: a JSON Lines line over ``max_line_length`` (64 MiB, skipped),
  then a record whose reference does not resolve (placed after the long line).

Run every shape, or some, and print wall time and peak resident memory of the
``newsmodel validate`` child process (``resource.getrusage`` of the child)::

    python benchmarks/adversarial.py                 # every shape, full size
    python benchmarks/adversarial.py chain --scale 0.1
    python benchmarks/adversarial.py --write OUT     # only write the datasets
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path

HEADER = '{"schema_version": 2}\n'


def _jsonl(path: Path, records: Iterator[dict[str, object]]) -> None:
    with path.open("w", encoding="utf-8") as file:
        file.write(HEADER)
        for record in records:
            file.write(json.dumps(record, separators=(",", ":")) + "\n")


def _report(report_id: str, **fields: object) -> dict[str, object]:
    return {
        "type": "report",
        "id": report_id,
        "url": f"https://example.org/{report_id}",
        "title": "A report",
        "published": "2022-04-05",
        "language": "en",
        **fields,
    }


def _actor(actor_id: str, part_of: str | None = None) -> dict[str, object]:
    record: dict[str, object] = {"type": "actor", "id": actor_id, "name": "A", "kind": "person"}
    if part_of is not None:
        record["part_of"] = part_of
    return record


def _allegation(allegation_id: str, accused: str, **fields: object) -> dict[str, object]:
    return {
        "type": "allegation",
        "id": allegation_id,
        "accusers": [accused],
        "accused": [accused],
        "summary": "Something happened.",
        "citations": [{"report": "r"}],
        **fields,
    }


def _response(response_id: str, responder: str, **fields: object) -> dict[str, object]:
    return {
        "type": "response",
        "id": response_id,
        "responders": [responder],
        "answers": [{"allegation": "claim"}],
        "stances": ["denial"],
        "citations": [{"report": "r"}],
        **fields,
    }


def dangling_part_of(folder: Path, scale: float) -> Path:
    """Actors whose ``part_of`` names no actor: one NM402 each, with a did-you-mean."""
    count = int(4000 * scale)
    path = folder / "dangling-part-of.yaml"
    with path.open("w", encoding="utf-8") as file:
        file.write("schema_version: 2\nactors:\n")
        for n in range(count):
            file.write(
                f"- id: member-of-the-group-{n:06d}\n  name: Member {n}\n  kind: person\n"
                f"  part_of: missing-group-number-{n:06d}\n"
            )
    return path


def part_of_chain(folder: Path, scale: float) -> Path:
    """Write a ``part_of`` chain of 160,000 actors (no cycle; only the first is unused)."""
    count = int(160_000 * scale)
    path = folder / "part-of-chain.jsonl"
    _jsonl(path, (_actor(f"a{n}", f"a{n + 1}" if n + 1 < count else None) for n in range(count)))
    return path


def responses_in_chain(folder: Path, scale: float) -> Path:
    """20,000 denials by actors low in a 20,000-actor chain whose top is accused."""
    count = int(20_000 * scale)

    def records() -> Iterator[dict[str, object]]:
        yield _report("r")
        for n in range(count):
            yield _actor(f"a{n}", f"a{n + 1}" if n + 1 < count else None)
        yield _allegation("claim", f"a{count - 1}")
        for n in range(count):
            yield _response(f"re{n}", f"a{n % max(1, count // 10)}")

    path = folder / "responses-in-chain.jsonl"
    _jsonl(path, records())
    return path


def dated_responses(folder: Path, scale: float) -> Path:
    """Write 10,000 dated responses to an allegation that cites 10,000 dated reports."""
    count = int(10_000 * scale)

    def records() -> Iterator[dict[str, object]]:
        yield _report("r")
        for n in range(count):
            yield _report(f"r{n}", published=f"{2000 + n % 20}-01-01")
        yield _actor("someone")
        citations = [{"report": f"r{n}"} for n in range(count)]
        yield _allegation("claim", "someone", made="2005-01-01", citations=citations)
        for n in range(count):
            yield _response(f"re{n}", "someone", date=f"{1990 + n % 30}-06-01")

    path = folder / "dated-responses.jsonl"
    _jsonl(path, records())
    return path


def quote_mismatches(folder: Path, scale: float) -> Path:
    """4,000 quotes whose offsets miss (and whose text does not occur) in an 8 MB body."""
    count, size = int(4000 * scale), int(8_000_000 * scale)
    body = ("all work and no play " * (size // 21 + 1))[:size]
    quotes = [{"text": f"absent {n:05d}", "start": n, "end": n + 12} for n in range(count)]

    def records() -> Iterator[dict[str, object]]:
        yield _report("r", body=body)
        yield _actor("someone")
        yield _allegation("claim", "someone", citations=[{"report": "r", "quotes": quotes}])

    path = folder / "quote-mismatches.jsonl"
    _jsonl(path, records())
    return path


def invalid_list_items(folder: Path, scale: float) -> Path:
    """Write a 2 MB YAML file of list items that are numbers, not records: one problem each."""
    size = int(2_000_000 * scale)
    path = folder / "invalid-list-items.yaml"
    path.write_text("schema_version: 2\nactors:\n" + "- 1\n" * (size // 4), encoding="utf-8")
    return path


def long_line(folder: Path, scale: float) -> Path:
    """Write a 64 MiB JSON Lines line (over the limit, skipped), then a dangling reference."""
    size = int(64 * 2**20 * scale)
    path = folder / "long-line.jsonl"
    with path.open("w", encoding="utf-8") as file:
        file.write(HEADER)
        big = json.dumps(_report("big", body="x" * size), separators=(",", ":"))
        file.write(big + "\n")
        file.write(json.dumps(_actor("someone", "nobody")) + "\n")
    return path


SHAPES: dict[str, Callable[[Path, float], Path]] = {
    "dangling-part-of": dangling_part_of,
    "part-of-chain": part_of_chain,
    "responses-in-chain": responses_in_chain,
    "dated-responses": dated_responses,
    "quote-mismatches": quote_mismatches,
    "invalid-list-items": invalid_list_items,
    "long-line": long_line,
}


def measure(path: Path, *extra: str) -> tuple[float, float, float, int, int]:
    """Validate ``path`` in a child: wall and CPU seconds, peak RSS MiB, exit status, lines.

    The figures are the child's own (``os.wait4`` returns its ``getrusage``), not
    the largest of all children so far.  CPU time (user and system) is what to
    compare on a shared machine, where wall time depends on the other load.
    """
    command = [sys.executable, "-m", "newsmodel", "validate", *extra, str(path)]
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=out, stderr=err)
        _, status, usage = os.wait4(child.pid, 0)
        seconds = time.perf_counter() - start
        child.returncode = code = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        lines, errors = sum(1 for _ in out), err.read()
    if "Traceback" in errors or code not in (0, 1):
        raise SystemExit(f"{command} failed ({code}):\n{errors[-2000:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return seconds, cpu, usage.ru_maxrss / 1024, code, lines


def main(argv: list[str] | None = None) -> None:
    """Write the chosen shapes, validate each in a child, and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("shapes", nargs="*", choices=[[], *SHAPES], default=[])
    parser.add_argument("--scale", type=float, default=1.0, help="fraction of the full size")
    parser.add_argument("--write", type=Path, help="only write the datasets into this folder")
    args = parser.parse_args(argv)
    names = args.shapes or list(SHAPES)
    if args.write:
        args.write.mkdir(parents=True, exist_ok=True)
        for name in names:
            print(SHAPES[name](args.write, args.scale))
        return
    print(
        f"{'shape':<20} {'size MB':>8} {'wall s':>7} {'cpu s':>6} {'peak MiB':>9} "
        f"{'exit':>4} {'lines':>6}"
    )
    for name in names:
        with tempfile.TemporaryDirectory() as folder:
            # Written by another child: Linux keeps a process's peak memory across
            # exec, so a child forked from a parent that built the data would count it.
            write = [sys.executable, __file__, name, "--scale", str(args.scale), "--write", folder]
            done = subprocess.run(write, check=True, capture_output=True, text=True)
            path = Path(done.stdout.strip())
            size = os.path.getsize(path) / 1e6
            seconds, cpu, peak, status, lines = measure(path)
            print(
                f"{name:<20} {size:>8.1f} {seconds:>7.1f} {cpu:>6.1f} {peak:>9.0f} "
                f"{status:>4} {lines:>6}",
                flush=True,
            )


if __name__ == "__main__":
    main()
