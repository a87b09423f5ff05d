"""newsmodel against pydantic v2, msgspec and JSON Schema validators, side by side.

Every contender of a workload runs on the same data in the same process run,
in ``--repeats`` interleaved rounds: each round runs every contender once, in
an order rotated by one from the round before, with the garbage collector on
as in real use (``--gc-off`` for a run without it).  Each round's wall time
and process CPU time are kept; tables show the best round, the worst
round's ratio to newsmodel and the spread of the rounds, and a target of
issues 7 and 19 is met only when its worst round of CPU time meets it.  The peers are in
``peers.py``, whose docstring says exactly what each one checks; the "full"
rows check what newsmodel checks (in JSON, a key given twice included: they
read with ``json.loads`` and a hook that refuses it), the "repeated keys
kept" rows the same but decode in the library's own parser, which keeps the
last of a repeated key, and the "shape only" rows what each library checks
natively.

Workloads (``all`` runs them in this order):

- ``json``: load and validate bundle documents, each a report, five actors,
  five allegations, five responses and an event (``generate.bundles``), and
  as many documents derived from ``examples/*.yaml`` (ids renamed per copy);
- ``jsonl``: load and validate JSON Lines records (``generate.records``),
  in files of 1,000 records;
- ``yaml``: the same bundles as YAML, as ``newsmodel.dumps`` writes them,
  against PyYAML's bare C loader (``yaml.load`` and ``yaml.compose`` with
  ``CSafeLoader``), and the peers fed from ``yaml.load``;
- ``dump``: bundles already in memory written as JSON and as YAML;
- ``files``: ``newsmodel validate`` (the command line) of a folder of YAML
  bundle files against a script that loads each with PyYAML's C loader,
  validates it with the pydantic peer and checks ids and references across
  files (``peers.PydanticDataset``), each run in a fresh process;
- ``dataset``: ``newsmodel.validate`` (every check across records) of
  generated JSON Lines datasets of 10^4, 10^5 and 10^6 records, each size in
  fresh child processes, with the child's peak resident memory (``VmHWM`` from
  ``/proc/self/status``, else ``ru_maxrss``, which on Linux a child inherits from
  a large parent across ``fork`` and ``exec``).

Memory for in-process workloads is the ``tracemalloc`` peak of a separate,
untimed run that keeps what it loads (``--memory-docs`` documents or one
1,000-record file): memory allocated through Python's allocators, which is
where all of these libraries put the objects they return, but not buffers
that Rust or C code allocates for itself.

    python benchmarks/compare.py all              # about 15 minutes
    python benchmarks/compare.py json --docs 5000 --repeats 3
    python benchmarks/compare.py all --quick      # seconds: a sanity run
    python benchmarks/compare.py json --profile   # and cProfile newsmodel's side
"""

from __future__ import annotations

import argparse
import cProfile
import functools
import gc
import io
import itertools
import json
import os
import pstats
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from collections import deque
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

import newsmodel
from newsmodel.codec.converter import unstructure

sys.path.insert(0, str(Path(__file__).parent))
from generate import SCHEMA_VERSION, bundles, generate_records, records

try:
    import peers
except ImportError as error:  # pydantic or msgspec missing
    peers = None  # type: ignore[assignment]
    PEERS_MISSING = f"pydantic and msgspec peers skipped ({error}); pip install -e '.[bench]'"
else:
    import msgspec
    import pydantic

    PEERS_MISSING = ""

try:
    import orjson
except ImportError:  # pragma: no cover - optional
    orjson = None  # type: ignore[assignment]

try:
    import fastjsonschema
except ImportError:  # pragma: no cover - optional
    fastjsonschema = None  # type: ignore[assignment]

try:
    import jsonschema
except ImportError:  # pragma: no cover - optional
    jsonschema = None  # type: ignore[assignment]

CSafeLoader: Any = getattr(yaml, "CSafeLoader", None)
CSafeDumper: Any = getattr(yaml, "CSafeDumper", None)
NEWSMODEL = "newsmodel"
PYDANTIC_FULL = "pydantic json.loads(unique keys) + model_validate, full"
MSGSPEC_FULL = "msgspec json.loads(unique keys) + convert + checks, full"
LINES_PER_FILE = 1000


# --------------------------------------------------------------------------
# Measuring
# --------------------------------------------------------------------------


@dataclass
class Contender:
    """One way of doing a workload's job, applied to each item in turn."""

    name: str
    run: Callable[[Any], Any]
    items: Sequence[Any] | None = None
    """Its own items (the same data in its own objects), else the workload's."""
    sample: int | None = None
    """Time only the first ``sample`` items and scale up (for very slow contenders)."""


@dataclass
class Row:
    """A contender's figures: wall and process CPU seconds of each round."""

    name: str
    walls: list[float]
    cpus: list[float]
    memory: float | None  # bytes per unit, or None
    sampled: int | None = None  # items timed, when fewer than all

    @property
    def seconds(self) -> float:
        """The best round's wall time."""
        return min(self.walls)

    @property
    def cpu(self) -> float:
        """The best round's CPU time."""
        return min(self.cpus)

    @property
    def spread(self) -> float:
        """How much the slowest round's CPU time lies above the fastest's, as a fraction."""
        return max(self.cpus) / min(self.cpus) - 1 if min(self.cpus) > 0 else 0.0


@dataclass
class Table:
    """A workload's result: its rows, and the targets checked from them."""

    title: str
    unit: str
    units: int
    rows: list[Row] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    targets: list[Target] = field(default_factory=list)
    lines: list[str] = field(default_factory=list)
    """Preformatted lines, printed instead of rows (the dataset table)."""

    def row(self, name: str) -> Row | None:
        """Return the row of contender ``name``, if it ran."""
        return next((row for row in self.rows if row.name == name), None)


