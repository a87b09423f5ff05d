"""The command line's arguments: :func:`build_parser`, and the limits it sets."""

from __future__ import annotations

import argparse
from collections.abc import Callable

import attrs

from newsmodel import __version__
from newsmodel.limits import DEFAULT_LIMITS, MAX_DEPTH_CEILING, Limits, format_size, parse_size

__all__ = ["build_parser", "limits_of"]


def build_parser() -> argparse.ArgumentParser:
    """Return the argument parser (the docs' CLI reference is generated from it)."""
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Typed, validated records of news reporting about accusations.",
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
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
    check.add_argument(
        "--info",
        action="store_true",
        help="list information too in text output (a version-1 file, a report without its "
        "headline); it is counted either way",
    )
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
    check.add_argument(
        "--explain",
        metavar="CODE",
        help="explain one problem code (or list the codes of a prefix, NM4) and exit",
    )
    check.add_argument(
        "--workers",
        type=_count,
        default=None,
        metavar="N",
        help="read the files in N processes (default: all cores, one for a dataset under "
        "4 MiB or of one file); the problems are those of one process",
    )
    check.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="read the files on the Dask cluster at ADDRESS (tcp://host:8786), which must "
        "see them at the same paths; needs newsmodel-accusations[dask]",
    )
    _add_limit_options(check)

    rules = commands.add_parser(
        "rules",
        help="list the problem codes, or explain one",
        description="List every problem code newsmodel reports, or those of a prefix "
        "(NM4), or explain one with an example and its fix.",
    )
    rules.add_argument(
        "code", nargs="?", help="a code to explain (NM203), or a prefix to list (NM4)"
    )

    vocab = commands.add_parser(
        "vocab",
        help="list the vocabularies, or the terms of one",
        description="List the controlled vocabularies, or the terms of one with their "
        "descriptions and external codes (and, for Stance, the party expected to take each).",
    )
    vocab.add_argument("name", nargs="?", help="a vocabulary (ActorKind, Stance...)")

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

    convert = commands.add_parser(
        "convert",
        help="rewrite a file in another format, or in canonical form",
        description="Read SOURCE, check it, and write it to TARGET in the format its "
        "suffix names (.yaml, .yml, .json, .jsonl), or to standard output if TARGET is -. "
        "SOURCE and TARGET may be the same file, to rewrite it in canonical form; another "
        "existing TARGET is replaced only with --force. Nothing is written when SOURCE has "
        "problems.",
    )
    convert.add_argument("source", metavar="SOURCE", help="the file to read")
    convert.add_argument(
        "target", metavar="TARGET", help="the file to write, or - for standard output"
    )
    convert.add_argument("--force", "-f", action="store_true", help="replace TARGET if it exists")
    convert.add_argument(
        "--drop-comments",
        action="store_true",
        help="write even though SOURCE's comments are lost (YAML rewritten in place, or "
        "written as JSON or JSON Lines)",
    )
    convert.add_argument(
        "--to",
        choices=("yaml", "json", "jsonl"),
        default=None,
        help="the format to write (default: the one TARGET's suffix names; for -, SOURCE's)",
    )
    _add_limit_options(convert)

    upgrade = commands.add_parser(
        "upgrade",
        help="rewrite files of schema version 1 as version 2",
        description="Rewrite each file of schema version 1 among PATHs (files and folders) "
        "in version 2, in place. YAML keeps its comments, the order of its keys and every "
        "line the upgrade does not change; JSON and JSON Lines are written again. Files of "
        "version 2 are left alone.",
    )
    upgrade.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to upgrade")
    upgrade.add_argument(
        "--check",
        action="store_true",
        help="write nothing: list the files that need upgrading, and fail if there are any",
    )
    upgrade.add_argument(
        "--drop-comments",
        action="store_true",
        help="rewrite a YAML file even where one of its comments would be lost",
    )
    _add_limit_options(upgrade)

    export = commands.add_parser(
        "export",
        help="write a dataset in a format other tools read (tables, ftm, jsonld, plover)",
        description="Read PATHs (files and folders) as one dataset, check it as validate "
        "does, and write it in FORMAT to OUT. A dataset with errors is refused, unless "
        "--only-valid: then every record with an error is left out, and said. Each format "
        "but plover needs an extra: pip install 'newsmodel-accusations[FORMAT]'.",
    )
    export.add_argument(
        "format",
        metavar="FORMAT",
        choices=_export_formats(),
        help="the format: " + ", ".join(_export_formats()),
    )
    export.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to export")
    export.add_argument(
        "--output", "-o", required=True, metavar="OUT", help="the file or folder to write"
    )
    export.add_argument(
        "--only-valid",
        action="store_true",
        help="leave out the records with errors (and those referring to them) instead of "
        "refusing the dataset; say which were left out",
    )
    export.add_argument(
        "--losses",
        action="store_true",
        help="list, one line each, what the format cannot hold (by default only counted)",
    )
    export.add_argument(
        "--shards",
        action="store_true",
        help="tables only: write each table's Parquet as a part per input file "
        "(OUT/parquet/TABLE/part-00000.parquet...) listed in OUT/parquet/datapackage.json, "
        "holding one file's records in memory at a time instead of the dataset's",
    )
    export.add_argument(
        "--workers",
        type=_count,
        default=None,
        metavar="N",
        help="with --shards: check the files and write their parts in N processes (default: "
        "as validate)",
    )
    export.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --shards: check the files and write their parts on the Dask cluster at "
        "ADDRESS, which must see PATHs and OUT at the same paths; needs "
        "newsmodel-accusations[dask]",
    )
    _add_limit_options(export)

    import_ = commands.add_parser(
        "import",
        help="read tables exported (and edited) back into bundle files",
        description="Read the CSV tables of 'newsmodel export tables' (the export's folder "
        "or its csv folder), as edited in a spreadsheet, check them as validate does, and "
        "write one YAML file per file named in their file column (records without one go "
        "to records.yaml) into the folder OUT. Problems point at CSV file, row and column; "
        "nothing is written when there are errors.",
    )
    import_.add_argument("path", metavar="PATH", help="the folder of the tables")
    import_.add_argument(
        "--output", "-o", required=True, metavar="OUT", help="the folder to write the files in"
    )
    import_.add_argument(
        "--force", "-f", action="store_true", help="replace files that exist in OUT"
    )
    return parser


def _export_formats() -> list[str]:
    from newsmodel.export import FORMATS  # noqa: PLC0415 - light: no backend is imported

    return list(FORMATS)


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
    ("--max-problems", "max_problems", _count, "N", "problems reported for a file"),
)


def _add_limit_options(parser: argparse.ArgumentParser) -> None:
    group = parser.add_argument_group(
        "limits",
        "What one file may hold; input beyond a limit is a problem (NM105, NM111 to NM115, "
        "NM408). "
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


def limits_of(args: argparse.Namespace) -> Limits:
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
