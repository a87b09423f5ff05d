"""The ISO code lists of pycountry's databases, read without importing pycountry.

pycountry's import looks its own version up in the installed distributions'
metadata and takes several times as long as reading one of its JSON files, so
the scalar types that check ISO codes (:mod:`~newsmodel.types.country`,
:mod:`~newsmodel.types.currency`) read the file directly, and import pycountry
only when the file is not where pycountry keeps it.
"""

from __future__ import annotations

import importlib.util
import json
import os
from collections.abc import Callable, Iterable

__all__ = ["iso_codes"]


def iso_codes(database: str, field: str, fallback: Callable[[], Iterable[str]]) -> frozenset[str]:
    """Return the ``field`` of every entry of pycountry's ``iso<database>.json``.

    ``database`` is the standard's number (``3166-1``, ``4217``); ``fallback``
    gives the codes through pycountry itself when the file cannot be read.
    """
    spec = importlib.util.find_spec("pycountry")
    for folder in (spec.submodule_search_locations if spec else None) or ():
        try:
            with open(os.path.join(folder, "databases", f"iso{database}.json"), "rb") as file:
                return frozenset(entry[field] for entry in json.load(file)[database])
        except (OSError, ValueError, LookupError, TypeError):
            continue
    return frozenset(fallback())
