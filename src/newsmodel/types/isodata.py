"""The ISO code lists of pycountry's databases, read without importing pycountry.

pycountry's import looks its own version up in the installed distributions'
metadata and takes several times as long as reading one of its JSON files, so
the scalar types that check ISO codes (:mod:`~newsmodel.types.country`,
:mod:`~newsmodel.types.currency`) and the exports that name countries
(:mod:`~newsmodel.export.plover`) read the file directly, and import pycountry
only when the file is not where pycountry keeps it.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable, Iterable, Mapping

__all__ = ["iso_codes", "iso_entries"]


def _entries(database: str) -> list[dict[str, str]] | None:
    """Return the entries of pycountry's ``iso<database>.json``, or ``None`` if unreadable."""
    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations if spec else None) or ():
        try:
            with open(os.path.join(folder, "databases", f"iso{database}.json"), "rb") as file:
                entries = json.load(file)[database]
        except (OSError, ValueError, LookupError, TypeError):
            continue
        if isinstance(entries, list):
            return entries
    return None


def iso_codes(database: str, field: str, fallback: Callable[[], Iterable[str]]) -> frozenset[str]:
    """Return the ``field`` of every entry of pycountry's ``iso<database>.json``.

    ``database`` is the standard's number (``3166-1``, ``4217``); ``fallback``
    gives the codes through pycountry itself when the file cannot be read.
    """
    entries = _entries(database)
    try:
        if entries is not None:
            return frozenset(entry[field] for entry in entries)
    except (LookupError, TypeError):
        pass
    return frozenset(fallback())


def iso_entries(
    database: str, key: str, fallback: Callable[[], Mapping[str, Mapping[str, str]]]
) -> Mapping[str, Mapping[str, str]]:
    """Return the entries of pycountry's ``iso<database>.json`` by their ``key`` field.

    Each entry is the file's mapping (a country's ``name``, ``alpha_3`` and
    ``numeric``...); ``fallback`` builds the same through pycountry itself when
    the file cannot be read.
    """
    entries = _entries(database)
    try:
        if entries is not None:
            return {entry[key]: entry for entry in entries}
    except (LookupError, TypeError):
        pass
    return fallback()
