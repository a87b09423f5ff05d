"""Diagrams of how records link, in Mermaid, read from the model's references.

Records refer to each other by id through the fields whose metadata has a
``ref`` (the kind of record referred to) and a ``reverse`` (the name of the
way back), listed in :data:`~newsmodel.index.REFERENCES`.  Some of those
fields sit in value types that records nest: a response names the actors of
its arguments through ``arguments.actors``.  :func:`record_links` follows
every such path from each kind of record, so that the diagrams show what a
record refers to wherever the reference sits:

- :func:`links_diagram`, every kind of record and every link between them;
- :func:`kind_diagram`, one kind of record, what it refers to and what
  refers to it, with the name of each way back.

Both return the text of a Mermaid ``flowchart`` (without the fence), which
the schema reference shows in ``mermaid`` fences.  Being read from the
models when the docs are built, the diagrams cannot drift from them.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

import attrs

from newsmodel.index import REFERENCES, Reference
from newsmodel.model import RECORD_TYPES
from newsmodel.render.type_names import field_types, leaf_types, model_types

__all__ = ["Link", "kind_diagram", "links_diagram", "record_links"]


@attrs.frozen
class Link:
    """A way from one kind of record to another: a reference field, and the path to it.

    >>> link = next(link for link in record_links() if link.label == "arguments.actors")
    >>> (link.source, link.target, link.reference.reverse)
    ('response', 'actor', 'named_in_arguments')
    """

    source: str
    """The kind of record that refers (``response``)."""
    path: tuple[str, ...]
    """The field names from the record to the reference field (``("arguments", "actors")``)."""
    reference: Reference
    """The reference field at the end of the path (``Argument.actors``)."""

    @property
    def target(self) -> str:
        """The kind of record referred to (``actor``)."""
        return self.reference.kind

    @property
    def label(self) -> str:
        """The path as written on the diagram: field names joined by dots."""
        return ".".join(self.path)


def record_links() -> tuple[Link, ...]:
    """Return every link of every kind of record, in the order of the records' fields.

    A reference inside a nested value is reached through the fields that hold
    the value (``citations.quotes.speaker``).  A value type nested in itself
    (a count's ``subgroups``) is not entered again: its references are those
    of the value already on the path.
    """
    by_field = {(reference.owner, reference.name): reference for reference in REFERENCES}
    values = set(model_types()) - set(RECORD_TYPES.values())

    def walk(kind: str, cls: type, path: tuple[str, ...], seen: tuple[type, ...]) -> Iterator[Link]:
        hints = field_types(cls)
        for field in attrs.fields(cls):
            reference = by_field.get((cls, field.name))
            if reference is not None:
                yield Link(kind, (*path, field.name), reference)
                continue
            for nested in leaf_types(hints[field.name]):
                if nested in values and nested not in seen:
                    yield from walk(kind, nested, (*path, field.name), (*seen, nested))

    return tuple(link for kind, cls in RECORD_TYPES.items() for link in walk(kind, cls, (), (cls,)))


# --------------------------------------------------------------------------
# Mermaid
# --------------------------------------------------------------------------


def _node(kind: str, *, here: bool = False) -> str:
    """Return a node's line: its id is the kind, its text the class name; ``here`` rounds it."""
    name = RECORD_TYPES[kind].__name__
    return f'    {kind}(["{name}"])' if here else f'    {kind}["{name}"]'


def _edges(links: Iterable[Link], labels: dict[Link, str]) -> list[str]:
    """Return one edge per pair of kinds, labelled with its links' labels one a line."""
    grouped: dict[tuple[str, str], list[str]] = {}
    for link in links:
        grouped.setdefault((link.source, link.target), []).append(labels[link])
    return [
        f'    {source} -->|"{"<br>".join(texts)}"| {target}'
        for (source, target), texts in grouped.items()
    ]


def links_diagram() -> str:
    """Return a Mermaid flowchart of every kind of record and every link between them.

    An edge goes from the record that holds the id to the record it names,
    labelled with the path of each field that holds one (a dotted path goes
    through nested values: ``citations.report`` is the report of each
    citation).
    """
    links = record_links()
    lines = ["flowchart LR"]
    lines += [_node(kind) for kind in RECORD_TYPES]
    lines += _edges(links, {link: link.label for link in links})
    return "\n".join(lines) + "\n"


def kind_diagram(kind: str) -> str:
    """Return a Mermaid flowchart of one kind of record: what it refers to, and what refers to it.

    Edges into the record are labelled with the path and the name of the way
    back (``allegations, back: responses``), the name that
    :meth:`newsmodel.index.Index.reverse` takes.

    Raises:
        ValueError: ``kind`` is not a kind of record (``"allegation"``).

    """
    if kind not in RECORD_TYPES:
        raise ValueError(
            f"{kind!r} is not a kind of record; expected one of: {', '.join(RECORD_TYPES)}"
        )
    every = record_links()
    links = [link for link in every if link.source == kind]
    links += [link for link in every if link.target == kind and link.source != kind]
    labels = {
        link: link.label if link.target != kind else f"{link.label}, back: {link.reference.reverse}"
        for link in links
    }
    shown = dict.fromkeys(
        [kind, *(link.target for link in links), *(link.source for link in links)]
    )
    lines = ["flowchart LR"]
    lines += [_node(other, here=other == kind) for other in shown]
    lines += _edges(links, labels)
    return "\n".join(lines) + "\n"