@dataclass
class Target:
    """A target of issues 7 and 19: a ratio in its worst round, and its limit."""

    text: str
    ratio: float | None  # the worst round's; None when a contender did not run
    limit: float
    note: str = ""

    @property
    def verdict(self) -> str:
        """PASS, FAIL or SKIP."""
        if self.ratio is None:
            return "SKIP"
        return "PASS" if self.ratio <= self.limit else "FAIL"


def timed_round(
    run: Callable[[Any], Any], items: Sequence[Any], collector: bool
) -> tuple[float, float]:
    """Wall and process CPU seconds of one run over ``items``.

    The collector runs as in real use when ``collector`` is true (a full
    collection first, untimed, so that every contender starts from the same
    heap); when false it is off while timed.
    """
    gc.collect()
    if not collector:
        gc.disable()
    try:
        cpu, wall = time.process_time(), time.perf_counter()
        deque(map(run, items), maxlen=0)
        return time.perf_counter() - wall, time.process_time() - cpu
    finally:
        gc.enable()


def peak_memory(run: Callable[[Any], Any], items: Sequence[Any]) -> int:
    """Return the tracemalloc peak of running over ``items`` and keeping every result."""
    gc.collect()
    gc.disable()
    tracemalloc.start()
    try:
        kept = list(map(run, items))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
        gc.enable()
    del kept
    return peak


def measure(
    table: Table,
    contenders: Sequence[Contender],
    items: Sequence[Any],
    *,
    repeats: int,
    memory_items: int,
    units_per_item: float,
    collector: bool = True,
) -> None:
    """Run every contender on the items in interleaved rounds; add a row per contender.

    Each round runs every contender once, in an order rotated by one from the
    round before, so that no contender always runs first (warm caches) or
    after the same neighbour, and a burst of load on the machine falls on
    several contenders rather than on all the rounds of one.
    """
    timed: list[Sequence[Any]] = []
    scale: list[float] = []
    for contender in contenders:
        own = contender.items if contender.items is not None else items
        part = own[: contender.sample] if contender.sample else own
        timed.append(part)
        scale.append(len(own) / len(part))
    walls: list[list[float]] = [[] for _ in contenders]
    cpus: list[list[float]] = [[] for _ in contenders]
    count = len(contenders)
    for round_number in range(repeats):
        print(f"  round {round_number + 1} of {repeats} ...", end="", flush=True, file=sys.stderr)
        for step in range(count):
            index = (round_number + step) % count
            wall, cpu = timed_round(contenders[index].run, timed[index], collector)
            walls[index].append(wall * scale[index])
            cpus[index].append(cpu * scale[index])
        print(" done", file=sys.stderr)
    for index, contender in enumerate(contenders):
        own = contender.items if contender.items is not None else items
        kept = own[: max(1, min(memory_items, len(timed[index])))]
        memory = peak_memory(contender.run, kept) / (len(kept) * units_per_item)
        sampled = len(timed[index]) if len(timed[index]) < len(own) else None
        table.rows.append(Row(contender.name, walls[index], cpus[index], memory, sampled))


def worst_ratio(table: Table, numerator: str, denominator: str) -> float | None:
    """Return the highest per-round CPU-time ratio of one row to another (None: one did not run).

    Rounds are interleaved, so round ``i`` of both rows ran under the same load.
    """
    top, bottom = table.row(numerator), table.row(denominator)
    if top is None or bottom is None:
        return None
    return max(a / b for a, b in zip(top.cpus, bottom.cpus, strict=True))


def wall_ratios(table: Table, numerator: str, denominator: str) -> str:
    """Return the best and worst per-round wall-time ratios, for the notes."""
    top, bottom = table.row(numerator), table.row(denominator)
    if top is None or bottom is None:
        return "n/a"
    found = [a / b for a, b in zip(top.walls, bottom.walls, strict=True)]
    return f"wall {min(found):.2f} to {max(found):.2f}"


def target(
    table: Table, text: str, numerator: str, denominator: str, *, limit: float, note: str = ""
) -> Target:
    """Return the target ``numerator / denominator <= limit``, judged on its worst CPU round."""
    found = worst_ratio(table, numerator, denominator)
    walls = wall_ratios(table, numerator, denominator)
    return Target(text, found, limit, f"{note}; {walls}" if note else walls)


def print_table(table: Table, memory_label: str) -> None:
    """Print a workload's table, its notes and its targets.

    ``cpu s`` and ``wall s`` are each contender's best round; ``x newsmodel``
    is the best rounds' CPU-time ratio, ``worst x`` the highest ratio of one
    round (contenders of a round ran one after the other, under the same
    load), ``spread`` how far the slowest round's CPU time lies above the best.
    """
    base = table.row(NEWSMODEL)
    unit = table.unit
    print(f"\n## {table.title}\n")
    for line in table.lines:
        print(line)
    width = max(len(row.name) for row in table.rows) + 2 if table.rows else 20
    head = (
        f"{'contender':<{width}}{'cpu s':>8}{'wall s':>8}{f'µs/{unit}':>11}"
        f"{'x newsmodel':>12}{'worst x':>9}{'spread':>8}"
    )
    if table.rows:
        print(head + f"{memory_label:>17}")
    for row in table.rows:
        if base is not None and row is not base:
            relative = f"{row.cpu / base.cpu:12.2f}"
            worst = max(a / b for a, b in zip(row.cpus, base.cpus, strict=True))
            worst_text = f"{worst:9.2f}"
        else:
            relative = f"{1.0 if row is base else '':>12}"
            worst_text = f"{'':>9}"
        per = 1e6 * row.cpu / table.units
        spread = f"{100 * row.spread:7.0f}%"
        memory = f"{row.memory / 1024:17.1f}" if row.memory is not None else f"{'':>17}"
        mark = f"  (timed on {row.sampled} {unit}s, scaled)" if row.sampled else ""
        print(
            f"{row.name:<{width}}{row.cpu:8.3f}{row.seconds:8.3f}{per:11.1f}"
            f"{relative}{worst_text}{spread}{memory}{mark}"
        )
    for note in table.notes:
        print(f"note: {note}")
    for each in table.targets:
        shown = "n/a" if each.ratio is None else f"{each.ratio:.2f}"
        extra = f"  ({each.note})" if each.note else ""
        print(f"target: {each.text} <= {each.limit:g}: {shown} {each.verdict}{extra}")


