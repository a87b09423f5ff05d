"""Tests of newsmodel.suggestions: "did you mean" by meaning, never by spelling alone."""

from __future__ import annotations

import pytest

from newsmodel.suggestions import suggest_term
from newsmodel.vocab import (
    SYNONYMS,
    VOCABULARIES,
    ActorKind,
    Channel,
    Conduct,
    EventKind,
    Stance,
    Term,
)

#: What coders new to the library wrote, and the term they meant (None: no suggestion).
NEAR_MISSES: list[tuple[type[Term], str, str | None]] = [
    (Stance, "rejection", "denial"),  # the nearest spelling, retraction, is its opposite
    (Stance, "rejected", "denial"),
    (Stance, "denies", "denial"),
    (Stance, "denail", "denial"),
    (Stance, "no comment", "declined_to_comment"),
    (Stance, "Declined to comment", "declined_to_comment"),
    (Stance, "did not respond", "no_response"),
    (Stance, "apologised", "apology"),
    (Stance, "admitted", "acknowledgment"),
    (Stance, "condemned", "condemnation"),
    (Stance, "welcomed", "welcome"),
    (Stance, "concerned", "concern"),
    (Stance, "rebutted", "rebuttal"),
    (Stance, "retracted", "retraction"),
    (Stance, "counter-accusation", "counter_accusation"),
    (Stance, "appealed", "appeal"),
    (Conduct, "coerced", "coercion"),  # not corruption
    (Conduct, "bribery", "corruption"),
    (Conduct, "harassment", "sexual_harassment"),
    (Conduct, "murder", "unlawful_killing"),
    (Conduct, "rape", "sexual_violence"),
    (Conduct, "police brutality", "excessive_force"),
    (Conduct, "cover-up", "cover_up"),
    (Conduct, "doping violation", "doping"),
    (ActorKind, "goverment", "government"),
    (ActorKind, "ministry", "government_body"),
    (ActorKind, "army", "security_forces"),
    (ActorKind, "militia", "non_state_armed_group"),
    (ActorKind, "tribunal", "court"),
    (ActorKind, "hospital", "civilian_institution"),
    (ActorKind, "newspaper", "media_outlet"),
    (ActorKind, "IGO", "intergovernmental_organization"),
    (ActorKind, "club", "sports_club"),
    (EventKind, "demonstration", "protest"),
    (EventKind, "judgment", "verdict"),
    (Channel, "tweet", "social_media_post"),
    (Stance, "xyzzy", None),
    (Channel, "carrier pigeon", None),
]

#: Pairs of terms of opposite or unrelated meaning that spelling alone confuses.
NEVER: list[tuple[type[Term], str, str]] = [
    (Stance, "rejection", "retraction"),
    (Stance, "rejected", "retraction"),
    (Conduct, "coercion", "corruption"),
    (Conduct, "coerced", "corruption"),
    (Stance, "denounce", "denial"),
    (Stance, "concerned", "correction"),
]


@pytest.mark.parametrize(("cls", "text", "meant"), NEAR_MISSES)
def test_near_misses_get_the_term_meant(cls: type[Term], text: str, meant: str | None) -> None:
    found = suggest_term(cls, text)
    assert (found.term if found else None) == meant


@pytest.mark.parametrize(("cls", "text", "wrong"), NEVER)
def test_a_term_of_opposite_meaning_is_never_suggested(
    cls: type[Term], text: str, wrong: str
) -> None:
    found = suggest_term(cls, text)
    assert found is None or found.term != wrong


@pytest.mark.parametrize("cls", list(VOCABULARIES.values()), ids=list(VOCABULARIES))
def test_every_term_written_another_way_is_found(cls: type[Term]) -> None:
    for member in cls:
        assert suggest_term(cls, member.term.replace("_", " ").title()) is member


@pytest.mark.parametrize("cls", list(SYNONYMS), ids=[cls.__name__ for cls in SYNONYMS])
def test_every_synonym_leads_to_its_own_term(cls: type[Term]) -> None:
    values = set(cls.values())
    for term, words in SYNONYMS[cls].items():
        assert term in values, f"{cls.__name__} has no term {term!r}"
        for synonym in words:
            found = suggest_term(cls, synonym)
            assert found is not None, synonym
            assert found.term == term, (synonym, found)
