"""The canonical YAML of plain data: what :func:`newsmodel.io.dumps` writes.

Block-style YAML, keys in the order given, unicode kept, long and multi-line
text as literal blocks, short lists of words on one line, and strings quoted
wherever a YAML 1.1 or 1.2 reader could take them for something else.
"""

from __future__ import annotations

import io
import math
import re
from typing import Any

import yaml

from newsmodel import reading

__all__ = ["yaml_text"]


class _Dumper(yaml.SafeDumper):
    """Block-style YAML with indented lists and literal blocks for long text.

    The pure-Python emitter, not libyaml's: libyaml escapes characters beyond
    the Basic Multilingual Plane (emoji, the Adlam script of Fula) even with
    ``allow_unicode``, and no longer writes such text as a literal block.
    """

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)


_LITERAL_OVER = 80


#: Characters a YAML 1.1 reader takes for line breaks: written escaped, in double quotes.
_YAML11_BREAKS = re.compile("[\x85\u2028\u2029]")


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style: str | None = None
    if _YAML11_BREAKS.search(text):
        style = '"'  # in any other style they would read back as line breaks
    elif "\n" in text or len(text) > _LITERAL_OVER:
        style = "|"
    else:
        try:
            if reading.resolve_plain(text) is not text:
                style = "'"
        except OverflowError:
            style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_FLOW_UNDER = 60


def _represent_list(dumper: yaml.SafeDumper, items: list[Any]) -> yaml.SequenceNode:
    """Short lists of plain words on one line (``accused: [mali]``), others as blocks."""
    short = all(isinstance(item, str) and "\n" not in item for item in items) and (
        sum(len(item) + 2 for item in items) < _FLOW_UNDER
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=short or None)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def yaml_text(data: Any) -> str:
    """Return the canonical YAML text of plain data (mappings, lists, strings, numbers).

    The text is written directly (:func:`_direct_text`), byte for byte as PyYAML's
    pure-Python emitter writes it; whatever the direct writer is not sure to write
    the same way (a string that needs double quotes or would be folded, an empty
    mapping) sends the whole document to the emitter (:func:`reference_text`).
    """
    try:
        return _direct_text(data)
    except _UnsureError:
        return reference_text(data)


def reference_text(data: Any) -> str:
    """Return the canonical YAML text of plain data, as PyYAML's pure-Python emitter writes it."""
    return str(
        yaml.dump(
            data,
            Dumper=_Dumper,
            sort_keys=False,
            allow_unicode=True,
            default_flow_style=False,
            width=_WIDTH,
        )
    )


# --------------------------------------------------------------------------
# The direct writer: the emitter's choices for the data newsmodel writes,
# 7 times faster than the emitter (issue 19); tested against it.
# --------------------------------------------------------------------------


class _UnsureError(Exception):
    """The direct writer cannot be sure to write what the emitter writes."""


#: The line width the emitter folds at: none.  A string over ``_LITERAL_OVER`` characters
#: is a literal block anyway; a shorter one nested deep would be folded across lines in
#: quotes, which every reader must then re-join and check for indentation (the fast
#: reader leaves such files to the event reader).  A long line is the lesser harm.
_WIDTH = 10**9
_STR = "tag:yaml.org,2002:str"
_RESOLVER: Any = yaml.resolver.Resolver()
_ANALYZER: Any = yaml.emitter.Emitter(io.StringIO(), allow_unicode=True)
_KEY = re.compile(r"[a-z][a-z0-9_]*\Z")
#: Strings the emitter surely writes plain, in flow and block context, or in single
#: quotes: no indicator, no white space at either end, printable.
_SIMPLE = re.compile(r"[A-Za-z0-9(\u00c0-\u024f][A-Za-z0-9_.\-/()' \u00c0-\u024f]*(?<! )\Z")
#: What keeps a text from a literal block: a character the emitter escapes, a space
#: before a line break or at the end.
_NOT_BLOCK = re.compile(
    "[^\n\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010fffe]|\ufeff"
    "| [\n\x85\u2028\u2029]| \\Z"
)
#: (flow, text) -> the scalar as written, or a literal block's header ("|-" or "|")
_STYLES: dict[tuple[bool, str], str] = {}
_REMEMBERED = 4096


def _direct_text(data: Any) -> str:
    if data.__class__ is not dict or not data:
        raise _UnsureError
    out: list[str] = []
    _mapping(data, 0, "", out)
    return "".join(out)


