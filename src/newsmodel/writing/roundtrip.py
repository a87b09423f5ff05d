"""YAML edited in place: comments, key order, quoting and style of untouched lines kept.

:func:`upgrade_yaml` applies the version-1 to version-2 mapping of
:mod:`newsmodel.upgrade` to YAML text through ruamel.yaml's round-trip mode,
which keeps comments with the values they follow.  ruamel.yaml writes the
whole document again, and may write a line it did not change differently
(a long plain scalar folded at another width); so the text it writes is
merged back into the original (:func:`merge_lines`): only the lines the
upgrade changed are taken from it, every other line is kept byte for byte.

ruamel.yaml is imported when a file is upgraded, never at start-up.
"""

from __future__ import annotations

import copy
import difflib
import io
import re
from collections.abc import Callable
from typing import Any

from newsmodel.upgrade import COLLECTION, Found, upgrade_bundle

__all__ = ["RoundTripError", "RoundTripTree", "comments_of", "merge_lines", "upgrade_yaml"]

#: Where ruamel.yaml keeps the comment after a mapping's key, and after a list's item.
_KEY_COMMENT, _ITEM_COMMENT = 2, 0


class RoundTripError(Exception):
    """ruamel.yaml cannot read text that newsmodel's reader reads (its message says why)."""


class RoundTripTree:
    """:class:`~newsmodel.upgrade.Tree` over ruamel.yaml's round-trip data.

    A comment that follows a key or an item moves with it; the comment of a
    key removed joins the comment of the key before it (or after it).  New
    lists and mappings are written in block style.
    """

    def __init__(self) -> None:
        from ruamel.yaml.comments import CommentedMap, CommentedSeq  # noqa: PLC0415 - lazily

        self._map, self._seq = CommentedMap, CommentedSeq

    def is_mapping(self, value: Any) -> bool:  # noqa: D102 - as Tree
        return isinstance(value, dict)

    def is_list(self, value: Any) -> bool:  # noqa: D102
        return isinstance(value, list)

    def keys(self, mapping: Any) -> list[str]:  # noqa: D102
        return list(mapping)

    def get(self, mapping: Any, key: str) -> Any:  # noqa: D102
        return mapping[key]

    def items(self, sequence: Any) -> list[Any]:  # noqa: D102
        items: list[Any] = sequence
        return items

    def scalar(self, value: Any) -> Any:  # noqa: D102
        return COLLECTION if isinstance(value, (dict, list)) else value

    def set_scalar(self, mapping: Any, key: str, value: Any) -> None:  # noqa: D102
        mapping[key] = value

    def wrap(self, mapping: Any, old: str, new: str) -> None:  # noqa: D102
        listed = self._seq([mapping[old]])
        listed.fa.set_flow_style()
        self._replace(mapping, old, new, listed)

    def rename(self, mapping: Any, old: str, new: str) -> None:  # noqa: D102
        self._replace(mapping, old, new, mapping[old])

    def _replace(self, mapping: Any, old: str, new: str, value: Any) -> None:
        place = list(mapping).index(old)
        comment = mapping.ca.items.pop(old, None)
        del mapping[old]
        mapping.insert(place, new, value)
        if comment is not None:
            if comment[_KEY_COMMENT] is not None:
                _moved(comment[_KEY_COMMENT])
            mapping.ca.items[new] = comment

    def remove(self, mapping: Any, key: str) -> Any:  # noqa: D102
        keys = list(mapping)
        place = keys.index(key)
        comment = mapping.ca.items.pop(key, None)
        value = mapping.pop(key)
        token = None if comment is None else comment[_KEY_COMMENT]
        if token is not None:
            rest = keys[:place] + keys[place + 1 :]
            if rest:
                other = rest[place - 1] if place else rest[0]
                _join(mapping.ca.items.setdefault(other, [None, None, None, None]), token)
            else:
                _join(mapping.ca.items.setdefault(None, [None, None, None, None]), token)
        return value

    def wrap_items(self, sequence: Any, key: str, which: Callable[[Any], bool]) -> None:  # noqa: D102
        wrapped = False
        for index, item in enumerate(sequence):
            if not which(item):
                continue
            mapping = self._map()
            mapping[key] = item
            comment = sequence.ca.items.pop(index, None)
            if comment is not None and comment[_ITEM_COMMENT] is not None:
                mapping.ca.items[key] = [None, None, _moved(comment[_ITEM_COMMENT]), None]
            sequence[index] = mapping
            wrapped = True
        if wrapped:
            sequence.fa.set_block_style()

    def add(self, mapping: Any, key: str, value: Any, like: tuple[Any, str]) -> None:  # noqa: D102
        mapping[key] = value

    def new_list(self, items: list[Any], like: Any) -> Any:  # noqa: D102
        for item in items:  # indented further: their comments keep two spaces
            if isinstance(item, self._map):
                for comment in item.ca.items.values():
                    if comment[_KEY_COMMENT] is not None:
                        _moved(comment[_KEY_COMMENT])
        listed = self._seq(items)
        listed.fa.set_block_style()
        return listed

    def new_mapping(self, key: str, value: Any) -> Any:  # noqa: D102
        mapping = self._map()
        mapping[key] = value
        return mapping

    def new_text(self, text: str, like: Any) -> Any:  # noqa: D102
        return text

    def copy(self, value: Any) -> Any:  # noqa: D102
        return copy.deepcopy(value)  # the same object twice would be written as an alias

    def plain(self, value: Any) -> Any:  # noqa: D102
        if isinstance(value, dict):
            return {key: self.plain(item) for key, item in value.items()}
        if isinstance(value, list):
            return [self.plain(item) for item in value]
        for kind in (bool, int, float, str):  # ruamel.yaml's scalars subclass these
            if isinstance(value, kind):
                return kind(value)
        return value


