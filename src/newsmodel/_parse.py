"""Text to nodes with positions: the strict YAML and JSON readers.

Both readers produce the same tree of :class:`Node` objects, which keep the
1-based line and column of every value and every mapping key, so that any
problem found later can point at the exact spot.  Scalars are resolved with
the YAML 1.2 core schema, never YAML 1.1: ``NO``, ``yes`` and ``on`` stay
strings, ``2022-07-13`` stays a string, and only ``true``/``false`` are
booleans.  Nothing from a YAML tag is ever constructed as a Python object.
"""

from __future__ import annotations

import bisect
import json
import math
import re
from collections.abc import Iterator
from typing import Any

import yaml

from newsmodel.problems import Problem, render_path

_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]

__all__ = [
    "DEFAULT_MAX_ALIASES",
    "DEFAULT_MAX_DEPTH",
    "Node",
    "ParseFailure",
    "parse_json",
    "parse_yaml",
    "resolve_plain",
]

#: How many alias uses one YAML file may make before it is rejected.
DEFAULT_MAX_ALIASES = 1000
#: How deeply lists and mappings may nest (the deepest newsmodel field needs 8 levels).
#: The limit keeps the recursive readers and the converter far from Python's
#: recursion limit, so that deep data is reported as NM111 at its position.
DEFAULT_MAX_DEPTH = 64
_MAX_INT_DIGITS = 4300  # Python's own limit for int(str)

Scalar = str | int | float | bool | None


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


# --------------------------------------------------------------------------
# YAML
# --------------------------------------------------------------------------

