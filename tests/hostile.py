"""The corpus of hostile and malformed input, and the problem code each case must produce.

``tests/corpus/`` holds the cases that fit in git; the others (10^5 levels of
nesting, strings of 11 million characters, files of 300 MiB, symbolic link
loops, unreadable files and folders, file names that are not UTF-8, named
pipes) are made at test time by the ``make`` function of their case, in a
temporary folder.  ``tests/test_corpus.py`` checks every case through the API
and the command line; ``benchmarks/corpus_bounds.py`` measures the time and
memory each one costs.  ``tests/corpus/README.md`` is the index, generated
from :data:`CASES` (``python tests/hostile.py`` prints it).
"""

from __future__ import annotations

import os
import shlex
import stat
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import attrs

from newsmodel import Limits
from newsmodel.problems import RULES, Severity

CORPUS = Path(__file__).resolve().parent / "corpus"
HEADER = '{"schema_version": 2}\n'
REPORT = '{"type": "report", "id": "voa", "title": "Mali denies UN accusations"}\n'
BASE = "schema_version: 2\nreports:\n- id: voa\n  title: Mali denies UN accusations\n"
MiB = 2**20
#: Beyond the default ``max_string_length`` (10 Mi characters).
HUGE_STRING = 11 * MiB
#: Far beyond the default ``max_file_size`` (16 MiB).
HUGE_FILE = 300 * MiB
DEEP = 10**5


@dataclass(frozen=True)
class Case:
    """One hostile input: a file under CORPUS, or one made by ``make`` in a folder."""

    name: str
    """What the case is (unique; the file name for corpus files)."""
    what: str
    """Which trap it covers, in a few words."""
    codes: frozenset[str]
    """The codes it must produce, all of them and no other (empty: it is clean)."""
    make: Callable[[Path], Path] | None = field(default=None, compare=False)
    """Makes the case under a folder and returns the path to check; ``None``: a corpus file."""
    args: tuple[str, ...] = ()
    """Command-line options (limits) the case is checked with; the API gets the same."""
    needs: str | None = None
    """What the platform must allow to make the case (``"fifo"``, ``"bytes-names"``...)."""

    def path(self, folder: Path) -> Path:
        """The path to check, made under ``folder`` when the case is generated."""
        return CORPUS / self.name if self.make is None else self.make(folder)

    @property
    def errors(self) -> frozenset[str]:
        """The codes that are errors (warnings do not fail loading or validation)."""
        return frozenset(c for c in self.codes if RULES[c].severity is Severity.ERROR)

    @property
    def status(self) -> int:
        """The exit status of ``newsmodel validate``: 2 when a path cannot be read."""
        return 2 if "NM100" in self.codes else 1 if self.errors else 0

    @property
    def limits(self) -> Limits:
        """The limits ``args`` sets, for the API."""
        given: dict[str, int] = {}
        words = list(self.args)
        while words:
            option, value = words.pop(0), words.pop(0)
            given[option.removeprefix("--").replace("-", "_")] = int(value)
        return attrs.evolve(Limits(), **given)


def case(
    name: str,
    what: str,
    *codes: str,
    make: Callable[[Path], Path] | None = None,
    args: str = "",
    needs: str | None = None,
) -> Case:
    return Case(name, what, frozenset(codes), make, tuple(shlex.split(args)), needs)


# --------------------------------------------------------------------------
# Generated cases
# --------------------------------------------------------------------------


