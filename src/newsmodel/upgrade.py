"""Schema version 1 to 2: the one home of the mapping between them.

A version-1 file is upgraded as it is read (:mod:`newsmodel.io`), on the tree
of nodes with positions, so that every later problem still points at the
line and column of the original text; ``newsmodel upgrade`` rewrites the file
with the same mapping, applied to a comment-keeping YAML tree
(:mod:`newsmodel.writing.roundtrip`).  The mapping is written once, over
:class:`Tree`, the few edits both trees support.

What changes, field by field (``docs/guides/upgrading.md`` explains why):

- ``schema_version: 1`` becomes ``2``;
- ``Report.authors: [name]`` becomes ``[{name: name}]``;
- ``Document.author: x`` becomes ``authors: [x]``;
- ``Response.responder``, ``stance``, ``channel`` and ``document`` become
  ``responders``, ``stances``, ``channels`` and ``documents``, lists of the
  one value; ``retracts: x`` becomes ``retracts: [x]``;
- ``Response.allegations: [a, b]`` and ``positions`` become ``answers: [{allegation: a,
  positions: [...]}, {allegation: b, ...}]``: a position that names an
  allegation goes to that allegation's answer (without the name), one that
  names none goes to every answer (version 1 meant "applies to all").

Only what has the version-1 shape is upgraded; anything else is left for the
converter to report, at its original position.  A value of the wrong type
under a version-1 name is still moved to its version-2 place, so that the
converter reports it where version 1 did (``responder: 5`` gives
``responders: [5]``, and the problem of ``5``).  A null optional value
(``channel: null``) meant "none" and is left out.
"""

from __future__ import annotations

from collections.abc import Callable, Hashable
from typing import Any, Literal, Protocol

import attrs

from newsmodel import reading
from newsmodel.codec.check import schema_version_problem
from newsmodel.limits import Limits
from newsmodel.model import SCHEMA_VERSION, Position
from newsmodel.problems import Problem, Severity, render_path
from newsmodel.reading.lines import jsonl_lines
from newsmodel.reading.nodes import Node
from newsmodel.types import Fault
from newsmodel.writing.json import indented_json, json_lines

__all__ = [
    "V1",
    "NodeTree",
    "Rewrite",
    "Tree",
    "UpgradeError",
    "rewrite",
    "upgrade_bundle",
    "upgrade_line",
    "upgrade_nodes",
    "upgrade_record",
    "upgraded_problem",
]

#: The schema version upgraded from.
V1 = 1

RawPath = tuple[str | int, ...]
#: A problem found while upgrading, as the readers place them: its path in the
#: upgraded tree, whether it concerns the key, and the problem.
Found = tuple[RawPath, bool, Problem]


class _Collection:
    """What :meth:`Tree.scalar` returns for a mapping or a list."""


#: :meth:`Tree.scalar` of a mapping or a list.
COLLECTION: Any = _Collection()


