"""Coverage-guided fuzzing of newsmodel's readers and command line with atheris.

Every input is a mode byte, a limits byte and a document.  The mode picks the
entry point: ``loads`` of YAML, JSON or JSON Lines text, ``load`` of a file
with each suffix, ``iter_jsonl`` over lines, or ``newsmodel validate`` run in
this process.  The limits byte picks the default limits or tiny ones (so that
every limit is crossed often).  The properties checked on every input:

- the only exception that leaves the library is ``ValidationError``, with at
  least one problem, each with a code in ``RULES``, a message and a hint (if
  any) that UTF-8 can encode;
- what loads is kept exactly: the bundle written in each format and read
  back is equal to it;
- the command line returns 0, 1 or 2 and prints no traceback.

A finding (any other exception, or a broken property) is printed and saved
under ``$NEWSMODEL_FUZZ_FINDINGS`` (default ``/tmp/newsmodel-fuzz-findings``),
one file per distinct place in the code, and fuzzing goes on; set
``NEWSMODEL_FUZZ_STOP=1`` to stop at the first one instead (libFuzzer then
writes the input as ``crash-*``).  See ``fuzz/README.md``.

    python fuzz/fuzz_loads.py seeds             # write seed inputs to seeds/
    python fuzz/fuzz_loads.py CORPUS seeds -max_total_time=1800
"""

from __future__ import annotations

import contextlib
import hashlib
import io
import os
import sys
import tempfile
import traceback
from pathlib import Path

import atheris

with atheris.instrument_imports(include=["newsmodel"]):
    import newsmodel
    from newsmodel import Limits, ValidationError
    from newsmodel.cli import main as cli_main
    from newsmodel.problems import RULES

ROOT = Path(__file__).resolve().parent.parent
FINDINGS = Path(os.environ.get("NEWSMODEL_FUZZ_FINDINGS", "/tmp/newsmodel-fuzz-findings"))
STOP = os.environ.get("NEWSMODEL_FUZZ_STOP") == "1"
FORMATS = ("yaml", "json", "jsonl")
MODES = (
    "loads-yaml",
    "loads-json",
    "loads-jsonl",
    "load-yaml",
    "load-json",
    "load-jsonl",
    "iter-jsonl",
    "cli",
)
TINY = Limits(
    max_file_size=2048,
    max_line_length=256,
    max_depth=6,
    max_aliases=3,
    max_string_length=40,
    max_records=3,
)
WORK = Path(tempfile.mkdtemp(prefix="newsmodel-fuzz-"))
_seen: set[str] = set()


class Finding(Exception):  # noqa: N818 - what the fuzzer is looking for
    """A broken property."""


def check_error(error: ValidationError) -> None:
    """Check that a ValidationError carries known, printable problems."""
    if not error.problems:
        raise Finding("ValidationError without problems")
    for problem in error.problems:
        if problem.code not in RULES:
            raise Finding(f"unknown code {problem.code}")
        if not problem.message:
            raise Finding(f"{problem.code} without a message")
        problem.message.encode("utf-8")
        (problem.hint or "").encode("utf-8")
        problem.path.encode("utf-8")
    str(error)


def check_round_trip(bundle: newsmodel.Bundle) -> None:
    """Check that the bundle loads back equal from each format it is written in."""
    for fmt in FORMATS:
        text = newsmodel.dumps(bundle, format=fmt)  # type: ignore[arg-type]
        try:
            again = newsmodel.loads(text, format=fmt)  # type: ignore[arg-type]
        except ValidationError as error:
            raise Finding(f"dumped {fmt} does not load: {error}") from None
        if again != bundle:
            raise Finding(f"{fmt} round trip changed the bundle")


def run(mode: str, limits: Limits | None, data: bytes) -> None:
    """Feed ``data`` to the entry point ``mode`` names and check the properties."""
    fmt = FORMATS[MODES.index(mode) % 3] if mode != "cli" else FORMATS[len(data) % 3]
    path = WORK / f"input.{fmt}"
    if mode.startswith("load-") or mode == "cli":
        path.write_bytes(data)
    if mode == "cli":
        run_cli(path, limits)
        return
    try:
        if mode.startswith("loads-"):
            errors = "surrogateescape" if len(data) % 5 == 0 else "replace"
            text = data.decode("utf-8", errors)
            bundle = newsmodel.loads(text, format=fmt, limits=limits)  # type: ignore[arg-type]
        elif mode.startswith("load-"):
            bundle = newsmodel.load(path, limits=limits)
        else:
            lines = data.decode("utf-8", "replace").split("\n")
            records = list(newsmodel.iter_jsonl(lines, limits=limits))
            bundle = newsmodel.loads("\n".join(lines), format="jsonl", limits=limits)
            if list(bundle.records()) != records:
                raise Finding("iter_jsonl and loads read different records")
    except ValidationError as error:
        check_error(error)
        return
    check_round_trip(bundle)


