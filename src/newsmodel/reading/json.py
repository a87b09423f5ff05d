"""The JSON reader that keeps positions: recursive descent over the text (RFC 8259).

It gives the same :class:`~newsmodel.reading.nodes.Node` tree as the YAML reader,
recursing at most ``max_depth`` levels, so that no input makes it raise anything
but :class:`~newsmodel.reading.nodes.ParseFailure`.
"""

from __future__ import annotations

import bisect
import json
import re

from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.problems import Problem, render_path
from newsmodel.reading.nodes import Node, ParseFailure
from newsmodel.reading.scalars import MAX_INT_DIGITS, SURROGATE_HINT, exact_float, lone_surrogate

__all__ = ["parse_json"]

_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class _JsonReader:
    """A recursive-descent JSON reader that keeps positions (RFC 8259)."""

    def __init__(self, text: str, file: str | None, first_line: int, limits: Limits) -> None:
        self.text = text
        self.file = file
        self.first_line = first_line
        self.max_depth = limits.max_depth
        self.max_string_length = limits.max_string_length
        self.line_starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self.problems: list[Problem] = []

    def position(self, offset: int) -> tuple[int, int]:
        index = bisect.bisect_right(self.line_starts, offset) - 1
        return self.first_line + index, offset - self.line_starts[index] + 1

    def fail(
        self,
        message: str,
        offset: int,
        code: str = "NM102",
        hint: str | None = None,
        path: tuple[str | int, ...] = (),
    ) -> ParseFailure:
        self.note(code, message, offset, path, hint)
        return ParseFailure(self.problems)

    def skip(self, offset: int) -> int:
        match = _WS.match(self.text, offset)
        assert match is not None
        return match.end()

    def document(self) -> Node:
        offset = self.skip(0)
        if offset == len(self.text):
            raise self.fail(
                "the file holds no data", 0, code="NM107", hint='start with {"schema_version": 2}'
            )
        node, offset = self.value(offset)
        offset = self.skip(offset)
        if offset != len(self.text):
            raise self.fail(
                "extra data after the JSON value",
                offset,
                hint="a JSON file holds one value; use .jsonl for one per line",
            )
        if self.problems:
            raise ParseFailure(self.problems)
        return node

    def value(
        self, offset: int, depth: int = 1, path: tuple[str | int, ...] = ()
    ) -> tuple[Node, int]:
        text = self.text
        if offset >= len(text):
            raise self.fail("unexpected end of the data", offset, path=path)
        line, column = self.position(offset)
        char = text[offset]
        if char in "{[" and depth > self.max_depth:
            raise self.fail(
                f"the data is nested more than {self.max_depth} levels deep",
                offset,
                code="NM111",
                hint="flatten the data",
                path=path,
            )
        if char == "{":
            return self.object(offset + 1, line, column, depth, path)
        if char == "[":
            items: list[Node] = []
            offset = self.skip(offset + 1)
            if text.startswith("]", offset):
                return Node(items, line, column), offset + 1
            while True:
                item, offset = self.value(self.skip(offset), depth + 1, (*path, len(items)))
                items.append(item)
                offset = self.skip(offset)
                if text.startswith(",", offset):
                    offset += 1
                elif text.startswith("]", offset):
                    return Node(items, line, column), offset + 1
                else:
                    raise self.fail("expected ',' or ']' in a list", offset, path=path)
        if char == '"':
            return Node(self.string(offset, path), line, column), self.end
        for literal, result in (("true", True), ("false", False), ("null", None)):
            if text.startswith(literal, offset):
                return Node(result, line, column), offset + len(literal)
        match = _NUMBER.match(text, offset)
        if match:
            return Node(self.number(match.group(), offset, path), line, column), match.end()
        for word in ("NaN", "Infinity", "-Infinity"):
            if text.startswith(word, offset):
                raise self.fail(
                    f"{word} is not a JSON number",
                    offset,
                    code="NM110",
                    hint="give a finite number, or leave the field out",
                    path=path,
                )
        raise self.fail(f"unexpected character {char!r}", offset, path=path)

    def object(
        self, offset: int, line: int, column: int, depth: int, path: tuple[str | int, ...]
    ) -> tuple[Node, int]:
        text = self.text
        values: dict[str, Node] = {}
        keys: dict[str, tuple[int, int]] = {}
        offset = self.skip(offset)
        if text.startswith("}", offset):
            return Node(values, line, column, keys), offset + 1
        while True:
            offset = self.skip(offset)
            if not text.startswith('"', offset):
                raise self.fail("expected a string key in double quotes", offset)
            key_pos = self.position(offset)
            key = self.string(offset, path)
            offset = self.skip(self.end)
            if not text.startswith(":", offset):
                raise self.fail("expected ':' after a key", offset)
            child, offset = self.value(self.skip(offset + 1), depth + 1, (*path, key))
            if key in values:
                self.problems.append(
                    Problem(
                        code="NM103",
                        message=f"duplicate key {key!r} (first at line {keys[key][0]})",
                        path=render_path((*path, key)),
                        file=self.file,
                        line=key_pos[0],
                        column=key_pos[1],
                        hint="keep only one of the two",
                    )
                )
            else:
                values[key] = child
                keys[key] = key_pos
            offset = self.skip(offset)
            if text.startswith(",", offset):
                offset += 1
            elif text.startswith("}", offset):
                return Node(values, line, column, keys), offset + 1
            else:
                raise self.fail("expected ',' or '}' in an object", offset)

    def string(self, offset: int, path: tuple[str | int, ...]) -> str:
        try:
            value, self.end = _scanstring(self.text, offset + 1, True)
        except json.JSONDecodeError as error:
            raise self.fail(error.msg, error.pos) from None
        if self.end - offset > self.max_string_length and len(value) > self.max_string_length:
            self.note(
                "NM113",
                f"a string of {len(value):,} characters is longer than the limit "
                f"({self.max_string_length:,})",
                offset,
                path,
                "shorten it, or raise the limit (--max-string-length)",
            )
        else:
            surrogate = lone_surrogate(value)
            if surrogate is not None:
                self.note("NM101", surrogate, offset, path, SURROGATE_HINT)
        return str(value)

    def note(
        self,
        code: str,
        message: str,
        offset: int,
        path: tuple[str | int, ...],
        hint: str | None = None,
    ) -> None:
        """Record a problem and read on."""
        line, column = self.position(offset)
        self.problems.append(
            Problem(
                code=code,
                message=message,
                path=render_path(path),
                file=self.file,
                line=line,
                column=column,
                hint=hint,
            )
        )

    def number(self, literal: str, offset: int, path: tuple[str | int, ...]) -> int | float:
        if "." in literal or "e" in literal or "E" in literal:
            try:
                return exact_float(literal)
            except OverflowError as error:
                raise self.fail(
                    str(error),
                    offset,
                    code="NM110",
                    hint="give a number a 64-bit float keeps, or a string",
                    path=path,
                ) from None
        if len(literal.lstrip("-")) > MAX_INT_DIGITS:
            raise self.fail(
                f"an integer of {len(literal)} digits is too long", offset, code="NM110", path=path
            )
        return int(literal)

    end: int = 0


def parse_json(
    text: str,
    *,
    file: str | None = None,
    first_line: int = 1,
    limits: Limits | None = None,
) -> Node:
    """Parse one JSON value into nodes; raise :class:`ParseFailure` with problems."""
    reader = _JsonReader(text, file, first_line, limits or DEFAULT_LIMITS)
    try:
        return reader.document()
    except RecursionError:
        raise ParseFailure(
            [Problem(code="NM111", message="the data is nested too deeply", file=file)]
        ) from None
