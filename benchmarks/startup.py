"""Start-up: what a command costs before it does anything (issue 18).

A pre-commit hook starts ``newsmodel`` on every commit, so its start-up is
paid again and again.  This runs, in one process, interleaved rounds of::

    python -c pass                         the bare interpreter
    python -c "import newsmodel"           the package, nothing used
    newsmodel --version
    newsmodel validate FILE
    yamllint FILE                          a YAML linter, for scale
    yamllint FILE                          again: the control
    check-jsonschema --schemafile schema/newsmodel.schema.json FILE

each in a child process, and prints each one's wall time and CPU time (user
and system, from ``os.wait4``: the child's own ``getrusage``) as median, best
and worst, with the load average before and after.  Each round runs every
command once, starting one further along the list than the round before, so
that a burst of load from elsewhere falls on all of them alike.  CPU time
depends less on the other load of a shared machine than wall time does.

The targets, each met when its worst round meets it:

- ``import newsmodel`` at most 100 ms more than the bare interpreter;
- ``newsmodel validate FILE`` no slower than ``yamllint FILE``.

yamllint runs twice in each round, as two commands: the larger of its worst
rounds against itself (either way round) is printed as the control, the margin
by which a command misses a target held against itself.  It is the machine's
noise: a worst round within it is not told from an equal time.

yamllint's own work grows with the file (it tokenizes and checks every line in
Python) while newsmodel's start-up is mostly fixed, so the second target is
harder the smaller the file: ``--examples`` runs the smallest, the median and
the largest example file that is valid on its own (Boohoo, the Voice of America
seed and Lindemann), each with its own rounds and verdicts.

Run (yamllint comes with the ``bench`` extra, check-jsonschema with ``test``)::

    python benchmarks/startup.py                   # 10 rounds, the Boohoo example
    python benchmarks/startup.py --rounds 20 FILE
    python benchmarks/startup.py --examples        # smallest, median, largest example
"""

from __future__ import annotations

import argparse
import os
import platform
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "examples" / "boohoo-leicester-2020.yaml"
SCHEMA = ROOT / "schema" / "newsmodel.schema.json"

#: The control: one command held against itself.  Its worst round is the noise of the
#: machine (another process's burst, the host's steal time) that a target's worst round
#: cannot tell from a real difference: a target met by less than it is not established.
CONTROL = ("yamllint, again", "yamllint")

#: The targets: (what, the command measured, the command it is held against, the margin in ms).
TARGETS = (
    ("import newsmodel <= bare interpreter + 100 ms", "import newsmodel", "python -c pass", 100.0),
    ("newsmodel validate <= yamllint", "newsmodel validate", "yamllint", 0.0),
)


def executable(name: str) -> str | None:
    """Return the path of a command: beside this interpreter first (its venv), then on PATH."""
    beside = Path(sys.executable).parent / name
    return str(beside) if beside.exists() else shutil.which(name)


def commands(file: Path) -> dict[str, list[str]]:
    """Return the commands to time, by name; those not installed are left out (and said)."""
    python = sys.executable
    found: dict[str, list[str]] = {
        "python -c pass": [python, "-c", "pass"],
        "import newsmodel": [python, "-c", "import newsmodel"],
    }
    wanted = {
        "newsmodel --version": ("newsmodel", ["--version"]),
        "newsmodel validate": ("newsmodel", ["validate", str(file)]),
        "yamllint": ("yamllint", [str(file)]),
        "yamllint, again": ("yamllint", [str(file)]),  # the control: see CONTROL
        "check-jsonschema": ("check-jsonschema", ["--schemafile", str(SCHEMA), str(file)]),
    }
    for name, (program, arguments) in wanted.items():
        path = executable(program)
        if path is None:
            print(f"{program} is not installed: {name} is left out", file=sys.stderr)
        else:
            found[name] = [path, *arguments]
    return found


#: The children's environment: this one's, but for ``PYTHONDONTWRITEBYTECODE``, so that the
#: first, uncounted round writes the bytecode caches (an installed yamllint has them from
#: pip; a source tree would otherwise be compiled again in every round).
CHILD_ENVIRONMENT = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}


def run(command: list[str]) -> tuple[float, float, int]:
    """Run ``command`` in a child: its wall and CPU milliseconds, and its exit status."""
    start = time.perf_counter()
    child = subprocess.Popen(
        command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, env=CHILD_ENVIRONMENT
    )
    _, status, usage = os.wait4(child.pid, 0)
    wall = (time.perf_counter() - start) * 1000
    child.returncode = os.waitstatus_to_exitcode(status)
    return wall, (usage.ru_utime + usage.ru_stime) * 1000, child.returncode


