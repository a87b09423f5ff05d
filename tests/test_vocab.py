"""Tests of newsmodel.vocab: the controlled vocabularies, kept as data."""

from __future__ import annotations

import copy
import inspect
import json
import pickle
import re
from collections.abc import Mapping

import pytest

from newsmodel import vocab
from newsmodel.codec.converter import structure, unstructure
from newsmodel.vocab import (
    IDENTIFIER_PATTERNS,
    SCHEMES,
    VOCABULARIES,
    ActorKind,
    AllegationCategory,
    Aspect,
    Channel,
    Conduct,
    CountKind,
    EventKind,
    IdentifierScheme,
    Qualifier,
    Stance,
    StanceParty,
    Tactic,
    Term,
    Verification,
)

ALL_TERMS = [member for cls in VOCABULARIES.values() for member in cls]


def test_every_vocabulary_in_the_module_is_listed() -> None:
    defined = {
        cls
        for _, cls in inspect.getmembers(vocab, inspect.isclass)
        if issubclass(cls, Term) and cls is not Term
    }
    assert set(VOCABULARIES.values()) == defined
    assert all(name == cls.__name__ for name, cls in VOCABULARIES.items())


@pytest.mark.parametrize("cls", list(VOCABULARIES.values()), ids=list(VOCABULARIES))
def test_values_are_unique_snake_case_and_documented(cls: type[Term]) -> None:
    values = cls.values()
    assert len(values) == len(set(values)) == len(cls)
    assert cls.__doc__
    for member in cls:
        assert re.fullmatch(r"[a-z]+(_[a-z]+)*", member.term), member
        assert member.description.strip(), member
        assert member.description.endswith((".", ")")), member
        assert set(member.codes) <= set(SCHEMES), member
    # A vocabulary's own attributes (a stance's party) are set on every member.
    own = set(cls.__annotations__) - set(Term.__annotations__)
    for member in cls:
        assert own <= set(vars(member)), member


def test_members_behave_as_their_string_value() -> None:
    state: object = ActorKind.STATE
    assert state == "state"
    assert str(ActorKind.STATE) == "state"
    assert f"{ActorKind.STATE}" == "state"
    assert ActorKind.STATE.term == "state"
    assert type(ActorKind.STATE.term) is str
    # Lookup by value type-checks too: the value comes first in Term.__new__.
    assert ActorKind("state") is ActorKind.STATE
    assert json.dumps([ActorKind.STATE]) == '["state"]'
    assert {"state": 1}[ActorKind.STATE] == 1


def test_members_survive_pickle_and_copy() -> None:
    for member in (ActorKind.STATE, Stance.NOT_ADDRESSED, IdentifierScheme.WIKIDATA):
        assert pickle.loads(pickle.dumps(member)) is member
        assert copy.deepcopy(member) is member


def test_values_are_in_declaration_order() -> None:
    assert Verification.values() == (
        "unverified",
        "charged",
        "corroborated",
        "contested",
        "established",
        "not_proven",
        "refuted",
        "overturned",
    )


def test_codes_are_read_only() -> None:
    codes = AllegationCategory.WAR_CRIMES.codes
    assert isinstance(codes, Mapping)
    with pytest.raises(TypeError):
        codes["cameo"] = "0"  # type: ignore[index]


@pytest.mark.parametrize(
    "member", ALL_TERMS, ids=[f"{type(m).__name__}.{m.name}" for m in ALL_TERMS]
)
def test_every_term_goes_through_the_converter(member: Term) -> None:
    assert structure(member.term, type(member)) is member
    assert unstructure(member) == member.term
    assert type(unstructure(member)) is str


# --------------------------------------------------------------------------
# What the brief requires to be expressible
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cls", "required"),
    [
        (
            ActorKind,
            "state government government_body security_forces intergovernmental_organization "
            "peacekeeping_mission non_state_armed_group private_military_company "
            "political_party ngo company media_outlet judiciary person group_of_people "
            "unspecified_collective legislature national_human_rights_institution "
            "trade_union de_facto_authority religious_body sports_federation",
        ),
        (
            Conduct,
            "unlawful_killing massacre torture arbitrary_detention enforced_disappearance "
            "sexual_violence forced_displacement destruction_of_property use_of_mercenaries "
            "obstruction_of_investigation corruption fraud disinformation other",
        ),
        (
            Stance,
            "denial partial_denial denial_of_responsibility alternative_explanation "
            "justification acknowledgment apology counter_accusation declined_to_comment "
            "not_addressed investigation_pledged legal_action corrective_action retraction "
            "ruling_upheld ruling_partly_upheld ruling_dismissed ruling_overturned "
            "sanction_imposed sanction_reduced corroboration contradiction found_credible "
            "declined_to_consider",
        ),
        (
            Tactic,
            "disputes_evidence alleges_bias questions_motive sources_coerced shifts_blame "
            "cites_own_investigation invokes_sovereignty claims_lawful_conduct minimizes "
            "attacks_accuser",
        ),
        (
            Channel,
            "statement press_release press_conference interview social_media_post letter "
            "court_filing speech report",
        ),
        (
            EventKind,
            "arrest expulsion denial_of_access withdrawal investigation sanction lawsuit "
            "attack release agreement",
        ),
        (CountKind, "killed injured detained displaced missing"),
        (
            Aspect,
            "occurrence responsibility intent scale legal_qualification consent evidence",
        ),
        (Qualifier, "at_least at_most about"),
    ],
)
def test_the_brief_terms_exist(cls: type[Term], required: str) -> None:
    assert set(required.split()) <= set(cls.values())


