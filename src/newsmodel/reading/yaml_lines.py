"""The line reader: the block YAML that :func:`newsmodel.dumps` writes, read line by line.

:func:`read_yaml_lines` gives the plain data of text written in the layout of
:mod:`newsmodel.writing.yaml` (block mappings with keys of lowercase letters, digits
and underscores, lists indented under their key, short lists of words in brackets
on one line, strings plain, in single quotes or as literal blocks; comments only on
lines of their own before the first key), or ``None`` for any other text, which
:func:`~newsmodel.reading.yaml_fast.read_yaml_plain` then gives to libyaml's composer.

Why a third reader: most data files are written by newsmodel (or by hand in its
layout, as the examples are), and for them one regular expression call for all
lines and a few tests of each in Python cost a third of libyaml's composer, which
builds a node, two marks and a tag for every scalar, and of the walk that follows
it (issue 19).  The layout is narrow enough to read exactly as libyaml does: every
line must be what the layout allows at its place, with its exact indentation, and
every scalar one that YAML reads one way only (no ``": "``, no ``" #"``, no
indicator, tag, anchor or alias, no white space at either end, no character that
is not printable); anything else, however valid, gives ``None``, never a guess.
"""

from __future__ import annotations

import functools
import re
from typing import Any

from newsmodel.reading.scalars import FALSE, NULL, TRUE, resolve_plain

__all__ = ["PLAIN_STARTS", "PLAIN_WORDS", "complete_last_line", "read_yaml_lines"]

#: Plain scalars that may not be strings: resolve_plain keeps any other plain scalar as
#: text (its patterns all start with a sign, a dot or a digit), and "<<" is a merge key.
PLAIN_WORDS = NULL | TRUE | FALSE | {"<<"}
#: The first characters of the other plain scalars that may not be strings.
PLAIN_STARTS = frozenset("+-.0123456789")


def complete_last_line(text: str) -> str:
    r"""Give a last line of spaces its line break, which libyaml would lose from a block scalar.

    The spec ends such a line at the end of the text (``- |+\n   `` is ``["\n"]``);
    libyaml drops it.  Nothing else reads differently with the line break.
    """
    if text[-1:] == " ":
        last = text[text.rfind("\n") + 1 :]
        if not last.strip(" "):
            return text + "\n"
    return text


@functools.cache
def _not_printable() -> re.Pattern[str]:
    """Return the pattern of the characters that send text that is not all ASCII elsewhere.

    They are the characters YAML does not print, a tab, a carriage return, a byte-order
    mark, a YAML 1.1 line break (U+0085, U+2028, U+2029) and a lone surrogate.  The
    pattern is compiled when first needed (8 ms), for text that ``str.isprintable``
    refuses (Python's printable characters are a part of YAML's) and is not all ASCII.
    """
    return re.compile(
        "[^\n\x20-\x7e\xa0-\u2027\u202a-\ud7ff\ue000-\ufefe\uff00-\ufffd\U00010000-\U0010ffff]"
    )


#: Each line: its indentation with the dash of a list's item, if any; a key and its colon
#: (and the space after it); the rest.  The parts are checked in Python: a regular
#: expression that checked each character would cost more than libyaml.  No key is a word
#: that would make it other than a string (NM108).
_LINE = re.compile(
    r"^( *(?:- )?)(?:((?!(?:null|true|false):)[a-z][a-z0-9_]*):(?: |$))?(.*)$", re.MULTILINE
)
#: What sends a mapping's value to :meth:`_Reader.value`: a first character that is an
#: indicator, a dash or a space (or a colon or number sign anywhere in it).  The mapping
#: reads the other values itself: plain scalars, strings unless a sign, dot or digit or a
#: word of :data:`PLAIN_WORDS` makes them something else.
_NOT_SIMPLE = frozenset("-?:,[]{}#&*!|>'\"%@` ")
#: The characters no plain scalar read as written starts with (a dash may, before
#: anything but a space).
_NOT_PLAIN_START = frozenset("?:,[]{}#&*!|>'\"%@` ")
#: The items of a list in brackets, all plain scalars: none of the flow indicators, a
#: colon or a number sign in them, single spaces inside.
_FLOW_PLAIN = re.compile(
    r"[^-?:,\[\]{}#&*!|>'\"%@` ][^,\[\]{}:#' ]*(?: [^,\[\]{}:#' ]+)*"
    r"(?:, [^-?:,\[\]{}#&*!|>'\"%@` ][^,\[\]{}:#' ]*(?: [^,\[\]{}:#' ]+)*)*\Z"
)
#: An item of a list in brackets: a string in single quotes, or a plain scalar as above,
#: which may hold a quote after its first character.
_FLOW_ITEM = re.compile(
    r"'((?:[^']|'')*)'|([^-?:,\[\]{}#&*!|>'\"%@` ][^,\[\]{}:# ]*(?: [^,\[\]{}:# ]+)*)"
)

