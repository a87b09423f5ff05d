"""The ``newsmodel`` command: a thin face over the library.

Subcommands:

- ``validate [PATH...]``: check files and folders as one dataset;
- ``rules [CODE]``: the problem catalogue, or one rule in full;
- ``vocab [NAME]``: the vocabularies and their terms;
- ``schema [--output FILE]``: the JSON Schema of a bundle file;
- ``convert SOURCE TARGET``: rewrite a file in another format (or canonically).

Exit status: 0 when clean, 1 when problems were found (warnings only with
``--strict``), 2 for a usage error or a path that cannot be read.

Whatever the input, the command prints problems and exits with one of these
statuses: no traceback.  What it prints from the input (file names that are
not UTF-8, lone surrogates) is escaped with backslashes.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Sequence
from typing import TextIO

import attrs

from newsmodel import io
from newsmodel import reading as _parse
from newsmodel.dataset import Validator, discover, filter_problems
from newsmodel.limits import DEFAULT_LIMITS, MAX_DEPTH_CEILING, Limits, format_size, parse_size
from newsmodel.problems import RULES, Problem, Severity, ValidationError
from newsmodel.vocab import VOCABULARIES

__all__ = ["build_parser", "main"]

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (the docs' CLI reference is generated from it)."""
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Typed, validated records of news reporting about accusations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {_version()}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")

    check = commands.add_parser(
        "validate",
        help="check files and folders as one dataset",
        description="Check YAML, JSON and JSON Lines files, and folders of them, as one "
        "dataset: every file's shape and values, then ids, references and the other rules "
        "across records and files.",
    )
    check.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        default=["."],
        help="files and folders to check (default: the current folder)",
    )
    check.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default=None,
        help="output format (default: github when GITHUB_ACTIONS=true, else text)",
    )
    check.add_argument("--strict", action="store_true", help="fail on warnings too")
    # One value per option (comma-separated, repeatable), so that paths after
    # ``--ignore NM451`` stay paths.
    check.add_argument(
        "--select",
        action="extend",
        type=_codes,
        default=[],
        metavar="CODES",
        help="report only these codes or code prefixes, comma-separated (NM4,NM203); "
        "may be repeated",
    )
    check.add_argument(
        "--ignore",
        action="extend",
        type=_codes,
        default=[],
        metavar="CODES",
        help="do not report these codes or code prefixes, comma-separated; may be repeated",
    )
    check.add_argument("--explain", metavar="CODE", help="explain one problem code and exit")
    _add_limit_options(check)
    check.set_defaults(run=_validate)

    rules = commands.add_parser(
        "rules",
        help="list the problem codes, or explain one",
        description="List every problem code newsmodel reports, "
        "or explain one with an example and its fix.",
    )
    rules.add_argument("code", nargs="?", help="a code to explain (NM203)")
    rules.set_defaults(run=_rules)

    vocab = commands.add_parser(
        "vocab",
        help="list the vocabularies, or the terms of one",
        description="List the controlled vocabularies, or the terms "
        "of one with their descriptions and external codes.",
    )
    vocab.add_argument("name", nargs="?", help="a vocabulary (ActorKind, Stance...)")
    vocab.set_defaults(run=_vocab)

    schema = commands.add_parser(
        "schema",
        help="print the JSON Schema of a bundle file",
        description="Print the JSON Schema (draft 2020-12) of a "
        "newsmodel bundle file, generated from the models.",
    )
    schema.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE (atomically) instead of standard output",
    )
    schema.set_defaults(run=_schema)

    convert = commands.add_parser(
        "convert",
        help="rewrite a file in another format, or in canonical form",
        description="Read SOURCE, check it, and write it to TARGET in the format its "
        "suffix names (.yaml, .yml, .json, .jsonl). SOURCE and TARGET may be the same "
        "file, to rewrite it in canonical form. Nothing is written when SOURCE has "
        "problems.",
    )
    convert.add_argument("source", metavar="SOURCE")
    convert.add_argument("target", metavar="TARGET")
    _add_limit_options(convert)
    convert.set_defaults(run=_convert)
    return parser


def _size(text: str) -> int:
    try:
        return parse_size(text)
    except ValueError as error:
        raise argparse.ArgumentTypeError(str(error)) from None


def _count(text: str) -> int:
    try:
        value = int(text.replace("_", ""))
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1, not {value}")
    return value


def _depth(text: str) -> int:
    value = _count(text)
    if value > MAX_DEPTH_CEILING:
        raise argparse.ArgumentTypeError(f"must be at most {MAX_DEPTH_CEILING}, not {value}")
    return value


