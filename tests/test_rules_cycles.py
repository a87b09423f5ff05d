"""Tests of newsmodel.rules.cycles: part_of circles, reported once whatever their length."""

from __future__ import annotations

from newsmodel.model import Actor, Id
from newsmodel.rules.cycles import check_cycles
from newsmodel.rules.index import Entry, Finding, Origin, entry_for
from newsmodel.vocab import ActorKind


def _index(links: dict[str, str | None]) -> dict[str, Entry]:
    return {
        actor_id: entry_for(
            Actor(
                id=Id(actor_id),
                name="A",
                kind=ActorKind.PERSON,
                part_of=None if part_of is None else Id(part_of),
            ),
            Origin("a.yaml", ("actors", n)),
        )
        for n, (actor_id, part_of) in enumerate(links.items())
    }


def _cycles(links: dict[str, str | None]) -> list[Finding]:
    found: list[Finding] = []
    check_cycles(_index(links), lambda *f: found.append(Finding(*f)))
    return found


def test_a_circle_is_reported_once_at_its_first_id() -> None:
    [finding] = _cycles({"c": "a", "a": "b", "b": "c", "d": "a"})
    assert finding.message == "part_of goes round in a circle: a -> b -> c -> a"
    assert finding.origin.prefix == ("actors", 1)


def test_a_long_chain_is_no_circle() -> None:
    assert _cycles({f"a{n}": f"a{n + 1}" for n in range(50_000)}) == []


def test_a_long_circle_is_shown_by_its_ends() -> None:
    count = 1000
    [finding] = _cycles({f"a{n:04d}": f"a{(n + 1) % count:04d}" for n in range(count)})
    assert finding.message == (
        "part_of goes round in a circle: a0000 -> a0001 -> a0002 -> a0003 -> a0004 -> "
        "(991 more) -> a0996 -> a0997 -> a0998 -> a0999 -> a0000"
    )
