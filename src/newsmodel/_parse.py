"""Text to nodes with positions: the strict YAML and JSON readers.

Both readers produce the same tree of :class:`Node` objects, which keep the
1-based line and column of every value and every mapping key, so that any
problem found later can point at the exact spot.  Scalars are resolved with
the YAML 1.2 core schema, never YAML 1.1: ``NO``, ``yes`` and ``on`` stay
strings, ``2022-07-13`` stays a string, and only ``true``/``false`` are
booleans.  Nothing from a YAML tag is ever constructed as a Python object:
the YAML reader reads the parser's events (libyaml's, where present) and
builds the nodes itself, without PyYAML's composer or constructors.

Both readers check the :class:`~newsmodel.limits.Limits` as they read (depth,
aliases, string length): the YAML reader without recursion, the JSON reader
recursing at most ``max_depth`` levels, so that no input makes them raise
anything but :class:`ParseFailure`.
"""

from __future__ import annotations

import bisect
import functools
import json
import math
import re
from collections.abc import Iterator
from decimal import Decimal
from itertools import chain
from typing import Any

import yaml

from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.problems import Problem, render_path

_scanstring = json.decoder.scanstring  # type: ignore[attr-defined]

__all__ = [
    "DEFAULT_MAX_ALIASES",
    "DEFAULT_MAX_DEPTH",
    "Node",
    "ParseFailure",
    "exact_float",
    "lone_surrogate",
    "parse_json",
    "parse_yaml",
    "read_yaml_plain",
    "resolve_plain",
]

#: How many values YAML aliases may copy in one file (``Limits.max_aliases``).
DEFAULT_MAX_ALIASES = DEFAULT_LIMITS.max_aliases
#: How deeply lists and mappings may nest (``Limits.max_depth``; the deepest newsmodel
#: field needs 8 levels).  The limit keeps the recursive readers and the converter far
#: from Python's recursion limit, so that deep data is reported as NM111 at its position.
DEFAULT_MAX_DEPTH = DEFAULT_LIMITS.max_depth
_MAX_INT_DIGITS = 4300  # Python's own limit for int(str), whatever the base written in
_INT_CEILING = 10**_MAX_INT_DIGITS
_LONE_SURROGATE = re.compile("[\ud800-\udfff]")
#: Characters that YAML 1.1 readers (libyaml, PyYAML) take for line breaks and YAML 1.2
#: ones for text: next line, line separator, paragraph separator.
_YAML11_BREAKS = re.compile("[\x85\u2028\u2029]")
_BREAK_NAMES = {"\x85": "NEXT LINE", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR"}
_BREAK_ESCAPES = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}

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

_CORE = "tag:yaml.org,2002:"
_BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Parser(_BaseLoader):  # type: ignore[misc]
    """libyaml's parser, where present: only its events are read.

    Neither PyYAML's composer nor its constructors run: scalars are resolved
    here with the YAML 1.2 core schema, and no tag ever builds an object.
    """


_NULL = frozenset({"", "~", "null", "Null", "NULL"})
_TRUE = frozenset({"true", "True", "TRUE"})
_FALSE = frozenset({"false", "False", "FALSE"})
_INT = re.compile(r"[-+]?[0-9]+\Z")
_OCT = re.compile(r"0o[0-7]+\Z")
_HEX = re.compile(r"0x[0-9a-fA-F]+\Z")
_FLOAT = re.compile(r"[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?\Z")
_INF = re.compile(r"[-+]?\.(inf|Inf|INF)\Z")
_NAN = re.compile(r"\.(nan|NaN|NAN)\Z")


class _Open:
    """A list or mapping being read: its node, and what reading it needs to know."""

    __slots__ = ("anchor", "height", "key", "key_mark", "node", "size")

    def __init__(self, node: Node, anchor: str | None) -> None:
        self.node = node
        self.anchor = anchor
        self.size = 1  # values once aliases are expanded, itself included
        self.height = 1  # levels of lists and mappings, itself included
        self.key: str | None = None  # in a mapping: the key whose value comes next
        self.key_mark: Any = None


_SKIP = object()  # the key of a mapping entry whose value is read but not kept