class Tree(Protocol):
    """The edits of a parsed tree that the mapping makes, each keeping what it can.

    Values are the tree's own (:class:`~newsmodel.reading.nodes.Node`, or
    ruamel.yaml's mappings, lists and scalars).  A tree keeps, where it has
    them, the positions (a node tree) or the comments (a YAML round-trip
    tree) of what is moved.
    """

    def is_mapping(self, value: Any) -> bool:
        """Whether ``value`` is a mapping."""

    def is_list(self, value: Any) -> bool:
        """Whether ``value`` is a list."""

    def keys(self, mapping: Any) -> list[str]:
        """Return the keys of ``mapping``, in order."""

    def get(self, mapping: Any, key: str) -> Any:
        """Return the value of ``key`` in ``mapping``."""

    def items(self, sequence: Any) -> list[Any]:
        """Return the items of a list: the list itself, so that appending to it adds one."""

    def scalar(self, value: Any) -> Any:
        """Return the plain value of a scalar; :data:`COLLECTION` for a mapping or a list."""

    def set_scalar(self, mapping: Any, key: str, value: Any) -> None:
        """Replace the scalar value of ``key`` with ``value``."""

    def wrap(self, mapping: Any, old: str, new: str) -> None:
        """Replace ``old: x`` with ``new: [x]``, in the same place."""

    def rename(self, mapping: Any, old: str, new: str) -> None:
        """Rename the key ``old`` to ``new``, in the same place."""

    def remove(self, mapping: Any, key: str) -> Any:
        """Remove ``key`` from ``mapping`` and return its value."""

    def wrap_items(self, sequence: Any, key: str, which: Callable[[Any], bool]) -> None:
        """Replace each item ``x`` of a list for which ``which(x)`` holds with ``{key: x}``."""

    def add(self, mapping: Any, key: str, value: Any, like: tuple[Any, str]) -> None:
        """Add ``key: value`` at the end of ``mapping``; its key is placed as ``like``'s key."""

    def new_list(self, items: list[Any], like: Any) -> Any:
        """Return a new list of ``items``, placed as ``like``."""

    def new_mapping(self, key: str, value: Any) -> Any:
        """Return a new mapping ``{key: value}``, placed as ``value``."""

    def new_text(self, text: str, like: Any) -> Any:
        """Return a new string value, placed as ``like``."""

    def copy(self, value: Any) -> Any:
        """Return ``value`` for a second place in the tree."""

    def plain(self, value: Any) -> Any:
        """Return ``value`` as plain data: dicts, lists and Python scalars."""


# --------------------------------------------------------------------------
# The mapping
# --------------------------------------------------------------------------


def upgrade_bundle(tree: Tree, root: Any) -> list[Found]:
    """Upgrade a version-1 bundle in place: its ``schema_version`` and every record.

    ``root`` is the bundle mapping, whose version was read as 1.  Returns the
    problems found on the way (NM313: a position naming an allegation its
    response does not answer), placed in the upgraded tree.
    """
    found: list[Found] = []
    seen: set[int] = set()  # lists already upgraded: a YAML alias names one twice
    if "schema_version" in tree.keys(root):
        tree.set_scalar(root, "schema_version", SCHEMA_VERSION)
    for kind, records in _lists(tree, root):
        for index, record in enumerate(tree.items(records)):
            found.extend(
                ((kind, index, *raw), at_key, problem)
                for raw, at_key, problem in upgrade_record(tree, kind[:-1], record, seen)
            )
    return found


def _lists(tree: Tree, root: Any) -> list[tuple[str, Any]]:
    return [
        (key, tree.get(root, key))
        for key in tree.keys(root)
        if key in _UPGRADES and tree.is_list(tree.get(root, key))
    ]


def upgrade_record(tree: Tree, kind: str, record: Any, seen: set[int] | None = None) -> list[Found]:
    """Upgrade one version-1 record of ``kind`` (``response``) in place.

    Returns the problems found on the way, with paths in the record.
    ``seen`` holds the ids of the lists already upgraded in the same file,
    which YAML aliases may name again (``allegations: *listed``).
    """
    upgrade = _UPGRADES.get(kind + "s")
    if upgrade is None or not tree.is_mapping(record):
        return []
    return upgrade(tree, record, set() if seen is None else seen)


def _report(tree: Tree, report: Any, seen: set[int]) -> list[Found]:
    if "authors" in tree.keys(report):
        authors = tree.get(report, "authors")
        if tree.is_list(authors):
            tree.wrap_items(authors, "name", lambda item: not tree.is_mapping(item))
    return []


def _document(tree: Tree, document: Any, seen: set[int]) -> list[Found]:
    _listed(tree, document, "author", "authors", optional=True)
    return []


def _response(tree: Tree, response: Any, seen: set[int]) -> list[Found]:
    _listed(tree, response, "responder", "responders", optional=False)
    _listed(tree, response, "stance", "stances", optional=False)
    _listed(tree, response, "channel", "channels", optional=True)
    _listed(tree, response, "document", "documents", optional=True)
    _listed(tree, response, "retracts", "retracts", optional=True)
    _retraction(tree, response)
    return _answers(tree, response, seen)


