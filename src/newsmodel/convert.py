"""The one strict cattrs converter between plain data and newsmodel records.

cattrs' defaults coerce (``str(1)``, cattrs issue 518) and split a string
given for a list into characters (issue 44).  This converter does neither:

- a string is only a ``str``, an integer only an ``int`` (never a ``bool``),
  a float an ``int`` or ``float`` that is finite, a list only a ``list``;
- unknown keys are errors, with a did-you-mean;
- every value type (ids, dates, country codes, language tags, URLs,
  vocabulary terms) is checked as it is structured, the range and length
  constraints in each field's metadata are applied, and the cross-field
  rules of :mod:`newsmodel.rules` run on each value once it is built.

With detailed validation on, cattrs collects every failing field of every
record instead of stopping at the first (attrs validators in ``__init__``
would stop at the first: attrs issues 694 and 440); :func:`structure_problems`
turns that exception tree into :class:`~newsmodel.problems.Problem` objects
with JSONPath paths.  Unstructuring omits fields equal to their default, so
dumped files stay short, and keeps field declaration order, so output is
deterministic.
"""

from __future__ import annotations

import contextlib
import math
import re
import unicodedata
import urllib.parse
from collections.abc import Callable, Iterator, Mapping
from functools import cache
from typing import Any, TypeVar

import attrs
import cattrs
import langcodes
import pycountry
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
from newsmodel.dates import PartialDate
from newsmodel.model import CountryCode, Id, LanguageTag, Url, _items_of, _optional_of
from newsmodel.problems import Problem
from newsmodel.rules import CHECKS
from newsmodel.vocab import IDENTIFIER_PATTERNS, VOCABULARIES, IdentifierScheme, Term

__all__ = [
    "converter",
    "structure",
    "structure_problems",
    "unstructure",
]

_T = TypeVar("_T")
Path = tuple[str | int, ...]


class Fault(ValueError):  # noqa: N818 - raised and caught inside the converter
    """A problem found while structuring one value (private to newsmodel)."""

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


def _describe(value: object) -> str:
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


def _wrong_type(expected: str, value: object) -> Fault:
    hint = None
    if expected.startswith("a string") and isinstance(value, (int, float, bool)):
        hint = "put the value in quotes to make it a string"
    elif expected == "a boolean" and isinstance(value, str) and value.lower() in _YAML11_BOOLS:
        hint = f"YAML 1.2 reads {value!r} as text; write true or false"
    elif expected.startswith("a list") and not isinstance(value, list):
        hint = "write a list, even of one item: [value] or a '- value' line"
    return Fault("NM203", f"expected {expected}, got {_describe(value)}", hint)


_YAML11_BOOLS = frozenset({"yes", "no", "on", "off", "y", "n"})


# --------------------------------------------------------------------------
# Scalar checks
# --------------------------------------------------------------------------


def _str(value: object, _: object = None) -> str:
    if not isinstance(value, str):
        raise _wrong_type("a string", value)
    if not value or value.isspace():
        raise Fault("NM204", "the string is empty", "give a value, or leave the field out")
    return value


def _int(value: object, _: object = None) -> int:
    if isinstance(value, bool) or not isinstance(value, int):
        if isinstance(value, float) and value.is_integer():
            raise Fault(
                "NM203", f"expected an integer, got the number {value!r}", f"write {int(value)}"
            )
        raise _wrong_type("an integer", value)
    return value


def _float(value: object, _: object = None) -> float:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise _wrong_type("a number", value)
    if isinstance(value, int):
        # An integer where a number is expected is kept only if a float holds it exactly.
        try:
            exact = float(value)
        except OverflowError:
            exact = math.inf
        if exact != value:
            raise Fault(
                "NM110",
                f"the integer {value} cannot be kept exactly as a number",
                "give a smaller number",
            )
        return exact
    if not math.isfinite(value):
        raise Fault(
            "NM110",
            f"{value} is not a finite number",
            "give a finite number, or leave the field out",
        )
    return value


def _bool(value: object, _: object = None) -> bool:
    if not isinstance(value, bool):
        raise _wrong_type("a boolean", value)
    return value


_ID = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*\Z")
_ID_MAX = 100


def check_id(value: object, _: object = None) -> Id:
    """Check a record id (see :data:`newsmodel.model.Id`)."""
    text = _str(value)
    if len(text) > _ID_MAX or not _ID.match(text):
        ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
        words = re.findall(r"[a-z0-9]+", ascii_text.lower())
        suggestion = "-".join(words)[:_ID_MAX].rstrip("-")
        raise Fault(
            "NM301",
            f"{short(text)} is not a valid id: use lowercase letters and digits, "
            f"words joined by single hyphens, at most {_ID_MAX} characters",
            f"write {suggestion!r}" if suggestion else None,
        )
    return Id(text)


