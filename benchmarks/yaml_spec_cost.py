"""What reading YAML as the spec says costs, on the bundled examples.

newsmodel refuses or reads right what libyaml reads differently from the YAML 1.2
spec (``newsmodel.reading.yaml_spec``), and warns of values YAML 1.1 readers read
otherwise (``newsmodel.reading.yaml_warnings``).  This script times, on each
example, in interleaved rounds (so that a slow spell of a shared machine hits
every variant alike):

- ``loads``: ``newsmodel.loads`` as it is (the fast reader, after its text test);
- ``loads, no test``: the same with the fast reader's text test (``may_be_misread``
  and ``complete_last_line``) switched off;
- ``event reader``: ``parse_yaml`` as it is (with ``SpecCheck``);
- ``event reader, no check``: the same with ``SpecCheck`` doing nothing;
- ``warnings``: ``yaml_warnings``, which ``validate`` adds to reading a YAML file.

The fast reader's walk checks flow collections and quoted strings that span
lines in both ``loads`` variants (it cannot be switched off).  Each time is
the median of the rounds; the spread is the lowest and highest round; the
cost is given from the medians and from the best rounds.

    python benchmarks/yaml_spec_cost.py              # 15 rounds, about 30 seconds
    python benchmarks/yaml_spec_cost.py --rounds 5
"""

from __future__ import annotations

import argparse
import contextlib
import gc
import statistics
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import newsmodel
from newsmodel.reading import parse_yaml, yaml_composer, yaml_events, yaml_fast, yaml_warnings

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))


class _NoCheck:
    """A ``SpecCheck`` that checks nothing."""

    def __init__(self, text: str) -> None:
        del text

    def event(self, event: Any) -> None:
        del event

    def finish(self) -> list[Any]:
        return []


@contextlib.contextmanager
def _switched_off(module: Any, **replacements: Any) -> Iterator[None]:
    saved = {name: getattr(module, name) for name in replacements}
    for name, value in replacements.items():
        setattr(module, name, value)
    try:
        yield
    finally:
        for name, value in saved.items():
            setattr(module, name, value)


def _loads_untested(text: str) -> Any:
    with (
        _switched_off(yaml_composer, may_be_misread=lambda _: False),
        _switched_off(yaml_fast, complete_last_line=lambda text: text),
    ):
        return newsmodel.loads(text)


def _events_unchecked(text: str) -> Any:
    with _switched_off(yaml_events, SpecCheck=_NoCheck):
        return parse_yaml(text)


VARIANTS: dict[str, Callable[[str], Any]] = {
    "loads": newsmodel.loads,
    "loads, no test": _loads_untested,
    "event reader": parse_yaml,
    "event reader, no check": _events_unchecked,
    "warnings": yaml_warnings,
}


def _time(call: Callable[[str], Any], text: str, repeat: int) -> float:
    start = time.perf_counter()
    for _ in range(repeat):
        call(text)
    return (time.perf_counter() - start) / repeat


def main() -> None:
    """Time every variant on every example, in interleaved rounds, and print the spread."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--rounds", type=int, default=15)
    parser.add_argument("--repeat", type=int, default=5, help="calls per timing")
    args = parser.parse_args()
    texts = {path.name: path.read_text(encoding="utf-8") for path in EXAMPLES}
    times: dict[str, list[float]] = {name: [] for name in VARIANTS}
    gc.disable()
    try:
        for _ in range(args.rounds):
            for name, call in VARIANTS.items():  # interleaved: every variant in each round
                times[name].append(sum(_time(call, text, args.repeat) for text in texts.values()))
    finally:
        gc.enable()
    total = sum(len(text) for text in texts.values())
    print(f"{len(texts)} examples, {total:,} characters; {args.rounds} rounds of {args.repeat}")
    print(f"{'variant':<24} {'median ms':>10} {'spread ms':>18}")
    for name, found in times.items():
        low, high = min(found) * 1e3, max(found) * 1e3
        print(f"{name:<24} {statistics.median(found) * 1e3:>10.2f} {low:>8.2f} - {high:<8.2f}")
    for variant, base in (("loads", "loads, no test"), ("event reader", "event reader, no check")):
        median = statistics.median(times[variant]) / statistics.median(times[base]) - 1
        best = min(times[variant]) / min(times[base]) - 1
        print(f"cost of the checks in {variant!r}: {median:+.1%} (medians), {best:+.1%} (bests)")


if __name__ == "__main__":
    main()
