"""JSON text: indented JSON for bundle files, and JSON Lines.

orjson writes indented JSON where it is installed; the standard library
writes it otherwise (and always writes JSON Lines, one compact line a value).
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from typing import Any

try:
    import orjson as _orjson
except ImportError:  # no wheel for this interpreter (PyPy): the standard library writes JSON
    _orjson = None  # type: ignore[assignment]

__all__ = ["indented_json", "json_lines"]


def indented_json(data: Any) -> str:
    """JSON text indented by two spaces, with a final line break.

    Written by orjson where it is installed (the standard library's encoder
    is pure Python when it indents: twenty times slower).  The two write the
    same text, but for floats below 1e-4 (``0.00001``, where Python writes
    ``1e-05``; both read back as the same number) and integers beyond 64
    bits, which orjson leaves to the standard library.
    """
    if _orjson is not None:
        try:
            return _orjson.dumps(data, option=_orjson.OPT_INDENT_2).decode() + "\n"
        except TypeError:  # an integer beyond 64 bits
            pass
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def json_lines(values: Iterable[Any]) -> str:
    """JSON Lines text: each value as one line of compact JSON, unicode kept."""
    return "".join(json.dumps(value, ensure_ascii=False) + "\n" for value in values)
