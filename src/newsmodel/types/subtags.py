"""Registered BCP 47 subtags, read from the IANA registry file that langcodes ships.

Importing langcodes compiles its validity tables, which takes longer than
starting the command, to check the one or two tags a file holds.  Most tags
are a language with perhaps a script, a region and variants (``en``,
``fr-ML``, ``zh-Hant-TW``, ``de-CH-1901``); :func:`registered` says such a tag
is valid when every subtag is in the IANA Language Subtag Registry, which it
reads (without importing langcodes) when first asked.  Every subtag so
registered is one that langcodes accepts too (``tests/test_types.py`` checks
all of them); a tag of any other shape, or with a subtag not found, is left to
langcodes, so that the answer is always langcodes' own.
"""

from __future__ import annotations

import importlib.util
import os
import re

__all__ = ["registered"]

#: A tag this module reads on its own: language, then script, region and variants.
_SIMPLE = re.compile(
    r"(?P<language>[A-Za-z]{2,3})(?:-(?P<script>[A-Za-z]{4}))?"
    r"(?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?(?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)"
)

#: The registry's text, once read; ``b""`` when it cannot be read.
_registry: bytes | None = None


def _read() -> bytes:
    """Return the text of langcodes' copy of the registry, or ``b""`` if unreadable."""
    spec = importlib.util.find_spec("langcodes")
    for folder in (spec.submodule_search_locations if spec else None) or ():
        try:
            with open(os.path.join(folder, "data", "language-subtag-registry.txt"), "rb") as file:
                text = file.read()
        except OSError:
            continue
        if text.startswith(b"File-Date:"):
            # langcodes ships it with Unix line ends: not copied (700 KB) unless needed.
            return text.replace(b"\r\n", b"\n") if b"\r" in text else text
    return b""


def _has(kind: str, subtag: str) -> bool:
    """Whether the registry has ``subtag`` (written as the registry writes it) of ``kind``."""
    global _registry  # noqa: PLW0603 - read once, when first needed
    if _registry is None:
        _registry = _read()
    return f"\nType: {kind}\nSubtag: {subtag}\n".encode() in _registry


def registered(tag: str) -> bool:
    """Whether ``tag`` is a language with an optional script, region and variants, all registered.

    ``False`` says only that this module cannot tell: the tag has another
    shape (extended language, extension, private use, a repeated variant), a
    subtag is not in the registry, or the registry cannot be read.
    """
    parts = _SIMPLE.fullmatch(tag)
    if parts is None:
        return False
    language, script, region, variants = parts.group("language", "script", "region", "variants")
    variants = variants.lower().split("-")[1:]
    return (
        _has("language", language.lower())
        and (script is None or _has("script", script.title()))
        and (region is None or _has("region", region.upper()))
        and len(set(variants)) == len(variants)
        and all(_has("variant", variant) for variant in variants)
    )
