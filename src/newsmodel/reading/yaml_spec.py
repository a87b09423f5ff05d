r"""Where libyaml reads YAML differently from the YAML 1.2 spec, found in the text.

newsmodel reads YAML with libyaml (through PyYAML), which departs from the spec
on a few constructs, measured on the YAML test suite: it reads some valid
documents as other data, and accepts some invalid ones.  Each such construct is
either read as the spec says or refused with a problem, never read as other
data:

- ``! 12`` (the non-specific tag) is the string ``"12"``: read so by
  :mod:`~newsmodel.reading.yaml_events`, left to it by the fast reader;
- a last line of spaces without a line break, which libyaml drops from a
  block scalar (``|+``), is completed by
  :func:`~newsmodel.reading.yaml_lines.complete_last_line` before any reader reads it;
- valid YAML that libyaml reads as other data is refused with ``NM116``: an
  anchor or alias name holding a character libyaml ends names at
  (``&an:chor``), and ``?`` directly before a value in a flow collection
  (``{ ?foo: bar }``, where ``?foo`` is text);
- invalid YAML that libyaml accepts is refused with ``NM102``: a comment
  without a space before it (``"value"# comment``, ``[a]#c``, ``>#c``), a lone
  ``-`` in a flow collection (``[-]``), lines of a flow collection or a quoted
  string not indented more than their parent (``key: [a,\nb]``), and empty
  lines at the start of a block scalar with more spaces than its first line.

:class:`SpecCheck` finds them as the event reader reads the parser's events;
:func:`may_be_misread` is the fast reader's cheap test of the text, which sends
anything that may hold one of them to the event reader.
"""

from __future__ import annotations

import re
from typing import Any, NamedTuple

import yaml

__all__ = ["Finding", "SpecCheck", "may_be_misread"]


class Finding(NamedTuple):
    """A construct found: its code, message and hint, and its offset in the text."""

    code: str
    message: str
    hint: str
    offset: int


#: Constructs that start a node, each a pattern starting with a literal character
#: (the regular expression engine scans for it fast): the node must start there.
_AT_NODE_START = [
    re.compile(r"!(?:<!>)?(?![^\s\]},])"),  # the non-specific tag: ! 12
    re.compile(r"&[A-Za-z0-9_-]*[^A-Za-z0-9_\s\[\]{},-]"),  # &an:chor
    re.compile(r"\*[A-Za-z0-9_-]*[^A-Za-z0-9_\s\[\]{},-]"),  # *an:chor
    re.compile(r"\?\S"),  # ?foo in a flow collection
    re.compile(r"-[,\]}]"),  # [-]
]
#: A block scalar whose leading empty lines hold spaces.
_LEADING_SPACES = [
    re.compile(indicator + r"[0-9+-]*[ \t]*(?:#[^\n]*)?\n(?: *\n)* +\n")
    for indicator in (r"\|", ">")
]
_HEADER_CHARS = frozenset("0123456789+-")


#: What a node follows, past the spaces before it: an indicator, a flow bracket, a comma,
#: a line break (the start of a line).
_BEFORE_NODE = frozenset(":-?[{,\n\r")


def _starts_node(text: str, start: int) -> bool:
    """Whether a construct at ``start`` may begin a node (not sit inside a plain scalar).

    It follows a flow bracket or a comma directly, or spaces after an indicator
    (``key: !tag``, ``- &anchor``) or the start of a line: "jamais !" in a
    French sentence is text, not a tag.
    """
    if start == 0 or text[start - 1] in "[{,":
        return True
    if text[start - 1] not in " \t\r\n":
        return False
    before = start - 1
    while before >= 0 and text[before] in " \t":
        before -= 1
    return before < 0 or text[before] in _BEFORE_NODE


def may_be_misread(text: str) -> bool:
    """Tell whether the text may hold a construct that libyaml misreads or wrongly accepts.

    A cheap, conservative test for the fast reader (``True`` sends the text to the
    event reader, which checks exactly), a few searches for rare characters.
    Lines of a flow collection or a quoted string spanning lines are left to the
    fast reader's walk, which sees them.
    """
    for pattern in _AT_NODE_START:
        for match in pattern.finditer(text):
            if _starts_node(text, match.start()):
                return True
    if any(pattern.search(text) for pattern in _LEADING_SPACES):
        return True
    hashes = text.find("#")
    while hashes > 0:  # a comment right after a quote, a bracket, a comma, a header
        before = hashes - 1
        while before > 0 and text[before] in _HEADER_CHARS and hashes - before < 4:
            before -= 1
        if text[hashes - 1] in "\"']},|>" or text[before] in "|>":
            return True
        hashes = text.find("#", hashes + 1)
    return (text.startswith("%") or "\n%" in text) and (_DIRECTIVE_COMMENT.search(text) is not None)


