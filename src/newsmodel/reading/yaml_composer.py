"""libyaml's C composer, one walk into plain data: the fast reader for text in any layout.

:func:`compose_plain` is the second reader of
:func:`~newsmodel.reading.yaml_fast.read_yaml_plain`, for text the line reader
declines: libyaml's composer (in C, keeping marks on its nodes that are not read)
builds the node tree, and one walk turns it into plain data with the YAML 1.2
core schema, or gives ``None`` for anything unusual.
"""

from __future__ import annotations

import functools
from itertools import chain
from typing import Any

import yaml

from newsmodel.limits import Limits
from newsmodel.reading.scalars import resolve_plain
from newsmodel.reading.yaml_events import BaseLoader as _BaseLoader
from newsmodel.reading.yaml_lines import PLAIN_STARTS, PLAIN_WORDS
from newsmodel.reading.yaml_spec import may_be_misread

__all__ = ["compose_plain"]

# The tags the composer below gives nodes that have no explicit tag.  They are compared
# by identity, so that no tag written in a file (always a new string) can pass for one.
_TEXT = "!<newsmodel: a string>"  # a quoted scalar, or a plain one that resolves to a string
_PLAIN = "!<newsmodel: a plain scalar>"  # one that resolve_plain may turn into something else
_COLLECTION = "!<newsmodel: a list or mapping>"
_QUOTED = frozenset("\"'")


class _Unusual(Exception):  # noqa: N818 - a signal to the fast path, never raised to callers
    """Input the fast path leaves to :func:`parse_yaml`."""


class _Composer(_BaseLoader):  # type: ignore[misc]
    """libyaml's composer (in C), tagging each node for :func:`compose_plain`.

    PyYAML's Cython composer calls ``resolve`` only for a node without a tag or with
    the non-specific tag ``!`` (passing ``(plain_implicit, quoted_implicit)`` for a
    scalar), so a node whose tag is none of the private ones above had an explicit
    tag.  libyaml marks a scalar tagged ``!`` as plain-implicit, like an untagged plain
    one: :meth:`_YamlBuilder.scalar` resolves both as plain scalars, and so does this.
    """

    def resolve(self, kind: type, value: Any, implicit: Any) -> str:
        if kind is yaml.ScalarNode:
            if implicit[0] and (value in PLAIN_WORDS or value[:1] in PLAIN_STARTS):
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


def compose_plain(text: str, limits: Limits) -> Any | None:
    """Return the plain data of YAML text read by libyaml's composer, or None if unusual.

    ``text`` has been through :func:`~newsmodel.reading.yaml_lines.complete_last_line`
    and holds no YAML 1.1 line break; the contract is that of
    :func:`~newsmodel.reading.yaml_fast.read_yaml_plain`.  Without libyaml (PyYAML's
    pure-Python parser is slower than the event reader), or with a libyaml that
    does not cap nesting, ``None``.
    """
    if _BaseLoader is yaml.SafeLoader:
        return None
    try:
        if not _libyaml_caps_nesting():
            return None
        if may_be_misread(text):
            return None  # the event reader reads it as the spec says, or reports it
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
    collection: Any = node
    if collection.flow_style and node.start_mark.line != node.end_mark.line:
        raise _Unusual  # the event reader checks the indentation of its lines
    depth += 1
    if isinstance(node, yaml.SequenceNode):
        items: list[Any] = []
        append = items.append
        for child in node.value:
            tag = child.tag
            if tag is _TEXT:
                if child.style in _QUOTED and child.start_mark.line != child.end_mark.line:
                    raise _Unusual  # the event reader checks the indentation of its lines
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
        if key_node.style in _QUOTED and key_node.start_mark.line != key_node.end_mark.line:
            raise _Unusual
        tag = child.tag
        if tag is _TEXT:
            if child.style in _QUOTED and child.start_mark.line != child.end_mark.line:
                raise _Unusual
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
