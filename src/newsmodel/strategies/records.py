"""Strategies for single records, each drawn from a story of its own."""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.model import (
    Actor,
    Allegation,
    Document,
    Event,
    Proceeding,
    Report,
    Response,
)
from newsmodel.strategies.stories import _story
from newsmodel.strategies.world import _World


def _pick(kind: str, **minimums: int) -> st.SearchStrategy[Any]:
    @st.composite
    def pick(draw: Draw) -> Any:
        story = _story(draw, _World(), **minimums)
        return draw(st.sampled_from(getattr(story, kind + "s")))

    return pick()


@st.composite
def actors(draw: Draw) -> Actor:
    """Actors: states and their organs, missions, NGOs, armed groups, outlets, people."""
    world = _World()
    _story(draw, world, max_allegations=1)
    return draw(st.sampled_from(world.new_actors))


def reports() -> st.SearchStrategy[Report]:
    """News reports with a publisher, URL, date-time, language, dateline and body."""
    return _pick("report")


def documents() -> st.SearchStrategy[Document]:
    """Source documents: UN notes with the period they cover, statements, posts."""
    return _pick("document", min_documents=1)


def allegations() -> st.SearchStrategy[Allegation]:
    """Allegations with accusers, accused, conduct, places, counts and a citation."""
    return _pick("allegation")


def responses() -> st.SearchStrategy[Response]:
    """Responses by the accused or third parties, with stances and arguments."""
    return _pick("response", min_responses=1)


def events() -> st.SearchStrategy[Event]:
    """Events around allegations: arrests, expulsions, denials of access, withdrawals."""
    return _pick("event", min_events=1)


def proceedings() -> st.SearchStrategy[Proceeding]:
    """Proceedings: parties, charges, a complaint, a ruling with sanctions, maybe an appeal."""
    return _pick("proceeding", min_proceedings=1)