def _retraction(tree: Tree, response: Any) -> None:
    """Add the stance ``retraction`` to a response that retracts: version 1 implied it."""
    keys = tree.keys(response)
    if "retracts" not in keys or "stances" not in keys:
        return
    stances = tree.get(response, "stances")
    if tree.is_list(stances) and "retraction" not in map(tree.scalar, tree.items(stances)):
        listed = tree.items(stances)
        listed.append(tree.new_text("retraction", listed[-1] if listed else stances))


def _listed(tree: Tree, mapping: Any, old: str, new: str, *, optional: bool) -> None:
    """``old: x`` -> ``new: [x]``, unless ``new`` is there already (the converter says so)."""
    keys = tree.keys(mapping)
    if old not in keys or (new != old and new in keys):
        return
    if optional and tree.scalar(tree.get(mapping, old)) is None:
        tree.remove(mapping, old)  # null: none, as the default
    else:
        tree.wrap(mapping, old, new)


def _answers(tree: Tree, response: Any, seen: set[int]) -> list[Found]:
    """``allegations`` and ``positions`` -> ``answers``, one per allegation."""
    keys = tree.keys(response)
    if "allegations" not in keys or "answers" in keys:
        return []
    allegations = tree.get(response, "allegations")
    if not tree.is_list(allegations):  # reported as answers, where allegations stood
        tree.rename(response, "allegations", "answers")
        return []
    positions = tree.get(response, "positions") if "positions" in keys else None
    if id(allegations) in seen:  # an alias of answers made already, positions included
        tree.rename(response, "allegations", "answers")
        if positions is not None and id(positions) in seen:
            tree.remove(response, "positions")
        return []
    seen.add(id(allegations))
    if positions is not None:
        seen.add(id(positions))
    if positions is not None and tree.scalar(positions) is None:
        tree.remove(response, "positions")
        positions = None
    named = [_key(tree.scalar(item)) for item in tree.items(allegations)]
    if positions is not None and (not tree.is_list(positions) or not named):
        positions = None  # not the version-1 shape: left as it is, for the converter
    tree.wrap_items(allegations, "allegation", lambda item: True)
    tree.rename(response, "allegations", "answers")
    if positions is None:
        return []
    like = (response, "positions")
    answered = len(named)  # a position naming no allegation goes to each of these
    lists: dict[int, list[Any]] = {}
    found: list[Found] = []
    for position in tree.items(positions):
        target = _target(tree, position, named)
        if target is None:
            # Each answer takes a position that reads as one; any other only the first, so
            # that its problem is reported once (one mistake, one problem).
            for index in range(answered if _readable(tree, position) else 1):
                lists.setdefault(index, []).append(tree.copy(position) if index else position)
            continue
        name = tree.remove(position, "allegation")
        if isinstance(target, int):
            lists.setdefault(target, []).append(position)
            continue
        # Names an allegation the response does not answer (NM313): it gets an answer
        # of its own, so that nothing is lost, and the problem fails the file.
        index = len(named)
        named.append(_key(target))
        tree.items(allegations).append(tree.new_mapping("allegation", name))
        lists[index] = [position]
        found.append(
            (
                ("answers", index, "allegation"),
                False,
                Problem(
                    code="NM313",
                    message=f"a position names the allegation {target!r}, which the "
                    "response does not answer",
                    hint=f"add {target!r} to the response's allegations, or remove the "
                    "position's allegation",
                ),
            )
        )
    tree.remove(response, "positions")
    answers = tree.items(allegations)
    for index, mine in sorted(lists.items()):
        tree.add(answers[index], "positions", tree.new_list(mine, positions), like)
    return found


def _key(value: Any) -> Hashable:
    """Return a scalar as a key telling ``1`` from ``True`` and ``'1'``; collections never match.

    A string is a string however it was quoted (ruamel.yaml's scalars subclass ``str``).
    """
    for kind in (bool, int, float, str):
        if isinstance(value, kind):
            return (kind.__name__, kind(value))
    return (id(value),)


