"""The command-line page, read from the ``newsmodel`` command's real argument parser."""

from __future__ import annotations

import argparse
import importlib
import inspect

from newsmodel.render import markdown as md
from newsmodel.render.docstrings import markdown_from_docstring

__all__ = ["cli_reference"]


def _usage(parser: argparse.ArgumentParser, width: int = 72) -> str:
    formatter = parser.formatter_class(prog=parser.prog, width=width)  # type: ignore[call-arg]
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return formatter.format_help().strip()


def _argument_rows(parser: argparse.ArgumentParser) -> list[tuple[str, str]]:
    rows = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        if action.option_strings:
            metavar = ""
            if action.nargs != 0:
                shown = action.metavar or (
                    "{" + ",".join(map(str, action.choices)) + "}"
                    if action.choices
                    else action.dest.upper()
                )
                metavar = " " + (f"{shown} [{shown} ...]" if action.nargs == "+" else str(shown))
            name = ", ".join(md.code(option + metavar) for option in action.option_strings)
        else:
            name = md.code(str(action.metavar or action.dest))
        help_text = md.escape(action.help % vars(action) if action.help else "")
        if isinstance(action, argparse._VersionAction):
            help_text = help_text or "print the version and exit"
        if action.nargs in ("?", "*") and not action.option_strings:
            help_text += " (optional)"
        rows.append((name, help_text))
    return rows


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.extend(action.choices.items())
    return found


def cli_reference(parser: argparse.ArgumentParser | None = None) -> str:
    """Render the reference of the ``newsmodel`` command, read from its argument parser.

    Every subcommand with its usage line, description and arguments.
    ``parser`` defaults to :func:`newsmodel.cli.build_parser`'s.
    """
    cli = importlib.import_module("newsmodel.cli")
    if parser is None:
        parser = cli.build_parser()
    assert parser is not None
    doc = inspect.cleandoc(cli.__doc__ or "")
    exit_status = next((part for part in doc.split("\n\n") if part.startswith("Exit status")), "")
    out = [
        "# Command line",
        "",
        md.escape(parser.description or ""),
        "",
        md.fence(_usage(parser), "text"),
        "",
        markdown_from_docstring(exit_status),
        "",
        "*This page is generated from the command's argument parser.*",
        "",
        md.table(("Option", "Description"), _argument_rows(parser)),
        "",
        "Commands:",
        "",
    ]
    commands = _subcommands(parser)
    for name, _sub in commands:
        out.append(f"- [`{name}`](#{parser.prog}-{name}): {md.escape(_help_of(parser, name))}")
    out.append("")
    for name, sub in commands:
        out += [
            f"## {parser.prog} {name} {{ #{parser.prog}-{name} }}",
            "",
            md.escape(sub.description or ""),
            "",
            md.fence(_usage(sub), "text"),
            "",
        ]
        rows = _argument_rows(sub)
        if rows:
            out += [md.table(("Argument", "Description"), rows), ""]
    return "\n".join(out).rstrip() + "\n"


def _help_of(parser: argparse.ArgumentParser, name: str) -> str:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.dest == name:
                    return choice.help or ""
    return ""
