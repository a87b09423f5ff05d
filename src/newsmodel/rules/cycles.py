"""NM404: actors' ``part_of`` links never go round in a circle."""

from __future__ import annotations

from collections.abc import Mapping

from newsmodel.rules.index import ActorEntry, Entry, Find

__all__ = ["check_cycles"]


def check_cycles(index: Mapping[str, Entry], find: Find) -> None:
    """Report each ``part_of`` circle once, at the actor whose id sorts first in it.

    Each actor is walked once: a walk stops at an actor an earlier walk
    passed, and the actors of the current walk are kept by position, so
    that telling whether the walk came back on itself costs one lookup.
    """
    done: set[str] = set()
    for start, entry in index.items():
        if not isinstance(entry, ActorEntry) or start in done:
            continue
        chain: dict[str, int] = {}  # the actors of this walk, by position
        current: str | None = start
        while current is not None and current not in done and current not in chain:
            chain[current] = len(chain)
            node = index.get(current)
            current = node.part_of if isinstance(node, ActorEntry) else None
        if current is not None and current in chain:
            cycle = list(chain)[chain[current] :]
            first = min(cycle)
            turn = cycle.index(first)
            loop = _loop([*cycle[turn:], *cycle[:turn], first])
            find(
                index[first].origin,
                ("part_of",),
                "NM404",
                f"part_of goes round in a circle: {loop}",
                "an actor cannot be part of itself; remove one part_of",
            )
        done.update(chain)


def _loop(ids: list[str], shown: int = 10) -> str:
    """Write ``a -> b -> a``; a long circle by its ends, with how many actors are left out."""
    if len(ids) <= shown + 1:
        return " -> ".join(ids)
    left = len(ids) - shown
    return " -> ".join([*ids[: shown // 2], f"({left} more)", *ids[-shown // 2 :]])
