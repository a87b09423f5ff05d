"""Currency codes: ISO 4217 alphabetic codes in capitals, as pycountry knows them."""

from __future__ import annotations

from typing import Any, NewType

from newsmodel._wording import short
from newsmodel.types.base import Fault, Inline, ScalarType
from newsmodel.types.isodata import iso_codes
from newsmodel.types.text import check_text

__all__ = ["CURRENCY", "Currency", "check_currency"]

Currency = NewType("Currency", str)
"""An ISO 4217 alphabetic currency code in capitals (``EUR``, ``USD``, ``BRL``)."""

#: Every code the check accepts, read from pycountry's database when the first code
#: is checked (:func:`codes`).
CODES: set[str] = set()


def codes() -> set[str]:
    """Return :data:`CODES`, filled first if it is empty."""
    if not CODES:
        CODES.update(_pycountry_codes())
    return CODES


def _pycountry_codes() -> frozenset[str]:
    """Return the codes of pycountry's ISO 4217 database."""

    def through_pycountry() -> list[str]:
        import pycountry  # noqa: PLC0415 - only when its file cannot be read

        return [currency.alpha_3 for currency in pycountry.currencies]

    return iso_codes("4217", "alpha_3", through_pycountry)


#: Symbols and names in common use, for hints only (never accepted).
_SYMBOLS = {"€": "EUR", "$": "USD", "US$": "USD", "£": "GBP", "R$": "BRL", "¥": "JPY"}


def check_currency(value: object) -> Currency:
    """Return ``value`` if it is an ISO 4217 code; suggest the code for symbols and names."""
    text = check_text(value)
    if text in codes():
        return Currency(text)
    hint = None
    if text.upper() in codes():
        hint = f"write {text.upper()!r}: codes are capitals"
    elif text.strip() in _SYMBOLS:
        hint = f"write {_SYMBOLS[text.strip()]!r}"
    else:
        import pycountry  # noqa: PLC0415 - for the hint only

        try:
            found = pycountry.currencies.lookup(text)
        except LookupError:
            found = None
        if found is not None:
            hint = f"write {found.alpha_3!r} ({found.name})"
    raise Fault("NM315", f"{short(text)} is not an ISO 4217 currency code", hint)


def _schema() -> dict[str, Any]:
    import pycountry  # noqa: PLC0415

    found = sorted((currency.alpha_3, currency.name) for currency in pycountry.currencies)
    return {
        "title": "Currency",
        "description": "An ISO 4217 alphabetic currency code in capitals (EUR, USD, BRL).",
        "type": "string",
        "enum": [code for code, _ in found],
        "enumDescriptions": [name for _, name in found],
    }


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.sampled_from(sorted(codes())).map(Currency)


CURRENCY = ScalarType(
    annotation=Currency,
    python=str,
    name="Currency",
    label="currency code",
    plural="currency codes",
    doc="An ISO 4217 alphabetic currency code in capitals (`EUR`, `USD`, `BRL`).",
    check=check_currency,
    schema=_schema,
    fast=Inline(
        statements="if {v}.__class__ is not str or (\n"
        "    {v} not in _currency_codes and {v} not in _currency_codes_filled()\n"
        "):\n"
        "    raise _Decline",
        names={"_currency_codes": CODES, "_currency_codes_filled": codes},
    ),
    strategy=_strategy,
)