_Row = tuple[str, str, str]  # indentation (and dash), key, rest


class _Unusual(Exception):  # noqa: N818 - a signal inside this module, never raised to callers
    """Text the line reader leaves to libyaml."""


def read_yaml_lines(
    text: str, max_depth: int, plains: list[str] | None = None
) -> dict[str, Any] | None:
    """Return the plain data of YAML text in newsmodel's layout, or ``None`` for other text.

    The data (dicts, lists, scalars, plain ones resolved by
    :func:`~newsmodel.reading.scalars.resolve_plain`) is what libyaml and the event
    reader read from the same text, with the same types and key order.  ``None``
    for anything outside the layout described in the module's docstring, for a
    key given twice, for lists and mappings nested more than ``max_depth``
    levels (the root is at 1), for a number that cannot be kept exactly, and
    for text that does not end with a line break.  Comments are allowed only on
    lines of their own before the first key.  Never raises.

    Given ``plains``, the plain scalars of the text (keys too, as written) are
    added to it as they are read: what :mod:`~newsmodel.reading.yaml_warnings`
    looks at for NM117 (a line the reader takes has no comment after a value,
    so no NM118).  Those of a text read in part are left in it too.
    """
    if not text.endswith("\n") or " \n" in text:  # a space at the end of a line
        return None
    lines = text.split("\n")
    lines.pop()  # the empty string after the last line break
    first = 0  # the first key's line, after comments and empty lines (as written by hand)
    while first < len(lines) and (not lines[first] or lines[first][0] == "#"):
        first += 1
    if first == len(lines) or not "a" <= lines[first][0] <= "z":
        return None  # "---", "%YAML", not a mapping...: refused before the costly part
    rows: list[_Row] = _LINE.findall(text)  # one for each line, and one after the last
    rows.pop()
    if len(rows) != len(lines):  # pragma: no cover - the pattern matches every line once
        return None
    try:
        data, end = _Reader(rows, lines, max_depth, plains).mapping(first, 0, 1, item=False)
    except (_Unusual, OverflowError):  # OverflowError: a number resolve_plain cannot keep
        return None
    if end != len(rows):
        return None
    # Checked last: text the layout refuses need not be searched.
    if not "".join(lines).isprintable() and (text.isascii() or _not_printable().search(text)):
        return None
    return data