# --------------------------------------------------------------------------
# Data
# --------------------------------------------------------------------------


def bundle_data(count: int) -> list[dict[str, Any]]:
    """``count`` bundle documents as plain data."""
    return list(itertools.islice(bundles(), count))


EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


def peer_examples() -> list[dict[str, Any]]:
    """Return every example as plain data, as newsmodel reads it (in schema version 2)."""
    return [unstructure(newsmodel.load(path)) for path in EXAMPLES]


def example_data(count: int) -> list[dict[str, Any]]:
    """``count`` documents derived from the examples: each example in turn, ids renamed per copy.

    Every record id and every reference to one gets the suffix
    ``-c<copy>``, so that no two documents share ids or references (newsmodel
    and the peers remember checked values across documents, and the examples
    repeat).
    """
    originals = peer_examples()
    ids = [
        {record["id"] for key, value in doc.items() if isinstance(value, list) for record in value}
        for doc in originals
    ]
    return [
        _renamed(originals[number % len(originals)], ids[number % len(originals)], f"-c{number}")
        for number in range(count)
    ]


def _renamed(data: Any, ids: set[str], suffix: str) -> Any:
    if isinstance(data, dict):
        return {key: _renamed(value, ids, suffix) for key, value in data.items()}
    if isinstance(data, list):
        return [_renamed(item, ids, suffix) for item in data]
    if isinstance(data, str) and data in ids:
        return data + suffix
    return data


def json_texts(data: Iterable[dict[str, Any]]) -> list[str]:
    """Bundle documents as JSON text, indented as ``newsmodel.dumps`` writes files."""
    return [json.dumps(doc, indent=2, ensure_ascii=False) for doc in data]


def jsonl_files(count: int) -> list[str]:
    """``count`` records as JSON Lines texts of up to 1,000 records, each with its header."""
    header = json.dumps({"schema_version": SCHEMA_VERSION})
    lines = [
        json.dumps(record, ensure_ascii=False) for record in itertools.islice(records(), count)
    ]
    return [
        "\n".join([header, *lines[start : start + LINES_PER_FILE]]) + "\n"
        for start in range(0, len(lines), LINES_PER_FILE)
    ]


def exported_schema() -> tuple[dict[str, Any] | None, str]:
    """Return newsmodel's JSON Schema (the library's, else the repository's copy) and its origin."""
    function = getattr(newsmodel, "json_schema", None)
    if function is not None:
        return function(), "newsmodel.json_schema()"
    copy = Path(__file__).parent.parent / "schema" / "newsmodel.schema.json"
    if copy.exists():
        return json.loads(copy.read_text(encoding="utf-8")), str(copy)
    return None, "no JSON Schema found: jsonschema and fastjsonschema skipped"


def check_peers_agree(text: str) -> None:
    """Assert that every peer row reads a document into what newsmodel reads."""
    expected = unstructure(newsmodel.loads(text, format="json"))
    if peers is None:
        return
    for pyd in (peers.pydantic_full(text), peers.PydBundle.model_validate_json(text)):
        assert pyd.model_dump(mode="json", exclude_defaults=True) == expected, "pydantic differs"
    for msg in (
        peers.msgspec_full(text),
        peers.msgspec_check(msgspec.json.decode(text, type=peers.MsgBundle)),
    ):
        assert json.loads(msgspec.json.encode(msg)) == expected, "msgspec differs"


def schema_validators(
    schema: dict[str, Any], slow_sample: int
) -> list[tuple[str, Callable[[Any], Any], int | None]]:
    """(name, validate function, sample) for each JSON Schema validator installed."""
    found: list[tuple[str, Callable[[Any], Any], int | None]] = []
    if fastjsonschema is not None:
        found.append(("fastjsonschema", fastjsonschema.compile(schema), None))
    if jsonschema is not None:
        validator = jsonschema.Draft202012Validator(schema)
        found.append(("jsonschema", validator.validate, slow_sample))
    return found


def kind_schema(schema: dict[str, Any], kind: str) -> dict[str, Any]:
    """Narrow the exported schema to one record kind (a JSON Lines line)."""
    return {
        "$schema": schema.get("$schema"),
        "$defs": schema["$defs"],
        "$ref": f"#/$defs/{kind.capitalize()}",
    }


# --------------------------------------------------------------------------
# Workloads
# --------------------------------------------------------------------------


def json_workload(args: argparse.Namespace) -> list[Table]:
    """Load and validate N JSON bundle documents, generated and derived from the examples."""
    generated = json_texts(bundle_data(args.docs))
    derived = json_texts(example_data(args.docs))
    tables = [
        json_table(
            args,
            generated,
            "generated bundle documents (1 report, 5 actors, 5 allegations, 5 responses, "
            "1 event; ASCII, no bodies, quotes or documents)",
            "generated",
        )
    ]
    tables.append(
        json_table(
            args,
            derived,
            "documents derived from the examples (each of examples/*.yaml in turn, with its ids "
            "renamed per copy; mostly non-ASCII text, bodies, quotes, documents, proceedings)",
            "examples",
        )
    )
    return tables