class _YamlBuilder:
    """Builds :class:`Node` objects from YAML parser events, without recursion.

    Reading events (rather than PyYAML's composed node graph) keeps only the
    nodes newsmodel needs in memory, and checks every limit as the data is
    read.  An alias shares the node of its anchor; its use counts as many
    values as the anchored value holds once expanded (``max_aliases``), so
    the data :meth:`Node.plain` expands is bounded.
    """

    def __init__(self, file: str | None, limits: Limits) -> None:
        self.file = file
        self.max_aliases = limits.max_aliases
        self.max_depth = limits.max_depth
        self.max_string_length = limits.max_string_length
        self.aliases = 0
        #: Anchored values: node, expanded size (``None`` while still open) and height.
        self.anchors: dict[str, tuple[Node, int | None, int]] = {}
        self.anchor_marks: dict[str, Any] = {}
        self.problems: list[Problem] = []
        self.path: list[str | int] = []  # of the value being read, for problems
        self.muted = 0  # inside values that are read only to be dropped (after NM108, NM109)

    def problem(self, code: str, message: str, mark: Any, hint: str | None = None) -> None:
        if self.muted:
            return
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

    def fail(self, code: str, message: str, mark: Any, hint: str) -> ParseFailure:
        self.muted = 0
        self.problem(code, message, mark, hint)
        return ParseFailure(self.problems)

    def document(self, loader: Any) -> Node | None:
        """Read the stream's one document; ``None`` when it holds none."""
        loader.get_event()  # the stream's start
        if loader.check_event(yaml.StreamEndEvent):
            return None
        start = loader.get_event().start_mark
        root = self.value(loader)
        loader.get_event()  # the document's end
        if not loader.check_event(yaml.StreamEndEvent):
            raise yaml.composer.ComposerError(
                "expected a single document in the stream",
                start,
                "but found another document",
                loader.get_event().start_mark,
            )
        return root

    def value(self, loader: Any) -> Node:
        """Read one value (and all it holds) from the parser's events."""
        stack: list[_Open] = []
        while True:
            event = loader.get_event()
            top = stack[-1] if stack else None
            if isinstance(event, yaml.CollectionEndEvent):
                assert top is not None
                stack.pop()
                done, size, height = top.node, top.size, top.height
                if top.anchor is not None:
                    self.anchors[top.anchor] = (done, size, height)
            elif (
                top is not None
                and isinstance(top.node.value, dict)
                and top.key is None
                and top.key_mark is None
            ):
                self.key(loader, event, top)
                continue
            else:
                self.enter(top)
                if isinstance(event, yaml.ScalarEvent):
                    mark: Any = event.start_mark
                    done = Node(self.scalar(event), mark.line + 1, mark.column + 1)
                    size, height = 1, 0
                    if event.anchor is not None:
                        self.anchor(event.anchor, mark, (done, 1, 0))
                elif isinstance(event, yaml.AliasEvent):
                    done, size, height = self.alias(event, len(stack) + 1)
                else:
                    stack.append(self.open(event, len(stack) + 1))
                    continue
            if not stack:
                return done
            self.deliver(stack[-1], done, size, height)

    def enter(self, top: _Open | None) -> None:
        """Extend the path to the value that starts (a list's next index)."""
        if top is not None and isinstance(top.node.value, list):
            self.path.append(len(top.node.value))

    def deliver(self, parent: _Open, node: Node, size: int, height: int) -> None:
        """Add a value read to the list or mapping that holds it."""
        parent.size += size
        parent.height = max(parent.height, height + 1)
        container = parent.node.value
        if isinstance(container, list):
            container.append(node)
            self.path.pop()
            return
        key = parent.key
        if key is not _SKIP:
            assert isinstance(key, str)
            assert parent.node.keys is not None
            if key not in container:
                container[key] = node
                mark = parent.key_mark
                parent.node.keys[key] = (mark.line + 1, mark.column + 1)
            self.path.pop()
        else:
            self.muted -= 1
        parent.key, parent.key_mark = None, None

    def open(self, event: Any, depth: int) -> _Open:
        """Start reading a list or a mapping."""
        mark = event.start_mark
        if depth > self.max_depth and not self.muted:
            raise self.fail(
                "NM111",
                f"the data is nested more than {self.max_depth} levels deep",
                mark,
                "flatten the data",
            )
        mapping = isinstance(event, yaml.MappingStartEvent)
        tag = event.tag
        if tag not in (None, "!", _CORE + ("map" if mapping else "seq")):
            self.problem("NM104", f"unsupported YAML tag {tag!r}", mark, "remove the tag")
        node = (
            Node({}, mark.line + 1, mark.column + 1, {})
            if mapping
            else Node([], mark.line + 1, mark.column + 1)
        )
        if event.anchor is not None:
            self.anchor(event.anchor, mark, (node, None, 0))
        return _Open(node, event.anchor)

    def anchor(self, name: str, mark: Any, anchored: tuple[Node, int | None, int]) -> None:
        """Name a value (``&name``); an anchor is defined once."""
        if name in self.anchors:
            raise yaml.composer.ComposerError(
                f"found duplicate anchor &{name}; first occurrence",
                self.anchor_marks[name],
                "second occurrence",
                mark,
            )
        self.anchors[name] = anchored
        self.anchor_marks[name] = mark

    def alias(self, event: Any, depth: int) -> tuple[Node, int, int]:
        """Return the shared node of an alias, counted as the values it expands to."""
        found = self.anchors.get(event.anchor)
        if found is None:
            raise yaml.composer.ComposerError(
                None, None, f"found undefined alias *{event.anchor}", event.start_mark
            )
        node, size, height = found
        if size is None:
            raise self.fail(
                "NM111",
                f"the alias *{event.anchor} is inside the value it names, which would "
                "make the data infinitely deep",
                event.start_mark,
                "write the value out",
            )
        if self.muted:
            return node, size, height
        if depth + height - 1 > self.max_depth:
            raise self.fail(
                "NM111",
                f"the data is nested more than {self.max_depth} levels deep "
                f"(through the alias *{event.anchor})",
                event.start_mark,
                "flatten the data",
            )
        if self.aliases + size > self.max_aliases:
            # Reported at the alias that crosses the limit: the place to write values out.
            raise self.fail(
                "NM105",
                f"YAML aliases copy more than {self.max_aliases:,} values here: "
                f"*{event.anchor} copies {size:,}, after {self.aliases:,} before it",
                event.start_mark,
                "write the repeated values out, or raise the limit (--max-aliases)",
            )
        self.aliases += size
        return node, size, height

    def key(self, loader: Any, event: Any, top: _Open) -> None:
        """Read a mapping key; a value that cannot be kept is read muted, then dropped."""
        mark = event.start_mark
        top.key_mark = mark
        if isinstance(event, yaml.CollectionStartEvent):
            self.problem("NM108", "a mapping key must be a string, not a collection", mark)
            self.skip_rest(loader)
            self.drop(top)
            return
        if isinstance(event, yaml.AliasEvent):
            found = self.anchors.get(str(event.anchor))
            if found is None:
                raise yaml.composer.ComposerError(
                    None, None, f"found undefined alias *{event.anchor}", mark
                )
            key = found[0].value
            text = key if isinstance(key, str) else None
            if isinstance(key, (dict, list)):
                self.problem("NM108", "a mapping key must be a string, not a collection", mark)
                self.drop(top)
                return
        else:
            if event.implicit[0] and event.tag in (None, "!") and event.value == "<<":
                self.problem(
                    "NM109",
                    "YAML merge keys (<<) are not supported",
                    mark,
                    "write the merged fields out in this mapping",
                )
                self.drop(top)
                return
            text = event.value
            key = self.scalar(event)
            if event.anchor is not None:
                self.anchor(event.anchor, mark, (Node(key, mark.line + 1, mark.column + 1), 1, 0))
        if not isinstance(key, str):
            self.problem(
                "NM108",
                f"a mapping key must be a string, not {_describe(key)}",
                mark,
                f"quote the key: '{text if text is not None else key}'",
            )
            self.drop(top)
            return
        self.path.append(key)
        if key in top.node.value:
            first = top.node.keys[key] if top.node.keys else (0, 0)
            self.problem(
                "NM103",
                f"duplicate key {key!r} (first at line {first[0]})",
                mark,
                "keep only one of the two",
            )
        top.key = key

    def drop(self, top: _Open) -> None:
        """Read the next value muted, and drop it (after a key that cannot be kept)."""
        top.key = _SKIP  # type: ignore[assignment]
        self.muted += 1

    @staticmethod
    def skip_rest(loader: Any) -> None:
        """Read past the rest of a list or mapping used as a key (its anchors are lost)."""
        level = 1
        while level:
            event = loader.get_event()
            if isinstance(event, yaml.CollectionStartEvent):
                level += 1
            elif isinstance(event, yaml.CollectionEndEvent):
                level -= 1

    def scalar(self, event: Any) -> Scalar:
        text: str = event.value
        tag: str | None = event.tag
        mark = event.start_mark
        if len(text) > self.max_string_length:
            self.problem(
                "NM113",
                f"a string of {len(text):,} characters is longer than the limit "
                f"({self.max_string_length:,})",
                mark,
                "shorten it, or raise the limit (--max-string-length)",
            )
            return text
        surrogate = lone_surrogate(text)
        if surrogate is not None:  # only the pure-Python reader lets "\ud800" through
            self.problem("NM101", surrogate, mark, _SURROGATE_HINT)
            return text
        if tag is None or tag == "!":
            return self.plain(text, mark) if event.implicit[0] else text
        if tag == _CORE + "str":
            return text
        if tag in (_CORE + "int", _CORE + "float", _CORE + "bool", _CORE + "null"):
            value = self.plain(text, mark)
            expected = {"int": int, "float": float, "bool": bool, "null": type(None)}[
                tag[len(_CORE) :]
            ]
            if type(value) is expected or (expected is float and type(value) is int):
                return float(value) if expected is float and value is not None else value
            self.problem("NM102", f"{text!r} is not a valid {tag[len(_CORE) :]}", mark)
            return text
        self.problem(
            "NM104",
            f"unsupported YAML tag {tag!r}",
            mark,
            "remove the tag; newsmodel never constructs objects from tags",
        )
        return text

    def plain(self, text: str, mark: Any) -> Scalar:
        try:
            return resolve_plain(text)
        except OverflowError as error:
            self.problem("NM110", str(error), mark)
            return text


