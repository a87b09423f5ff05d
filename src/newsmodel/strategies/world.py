"""The actors of generated stories: states and their organs, accusers, the accused, outlets, people.

A :class:`_World` holds the actors created so far, so that one actor is
created once and shared by every record that names it, with unique ids.
"""

from __future__ import annotations

from collections.abc import Callable

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.model import (
    Actor,
    Allegation,
    CountryCode,
    Id,
)
from newsmodel.strategies.material import (
    _ACCUSERS,
    _ARMED_GROUPS,
    _FIRST_NAMES,
    _LAST_NAMES,
    _MISSIONS,
    _OTHER_STATES,
    _OUTLETS,
    _PMCS,
    _UNNAMED_PEOPLE,
    _slug,
    _the,
)
from newsmodel.vocab import (
    ActorKind,
    IdentifierScheme,
    Identity,
)


@attrs.define
class _World:
    """Actors and records that exist so far, for references and unique ids."""

    used: set[str] = attrs.field(factory=set)
    actors: dict[str, Actor] = attrs.field(factory=dict)
    by_key: dict[tuple[str, ...], Actor] = attrs.field(factory=dict)
    allegations: list[Allegation] = attrs.field(factory=list)
    new_actors: list[Actor] = attrs.field(factory=list)

    def new_id(self, name: str) -> Id:
        base = _slug(name)
        candidate, number = base, 2
        while candidate in self.used:
            candidate, number = f"{base}-{number}", number + 1
        self.used.add(candidate)
        return Id(candidate)

    def replace(self, actor: Actor) -> None:
        """Put a changed copy of an actor in place of the actor with its id."""
        for key, found in self.by_key.items():
            if found.id == actor.id:
                self.by_key[key] = actor
        self.actors[actor.id] = actor
        self.new_actors[:] = [actor if a.id == actor.id else a for a in self.new_actors]

    def actor(self, key: tuple[str, ...], make: Callable[[Id], Actor]) -> Actor:
        """Return the actor for ``key``, created (and added to the bundle) on first use."""
        found = self.by_key.get(key)
        if found is None:
            found = make(self.new_id(key[-1]))
            self.by_key[key] = found
            self.actors[found.id] = found
            self.new_actors.append(found)
        return found


def _wikidata(draw: Draw) -> dict[IdentifierScheme, str]:
    if draw(st.integers(0, 2)):
        return {}
    return {IdentifierScheme.WIKIDATA: f"Q{draw(st.integers(1, 120_000_000))}"}


def _state(draw: Draw, world: _World, code: str, name: str, article: bool) -> Actor:
    return world.actor(
        ("state", code, name),
        lambda id_: Actor(
            id=id_,
            name=name,
            kind=ActorKind.STATE,
            country=CountryCode(code),
            identifiers=_wikidata(draw),
        ),
    )


def _organ(draw: Draw, world: _World, country: tuple[str, str, bool], organ: str) -> Actor:
    """Return a state's government, a ministry or its forces, creating its part_of chain."""
    code, name, article = country
    state = _state(draw, world, code, name, article)
    of = _the(name, article)
    if organ == "government":
        return world.actor(
            ("government", code, f"Government of {of}"),
            lambda id_: Actor(
                id=id_,
                name=f"Government of {of}",
                kind=ActorKind.GOVERNMENT,
                country=CountryCode(code),
                part_of=state.id,
            ),
        )
    if organ == "forces":
        return world.actor(
            ("forces", code, f"Armed Forces of {of}"),
            lambda id_: Actor(
                id=id_,
                name=f"Armed Forces of {of}",
                kind=ActorKind.SECURITY_FORCES,
                country=CountryCode(code),
                part_of=state.id,
                aliases=(f"{name} security forces",),
            ),
        )
    government = _organ(draw, world, country, "government")
    title = {"foreign": "Ministry of Foreign Affairs", "defence": "Ministry of Defence"}[organ]
    return world.actor(
        (organ, code, f"{title} of {of}"),
        lambda id_: Actor(
            id=id_,
            name=f"{title} of {of}",
            kind=ActorKind.GOVERNMENT_BODY,
            country=CountryCode(code),
            part_of=government.id,
        ),
    )


