"""Strategies for files: bundles, and datasets of bundles that refer to each other."""

from __future__ import annotations

from collections.abc import Sequence

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.model import (
    SCHEMA_VERSION,
    Answer,
    Bundle,
)
from newsmodel.strategies.stories import _answered_coherently, _Story, _story
from newsmodel.strategies.world import _World


def _bundle_of(world: _World, stories: Sequence[_Story]) -> Bundle:
    actors = tuple(world.new_actors)
    world.new_actors.clear()
    return Bundle(
        schema_version=SCHEMA_VERSION,
        reports=tuple(r for s in stories for r in s.reports),
        actors=actors,
        documents=tuple(d for s in stories for d in s.documents),
        allegations=tuple(a for s in stories for a in s.allegations),
        responses=tuple(r for s in stories for r in s.responses),
        events=tuple(e for s in stories for e in s.events),
        proceedings=tuple(p for s in stories for p in s.proceedings),
    )


@st.composite
def bundles(draw: Draw, *, max_stories: int = 2) -> Bundle:
    """Self-contained bundles: every reference resolves inside the bundle.

    One to ``max_stories`` stories, each a report or two with the actors,
    documents, allegations, responses and events they carry.  Quote offsets
    match the report bodies; responses come after the allegations they
    answer; ``part_of`` never cycles.
    """
    world = _World()
    stories = [_story(draw, world) for _ in range(draw(st.integers(1, max_stories)))]
    return _bundle_of(world, stories)


@st.composite
def datasets(draw: Draw, *, max_files: int = 4) -> tuple[Bundle, ...]:
    """Several bundles (files) whose references resolve across them; ids are unique.

    The first bundle holds the actors; each later one holds a story whose
    records refer to them, and may answer an allegation made in an earlier
    file (the answer is then undated, as it cannot be placed against that
    allegation's reports).
    """
    world = _World()
    stories: list[_Story] = []
    for _ in range(draw(st.integers(1, max_files - 1))):
        earlier = list(world.allegations)
        story = _story(draw, world)
        if earlier and story.responses and draw(st.booleans()):
            target = draw(st.sampled_from(earlier))
            first = story.responses[0]
            if target.id not in {answer.allegation for answer in first.answers}:
                answered = (*first.answers, Answer(allegation=target.id))
                response = attrs.evolve(first, answers=answered, date=None)
                # Its accused are another story's: a denial would not be the responder's to make.
                story.responses[0] = _answered_coherently(world, response, story)
        stories.append(story)
    actors = _bundle_of(world, [])
    return (actors, *(_bundle_of(world, [story]) for story in stories))