_ALPHA_2 = frozenset(country.alpha_2 for country in pycountry.countries)

# Codes in common use that ISO 3166-1 assigns otherwise (hints only; never accepted).
_COUNTRY_ALIASES = {"UK": "GB", "EL": "GR"}


def check_country(value: object, _: object = None) -> CountryCode:
    """Check an ISO 3166-1 alpha-2 code (``ML``); suggest the code for names and lowercase."""
    text = _str(value)
    if text in _ALPHA_2:
        return CountryCode(text)
    hint = None
    try:
        found = pycountry.countries.lookup(_COUNTRY_ALIASES.get(text.upper(), text))
    except LookupError:
        found = None
    if found is not None:
        hint = f"write {found.alpha_2!r} ({found.name})"
    raise Fault("NM304", f"{short(text)} is not an ISO 3166-1 alpha-2 country code", hint)


#: RFC 5646 (BCP 47) Language-Tag, written for ECMA-262 and Python alike, except that
#: the primary language subtag has 2 or 3 letters: the 4 to 8 letter forms that the
#: grammar reserves have no registered values, so "English" is rejected, as by newsmodel.
_ALPHA, _ALNUM = "[A-Za-z]", "[A-Za-z0-9]"
_LANGTAG = (
    f"{_ALPHA}{{2,3}}(?:-{_ALPHA}{{3}}){{0,3}}"  # language, extlang
    f"(?:-{_ALPHA}{{4}})?"  # script
    f"(?:-(?:{_ALPHA}{{2}}|[0-9]{{3}}))?"  # region
    f"(?:-(?:{_ALNUM}{{5,8}}|[0-9]{_ALNUM}{{3}}))*"  # variants
    f"(?:-[0-9A-WY-Za-wy-z](?:-{_ALNUM}{{2,8}})+)*"  # extensions
    f"(?:-[Xx](?:-{_ALNUM}{{1,8}})+)?"  # private use
)
_PRIVATE_USE = f"[Xx](?:-{_ALNUM}{{1,8}})+"
_IRREGULAR = (
    "en-GB-oed|i-ami|i-bnn|i-default|i-enochian|i-hak|i-klingon|i-lux|i-mingo|"
    "i-navajo|i-pwn|i-tao|i-tay|i-tsu|sgn-BE-FR|sgn-BE-NL|sgn-CH-DE"
)
_BCP47 = f"^(?:{_LANGTAG}|{_PRIVATE_USE}|{_IRREGULAR})$"
_BCP47_RE = re.compile(_BCP47)


def check_language(value: object, _: object = None) -> LanguageTag:
    """Check a BCP 47 language tag (``en``, ``fr-ML``)."""
    text = _str(value)
    # The RFC 5646 grammar first: langcodes also accepts locale names with
    # underscores (en_US) and tags with no language subtag ('419').
    if _BCP47_RE.match(text) and langcodes.tag_is_valid(text):
        return LanguageTag(text)
    hint = None
    if "_" in text and langcodes.tag_is_valid(text.replace("_", "-")):
        hint = f"write {text.replace('_', '-')!r}"
    with contextlib.suppress(LookupError, AttributeError):
        hint = f"write {pycountry.languages.lookup(text).alpha_2!r}"
    raise Fault("NM305", f"{short(text)} is not a BCP 47 language tag", hint)


def check_url(value: object, _: object = None) -> Url:
    """Check an absolute http(s) URL."""
    text = _str(value)
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:  # a malformed IPv6 host: http://[
        parts = urllib.parse.urlsplit("")
    clean = not re.search(r"[\s\x00-\x1f\x7f]", text)  # urlsplit strips control characters
    if parts.scheme in ("http", "https") and parts.netloc and clean:
        return Url(text)
    hint = f"write 'https://{text}'" if not parts.scheme and "." in text.split("/")[0] else None
    raise Fault("NM306", f"{short(text)} is not an absolute http(s) URL", hint)


def check_date(value: object, _: object = None) -> PartialDate:
    """Check an EDTF date string and wrap it."""
    text = _str(value) if not isinstance(value, PartialDate) else value.text
    try:
        return PartialDate(text)
    except ValueError as error:
        code = "NM303" if "ends before it starts" in str(error) else "NM302"
        raise Fault(code, str(error)) from None


