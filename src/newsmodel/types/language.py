"""Language tags: BCP 47 (RFC 5646), well formed and with registered subtags."""

from __future__ import annotations

import contextlib
import re
from typing import Any, NewType

from newsmodel._wording import short
from newsmodel.types.base import Fault, Inline, ScalarType
from newsmodel.types.subtags import registered
from newsmodel.types.text import check_text

__all__ = ["LANGUAGE_TAG", "LanguageTag", "check_language"]

LanguageTag = NewType("LanguageTag", str)
"""A BCP 47 language tag (``en``, ``fr``, ``fr-ML``, ``bm``)."""

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
#: The grammar as a pattern (also the JSON Schema's).
PATTERN = f"^(?:{_LANGTAG}|{_PRIVATE_USE}|{_IRREGULAR})$"
_PATTERN = re.compile(PATTERN)


def check_language(value: object) -> LanguageTag:
    """Return ``value`` if it is a BCP 47 tag (``en``, ``fr-ML``)."""
    text = check_text(value)
    # The RFC 5646 grammar first: langcodes also accepts locale names with
    # underscores (en_US) and tags with no language subtag ('419').  A tag of
    # registered subtags is one langcodes accepts, found without importing it.
    if _PATTERN.match(text) and registered(text):
        return LanguageTag(text)
    # Imported here, for the other tags: importing langcodes takes longer than
    # starting the command, and the fast path checks a tag once (see _fast_language).
    import langcodes  # noqa: PLC0415

    if _PATTERN.match(text) and langcodes.tag_is_valid(text):
        return LanguageTag(text)
    hint = None
    if "_" in text and langcodes.tag_is_valid(text.replace("_", "-")):
        hint = f"write {text.replace('_', '-')!r}"
    import pycountry  # noqa: PLC0415 - for the hint only

    with contextlib.suppress(LookupError, AttributeError):
        hint = f"write {pycountry.languages.lookup(text).alpha_2!r}"
    raise Fault("NM305", f"{short(text)} is not a BCP 47 language tag", hint)


#: Tags checked by the fast path (tags repeat), at most ``_REMEMBERED``.
_SEEN: set[str] = set()
_REMEMBERED = 4096


def _fast_language(value: Any) -> Any:
    """``value`` if it is a BCP 47 tag, remembered; raise a Fault otherwise."""
    check_language(value)
    if len(_SEEN) >= _REMEMBERED:
        _SEEN.clear()
    _SEEN.add(value)
    return value


_TAGS = ("en", "fr", "ar", "fr-ML", "bm", "ru", "uk", "en-GB", "es", "pt", "no", "zh-Hant-TW")


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.sampled_from(_TAGS).map(LanguageTag)


LANGUAGE_TAG = ScalarType(
    annotation=LanguageTag,
    python=str,
    name="LanguageTag",
    label="language tag",
    plural="language tags",
    doc="A BCP 47 language tag (`en`, `fr`, `fr-ML`, `bm`): well formed (RFC 5646), "
    "with registered subtags.",
    check=check_language,
    schema=lambda: {
        "title": "Language tag",
        "description": "A BCP 47 language tag (en, fr, fr-ML, bm).",
        "type": "string",
        "pattern": PATTERN,
    },
    # Most tags are found among those seen: a set lookup, no call.
    fast=Inline(
        value="({v} if {v}.__class__ is str and {v} in _language_seen else _language_check({v}))",
        names={"_language_seen": _SEEN, "_language_check": _fast_language},
    ),
    strategy=_strategy,
)