def json_table(args: argparse.Namespace, texts: list[str], what: str, label: str) -> Table:
    """Load and validate the JSON documents ``texts`` with every contender."""
    for text in texts[: len(EXAMPLES) if label == "examples" else 1]:
        newsmodel.loads(text, format="json")  # valid for newsmodel, or stop here
        check_peers_agree(text)
    size = sum(len(text.encode()) for text in texts) / len(texts) / 1024
    table = Table(
        f"JSON load + validation ({label}): {len(texts):,} {what}, {size:.1f} KiB each",
        "doc",
        len(texts),
    )
    contenders = [
        Contender("json.loads (parse only)", json.loads),
        *([Contender("orjson.loads (parse only)", orjson.loads)] if orjson else []),
        Contender(NEWSMODEL, functools.partial(newsmodel.loads, format="json")),
    ]
    if peers is not None:
        shape = peers.pydantic_shape_validator(peers.PydBundle)
        decoder = msgspec.json.Decoder(peers.MsgBundle)
        contenders += [
            Contender("json.loads, repeated keys refused (parse only)", peers.read_json),
            Contender(PYDANTIC_FULL, peers.pydantic_full),
            Contender(
                "pydantic model_validate_json, repeated keys kept",
                peers.PydBundle.model_validate_json,
            ),
            Contender("pydantic, shape only", shape.validate_json),
            Contender(MSGSPEC_FULL, peers.msgspec_full),
            Contender(
                "msgspec decode + checks, repeated keys kept",
                _then(decoder.decode, peers.msgspec_check),
            ),
            Contender("msgspec decode, shape only", decoder.decode),
        ]
        table.notes.append(
            "full rows: json.loads with a hook refusing a key given twice (newsmodel refuses "
            "it, NM103), then the peer's every check; the targets use them. 'repeated keys "
            "kept' rows: the same checks after the library's own JSON decoder, which keeps "
            "the last of a repeated key"
        )
    else:
        table.notes.append(PEERS_MISSING)
    schema, origin = exported_schema()
    if schema is not None:
        for name, validate, sample in schema_validators(schema, args.slow_sample):
            contenders.append(
                Contender(
                    f"{name}(json.loads), schema", _then(json.loads, _keep(validate)), sample=sample
                )
            )
        table.notes.append(
            f"schema rows use {origin}: no EDTF calendar, no low <= best <= high (JSON "
            "Schema cannot say them), no rule that an answer names one record or that a "
            "retraction takes its stance (the exported schema does not say them)"
        )
    else:
        table.notes.append(origin)
    measure(
        table,
        contenders,
        texts,
        repeats=args.repeats,
        memory_items=args.memory_docs,
        units_per_item=1,
        collector=args.collector,
    )
    table.targets = [
        target(
            table,
            f"JSON load ({label}): newsmodel / pydantic full",
            NEWSMODEL,
            PYDANTIC_FULL,
            limit=0.9,
        ),
        target(
            table,
            f"JSON load ({label}): newsmodel / msgspec full",
            NEWSMODEL,
            MSGSPEC_FULL,
            limit=1.5,
        ),
    ]
    return table