def _accuser(draw: Draw, world: _World, country: tuple[str, str, bool]) -> Actor:
    code = country[0]
    choice = draw(st.integers(0, 3))
    if choice == 0 and code in _MISSIONS:
        un = world.actor(
            ("org", "United Nations"),
            lambda id_: Actor(
                id=id_,
                name="United Nations",
                aliases=("UN",),
                kind=ActorKind.INTERGOVERNMENTAL_ORGANIZATION,
            ),
        )
        acronym, full = _MISSIONS[code]
        return world.actor(
            ("mission", acronym),
            lambda id_: Actor(
                id=id_,
                name=full,
                aliases=(acronym,),
                part_of=un.id,
                kind=ActorKind.PEACEKEEPING_MISSION,
                country=CountryCode(code),
            ),
        )
    if choice == 1:
        other = draw(st.sampled_from(_OTHER_STATES))
        return _state(draw, world, *other)
    name, alias, kind, home = draw(st.sampled_from(_ACCUSERS))
    return world.actor(
        ("org", name),
        lambda id_: Actor(
            id=id_,
            name=name,
            kind=kind,
            aliases=(alias,) if alias else (),
            country=CountryCode(home) if home else None,
        ),
    )


def _armed_group(draw: Draw, world: _World, country: tuple[str, str, bool]) -> Actor | None:
    """Return an armed group active in ``country``, or ``None`` if it has none."""
    code, name_of_country, article = country
    if code not in _ARMED_GROUPS:
        return None
    name = draw(st.sampled_from(_ARMED_GROUPS[code]))
    return world.actor(
        ("group", name),
        lambda id_: Actor(
            id=id_,
            name=name,
            kind=ActorKind.NON_STATE_ARMED_GROUP,
            description=f"An armed group active in {_the(name_of_country, article)}.",
        ),
    )


def _accused(draw: Draw, world: _World, country: tuple[str, str, bool]) -> Actor:
    choice = draw(st.integers(0, 3))
    group = _armed_group(draw, world, country) if choice == 1 else None
    if group is not None:
        return group
    if choice == 2:
        name, home = draw(st.sampled_from(_PMCS))
        return world.actor(
            ("pmc", name),
            lambda id_: Actor(
                id=id_,
                name=name,
                kind=ActorKind.PRIVATE_MILITARY_COMPANY,
                country=CountryCode(home),
            ),
        )
    return _organ(draw, world, country, "forces" if choice != 3 else "government")


def _outlet(draw: Draw, world: _World) -> tuple[Actor, str, str]:
    name, home, domain, language = draw(st.sampled_from(_OUTLETS))
    actor = world.actor(
        ("outlet", name),
        lambda id_: Actor(
            id=id_, name=name, kind=ActorKind.MEDIA_OUTLET, country=CountryCode(home)
        ),
    )
    return actor, domain, language


def _person(draw: Draw, world: _World, employer: Actor) -> Actor:
    if draw(st.booleans()):
        name = f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
        identity = Identity.NAMED
    else:
        name, identity = draw(st.sampled_from(_UNNAMED_PEOPLE))
    return world.actor(
        ("person", employer.id, name),
        lambda id_: Actor(
            id=id_, name=name, kind=ActorKind.PERSON, identity=identity, part_of=employer.id
        ),
    )


def _residents(world: _World, place: str) -> Actor:
    name = f"residents of {place}"
    return world.actor(
        ("victims", name), lambda id_: Actor(id=id_, name=name, kind=ActorKind.GROUP_OF_PEOPLE)
    )


def _name_of(actor: Actor) -> str:
    """How a report names an actor in running text."""
    if actor.kind is ActorKind.PEACEKEEPING_MISSION and actor.aliases:
        return actor.aliases[0]
    if actor.kind in (ActorKind.GOVERNMENT, ActorKind.GOVERNMENT_BODY, ActorKind.SECURITY_FORCES):
        return f"the {actor.name}"
    return actor.name
