"""Small helpers that word problem messages the same way everywhere."""

from __future__ import annotations

import re
from collections.abc import Iterable

__all__ = ["article", "closest", "short", "title"]


def article(noun: str) -> str:
    """Return ``noun`` with its indefinite article: "an actor", "a report"."""
    return f"an {noun}" if noun[:1] in "aeiou" else f"a {noun}"


def closest(word: str, choices: Iterable[str]) -> str | None:
    """Return the choice most like ``word`` (for a "did you mean"), if one is close."""
    import difflib  # noqa: PLC0415 - here: only a mistake needs it, and it is slow to import

    match = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return match[0] if match else None


def short(text: str, limit: int = 40) -> str:
    """Return ``repr(text)``, cut to ``limit`` characters with an ellipsis."""
    return repr(text if len(text) <= limit else text[: limit - 1] + "…")


def title(cls: type) -> str:
    """Return a class name as words: ``ActorKind`` -> "actor kind"."""
    return re.sub(r"(?<!^)(?=[A-Z])", " ", cls.__name__.lstrip("_")).lower()
