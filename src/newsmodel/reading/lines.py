"""Lines of JSON Lines text, split where JSON Lines splits them."""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["iter_lines"]


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    r"""Yield (1-based line number, line) for each non-blank line of JSON Lines text.

    Lines end at ``\n`` only (a ``\r`` before it is dropped): JSON strings may hold
    U+2028 and the other characters :meth:`str.splitlines` also splits at.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line.removesuffix("\r")