#: The limit options: option, Limits field, type, metavar, what the limit bounds.
_LIMIT_OPTIONS: tuple[tuple[str, str, Callable[[str], int], str, str], ...] = (
    ("--max-file-size", "max_file_size", _size, "SIZE", "bytes in a YAML or JSON file"),
    ("--max-line-length", "max_line_length", _size, "SIZE", "bytes in a JSON Lines line"),
    ("--max-depth", "max_depth", _depth, "N", "levels of nested lists and mappings"),
    ("--max-aliases", "max_aliases", _count, "N", "values YAML aliases copy in a file"),
    ("--max-string-length", "max_string_length", _size, "SIZE", "characters in a string"),
    ("--max-records", "max_records", _count, "N", "records in a file"),
)


def _add_limit_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "limits",
        "What one file may hold; input beyond a limit is a problem (NM105, NM111 to NM115). "
        "Sizes take the suffixes K, M and G (powers of 1024): 10M, 1G.",
    )
    for option, field, kind, metavar, bounded in _LIMIT_OPTIONS:
        default = getattr(DEFAULT_LIMITS, field)
        if field == "max_string_length":
            shown = f"{default // 2**20} Mi"
        elif metavar == "SIZE":
            shown = format_size(default)
        else:
            shown = f"{default:,}"
        group.add_argument(
            option, type=kind, default=None, metavar=metavar, help=f"{bounded} (default: {shown})"
        )


def _limits(args: argparse.Namespace) -> Limits:
    """Return the limits the command line sets (the defaults where it sets none)."""
    given = {
        field: getattr(args, field)
        for _, field, _, _, _ in _LIMIT_OPTIONS
        if getattr(args, field, None) is not None
    }
    return attrs.evolve(DEFAULT_LIMITS, **given)


