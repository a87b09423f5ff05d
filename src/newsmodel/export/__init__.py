"""Exports of a dataset to the formats its users' tools read.

Each format lives in a module of this package, named for it, and writes with
the library its peers use, installed as an optional extra named after that
backend (``pip install 'newsmodel-accusations[tables]'``).  A format module
imports its backend when it runs, through :func:`require`, so that a missing
extra gives a clear message instead of an ``ImportError`` deep in a call.

Every format module has the same face: ``write(dataset, out)`` writes the
records of a checked :class:`~newsmodel.dataset.Dataset` to ``out`` (a file or
a folder, as the format needs) and returns an :class:`Exported` naming the
files written and, one line each, what the format could not hold.
:data:`FORMATS` lists the formats; :func:`export` runs one by name.
"""

from __future__ import annotations

import importlib
from collections.abc import Mapping
from pathlib import Path
from types import MappingProxyType, ModuleType
from typing import TYPE_CHECKING

import attrs

if TYPE_CHECKING:
    from newsmodel.dataset import Dataset

__all__ = ["FORMATS", "Exported", "Format", "MissingExtraError", "export", "require"]

#: The distribution's name on PyPI, for install hints.
DISTRIBUTION = "newsmodel-accusations"


@attrs.frozen
class Format:
    """One export format: its name, the module that writes it and the extra it needs."""

    name: str
    module: str
    extra: str | None
    summary: str
    #: The packages of the extra that writing needs, checked before a dataset is read.
    packages: tuple[str, ...] = ()


#: The export formats, by the name the command line and :func:`export` take.
FORMATS: Mapping[str, Format] = MappingProxyType(
    {
        format.name: format
        for format in (
            Format(
                "tables",
                "newsmodel.export.tables",
                "tables",
                "one table per record kind and nested list: CSV, Parquet and DuckDB, "
                "with a Frictionless data package",
                ("pyarrow", "duckdb"),
            ),
            Format(
                "ftm",
                "newsmodel.export.ftm",
                "ftm",
                "FollowTheMoney entities, as JSON Lines (for Aleph and OpenSanctions tools)",
                ("followthemoney",),
            ),
            Format(
                "jsonld",
                "newsmodel.export.jsonld",
                "jsonld",
                "schema.org JSON-LD, with newsmodel's own terms where schema.org has none",
            ),
            Format(
                "plover",
                "newsmodel.export.plover",
                None,
                "PLOVER event records (JSON Lines) and ACLED-style rows (CSV)",
            ),
        )
    }
)


class MissingExtraError(ImportError):
    """An export needs a package that is not installed; the message says how to add it."""


def require(package: str, extra: str) -> ModuleType:
    """Import ``package`` for an export, or say which extra installs it.

    >>> require("json", "tables").__name__
    'json'
    >>> try:
    ...     require("nopkg", "tables")
    ... except MissingExtraError as error:
    ...     print(error)
    this export needs nopkg, which is not installed: pip install 'newsmodel-accusations[tables]'
    """
    try:
        return importlib.import_module(package)
    except ModuleNotFoundError as error:
        if error.name != package.partition(".")[0] and error.name != package:
            raise  # the package is there, but something it imports is not: not ours to hide
        raise MissingExtraError(
            f"this export needs {package}, which is not installed: "
            f"pip install '{DISTRIBUTION}[{extra}]'"
        ) from None


@attrs.frozen
class Exported:
    """What an export wrote, and what the format could not hold."""

    #: The files written, in the order they were written.
    files: tuple[Path, ...] = ()
    #: One line for each value or record the format could not hold (``Allegation
    #: hombori-killing.hedge: FollowTheMoney has no property for it``).
    losses: tuple[str, ...] = ()


def export(dataset: Dataset, format: str, out: str | Path) -> Exported:
    """Write ``dataset`` to ``out`` in ``format`` (a key of :data:`FORMATS`).

    Raises ``KeyError`` for an unknown format and :class:`MissingExtraError`
    when the format's extra is not installed.
    """
    module = importlib.import_module(FORMATS[format].module)
    result: Exported = module.write(dataset, Path(out))
    return result
