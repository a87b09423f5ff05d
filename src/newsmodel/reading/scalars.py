"""Scalars: the YAML 1.2 core schema, exact floats, and text that is not Unicode.

Plain (unquoted) YAML scalars are resolved with the YAML 1.2 core schema, never
YAML 1.1: ``NO``, ``yes`` and ``on`` stay strings, ``2022-07-13`` stays a
string, and only ``true``/``false`` are booleans.  A number is kept only if it
is kept exactly (:func:`exact_float`); otherwise the reader reports it.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal

__all__ = [
    "FALSE",
    "MAX_INT_DIGITS",
    "NULL",
    "SURROGATE_HINT",
    "TRUE",
    "Scalar",
    "exact_float",
    "int_as_float",
    "lone_surrogate",
    "resolve_plain",
]

MAX_INT_DIGITS = 4300  # Python's own limit for int(str), whatever the base written in
_INT_CEILING = 10**MAX_INT_DIGITS
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")

Scalar = str | int | float | bool | None

NULL = frozenset({"", "~", "null", "Null", "NULL"})
TRUE = frozenset({"true", "True", "TRUE"})
FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")


def resolve_plain(text: str) -> Scalar:
    """Resolve a plain (unquoted) scalar with the YAML 1.2 core schema.

    Raises ``OverflowError`` for a number that cannot be kept exactly: an
    integer of more than 4300 decimal digits (whatever base it is written in),
    a float too large for a 64-bit float, or one with more digits than it
    keeps (see :func:`exact_float`).
    """
    if text in NULL:
        return None
    if text in TRUE:
        return True
    if text in FALSE:
        return False
    if _INT.match(text):
        if len(text.lstrip("+-")) > MAX_INT_DIGITS:
            raise OverflowError(f"an integer of {len(text)} digits is too long")
        return int(text)
    if _OCT.match(text) or _HEX.match(text):
        value = int(text[2:], 8 if text[1] == "o" else 16)
        if value >= _INT_CEILING:
            raise OverflowError(
                f"the integer {text[:12]}... has more than {MAX_INT_DIGITS} decimal digits"
            )
        return value
    if _FLOAT.match(text):
        return exact_float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


def exact_float(literal: str) -> float:
    """Return the float a decimal literal stands for, if it is kept exactly.

    "Exactly" means that the float, written back as newsmodel writes floats
    (the shortest ``repr`` that reads back the same), is the number the
    literal wrote: ``15.30`` and ``1e2`` are kept, ``1e400`` (infinity),
    ``1e-400`` (zero) and ``0.1000000000000000000001`` (``0.1``) would be
    altered and raise ``OverflowError``.  ``-0.0`` keeps its sign.
    """
    if len(literal) <= 15 and "e" not in literal and "E" not in literal:
        return float(literal)  # at most 15 significant digits, in the normal range: always exact
    value = float(literal)
    if math.isinf(value):
        raise _too_large(literal)
    try:
        exact = Decimal(literal) == Decimal(repr(value))
    except ArithmeticError:  # an exponent beyond what Decimal holds: 1e-99999999999999999999
        exact = False
    if not exact:
        raise _altered(literal, value)
    return value


def int_as_float(value: int, literal: str) -> float:
    """Return the float an integer stands for (``!!float 12``), if it is kept exactly.

    Raises ``OverflowError`` as :func:`exact_float` does: ``1`` followed by 309
    zeros is too large for a 64-bit float, and ``2**53 + 1`` would be altered.
    """
    if _INT.match(literal):
        return exact_float(literal)  # decimal digits: -0 is -0.0, and 1e309 is refused
    try:
        number = float(value)  # 0x and 0o integers
    except OverflowError:
        raise _too_large(literal) from None
    if int(number) != value:
        raise _altered(literal, number)
    return number


def _too_large(literal: str) -> OverflowError:
    return OverflowError(f"the number {_clip(literal)} is too large for a 64-bit float")


def _altered(literal: str, value: float) -> OverflowError:
    return OverflowError(
        f"the number {_clip(literal)} has more digits than a 64-bit float keeps "
        f"(it would be read as {value!r})"
    )


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


SURROGATE_HINT = "a string must be Unicode text; pair surrogates (\\ud83d\\ude00) or remove them"


def lone_surrogate(text: str) -> str | None:
    r"""Return a message naming the first lone surrogate in ``text``, or ``None``.

    A lone surrogate (from a JSON escape such as ``"\udc80"``, or a string
    decoded with ``surrogateescape``) is not Unicode text and cannot be written
    as UTF-8: it would fail, or be altered, on the way out.
    """
    match = _LONE_SURROGATE.search(text)
    if match is None:
        return None
    return f"the string holds a lone surrogate (U+{ord(match.group()):04X}), which is not Unicode"
