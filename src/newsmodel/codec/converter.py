"""The strict cattrs converter between plain data and newsmodel records.

cattrs' defaults coerce (``str(1)``, cattrs issue 518) and split a string
given for a list into characters (issue 44).  A converter from
:func:`make_converter` does neither:

- a string is only a ``str``, an integer only an ``int`` (never a ``bool``),
  a float an ``int`` or ``float`` that is finite, a list only a ``list``;
- unknown keys are errors, with a did-you-mean;
- every scalar type is checked as it is structured, by the check its module
  in :mod:`newsmodel.types` declares; vocabulary terms are looked up, the
  range and length constraints in each field's metadata are applied, and the
  per-value rules of :mod:`newsmodel.rules.values` run on each value once it is
  built.

With detailed validation on, cattrs collects every failing field of every
record instead of stopping at the first (attrs validators in ``__init__``
would stop at the first: attrs issues 694 and 440); :func:`structure_problems`
turns that exception tree into :class:`~newsmodel.problems.Problem` objects
with JSONPath paths.  Unstructuring omits fields equal to their default, so
dumped files stay short, and keeps field declaration order, so output is
deterministic.

The readers use the compiled fast path (:mod:`newsmodel.codec.fastpath`)
first and this module's converter only for data the fast path declines; a
converter passed to :func:`newsmodel.loads` (``converter=``) is used for
every record instead, so that its hooks always run.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, TypeVar, get_origin

import attrs
import cattrs
from cattrs.cols import homogenous_tuple_structure_factory
from cattrs.errors import (
    AttributeValidationNote,
    ClassValidationError,
    ForbiddenExtraKeysError,
    IterableValidationError,
    IterableValidationNote,
)
from cattrs.gen import make_dict_structure_fn, make_dict_unstructure_fn, override

from newsmodel._wording import article, closest, short, title
from newsmodel.model import _items_of, _optional_of, _unique_items
from newsmodel.problems import Problem
from newsmodel.rules import CHECKS
from newsmodel.types import SCALAR_TYPES, Fault, scalar_type, wrong_type
from newsmodel.types.text import check_text
from newsmodel.vocab import VOCABULARIES, Term

__all__ = [
    "make_converter",
    "structure",
    "structure_problems",
    "unstructure",
]

_T = TypeVar("_T")
Path = tuple[str | int, ...]


def _term(cls: type[Term]) -> Callable[[object, object], Term]:
    by_value = {member.term: member for member in cls}

    def structure_term(value: object, _: object = None) -> Term:
        text = check_text(value)
        member = by_value.get(text)
        if member is not None:
            return member
        from newsmodel.suggestions import suggest_term  # noqa: PLC0415 - only for a mistake

        close = suggest_term(cls, text)
        hint = f"did you mean {close.term!r}?" if close else "use one of: " + ", ".join(by_value)
        raise Fault("NM205", f"{short(text)} is not {article(title(cls))} term", hint)

    return structure_term


# --------------------------------------------------------------------------
# The converter
# --------------------------------------------------------------------------


def _constrained(
    hook: Callable[[Any, Any], Any], metadata: Mapping[str, Any], name: str
) -> Callable[[Any, Any], Any]:
    """Wrap a field's structure hook with the constraints in its metadata."""
    minimum, maximum = metadata.get("minimum"), metadata.get("maximum")
    min_items = metadata.get("min_items")

    def structure_field(value: Any, type_: Any) -> Any:
        result = hook(value, type_)
        if min_items is not None and len(result) < min_items:
            raise Fault(
                "NM206",
                f"{name} needs at least {min_items} item{'s' if min_items > 1 else ''}",
                "add the missing items",
            )
        if isinstance(result, (int, float)) and not isinstance(result, bool):
            if minimum is not None and result < minimum:
                raise Fault("NM307", f"{name} must be at least {minimum}, got {result}")
            if maximum is not None and result > maximum:
                raise Fault("NM307", f"{name} must be at most {maximum}, got {result}")
        return result

    return structure_field


