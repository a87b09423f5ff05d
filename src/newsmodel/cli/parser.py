"""The command line's arguments: :func:`build_parser`, and the limits it sets."""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any

from newsmodel import __version__

if TYPE_CHECKING:
    from newsmodel.limits import Limits

# newsmodel.limits, and attrs with it, is imported only by the subcommands that set
# limits: --version, --help, rules and vocab need neither.

__all__ = ["build_parser", "limits_of", "subcommand_of"]


def build_parser(command: str | None = None) -> argparse.ArgumentParser:
    """Return the argument parser (the docs' CLI reference is generated from it).

    Given the name of a subcommand, only that subcommand is added, with its
    arguments: its help and its errors are all that parsing a command line that
    names it can print.  Given ``None`` every subcommand is added with its
    arguments; given any other word, every subcommand is listed with its help
    (for the top-level help, or the error naming the choices) and none has
    arguments.  :func:`~newsmodel.cli.main` builds the parser for the word that
    :func:`subcommand_of` finds in its command line: adding all the others cost
    more than running ``--version``.
    """
    parser = argparse.ArgumentParser(
        prog="newsmodel",
        description="Typed, validated records of news reporting about accusations.",
        formatter_class=_HelpFormatter,
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    named = command is not None and any(command == entry[0] for entry in _SUBCOMMANDS)
    for name, help_, description, add_arguments in _SUBCOMMANDS:
        if named and command != name:
            continue
        subparser = commands.add_parser(
            name, help=help_, description=description, formatter_class=_HelpFormatter
        )
        if command is None or command == name:
            add_arguments(subparser)
    return parser


def subcommand_of(argv: Sequence[str]) -> str:
    """Return the subcommand ``argv`` names (its first word that is not an option), or ``""``.

    Before the subcommand come only options that take no value (``--version``,
    ``--help``), so the first other word is the subcommand or a mistake that the
    parser reports.  A help option before it asks for the help of the whole
    command, which lists every subcommand: then ``""`` too.
    """
    for word in argv:
        if word in ("-h", "--help"):
            return ""
        if not word.startswith("-"):
            return word
    return ""


class _HelpFormatter(argparse.HelpFormatter):
    """argparse's help layout, as wide as the terminal, found without :mod:`shutil`.

    argparse sizes its help with :func:`shutil.get_terminal_size`, importing
    :mod:`shutil` (and its compression modules) whenever a parser is built,
    which is every time the command starts; :func:`_columns` finds the same
    width.
    """

    def __init__(
        self,
        prog: str,
        indent_increment: int = 2,
        max_help_position: int = 24,
        width: int | None = None,
        **options: Any,
    ) -> None:
        if width is None:
            width = _columns() - 2  # as argparse does
        super().__init__(prog, indent_increment, max_help_position, width, **options)


def _columns() -> int:
    """Return the terminal's width as :func:`shutil.get_terminal_size` does.

    ``COLUMNS`` when it is a positive number, else the width of the terminal on
    standard output, else 80.
    """
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns <= 0:
        stdout = sys.__stdout__  # None without a console
        try:
            columns = 0 if stdout is None else os.get_terminal_size(stdout.fileno()).columns
        except (ValueError, OSError):  # not a terminal, or a closed one
            columns = 0
    return columns or 80


def _validate_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel validate``."""
    parser.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        default=["."],
        help="files and folders to check (default: the current folder)",
    )
    parser.add_argument(
        "--format",
        choices=("text", "json", "github"),
        default=None,
        help="output format (default: github when GITHUB_ACTIONS=true, else text)",
    )
    parser.add_argument("--strict", action="store_true", help="fail on warnings too")
    parser.add_argument(
        "--info",
        action="store_true",
        help="list information too in text output (a version-1 file, a report without its "
        "headline); it is counted either way",
    )
    # One value per option (comma-separated, repeatable), so that paths after
    # ``--ignore NM451`` stay paths.
    parser.add_argument(
        "--select",
        action="extend",
        type=_codes,
        default=[],
        metavar="CODES",
        help="report only these codes or code prefixes, comma-separated (NM4,NM203); "
        "may be repeated",
    )
    parser.add_argument(
        "--ignore",
        action="extend",
        type=_codes,
        default=[],
        metavar="CODES",
        help="do not report these codes or code prefixes, comma-separated; may be repeated",
    )
    parser.add_argument(
        "--explain",
        metavar="CODE",
        help="explain one problem code (or list the codes of a prefix, NM4) and exit",
    )
    parser.add_argument(
        "--workers",
        type=_count,
        default=None,
        metavar="N",
        help="read the files in N processes (default: all cores, one for a dataset under "
        "4 MiB or of one file); the problems are those of one process",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="read the files on the Dask cluster at ADDRESS (tcp://host:8786), which must "
        "see them at the same paths; needs newsmodel-accusations[dask]",
    )
    _add_limit_options(parser)


def _rules_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel rules``."""
    parser.add_argument(
        "code", nargs="?", help="a code to explain (NM203), or a prefix to list (NM4)"
    )


def _vocab_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel vocab``."""
    parser.add_argument("name", nargs="?", help="a vocabulary (ActorKind, Stance...)")


def _schema_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel schema``."""
    parser.add_argument(
        "--output",
        "-o",
        metavar="FILE",
        help="write to FILE (atomically) instead of standard output",
    )


def _convert_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel convert``."""
    parser.add_argument("source", metavar="SOURCE", help="the file to read")
    parser.add_argument(
        "target", metavar="TARGET", help="the file to write, or - for standard output"
    )
    parser.add_argument("--force", "-f", action="store_true", help="replace TARGET if it exists")
    parser.add_argument(
        "--drop-comments",
        action="store_true",
        help="write even though SOURCE's comments are lost (YAML rewritten in place, or "
        "written as JSON or JSON Lines)",
    )
    parser.add_argument(
        "--to",
        choices=("yaml", "json", "jsonl"),
        default=None,
        help="the format to write (default: the one TARGET's suffix names; for -, SOURCE's)",
    )
    _add_limit_options(parser)


def _upgrade_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel upgrade``."""
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to upgrade")
    parser.add_argument(
        "--check",
        action="store_true",
        help="write nothing: list the files that need upgrading, and fail if there are any",
    )
    parser.add_argument(
        "--drop-comments",
        action="store_true",
        help="rewrite a YAML file even where one of its comments would be lost",
    )
    _add_limit_options(parser)


def _export_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel export``."""
    parser.add_argument(
        "format",
        metavar="FORMAT",
        choices=_export_formats(),
        help="the format: " + ", ".join(_export_formats()),
    )
    parser.add_argument("paths", nargs="+", metavar="PATH", help="files and folders to export")
    parser.add_argument(
        "--output", "-o", required=True, metavar="OUT", help="the file or folder to write"
    )
    parser.add_argument(
        "--only-valid",
        action="store_true",
        help="leave out the records with errors (and those referring to them) instead of "
        "refusing the dataset; say which were left out",
    )
    parser.add_argument(
        "--losses",
        action="store_true",
        help="list, one line each, what the format cannot hold (by default only counted)",
    )
    parser.add_argument(
        "--shards",
        action="store_true",
        help="tables only: write each table's Parquet as a part per input file "
        "(OUT/parquet/TABLE/part-00000.parquet...) listed in OUT/parquet/datapackage.json, "
        "holding one file's records in memory at a time instead of the dataset's",
    )
    parser.add_argument(
        "--workers",
        type=_count,
        default=None,
        metavar="N",
        help="with --shards: check the files and write their parts in N processes (default: "
        "as validate)",
    )
    parser.add_argument(
        "--scheduler",
        metavar="ADDRESS",
        help="with --shards: check the files and write their parts on the Dask cluster at "
        "ADDRESS, which must see PATHs and OUT at the same paths; needs "
        "newsmodel-accusations[dask]",
    )
    _add_limit_options(parser)


def _import_arguments(parser: argparse.ArgumentParser) -> None:
    """Add the arguments of ``newsmodel import``."""
    parser.add_argument("path", metavar="PATH", help="the folder of the tables")
    parser.add_argument(
        "--output", "-o", required=True, metavar="OUT", help="the folder to write the files in"
    )
    parser.add_argument(
        "--force", "-f", action="store_true", help="replace files that exist in OUT"
    )


#: Each subcommand: its name, its help and description, and what adds its arguments.
_SUBCOMMANDS: tuple[tuple[str, str, str, Callable[[argparse.ArgumentParser], None]], ...] = (
    (
        "validate",
        "check files and folders as one dataset",
        "Check YAML, JSON and JSON Lines files, and folders of them, as one "
        "dataset: every file's shape and values, then ids, references and the other rules "
        "across records and files.",
        _validate_arguments,
    ),
    (
        "rules",
        "list the problem codes, or explain one",
        "List every problem code newsmodel reports, or those of a prefix "
        "(NM4), or explain one with an example and its fix.",
        _rules_arguments,
    ),
    (
        "vocab",
        "list the vocabularies, or the terms of one",
        "List the controlled vocabularies, or the terms of one with their "
        "descriptions and external codes (and, for Stance, the party expected to take each).",
        _vocab_arguments,
    ),
    (
        "schema",
        "print the JSON Schema of a bundle file",
        "Print the JSON Schema (draft 2020-12) of a "
        "newsmodel bundle file, generated from the models.",
        _schema_arguments,
    ),
    (
        "convert",
        "rewrite a file in another format, or in canonical form",
        "Read SOURCE, check it, and write it to TARGET in the format its "
        "suffix names (.yaml, .yml, .json, .jsonl), or to standard output if TARGET is -. "
        "SOURCE and TARGET may be the same file, to rewrite it in canonical form; another "
        "existing TARGET is replaced only with --force. Nothing is written when SOURCE has "
        "problems.",
        _convert_arguments,
    ),
    (
        "upgrade",
        "rewrite files of schema version 1 as version 2",
        "Rewrite each file of schema version 1 among PATHs (files and folders) "
        "in version 2, in place. YAML keeps its comments, the order of its keys and every "
        "line the upgrade does not change; JSON and JSON Lines are written again. Files of "
        "version 2 are left alone.",
        _upgrade_arguments,
    ),
    (
        "export",
        "write a dataset in a format other tools read (tables, ftm, jsonld, plover)",
        "Read PATHs (files and folders) as one dataset, check it as validate "
        "does, and write it in FORMAT to OUT. A dataset with errors is refused, unless "
        "--only-valid: then every record with an error is left out, and said. Each format "
        "but plover needs an extra: pip install 'newsmodel-accusations[FORMAT]'.",
        _export_arguments,
    ),
    (
        "import",
        "read tables exported (and edited) back into bundle files",
        "Read the CSV tables of 'newsmodel export tables' (the export's folder "
        "or its csv folder), as edited in a spreadsheet, check them as validate does, and "
        "write one YAML file per file named in their file column (records without one go "
        "to records.yaml) into the folder OUT. Problems point at CSV file, row and column; "
        "nothing is written when there are errors.",
        _import_arguments,
    ),
)


def _export_formats() -> list[str]:
    from newsmodel.export import FORMATS  # noqa: PLC0415 - light: no backend is imported

    return list(FORMATS)


def _size(text: str) -> int:
    from newsmodel.limits import parse_size  # noqa: PLC0415 - see the imports

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
    from newsmodel.limits import MAX_DEPTH_CEILING  # noqa: PLC0415 - see the imports

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
    from newsmodel.limits import DEFAULT_LIMITS, format_size  # noqa: PLC0415 - see the imports

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
    import attrs  # noqa: PLC0415 - see the imports

    from newsmodel.limits import DEFAULT_LIMITS  # noqa: PLC0415

    given = {
        field: getattr(args, field)
        for _, field, _, _, _ in _LIMIT_OPTIONS
        if getattr(args, field, None) is not None
    }
    return attrs.evolve(DEFAULT_LIMITS, **given)


def _codes(text: str) -> list[str]:
    """``"nm4, NM203"`` -> ``["NM4", "NM203"]`` (the type of ``--select`` and ``--ignore``)."""
    return [code.strip().upper() for code in text.split(",") if code.strip()]
