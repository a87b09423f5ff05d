"""Between plain data and typed records: the converter, the compiled fast path, and checks.

- ``newsmodel.codec.converter``: the strict cattrs converter
  (:func:`make_converter`), which explains every problem;
- ``newsmodel.codec.fastpath``: structure and unstructure functions
  compiled from the model, for data that needs no explaining;
- ``newsmodel.codec.check``: ``check()``, for records built in Python.

Both paths read the model's fields and the scalar types of
:mod:`newsmodel.types`, so they accept the same data; a hypothesis property
ties them.  The converter's names are imported when first used: valid data
takes the fast path, which needs neither the converter nor cattrs.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

from newsmodel.codec.check import check

if TYPE_CHECKING:
    from newsmodel.codec.converter import make_converter, structure_problems

__all__ = ["check", "make_converter", "structure_problems"]

_LAZY = frozenset({"make_converter", "structure_problems"})

if not TYPE_CHECKING:  # hidden from type checkers, which would take any name for a public one

    def __getattr__(name: str) -> Any:
        """Import a name of the converter when it is first used."""
        if name not in _LAZY:
            raise AttributeError(f"module 'newsmodel.codec' has no attribute {name!r}")
        return getattr(importlib.import_module("newsmodel.codec.converter"), name)