#: A comment that libyaml starts without a space before it: after a closing quote,
#: a closing bracket or a comma.
_TIGHT_COMMENT = re.compile(r"[\"'\]},](#)")
#: The same after a directive (``%YAML 1.1#...``), before the document starts.
_DIRECTIVE_COMMENT = re.compile(r"^%[^\n#]*[^\s#](#)", re.MULTILINE)
#: The properties (anchor, tag) before a block scalar's indicator, and its header.
_BLOCK_HEADER = re.compile(r"(?:[&!]\S*\s+)*([|>])([0-9+-]*)([^\n]*)")
_NAME_ENDS = frozenset(" \t\r\n,[]{}")
#: The rest of an anchor or alias name as the spec reads it.
_NAME_REST = re.compile(r"[^\s,\[\]{}]*")


class _Open(NamedTuple):
    flow: bool
    indent: int  # the column of the closest block collection (-1 at the top)
    start: int  # the offset it starts at


_TOP = _Open(flow=False, indent=-1, start=0)  # what holds the document's value
_SCALAR = yaml.ScalarEvent


class SpecCheck:
    """Finds, event by event, what libyaml reads differently from the spec.

    Feed it every parser event in order (:meth:`event`), then call
    :meth:`finish` for the comments, which only the whole text tells.
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self.stack: list[_Open] = []
        self.comments = [match.start(1) for match in _TIGHT_COMMENT.finditer(text)]
        if text.startswith("%") or "\n%" in text:
            document = re.search(r"^---", text, re.MULTILINE)
            directives = text[: document.start() if document else len(text)]
            self.comments += [m.start(1) for m in _DIRECTIVE_COMMENT.finditer(directives)]
        self.scalars: list[tuple[int, int]] = []  # spans, kept only to place comments

    def event(self, event: Any) -> Finding | None:
        """Check one parser event."""
        stack = self.stack
        parent = stack[-1] if stack else _TOP
        if event.__class__ is _SCALAR and event.anchor is None and not parent.flow:
            if event.style or self.comments:
                return self.scalar(event, parent)
            return None  # a plain scalar in a block, the most common event: nothing to check
        if isinstance(event, yaml.CollectionEndEvent):
            opened = self.stack.pop()
            if opened.flow and not (self.stack and self.stack[-1].flow):
                end: int = event.end_mark.index  # type: ignore[union-attr]
                return self.indented(opened.start, end, opened.indent, "a flow collection")
            return None
        if not isinstance(event, yaml.NodeEvent):
            return None
        found = self.name(event) or self.flow_key(event, parent)
        if isinstance(event, yaml.CollectionStartEvent):
            flow = bool(event.flow_style)
            mark: Any = event.start_mark
            self.stack.append(_Open(flow, parent.indent if flow else mark.column, mark.index))
        elif isinstance(event, yaml.ScalarEvent):
            found = found or self.scalar(event, parent)
        return found

    def name(self, event: Any) -> Finding | None:
        """Find an anchor or alias name that libyaml ends before the spec does (``&an:chor``)."""
        name = event.anchor
        if name is None:
            return None
        sign = "*" if isinstance(event, yaml.AliasEvent) else "&"
        start = self.text.find(sign + name, event.start_mark.index)
        after = start + 1 + len(name)
        if start < 0 or after >= len(self.text) or self.text[after] in _NAME_ENDS:
            return None
        rest = _NAME_REST.match(self.text, after)
        full = name + (rest.group() if rest else "")
        return Finding(
            "NM116",
            f"the {'alias' if sign == '*' else 'anchor'} name {sign}{full} holds "
            f"{self.text[after]!r}: YAML 1.2 reads the name {full!r}, libyaml-based readers "
            f"(PyYAML, newsmodel) {name!r} followed by text",
            "name anchors with letters, digits, '-' and '_' only",
            start,
        )

    def flow_key(self, event: Any, parent: _Open) -> Finding | None:
        """Find a value right after ``?`` in a flow collection (a key to libyaml, text to YAML)."""
        start = event.start_mark.index
        if not parent.flow or start == 0 or self.text[start - 1] != "?":
            return None
        line_end = self.text.find("\n", start)
        written = self.text[start - 1 : line_end if line_end >= 0 else len(self.text)]
        written = re.split(r"[,\]}]|: ", written, maxsplit=1)[0].rstrip()
        return Finding(
            "NM116",
            f"{written!r} in a flow collection: YAML 1.2 reads it as text, libyaml-based "
            "readers (PyYAML, newsmodel) as '?', the sign of a key, and what follows",
            f"quote it: '{written}'; for a key, put a space after '?'",
            start - 1,
        )

    def scalar(self, event: Any, parent: _Open) -> Finding | None:
        """Check a scalar: a lone '-', indentation, block scalar headers."""
        style = event.style
        if not (style or self.comments or parent.flow):
            return None  # a plain scalar in a block: nothing to check
        start, end = event.start_mark.index, event.end_mark.index
        if self.comments:
            self.scalars.append((start, end))
        if not style and event.value == "-" and parent.flow:
            return Finding(
                "NM102",
                "'-' alone is not a value in a flow collection",
                "quote it: '-', or remove it",
                start,
            )
        if style in ('"', "'") and not parent.flow:
            return self.indented(start, end, parent.indent, "a quoted string")
        if style in ("|", ">"):
            return self.block(event, parent)
        return None

    def indented(self, start: int, end: int, indent: int, what: str) -> Finding | None:
        """Find a line of a flow collection or quoted string not indented more than its parent."""
        text = self.text
        line_start = text.find("\n", start, end) + 1
        while line_start:
            line_end = text.find("\n", line_start, end)
            line = text[line_start : line_end if line_end >= 0 else end]
            spaces = len(line) - len(line.lstrip(" "))
            content = line.strip(" \t")
            if content and not content.startswith("#") and spaces <= indent:
                tab = " (a tab is not indentation)" if line[spaces : spaces + 1] == "\t" else ""
                column = f"column {indent + 1}"
                return Finding(
                    "NM102",
                    f"this line of {what} is indented {spaces} space"
                    f"{'' if spaces == 1 else 's'}{tab}, not more than its parent at {column}",
                    f"indent the line with at least {indent + 1} space{'' if indent == 0 else 's'}",
                    line_start + spaces,
                )
            line_start = line_end + 1
        return None

    def block(self, event: Any, parent: _Open) -> Finding | None:
        """Check a block scalar's header and leading empty lines."""
        text, start = self.text, event.start_mark.index
        header = _BLOCK_HEADER.match(text, start)
        if header is None:
            return None
        if header.group(3).startswith("#"):
            return Finding(
                "NM102",
                "a comment after a block scalar indicator needs a space before '#'",
                f"put a space before '#': {header.group(1)}{header.group(2)} #",
                header.start(3),
            )
        if any(char.isdigit() for char in header.group(2)):
            return None  # an explicit indentation
        leading, line_start = 0, header.end() + 1
        while 0 < line_start <= len(text):
            line_end = text.find("\n", line_start)
            line = text[line_start : line_end if line_end >= 0 else len(text)]
            if line.strip(" "):
                first = len(line) - len(line.lstrip(" "))
                if leading > first > parent.indent:
                    return Finding(
                        "NM102",
                        f"an empty line at the start of a block scalar has {leading} spaces, "
                        f"more than its first line ({first})",
                        "remove the spaces from the empty lines at the start of the block",
                        line_start,
                    )
                return None
            leading = max(leading, len(line))
            line_start = line_end + 1
        return None

    def finish(self) -> list[Finding]:
        """Return the comments that libyaml accepted without a space before them."""
        found = []
        for offset in self.comments:
            if any(start <= offset < end for start, end in self.scalars):
                continue
            line_start = self.text.rfind("\n", 0, offset) + 1
            if "#" in self.text[line_start:offset] and self._in_comment(line_start, offset):
                continue
            found.append(
                Finding(
                    "NM102",
                    "a comment needs a space before '#'",
                    f"put a space before '#': {self.text[offset - 1]} #",
                    offset,
                )
            )
        return found

    def _in_comment(self, line_start: int, offset: int) -> bool:
        """Whether ``offset`` is inside a comment that starts earlier on its line."""
        for index in range(line_start, offset):
            if (
                self.text[index] == "#"
                and (index == line_start or self.text[index - 1] in " \t")
                and not any(start <= index < end for start, end in self.scalars)
            ):
                return True
        return False