def _readable(tree: Tree, position: Any) -> bool:
    """Tell whether a position reads as one, without problems."""
    from cattrs.errors import CattrsError  # noqa: PLC0415 - the converter, for version 1 only

    from newsmodel.codec.converter import structure  # noqa: PLC0415

    try:
        structure(tree.plain(position), Position)
    except (CattrsError, Fault, KeyError, RecursionError):
        return False
    return True


def _target(tree: Tree, position: Any, named: list[Hashable]) -> int | str | None:
    """Where a position goes: an answer's index, a name not answered, or ``None`` (every answer).

    A position that is not a mapping, or whose ``allegation`` is not a string,
    goes to every answer unchanged, for the converter to report.
    """
    if not tree.is_mapping(position) or "allegation" not in tree.keys(position):
        return None
    value = tree.scalar(tree.get(position, "allegation"))
    if not isinstance(value, str):
        return None
    key = _key(value)
    return named.index(key) if key in named else value


#: The note an allegation whose conduct is ``other`` gets: version 1 asked coders to
#: say what it was in the summary (the term's description); version 2 asks for notes.
OTHER_CONDUCT_NOTE = "Conduct 'other': the summary says what (version 1)."


def _allegation(tree: Tree, allegation: Any, seen: set[int]) -> list[Found]:
    """Note that a conduct ``other`` is explained by the summary, as version 1 asked."""
    keys = tree.keys(allegation)
    if "conduct" not in keys or "notes" in keys:
        return []
    conduct = tree.get(allegation, "conduct")
    if tree.is_list(conduct) and any(tree.scalar(c) == "other" for c in tree.items(conduct)):
        note = tree.new_text(OTHER_CONDUCT_NOTE, conduct)
        tree.add(allegation, "notes", note, (allegation, "conduct"))
    return []


_UPGRADES: dict[str, Callable[[Tree, Any, set[int]], list[Found]]] = {
    "reports": _report,
    "documents": _document,
    "allegations": _allegation,
    "responses": _response,
}


def upgraded_problem() -> Problem:
    """Return the information that a file was read as version 1 (NM209), to be placed."""
    return Problem(
        code="NM209",
        message=f"schema version {V1} read as {SCHEMA_VERSION}; "
        "run 'newsmodel upgrade FILE' to rewrite it",
        hint="the file reads as it is; the upgrade keeps its comments and the order of its keys",
        severity=Severity.INFO,
    )


# --------------------------------------------------------------------------
# Nodes with positions
# --------------------------------------------------------------------------


class NodeTree:
    """:class:`Tree` over :class:`~newsmodel.reading.nodes.Node`: new nodes take old positions.

    A value moved keeps its node, so its position; a key renamed keeps its
    key's position; a list or mapping made around a value takes its position.
    """

    def is_mapping(self, value: Any) -> bool:  # noqa: D102 - as Tree
        return isinstance(value.value, dict)

    def is_list(self, value: Any) -> bool:  # noqa: D102
        return isinstance(value.value, list)

    def keys(self, mapping: Any) -> list[str]:  # noqa: D102
        return list(mapping.value)

    def get(self, mapping: Any, key: str) -> Any:  # noqa: D102
        return mapping.value[key]

    def items(self, sequence: Any) -> list[Any]:  # noqa: D102
        items: list[Any] = sequence.value
        return items

    def scalar(self, value: Any) -> Any:  # noqa: D102
        return COLLECTION if isinstance(value.value, (dict, list)) else value.value

    def set_scalar(self, mapping: Any, key: str, value: Any) -> None:  # noqa: D102
        old = mapping.value[key]
        mapping.value[key] = Node(value, old.line, old.column)

    def wrap(self, mapping: Any, old: str, new: str) -> None:  # noqa: D102
        value = mapping.value[old]
        self._replace(mapping, old, new, Node([value], value.line, value.column))

    def rename(self, mapping: Any, old: str, new: str) -> None:  # noqa: D102
        self._replace(mapping, old, new, mapping.value[old])

    def _replace(self, mapping: Any, old: str, new: str, value: Node) -> None:
        mapping.value = {
            new if k == old else k: value if k == old else v for k, v in mapping.value.items()
        }
        if mapping.keys is not None:
            mapping.keys = {new if k == old else k: v for k, v in mapping.keys.items()}

    def remove(self, mapping: Any, key: str) -> Any:  # noqa: D102
        if mapping.keys is not None:
            mapping.keys.pop(key, None)
        return mapping.value.pop(key)

    def wrap_items(self, sequence: Any, key: str, which: Callable[[Any], bool]) -> None:  # noqa: D102
        sequence.value = [
            Node({key: item}, item.line, item.column, {key: (item.line, item.column)})
            if which(item)
            else item
            for item in sequence.value
        ]

    def add(self, mapping: Any, key: str, value: Any, like: tuple[Any, str]) -> None:  # noqa: D102
        mapping.value[key] = value
        if mapping.keys is not None:
            other, other_key = like
            mapping.keys[key] = (
                other.keys[other_key]
                if other.keys and other_key in other.keys
                else (value.line, value.column)
            )

    def new_list(self, items: list[Any], like: Any) -> Any:  # noqa: D102
        return Node(items, like.line, like.column)

    def new_mapping(self, key: str, value: Any) -> Any:  # noqa: D102
        return Node({key: value}, value.line, value.column, {key: (value.line, value.column)})

    def new_text(self, text: str, like: Any) -> Any:  # noqa: D102
        return Node(text, like.line, like.column)

    def copy(self, value: Any) -> Any:  # noqa: D102
        return value  # nodes are read, never written: one may stand in two places

    def plain(self, value: Any) -> Any:  # noqa: D102
        return value.plain()


