"""The diagrams of how records link show every reference of the model, in valid Mermaid."""

from __future__ import annotations

import doctest
import re

import pytest

from newsmodel import render
from newsmodel.index import REFERENCES
from newsmodel.model import RECORD_TYPES
from newsmodel.render import diagram
from newsmodel.render.diagram import kind_diagram, links_diagram, record_links

#: The lines of a Mermaid flowchart that the diagrams use: a node, and a labelled edge.
NODE = re.compile(
    r"^    (?P<id>[a-z_]+)(?:\[\"(?P<text>[A-Za-z]+)\"\]|\(\[\"(?P<here>[A-Za-z]+)\"\]\))$"
)
EDGE = re.compile(r'^    (?P<source>[a-z_]+) -->\|"(?P<label>[^"|]+)"\| (?P<target>[a-z_]+)$')


def _parse(diagram: str) -> tuple[dict[str, str], list[tuple[str, list[str], str]]]:
    """Return the nodes (id to text) and edges of a flowchart; fail on any other line."""
    first, *lines = diagram.splitlines()
    assert first == "flowchart LR"
    nodes: dict[str, str] = {}
    edges: list[tuple[str, list[str], str]] = []
    for line in lines:
        node, edge = NODE.match(line), EDGE.match(line)
        if node is not None:
            assert node.group("id") not in nodes, line  # each node declared once
            nodes[node.group("id")] = node.group("text") or node.group("here")
        elif edge is not None:
            assert edge.group("source") in nodes, line
            assert edge.group("target") in nodes, line
            edges.append(
                (edge.group("source"), edge.group("label").split("<br>"), edge.group("target"))
            )
        else:
            pytest.fail(f"not a node or an edge: {line!r}")
    pairs = [(source, target) for source, _, target in edges]
    assert len(pairs) == len(set(pairs)), "one edge per pair of kinds"
    return nodes, edges


def test_every_reference_field_is_a_link_from_a_record() -> None:
    links = record_links()
    assert {link.reference for link in links} == set(REFERENCES)
    for link in links:
        assert link.path[-1] == link.reference.name
        assert link.target == link.reference.kind
        assert link.source in RECORD_TYPES
    found = {(link.source, link.label) for link in links}
    assert ("response", "arguments.actors") in found  # through a nested value
    assert ("allegation", "citations.quotes.speaker") in found  # through two
    assert ("allegation", "counts.according_to") in found  # counts nest counts: entered once
    assert not any("subgroups" in link.path for link in links)


def test_links_diagram_has_every_record_and_every_link_as_an_edge() -> None:
    nodes, edges = _parse(links_diagram())
    assert nodes == {kind: cls.__name__ for kind, cls in RECORD_TYPES.items()}
    shown = {(source, label, target) for source, labels, target in edges for label in labels}
    expected = {(link.source, link.label, link.target) for link in record_links()}
    assert shown == expected
    for reference in REFERENCES:  # each field of the model appears, at the end of a label
        assert any(
            label.split(".")[-1] == reference.name and target == reference.kind
            for _, label, target in shown
        ), reference


@pytest.mark.parametrize("kind", list(RECORD_TYPES))
def test_kind_diagram_shows_links_out_and_in_with_the_way_back(kind: str) -> None:
    nodes, edges = _parse(kind_diagram(kind))
    assert nodes[kind] == RECORD_TYPES[kind].__name__
    assert [line for line in kind_diagram(kind).splitlines() if '(["' in line] == [
        f'    {kind}(["{nodes[kind]}"])'  # the record of the diagram stands out
    ]
    shown = {(source, label, target) for source, labels, target in edges for label in labels}
    expected = set()
    for link in record_links():
        if link.target == kind:
            expected.add((link.source, f"{link.label}, back: {link.reference.reverse}", kind))
        elif link.source == kind:
            expected.add((kind, link.label, link.target))
    assert shown == expected
    assert set(nodes) == {kind} | {s for s, _, _ in shown} | {t for _, _, t in shown}


def test_kind_diagram_names_the_kinds_when_given_another() -> None:
    with pytest.raises(
        ValueError, match="'Actor' is not a kind of record; expected one of: report"
    ):
        kind_diagram("Actor")


def test_schema_reference_shows_the_diagrams_in_mermaid_fences() -> None:
    text = render.schema_reference()
    assert f"```mermaid\n{links_diagram()}```" in text.split("## References between records")[1]
    for kind, cls in RECORD_TYPES.items():
        section = text.split(f"### {cls.__name__}\n", 1)[1].split("\n### ", 1)[0]
        assert f"```mermaid\n{kind_diagram(kind)}```" in section, kind


def test_docstring_examples_run() -> None:
    result = doctest.testmod(diagram)
    assert result.attempted >= 2
    assert result.failed == 0