def _mapping(data: dict[Any, Any], indent: int, first: str, out: list[str]) -> None:
    """Write a block mapping whose keys are at ``indent``; ``first`` starts its first line."""
    prefix = first
    for key, value in data.items():
        if key.__class__ is not str or not _KEY.match(key) or _style(key, True) != key:
            raise _UnsureError
        line = f"{prefix or ' ' * indent}{key}:"
        prefix = ""
        kind = value.__class__
        if kind is dict:
            if not value:
                raise _UnsureError
            out.append(line + "\n")
            _mapping(value, indent + 2, "", out)
        elif kind is list:
            _sequence(value, line, indent, out)
        else:
            out.append(line + " " + _scalar(value, len(line) + 1, indent) + "\n")


def _sequence(items: list[Any], line: str, indent: int, out: list[str]) -> None:
    short = all(item.__class__ is str and "\n" not in item for item in items) and (
        sum(len(item) + 2 for item in items) < _FLOW_UNDER
    )
    if short:
        written = f"{line} [{', '.join(_flow_scalar(item) for item in items)}]"
        if len(written) > _WIDTH:
            raise _UnsureError
        out.append(written + "\n")
        return
    out.append(line + "\n")
    dash = " " * (indent + 2) + "- "
    for item in items:
        kind = item.__class__
        if kind is dict and item:
            _mapping(item, indent + 4, dash, out)
        elif kind is dict or kind is list:
            raise _UnsureError
        else:
            out.append(dash + _scalar(item, indent + 4, indent + 2) + "\n")


#: A space the emitter may fold a line at: one alone, not a run.
_LONE_SPACE = re.compile("(?<! ) (?! )")


def _folds(written: str, room: int) -> bool:
    """Whether the emitter would fold ``written`` with ``room`` columns left (at a lone space)."""
    return any(found.start() > room for found in _LONE_SPACE.finditer(written))


def _flow_scalar(text: str) -> str:
    written = _style(text, True)
    if written.startswith("|"):
        raise _UnsureError
    return written


def _scalar(value: Any, column: int, indent: int) -> str:
    """Write a scalar that starts at ``column``, in a mapping whose keys are at ``indent``."""
    kind = value.__class__
    if kind is str:
        written = _style(value, False)
        if written[0] == "|":
            content = " " * (indent + 2)
            lines = value.split("\n")
            if written == "|":
                lines.pop()
            return written + "\n" + "\n".join(content + each if each else "" for each in lines)
        if column + len(written) > _WIDTH and _folds(written, _WIDTH - column):
            raise _UnsureError
        return written
    if kind is bool:
        return "true" if value else "false"
    if kind is int:
        return str(value)
    if kind is float:
        if math.isnan(value):
            return ".nan"
        if math.isinf(value):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value).lower()
        return text.replace("e", ".0e", 1) if "." not in text and "e" in text else text
    if value is None:
        return "null"
    raise _UnsureError


def _style(text: str, flow: bool) -> str:
    """Return ``text`` as the emitter writes it (a literal block: just its header)."""
    found = _STYLES.get((flow, text))
    if found is not None:
        return found
    found = _choose(text, flow)
    if len(_STYLES) >= _REMEMBERED:
        _STYLES.clear()
    _STYLES[flow, text] = found
    return found


def _choose(text: str, flow: bool) -> str:
    """Write ``text`` as ``_represent_str`` asks and the emitter's ``choose_scalar_style`` does."""
    if _YAML11_BREAKS.search(text):
        raise _UnsureError  # double quotes
    if "\n" in text or len(text) > _LITERAL_OVER:
        if flow or not text or text[0] in " \n" or text.endswith("\n\n") or _NOT_BLOCK.search(text):
            raise _UnsureError
        return "|" if text.endswith("\n") else "|-"
    try:
        asked_quotes = reading.resolve_plain(text) is not text
    except OverflowError:
        asked_quotes = True
    if _SIMPLE.match(text):
        plain = single = True
    else:
        analysis = _ANALYZER.analyze_scalar(text)
        plain = analysis.allow_flow_plain if flow else analysis.allow_block_plain
        single = analysis.allow_single_quoted
    if (
        not asked_quotes
        and plain
        and _RESOLVER.resolve(yaml.ScalarNode, text, (True, False)) == _STR
    ):
        return text
    if single:
        return "'" + text.replace("'", "''") + "'"
    raise _UnsureError  # double quotes