def upgrade_line(record: Node) -> list[Found]:
    """Upgrade the nodes of a version-1 JSON Lines record (its ``type`` names its kind)."""
    kind = record.value.get("type") if isinstance(record.value, dict) else None
    if kind is None or not isinstance(kind.value, str):
        return []
    return upgrade_record(NodeTree(), kind.value, record)


def upgrade_nodes(root: Node) -> list[Found]:
    """Upgrade a version-1 bundle's nodes in place; return NM209 and the problems found.

    The nodes keep their positions, so that the problems of the upgraded
    data point at the original text.
    """
    found = upgrade_bundle(NodeTree(), root)
    return [(("schema_version",), False, upgraded_problem()), *found]


# --------------------------------------------------------------------------
# Rewriting a file
# --------------------------------------------------------------------------


class UpgradeError(Exception):
    """A file that cannot be rewritten as it is: the message says why and what to do."""


@attrs.frozen(kw_only=True)
class Rewrite:
    """What :func:`rewrite` makes of a file's text.

    ``text`` is the upgraded text, or ``None`` when the file needs no upgrade
    (it is of version 2) or cannot be read (``problems`` say why, placed in
    the file).
    """

    text: str | None = None
    problems: tuple[Problem, ...] = ()
    version: int | None = None
    """The schema version the file declares, where it declares a readable one."""


