"""Scalars: the YAML 1.2 core schema, exact floats, and text that is not Unicode.

Plain (unquoted) YAML scalars are resolved with the YAML 1.2 core schema, never
YAML 1.1: ``NO``, ``yes`` and ``on`` stay strings, ``2022-07-13`` stays a
string, and only ``true``/``false`` are booleans.  A number is kept only if it
is kept exactly (:func:`exact_float`); otherwise the reader reports it.
"""

from __future__ import annotations

import math
import re

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
    "yaml11_value",
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
    from decimal import Decimal  # noqa: PLC0415 - rare: long literals and exponents only

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


# --------------------------------------------------------------------------
# YAML 1.1: what older readers (PyYAML, libyaml-based tools) make of a plain scalar
# --------------------------------------------------------------------------

#: The booleans of the YAML 1.1 type repository (yaml.org/type/bool.html).
_YAML11_TRUE = frozenset(["y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON"])
_YAML11_FALSE = frozenset(
    ["n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF"]
)
#: Integers (yaml.org/type/int.html): binary, octal with a leading 0, decimal and
#: hexadecimal with underscores, and base 60 (``1:20`` is 80).
_YAML11_INT = re.compile(
    r"[-+]?(?:0b[01_]+|0[0-7_]+|0|[1-9][0-9_]*|0x[0-9a-fA-F_]+|[1-9][0-9_]*(?::[0-5]?[0-9])+)\Z"
)
#: Floats (yaml.org/type/float.html): a dot is required, an exponent has a sign;
#: base 60 too.  (At least one digit, as every YAML 1.1 reader requires.)
_YAML11_FLOAT = re.compile(
    r"[-+]?(?:(?=[0-9_]*\.?[0-9])(?:[0-9][0-9_]*)?\.[0-9._]*(?:[eE][-+][0-9]+)?"
    r"|[0-9][0-9_]*(?::[0-5]?[0-9])+\.[0-9_]*)\Z"
)


def _base60(text: str) -> float:
    value = 0.0
    for part in text.split(":"):
        value = value * 60 + float(part)
    return value


def yaml11_value(text: str) -> Scalar:
    """Return what a YAML 1.1 reader makes of a plain scalar: ``017`` is 15, ``yes`` true.

    Infinity and NaN, null and the string cases read as YAML 1.2 reads them;
    a float YAML 1.1 allows but Python cannot read (``1.2.3``) is kept as text.
    """
    if text in _YAML11_TRUE:
        return True
    if text in _YAML11_FALSE:
        return False
    if text in NULL or _INF.match(text) or _NAN.match(text):
        return resolve_plain(text)
    sign = -1 if text[:1] == "-" else 1
    digits = text.lstrip("+-").replace("_", "")
    try:
        if _YAML11_INT.match(text) and len(digits) <= MAX_INT_DIGITS:
            if ":" in digits:
                number = int(_base60(digits))
            elif digits[:2] in ("0b", "0x"):
                number = int(digits[2:], 2 if digits[1] == "b" else 16)
            else:
                number = int(digits, 8 if len(digits) > 1 and digits[0] == "0" else 10)
            return sign * number if number < _INT_CEILING else text
        if _YAML11_FLOAT.match(text):
            return sign * (_base60(digits) if ":" in digits else float(digits))
    except (OverflowError, ValueError):  # an infinite base 60 number, 1.2.3: not a number
        pass
    return text
