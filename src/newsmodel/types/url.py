"""URLs: absolute ``http`` or ``https`` addresses with a host and no white space."""

from __future__ import annotations

import re
from typing import Any, NewType

from newsmodel._wording import short
from newsmodel.types.base import Fault, Inline, ScalarType
from newsmodel.types.text import check_text

__all__ = ["URL", "Url", "check_url"]

Url = NewType("Url", str)
"""An absolute ``http`` or ``https`` URL."""

#: What ``urlsplit`` silently strips, which a URL must not hold.
_UNCLEAN = re.compile(r"[\s\x00-\x1f\x7f]")
#: The URLs ``urlsplit`` need not read: an http(s) scheme in any case, a host part of
#: ASCII characters that a host, a port or user information may hold (no brackets,
#: which ``urlsplit`` checks as an IPv6 address, nothing it normalizes), then any
#: characters but white space and controls.  Whatever matches, the rule below accepts;
#: what does not is decided by ``urlsplit``, as before (the tests hold the two together).
_PLAIN = re.compile(
    r"[Hh][Tt][Tt][Pp][Ss]?://[A-Za-z0-9._~!$&'()*+,;=:@%-]+(?:[/?#][^\s\x00-\x1f\x7f]*)?\Z"
).match
#: The same rule for the JSON Schema: the scheme (any case), a non-empty host, no white space.
PATTERN = r"^[Hh][Tt][Tt][Pp][Ss]?://[^/?#\s][^\s]*$"


def check_url(value: object) -> Url:
    """Return ``value`` if it is an absolute http(s) URL; suggest ``https://`` for a bare host."""
    text = check_text(value)
    if _PLAIN(text):
        return Url(text)
    import urllib.parse  # noqa: PLC0415 - only for what the pattern leaves: most URLs need none

    try:
        parts = urllib.parse.urlsplit(text)
    except ValueError:  # a malformed IPv6 host: http://[
        parts = urllib.parse.urlsplit("")
    if parts.scheme in ("http", "https") and parts.netloc and not _UNCLEAN.search(text):
        return Url(text)
    hint = f"write 'https://{text}'" if not parts.scheme and "." in text.split("/")[0] else None
    raise Fault("NM306", f"{short(text)} is not an absolute http(s) URL", hint)


_DOMAINS = ("www.voanews.com", "www.reuters.com", "www.bbc.co.uk", "www.rfi.fr", "apnews.com")
_WORDS = ("mali", "denies", "un", "accusations", "army", "report", "killings", "2022")


def _strategy() -> Any:
    from hypothesis import strategies as st  # noqa: PLC0415 - an optional dependency

    return st.builds(
        lambda domain, words, number: Url(f"https://{domain}/a/{'-'.join(words)}-{number}.html"),
        st.sampled_from(_DOMAINS),
        st.lists(st.sampled_from(_WORDS), min_size=1, max_size=5),
        st.integers(1000, 9_999_999),
    )


URL = ScalarType(
    annotation=Url,
    python=str,
    name="Url",
    label="URL",
    plural="URLs",
    doc="An absolute `http` or `https` URL, with a host and no white space.",
    check=check_url,
    schema=lambda: {
        "title": "URL",
        "description": "An absolute http or https URL.",
        "type": "string",
        "pattern": PATTERN,
    },
    fast=Inline(value="_url_check({v})", names={"_url_check": check_url}),
    strategy=_strategy,
)
