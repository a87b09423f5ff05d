"""External identifiers: an actor's ids in other registries, by scheme (``wikidata: Q912``)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from newsmodel._patterns import lazy
from newsmodel._wording import closest, short
from newsmodel.types.base import Decline, Fault, FrozenDict, Inline, ScalarType, wrong_type
from newsmodel.types.text import check_text
from newsmodel.vocab import IDENTIFIER_PATTERNS, IdentifierScheme

__all__ = ["IDENTIFIERS", "Identifiers", "check_identifiers"]

Identifiers = Mapping[IdentifierScheme, str]
"""The type of a mapping of identifier scheme to identifier."""

_SCHEMES = {scheme.term: scheme for scheme in IdentifierScheme}
_PATTERNS = {
    scheme: lazy(pattern.removeprefix("^").removesuffix("$"))
    for scheme, pattern in IDENTIFIER_PATTERNS.items()
}


def check_identifiers(value: object) -> FrozenDict:
    """Return the read-only mapping for plain data; every bad entry is its own fault."""
    if not isinstance(value, dict):
        raise wrong_type("a mapping of scheme to identifier", value)
    result: dict[IdentifierScheme, str] = {}
    faults: list[Exception] = []
    for key, raw in value.items():
        scheme = _SCHEMES.get(key) if isinstance(key, str) else None
        if scheme is None:
            close = closest(key, list(_SCHEMES)) if isinstance(key, str) else None
            faults.append(
                Fault(
                    "NM205",
                    f"{key!r} is not an identifier scheme; expected one of " + ", ".join(_SCHEMES),
                    f"did you mean {close!r}?" if close else None,
                    sub=(key,),
                    at_key=True,
                )
            )
            continue
        try:
            text = check_text(raw)
        except Fault as fault:
            fault.sub = (key,)
            faults.append(fault)
            continue
        pattern = _PATTERNS.get(scheme)
        if pattern is not None and not pattern.fullmatch(text):
            upper = text.upper()
            faults.append(
                Fault(
                    "NM308",
                    f"{short(text)} is not a valid {key} identifier "
                    f"(expected to match {IDENTIFIER_PATTERNS[scheme]})",
                    f"write {upper!r}: the letters are capitals"
                    if upper != text and pattern.fullmatch(upper)
                    else f"{key}: {scheme.description}",
                    sub=(key,),
                )
            )
            continue
        result[scheme] = text
    if faults:
        from cattrs.errors import ClassValidationError  # noqa: PLC0415 - for bad data only

        raise ClassValidationError("invalid identifiers", faults, dict)
    return FrozenDict(result)


def _fast_identifiers(value: Any) -> FrozenDict:
    if value.__class__ is not dict:
        raise Decline
    result = {}
    for key, raw in value.items():
        scheme = _SCHEMES.get(key) if key.__class__ is str else None
        if scheme is None or raw.__class__ is not str or not raw or raw.isspace():
            raise Decline
        pattern = _PATTERNS.get(scheme)
        if pattern is not None and not pattern.fullmatch(raw):
            raise Decline
        result[scheme] = raw
    return FrozenDict(result)


def _plain(identifiers: Mapping[IdentifierScheme, str]) -> dict[str, str]:
    """Plain data: a dict of scheme name to id, sorted by scheme."""
    return {str(key): value for key, value in sorted(identifiers.items())}


def _schema() -> dict[str, Any]:
    properties = {}
    for scheme in IdentifierScheme:
        pattern = IDENTIFIER_PATTERNS.get(scheme)
        entry: dict[str, Any] = {"description": scheme.description, "type": "string"}
        entry.update(
            {"minLength": 1, "pattern": pattern} if pattern else {"minLength": 1, "pattern": r"\S"}
        )
        properties[scheme.term] = entry
    return {"type": "object", "properties": properties, "additionalProperties": False}


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    wikidata = st.integers(1, 120_000_000).map(
        lambda number: FrozenDict({IdentifierScheme.WIKIDATA: f"Q{number}"})
    )
    return st.one_of(st.just(FrozenDict()), wikidata)


IDENTIFIERS = ScalarType(
    annotation=Identifiers,
    python=Mapping,
    name=None,
    label="mapping of identifier scheme to identifier",
    plural="mappings of identifier scheme to identifier",
    doc="Ids in external registries, by scheme (`wikidata: Q912`): each scheme at most once, "
    "each id matching its scheme's pattern where it has one.",
    check=check_identifiers,
    schema=_schema,
    fast=Inline(
        value="_identifiers_check({v})",
        names={"_identifiers_check": _fast_identifiers, "_identifiers_plain": _plain},
        plain="_identifiers_plain({v})",
    ),
    strategy=_strategy,
    unstructure=_plain,
)