# --------------------------------------------------------------------------
# Crosswalks to external standards
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("member", "scheme", "code"),
    [
        (AllegationCategory.CRIME_OR_CORRUPTION, "cameo", "1121"),
        (AllegationCategory.HUMAN_RIGHTS_ABUSE, "cameo", "1122"),
        (AllegationCategory.AGGRESSION, "cameo", "1123"),
        (AllegationCategory.WAR_CRIMES, "cameo", "1124"),
        (AllegationCategory.ESPIONAGE_OR_TREASON, "cameo", "1125"),
        (ActorKind.MEDIA_OUTLET, "cameo", "MED"),  # media in CAMEO...
        (ActorKind.MEDIA_OUTLET, "plover", "JRN"),  # ...but MED is health in PLOVER
        (ActorKind.PEACEKEEPING_MISSION, "cameo", "IGOPKO"),
        (ActorKind.INTERGOVERNMENTAL_ORGANIZATION, "cameo", "IGO"),
        (ActorKind.JUDICIARY, "cameo", "JUD"),
        (ActorKind.SECURITY_FORCES, "acled", "1"),
        (ActorKind.NON_STATE_ARMED_GROUP, "acled", "2"),
        (ActorKind.PERSON, "ftm", "Person"),
        (ActorKind.COMPANY, "ftm", "Company"),
        (ActorKind.GOVERNMENT_BODY, "ftm", "PublicBody"),
        (Stance.DENIAL, "cameo", "016"),
        (Stance.ACKNOWLEDGMENT, "cameo", "015"),
        (Stance.APOLOGY, "cameo", "055"),
        (Stance.DECLINED_TO_COMMENT, "cameo", "011"),
        (Stance.DENIAL, "cohen", "literal denial"),
        (Stance.ALTERNATIVE_EXPLANATION, "cohen", "interpretive denial"),
        (EventKind.ARREST, "cameo", "173"),
        (EventKind.EXPULSION, "cameo", "174"),
        (EventKind.DENIAL_OF_ACCESS, "cameo", "1245"),
        (EventKind.WITHDRAWAL, "cameo", "166"),
        (EventKind.LAWSUIT, "cameo", "115"),
        (EventKind.ATTACK, "plover", "ASSAULT"),
        (EventKind.EXPULSION, "plover", "COERCE:deport"),  # not SANCTION: an individual
        (EventKind.RELEASE, "plover", "RETREAT:release"),  # CONCEDE is verbal
        (EventKind.AGREEMENT, "plover", "SUPPORT"),  # AGREE is a promise to sign
        (ActorKind.DE_FACTO_AUTHORITY, "plover", "PRE"),  # UAF is unidentified gunmen
    ],
)
def test_external_codes(member: Term, scheme: str, code: str) -> None:
    assert member.codes[scheme] == code


def test_no_plover_term_uses_med_for_media() -> None:
    assert all(member.codes.get("plover") != "MED" for member in ALL_TERMS)


def test_silence_has_no_external_code() -> None:
    assert dict(Stance.NOT_ADDRESSED.codes) == {}


# --------------------------------------------------------------------------
# Stances: who is expected to take them
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("stance", "party"),
    [
        (Stance.DENIAL, StanceParty.ACCUSED),
        (Stance.APOLOGY, StanceParty.ACCUSED),
        (Stance.NOT_ADDRESSED, StanceParty.ACCUSED),
        (Stance.RULING_UPHELD, StanceParty.THIRD_PARTY),
        (Stance.CORROBORATION, StanceParty.THIRD_PARTY),
        (Stance.DECLINED_TO_CONSIDER, StanceParty.THIRD_PARTY),
        (Stance.DECLINED_TO_COMMENT, StanceParty.ANY),
        (Stance.COUNTER_ACCUSATION, StanceParty.ANY),
        (Stance.RETRACTION, StanceParty.ANY),
    ],
)
def test_stance_party(stance: Stance, party: StanceParty) -> None:
    assert stance.party is party


def test_every_stance_has_a_party() -> None:
    assert all(isinstance(stance.party, StanceParty) for stance in Stance)


# --------------------------------------------------------------------------
# Identifier formats
# --------------------------------------------------------------------------


def test_identifier_patterns_are_keyed_by_scheme() -> None:
    assert set(IDENTIFIER_PATTERNS) <= set(IdentifierScheme)


@pytest.mark.parametrize(
    ("scheme", "good", "bad"),
    [
        (IdentifierScheme.WIKIDATA, ["Q912", "Q1032"], ["912", "Q0912", "q912", "Q"]),
        (IdentifierScheme.LEI, ["5493001KJTIIGC8Y1R12"], ["5493001KJTIIGC8Y1R1", "lei"]),
        (IdentifierScheme.ISNI, ["000000012146438X", "0000000121464380"], ["0000 0001 2146"]),
        (IdentifierScheme.WEBSITE, ["https://www.presidence.ml"], ["www.presidence.ml"]),
    ],
)
def test_identifier_patterns(scheme: IdentifierScheme, good: list[str], bad: list[str]) -> None:
    pattern = re.compile(IDENTIFIER_PATTERNS[scheme])
    assert all(pattern.match(value) for value in good)
    assert not any(pattern.match(value) for value in bad)
