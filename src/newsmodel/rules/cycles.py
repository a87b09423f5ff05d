"""NM404: actors' ``part_of`` links never go round in a circle."""

from __future__ import annotations

from collections.abc import Mapping

from newsmodel.rules.index import ActorEntry, Entry, Find

__all__ = ["check_cycles"]


def check_cycles(index: Mapping[str, Entry], find: Find) -> None:
    """Report each ``part_of`` circle once, at the actor whose id sorts first in it."""
    done: set[str] = set()
    for start, entry in index.items():
        if entry.kind != "actor" or start in done:
            continue
        chain: list[str] = []
        current: str | None = start
        while current is not None and current not in done and current not in chain:
            chain.append(current)
            node = index.get(current)
            current = node.part_of if isinstance(node, ActorEntry) else None
        if current is not None and current in chain:
            cycle = chain[chain.index(current) :]
            first = min(cycle)
            turn = cycle.index(first)
            loop = " -> ".join([*cycle[turn:], *cycle[:turn], first])
            find(
                index[first].origin,
                ("part_of",),
                "NM404",
                f"part_of goes round in a circle: {loop}",
                "an actor cannot be part of itself; remove one part_of",
            )
        done.update(chain)