def resolve_plain(text: str) -> Scalar:
    """Resolve a plain (unquoted) scalar with the YAML 1.2 core schema.

    Raises ``OverflowError`` for a number that cannot be kept exactly: an
    integer of more than 4300 decimal digits (whatever base it is written in),
    a float too large for a 64-bit float, or one with more digits than it
    keeps (see :func:`exact_float`).
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
    if _OCT.match(text) or _HEX.match(text):
        value = int(text[2:], 8 if text[1] == "o" else 16)
        if value >= _INT_CEILING:
            raise OverflowError(
                f"the integer {text[:12]}... has more than {_MAX_INT_DIGITS} decimal digits"
            )
        return value
    if _FLOAT.match(text):
        return exact_float(text)
    if _INF.match(text):
        return -math.inf if text.startswith("-") else math.inf
    if _NAN.match(text):
        return math.nan
    return text


def exact_float(literal: str) -> float:
    """Return the float a decimal literal stands for, if it is kept exactly.

    "Exactly" means that the float, written back as newsmodel writes floats
    (the shortest ``repr`` that reads back the same), is the number the
    literal wrote: ``15.30`` and ``1e2`` are kept, ``1e400`` (infinity),
    ``1e-400`` (zero) and ``0.1000000000000000000001`` (``0.1``) would be
    altered and raise ``OverflowError``.  ``-0.0`` keeps its sign.
    """
    if len(literal) <= 15 and "e" not in literal and "E" not in literal:
        return float(literal)  # at most 15 significant digits, in the normal range: always exact
    value = float(literal)
    if math.isinf(value):
        raise OverflowError(f"the number {_clip(literal)} is too large for a 64-bit float")
    if Decimal(literal) != Decimal(repr(value)):
        raise OverflowError(
            f"the number {_clip(literal)} has more digits than a 64-bit float keeps "
            f"(it would be read as {value!r})"
        )
    return value


def _clip(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 3] + "..."


_SURROGATE_HINT = "a string must be Unicode text; pair surrogates (\\ud83d\\ude00) or remove them"


def lone_surrogate(text: str) -> str | None:
    r"""Return a message naming the first lone surrogate in ``text``, or ``None``.

    A lone surrogate (from a JSON escape such as ``"\udc80"``, or a string
    decoded with ``surrogateescape``) is not Unicode text and cannot be written
    as UTF-8: it would fail, or be altered, on the way out.
    """
    match = _LONE_SURROGATE.search(text)
    if match is None:
        return None
    return f"the string holds a lone surrogate (U+{ord(match.group()):04X}), which is not Unicode"


def parse_yaml(text: str, *, file: str | None = None, limits: Limits | None = None) -> Node:
    """Parse one YAML document into nodes; raise :class:`ParseFailure` with problems."""
    limits = limits or DEFAULT_LIMITS
    breaks = _YAML11_BREAKS.search(text)
    if breaks is not None:
        char = breaks.group()
        line, column = _reader_position(text, breaks.start(), chars=True)
        count = len(_YAML11_BREAKS.findall(text))
        raise ParseFailure(
            [
                Problem(
                    code="NM102",
                    message=f"the character U+{ord(char):04X} ({_BREAK_NAMES[char]}) is a line "
                    "break to YAML 1.1 readers and text to YAML 1.2 ones"
                    + (f" ({count} in the file)" if count > 1 else ""),
                    file=file,
                    line=line,
                    column=column,
                    hint=f"write it as {_BREAK_ESCAPES[char]} inside a double-quoted string, "
                    "or remove it",
                )
            ]
        )
    loader: Any = None
    builder = _YamlBuilder(file, limits)
    try:
        loader = _Parser(text)
        root = builder.document(loader)
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
    if builder.problems:
        raise ParseFailure(builder.problems)
    return root


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
# YAML: the fast path for valid files
# --------------------------------------------------------------------------

# The tags the composer below gives nodes that have no explicit tag.  They are compared
# by identity, so that no tag written in a file (always a new string) can pass for one.
_TEXT = "!<newsmodel: a string>"  # a quoted scalar, or a plain one that resolves to a string
_PLAIN = "!<newsmodel: a plain scalar>"  # one that resolve_plain may turn into something else
_COLLECTION = "!<newsmodel: a list or mapping>"
#: Plain scalars that may not be strings: resolve_plain keeps any other plain scalar as
#: text (its patterns all start with a sign, a dot or a digit), and "<<" is a merge key.
_PLAIN_WORDS = _NULL | _TRUE | _FALSE | {"<<"}
_PLAIN_STARTS = frozenset("+-.0123456789")


class _Unusual(Exception):  # noqa: N818 - a signal to the fast path, never raised to callers
    """Input the fast path leaves to :func:`parse_yaml`."""


class _Composer(_BaseLoader):  # type: ignore[misc]
    """libyaml's composer (in C), tagging each node for :func:`read_yaml_plain`.

    PyYAML's Cython composer calls ``resolve`` only for a node without a tag or with
    the non-specific tag ``!`` (passing ``(plain_implicit, quoted_implicit)`` for a
    scalar), so a node whose tag is none of the private ones above had an explicit
    tag.  libyaml marks a scalar tagged ``!`` as plain-implicit, like an untagged plain
    one: :meth:`_YamlBuilder.scalar` resolves both as plain scalars, and so does this.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0] and (value in _PLAIN_WORDS or value[:1] in _PLAIN_STARTS):
                return _PLAIN
            return _TEXT
        return _COLLECTION

    def descend_resolver(self, current_node: Any, current_index: Any) -> None:
        """Nothing to do: no path resolvers (PyYAML's own check costs 5% of the time)."""

    def ascend_resolver(self) -> None:
        """Nothing to do."""


