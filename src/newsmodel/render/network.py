"""Who accused whom: the pairs of accuser and accused, as a table and a Mermaid graph.

Each allegation draws an arrow from each of its accusers to each of the
accused.  :func:`mermaid` writes the arrows of some allegations as a
Mermaid flowchart inside ``<pre class="mermaid">``, the HTML that the
Material theme draws as a diagram (it needs no Markdown extension; other
themes show the diagram's text).
"""

from __future__ import annotations

import html
from collections.abc import Iterable

from newsmodel.dataset import Dataset
from newsmodel.model import Allegation
from newsmodel.render import words
from newsmodel.render.titles import actor_name

__all__ = ["GRAPH_LIMIT", "accusations", "mermaid"]

#: The most arrows a graph draws; more do not fit on a page, and the table says it all.
GRAPH_LIMIT = 60


def accusations(
    allegations: Iterable[Allegation],
) -> dict[tuple[str, str], list[Allegation]]:
    """Return the allegations of each (accuser, accused) pair, in the order first met."""
    pairs: dict[tuple[str, str], list[Allegation]] = {}
    for allegation in allegations:
        for accuser in allegation.accusers:
            for accused in allegation.accused:
                pairs.setdefault((accuser, accused), []).append(allegation)
    return pairs


def _label(text: str) -> str:
    """Text for a quoted Mermaid label: its quotes and entity marks as Mermaid entities."""
    return text.replace("#", "#35;").replace('"', "#quot;")


def mermaid(allegations: Iterable[Allegation], dataset: Dataset) -> str | None:
    """Return a flowchart of who accused whom, as HTML; ``None`` for none or too many arrows.

    Each arrow is labelled with what the accused are accused of (the
    conduct, or else the kind of wrongdoing), each different label once.
    """
    pairs = accusations(allegations)
    if not pairs or len(pairs) > GRAPH_LIMIT:
        return None
    nodes: dict[str, str] = {}
    lines = ["flowchart LR"]
    for actor in dict.fromkeys(actor for pair in pairs for actor in pair):
        nodes[actor] = f"a{len(nodes)}"
        lines.append(f'  {nodes[actor]}["{_label(actor_name(dataset, actor))}"]')
    for (accuser, accused), found in pairs.items():
        what = dict.fromkeys(
            words.human(term)
            for allegation in found
            for term in (
                [c for c in allegation.conduct if c.value != "other"] or allegation.categories
            )
        )
        label = words.list_words(list(what)) or "wrongdoing"
        lines.append(f'  {nodes[accuser]} -->|"{_label(label)}"| {nodes[accused]}')
    return '<pre class="mermaid"><code>' + html.escape("\n".join(lines)) + "</code></pre>"