def _codes(text: str) -> list[str]:
    """``"nm4, NM203"`` -> ``["NM4", "NM203"]`` (the type of ``--select`` and ``--ignore``)."""
    return [code.strip().upper() for code in text.split(",") if code.strip()]


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; return the exit status."""
    for stream in (sys.stdout, sys.stderr):
        reconfigure = getattr(stream, "reconfigure", None)
        if reconfigure is not None:  # a console that cannot show a character gets \\uXXXX
            reconfigure(errors="backslashreplace")
    args = build_parser().parse_args(argv)
    try:
        status: int = args.run(args)
    except BrokenPipeError:  # output piped into head or less, closed early
        sys.stderr.close()
        return EXIT_PROBLEMS
    return status


def _shown(name: str) -> str:
    r"""Return a file name as printed: bytes that are not UTF-8 escaped (``caf\xe9.yaml``).

    Names are decoded with surrogate escapes (:func:`os.fsdecode`), which no
    UTF-8 stream can print; the escapes show the bytes instead.
    """
    if _parse.lone_surrogate(name) is None:
        return name
    try:
        return os.fsencode(name).decode("utf-8", "backslashreplace")
    except UnicodeEncodeError:  # a lone surrogate that is not an escaped byte
        return _safe(name)


def _safe(text: str) -> str:
    r"""Return ``text`` with lone surrogates escaped (``\udc80``), so that UTF-8 prints it."""
    if _parse.lone_surrogate(text) is None:
        return text
    return text.encode("utf-8", "backslashreplace").decode("utf-8")


def _printable(problem: Problem) -> Problem:
    """Return the problem with its file name, message, hint and path safe to print."""
    return attrs.evolve(
        problem,
        file=None if problem.file is None else _shown(problem.file),
        message=_safe(problem.message),
        hint=None if problem.hint is None else _safe(problem.hint),
        path=_safe(problem.path),
    )


# --------------------------------------------------------------------------
# validate
# --------------------------------------------------------------------------


def _validate(args: argparse.Namespace) -> int:
    if args.explain:
        return _explain(args.explain)
    codes = [*args.select, *args.ignore]
    unknown = [code for code in codes if not any(rule.startswith(code) for rule in RULES)]
    if unknown:
        print(
            f"newsmodel validate: unknown code {unknown[0]!r}; see 'newsmodel rules'",
            file=sys.stderr,
        )
        return EXIT_USAGE
    files, problems = discover(args.paths)
    if not files and not problems:
        print(
            "newsmodel validate: no .yaml, .yml, .json or .jsonl files found in "
            + ", ".join(map(_shown, args.paths)),
            file=sys.stderr,
        )
        return EXIT_USAGE
    validator = Validator(limits=_limits(args))
    progress = _Progress(len(files))
    for number, file in enumerate(files, start=1):
        progress.show(number, file)
        validator.add_file(file)
    progress.clear()
    problems = [
        _printable(problem)
        for problem in filter_problems(
            [*problems, *validator.finish()], select=args.select, ignore=args.ignore
        )
    ]
    fmt = args.format or ("github" if os.environ.get("GITHUB_ACTIONS") == "true" else "text")
    summary = {
        "files": len(files),
        "records": validator.records,
        "errors": sum(p.severity is Severity.ERROR for p in problems),
        "warnings": sum(p.severity is Severity.WARNING for p in problems),
    }
    failing = summary["errors"] + (summary["warnings"] if args.strict else 0)
    if fmt == "text":
        _print_text(problems, summary, sys.stdout, failing=bool(failing))
    else:
        {"json": _print_json, "github": _print_github}[fmt](problems, summary, sys.stdout)
    if any(p.code == "NM100" for p in problems):
        return EXIT_USAGE
    return EXIT_PROBLEMS if failing else EXIT_OK


class _Progress:
    """A one-line progress display on standard error, only on a terminal and for long runs."""

    def __init__(self, total: int) -> None:
        self.total = total
        self.enabled = sys.stderr.isatty() and total >= 20

    def show(self, number: int, file: str) -> None:
        if self.enabled:
            width = 30
            done = width * number // self.total
            name = _shown(file)
            name = name if len(name) <= 40 else "…" + name[-39:]
            sys.stderr.write(
                f"\r[{'#' * done}{'.' * (width - done)}] {number}/{self.total} {name}\x1b[K"
            )
            sys.stderr.flush()

    def clear(self) -> None:
        if self.enabled:
            sys.stderr.write("\r\x1b[K")
            sys.stderr.flush()


def _use_colour(stream: TextIO) -> bool:
    # https://no-color.org: NO_COLOR set to a non-empty value turns colour off.
    return stream.isatty() and not os.environ.get("NO_COLOR") and os.environ.get("TERM") != "dumb"


def _print_text(
    problems: list[Problem],
    summary: dict[str, int],
    out: TextIO,
    *,
    failing: bool | None = None,
) -> None:
    """Print the problems one per line, then a summary line.

    ``failing`` says whether the run fails (by default, when there are errors;
    the caller knows better under ``--strict``).
    """
    colour = _use_colour(out)

    def paint(text: str, code: str) -> str:
        return f"\x1b[{code}m{text}\x1b[0m" if colour else text

    for problem in problems:
        where = ":".join(
            str(part)
            for part in (problem.file or "<text>", problem.line, problem.column)
            if part is not None
        )
        warning = problem.severity is Severity.WARNING
        code = paint(problem.code, "33" if warning else "31;1")
        suffix = " (warning)" if warning else ""
        path = f" [{problem.path}]" if problem.path != "$" else ""
        out.write(f"{paint(where, '1')}: {code} {problem.message}{path}{suffix}\n")
        if problem.hint:
            out.write(f"    {paint('hint:', '36')} {problem.hint}\n")
    errors, warnings = summary["errors"], summary["warnings"]
    if failing is None:
        failing = bool(errors)
    verdict = paint("failed", "31;1") if failing else paint("ok", "32;1") if not problems else ""
    out.write(
        f"{'' if not problems else chr(10)}Checked {_n(summary['files'], 'file')}, "
        f"{_n(summary['records'], 'record')}: {_n(errors, 'error')}, "
        f"{_n(warnings, 'warning')}{'. ' + verdict if verdict else ''}\n"
    )


def _n(count: int, noun: str) -> str:
    return f"{count} {noun}{'' if count == 1 else 's'}"


def _print_json(problems: list[Problem], summary: dict[str, int], out: TextIO) -> None:
    document = {
        "summary": summary,
        "problems": [
            {
                "code": p.code,
                "name": RULES[p.code].name,
                "severity": p.severity.value,
                "message": p.message,
                "hint": p.hint,
                "file": p.file,
                "line": p.line,
                "column": p.column,
                "path": p.path,
            }
            for p in problems
        ],
    }
    out.write(json.dumps(document, ensure_ascii=False, indent=2) + "\n")


def _print_github(problems: list[Problem], summary: dict[str, int], out: TextIO) -> None:
    for p in problems:
        level = "warning" if p.severity is Severity.WARNING else "error"
        props = [f"file={_escape_property(p.file)}"] if p.file else []
        if p.line is not None:
            props.append(f"line={p.line}")
        if p.column is not None:
            props.append(f"col={p.column}")
        props.append(f"title={p.code} {RULES[p.code].name}")
        message = p.message + (f" [{p.path}]" if p.path != "$" else "")
        if p.hint:
            message += f"\nhint: {p.hint}"
        out.write(f"::{level} {','.join(props)}::{_escape_data(message)}\n")
    out.write(
        f"Checked {_n(summary['files'], 'file')}, {_n(summary['records'], 'record')}: "
        f"{_n(summary['errors'], 'error')}, {_n(summary['warnings'], 'warning')}\n"
    )


def _escape_data(text: str) -> str:
    """Escape a workflow command's message, as the GitHub Actions toolkit does."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def _escape_property(text: str) -> str:
    """Escape a workflow command's property value, as the GitHub Actions toolkit does."""
    return _escape_data(text).replace(":", "%3A").replace(",", "%2C")