def rewrite(
    text: str,
    *,
    format: Literal["yaml", "json", "jsonl"] = "yaml",
    file: str | None = None,
    limits: Limits | None = None,
    drop_comments: bool = False,
    check: bool = False,
) -> Rewrite:
    """Return the text of a version-1 file upgraded to version 2 (``newsmodel upgrade``).

    YAML keeps its comments, the order of its keys, and every line the
    upgrade does not change (:mod:`newsmodel.writing.roundtrip`); JSON and
    JSON Lines are written by the project's writers, keys in the file's
    order.  The upgraded text is read again and checked to hold exactly the
    data that reading the original gives: only the mapping changes.

    With ``check``, the text is not rewritten: ``text`` stays ``None`` and
    ``version`` says whether the file needs upgrading.

    Problems that stop reading the file (syntax, an unreadable version) or
    that the mapping finds (NM313) are returned instead of text; other
    problems of the data (a wrong value) are the converter's, and do not
    stop the rewrite.

    Raises:
        UpgradeError: the rewritten YAML would lose one of the file's
            comments (unless ``drop_comments``), or would not read as the
            original does (a layout ruamel.yaml does not keep).

    """
    if format == "jsonl":
        return _rewrite_lines(text, file, limits, check=check)
    parse = reading.parse_yaml if format == "yaml" else reading.parse_json
    try:
        root = parse(text, file=file, limits=limits)
    except reading.ParseFailure as failure:
        return Rewrite(problems=tuple(failure.problems))
    version = _version(root, file)
    if isinstance(version, Problem):
        return Rewrite(problems=(version,))
    if version != V1:
        return Rewrite(version=version)
    found = upgrade_bundle(NodeTree(), root)
    if found or check:
        return Rewrite(problems=_placed(found, root, file), version=version)
    upgraded = root.plain()
    if format == "json":
        return Rewrite(text=indented_json(upgraded), version=version)
    from newsmodel.writing import roundtrip  # noqa: PLC0415 - ruamel.yaml, only to upgrade

    try:
        new_text, _ = roundtrip.upgrade_yaml(text)
    except roundtrip.RoundTripError as error:
        raise UpgradeError(
            f"the YAML round-trip writer cannot read it ({error}); upgrade it with "
            "'newsmodel convert FILE FILE --drop-comments', which writes canonical YAML"
        ) from error
    try:
        same = parse(new_text, file=file, limits=limits).plain() == upgraded
    except reading.ParseFailure:
        same = False
    if not same:
        raise UpgradeError(
            "the rewritten text would not read as the original does (a layout the YAML "
            "round-trip writer does not keep); upgrade it with 'newsmodel convert FILE FILE "
            "--drop-comments', which writes canonical YAML, or by hand (docs/guides/upgrading.md)"
        )
    if not drop_comments:
        kept = roundtrip.comments_of(new_text)
        lost = [c for c in roundtrip.comments_of(text) if not any(c in k for k in kept)]
        if lost:
            raise UpgradeError(
                f"the rewritten text would lose {len(lost)} comment(s), the first {lost[0]!r}; "
                "pass --drop-comments to rewrite it anyway"
            )
    return Rewrite(text=new_text, version=version)


def _version(root: Node, file: str | None) -> int | Problem:
    """Return the schema version of a bundle's nodes, or the problem that stops reading it."""
    node = root.value.get("schema_version") if isinstance(root.value, dict) else None
    problem = (
        Problem(
            code="NM201",
            message="missing required field 'schema_version'",
            hint=f"add 'schema_version: {V1}' (or {SCHEMA_VERSION}) at the top",
        )
        if node is None
        else schema_version_problem(node.value)
    )
    if problem is not None:
        line, column = (root.line, root.column) if node is None else (node.line, node.column)
        return attrs.evolve(problem, file=file, line=line, column=column, path="$.schema_version")
    version: int = node.value  # type: ignore[union-attr]
    return version


def _placed(found: list[Found], root: Node, file: str | None) -> tuple[Problem, ...]:
    placed = []
    for raw, at_key, problem in found:
        line, column = root.locate(raw, key=at_key)
        placed.append(
            attrs.evolve(problem, file=file, line=line, column=column, path=render_path(raw))
        )
    return tuple(placed)


def _rewrite_lines(text: str, file: str | None, limits: Limits | None, *, check: bool) -> Rewrite:
    """Upgrade JSON Lines: the header, then each record on its own line."""
    lines: list[Any] = []
    problems: list[Problem] = []
    version: int | None = None
    for number, line in enumerate(jsonl_lines(text), start=1):
        if not line.strip():
            continue
        try:
            node = reading.parse_json(
                line.rstrip("\r\n"), file=file, first_line=number, limits=limits
            )
        except reading.ParseFailure as failure:
            problems.extend(failure.problems)
            continue
        if version is None:
            found = _version(node, file)
            if isinstance(found, Problem):
                return Rewrite(problems=(found,))
            version = found
            if version != V1:
                return Rewrite(version=version)
            upgrade_bundle(NodeTree(), node)
        else:
            problems.extend(_placed(upgrade_line(node), node, file))
        lines.append(node.plain())
    if problems or version is None or check:
        return Rewrite(problems=tuple(problems), version=version)
    return Rewrite(text=json_lines(lines), version=version)
