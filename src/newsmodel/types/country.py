"""Country codes: ISO 3166-1 alpha-2, in capitals, as pycountry knows them."""

from __future__ import annotations

from typing import Any, NewType

from newsmodel._wording import short
from newsmodel.types.base import Fault, Inline, ScalarType
from newsmodel.types.isodata import iso_codes
from newsmodel.types.text import check_text

__all__ = ["COUNTRY_CODE", "CountryCode", "check_country"]

CountryCode = NewType("CountryCode", str)
"""An ISO 3166-1 alpha-2 country code in capitals (``ML``, ``CI``, ``NO``)."""

#: Every code the check accepts, read from pycountry's database when the first code
#: is checked (:func:`codes`).
CODES: set[str] = set()


def codes() -> set[str]:
    """Return :data:`CODES`, filled first if it is empty."""
    if not CODES:
        # One update from a whole set: no thread sees the set half filled.
        CODES.update(_pycountry_codes())
    return CODES


def _pycountry_codes() -> frozenset[str]:
    """Return the codes of pycountry's ISO 3166-1 database."""

    def through_pycountry() -> list[str]:
        import pycountry  # noqa: PLC0415 - only when its file cannot be read

        return [country.alpha_2 for country in pycountry.countries]

    return iso_codes("3166-1", "alpha_2", through_pycountry)


# Codes in common use that ISO 3166-1 assigns otherwise (hints only; never accepted).
_ALIASES = {"UK": "GB", "EL": "GR"}


def check_country(value: object) -> CountryCode:
    """Return ``value`` if it is an alpha-2 code; suggest the code for names and lowercase."""
    text = check_text(value)
    if text in codes():
        return CountryCode(text)
    import pycountry  # noqa: PLC0415 - for the hint only

    hint = None
    try:
        found = pycountry.countries.lookup(_ALIASES.get(text.upper(), text))
    except LookupError:
        found = None
    if found is not None:
        hint = f"write {found.alpha_2!r} ({found.name})"
    raise Fault("NM304", f"{short(text)} is not an ISO 3166-1 alpha-2 country code", hint)


def _schema() -> dict[str, Any]:
    import pycountry  # noqa: PLC0415

    found = sorted(
        (country.alpha_2, getattr(country, "common_name", country.name))
        for country in pycountry.countries
    )
    return {
        "title": "Country code",
        "description": "An ISO 3166-1 alpha-2 country code in capitals (ML, CI, NO).",
        "type": "string",
        "enum": [code for code, _ in found],
        "enumDescriptions": [name for _, name in found],
    }


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.sampled_from(sorted(codes())).map(CountryCode)


COUNTRY_CODE = ScalarType(
    annotation=CountryCode,
    python=str,
    name="CountryCode",
    label="country code",
    plural="country codes",
    doc="An ISO 3166-1 alpha-2 country code in capitals (`ML`, `CI`, `NO`).",
    check=check_country,
    schema=_schema,
    # A set lookup, no call, once the set is filled (by the first code checked).
    fast=Inline(
        statements="if {v}.__class__ is not str or (\n"
        "    {v} not in _country_codes and {v} not in _country_codes_filled()\n"
        "):\n"
        "    raise _Decline",
        names={"_country_codes": CODES, "_country_codes_filled": codes},
    ),
    strategy=_strategy,
)