def _moved(token: Any) -> Any:
    """Return a comment token moved to another line, two spaces after its value.

    ruamel.yaml writes a comment at its original column, or one space after
    a value that now reaches it: a comment one space after a value reads as
    part of it to some tools (NM118), so it gets a space of its own.
    """
    if token.value.startswith("#"):
        token.value = " " + token.value
    return token


def _join(comment: list[Any], token: Any) -> None:
    """Add a comment token after the comment kept at ``comment`` (a ruamel.yaml slot list)."""
    kept = comment[_KEY_COMMENT]
    if kept is None:
        comment[_KEY_COMMENT] = _moved(token)
        return
    text: str = token.value
    # An end-of-line comment joins the end of the line; full-line comments follow it.
    if text.startswith("#"):
        kept.value = kept.value.rstrip("\n") + "  " + text
    else:
        kept.value = kept.value + text.lstrip("\n")


def _yaml(text: str) -> tuple[Any, Any]:
    """Return a round-trip YAML reader-writer set to the indentation of ``text``, and its data."""
    from ruamel.yaml import YAML  # noqa: PLC0415 - imported when a file is upgraded
    from ruamel.yaml.util import load_yaml_guess_indent  # noqa: PLC0415

    yaml = YAML(typ="rt")
    yaml.preserve_quotes = True
    yaml.width = 4096  # lines are merged back: no folding of the lines changed
    data, indent, offset = load_yaml_guess_indent(text, yaml=yaml)
    yaml.indent(mapping=indent or 2, sequence=indent or 4, offset=offset or 0)
    return yaml, data


def _dumped(yaml: Any, data: Any) -> str:
    out = io.StringIO()
    yaml.dump(data, out)
    return out.getvalue()