def make_converter(*, detailed: bool = True) -> cattrs.Converter:
    """Return a new strict converter for newsmodel's records, bundles and values.

    Each call builds a fresh converter (as cattrs recommends), so that hooks a
    program registers on it do not leak into newsmodel or other programs.
    ``detailed`` turns on cattrs' detailed validation, which collects every
    problem instead of stopping at the first: :func:`structure_problems`
    needs it to explain.

    To read files with it, pass it to :func:`newsmodel.load`,
    :func:`newsmodel.loads` or :func:`newsmodel.iter_jsonl` (``converter=``):
    the readers then structure every record with it, and the compiled fast
    path is not used.

    >>> import newsmodel
    >>> conv = newsmodel.make_converter()
    >>> conv.structure({"aspect": "occurrence", "stance": "denial"}, newsmodel.Position)
    Position(aspect=<Aspect.OCCURRENCE: 'occurrence'>, stance=<Stance.DENIAL: 'denial'>, \
words=None, summary=None, notes=None)
    """
    conv = cattrs.Converter(
        forbid_extra_keys=True, detailed_validation=detailed, omit_if_default=True
    )
    for annotation, scalar in SCALAR_TYPES.items():
        hook = _hook(scalar.check)
        if get_origin(annotation) is None:  # a class or a NewType: dispatch by identity
            conv.register_structure_hook(annotation, hook)
            if scalar.unstructure is not None:
                conv.register_unstructure_hook(annotation, scalar.unstructure)
        else:  # a parametrized type (a mapping): dispatch by equality
            conv.register_structure_hook_func(_equal_to(annotation), hook)
            if scalar.unstructure is not None:
                conv.register_unstructure_hook_func(_equal_to(annotation), scalar.unstructure)

    # Class dispatch picks the most specific class: each vocabulary before str.
    for vocabulary in VOCABULARIES.values():
        conv.register_structure_hook(vocabulary, _term(vocabulary))
    conv.register_unstructure_hook(Term, lambda term: term.term)

    def optional_hook(type_: Any) -> Callable[[Any, Any], Any]:
        inner_type = _optional_of(type_)
        inner = conv.get_structure_hook(inner_type)

        def structure_optional(value: Any, _: Any) -> Any:
            return None if value is None else inner(value, inner_type)

        return structure_optional

    conv.register_structure_hook_factory(lambda t: _optional_of(t) is not None, optional_hook)

    def tuple_hook(type_: Any) -> Callable[[Any, Any], Any]:
        inner = homogenous_tuple_structure_factory(type_, conv)
        item = _items_of(type_)
        unique = _unique_items(item)
        label = f"a list of {_plural(item)}"

        def structure_tuple(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                raise wrong_type(label, value)
            result = inner(value, type_)
            if unique and len(set(result)) != len(result):
                seen: set[Any] = set()
                repeated = next(x for x in result if x in seen or seen.add(x))  # type: ignore[func-returns-value]
                raise Fault(
                    "NM208", f"{str(repeated)!r} is listed twice", "remove the repeated item"
                )
            return result

        return structure_tuple

    conv.register_structure_hook_factory(lambda t: _items_of(t) is not None, tuple_hook)

    def attrs_hook(cls: type[Any]) -> Callable[[Any, Any], Any]:
        attrs.resolve_types(cls)
        overrides: dict[str, Any] = {}
        for field in attrs.fields(cls):
            if {"minimum", "maximum", "min_items"} & set(field.metadata):
                base = _lazy(conv, field.type)
                overrides[field.name] = override(
                    struct_hook=_constrained(base, field.metadata, field.name)
                )
        inner = make_dict_structure_fn(
            cls,
            conv,
            _cattrs_forbid_extra_keys=True,
            _cattrs_detailed_validation=detailed,
            **overrides,
        )
        expected = f"a mapping ({article(title(cls))})"
        check = CHECKS.get(cls)

        def structure_record(value: Any, _: Any) -> Any:
            if not isinstance(value, dict):
                raise wrong_type(expected, value)
            result = inner(value, cls)
            if check is not None:
                faults = [
                    Fault(problem.code, problem.message, problem.hint, sub=sub)
                    for sub, problem in check(result)
                ]
                if faults:
                    raise ClassValidationError(f"While checking {cls.__name__}", faults, cls)
            return result

        return structure_record

    conv.register_structure_hook_factory(attrs.has, attrs_hook)

    def unstructure_hook(cls: type[Any]) -> Callable[[Any], dict[str, Any]]:
        inner = make_dict_unstructure_fn(cls, conv, _cattrs_omit_if_default=True)
        names = tuple(field.name for field in attrs.fields(cls))

        def unstructure_record(obj: Any) -> dict[str, Any]:
            # cattrs writes required fields first; files keep declaration order.
            data = inner(obj)
            return {name: data[name] for name in names if name in data}

        return unstructure_record

    conv.register_unstructure_hook_factory(attrs.has, unstructure_hook)
    return conv


def _lazy(conv: cattrs.Converter, type_: Any) -> Callable[[Any, Any], Any]:
    """Look up the real hook at first use (types may be recursive)."""

    def structure_lazily(value: Any, actual: Any) -> Any:
        return conv.get_structure_hook(type_)(value, actual)

    return structure_lazily


def _hook(check: Callable[[object], Any]) -> Callable[[Any, Any], Any]:
    """Return a cattrs structure hook (value, type) for a scalar type's check (value)."""

    def structure_scalar(value: Any, _: Any) -> Any:
        return check(value)

    return structure_scalar


def _equal_to(annotation: Any) -> Callable[[Any], bool]:
    """Return a cattrs dispatch predicate for one parametrized type."""

    def matches(type_: Any) -> bool:
        return bool(type_ == annotation)

    return matches


def _plural(item: Any) -> str:
    scalar = scalar_type(item)
    if scalar is not None:
        return scalar.plural
    if isinstance(item, type) and issubclass(item, Term):
        return f"{title(item)} terms"
    if isinstance(item, type):
        return f"{title(item)} mappings"
    return "items"


#: The strict converter the readers use for the data the fast path declines.
_DETAILED = make_converter(detailed=True)


def structure(data: Any, cls: type[_T]) -> _T:
    """Structure plain data into ``cls`` with the strict converter.

    Raises the cattrs exception tree on bad data; :func:`structure_problems`
    turns it into problems.  Most callers want :func:`newsmodel.loads`.
    """
    return _DETAILED.structure(data, cls)


def unstructure(obj: Any) -> Any:
    """Plain data for a record, bundle or value: dicts in field order, defaults left out."""
    return _DETAILED.unstructure(obj)


# --------------------------------------------------------------------------
# From cattrs errors to problems
# --------------------------------------------------------------------------


@cache
def _field_names(cls: type) -> tuple[str, ...]:
    return tuple(field.name for field in attrs.fields(cls))


def structure_problems(
    error: BaseException, path: Path = ()
) -> Iterator[tuple[Path, bool, Problem]]:
    """Flatten a cattrs exception tree into (path, points-at-key, problem) triples.

    The problem's ``path`` is rendered; the raw path lets the caller find
    the line and column in the parsed nodes.
    """
    for note in getattr(error, "__notes__", ()):
        if isinstance(note, AttributeValidationNote):
            path = (*path, note.name)
        elif isinstance(note, IterableValidationNote):
            path = (*path, note.index)
    if isinstance(error, ForbiddenExtraKeysError):
        names = _field_names(error.cl) if attrs.has(error.cl) else ()
        for key in sorted(error.extra_fields):
            close = closest(key, names)
            yield (
                (*path, key),
                True,
                Problem(
                    code="NM202",
                    message=f"unknown field {key!r} in {article(title(error.cl))}",
                    hint=f"did you mean {close!r}?"
                    if close
                    else f"the fields are: {', '.join(names)}",
                ),
            )
        return
    if isinstance(error, (ClassValidationError, IterableValidationError)):
        for sub in error.exceptions:
            yield from structure_problems(sub, path)
        return
    if isinstance(error, Fault):
        full = (*path, *error.sub)
        yield (full, error.at_key, Problem(code=error.code, message=error.message, hint=error.hint))
        return
    if isinstance(error, KeyError):
        name = str(error.args[0]) if error.args else "?"
        yield (
            path,
            False,
            Problem(
                code="NM201", message=f"missing required field {name!r}", hint=f"add '{name}:'"
            ),
        )
        return
    yield (path, False, Problem(code="NM203", message=str(error) or type(error).__name__))