def jsonl_workload(args: argparse.Namespace) -> Table:
    """Load and validate N JSON Lines records, in files of 1,000."""
    files = jsonl_files(args.records)
    newsmodel.loads(files[0], format="jsonl")
    count = args.records
    table = Table(
        f"JSON Lines load + validation: {count:,} records in files of {LINES_PER_FILE:,}",
        "record",
        count,
    )
    contenders = [
        Contender("json.loads per line (parse only)", _per_line(json.loads)),
        *(
            [Contender("orjson.loads per line (parse only)", _per_line(orjson.loads))]
            if orjson
            else []
        ),
        Contender(NEWSMODEL, functools.partial(newsmodel.loads, format="jsonl")),
    ]
    if peers is not None:
        adapter = peers.PYDANTIC_RECORD_LINE
        shape = peers.pydantic_shape_validator(adapter)
        decoder = peers.MSGSPEC_RECORD_LINE
        line = functools.partial(msgspec.convert, type=peers.MsgRecordLine)
        contenders += [
            Contender(
                "pydantic json.loads(unique keys) + TypeAdapter(union), full",
                _per_line(_then(peers.read_json, adapter.validate_python)),
            ),
            Contender(
                "pydantic TypeAdapter(union).validate_json, repeated keys kept",
                _per_line(adapter.validate_json),
            ),
            Contender("pydantic, shape only", _per_line(shape.validate_json)),
            Contender(
                "msgspec json.loads(unique keys) + convert(union) + checks, full",
                _per_line(_then(peers.read_json, line, peers.msgspec_check)),
            ),
            Contender(
                "msgspec decode(union) + checks, repeated keys kept",
                _per_line(_then(decoder.decode, peers.msgspec_check)),
            ),
            Contender("msgspec decode(union), shape only", _per_line(decoder.decode)),
        ]
        for contender in contenders[-6:]:
            contender.run(files[0])  # valid for the peers too
    else:
        table.notes.append(PEERS_MISSING)
    schema, origin = exported_schema()
    if schema is not None:
        kinds = ("report", "actor", "document", "allegation", "response", "event")
        if fastjsonschema is not None:
            compiled = {kind: fastjsonschema.compile(kind_schema(schema, kind)) for kind in kinds}
            contenders.append(
                Contender("fastjsonschema per line, schema", _per_line(_by_kind(compiled)))
            )
        if jsonschema is not None:
            validators = {
                kind: jsonschema.Draft202012Validator(kind_schema(schema, kind)).validate
                for kind in kinds
            }
            contenders.append(
                Contender(
                    "jsonschema per line, schema",
                    _per_line(_by_kind(validators)),
                    sample=max(1, args.slow_sample // 50),
                )
            )
        table.notes.append(f"schema rows use {origin}")
    else:
        table.notes.append(origin)
    measure(
        table,
        contenders,
        files,
        repeats=args.repeats,
        memory_items=1,
        units_per_item=LINES_PER_FILE,
        collector=args.collector,
    )
    return table


def yaml_workload(args: argparse.Namespace) -> Table:
    """Load and validate N YAML bundle documents."""
    loaded = [
        newsmodel.loads(text, format="json") for text in json_texts(bundle_data(args.yaml_docs))
    ]
    texts = [newsmodel.dumps(bundle, format="yaml") for bundle in loaded]
    del loaded
    size = sum(len(text.encode()) for text in texts) / len(texts) / 1024
    table = Table(
        f"YAML load + validation: {len(texts):,} bundle documents of {size:.1f} KiB, "
        "as newsmodel writes them",
        "doc",
        len(texts),
    )
    if CSafeLoader is None:
        table.notes.append("PyYAML has no libyaml here: the bare loaders are the pure-Python ones")
    loader = CSafeLoader or yaml.SafeLoader
    bare = functools.partial(yaml.load, Loader=loader)
    contenders = [
        Contender("yaml.load, CSafeLoader (bare)", bare),
        Contender(
            "yaml.compose, CSafeLoader (bare)", functools.partial(yaml.compose, Loader=loader)
        ),
        Contender(NEWSMODEL, newsmodel.loads),
    ]
    if peers is not None:
        shape = peers.pydantic_shape_validator(peers.PydBundle)
        contenders += [
            Contender(
                "pydantic model_validate(yaml.load), full",
                _then(bare, peers.PydBundle.model_validate),
            ),
            Contender("pydantic(yaml.load), shape only", _then(bare, shape.validate_python)),
            Contender(
                "msgspec convert(yaml.load) + checks, full",
                _then(bare, _msgspec_convert, peers.msgspec_check),
            ),
            Contender("msgspec convert(yaml.load), shape only", _then(bare, _msgspec_convert)),
        ]
        for contender in contenders[-4:]:
            contender.run(texts[0])
    else:
        table.notes.append(PEERS_MISSING)
    schema, _ = exported_schema()
    if schema is not None:
        for name, validate, sample in schema_validators(schema, args.slow_sample):
            contenders.append(
                Contender(f"{name}(yaml.load), schema", _then(bare, _keep(validate)), sample=sample)
            )
    table.notes.append(
        "the peers' full rows check every value as in JSON, but yaml.load keeps the last of "
        "a key given twice, where newsmodel refuses it (NM103)"
    )
    table.notes.append(
        "newsmodel reads YAML 1.2 once: text in the layout newsmodel writes (these documents) "
        "with its line reader, other text with libyaml's composer; neither keeps positions for "
        "valid data (data with problems is read again, with the line and column of every "
        "value, to report them there); yaml.load resolves YAML 1.1"
    )
    measure(
        table,
        contenders,
        texts,
        repeats=args.repeats,
        memory_items=min(args.memory_docs, 100),
        units_per_item=1,
        collector=args.collector,
    )
    table.targets = [
        target(
            table,
            "YAML load: newsmodel / the bare libyaml composer (yaml.compose, CSafeLoader)",
            NEWSMODEL,
            "yaml.compose, CSafeLoader (bare)",
            limit=1.3,
        ),
    ]
    return table


def dump_workloads(args: argparse.Namespace) -> list[Table]:
    """Write N bundles already in memory as JSON, and fewer as YAML."""
    texts = json_texts(bundle_data(args.docs))
    ours = [newsmodel.loads(text, format="json") for text in texts]
    plain = [unstructure(bundle) for bundle in ours]
    pyd = [peers.PydBundle.model_validate_json(text) for text in texts] if peers else []
    msg = [msgspec.json.decode(text, type=peers.MsgBundle) for text in texts] if peers else []
    del texts
    json_table = Table(
        f"JSON dump: {len(ours):,} bundles in memory, written as text", "doc", len(ours)
    )
    contenders = [
        Contender("json.dumps(plain data, indent=2)", _json_dumps, items=plain),
        *(
            [Contender("orjson.dumps(plain data, indent 2)", _orjson_dumps, items=plain)]
            if orjson
            else []
        ),
        Contender(NEWSMODEL, functools.partial(newsmodel.dumps, format="json"), items=ours),
    ]
    same_output = "pydantic model_dump_json(indent=2, exclude_defaults)"
    if peers is not None:
        expected = newsmodel.dumps(ours[0], format="json")
        assert _pydantic_json(pyd[0]) + "\n" == expected, "pydantic writes other text"
        contenders += [
            Contender(same_output, _pydantic_json, items=pyd),
            Contender("pydantic model_dump_json() (compact)", _pydantic_compact, items=pyd),
            Contender("msgspec json.encode (compact)", msgspec.json.encode, items=msg),
            Contender("msgspec json.encode + format(indent=2)", _msgspec_indented, items=msg),
        ]
    else:
        json_table.notes.append(PEERS_MISSING)
    json_table.notes.append(
        "newsmodel and the same-output pydantic row write identical text; the compact rows "
        "write less"
    )
    measure(
        json_table,
        contenders,
        ours,
        repeats=args.repeats,
        memory_items=args.memory_docs,
        units_per_item=1,
        collector=args.collector,
    )
    json_table.targets = [
        target(
            json_table,
            "JSON dump: newsmodel / pydantic model_dump_json",
            NEWSMODEL,
            same_output,
            limit=1.0,
            note="same output; against the compact call: "
            + _shown(worst_ratio(json_table, NEWSMODEL, "pydantic model_dump_json() (compact)")),
        ),
    ]
    count = min(args.yaml_docs, len(ours))
    yaml_table = Table(f"YAML dump: {count:,} bundles in memory, written as text", "doc", count)
    dumper = functools.partial(
        yaml.dump, sort_keys=False, allow_unicode=True, default_flow_style=False
    )
    contenders = [
        Contender(NEWSMODEL, newsmodel.dumps, items=ours[:count]),
        Contender(
            "yaml.dump(plain data), SafeDumper",
            functools.partial(dumper, Dumper=yaml.SafeDumper),
            items=plain[:count],
        ),
    ]
    if CSafeDumper is not None:
        contenders.append(
            Contender(
                "yaml.dump(plain data), CSafeDumper",
                functools.partial(dumper, Dumper=CSafeDumper),
                items=plain[:count],
            )
        )
    if peers is not None:
        fast_dump = functools.partial(dumper, Dumper=CSafeDumper or yaml.SafeDumper)
        contenders += [
            Contender(
                "pydantic model_dump + yaml.dump CSafeDumper",
                _then(_pydantic_plain, fast_dump),
                items=pyd[:count],
            ),
            Contender("msgspec.yaml.encode", msgspec.yaml.encode, items=msg[:count]),
        ]
    yaml_table.notes.append(
        "newsmodel writes the text directly, byte for byte as PyYAML's pure-Python emitter "
        "(libyaml escapes text beyond the BMP); documents it cannot be sure of go to the emitter"
    )
    measure(
        yaml_table,
        contenders,
        ours[:count],
        repeats=args.repeats,
        memory_items=min(args.memory_docs, 100),
        units_per_item=1,
        collector=args.collector,
    )
    yaml_table.targets = [
        target(
            yaml_table,
            "YAML dump: newsmodel / pydantic model_dump + C dumper",
            NEWSMODEL,
            "pydantic model_dump + yaml.dump CSafeDumper",
            limit=1.0,
        ),
    ]
    return [json_table, yaml_table]


CHILD = """
import gc, json, resource, sys, time
mode, path, collector = sys.argv[1], sys.argv[2], sys.argv[3] == "on"
import newsmodel
if not collector:
    gc.disable()
start, cpu = time.perf_counter(), time.process_time()
if mode == "validate":
    problems = newsmodel.validate(path)
    errors = sum(p.severity is newsmodel.Severity.ERROR for p in problems)
    warnings = len(problems) - errors
elif mode == "lines":
    errors = warnings = 0
    with open(path, encoding="utf-8") as stream:
        for line in stream:
            json.loads(line)
else:
    errors = warnings = 0
seconds, cpu = time.perf_counter() - start, time.process_time() - cpu
try:  # this process's own high-water mark: ru_maxrss keeps the parent's across fork and exec
    with open("/proc/self/status", encoding="ascii") as status:
        peak = next(int(l.split()[1]) for l in status if l.startswith("VmHWM:")) * 1024
except (OSError, StopIteration):
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss * 1024
figures = {"seconds": seconds, "cpu": cpu, "peak": peak}
print(json.dumps({**figures, "errors": errors, "warnings": warnings}))
"""


def child(mode: str, path: Path, collector: bool = True) -> dict[str, Any]:
    """Run one dataset measurement in a fresh interpreter; return its figures."""
    done = subprocess.run(
        [sys.executable, "-c", CHILD, mode, str(path), "on" if collector else "off"],
        check=True,
        capture_output=True,
        text=True,
    )
    figures: dict[str, Any] = json.loads(done.stdout.splitlines()[-1])
    return figures


@dataclass
class Size:
    """The figures of one dataset size."""

    records: int
    megabytes: float
    seconds: float
    peak: int  # bytes of peak resident memory
    above: int  # bytes above the interpreter with newsmodel imported
    floor: float  # seconds of json.loads per line
    warnings: int


def dataset_workload(args: argparse.Namespace) -> Table:
    """``newsmodel.validate`` of generated JSON Lines datasets of each size, in child processes."""
    sizes: list[int] = sorted(args.sizes)
    folder = Path(args.data_dir)
    folder.mkdir(parents=True, exist_ok=True)
    idle = max(child("idle", Path(os.devnull))["peak"] for _ in range(2))
    found: list[Size] = []
    for size in sizes:
        path = folder / f"newsmodel-bench-{size}-v2.jsonl"
        if not path.exists():
            print(f"  generating {path} ...", file=sys.stderr, flush=True)
            generate_records(path, size)
        with path.open(encoding="utf-8") as stream:
            count = sum(1 for _ in stream) - 1  # whole groups: a few under the size asked
        repeats = args.big_repeats if size >= 10**6 else args.repeats
        runs = []
        for _ in range(repeats):
            print(f"  validate {size:,} ...", end="", flush=True, file=sys.stderr)
            runs.append(child("validate", path, args.collector))
            print(f" {runs[-1]['seconds']:.1f} s", file=sys.stderr)
        best = min(runs, key=lambda run: run["seconds"])
        assert best["errors"] == 0, f"the generated dataset has {best['errors']} errors"
        peak = max(run["peak"] for run in runs)
        floor = min(child("lines", path)["seconds"] for _ in range(repeats))
        megabytes = path.stat().st_size / 2**20
        found.append(
            Size(count, megabytes, best["seconds"], peak, peak - idle, floor, best["warnings"])
        )
    table = Table(
        "Dataset checks: newsmodel.validate of one JSON Lines file (every rule across "
        "records), each run in a fresh process",
        "record",
        sizes[-1],
    )
    first = found[0]
    table.lines.append(
        f"{'records':>10}{'MiB':>7}{'time s':>9}{'µs/record':>11}"
        f"{'x at ' + f'{first.records:,}':>14}"
        f"{'peak MiB':>10}{'B/record':>10}{'json.loads µs/rec':>19}"
    )
    for each in found:
        per = each.seconds / each.records
        growth = per / (first.seconds / first.records)
        table.lines.append(
            f"{each.records:>10,}{each.megabytes:7.0f}{each.seconds:9.2f}{1e6 * per:11.1f}"
            f"{growth:14.2f}{each.peak / 2**20:10.0f}{each.above / each.records:10.0f}"
            f"{1e6 * each.floor / each.records:19.2f}"
        )
    table.notes.append(
        f"peak MiB is the child's VmHWM; B/record is what lies above an interpreter with "
        f"newsmodel imported ({idle / 2**20:.0f} MiB), per record; garbage collector "
        f"{'on' if args.collector else 'off'} in the child; "
        f"warnings reported: {', '.join(str(each.warnings) for each in found)}"
    )
    last = found[-1]
    if len(found) > 1:
        linear: float | None = (last.seconds / last.records) / (first.seconds / first.records)
    else:
        linear = None
    table.targets = [
        Target(
            f"Dataset checks: time per record at {last.records:,} / at {first.records:,}",
            linear,
            1.5,
            f"peak memory {last.above / last.records:.0f} bytes per record above the "
            f"interpreter at {last.records:,}",
        ),
    ]
    return table


PEER_FILES = """
import json, os, sys, yaml
sys.path.insert(0, sys.argv[2])
import peers
folder = sys.argv[1]
dataset = peers.PydanticDataset()
invalid = 0
for root, _, names in os.walk(folder):
    for name in sorted(names):
        if name.endswith(".yaml"):
            path = os.path.join(root, name)
            with open(path, encoding="utf-8") as stream:
                data = yaml.load(stream.read(), Loader=yaml.CSafeLoader)
            try:
                dataset.add(peers.PydBundle.model_validate(data), path)
            except peers.pydantic.ValidationError:
                invalid += 1
print(json.dumps({"problems": len(dataset.finish()) + invalid}))
"""


def yaml_files(folder: Path, count: int) -> Path:
    """Write ``count`` generated bundles as YAML files, as newsmodel writes them (once)."""
    place = folder / f"newsmodel-bench-yaml-{count}"
    if not (place / f"b{count - 1:05d}.yaml").exists():
        place.mkdir(parents=True, exist_ok=True)
        for number, document in enumerate(itertools.islice(bundles(), count)):
            bundle = newsmodel.loads(json.dumps(document), format="json")
            (place / f"b{number:05d}.yaml").write_text(newsmodel.dumps(bundle), encoding="utf-8")
    return place


def files_workload(args: argparse.Namespace) -> Table:
    """``newsmodel validate`` of a folder of YAML files against a pydantic + C loader script."""
    folder = yaml_files(Path(args.data_dir), args.files)
    table = Table(
        f"Dataset of {args.files:,} YAML files: the command line against a script, "
        "each run in a fresh process",
        "file",
        args.files,
    )
    commands = {
        # One process against the one-process script: with all cores (the default from two),
        # the workers' CPU time would escape RUSAGE_CHILDREN (the forkserver's children).
        NEWSMODEL: [
            sys.executable,
            *("-m", "newsmodel", "validate", str(folder), "--format", "json", "--workers", "1"),
        ],
    }
    if peers is not None:
        commands["pydantic + yaml.load CSafeLoader script"] = [
            sys.executable, "-c", PEER_FILES, str(folder), str(Path(__file__).parent)
        ]  # fmt: skip
    names = list(commands)
    walls: dict[str, list[float]] = {name: [] for name in names}
    cpus: dict[str, list[float]] = {name: [] for name in names}
    for round_number in range(args.repeats):
        print(f"  round {round_number + 1} of {args.repeats} ...", file=sys.stderr, flush=True)
        for step in range(len(names)):
            name = names[(round_number + step) % len(names)]
            before = resource.getrusage(resource.RUSAGE_CHILDREN)
            start = time.perf_counter()
            done = subprocess.run(commands[name], capture_output=True, text=True, check=False)
            walls[name].append(time.perf_counter() - start)
            after = resource.getrusage(resource.RUSAGE_CHILDREN)
            cpus[name].append(after.ru_utime - before.ru_utime + after.ru_stime - before.ru_stime)
            if done.returncode != 0 or (name != NEWSMODEL and '"problems": 0' not in done.stdout):
                raise RuntimeError(f"{name} found problems or failed: {done.stdout[-300:]}")
    for name in names:
        table.rows.append(Row(name, walls[name], cpus[name], None))
    table.notes.append(
        "newsmodel is `python -m newsmodel validate FOLDER --format json --workers 1`; "
        "times include starting the interpreter and importing; the script checks each "
        "bundle with the full pydantic peer and, across files, unique ids and references "
        "of the right kind (newsmodel also checks part_of cycles, quotes, responses, dates)"
    )
    table.targets = [
        target(
            table,
            "YAML dataset: newsmodel validate / pydantic + C loader script",
            NEWSMODEL,
            "pydantic + yaml.load CSafeLoader script",
            limit=0.6,
        ),
    ]
    return table


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def _then(*steps: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Compose one-argument functions left to right."""
    if len(steps) == 2:
        first, second = steps

        def both(value: Any) -> Any:
            return second(first(value))

        return both

    def chain(value: Any) -> Any:
        for step in steps:
            value = step(value)
        return value

    return chain


def _keep(validate: Callable[[Any], Any]) -> Callable[[Any], Any]:
    """Validate data and return it (jsonschema returns None), so memory runs keep it."""

    def validated(data: Any) -> Any:
        validate(data)
        return data

    return validated


def _per_line(run: Callable[[str], Any]) -> Callable[[str], list[Any]]:
    """Apply ``run`` to every record line of a JSON Lines text (the header is skipped)."""

    def each(text: str) -> list[Any]:
        return [run(line) for line in text.splitlines()[1:]]

    return each


def _by_kind(validators: dict[str, Callable[[Any], Any]]) -> Callable[[str], Any]:
    """Validate a JSON Lines line with the validator of its ``type``."""

    def validate(line: str) -> Any:
        data = json.loads(line)
        validators[data.pop("type")](data)
        return data

    return validate


def _msgspec_convert(data: Any) -> Any:
    return msgspec.convert(data, peers.MsgBundle)


def _json_dumps(data: Any) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _orjson_dumps(data: Any) -> bytes:
    return orjson.dumps(data, option=orjson.OPT_INDENT_2)


def _pydantic_json(model: pydantic.BaseModel) -> str:
    return model.model_dump_json(indent=2, exclude_defaults=True)


def _pydantic_compact(model: pydantic.BaseModel) -> str:
    return model.model_dump_json()


def _pydantic_plain(model: pydantic.BaseModel) -> Any:
    return model.model_dump(mode="json", exclude_defaults=True)


def _msgspec_indented(struct: Any) -> bytes:
    return msgspec.json.format(msgspec.json.encode(struct), indent=2)


def _shown(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.2f}"


# --------------------------------------------------------------------------
# Profiles and the command line
# --------------------------------------------------------------------------


def profile(workload: str, args: argparse.Namespace) -> None:
    """Print the top 15 functions of newsmodel's side of a workload, by cumulative and own time."""
    if workload == "json":
        texts = json_texts(bundle_data(args.docs))
        call: Callable[[], Any] = lambda: [newsmodel.loads(t, format="json") for t in texts]  # noqa: E731
    elif workload == "jsonl":
        files = jsonl_files(args.records)
        call = lambda: [newsmodel.loads(t, format="jsonl") for t in files]  # noqa: E731
    elif workload == "yaml":
        loaded = [
            newsmodel.loads(t, format="json") for t in json_texts(bundle_data(args.yaml_docs))
        ]
        texts = [newsmodel.dumps(bundle) for bundle in loaded]
        call = lambda: [newsmodel.loads(t) for t in texts]  # noqa: E731
    elif workload == "dump":
        ours = [newsmodel.loads(t, format="json") for t in json_texts(bundle_data(args.docs))]
        call = lambda: [newsmodel.dumps(b, format="json") for b in ours]  # noqa: E731
    else:
        path = Path(args.data_dir) / f"newsmodel-bench-{max(args.sizes)}-v2.jsonl"
        if not path.exists():
            generate_records(path, max(args.sizes))
        call = lambda: newsmodel.validate(path)  # noqa: E731
    profiler = cProfile.Profile()
    gc.disable()
    profiler.runcall(call)
    gc.enable()
    for order in ("cumulative", "tottime"):
        out = io.StringIO()
        pstats.Stats(profiler, stream=out).sort_stats(order).print_stats(15)
        print(f"\n## cProfile of newsmodel's side of `{workload}` (top 15 by {order})\n")
        print(out.getvalue().strip())


WORKLOADS = ("json", "jsonl", "yaml", "dump", "files", "dataset")


def parse_args(argv: Sequence[str] | None = None) -> argparse.Namespace:
    """Read the command line; ``--quick`` sets small sizes unless given explicitly."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("workload", choices=(*WORKLOADS, "all"))
    parser.add_argument("--quick", action="store_true", help="tiny sizes, one repeat: a sanity run")
    parser.add_argument("--docs", type=int, help="JSON bundle documents (default 20,000)")
    parser.add_argument("--yaml-docs", type=int, help="YAML bundle documents (default 2,000)")
    parser.add_argument("--records", type=int, help="JSON Lines records (default 100,000)")
    parser.add_argument("--files", type=int, help="YAML files of the files workload (2,000)")
    parser.add_argument("--sizes", help="dataset sizes, comma-separated (default 10^4,10^5,10^6)")
    parser.add_argument(
        "--repeats", type=int, help="timed runs per contender, best kept (default 5)"
    )
    parser.add_argument(
        "--big-repeats", type=int, help="runs for datasets of 10^6 records and up (default 1)"
    )
    parser.add_argument(
        "--memory-docs", type=int, help="documents kept for the memory run (default 500)"
    )
    parser.add_argument(
        "--slow-sample", type=int, help="documents jsonschema is timed on (default 500)"
    )
    parser.add_argument(
        "--data-dir", default=os.path.join(tempfile.gettempdir(), "newsmodel-bench")
    )
    parser.add_argument(
        "--profile", action="store_true", help="cProfile newsmodel's side after each table"
    )
    parser.add_argument(
        "--gc-off",
        dest="collector",
        action="store_false",
        help="turn the garbage collector off while timing (default: on, as in real use)",
    )
    args = parser.parse_args(argv)
    quick = args.quick
    defaults = {
        "docs": 100 if quick else 20_000,
        "yaml_docs": 20 if quick else 2_000,
        "records": 2_000 if quick else 100_000,
        "files": 50 if quick else 2_000,
        "repeats": 2 if quick else 5,
        "big_repeats": 1,
        "memory_docs": 20 if quick else 500,
        "slow_sample": 10 if quick else 500,
    }
    for name, value in defaults.items():
        if getattr(args, name) is None:
            setattr(args, name, value)
    text = args.sizes or ("1000,3000" if quick else "10000,100000,1000000")
    args.sizes = [int(float(size)) for size in text.split(",")]
    return args


def main(argv: Sequence[str] | None = None) -> list[Table]:
    """Run the workloads asked for; print their tables and targets; return the tables."""
    args = parse_args(argv)
    chosen = WORKLOADS if args.workload == "all" else (args.workload,)
    print(
        f"newsmodel {newsmodel.__version__}, Python {sys.version.split()[0]}, "
        f"{os.cpu_count()} CPUs, load average {os.getloadavg()[0]:.2f}; "
        f"pydantic {pydantic.VERSION if peers else '-'}, "
        f"msgspec {msgspec.__version__ if peers else '-'}; "
        f"{args.repeats} interleaved rounds, "
        f"garbage collector {'on' if args.collector else 'off'} while timed"
    )
    tables: list[Table] = []
    for workload in chosen:
        print(f"running {workload} ...", file=sys.stderr, flush=True)
        if workload == "json":
            found = json_workload(args)
        elif workload == "jsonl":
            found = [jsonl_workload(args)]
        elif workload == "yaml":
            found = [yaml_workload(args)]
        elif workload == "dump":
            found = dump_workloads(args)
        elif workload == "files":
            found = [files_workload(args)]
        else:
            found = [dataset_workload(args)]
        for table in found:
            label = "peak B/record" if workload == "dataset" else f"peak KiB/{table.unit}"
            print_table(table, label)
        if args.profile:
            profile(workload, args)
        tables += found
        sys.stdout.flush()
    targets = [target for table in tables for target in table.targets]
    if targets:
        print(
            f"\n## Targets (issues 7 and 19): worst round of CPU time "
            f"(load average now {os.getloadavg()[0]:.2f})\n"
        )
        for target in targets:
            shown = "n/a" if target.ratio is None else f"{target.ratio:.2f}"
            extra = f"  ({target.note})" if target.note else ""
            print(f"{target.verdict:4}  {target.text} <= {target.limit:g}: {shown}{extra}")
    return tables


if __name__ == "__main__":
    main()