def upgrade_yaml(text: str) -> tuple[str, list[Found]]:
    """Return ``text`` (a version-1 bundle) upgraded to version 2, and the problems found.

    Comments, key order, quoting and the style of lines the upgrade does not
    change are kept.  The text must parse as YAML (the caller reads it with
    newsmodel's reader first).

    Raises:
        RoundTripError: ruamel.yaml cannot read the text, or write it back.

    """
    from ruamel.yaml.error import YAMLError  # noqa: PLC0415

    try:
        return _upgrade_yaml(text)
    except (YAMLError, RecursionError) as error:
        raise RoundTripError(
            str(error).splitlines()[0] if str(error) else type(error).__name__
        ) from error


def _upgrade_yaml(text: str) -> tuple[str, list[Found]]:
    yaml, data = _yaml(text)
    before = _dumped(yaml, data)
    found = upgrade_bundle(RoundTripTree(), data) if isinstance(data, dict) else []
    return merge_lines(text, before, _dumped(yaml, data)), found


def merge_lines(original: str, before: str, after: str) -> str:
    """Apply the change from ``before`` to ``after`` to ``original``, line by line.

    ``before`` is ``original`` as the writer writes it unchanged, ``after``
    as it writes it changed.  The differences of ``before`` from
    ``original`` (the writer's own) and of ``after`` from ``before`` (the
    change) are merged as ``diff3`` does: where only the writer differs, the
    original lines stay; where the change touches lines, its lines are taken
    (and, where the writer differs there too, the change's whole region).
    """
    base, ours, theirs = before.splitlines(True), original.splitlines(True), after.splitlines(True)
    if ours and not ours[-1].endswith("\n"):
        ours[-1] += "\n"
    hunks = sorted(
        [(*hunk, False) for hunk in _hunks(base, ours)]
        + [(*hunk, True) for hunk in _hunks(base, theirs)]
    )
    out: list[str] = []
    at = index = 0
    while index < len(hunks):
        group = [hunks[index]]
        lo, hi = hunks[index][:2]
        index += 1
        # Overlapping hunks are merged; so are two insertions at one place (in which order?).
        while index < len(hunks) and (
            hunks[index][0] < hi or (hunks[index][0] == hunks[index][1] == lo == hi)
        ):
            group.append(hunks[index])
            hi = max(hi, hunks[index][1])
            index += 1
        out.extend(base[at:lo])
        changed = any(hunk[4] for hunk in group)
        mine = [hunk for hunk in group if hunk[4] is changed]
        text = theirs if changed else ours
        out.extend(text[mine[0][2] - (mine[0][0] - lo) : mine[-1][3] + (hi - mine[-1][1])])
        at = hi
    out.extend(base[at:])
    return "".join(out)


def _hunks(a: list[str], b: list[str]) -> list[tuple[int, int, int, int]]:
    """Return the regions where ``b`` differs from ``a``: (a_lo, a_hi, b_lo, b_hi)."""
    matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
    hunks: list[tuple[int, int, int, int]] = []
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if i2 - i1 == j2 - j1:  # line for line: each its own hunk, so that fewer merge
            hunks.extend((i, i + 1, j1 + i - i1, j1 + i - i1 + 1) for i in range(i1, i2))
        else:
            hunks.append((i1, i2, j1, j2))
    return hunks


def comments_of(text: str) -> list[str]:
    """Return the comments of YAML text, each from its ``#`` to the end of its line.

    A ``#`` within a value (a quoted or block scalar, ``a#b``) is not a
    comment: the comments are what lies between the YAML scanner's tokens.
    The text must be YAML.
    """
    import yaml  # noqa: PLC0415 - PyYAML's scanner, for text already read

    found: list[str] = []
    at = 0
    for token in [*yaml.scan(text, Loader=yaml.SafeLoader), None]:
        gap = text[at:] if token is None else text[at : token.start_mark.index]
        for match in _COMMENT.finditer(gap):
            found.append(match.group(1).rstrip())
        if token is not None:
            at = max(at, token.end_mark.index)
    return found


#: A comment within the text between tokens: a ``#`` at the start or after white space.
_COMMENT = re.compile(r"(?:^|(?<=[ \t\n]))(#[^\n]*)")