# --------------------------------------------------------------------------
# rules, vocab, schema, convert
# --------------------------------------------------------------------------


def _explain(code: str) -> int:
    rule = RULES.get(code.upper())
    if rule is None:
        print(f"newsmodel: unknown code {code!r}; see 'newsmodel rules'", file=sys.stderr)
        return EXIT_USAGE
    example = "\n".join("    " + line for line in rule.example.splitlines())
    print(
        f"{rule.code} {rule.name} ({rule.severity.value})\n\n{rule.summary}\n\n"
        f"Example of bad input:\n\n{example}\n\nFix: {rule.fix}"
    )
    return EXIT_OK


def _rules(args: argparse.Namespace) -> int:
    if args.code:
        return _explain(args.code)
    for rule in RULES.values():
        print(f"{rule.code}  {rule.severity.value:<7}  {rule.name:<28}  {rule.summary}")
    return EXIT_OK


def _vocab(args: argparse.Namespace) -> int:
    if not args.name:
        for name, vocabulary in VOCABULARIES.items():
            summary = (vocabulary.__doc__ or "").strip().splitlines()[0]
            print(f"{name:<20} {len(vocabulary):>3} terms  {summary}")
        return EXIT_OK
    matches = [v for n, v in VOCABULARIES.items() if n.lower() == args.name.lower()]
    if not matches:
        print(
            f"newsmodel vocab: no vocabulary {args.name!r}; one of: " + ", ".join(VOCABULARIES),
            file=sys.stderr,
        )
        return EXIT_USAGE
    for term in matches[0]:
        codes = ", ".join(f"{scheme.upper()} {code}" for scheme, code in term.codes.items())
        print(f"{term.term:<34} {term.description}" + (f"  [{codes}]" if codes else ""))
    return EXIT_OK


def _schema(args: argparse.Namespace) -> int:
    from newsmodel.schema import schema_text  # noqa: PLC0415 - only this command needs it

    text = schema_text()
    if args.output:
        try:
            io.write_text_atomic(args.output, text)
        except OSError as error:
            print(
                f"newsmodel schema: cannot write {_shown(args.output)}: {error.strerror}",
                file=sys.stderr,
            )
            return EXIT_USAGE
    else:
        sys.stdout.write(text)
    return EXIT_OK


def _convert(args: argparse.Namespace) -> int:
    try:
        source_format = io.format_of(args.source)
        target_format = io.format_of(args.target)
    except ValueError as error:
        print(f"newsmodel convert: {_safe(str(error))}", file=sys.stderr)
        return EXIT_USAGE
    try:
        bundle = io.load(args.source, format=source_format, limits=_limits(args))
    except ValidationError as error:
        _print_text(
            [_printable(problem) for problem in error.problems],
            {"files": 1, "records": 0, "errors": len(error.problems), "warnings": 0},
            sys.stderr,
        )
        return EXIT_USAGE if any(p.code == "NM100" for p in error.problems) else EXIT_PROBLEMS
    try:
        io.dump(bundle, args.target, format=target_format)
    except OSError as error:
        print(
            f"newsmodel convert: cannot write {_shown(args.target)}: {error.strerror}",
            file=sys.stderr,
        )
        return EXIT_USAGE
    return EXIT_OK


def _version() -> str:
    from importlib.metadata import PackageNotFoundError, version  # noqa: PLC0415

    try:
        return version("newsmodel")
    except PackageNotFoundError:  # pragma: no cover - running from a source tree
        return "unknown"
