"""Lines of JSON Lines text, split where JSON Lines splits them."""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["jsonl_lines"]


def jsonl_lines(text: str) -> Iterator[str]:
    r"""Split JSON Lines text into lines, at ``\n`` only (after an optional ``\r``).

    :meth:`str.splitlines` would also split at U+2028, U+0085 and others, which
    JSON strings may hold as they are.  Lines are yielded lazily, blank ones
    included, so that their numbers stay those of the text.
    """
    start = 0
    while start < len(text):
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        yield text[start:end].removesuffix("\r")
        start = end + 1