@functools.cache
def _libyaml_caps_nesting() -> bool:
    """Whether libyaml refuses deep nesting (1,000 levels) before its C composer overflows.

    The composer recurses in C; libyaml 0.2.5 and later refuse more than 1,000 levels
    of nesting with a YAML error, so that no input can run it out of stack.
    """
    deep = "[" * 1100 + "]" * 1100  # deep enough to be refused, shallow enough to be safe
    try:
        yaml.compose(deep, Loader=_Composer)
    except yaml.YAMLError as error:
        return "nesting depth" in str(error)
    return False


def read_yaml_plain(text: str, limits: Limits) -> Any | None:
    """Return the plain data of YAML text :func:`parse_yaml` accepts, or None if unusual.

    The data (dicts, lists, scalars) is what ``parse_yaml(text, limits=limits).plain()``
    gives, with the same types and key order; ``None`` means that something is
    unusual, and the caller then runs :func:`parse_yaml`, which reports the problems.

    Why a second reader: :func:`parse_yaml` reads libyaml's events one by one in
    Python to keep every position and report every problem, which costs more than
    PyYAML's own ``yaml.load``.  A valid file needs neither: here libyaml's C composer
    (which keeps the marks on its nodes, though they are not read) builds the node
    tree, and one walk turns it into plain data with the same YAML 1.2 core schema.
    Whatever :class:`_YamlBuilder` would flag (a tag, an alias, a merge key, a
    duplicate or non-string key, a number that cannot be kept exactly, a string over
    the limit, nesting beyond ``max_depth``, a YAML 1.1 line break, a lone surrogate,
    no document or several, any YAML error) gives ``None``, never a guess, so a valid
    file is parsed once and anything else is read again with full positions.  Never
    raises; never recurses more than ``max_depth`` levels in Python (libyaml refuses
    more than 1,000 in C); never expands an alias.
    """
    if _BaseLoader is yaml.SafeLoader or "\x85" in text or "\u2028" in text or "\u2029" in text:
        return None  # the pure-Python parser is slower than parse_yaml; YAML 1.1 breaks: NM102
    try:
        if not _libyaml_caps_nesting():
            return None
        loader = _Composer(text)
        try:
            root = loader.get_single_node()
        finally:
            loader.dispose()
        if root is None:
            return None  # no document: NM107
        aliases = "&" in text and "*" in text  # an alias needs an anchor
        if (aliases or len(text) > limits.max_string_length) and not _plain_tree(
            root, limits.max_string_length
        ):
            return None
        if root.tag is _COLLECTION:
            return _plain_collection(root, 1, limits.max_depth)
        if root.tag is _PLAIN:
            return resolve_plain(root.value)
        return root.value if root.tag is _TEXT else None
    except Exception:  # _Unusual, a YAML error, a lone surrogate (UnicodeEncodeError)...
        return None


