"""Reading: text -> nodes with positions, for YAML, JSON and JSON Lines.

How reading works, in the order the data flows:

1. :mod:`~newsmodel.reading.files` opens a regular file (never a pipe or a
   device) and reads it as UTF-8 within ``max_file_size``.
2. The text becomes a tree of :class:`~newsmodel.reading.nodes.Node` objects,
   each with the line and column it was written at:
   :mod:`~newsmodel.reading.yaml_events` reads libyaml's parser events,
   :mod:`~newsmodel.reading.json` reads JSON by recursive descent, and
   :mod:`~newsmodel.reading.lines` splits JSON Lines text into lines.  Plain
   YAML scalars are resolved with the YAML 1.2 core schema, and numbers are
   kept only when kept exactly (:mod:`~newsmodel.reading.scalars`).
3. YAML that newsmodel reads as the spec says but other readers may read
   otherwise gives warnings (:func:`yaml_warnings`); what libyaml itself
   reads otherwise is read as the spec says or refused
   (:mod:`~newsmodel.reading.yaml_spec`).
4. Valid YAML takes a shortcut: :mod:`~newsmodel.reading.yaml_fast` builds the
   plain data (for text in the layout newsmodel writes,
   :mod:`~newsmodel.reading.yaml_lines` reads it line by line; other text goes
   to libyaml's C composer, :mod:`~newsmodel.reading.yaml_composer`), and
   gives ``None`` for anything unusual, which is then read again with
   positions for its problems.  PyYAML is imported only when a reader of it
   is needed: a file the line reader reads is checked without it.

A reader that cannot build the tree raises
:class:`~newsmodel.reading.nodes.ParseFailure` with every problem found, each
with its file, line and column; no input makes a reader raise anything else.
The callers (:mod:`newsmodel.io`, :mod:`newsmodel.dataset`) turn the nodes into
typed records.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING

from newsmodel.reading.files import (
    BLOCK,
    NotRegularError,
    not_utf8,
    open_regular,
    read_text,
    too_large,
    unreadable,
    utf8_size_over,
)
from newsmodel.reading.nodes import Node, ParseFailure
from newsmodel.reading.scalars import exact_float, lone_surrogate, resolve_plain
from newsmodel.reading.yaml_fast import read_yaml_plain
from newsmodel.reading.yaml_warnings import yaml_warnings

if TYPE_CHECKING:  # imported when first used: a file of the other format needs neither reader
    from newsmodel.reading.json import parse_json
    from newsmodel.reading.yaml_events import parse_yaml

#: The readers imported when first used, by name: the module each is in.
_LAZY = {"parse_json": "json", "parse_yaml": "yaml_events"}

__all__ = [
    "BLOCK",
    "Node",
    "NotRegularError",
    "ParseFailure",
    "exact_float",
    "lone_surrogate",
    "not_utf8",
    "open_regular",
    "parse_json",
    "parse_yaml",
    "read_text",
    "read_yaml_plain",
    "resolve_plain",
    "too_large",
    "unreadable",
    "utf8_size_over",
    "yaml_warnings",
]

if not TYPE_CHECKING:  # hidden from type checkers, which would take any name for a public one

    def __getattr__(name: str) -> object:
        """Import a reader (``parse_json``, ``parse_yaml``) when it is first used."""
        if name not in _LAZY:
            raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
        value = getattr(importlib.import_module(f"{__name__}.{_LAZY[name]}"), name)
        globals()[name] = value
        return value
