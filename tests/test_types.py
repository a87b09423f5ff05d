"""Every registered scalar type keeps its promises, the same way.

The converter, the fast path, the JSON Schema and the strategies all read a
type's one declaration in :mod:`newsmodel.types`; these properties run over
the whole registry, so a new type is tested by adding it there.
"""

from __future__ import annotations

import math
import re
import urllib.parse
from collections.abc import Callable
from typing import Any

import attrs
import jsonschema
import pytest
from cattrs.errors import ClassValidationError
from hypothesis import given, settings
from hypothesis import strategies as st

from newsmodel import schema
from newsmodel.dates import PartialDate
from newsmodel.model import _items_of, _model_types, _unwrapped
from newsmodel.types import SCALAR_TYPES, Decline, Fault, ScalarType, scalar_type
from newsmodel.types.url import check_url
from newsmodel.vocab import Term

TYPES = list(SCALAR_TYPES.values())
IDS = [scalar.name or scalar.label for scalar in TYPES]

#: Values that break some type's rule, or pass where a lax reader would not.
NASTY: tuple[Any, ...] = (
    None, True, False, 0, 1, -1, 2**53 + 1, 10**400, 1.0, 1.5, math.inf, math.nan, "", " ",
    "x", "ML", "ml", "UK", "en", "en_US", "English", "2022", "2022-02-30", "2022 /2023",
    "2022-07/2022-06", "mali-army", "Mali Army", "-mali", "https://x.org/a", "x.org",
    "http://[", "wikidata", [], ["x"], {}, {"wikidata": "Q1"}, {"wikidata": "1"},
    {"nope": "x"}, {"lei": ""}, {1: "x"}, PartialDate("2022"),
)  # fmt: skip


def _plain(scalar: ScalarType, value: Any) -> Any:
    return value if scalar.unstructure is None else scalar.unstructure(value)


def _accepts(check: Callable[[Any], Any], value: Any) -> tuple[bool, Any]:
    try:
        return True, check(value)
    except (Fault, ClassValidationError):
        return False, None


def _compiled(scalar: ScalarType) -> Callable[[Any], Any]:
    """The type's inline fast-path code as a function, as the fast path emits it."""
    body = "\n".join("    " + line for line in scalar.fast.statements.format(v="v").splitlines())
    source = f"def fast(v):\n{body}\n    return {scalar.fast.value.format(v='v')}\n"
    namespace: dict[str, Any] = {"_Decline": Decline, **scalar.fast.names}
    exec(compile(source, f"<fast {scalar.label}>", "exec"), namespace)
    return namespace["fast"]  # type: ignore[no-any-return]


@pytest.mark.parametrize("scalar", TYPES, ids=IDS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_strategy_values_pass_the_check_unchanged(scalar: ScalarType, data: st.DataObject) -> None:
    value = data.draw(scalar.strategy())
    assert isinstance(value, scalar.python)
    accepted, result = _accepts(scalar.check, _plain(scalar, value))
    assert accepted
    assert result == value
    assert type(result) is type(value) or scalar.python is not PartialDate


@pytest.mark.parametrize("scalar", TYPES, ids=IDS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_schema_accepts_what_the_check_accepts(scalar: ScalarType, data: st.DataObject) -> None:
    value = _plain(scalar, data.draw(scalar.strategy()))
    jsonschema.validate(value, dict(scalar.schema()))


@pytest.mark.parametrize("scalar", TYPES, ids=IDS)
@settings(max_examples=60, deadline=None)
@given(data=st.data())
def test_the_fast_check_agrees_with_the_check(scalar: ScalarType, data: st.DataObject) -> None:
    fast = _compiled(scalar)
    value = data.draw(
        st.one_of(scalar.strategy().map(lambda v: _plain(scalar, v)), st.sampled_from(NASTY))
    )
    accepted, result = _accepts(scalar.check, value)
    try:
        fast_result = fast(value)
    except Decline:  # Fault included; any other exception fails the test
        assert not accepted, f"the fast path declines {value!r}, which the check accepts"
        return
    assert accepted, f"the fast path accepts {value!r}, which the check refuses"
    assert fast_result == result
    assert type(fast_result) is type(result)


@pytest.mark.parametrize("scalar", TYPES, ids=IDS)
def test_checks_raise_faults_with_a_code_and_message(scalar: ScalarType) -> None:
    for value in NASTY:
        try:
            scalar.check(value)
        except (Fault, ClassValidationError) as error:  # a mapping: one fault per entry
            faults = error.exceptions if isinstance(error, ClassValidationError) else [error]
            found = [(f.code, f.message) for f in faults if isinstance(f, Fault)]
        else:
            continue
        assert len(found) == len(faults)
        assert all(code.startswith("NM") and message for code, message in found)


def test_every_field_type_is_known() -> None:
    """A field holds a scalar type, a term, a model class, or a list or optional of those."""
    for cls in _model_types():
        for field in attrs.fields(cls):
            inner = _unwrapped(field.type)
            inner = _items_of(inner) or inner
            known = (
                scalar_type(inner) is not None
                or (isinstance(inner, type) and issubclass(inner, Term))
                or attrs.has(inner)
            )
            assert known, f"{cls.__name__}.{field.name}: {field.type!r} is no registered type"


def test_schema_definitions_come_from_the_registry() -> None:
    definitions = schema.json_schema()["$defs"]
    for scalar in TYPES:
        if scalar.name is not None:
            assert definitions[scalar.name] == dict(scalar.schema())


def test_names_and_anchors_are_unique() -> None:
    assert len({scalar.anchor for scalar in TYPES}) == len(TYPES)
    names = [name for scalar in TYPES for name in scalar.fast.names]
    assert len(set(names)) == len(names)


# --------------------------------------------------------------------------
# URLs: a pattern takes the plain ones, urlsplit decides the rest
# --------------------------------------------------------------------------


def _urlsplit_accepts(text: str) -> bool:
    """The rule, as it reads without the pattern: http(s), a host, nothing unclean."""
    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:
        return False
    return (
        parts.scheme in ("http", "https")
        and bool(parts.netloc)
        and not re.search(r"[\s\x00-\x1f\x7f]", text)
    )


_URL_LIKE = st.builds(
    "".join,
    st.tuples(
        st.sampled_from(["http://", "https://", "HTTPS://", "hTtP://", "ftp://", "http:/", ""]),
        st.text(alphabet="ab.-_~:@%[]/?#!$&'()*+,;= \t\\\u00e9\uff0f\u2028\x00", max_size=12),
        st.text(max_size=12),
    ),
)


@given(st.one_of(_URL_LIKE, st.text(max_size=30)))
@settings(max_examples=500)
def test_urls_are_checked_as_urlsplit_reads_them(text: str) -> None:
    try:
        check_url(text)
    except Fault:
        accepted = False
    else:
        accepted = True
    assert accepted == _urlsplit_accepts(text)
