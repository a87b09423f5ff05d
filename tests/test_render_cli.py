"""The command-line page lists every subcommand and option of the real parser."""

from __future__ import annotations

import argparse

from newsmodel import render
from newsmodel.cli import build_parser
from rendering import parsers


def test_cli_reference_lists_every_subcommand_and_option() -> None:
    parser = build_parser()
    text = render.cli_reference(parser)
    for sub in list(parsers(parser))[1:]:
        name = sub.prog.split()[-1]
        assert f"## newsmodel {name} {{ #newsmodel-{name} }}" in text
        assert f"usage: {sub.prog}" in text
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}" in text, (name, option)
            if not action.option_strings:
                assert f"`{action.metavar or action.dest}`" in text
    assert "--version" in text
    assert "Exit status" in text


def test_cli_reference_follows_a_changed_parser() -> None:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            extra = action.add_parser("frobnicate", help="a command added by this test")
            extra.add_argument("--level", type=int, help="how much")
    text = render.cli_reference(parser)
    assert "## newsmodel frobnicate" in text
    assert "`--level LEVEL`" in text
