"""The YAML reader that keeps positions: libyaml's parser events, read into nodes.

Nothing from a YAML tag is ever constructed as a Python object: this reader
reads the parser's events (libyaml's, where present) and builds the
:class:`~newsmodel.reading.nodes.Node` tree itself, without PyYAML's composer or
constructors, resolving scalars with the YAML 1.2 core schema
(:mod:`~newsmodel.reading.scalars`).  It checks the
:class:`~newsmodel.limits.Limits` as it reads (depth, aliases, string length),
without recursion, so that no input makes it raise anything but
:class:`~newsmodel.reading.nodes.ParseFailure`.
"""

from __future__ import annotations

import json
import re
from typing import Any

import yaml

from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.problems import Problem, render_path
from newsmodel.reading.nodes import Node, ParseFailure
from newsmodel.reading.scalars import (
    SURROGATE_HINT,
    Scalar,
    int_as_float,
    lone_surrogate,
    resolve_plain,
)
from newsmodel.reading.yaml_lines import complete_last_line
from newsmodel.reading.yaml_spec import Finding, SpecCheck
from newsmodel.reading.yaml_warnings import Warner

__all__ = ["BaseLoader", "parse_yaml", "plain_scalar_warns"]

#: Characters that YAML 1.1 readers (libyaml, PyYAML) take for line breaks and YAML 1.2
#: ones for text: next line, line separator, paragraph separator.
_YAML11_BREAKS = re.compile("[\x85\u2028\u2029]")
_BREAK_NAMES = {"\x85": "NEXT LINE", "\u2028": "LINE SEPARATOR", "\u2029": "PARAGRAPH SEPARATOR"}
_BREAK_ESCAPES = {"\x85": "\\N", "\u2028": "\\L", "\u2029": "\\P"}

_CORE = "tag:yaml.org,2002:"
#: The core schema's scalar tags, and the type each must resolve to.
_CORE_SCALARS: dict[str | None, type] = {
    _CORE + "int": int,
    _CORE + "float": float,
    _CORE + "bool": bool,
    _CORE + "null": type(None),
}
_NUMBER_HINT = "give a number a 64-bit float keeps exactly, or quote it to keep it as text"
BaseLoader: Any = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


class _Parser(BaseLoader):  # type: ignore[misc]
    """libyaml's parser, where present: only its events are read.

    Neither PyYAML's composer nor its constructors run: scalars are resolved
    here with the YAML 1.2 core schema, and no tag ever builds an object.
    """


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

    def __init__(
        self, file: str | None, limits: Limits, text: str, warnings: list[Problem] | None
    ) -> None:
        self.file = file
        self.text = text
        self.spec = SpecCheck(text)  # what libyaml reads differently from the spec
        self.warner = None if warnings is None else Warner(text, file)
        self.warnings = warnings
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

    def found(self, finding: Finding) -> None:
        """Report a construct libyaml reads differently from the spec, at its offset."""
        offset, text = finding.offset, self.text
        self.problems.append(
            Problem(
                code=finding.code,
                message=finding.message,
                path=render_path(tuple(self.path)),
                file=self.file,
                line=text.count("\n", 0, offset) + 1,
                column=offset - text.rfind("\n", 0, offset),
                hint=finding.hint,
            )
        )

    def next_event(self, loader: Any) -> Any:
        """Return the parser's next event, checked against the spec."""
        event = loader.get_event()
        finding = self.spec.event(event)
        if finding is not None:
            self.found(finding)
        return event

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
        for finding in self.spec.finish():
            self.found(finding)
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
        get_event, check = loader.get_event, self.spec.event
        while True:
            event = get_event()
            finding = check(event)
            if finding is not None:
                self.found(finding)
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
            if event.implicit[0] and event.tag is None and event.value == "<<":
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

    def skip_rest(self, loader: Any) -> None:
        """Read past the rest of a list or mapping used as a key (its anchors are lost)."""
        level = 1
        while level:
            event = self.next_event(loader)
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
            self.problem("NM101", surrogate, mark, SURROGATE_HINT)
            return text
        if tag is None:
            if not event.implicit[0]:
                return text
            if self.warnings is not None and self.warner is not None and not self.muted:
                at = (mark.index, event.end_mark.index, tuple(self.path))
                self.warnings.extend(self.warner.plain(text, *at))
            return self.plain(text, mark)
        if tag == "!":
            return text  # the non-specific tag: a string, whatever it says (! 12)
        if tag == _CORE + "str":
            return text
        expected = _CORE_SCALARS.get(tag)
        if expected is not None:
            try:
                value = resolve_plain(text)
                if expected is float and type(value) is int:
                    value = int_as_float(value, text)
            except OverflowError as error:
                self.problem("NM110", str(error), mark, _NUMBER_HINT)
                return text
            if type(value) is expected:
                return value
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
            self.problem("NM110", str(error), mark, _NUMBER_HINT)
            return text


