"""Limits on what one file may hold, so that hostile input costs bounded time and memory.

A validator runs on whatever lands in a pull request.  Every reader in
newsmodel takes a :class:`Limits` (``limits=`` in :func:`~newsmodel.load`,
:func:`~newsmodel.loads`, :func:`~newsmodel.iter_jsonl`,
:func:`~newsmodel.validate` and :class:`~newsmodel.Validator`; ``--max-*``
options on the command line) and reports a problem where input crosses one,
instead of running out of memory, time or stack:

- ``max_file_size``, 16 MiB: bytes in a YAML or JSON file, checked with ``stat``
  before the file is read (NM112);
- ``max_line_length``, 16 MiB: bytes in a JSON Lines line, checked while it is read
  (NM115);
- ``max_depth``, 64: levels of nested lists and mappings (NM111);
- ``max_aliases``, 1,000: values that YAML aliases copy (NM105);
- ``max_string_length``, 10 Mi characters: one string or key (NM113);
- ``max_records``, 10 million: records in one file (NM114);
- ``max_problems``, 1,000: problems reported for one file, 10,000 in one run (NM408).

The defaults are far above anything an honest dataset holds (the deepest
newsmodel field is 8 levels down; a long report body is a few hundred
thousand characters), and low enough that the worst file that passes them
is read in bounded time and memory: see ``benchmarks/corpus_bounds.py``.
JSON Lines files are read as streams, so their size is bounded only by
``max_line_length`` times ``max_records``, and their memory by one line (plus
the index of ids that dataset-wide checks keep).
"""

from __future__ import annotations

import re
from typing import Any

import attrs

from newsmodel._codecache import attrs_methods
from newsmodel._patterns import lazy

__all__ = ["DEFAULT_LIMITS", "MAX_DEPTH_CEILING", "Limits", "format_size", "parse_size"]

KiB, MiB, GiB = 2**10, 2**20, 2**30

#: The highest ``max_depth`` allowed: the readers and the converter recurse once or
#: twice per level, and must stay well inside Python's recursion limit (1000).
MAX_DEPTH_CEILING = 256


def _positive(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{attribute.name} must be an integer, not {value!r}")
    if value < 1:
        raise ValueError(f"{attribute.name} must be at least 1, not {value}")


def _depth(instance: Any, attribute: attrs.Attribute[int], value: int) -> None:
    _positive(instance, attribute, value)
    if value > MAX_DEPTH_CEILING:
        raise ValueError(
            f"max_depth must be at most {MAX_DEPTH_CEILING} (the readers recurse), not {value}"
        )


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


@attrs.frozen(kw_only=True)
class Limits:
    """How much one file may hold; input beyond a limit is a problem, never a crash.

    >>> Limits(max_string_length=1_000_000).max_depth
    64
    """

    max_file_size: int = attrs.field(default=16 * MiB, validator=_positive)
    """Bytes in a YAML or JSON file (or text given to :func:`~newsmodel.loads`), checked
    before reading: larger files are refused unread (NM112).  A YAML or JSON file is
    parsed whole, so this bounds memory: at worst about 60 times the file's size (a list
    of one-character values), 40% of that for ordinary records.  The largest example
    is 22 KB; use JSON Lines, read as a stream, for bigger datasets."""

    max_line_length: int = attrs.field(default=16 * MiB, validator=_positive)
    """Bytes in one JSON Lines line, not counting its line break (NM115).  Lines are read
    with this bound, so a file without line breaks is never read into memory whole; a
    line is parsed whole, like a YAML or JSON file, hence the same default as
    ``max_file_size``."""

    max_depth: int = attrs.field(default=64, validator=_depth)
    """Levels of nested lists and mappings (NM111); the deepest newsmodel field is 8
    levels down.  At most :data:`MAX_DEPTH_CEILING`."""

    max_aliases: int = attrs.field(default=1000, validator=_positive)
    """Values that YAML aliases (``*name``) copy in one file (NM105): an alias counts as
    many values as the anchored value holds once expanded, so that a few lines cannot
    expand to billions of values (a "billion laughs" bomb stops at the limit)."""

    max_string_length: int = attrs.field(default=10 * MiB, validator=_positive)
    """Characters in one string or key (NM113).  A long report body, a whole article, is a
    few hundred thousand characters."""

    max_records: int = attrs.field(default=10_000_000, validator=_positive)
    """Records in one file (NM114); reading stops at the first record over the limit.  A
    1 GiB JSON Lines file holds about 3.7 million records."""

    max_problems: int = attrs.field(default=1000, validator=_positive)
    """Problems reported for one file (NM408): past it, the rest of a file is not checked,
    and problems found across records are counted but not shown; a run reports at most ten
    times as many in all.  Each problem kept costs memory and output, and a file with
    thousands of problems has one mistake repeated: fix the first ones and check again."""


_ATTRS_METHODS.close()


#: The limits used when none are given.
DEFAULT_LIMITS = Limits()

_SIZE = lazy(r"\s*([0-9][0-9_]*)\s*(?:([kmgt])(?:i?b)?|b)?\s*\Z", re.IGNORECASE)
_UNITS = {None: 1, "k": KiB, "m": MiB, "g": GiB, "t": 2**40}


def parse_size(text: str) -> int:
    """``"10M"`` -> 10485760: a whole number with an optional binary suffix.

    The suffixes K, M, G and T (also written KB, KiB, MB...) are powers of
    1024.  Raises ``ValueError`` for anything else, or a size below 1.
    """
    match = _SIZE.match(text)
    if not match:
        raise ValueError(f"not a size: {text!r} (write a number, or 10M, 1G)")
    unit = match[2].lower() if match[2] else None
    value = int(match[1].replace("_", "")) * _UNITS[unit]
    if value < 1:
        raise ValueError(f"a size must be at least 1, not {text!r}")
    return value


def format_size(size: int) -> str:
    """``10485760`` -> ``"10 MiB"``; ``1536`` -> ``"1.5 KiB"``; small sizes in bytes."""
    for unit, name in ((2**40, "TiB"), (GiB, "GiB"), (MiB, "MiB"), (KiB, "KiB")):
        if size >= unit:
            return f"{size / unit:.1f}".removesuffix(".0") + f" {name}"
    return f"{size} byte{'' if size == 1 else 's'}"