def _plain_tree(root: yaml.Node, max_string_length: int) -> bool:
    """Whether no node is reached twice (an alias) and no string is over the limit."""
    seen = {id(root)}
    stack = [root]
    while stack:
        node = stack.pop()
        if isinstance(node, yaml.ScalarNode):
            if len(node.value) > max_string_length:
                return False  # NM113
            continue
        children = (
            node.value if isinstance(node, yaml.SequenceNode) else chain.from_iterable(node.value)
        )
        for child in children:
            if id(child) in seen:
                return False  # an alias (or a cycle): the slow reader counts its values
            seen.add(id(child))
            stack.append(child)
    return True


def _plain_collection(node: yaml.Node, depth: int, max_depth: int) -> Any:
    """Return the plain data of a list or mapping at level ``depth`` (the root is at 1).

    One function, with the scalars handled inline: one Python frame per level.
    """
    if depth > max_depth:
        raise _Unusual  # NM111
    depth += 1
    if isinstance(node, yaml.SequenceNode):
        items: list[Any] = []
        append = items.append
        for child in node.value:
            tag = child.tag
            if tag is _TEXT:
                append(child.value)
            elif tag is _PLAIN:
                append(resolve_plain(child.value))  # OverflowError: NM110
            elif tag is _COLLECTION:
                append(_plain_collection(child, depth, max_depth))
            else:
                raise _Unusual  # an explicit tag: NM102, NM104, or a conversion to make
        return items
    pairs = node.value
    mapping: dict[str, Any] = {}
    for key_node, child in pairs:
        key = key_node.value
        tag = key_node.tag
        if tag is not _TEXT and (
            tag is not _PLAIN or key == "<<" or not isinstance(resolve_plain(key), str)
        ):
            raise _Unusual  # NM108 (not a string), NM109 (a merge key), NM104 (a tag)
        tag = child.tag
        if tag is _TEXT:
            mapping[key] = child.value
        elif tag is _PLAIN:
            mapping[key] = resolve_plain(child.value)
        elif tag is _COLLECTION:
            mapping[key] = _plain_collection(child, depth, max_depth)
        else:
            raise _Unusual
    if len(mapping) != len(pairs):
        raise _Unusual  # NM103: a duplicate key
    return mapping


# --------------------------------------------------------------------------
# JSON
# --------------------------------------------------------------------------

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
                self.note("NM101", surrogate, offset, path, _SURROGATE_HINT)
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


def iter_lines(text: str) -> Iterator[tuple[int, str]]:
    r"""Yield (1-based line number, line) for each non-blank line of JSON Lines text.

    Lines end at ``\n`` only (a ``\r`` before it is dropped): JSON strings may hold
    U+2028 and the other characters :meth:`str.splitlines` also splits at.
    """
    for number, line in enumerate(text.split("\n"), start=1):
        if line.strip():
            yield number, line.removesuffix("\r")