def _write(path: Path, data: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def deep_yaml(folder: Path) -> Path:
    return _write(folder / "deep.yaml", BASE + "  authors: " + "[" * DEEP + "]" * DEEP + "\n")


def deep_yaml_mappings(folder: Path) -> Path:
    return _write(folder / "deep-mappings.yaml", BASE + "  x: " + "{a: " * DEEP + "}" * DEEP + "\n")


def deep_json(folder: Path) -> Path:
    inner = "[" * DEEP + "]" * DEEP
    text = '{"schema_version": 2, "reports": [{"id": "voa", "title": "t", "authors": '
    return _write(folder / "deep.json", text + inner + "}]}\n")


def deep_jsonl(folder: Path) -> Path:
    line = '{"type": "report", "id": "voa", "title": "t", "authors": ' + "[" * DEEP + "]" * DEEP
    return _write(folder / "deep.jsonl", HEADER + line + "}\n")


def huge_string_yaml(folder: Path) -> Path:
    return _write(folder / "huge-string.yaml", BASE + "  body: " + "x" * HUGE_STRING + "\n")


def huge_string_json(folder: Path) -> Path:
    body = '"' + "x" * HUGE_STRING + '"'
    text = '{"schema_version": 2, "reports": [{"id": "voa", "title": "t", "body": ' + body + "}]}"
    return _write(folder / "huge-string.json", text + "\n")


def huge_string_jsonl(folder: Path) -> Path:
    line = '{"type": "report", "id": "voa", "title": "t", "body": "' + "x" * HUGE_STRING + '"}'
    return _write(
        folder / "huge-string.jsonl", HEADER + REPORT.replace("voa", "voa-0") + line + "\n"
    )


def _sparse(path: Path, head: str, size: int) -> Path:
    """A file of ``size`` bytes: ``head``, then zero bytes that take no disk space."""
    _write(path, head)
    os.truncate(path, size)
    return path


def huge_file_yaml(folder: Path) -> Path:
    return _sparse(folder / "huge.yaml", BASE, HUGE_FILE)


def huge_file_json(folder: Path) -> Path:
    return _sparse(folder / "huge.json", '{"schema_version": 2, "reports": [', HUGE_FILE)


def long_line_jsonl(folder: Path) -> Path:
    # The second line: 17 MiB of zero bytes and no line break, past the 16 MiB default.
    return _sparse(folder / "long-line.jsonl", HEADER + REPORT, len(HEADER + REPORT) + 17 * MiB)


def many_records_jsonl(folder: Path) -> Path:
    lines = [HEADER] + [REPORT.replace("voa", f"voa-{n}") for n in range(5)]
    return _write(folder / "many-records.jsonl", "".join(lines))


def many_records_yaml(folder: Path) -> Path:
    reports = "".join(f"- id: voa-{n}\n  title: Report {n}\n" for n in range(5))
    return _write(folder / "many-records.yaml", "schema_version: 2\nreports:\n" + reports)


def symlink_loops(folder: Path) -> Path:
    root = folder / "symlink-loops"
    _write(root / "good.yaml", BASE)
    (root / "a.yaml").symlink_to("b.yaml")
    (root / "b.yaml").symlink_to("a.yaml")
    (root / "self.json").symlink_to("self.json")
    (root / "sub").mkdir()
    (root / "sub" / "up").symlink_to("..", target_is_directory=True)  # a folder loop
    (root / "sub" / "up.yaml").symlink_to("..", target_is_directory=True)
    return root


def dangling_symlink(folder: Path) -> Path:
    root = folder / "dangling-symlink"
    _write(root / "good.yaml", BASE)
    (root / "gone.yaml").symlink_to("nowhere.yaml")
    return root


def unreadable_file(folder: Path) -> Path:
    root = folder / "unreadable-file"
    _write(root / "good.yaml", BASE)
    secret = _write(root / "secret.yaml", BASE.replace("voa", "voa-2"))
    secret.chmod(0)
    return root


def unsearchable_folder(folder: Path) -> Path:
    root = folder / "unsearchable-folder"
    _write(root / "good.yaml", BASE)
    locked = root / "locked"
    _write(locked / "inside.yaml", BASE.replace("voa", "voa-2"))
    locked.chmod(0)
    return root


def non_utf8_name(folder: Path) -> Path:
    root = folder / "non-utf8-name"
    root.mkdir(parents=True)
    name = os.fsencode(root) + b"/caf\xe9-\xff.yaml"
    with open(name, "wb") as stream:
        stream.write(BASE.encode())
    return root


def named_pipe(folder: Path) -> Path:
    root = folder / "named-pipe"
    _write(root / "good.yaml", BASE)
    os.mkfifo(root / "pipe.yaml")
    return root


def device(folder: Path) -> Path:
    root = folder / "device"
    _write(root / "good.yaml", BASE)
    (root / "zero.jsonl").symlink_to("/dev/zero")
    return root


# --------------------------------------------------------------------------
# The cases
# --------------------------------------------------------------------------

CASES: list[Case] = [
    # Encodings
    case("invalid-utf8.yaml", "invalid UTF-8 (a Latin-1 byte)", "NM101"),
    case("invalid-utf8.jsonl", "invalid UTF-8 on one line of JSON Lines", "NM101"),
    case("binary.yaml", "a binary file (gzip)", "NM101"),
    case("binary.json", "a binary file (PNG)", "NM101"),
    case("nul-bytes.yaml", "NUL bytes in valid UTF-8", "NM102"),
    case("nul-bytes.json", "NUL bytes after the JSON value", "NM102"),
    case("control-character.yaml", "a control character (BEL) in a value", "NM102"),
    case("bom.yaml", "a UTF-8 byte-order mark (allowed)"),
    case("bom.json", "a UTF-8 byte-order mark (allowed)"),
    case("bom.jsonl", "a UTF-8 byte-order mark (allowed)"),
    case("lone-surrogate.json", "a lone surrogate escape (\\udc80)", "NM101"),
    case("lone-surrogate.jsonl", "a lone surrogate escape (\\ud800)", "NM101"),
    case("surrogate-pair.jsonl", "an escaped surrogate pair (allowed: one character)"),
    case("line-separator.yaml", "U+2028, a line break in YAML 1.1 only", "NM102"),
    case("next-line.yaml", "U+0085, a line break in YAML 1.1 only", "NM102"),
    # Line endings and empty files
    case("crlf.yaml", "CRLF line endings (allowed)"),
    case("crlf.jsonl", "CRLF line endings (allowed)"),
    case("crlf-unknown-field.yaml", "CRLF line endings keep positions", "NM202"),
    case("mixed-line-endings.yaml", "CRLF and LF mixed (allowed)"),
    case("empty.yaml", "an empty file", "NM107"),
    case("empty.json", "an empty file", "NM107"),
    case("empty.jsonl", "an empty file", "NM107"),
    case("whitespace-only.json", "only white space", "NM107"),
    case("comment-only.yaml", "only comments", "NM107"),
    # Syntax and shape
    case("tabs.yaml", "tabs in indentation", "NM102"),
    case("unclosed-quote.yaml", "an unclosed quote", "NM102"),
    case("truncated.json", "a file cut short", "NM102"),
    case("top-level-list.yaml", "a top-level list", "NM107"),
    case("top-level-list.json", "a top-level list", "NM107"),
    case("top-level-scalar.yaml", "a top-level scalar", "NM107"),
    case("top-level-scalar.json", "a top-level scalar", "NM107"),
    case("several-documents.yaml", "several YAML documents in one file", "NM106"),
    case("header-missing.jsonl", "JSON Lines without its header line", "NM201"),
    case("one-bad-line.jsonl", "one bad line among good ones (only it is reported)", "NM102"),
    # YAML traps
    case("non-string-keys.yaml", "keys that are an int, a bool, null, a list", "NM108"),
    case("merge-key.yaml", "a merge key (<<)", "NM109"),
    case("duplicate-key.yaml", "a duplicate key (pyyaml issue 165)", "NM103"),
    case("duplicate-key.json", "a duplicate key", "NM103"),
    case("duplicate-key.jsonl", "a duplicate key (on the fast path)", "NM103"),
    case("alias-bomb.yaml", "an alias bomb, 10^9 values (pyyaml issue 235)", "NM105"),
    case("recursive-alias.yaml", "an alias inside its own anchor", "NM111"),
    case("python-tags.yaml", "!!python/ tags (CVE-2017-18342, 2020-1747, 2020-14343)", "NM104"),
    case("tag-directive.yaml", "a %TAG directive that spells !!python/", "NM104"),
    case("unknown-tags.yaml", "!!binary, !!timestamp, !!set, local and verbatim tags", "NM104"),
    case("norway.yaml", "the Norway problem: NO, yes, off stay strings, with a warning", "NM117"),
    case("yaml-11-directive.yaml", "a %YAML 1.1 directive (read as 1.2 core all the same)"),
    # Numbers
    case("big-integer.yaml", "an integer of 4301 digits", "NM110"),
    case("big-integer.json", "an integer of 4301 digits", "NM110"),
    case("big-integer.jsonl", "an integer of 4301 digits", "NM110"),
    case("big-integer-hex.yaml", "a hexadecimal integer of over 4300 decimal digits", "NM110"),
    case("nan-infinity.yaml", ".nan and -.Inf", "NM110"),
    case("nan-infinity.json", "NaN and -Infinity", "NM110"),
    case("nan-infinity.jsonl", "NaN", "NM110"),
    case("float-overflow.json", "1e400 (infinity as a float)", "NM110"),
    case("float-underflow.yaml", "1e-400 (zero as a float)", "NM110"),
    case("float-too-precise.yaml", "more digits than a float keeps", "NM110"),
    # Sizes and depths
    case("deep-nesting.json", "200 levels of nesting", "NM111"),
    case("deep.yaml", "10^5 levels of nesting", "NM111", make=deep_yaml),
    case("deep-mappings.yaml", "10^5 levels of nested mappings", "NM111", make=deep_yaml_mappings),
    case("deep.json", "10^5 levels of nesting", "NM111", make=deep_json),
    case("deep.jsonl", "10^5 levels of nesting", "NM111", make=deep_jsonl),
    case("huge-string.yaml", "a string of 11 Mi characters", "NM113", make=huge_string_yaml),
    case("huge-string.json", "a string of 11 Mi characters", "NM113", make=huge_string_json),
    case("huge-string.jsonl", "a string of 11 Mi characters", "NM113", make=huge_string_jsonl),
    case("huge.yaml", "a 300 MiB file (sparse), refused unread", "NM112", make=huge_file_yaml),
    case("huge.json", "a 300 MiB file (sparse), refused unread", "NM112", make=huge_file_json),
    case("long-line.jsonl", "a 17 MiB line without a line break", "NM115", make=long_line_jsonl),
    case(
        "many-records.jsonl",
        "more records than --max-records",
        "NM114",
        make=many_records_jsonl,
        args="--max-records 3",
    ),
    case(
        "many-records.yaml",
        "more records than --max-records",
        "NM114",
        make=many_records_yaml,
        args="--max-records 3",
    ),
    # Dataset folders
    case("symlink-loops", "symbolic link loops, of files and folders", "NM100", make=symlink_loops),
    case("dangling-symlink", "a symbolic link to nothing", "NM100", make=dangling_symlink),
    case("unreadable-file", "a file without read permission", "NM100", make=unreadable_file),
    case(
        "unsearchable-folder",
        "a folder without read permission",
        "NM100",
        make=unsearchable_folder,
    ),
    case(
        "non-utf8-name",
        "a file name that is not UTF-8",
        "NM101",
        make=non_utf8_name,
        needs="bytes-names",
    ),
    case(
        "named-pipe", "a named pipe called .yaml (no hang)", "NM100", make=named_pipe, needs="fifo"
    ),
    case(
        "device", "a link to /dev/zero called .jsonl (no hang)", "NM100", make=device, needs="dev"
    ),
]

BY_NAME = {c.name: c for c in CASES}


def unsupported(case: Case) -> str | None:
    """Why this platform cannot make the case, or ``None``."""
    if case.needs == "fifo" and not hasattr(os, "mkfifo"):
        return "no named pipes on this platform"
    if case.needs == "dev" and not os.path.exists("/dev/zero"):
        return "no /dev/zero on this platform"
    if case.needs == "bytes-names" and (sys.platform in ("darwin", "win32")):
        return "the file system takes only Unicode file names"
    return None


def permissions_hold(folder: Path) -> bool:
    """Whether a file without read permission cannot be read (not so for root)."""
    probe = _write(folder / ".probe", "x")
    probe.chmod(0)
    try:
        with open(probe, "rb"):
            return False
    except PermissionError:
        return True
    finally:
        probe.chmod(stat.S_IRUSR | stat.S_IWUSR)
        probe.unlink()


def index() -> str:
    """The Markdown index of the corpus (tests/corpus/README.md)."""
    lines = [
        "# The corpus of hostile input",
        "",
        "Each case and the problem codes it must produce (none: it must pass), through",
        "`newsmodel.validate`, `newsmodel.load` and `newsmodel validate` in the text, JSON and",
        "GitHub formats (`tests/test_corpus.py`). Cases marked *made* are built at test time",
        "by `tests/hostile.py`, which holds this table as data; `python tests/hostile.py`",
        "prints it. `benchmarks/corpus_bounds.py` measures the time and memory of each.",
        "",
        "| case | trap | codes | options |",
        "| --- | --- | --- | --- |",
    ]
    for c in CASES:
        name = f"`{c.name}`" + (" (made)" if c.make else "")
        codes = ", ".join(sorted(c.codes)) or "none"
        options = f"`{' '.join(c.args)}`" if c.args else ""
        lines.append(f"| {name} | {c.what} | {codes} | {options} |")
    return "\n".join(lines) + "\n"


if __name__ == "__main__":
    sys.stdout.write(index())