def run_cli(path: Path, limits: Limits | None) -> None:
    """Run ``newsmodel validate`` on ``path`` in this process."""
    args = ["validate", str(path), "--format", ("text", "json", "github")[path.stat().st_size % 3]]
    if limits is not None:
        args += ["--max-string-length", "40", "--max-depth", "6", "--max-records", "3"]
        args += ["--max-aliases", "3", "--max-file-size", "2K", "--max-line-length", "256"]
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        try:
            status = cli_main(args)
        except SystemExit as exit_:  # argparse
            status = exit_.code if isinstance(exit_.code, int) else 2
    if status not in (0, 1, 2):
        raise Finding(f"exit status {status}")
    if "Traceback" in out.getvalue() + err.getvalue():
        raise Finding("a traceback was printed")
    out.getvalue().encode("utf-8")


def test_one_input(data: bytes) -> None:
    """The fuzz target: a mode byte, a limits byte, then the document."""
    if len(data) < 2:
        return
    mode = MODES[data[0] % len(MODES)]
    limits = TINY if data[1] % 4 == 0 else None
    try:
        run(mode, limits, data[2:])
    except Exception as error:
        record(error, data)


def record(error: Exception, data: bytes) -> None:
    """Report a finding once per place in the code (or stop, with NEWSMODEL_FUZZ_STOP=1)."""
    if STOP:
        raise error
    frames = traceback.extract_tb(error.__traceback__)
    ours = [f for f in frames if "newsmodel" in f.filename] or frames
    where = f"{type(error).__name__} {Path(ours[-1].filename).name}:{ours[-1].lineno}"
    if isinstance(error, Finding):
        where = f"Finding {str(error)[:60]}"
    key = hashlib.sha1(where.encode()).hexdigest()[:12]
    if key in _seen:
        return
    _seen.add(key)
    FINDINGS.mkdir(parents=True, exist_ok=True)
    (FINDINGS / f"{key}.input").write_bytes(data)
    (FINDINGS / f"{key}.txt").write_text(
        where + "\n\n" + "".join(traceback.format_exception(error)), encoding="utf-8"
    )
    print(f"\nFINDING {key}: {where}", file=sys.stderr, flush=True)


def write_seeds(folder: Path) -> None:
    """Seed inputs: the examples, fixtures and corpus, each with a fitting mode byte."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = [ROOT / "examples", ROOT / "tests" / "fixtures", ROOT / "tests" / "corpus"]
    count = 0
    for source in sources:
        for path in sorted(source.rglob("*")):
            if not path.is_file() or path.suffix not in (".yaml", ".yml", ".json", ".jsonl"):
                continue
            data = path.read_bytes()[:65536]
            fmt = {".yml": "yaml"}.get(path.suffix, path.suffix[1:])
            for mode in (f"loads-{fmt}", f"load-{fmt}", "cli"):
                prefix = bytes([MODES.index(mode), 1])
                name = hashlib.sha1(prefix + data).hexdigest()
                (folder / name).write_bytes(prefix + data)
                count += 1
    for fmt, text in EXTRA_SEEDS:
        for mode in (f"loads-{fmt}", "cli" if fmt == "yaml" else f"load-{fmt}"):
            prefix = bytes([MODES.index(mode), 1])
            data = text.encode("utf-8")
            (folder / hashlib.sha1(prefix + data).hexdigest()).write_bytes(prefix + data)
            count += 1
    print(f"wrote {count} seeds to {folder}")


#: Inputs that once crashed the readers (issue 15), and YAML that libyaml reads
#: differently from the spec: huge exponents, tags and directives, odd anchors.
EXTRA_SEEDS = [
    ("yaml", "schema_version: 1e-99999999999999999999\n"),
    ("json", '{"schema_version": 1e-99999999999999999999}'),
    ("jsonl", '{"schema_version": 1}\n{"type": "actor", "x": 0e99999999999999999999}\n'),
    ("yaml", "schema_version: !!float 1" + "0" * 309 + "\n"),
    ("yaml", "%YAML 1.2\n%TAG !e! tag:yaml.org,2002:\n---\nschema_version: !e!int 1\n"),
    ("yaml", "schema_version: ! 1\nreports: [!!str &a:b x, *a:b, {?k: v}, -]\n"),
    ("yaml", 'schema_version: 1 #1\nreports:\n- id: "v"# c\n  title: |+\n   '),
]


if __name__ == "__main__":
    if len(sys.argv) == 2 and not sys.argv[1].startswith("-") and sys.argv[1].endswith("seeds"):
        write_seeds(Path(sys.argv[1]))
    else:
        atheris.Setup(sys.argv, test_one_input)
        atheris.Fuzz()