def _term(cls: type[Term]) -> Callable[[object, object], Term]:
    by_value = {member.term: member for member in cls}
    # An external code names the term it maps to, when only one term has it
    # (IGO -> intergovernmental_organization, PKO -> peacekeeping_mission).
    by_code: dict[str, list[str]] = {}
    for member in cls:
        for code in member.codes.values():
            by_code.setdefault(code.upper(), []).append(member.term)

    def structure_term(value: object, _: object = None) -> Term:
        text = _str(value)
        member = by_value.get(text)
        if member is not None:
            return member
        coded = by_code.get(text.upper(), [])
        close = coded[0] if len(coded) == 1 else None
        close = close or closest(text.lower().replace(" ", "_").replace("-", "_"), list(by_value))
        hint = f"did you mean {close!r}?" if close else "use one of: " + ", ".join(by_value)
        raise Fault("NM205", f"{short(text)} is not {article(title(cls))} term", hint)

    return structure_term


def _identifiers(value: object, _: object = None) -> dict[IdentifierScheme, str]:
    if not isinstance(value, dict):
        raise _wrong_type("a mapping of scheme to identifier", value)
    schemes = {scheme.term: scheme for scheme in IdentifierScheme}
    result: dict[IdentifierScheme, str] = {}
    faults: list[Exception] = []
    for key, raw in value.items():
        scheme = schemes.get(key)
        if scheme is None:
            close = closest(key, list(schemes))
            faults.append(
                Fault(
                    "NM205",
                    f"{key!r} is not an identifier scheme; expected one of " + ", ".join(schemes),
                    f"did you mean {close!r}?" if close else None,
                    sub=(key,),
                    at_key=True,
                )
            )
            continue
        try:
            text = _str(raw)
        except Fault as fault:
            fault.sub = (key,)
            faults.append(fault)
            continue
        pattern = IDENTIFIER_PATTERNS.get(scheme)
        if pattern and not re.fullmatch(pattern.removeprefix("^").removesuffix("$"), text):
            faults.append(
                Fault(
                    "NM308",
                    f"{short(text)} is not a valid {key} identifier (expected to match {pattern})",
                    sub=(key,),
                )
            )
            continue
        result[scheme] = text
    if faults:
        raise ClassValidationError("invalid identifiers", faults, dict)
    return result


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


def _make_converter(*, detailed: bool) -> cattrs.Converter:
    conv = cattrs.Converter(
        forbid_extra_keys=True, detailed_validation=detailed, omit_if_default=True
    )
    for type_, hook in (
        (str, _str),
        (int, _int),
        (float, _float),
        (bool, _bool),
        (Id, check_id),
        (CountryCode, check_country),
        (LanguageTag, check_language),
        (Url, check_url),
        (PartialDate, check_date),
    ):
        conv.register_structure_hook(type_, hook)
    conv.register_unstructure_hook(PartialDate, lambda date: date.text)
    identifiers = Mapping[IdentifierScheme, str]
    conv.register_structure_hook_func(lambda t: t == identifiers, _identifiers)
    conv.register_unstructure_hook_func(
        lambda t: t == identifiers, lambda ids: {str(k): v for k, v in sorted(ids.items())}
    )

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
        scalar_items = (
            item is str or item is Id or (isinstance(item, type) and issubclass(item, Term))
        )
        label = f"a list of {_plural(item)}"

        def structure_tuple(value: Any, _: Any) -> Any:
            if not isinstance(value, list):
                raise _wrong_type(label, value)
            result = inner(value, type_)
            if scalar_items and len(set(result)) != len(result):
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
                raise _wrong_type(expected, value)
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


def _plural(item: Any) -> str:
    if item is str:
        return "strings"
    if item is Id:
        return "ids"
    if isinstance(item, type) and issubclass(item, Term):
        return f"{title(item)} terms"
    if isinstance(item, type):
        return f"{title(item)} mappings"
    return "items"


#: The strict converter: detailed validation on, so every problem is collected.
#: Readers try the functions of :mod:`newsmodel._fastpath` first, which accept
#: exactly the same data, and use this converter for the data they reject.
converter = _make_converter(detailed=True)


def structure(data: Any, cls: type[_T]) -> _T:
    """Structure plain data into ``cls`` with the strict converter.

    Raises the cattrs exception tree on bad data; :func:`structure_problems`
    turns it into problems.  Most callers want :func:`newsmodel.loads`.
    """
    return converter.structure(data, cls)


def unstructure(obj: Any) -> Any:
    """Plain data for a record, bundle or value: dicts in field order, defaults left out."""
    return converter.unstructure(obj)


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
