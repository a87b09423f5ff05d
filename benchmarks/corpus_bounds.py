"""Time and peak memory of ``newsmodel validate`` on every hostile input, and the worst.

Runs each case of the hostile-input corpus (``tests/hostile.py``: the files of
``tests/corpus/`` and the ones made at test time), then bigger inputs made
here, each in a fresh child process (``fork`` and ``exec`` of ``python -m
newsmodel validate --format json``; ``os.wait4`` gives that child's own
``ru_maxrss``), checks that it gave the expected codes and exit status, and
prints wall time and peak resident memory, the worst case of each, and the
interpreter's own baseline.

The bigger inputs:

- beyond the defaults: a string of 100 MiB (YAML, JSON Lines), a 300 MiB file;
- at the defaults, the most expensive input that passes each limit: a YAML
  and a JSON file just under ``max_file_size`` of the worst shape (a list of
  one-character values: one value per two bytes), and of ordinary records
  (``benchmarks/generate.py``); a JSON Lines line just under
  ``max_line_length`` of the worst shape; and a string just under
  ``max_string_length``.

    python benchmarks/corpus_bounds.py            # everything (a few minutes)
    python benchmarks/corpus_bounds.py --quick    # the corpus only
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE.parent / "tests"))
sys.path.insert(0, str(HERE))

from generate import generate  # noqa: E402

from hostile import CASES, Case, permissions_hold, unsupported  # noqa: E402
from newsmodel import dumps, load  # noqa: E402
from newsmodel.limits import DEFAULT_LIMITS  # noqa: E402
from newsmodel.problems import RULES, Severity  # noqa: E402

MiB = 2**20


@dataclass
class Run:
    """One measured run."""

    name: str
    codes: frozenset[str]
    status: int
    seconds: float
    peak_mib: float
    ok: bool


def measure(args: list[str], out: Path) -> tuple[int, float, float]:
    """Run ``newsmodel`` with ``args`` in a child; return (status, seconds, peak MiB)."""
    command = [sys.executable, "-m", "newsmodel", *args]
    start = time.perf_counter()
    pid = os.fork()
    if pid == 0:  # the child: replace ourselves, so ru_maxrss is the command's own
        try:
            target = os.open(out, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
            os.dup2(target, 1)
            os.execv(command[0], command)
        finally:
            os._exit(127)
    _, wait_status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    return os.waitstatus_to_exitcode(wait_status), seconds, usage.ru_maxrss / 1024


def run_case(name: str, path: Path, args: tuple[str, ...], codes: frozenset[str], out: Path) -> Run:
    """Measure one case and check its codes and exit status."""
    status, seconds, peak = measure(["validate", *args, str(path), "--format", "json"], out)
    try:
        found = frozenset(p["code"] for p in json.loads(out.read_text("utf-8"))["problems"])
    except (ValueError, KeyError):
        found = frozenset({"?"})
    # Status 1 only for errors: a warning (NM117, the Norway problem) does not fail a run.
    errors = any(RULES[code].severity is Severity.ERROR for code in codes)
    expected_status = 2 if "NM100" in codes else 1 if errors else 0
    ok = found == codes and status == expected_status
    return Run(name, found, status, seconds, peak, ok)


# --------------------------------------------------------------------------
# Inputs made here
# --------------------------------------------------------------------------


def _flow_yaml(size: int) -> str:
    """Return a YAML file of ``size`` bytes: a list of one-character values, the worst shape."""
    head, tail = "schema_version: 2\nx: [", "a]\n"
    return head + "a," * ((size - len(head) - len(tail)) // 2) + tail


def _flow_json(size: int) -> str:
    head, tail = '{"schema_version": 2, "x": [', "0]}\n"
    return head + "0," * ((size - len(head) - len(tail)) // 2) + tail


def _records(folder: Path, size: int, fmt: str) -> Path:
    """Write valid records (generate.py's, in ``fmt``) of just under ``size`` bytes."""
    megabytes = size / MiB
    source = folder / "records-source.jsonl"
    while True:  # whole groups of records, so that every reference resolves
        generate(source, megabytes)
        text = dumps(load(source), format=fmt)  # type: ignore[arg-type]
        if len(text.encode()) < size:
            break
        megabytes *= 0.95 * size / len(text.encode())
    source.unlink()
    path = folder / f"records.{fmt}"
    path.write_text(text, encoding="utf-8")
    return path


def _write(path: Path, *parts: str) -> None:
    with path.open("w", encoding="utf-8") as stream:
        stream.writelines(parts)


#: The inputs made here: name, file, options, expected codes.
BIG: list[tuple[str, str, tuple[str, ...], frozenset[str]]] = [
    ("100 MiB string, YAML", "string-100.yaml", (), frozenset({"NM112"})),
    (
        "100 MiB string, YAML, --max-file-size 128M",
        "string-100.yaml",
        ("--max-file-size", "128M"),
        frozenset({"NM113"}),
    ),
    ("100 MiB string, JSON Lines", "string-100.jsonl", (), frozenset({"NM115"})),
    ("string just under max_string_length, JSON Lines", "string-max.jsonl", (), frozenset()),
    ("YAML just under max_file_size, worst shape", "flow.yaml", (), frozenset({"NM202"})),
    ("JSON just under max_file_size, worst shape", "flow.json", (), frozenset({"NM202"})),
    (
        "JSON Lines line just under max_line_length, worst shape",
        "flow.jsonl",
        (),
        frozenset({"NM202"}),
    ),
    ("YAML records just under max_file_size", "records.yaml", (), frozenset()),
    ("JSON records just under max_file_size", "records.json", (), frozenset()),
]


def make_big(folder: Path) -> None:
    """Write the inputs of :data:`BIG` to ``folder`` (run in a child: the files are big)."""
    limits = DEFAULT_LIMITS
    under_file = limits.max_file_size - 1024
    under_line = limits.max_line_length - 1024
    base = "schema_version: 2\nreports:\n- id: voa\n  title: t\n"
    header = '{"schema_version": 2}\n'
    string_100 = "x" * (100 * MiB)
    _write(folder / "string-100.yaml", base, "  body: ", string_100, "\n")
    _write(
        folder / "string-100.jsonl",
        header,
        '{"type": "report", "id": "voa", "title": "',
        string_100,
        '"}\n',
    )
    del string_100
    _write(
        folder / "string-max.jsonl",
        header,
        '{"type": "report", "id": "voa", "title": "t", "body": "',
        "x" * (limits.max_string_length - 1),
        '"}\n',
    )
    _write(folder / "flow.yaml", _flow_yaml(under_file))
    _write(folder / "flow.json", _flow_json(under_file))
    _write(
        folder / "flow.jsonl",
        header,
        '{"type": "report", "id": "voa", "title": "t", "x": [',
        "0," * ((under_line - 60) // 2),
        "0]}\n",
    )
    for fmt in ("yaml", "json"):
        _records(folder, under_file, fmt)


# --------------------------------------------------------------------------
# Main
# --------------------------------------------------------------------------


def main() -> None:
    """Measure every case, print the table and the worst cases."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="the corpus only")
    parser.add_argument("--make", type=Path, help=argparse.SUPPRESS)
    options = parser.parse_args()
    if options.make:
        make_big(options.make)
        return
    runs: list[Run] = []
    with tempfile.TemporaryDirectory(prefix="newsmodel-bounds-") as temporary:
        folder = Path(temporary)
        out = folder / "out.json"
        _, _, baseline = measure(["--version"], out)
        privileged = not permissions_hold(folder)
        for case in CASES:
            if unsupported(case) or (
                privileged and case.name in ("unreadable-file", "unsearchable-folder")
            ):
                print(f"skipped {case.name}: cannot be made here", file=sys.stderr)
                continue
            path = _made(case, folder)
            runs.append(run_case(case.name, path, case.args, case.codes, out))
            print(_row(runs[-1]), flush=True)
        corpus = len(runs)
        if not options.quick:
            # Made in a child, so that this process stays small: a child's peak memory
            # starts from its parent's at fork.
            big = folder / "big"
            big.mkdir()
            subprocess.run([sys.executable, __file__, "--make", str(big)], check=True)
            for name, file, args, codes in BIG:
                runs.append(run_case(name, big / file, args, codes, out))
                print(_row(runs[-1]), flush=True)
        for path in folder.rglob("*"):  # let TemporaryDirectory remove what chmod locked
            if not path.is_symlink():
                path.chmod(0o700)
    _report(runs, corpus, baseline)


def _made(case: Case, folder: Path) -> Path:
    own = folder / "cases" / case.name.replace("/", "_")
    own.mkdir(parents=True)
    path: Path = case.path(own)
    return path


def _row(run: Run) -> str:
    verdict = "ok" if run.ok else "UNEXPECTED"
    codes = ",".join(sorted(run.codes)) or "-"
    return (
        f"{run.name[:56]:<56} {codes:<11} {run.status:>4} {run.seconds:8.2f} "
        f"{run.peak_mib:9.0f}  {verdict}"
    )


def _report(runs: list[Run], corpus: int, baseline: float) -> None:
    print(f"\n{'case':<56} {'codes':<11} {'exit':>4} {'time s':>8} {'peak MiB':>9}")
    for run in runs:
        print(_row(run))
    print(f"\ninterpreter + import newsmodel: {baseline:.0f} MiB")
    for label, group in (("corpus", runs[:corpus]), ("bigger inputs", runs[corpus:])):
        if group:
            slow = max(group, key=lambda r: r.seconds)
            big = max(group, key=lambda r: r.peak_mib)
            print(
                f"worst of the {label} ({len(group)} runs): {slow.seconds:.2f} s ({slow.name}), "
                f"{big.peak_mib:.0f} MiB ({big.name})"
            )
    bad = [run.name for run in runs if not run.ok]
    print("every case gave its codes" if not bad else f"UNEXPECTED: {', '.join(bad)}")


if __name__ == "__main__":
    main()