def parse_yaml(
    text: str,
    *,
    file: str | None = None,
    limits: Limits | None = None,
    warnings: list[Problem] | None = None,
) -> Node:
    """Parse one YAML document into nodes; raise :class:`ParseFailure` with problems.

    With a ``warnings`` list, the warnings of :mod:`~newsmodel.reading.yaml_warnings`
    (NM117, NM118) are added to it; they never fail the parse.
    """
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
    text = complete_last_line(text)
    builder = _YamlBuilder(file, limits, text, warnings)
    try:
        loader = _Parser(text)
        root = builder.document(loader)
    except yaml.MarkedYAMLError as error:
        raise ParseFailure([_syntax_problem(error, text, file)]) from None
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
                    hint="start with 'schema_version: 2'",
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
    if not chars and BaseLoader is not yaml.SafeLoader:
        position = len(text.encode("utf-8", "surrogatepass")[:position].decode("utf-8", "ignore"))
    line = text.count("\n", 0, position) + 1
    return line, position - (text.rfind("\n", 0, position) + 1) + 1


def _syntax_problem(error: yaml.MarkedYAMLError, text: str, file: str | None) -> Problem:
    """Say what a YAML error is and where, with its fix."""
    mark: Any = error.problem_mark or error.context_mark
    message = " ".join(part for part in (error.context, error.problem) if part)
    code, hint = "NM102", None
    lines = text.split("\n")
    line = lines[mark.line] if mark and mark.line < len(lines) else ""
    at = line[mark.column : mark.column + 1] if mark else ""
    if "single document" in message:
        code, message = "NM106", "the file holds more than one YAML document"
    elif "maximum nesting depth" in message:  # libyaml's own limit (1000 levels)
        code = "NM111"
    elif "found character '\\t'" in message or at == "\t" or "tab character" in message:
        hint = "indent with spaces, not tabs"
    elif "quoted scalar" in message and "end of stream" in message and error.context_mark:
        mark = error.context_mark  # where the quote opens, not the end of the file
        quote = lines[mark.line][mark.column]
        message = f"the quoted string that starts here is never closed (no {quote} after it)"
        hint = f"close it: end the value with {quote}"
    line_number, column = (mark.line + 1, mark.column + 1) if mark else (None, None)
    if "mapping values are not allowed" in message and mark:
        message, hint, column = _colon_problem(lines, mark, message)
    return Problem(
        code=code, message=message, file=file, line=line_number, column=column, hint=hint
    )


_KEY_LINE = re.compile(r"( *(?:- +)*)([^\s#][^:]*?):(?: |$)")


def _colon_problem(lines: list[str], mark: Any, message: str) -> tuple[str, str, int]:
    """Tell a key indented too far from a value holding ': ' (libyaml says the same of both).

    ``a: 1`` then `` b: 2`` reads as the value ``1 b`` followed by ``: ``: the key
    ``b`` is the mistake, at the column of its line; ``title: Mali: a report`` is
    a value that holds ``: ``, which quoting keeps.  Returns the message, the hint
    and the 1-based column.
    """
    line = lines[mark.line]
    own = _KEY_LINE.match(line)
    if own is not None and own.end(2) < mark.column:  # a key before the ': ' on this line
        key, value = own.group(2), line[own.end() :].strip()
        return (
            f"the value of {key!r} holds ': ', which YAML reads as the start of a mapping",
            f"quote the value: {key}: {json.dumps(value, ensure_ascii=False)}",
            mark.column + 1,
        )
    indent = len(line) - len(line.lstrip(" "))
    key = line[indent : mark.column].strip()
    for number in range(mark.line - 1, -1, -1):
        above = _KEY_LINE.match(lines[number])
        if above is None:
            if lines[number].strip() and not lines[number].lstrip().startswith("#"):
                break
            continue
        column = above.start(2)
        if indent > column:
            spaces = indent - column
            return (
                f"{key!r} is indented {spaces} space{'s' if spaces > 1 else ''} more than "
                f"{above.group(2)!r} on line {number + 1}, so YAML reads it as part of "
                f"that key's value",
                f"indent {key + ':'!r} like {above.group(2) + ':'!r} (at column {column + 1})",
                indent + 1,
            )
        break
    return message, "quote a value that contains ': '", mark.column + 1


def _describe(value: Scalar) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return f"the boolean {str(value).lower()}"
    return f"the {type(value).__name__} {value!r}"


def plain_scalar_warns(text: str) -> bool:
    """Tell whether a plain scalar of the text gives a warning (``False``: none does).

    The same parser events as :func:`parse_yaml` reads, but only the plain
    scalars are looked at, as :class:`~newsmodel.reading.yaml_warnings.Warner`
    looks at them, with no nodes built: a few times faster, for text that
    :func:`~newsmodel.reading.yaml_warnings.may_warn` could not rule out (a
    number such as ``10,000`` in a sentence looks like a value of a flow list).
    Text the parser refuses is left to :func:`parse_yaml` (``True``).
    """
    warner = Warner(text, None)
    loader: Any = None
    try:
        loader = _Parser(text)
        while True:
            event = loader.get_event()
            if isinstance(event, yaml.ScalarEvent):
                end: Any = event.end_mark  # always set on the parser's events
                plain = event.tag is None and event.implicit[0]
                if plain and warner.warns(event.value, end.index):
                    return True
            elif event is None or isinstance(event, yaml.StreamEndEvent):
                return False
    except (yaml.YAMLError, UnicodeEncodeError):
        return True
    finally:
        if loader is not None:
            loader.dispose()