def rounds(
    named: dict[str, list[str]], count: int
) -> tuple[dict[str, list[float]], dict[str, list[float]], dict[str, set[int]]]:
    """Run every command once per round, each round starting one further along the list.

    A first round, not counted, fills the disk cache and writes the bytecode caches.
    """
    names = list(named)
    wall: dict[str, list[float]] = {name: [] for name in names}
    cpu: dict[str, list[float]] = {name: [] for name in names}
    statuses: dict[str, set[int]] = {name: set() for name in names}
    for name in names:
        run(named[name])
    for number in range(count):
        for name in names[number % len(names) :] + names[: number % len(names)]:
            seconds, used, status = run(named[name])
            wall[name].append(seconds)
            cpu[name].append(used)
            statuses[name].add(status)
    return wall, cpu, statuses


def spread(values: list[float]) -> str:
    """Median, best and worst, in ms."""
    return f"{statistics.median(values):>7.0f} {min(values):>6.0f} {max(values):>6.0f}"


def worst_margin(measured: list[float], against: list[float]) -> float:
    """Return the largest difference ``measured - against`` of any one round."""
    return max(m - a for m, a in zip(measured, against, strict=True))


def control_margin(times: dict[str, list[float]]) -> float:
    """Return the larger worst round of the control's two commands against each other."""
    first, second = (times[name] for name in CONTROL)
    return max(worst_margin(first, second), worst_margin(second, first))


def size_spread() -> list[Path]:
    """Return the smallest, the median and the largest example file that is valid alone.

    Most examples refer to actors of other files and give errors when checked
    alone: a file that exits 0 is timed, as a pre-commit hook on a clean file is.
    """
    files = sorted((ROOT / "examples").glob("*.yaml"), key=lambda path: path.stat().st_size)
    valid = [file for file in files if run(commands(file)["newsmodel validate"])[2] == 0]
    return [valid[0], valid[(len(valid) - 1) // 2], valid[-1]]  # the lower median


def main(argv: list[str] | None = None) -> int:
    """Time the commands, print the table and the targets; exit 1 when a target is missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("file", nargs="?", type=Path, default=EXAMPLE, help="the file to check")
    parser.add_argument("--rounds", type=int, default=10, help="rounds counted (default: 10)")
    parser.add_argument(
        "--examples",
        action="store_true",
        help="run on the smallest, the median and the largest example file instead",
    )
    args = parser.parse_args(argv)
    missed = 0
    for file in size_spread() if args.examples else [args.file]:
        missed += measure(file, args.rounds)
    return 1 if missed else 0


def measure(file: Path, count: int) -> int:
    """Time the commands on ``file``, print the table and the targets; return targets missed."""
    named = commands(file)
    before = os.getloadavg()
    wall, cpu, statuses = rounds(named, count)
    after = os.getloadavg()
    print(
        f"{platform.python_implementation()} {platform.python_version()}, "
        f"{os.cpu_count()} CPUs, {count} rounds on {file.name} "
        f"({file.stat().st_size / 1024:.0f} KiB); load average "
        f"{before[0]:.2f} {before[1]:.2f} {before[2]:.2f} before, "
        f"{after[0]:.2f} {after[1]:.2f} {after[2]:.2f} after\n"
    )
    print(
        f"{'command':<22} {'wall ms: median':>15} {'best':>6} {'worst':>6}   "
        f"{'CPU ms: median':>14} {'best':>6} {'worst':>6}  exit"
    )
    for name in named:
        exits = ",".join(map(str, sorted(statuses[name])))
        print(f"{name:<22} {spread(wall[name]):>29}   {spread(cpu[name]):>28}  {exits}")
    print()
    missed = 0
    for what, measured, against, margin in TARGETS:
        if measured not in named or against not in named:
            print(f"{what}: not measured")
            continue
        by_wall = worst_margin(wall[measured], wall[against])
        by_cpu = worst_margin(cpu[measured], cpu[against])
        met = by_wall <= margin and by_cpu <= margin
        missed += not met
        print(
            f"{what}: worst round {by_wall:+.0f} ms wall, {by_cpu:+.0f} ms CPU: "
            + ("met" if met else "MISSED")
        )
    if CONTROL[0] in named and CONTROL[1] in named:
        print(
            f"control, yamllint against itself: worst round +{control_margin(wall):.0f} ms "
            f"wall, +{control_margin(cpu):.0f} ms CPU (a margin smaller than this is the "
            "machine's noise)"
        )
    print()
    return missed


if __name__ == "__main__":
    sys.exit(main())
