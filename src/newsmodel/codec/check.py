"""Checks for records built in Python: the problems that loading their dumped text would give.

A file is checked as it is read; an object built in Python (``Actor(id="Not
An Id!", ...)``) is not, since attrs classes do not validate in ``__init__``
(collecting every problem needs the converter).  :func:`check` gives such an
object the same scrutiny: it turns the object into the plain data that
:func:`newsmodel.dumps` would write and structures that with the detailed
converter, which runs every value and cross-field rule, so the problems are
those of ``loads(dumps(obj))``, with JSONPaths into the object.  On the way
it reports what only a Python object can get wrong: a plain string where a
vocabulary term belongs (``kind="state"``), a string where a
:class:`~newsmodel.PartialDate` belongs, a list where a tuple belongs, a
mapping where a value class belongs.

:func:`newsmodel.dumps` checks a bundle this way before writing it, unless
newsmodel read or checked that very bundle already.
"""

from __future__ import annotations

import weakref
from typing import Any

import attrs

from newsmodel._wording import article, title
from newsmodel.dates import PartialDate
from newsmodel.model import (
    SCHEMA_VERSION,
    SUPPORTED_SCHEMA_VERSIONS,
    Bundle,
    _items_of,
    _optional_of,
)
from newsmodel.problems import Problem, render_path
from newsmodel.types import Fault, describe, scalar_type
from newsmodel.vocab import Term

__all__ = [
    "check",
    "is_checked",
    "mark_checked",
    "placed_problems",
    "plain_data",
    "schema_version_problem",
]

Path = tuple[str | int, ...]

#: Bundles newsmodel read or checked, by id (weakly: an entry goes with its bundle).
#: Bundles are immutable all the way down, so one that was valid stays valid.
_CHECKED: weakref.WeakValueDictionary[int, Bundle] = weakref.WeakValueDictionary()


def mark_checked(bundle: Bundle) -> Bundle:
    """Remember that ``bundle`` is valid (it was read, or checked); return it."""
    _CHECKED[id(bundle)] = bundle
    return bundle


def is_checked(bundle: Bundle) -> bool:
    """Whether ``bundle`` is one that newsmodel read or checked and found valid."""
    return _CHECKED.get(id(bundle)) is bundle


def schema_version_problem(value: object) -> Problem | None:
    """Return the problem of a bundle's ``schema_version``, or ``None`` when it is readable."""
    if isinstance(value, bool) or not isinstance(value, int):
        return Problem(
            code="NM203",
            message=f"expected an integer schema version, got {describe(value)}",
            hint=f"write schema_version: {SCHEMA_VERSION}",
        )
    if value not in SUPPORTED_SCHEMA_VERSIONS:
        supported = ", ".join(map(str, sorted(SUPPORTED_SCHEMA_VERSIONS)))
        return Problem(
            code="NM207",
            message=f"schema version {value} is not supported (this release reads {supported})",
            hint=f"upgrade newsmodel, or write schema_version: {SCHEMA_VERSION}",
        )
    return None


def check(obj: Any) -> list[Problem]:
    """Return every problem of a bundle, record or value built in Python.

    The problems are those that :func:`newsmodel.loads` would report for the
    text :func:`newsmodel.dumps` writes for ``obj`` (same codes, messages
    and hints), with JSONPaths from ``obj`` (``$.actors[0].country`` for a
    bundle, ``$.country`` for an actor) and no file or line.  Also reported
    (as NM203): values of the wrong Python class that a file cannot hold, such
    as ``kind="state"`` for ``kind=ActorKind.STATE``.  Rules across records
    (references, duplicate ids) are for :func:`newsmodel.validate`.

    >>> import newsmodel
    >>> actor = newsmodel.Actor(id="Not An Id!", name="Mali", kind=newsmodel.vocab.ActorKind.STATE)
    >>> [(p.code, p.path, p.hint) for p in newsmodel.check(actor)]
    [('NM301', '$.id', "write 'not-an-id'")]

    Raises :class:`TypeError` when ``obj`` is not an instance of a newsmodel model class.
    """
    return [problem for _, problem in placed_problems(obj)]


