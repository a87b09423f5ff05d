"""What the tests of the documentation share: paths, the model's fields, parsers, mkdocs."""

from __future__ import annotations

import argparse
import importlib.util
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest

from newsmodel.render import model_types

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
HAVE_MKDOCS = all(
    importlib.util.find_spec(name) is not None
    for name in ("mkdocs", "material", "mkdocstrings", "mkdocs_gen_files", "mkdocs_literate_nav")
)
needs_mkdocs = pytest.mark.skipif(
    not HAVE_MKDOCS, reason="the docs extra (mkdocs and its plugins) is not installed"
)
#: Quiet the banners that some mkdocs plugins print about mkdocs 2.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def model_fields() -> Iterator[tuple[type, attrs.Attribute[Any]]]:
    """Every field of every attrs class of a bundle file, with its class."""
    for cls in model_types():
        for field in attrs.fields(cls):
            yield cls, field


def parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    """A parser and, depth first, all its subcommands' parsers."""
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from parsers(sub)


def build_site(target: Path) -> None:
    """Build the documentation site into ``target`` with ``mkdocs build --strict``."""
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT,
        env={**os.environ, **QUIET},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