_PLAIN = "tag:newsmodel,2024:plain"
_CORE = "tag:yaml.org,2002:"
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Composer(_BaseLoader):  # type: ignore[misc]
    """libyaml's parser (where present) with our own scalar resolution.

    Plain scalars get the private tag ``_PLAIN`` so that they are resolved
    here with the YAML 1.2 core schema; only composition is used, never
    PyYAML's constructors.
    """

    def resolve(self, kind: Any, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode and implicit[0]:
            return _PLAIN
        return str(super().resolve(kind, value, implicit))


_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")


class _YamlWalker:
    """Turns a composed YAML node graph into :class:`Node` objects."""

    def __init__(self, file: str | None, max_aliases: int, max_depth: int) -> None:
        self.file = file
        self.max_aliases = max_aliases
        self.max_depth = max_depth
        self.aliases = 0
        self.seen: set[int] = set()
        self.problems: list[Problem] = []
        self.path: list[str | int] = []  # of the node being walked, for problems

    def problem(self, code: str, message: str, mark: Any, hint: str | None = None) -> None:
        self.problems.append(
            Problem(
                code=code,
                message=message,
                path=render_path(tuple(self.path)),
                file=self.file,
                line=mark.line + 1,
                column=mark.column + 1,
                hint=hint,
            )
        )

    def walk(self, node: Any, depth: int = 1) -> Node:
        if id(node) in self.seen:
            self.aliases += 1
            if self.aliases > self.max_aliases:
                self.problem(
                    "NM105",
                    f"more than {self.max_aliases} YAML alias uses",
                    node.start_mark,
                    "write the repeated values out",
                )
                raise ParseFailure(self.problems)
        else:
            self.seen.add(id(node))
        mark = node.start_mark
        line, column = mark.line + 1, mark.column + 1
        tag = node.tag
        if isinstance(node, yaml.CollectionNode) and depth > self.max_depth:
            self.problem(
                "NM111",
                f"the data is nested more than {self.max_depth} levels deep",
                mark,
                "flatten the data",
            )
            raise ParseFailure(self.problems)
        if isinstance(node, yaml.MappingNode):
            if tag != _CORE + "map":
                self.problem("NM104", f"unsupported YAML tag {tag!r}", mark, "remove the tag")
            return self.mapping(node, line, column, depth)
        if isinstance(node, yaml.SequenceNode):
            if tag != _CORE + "seq":
                self.problem("NM104", f"unsupported YAML tag {tag!r}", mark, "remove the tag")
            items = []
            for index, item in enumerate(node.value):
                self.path.append(index)
                items.append(self.walk(item, depth + 1))
                self.path.pop()
            return Node(items, line, column)
        return Node(self.scalar(node), line, column)

    def mapping(self, node: Any, line: int, column: int, depth: int) -> Node:
        values: dict[str, Node] = {}
        keys: dict[str, tuple[int, int]] = {}
        for key_node, value_node in node.value:
            key_mark = key_node.start_mark
            key_pos = (key_mark.line + 1, key_mark.column + 1)
            if not isinstance(key_node, yaml.ScalarNode):
                self.problem("NM108", "a mapping key must be a string, not a collection", key_mark)
                continue
            if key_node.tag == _PLAIN and key_node.value == "<<":
                self.problem(
                    "NM109",
                    "YAML merge keys (<<) are not supported",
                    key_mark,
                    "write the merged fields out in this mapping",
                )
                continue
            key = self.scalar(key_node)
            if not isinstance(key, str):
                self.problem(
                    "NM108",
                    f"a mapping key must be a string, not {_describe(key)}",
                    key_mark,
                    f"quote the key: '{key_node.value}'",
                )
                continue
            self.path.append(key)
            if key in values:
                first = keys[key]
                self.problem(
                    "NM103",
                    f"duplicate key {key!r} (first at line {first[0]})",
                    key_mark,
                    "keep only one of the two",
                )
                self.walk(value_node, depth + 1)
            else:
                keys[key] = key_pos
                values[key] = self.walk(value_node, depth + 1)
            self.path.pop()
        return Node(values, line, column, keys)

    def scalar(self, node: Any) -> Scalar:
        text: str = node.value
        tag: str = node.tag
        if tag == _PLAIN:
            return self.plain(text, node)
        if tag == _CORE + "str":
            return text
        if tag in (_CORE + "int", _CORE + "float", _CORE + "bool", _CORE + "null"):
            value = self.plain(text, node)
            expected = {"int": int, "float": float, "bool": bool, "null": type(None)}[
                tag[len(_CORE) :]
            ]
            if type(value) is expected or (expected is float and type(value) is int):
                return float(value) if expected is float and value is not None else value
            self.problem("NM102", f"{text!r} is not a valid {tag[len(_CORE) :]}", node.start_mark)
            return text
        self.problem(
            "NM104",
            f"unsupported YAML tag {tag!r}",
            node.start_mark,
            "remove the tag; newsmodel never constructs objects from tags",
        )
        return text

    def plain(self, text: str, node: Any) -> Scalar:
        try:
            return resolve_plain(text)
        except OverflowError as error:
            self.problem("NM110", str(error), node.start_mark)
            return text


def resolve_plain(text: str) -> Scalar:
    """Resolve a plain (unquoted) scalar with the YAML 1.2 core schema.

    Raises ``OverflowError`` for an integer with more digits than Python parses.
    """
    if text in _NULL:
        return None
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    if _INT.match(text):
        if len(text.lstrip("+-")) > _MAX_INT_DIGITS:
            raise OverflowError(f"an integer of {len(text)} digits is too long")
        return int(text)
    if _OCT.match(text):
        return int(text[2:], 8)
    if _HEX.match(text):
        return int(text[2:], 16)
    if _FLOAT.match(text):
        return float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


def parse_yaml(
    text: str,
    *,
    file: str | None = None,
    max_aliases: int = DEFAULT_MAX_ALIASES,
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Node:
    """Parse one YAML document into nodes; raise :class:`ParseFailure` with problems."""
    loader: Any = None
    try:
        loader = _Composer(text)
        root = loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark or error.context_mark
        message = " ".join(part for part in (error.context, error.problem) if part)
        code = "NM106" if "single document" in message else "NM102"
        if code == "NM106":
            message = "the file holds more than one YAML document"
        elif "maximum nesting depth" in message:  # libyaml's own limit (1000 levels)
            code = "NM111"
        line, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
        raise ParseFailure(
            [
                Problem(
                    code=code,
                    message=message,
                    file=file,
                    line=line,
                    column=column,
                    hint=_yaml_hint(message, text, mark),
                )
            ]
        ) from None
    except yaml.YAMLError as error:  # reader errors: control characters and the like
        line, column = _reader_position(text, getattr(error, "position", None))
        character, reason = getattr(error, "character", None), getattr(error, "reason", None)
        message = (
            f"unacceptable character #x{character:04x}: {reason}"
            if isinstance(character, int) and reason
            else str(error)
        )
        raise ParseFailure(
            [Problem(code="NM102", message=message, file=file, line=line, column=column)]
        ) from None
    except UnicodeEncodeError as error:  # a lone surrogate, which libyaml cannot encode
        line, column = _reader_position(text, error.start, chars=True)
        raise ParseFailure(
            [
                Problem(
                    code="NM101",
                    message=f"the text holds a lone surrogate ({text[error.start]!r}), "
                    "which is not Unicode",
                    file=file,
                    line=line,
                    column=column,
                    hint="decode the file as UTF-8 with errors='strict'",
                )
            ]
        ) from None
    except RecursionError:  # the pure-Python composer, without libyaml
        raise ParseFailure(
            [Problem(code="NM111", message="the data is nested too deeply", file=file)]
        ) from None
    finally:
        if loader is not None:
            loader.dispose()
    if root is None:
        raise ParseFailure(
            [
                Problem(
                    code="NM107",
                    message="the file holds no data",
                    file=file,
                    line=1,
                    column=1,
                    hint="start with 'schema_version: 1'",
                )
            ]
        )
    walker = _YamlWalker(file, max_aliases, max_depth)
    try:
        result = walker.walk(root)
    except RecursionError:
        walker.problems.append(
            Problem(code="NM111", message="the data is nested too deeply", file=file)
        )
        raise ParseFailure(walker.problems) from None
    if walker.problems:
        raise ParseFailure(walker.problems)
    return result


def _reader_position(
    text: str, position: object, *, chars: bool = False
) -> tuple[int | None, int | None]:
    """Line and column of a reader error's offset (libyaml counts UTF-8 bytes, not characters)."""
    if not isinstance(position, int):
        return None, None
    if not chars and _BaseLoader is not yaml.SafeLoader:
        position = len(text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "ignore"))
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


def _yaml_hint(message: str, text: str, mark: Any) -> str | None:
    lines = text.split("\n")
    at = lines[mark.line][mark.column : mark.column + 1] if mark and mark.line < len(lines) else ""
    if "found character '\\t'" in message or at == "\t" or "tab character" in message:
        return "indent with spaces, not tabs"
    if "mapping values are not allowed" in message:
        return "quote a value that contains ': '"
    return None


def _describe(value: Scalar) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    return f"the {type(value).__name__} {value!r}"


# --------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------

_WS = re.compile(r"[ \t\n\r]*")
_NUMBER = re.compile(r"-?(?:0|[1-9][0-9]*)(\.[0-9]+)?([eE][-+]?[0-9]+)?")


class _JsonReader:
    """A recursive-descent JSON reader that keeps positions (RFC 8259)."""

    def __init__(self, text: str, file: str | None, first_line: int, max_depth: int) -> None:
        self.text = text
        self.file = file
        self.first_line = first_line
        self.max_depth = max_depth
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
        return ParseFailure(self.problems)

    def skip(self, offset: int) -> int:
        match = _WS.match(self.text, offset)
        assert match is not None
        return match.end()

    def document(self) -> Node:
        offset = self.skip(0)
        if offset == len(self.text):
            raise self.fail(
                "the file holds no data", 0, code="NM107", hint='start with {"schema_version": 1}'
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
            return Node(self.string(offset), line, column), self.end
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
            key = self.string(offset)
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

    def string(self, offset: int) -> str:
        try:
            value, self.end = _scanstring(self.text, offset + 1, True)
        except json.JSONDecodeError as error:
            raise self.fail(error.msg, error.pos) from None
        return str(value)

    def number(self, literal: str, offset: int, path: tuple[str | int, ...]) -> int | float:
        if "." in literal or "e" in literal or "E" in literal:
            value = float(literal)
            if math.isinf(value):
                raise self.fail(
                    f"the number {literal} is too large", offset, code="NM110", path=path
                )
            return value
        if len(literal.lstrip("-")) > _MAX_INT_DIGITS:
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
    max_depth: int = DEFAULT_MAX_DEPTH,
) -> Node:
    """Parse one JSON value into nodes; raise :class:`ParseFailure` with problems."""
    reader = _JsonReader(text, file, first_line, max_depth)
    try:
        return reader.document()
    except RecursionError:
        raise ParseFailure(
            [Problem(code="NM111", message="the data is nested too deeply", file=file)]
        ) from None


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    """Yield (1-based line number, line) for each non-blank line of JSON Lines text."""
    for number, line in enumerate(text.splitlines(), start=1):
        if line.strip():
            yield number, line