def placed_problems(obj: Any) -> list[tuple[Path, Problem]]:
    """Return the problems of :func:`check`, each with its raw path in ``obj``."""
    # The converter (and cattrs) only when something is checked: reading needs neither.
    from cattrs.errors import CattrsError  # noqa: PLC0415

    from newsmodel.codec.converter import _DETAILED, structure_problems  # noqa: PLC0415

    cls = type(obj)
    if not attrs.has(cls) or cls is PartialDate:
        raise TypeError(f"check() takes a newsmodel bundle, record or value, not {cls.__name__}")
    walk = _Walk()
    plain = walk.plain(obj, cls, ())
    found = list(walk.problems)
    if cls is Bundle:
        version = schema_version_problem(obj.schema_version)
        if version is not None:
            found.append((("schema_version",), attrs.evolve(version, path="$.schema_version")))
    try:
        _DETAILED.structure(plain, cls)
    except (CattrsError, Fault, KeyError) as error:
        for raw, _, problem in structure_problems(error):
            if cls is Bundle and raw == ("schema_version",) and problem.code == "NM203":
                continue  # said above, in the readers' words
            if not any(raw[: len(prefix)] == prefix for prefix, _ in walk.problems):
                found.append((raw, attrs.evolve(problem, path=render_path(raw))))
    found.sort(key=lambda item: walk.position(item[0]))  # stable: converter order within
    return found


def plain_data(obj: Any) -> Any:
    """Return the plain data of a model object, as :func:`check` reads it (never raises)."""
    return _Walk().plain(obj, type(obj), ())


class _Walk:
    """Turns an object into plain data by its fields' types, noting Python-only mistakes."""

    def __init__(self) -> None:
        self.problems: list[tuple[Path, Problem]] = []
        self.order: dict[Path, int] = {}
        """Every path walked, in the order of the fields: the order problems are given in."""

    def position(self, raw: Path) -> int:
        """Return the place of ``raw`` (or of its longest walked prefix) in the walk."""
        for end in range(len(raw), -1, -1):
            found = self.order.get(raw[:end])
            if found is not None:
                return found
        return 0

    def wrong(self, path: Path, expected: str, value: Any, hint: str) -> None:
        message = f"expected {expected}, got {describe(value)}"
        problem = Problem(code="NM203", message=message, hint=hint)
        self.problems.append((path, attrs.evolve(problem, path=render_path(path))))

    def plain(self, value: Any, type_: Any, path: Path) -> Any:
        """Return the plain data for ``value`` of the field type ``type_``."""
        self.order.setdefault(path, len(self.order))
        inner = _optional_of(type_)
        if inner is not None:
            return None if value is None else self.plain(value, inner, path)
        item = _items_of(type_)
        if item is not None:
            if isinstance(value, list):
                self.wrong(path, "a tuple", value, "records are immutable: give a tuple, (...)")
            if not isinstance(value, (tuple, list)):
                return value  # the converter says what it is
            return [self.plain(x, item, (*path, index)) for index, x in enumerate(value)]
        if isinstance(type_, type) and issubclass(type_, Term):
            return self.term(value, type_, path)
        if type_ is PartialDate:
            if isinstance(value, PartialDate):
                return value.text
            if isinstance(value, str):
                self.wrong(path, "a PartialDate", value, f"write PartialDate({value!r})")
            return value
        if attrs.has(type_):
            if isinstance(value, type_):
                attrs.resolve_types(type_)  # field types are strings until resolved
                return {
                    field.name: self.plain(
                        getattr(value, field.name), field.type, (*path, field.name)
                    )
                    for field in attrs.fields(type_)
                }
            if isinstance(value, dict):
                self.wrong(path, article(title(type_)), value, f"build {type_.__name__}(...)")
            return value
        scalar = scalar_type(type_)
        if scalar is not None and scalar.unstructure is not None and isinstance(value, dict):
            return scalar.unstructure(value)  # a mapping: plain keys
        return value

    def term(self, value: Any, vocabulary: type[Term], path: Path) -> Any:
        if isinstance(value, vocabulary):
            return value.term
        if isinstance(value, str) and not isinstance(value, Term):
            member = next((m for m in vocabulary if m.term == value), None)
            if member is not None:
                hint = f"use {vocabulary.__name__}.{member.name}"
            else:  # the converter's own suggestion, as a member
                from newsmodel.suggestions import suggest_term  # noqa: PLC0415 - lazily

                member = suggest_term(vocabulary, value)
                hint = (
                    f"did you mean {vocabulary.__name__}.{member.name}?"
                    if member is not None
                    else f"use a member of {vocabulary.__name__}"
                )
            self.wrong(path, f"{article(title(vocabulary))} term", value, hint)
            return value
        if isinstance(value, Term):  # a term of another vocabulary
            hint = f"use a member of {vocabulary.__name__}"
            self.wrong(path, f"{article(title(vocabulary))} term", value.term, hint)
            return value.term
        return value
