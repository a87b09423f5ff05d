"""Nodes: parsed values that keep their positions, and the failure that carries problems.

Both readers (:mod:`~newsmodel.reading.yaml_events` and
:mod:`~newsmodel.reading.json`) produce the same tree of :class:`Node` objects,
which keep the 1-based line and column of every value and every mapping key, so
that any problem found later can point at the exact spot.
"""

from __future__ import annotations

from typing import Any

from newsmodel.problems import Problem

__all__ = ["Node", "ParseFailure"]


class Node:
    """A parsed value with its position.

    ``value`` is a ``dict[str, Node]``, a ``list[Node]`` or a scalar.  For a
    mapping, ``keys`` holds the position of each key.
    """

    __slots__ = ("column", "keys", "line", "value")

    def __init__(
        self, value: Any, line: int, column: int, keys: dict[str, tuple[int, int]] | None = None
    ) -> None:
        self.value = value
        self.line = line
        self.column = column
        self.keys = keys

    def plain(self) -> Any:
        """Return the value as plain Python data (dicts, lists and scalars)."""
        value = self.value
        if isinstance(value, dict):
            return {key: child.plain() for key, child in value.items()}
        if isinstance(value, list):
            return [child.plain() for child in value]
        return value

    def locate(self, path: tuple[str | int, ...], *, key: bool = False) -> tuple[int, int]:
        """Line and column of the value at ``path`` (of its key when ``key``).

        Where the path leaves the tree (a missing field), the position of the
        deepest node still on it is returned.
        """
        node = self
        for depth, part in enumerate(path):
            value = node.value
            if isinstance(value, dict) and isinstance(part, str) and part in value:
                if key and depth == len(path) - 1 and node.keys is not None:
                    return node.keys[part]
                node = value[part]
            elif isinstance(value, list) and isinstance(part, int) and 0 <= part < len(value):
                node = value[part]
            else:
                break
        return node.line, node.column


class ParseFailure(Exception):  # noqa: N818 - a failure report, not an error type users see
    """The text could not be turned into nodes; carries the problems found."""

    def __init__(self, problems: list[Problem]) -> None:
        super().__init__(problems)
        self.problems = problems