class _Reader:
    """The rows of one text, read from the top.

    Each method returns what it read and the index of the row after it, and
    raises :class:`_Unusual` for what it cannot read.  A row that does not
    belong to a list or mapping ends it, and is left to the list or mapping
    around it; a row that none of them takes is left over, and the text is
    refused.
    """

    def __init__(
        self, rows: list[_Row], lines: list[str], max_depth: int, plains: list[str] | None
    ) -> None:
        self.rows = rows
        self.lines = lines
        self.max_depth = max_depth
        self.plains = plains

    def mapping(
        self, start: int, column: int, depth: int, *, item: bool
    ) -> tuple[dict[str, Any], int]:
        """Read the mapping at ``depth`` whose keys are at ``column``, from row ``start``.

        ``item``: the mapping is a list's item, its first key after the item's dash.
        """
        if depth > self.max_depth:
            raise _Unusual  # NM111
        rows = self.rows
        mapping: dict[str, Any] = {}
        index = start
        count = len(rows)
        inside = column + 2
        indentation = " " * column
        expected = " " * (column - 2) + "- " if item else indentation
        below = " " * inside + "- "  # the dashes of a list under a key
        while index < count:
            prefix, key, rest = rows[index]
            if prefix != expected or not key:
                break
            expected = indentation
            if key in mapping:
                raise _Unusual  # NM103
            if self.plains is not None:
                self.plains.append(key)
            index += 1
            if not rest:  # a list or mapping follows, indented
                if index < count and rows[index][0] == below:
                    mapping[key], index = self.sequence(index, inside, depth + 1)
                else:
                    mapping[key], index = self.mapping(index, inside, depth + 1, item=False)
            elif rest[0] in _NOT_SIMPLE or ":" in rest or "#" in rest:
                mapping[key], index = self.value(rest, index, inside, depth + 1)
            else:
                if self.plains is not None:
                    self.plains.append(rest)
                if rest[0] in PLAIN_STARTS or rest in PLAIN_WORDS:
                    mapping[key] = resolve_plain(rest)
                else:  # the most common value: a plain scalar that is a string as written
                    mapping[key] = rest
        if index == start:
            raise _Unusual  # not a mapping
        return mapping, index

    def sequence(self, start: int, column: int, depth: int) -> tuple[list[Any], int]:
        """Read the list at ``depth`` whose dashes are at ``column``, from row ``start``."""
        if depth > self.max_depth:
            raise _Unusual  # NM111
        rows = self.rows
        items: list[Any] = []
        index = start
        count = len(rows)
        inside = column + 2
        dash = " " * column + "- "
        while index < count:
            prefix, key, rest = rows[index]
            if prefix != dash:
                break
            if key:  # a mapping, its first key after the dash
                item, index = self.mapping(index, inside, depth + 1, item=True)
            else:
                item, index = self.value(rest, index + 1, inside, depth + 1)
            items.append(item)
        return items, index

    def value(self, rest: str, index: int, inside: int, depth: int) -> tuple[Any, int]:
        """Read the value after a key's ``": "`` or a list's ``"- "``, ``rest`` of its row.

        ``index`` is the next row, where a literal block's lines start, indented
        by ``inside`` spaces; ``depth`` is the level of a list in brackets.
        """
        if not rest:
            raise _Unusual  # pragma: no cover - a dash alone is no item (no space after it)
        first = rest[0]
        if first in _NOT_PLAIN_START:
            if first == "'":
                return _single_quoted(rest), index
            if first == "[":
                if depth > self.max_depth:
                    raise _Unusual  # NM111
                return _flow_sequence(rest, self.plains), index
            if first == "|":
                return self.literal(rest, index, inside)
            raise _Unusual  # a double quote, a mapping in braces, a tag, an anchor...
        if (first == "-" and (len(rest) == 1 or rest[1] == " ")) or (
            (":" in rest or "#" in rest) and (": " in rest or " #" in rest or rest[-1] == ":")
        ):
            raise _Unusual  # a list's item, a key and its value, a comment
        if self.plains is not None:
            self.plains.append(rest)
        if first in PLAIN_STARTS or rest in PLAIN_WORDS:
            return resolve_plain(rest), index
        return rest, index

    def literal(self, header: str, start: int, inside: int) -> tuple[str, int]:
        """Read a literal block (``|`` or ``|-``) whose lines are indented by ``inside`` spaces.

        Only the blocks newsmodel writes: the first line at exactly that
        indentation, no empty line first or last.
        """
        if header not in {"|", "|-"}:
            raise _Unusual  # "|+", an indentation indicator, a comment...
        lines = self.lines
        indentation = " " * inside
        block: list[str] = []
        index = start
        count = len(lines)
        while index < count:
            line = lines[index]
            if line.startswith(indentation):
                block.append(line[inside:])
            elif not line:
                block.append(line)
            else:
                break
            index += 1
        if not block or not block[0] or block[0][0] == " " or not block[-1]:
            raise _Unusual  # empty, or its indentation or its last line breaks read otherwise
        text = "\n".join(block)
        return (text + "\n" if header == "|" else text), index


def _single_quoted(written: str) -> str:
    """Return the string of a single-quoted scalar (``''`` is a quote)."""
    if len(written) < 2 or written[-1] != "'":
        raise _Unusual
    text = written[1:-1]
    if "'" in text:
        if "'" in text.replace("''", ""):
            raise _Unusual  # a quote alone ends the scalar before the end of the line
        text = text.replace("''", "'")
    return text


def _flow_sequence(written: str, plains: list[str] | None) -> list[Any]:
    """Return the list of a list in brackets on one line, items separated by ``", "``.

    Its plain items are added to ``plains``, if given.
    """
    end = len(written) - 1
    if written[end] != "]":
        raise _Unusual
    if end == 1:
        return []
    if _FLOW_PLAIN.match(written, 1, end):  # plain scalars only: split at the commas
        if plains is not None:
            plains.extend(written[1:end].split(", "))
        return [
            resolve_plain(plain) if plain[0] in PLAIN_STARTS or plain in PLAIN_WORDS else plain
            for plain in written[1:end].split(", ")
        ]
    items: list[Any] = []
    position = 1
    while True:
        found = _FLOW_ITEM.match(written, position)
        if found is None:
            raise _Unusual
        quoted, plain = found.groups()
        if plain is None:
            items.append(quoted.replace("''", "'"))
        else:
            if plains is not None:
                plains.append(plain)
            items.append(
                resolve_plain(plain) if plain[0] in PLAIN_STARTS or plain in PLAIN_WORDS else plain
            )
        position = found.end()
        if position == end:
            return items
        if not written.startswith(", ", position):
            raise _Unusual
        position += 2
