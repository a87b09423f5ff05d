"""What a scalar type declares, once: :class:`ScalarType`, and the faults its check raises.

A scalar type is a kind of value that a field holds as one piece of text,
number or truth value, with a rule of its own: a record id, a country code, a
language tag, a URL, an EDTF date, a non-blank string, an integer...  Each one
lives in a module of this package that builds one :class:`ScalarType`, and
every part of newsmodel that needs to know about the type reads that object:

- the detailed converter (:mod:`newsmodel.codec.converter`) calls
  :attr:`ScalarType.check`, whose :class:`Fault` carries the problem code,
  message and hint;
- the compiled fast path (:mod:`newsmodel.codec.fastpath`) inlines
  :attr:`ScalarType.fast`;
- the JSON Schema takes :attr:`ScalarType.schema`, the reference docs
  :attr:`ScalarType.label` and :attr:`ScalarType.doc`;
- the hypothesis strategies and plugin call :attr:`ScalarType.strategy`;
- :func:`newsmodel.check` uses :attr:`ScalarType.python` to tell a value built
  in Python of the wrong class.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import attrs

from newsmodel._codecache import attrs_methods
from newsmodel._wording import short

__all__ = ["Decline", "Fault", "FrozenDict", "Inline", "ScalarType", "describe", "wrong_type"]

Path = tuple[str | int, ...]


class Decline(Exception):  # noqa: N818 - a signal, not an error
    """The compiled fast path's one way of saying "not for me".

    Generated code raises it (or a :class:`Fault`, a subclass) on the first
    thing that is off; the reader then reads the data again with the detailed
    converter, which explains.  Callers catch this class and nothing wider, so
    that any other exception is a bug that tests see.
    """


class Fault(Decline, ValueError):  # noqa: N818 - a fault in data, not an error of ours
    """A problem with one value: its code, message and hint (private to newsmodel).

    Raised by the checks of scalar types and by the converter's hooks; the
    converter turns it into a :class:`~newsmodel.Problem`.  ``sub`` is the
    path below the value where the fault lies (a key of a mapping), and
    ``at_key`` says the key itself, not its value, is at fault.
    """

    def __init__(
        self,
        code: str,
        message: str,
        hint: str | None = None,
        *,
        sub: Path = (),
        at_key: bool = False,
    ) -> None:
        super().__init__(message)
        self.code = code
        self.message = message
        self.hint = hint
        self.sub = sub
        self.at_key = at_key


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


@attrs.frozen(kw_only=True)
class Inline:
    """How the compiled fast path checks a value of a type, inline.

    ``statements`` are lines of Python (relative indentation kept) that check
    the variable named by ``{v}``, raising :class:`Decline` (bound as
    ``_Decline``) or a :class:`Fault` when it is not plainly valid; they may
    rebind it.  ``value`` is the expression of the structured value.  ``names``
    binds the globals those lines (and ``plain``) use; prefix them with the
    type's name, as every type's names share one namespace.  Ranges (``minimum``,
    ``maximum``) come from field metadata and are checked by the fast path.
    """

    statements: str = ""
    value: str = "{v}"
    names: Mapping[str, Any] = attrs.field(factory=dict)
    plain: str = "{v}"
    """The expression of the plain data of a structured value ``{v}`` (what
    :attr:`ScalarType.unstructure` returns), for the compiled unstructure functions."""


def _no_strategy() -> Any:  # pragma: no cover - every registered type has one
    raise NotImplementedError


@attrs.frozen(kw_only=True)
class ScalarType:
    """Everything newsmodel knows about one scalar type, in one place."""

    annotation: Any
    """What fields are annotated with: a class (``str``, ``PartialDate``) or a ``NewType``."""
    python: type | tuple[type, ...]
    """The class(es) a value built in Python must be an instance of (``str`` for an ``Id``)."""
    name: str | None
    """The name of its JSON Schema definition and reference section (``CountryCode``), or
    ``None`` for primitives, whose schema is written inline."""
    label: str
    """How docs and messages name one value (``country code``)."""
    plural: str
    """How they name several (``country codes``)."""
    doc: str
    """A paragraph of Markdown for the reference: what is accepted, with examples."""
    check: Callable[[object], Any]
    """Return the structured value for plain data, or raise :class:`Fault`."""
    schema: Callable[[], Mapping[str, Any]]
    """Return the JSON Schema fragment (a new dict) that mirrors :attr:`check`."""
    fast: Inline
    """The fast path's inline check."""
    strategy: Callable[[], Any] = _no_strategy
    """Return a hypothesis strategy of valid values (imports hypothesis when called)."""
    unstructure: Callable[[Any], Any] | None = None
    """Plain data for a value, when it is not the value itself (a date's text)."""
    unique_items: bool = False
    """Whether a list of these may not repeat an item (``uniqueItems`` in the schema)."""

    @property
    def anchor(self) -> str:
        """The anchor of its section in the schema reference (``countrycode``)."""
        return (self.name or self.label).lower().replace(" ", "")


_ATTRS_METHODS.close()


def describe(value: object) -> str:
    """Name a plain value for a message: ``the string 'x'``, ``the integer 3``, ``a list``."""
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    if isinstance(value, str):
        return f"the string {short(value)}"
    if isinstance(value, int):
        return f"the integer {value}"
    if isinstance(value, float):
        return f"the number {value!r}"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    return type(value).__name__


_YAML11_BOOLS = frozenset({"yes", "no", "on", "off", "y", "n"})


def wrong_type(expected: str, value: object) -> Fault:
    """Return the NM203 fault for a value of the wrong type, with a hint where one helps."""
    hint = None
    if expected.startswith("a string") and isinstance(value, (int, float, bool)):
        hint = "put the value in quotes to make it a string"
    elif expected == "a boolean" and isinstance(value, str) and value.lower() in _YAML11_BOOLS:
        hint = f"YAML 1.2 reads {value!r} as text; write true or false"
    elif expected.startswith("a list") and not isinstance(value, list):
        hint = "write a list, even of one item: [value] or a '- value' line"
    return Fault("NM203", f"expected {expected}, got {describe(value)}", hint)


class FrozenDict(dict):  # type: ignore[type-arg]
    """A read-only ``dict``: what mappings inside frozen records are.

    A ``dict`` subclass, so it compares, prints, pickles and serializes as a
    ``dict`` does (orjson and ``json`` write it as an object), and hashes by
    its items, so records that hold one stay hashable.  Every method that
    would change it raises :class:`TypeError`.
    """

    __slots__ = ()

    def _read_only(self, *args: object, **kwargs: object) -> Any:
        raise TypeError("a mapping in a newsmodel record is read-only; use attrs.evolve")

    __setitem__ = __delitem__ = __ior__ = _read_only
    clear = pop = popitem = setdefault = update = _read_only

    def __hash__(self) -> int:  # type: ignore[override]
        return hash(frozenset(self.items()))

    def __repr__(self) -> str:
        return f"FrozenDict({dict.__repr__(self)})"

    def __reduce__(self) -> tuple[Any, ...]:
        return (FrozenDict, (dict(self),))
