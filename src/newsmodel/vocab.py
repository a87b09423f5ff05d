"""Controlled vocabularies, kept as data.

Every coded field of newsmodel takes its value from one of the enumerations
below.  Each term carries three things, all read from this module alone:

- a stable ``value``: the snake_case string written in files (never change
  a published value; add a new term and deprecate the old one instead);
- a one-line ``description`` that the documentation, the JSON Schema and the
  validators' messages all reuse;
- its ``codes`` in external standards, keyed by the names in
  :data:`SCHEMES` (CAMEO, PLOVER, ACLED, HURIDOCS, FollowTheMoney, Cohen).

A code is only given where the external standard has a term that means the
same thing; a missing key means "no equivalent", never "unknown".
"""

from __future__ import annotations

import enum
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

__all__ = [
    "IDENTIFIER_PATTERNS",
    "SCHEMES",
    "VOCABULARIES",
    "ActorKind",
    "AllegationCategory",
    "Aspect",
    "Channel",
    "Conduct",
    "CountKind",
    "DocumentKind",
    "EventKind",
    "EventRole",
    "IdentifierScheme",
    "Identity",
    "PlacePrecision",
    "Qualifier",
    "Stance",
    "StanceParty",
    "Tactic",
    "Term",
    "Verification",
]

#: External standards that vocabulary terms are mapped to, with a reference.
SCHEMES: Mapping[str, str] = MappingProxyType(
    {
        "cameo": "CAMEO event and actor codebook, manual 1.1b3 (Schrodt 2012)",
        "plover": "PLOVER event ontology, 2021 manual (event type, mode or sector)",
        "acled": "ACLED codebook: actor interaction codes 1-8 and geo-precision 1-3",
        "huridocs": "HURIDOCS Events Standard Formats, 'attribution' thesaurus",
        "ftm": "FollowTheMoney schema name (OpenSanctions / Aleph)",
        "cohen": "Stanley Cohen, States of Denial (2001): forms of official denial",
    }
)

_T = TypeVar("_T", bound="Term")


class Term(str, enum.Enum):
    """Base class of every vocabulary: a string enum with documentation.

    Members compare equal to their string value, so ``ActorKind.STATE ==
    "state"`` holds, and they serialize as that value.
    """

    description: str
    codes: Mapping[str, str]

    def __new__(cls: type[_T], value: str, *meta: Any) -> _T:  # noqa: D102 - enum machinery
        # Members are declared as (value, description[, codes[, attributes]]),
        # where attributes sets the vocabulary's own attributes (a stance's
        # party) on the member itself.  The signature takes the value alone
        # first, so that type checkers accept the usual lookup by value:
        # ActorKind("state").
        member = str.__new__(cls, value)
        member._value_ = value
        text, external, attributes = (*meta, None, None)[:3] if meta else ("", None, None)
        member.description = text
        member.codes = MappingProxyType(dict(external or {}))
        for name, attribute in (attributes or {}).items():
            setattr(member, name, attribute)
        return member

    def __str__(self) -> str:
        return str(self._value_)

    @property
    def term(self) -> str:
        """The string written in files (the same as ``.value``, typed as ``str``)."""
        return str(self._value_)

    @classmethod
    def values(cls) -> tuple[str, ...]:
        """Every stable value of this vocabulary, in declaration order."""
        return tuple(member.term for member in cls)


class IdentifierScheme(Term):
    """Registries whose identifiers an actor may carry in ``identifiers``."""

    WIKIDATA = ("wikidata", "Wikidata item id, such as Q912 for Mali.")
    OPENSANCTIONS = ("opensanctions", "OpenSanctions entity id.")
    LEI = ("lei", "Legal Entity Identifier (ISO 17442), 20 characters.")
    ACLED = ("acled", "Actor name as spelled in ACLED's actor list.")
    ISNI = ("isni", "International Standard Name Identifier, 16 characters.")
    WEBSITE = ("website", "The actor's official web address.")


#: Regular expressions that identifier values must match, per scheme.
IDENTIFIER_PATTERNS: Mapping[IdentifierScheme, str] = MappingProxyType(
    {
        IdentifierScheme.WIKIDATA: r"^Q[1-9][0-9]*$",
        IdentifierScheme.LEI: r"^[0-9A-Z]{18}[0-9]{2}$",
        IdentifierScheme.ISNI: r"^[0-9]{15}[0-9X]$",
        IdentifierScheme.WEBSITE: r"^https?://\S+$",
    }
)


class ActorKind(Term):
    """What sort of actor a record names."""

    STATE = (
        "state",
        "A sovereign state as a whole (Mali, France), as distinct from its government.",
        {"acled": "1", "ftm": "PublicBody"},
    )
    GOVERNMENT = (
        "government",
        "The executive of a state, including a military or transitional government.",
        {"cameo": "GOV", "plover": "GOV", "acled": "1", "ftm": "PublicBody"},
    )
    GOVERNMENT_BODY = (
        "government_body",
        "A ministry, agency or office of a government (a foreign ministry).",
        {"cameo": "GOV", "plover": "GOV", "acled": "1", "ftm": "PublicBody"},
    )
    SECURITY_FORCES = (
        "security_forces",
        "A state's armed forces, police or gendarmerie.",
        {"cameo": "MIL", "plover": "MIL", "acled": "1", "ftm": "PublicBody"},
    )
    INTELLIGENCE_AGENCY = (
        "intelligence_agency",
        "A state intelligence or security service.",
        {"cameo": "SPY", "plover": "SPY", "acled": "1", "ftm": "PublicBody"},
    )
    LEGISLATURE = (
        "legislature",
        "A parliament, assembly or council that votes (including the UN Human Rights Council).",
        {"cameo": "LEG", "plover": "LEG", "ftm": "PublicBody"},
    )
    JUDICIARY = (
        "judiciary",
        "A court, tribunal or prosecutor's office, national or international.",
        {"cameo": "JUD", "plover": "JUD", "ftm": "PublicBody"},
    )
    NATIONAL_HUMAN_RIGHTS_INSTITUTION = (
        "national_human_rights_institution",
        "A state-mandated but independent human-rights commission or ombudsperson.",
        {"cameo": "HRI", "ftm": "PublicBody"},
    )
    DE_FACTO_AUTHORITY = (
        "de_facto_authority",
        "An authority that controls territory without recognised legal standing.",
        {"plover": "PRE", "acled": "2", "ftm": "Organization"},
    )
    INTERGOVERNMENTAL_ORGANIZATION = (
        "intergovernmental_organization",
        "An organization of states (the UN, the African Union, ECOWAS).",
        {"cameo": "IGO", "acled": "8", "ftm": "Organization"},
    )
    PEACEKEEPING_MISSION = (
        "peacekeeping_mission",
        "A peacekeeping or observer mission of an intergovernmental body (MINUSMA).",
        {"cameo": "IGOPKO", "acled": "8", "ftm": "Organization"},
    )
    NON_STATE_ARMED_GROUP = (
        "non_state_armed_group",
        "A rebel, insurgent, jihadist or militia group.",
        {"cameo": "REB", "plover": "REB", "acled": "2", "ftm": "Organization"},
    )
    PRIVATE_MILITARY_COMPANY = (
        "private_military_company",
        "A company that sells military or security services (the Wagner Group).",
        {"acled": "8", "ftm": "Company"},
    )
    POLITICAL_PARTY = (
        "political_party",
        "A political party or movement.",
        {"cameo": "PTY", "plover": "PTY", "ftm": "Organization"},
    )
    NGO = (
        "ngo",
        "A non-governmental organization (Amnesty International, a local rights group).",
        {"cameo": "NGO", "ftm": "Organization"},
    )
    TRADE_UNION = (
        "trade_union",
        "A labour union or federation of unions.",
        {"cameo": "LAB", "plover": "LAB", "ftm": "Organization"},
    )
    RELIGIOUS_BODY = (
        "religious_body",
        "A church, council of clerics or other religious organization.",
        {"cameo": "REL", "plover": "REL", "ftm": "Organization"},
    )
    SPORTS_FEDERATION = (
        "sports_federation",
        "A national or international sports governing body.",
        {"ftm": "Organization"},
    )
    COMPANY = (
        "company",
        "A business; a subsidiary is a company whose part_of names its parent.",
        {"cameo": "BUS", "plover": "BUS", "ftm": "Company"},
    )
    MEDIA_OUTLET = (
        "media_outlet",
        "A news organization or publisher (Voice of America).",
        {"cameo": "MED", "plover": "JRN", "ftm": "Organization"},
    )
    PERSON = (
        "person",
        "One human being, named or not.",
        {"cameo": "CVL", "plover": "CVL", "ftm": "Person"},
    )
    GROUP_OF_PEOPLE = (
        "group_of_people",
        "A definite set of people treated together (49 Ivorian soldiers, an attack's victims).",
        {"cameo": "CVL", "acled": "7"},
    )
    UNSPECIFIED_COLLECTIVE = (
        "unspecified_collective",
        "An indefinite collective the report does not enumerate ('a number of countries').",
    )


class AllegationCategory(Term):
    """The broad class of wrongdoing alleged, after CAMEO's 112 'accuse' codes."""

    CRIME_OR_CORRUPTION = (
        "crime_or_corruption",
        "Ordinary crime, corruption or fraud.",
        {"cameo": "1121", "plover": "ACCUSE:allege"},
    )
    HUMAN_RIGHTS_ABUSE = (
        "human_rights_abuse",
        "Violations of human rights law (killing, torture, arbitrary detention...).",
        {"cameo": "1122", "plover": "ACCUSE:allege"},
    )
    AGGRESSION = (
        "aggression",
        "Unlawful use of force against another state or its territory.",
        {"cameo": "1123", "plover": "ACCUSE:allege"},
    )
    WAR_CRIMES = (
        "war_crimes",
        "War crimes and other violations of international humanitarian law.",
        {"cameo": "1124", "plover": "ACCUSE:allege"},
    )
    ESPIONAGE_OR_TREASON = (
        "espionage_or_treason",
        "Spying, treason, or acting as an agent or mercenary of a foreign power.",
        {"cameo": "1125", "plover": "ACCUSE:allege"},
    )


class Conduct(Term):
    """The specific act alleged; several may apply to one allegation."""

    UNLAWFUL_KILLING = ("unlawful_killing", "Killing outside the law, of one or more people.")
    MASSACRE = ("massacre", "The killing of many defenceless people in one incident.")
    TORTURE = ("torture", "Torture or cruel, inhuman or degrading treatment.")
    ARBITRARY_DETENTION = (
        "arbitrary_detention",
        "Arrest or detention without legal basis or due process.",
    )
    ENFORCED_DISAPPEARANCE = (
        "enforced_disappearance",
        "Detention followed by refusal to acknowledge it or disclose the person's fate.",
    )
    SEXUAL_VIOLENCE = ("sexual_violence", "Rape and other sexual violence.")
    FORCED_DISPLACEMENT = ("forced_displacement", "Forcing people to leave their homes.")
    DESTRUCTION_OF_PROPERTY = (
        "destruction_of_property",
        "Looting, burning or destroying homes, goods or infrastructure.",
    )
    USE_OF_MERCENARIES = (
        "use_of_mercenaries",
        "Employing, being or working with mercenaries or foreign fighters.",
    )
    OBSTRUCTION_OF_INVESTIGATION = (
        "obstruction_of_investigation",
        "Blocking access, destroying evidence or intimidating investigators or witnesses.",
    )
    CORRUPTION = ("corruption", "Abuse of entrusted power for private gain.")
    FRAUD = ("fraud", "Deception for gain.")
    DISINFORMATION = ("disinformation", "Deliberately spreading false information.")
    LABOUR_EXPLOITATION = (
        "labour_exploitation",
        "Forced, bonded or child labour, or work for unlawful pay or in unlawful conditions.",
    )
    SERIOUS_VIOLATIONS = (
        "serious_violations",
        "Serious violations stated in general terms, with no specific act named.",
    )
    OTHER = ("other", "An act none of the other terms describes; say what in the summary.")


class Verification(Term):
    """How far the alleged conduct has been established.

    An accusation alone does not mean the event happened (CAMEO manual, code 112).
    """

    UNVERIFIED = ("unverified", "Alleged only; nobody independent has established it yet.")
    CORROBORATED = (
        "corroborated",
        "Supported by an independent source, but not established by an authoritative finding.",
    )
    CONTESTED = ("contested", "Independent sources disagree on whether it happened.")
    ESTABLISHED = (
        "established",
        "Established by a court, commission of inquiry or other authoritative finding.",
    )
    REFUTED = ("refuted", "Shown by an authoritative finding not to have happened as alleged.")


class StanceParty(Term):
    """Who is expected to take a stance: the accused, a third party, or anyone."""

    ACCUSED = ("accused", "Taken by the accused or someone speaking for them.")
    THIRD_PARTY = ("third_party", "Taken by someone who is neither accuser nor accused.")
    ANY = ("any", "Taken by anyone.")


_NO_CODES: Mapping[str, str] = MappingProxyType({})
_ACCUSED: Mapping[str, Any] = {"party": StanceParty.ACCUSED}
_THIRD: Mapping[str, Any] = {"party": StanceParty.THIRD_PARTY}
_ANY: Mapping[str, Any] = {"party": StanceParty.ANY}


class Stance(Term):
    """The position a response takes towards an allegation (or one aspect of it).

    The first group follows CAMEO (011, 015, 016, 055), the HURIDOCS
    'attribution' thesaurus and Cohen's typology of denial; ``not_addressed``
    records silence, which no existing standard does; the third-party group
    records rulings and findings by courts, investigators and rights bodies.
    """

    party: StanceParty

    DENIAL = (
        "denial",
        "It did not happen, or we did not do it.",
        {
            "cameo": "016",
            "plover": "REJECT",
            "huridocs": "officials deny the act",
            "cohen": "literal denial",
        },
        _ACCUSED,
    )
    PARTIAL_DENIAL = (
        "partial_denial",
        "Some of it is denied and some is not; say which in positions.",
        {"cameo": "016", "plover": "REJECT"},
        _ACCUSED,
    )
    DENIAL_OF_RESPONSIBILITY = (
        "denial_of_responsibility",
        "The act is admitted but the blame is placed elsewhere.",
        {"cameo": "016", "huridocs": "officials acknowledge the act but deny responsibility"},
        _ACCUSED,
    )
    ALTERNATIVE_EXPLANATION = (
        "alternative_explanation",
        "It happened, but it was something else than alleged.",
        {
            "huridocs": "officials acknowledge the act but give an alternative explanation",
            "cohen": "interpretive denial",
        },
        _ACCUSED,
    )
    JUSTIFICATION = (
        "justification",
        "It happened and was lawful, necessary or right.",
        {"cameo": "052", "cohen": "implicatory denial"},
        _ACCUSED,
    )
    ACKNOWLEDGMENT = (
        "acknowledgment",
        "The act is admitted, without apology.",
        {"cameo": "015", "huridocs": "officials acknowledge the act"},
        _ACCUSED,
    )
    APOLOGY = (
        "apology",
        "The act is admitted with regret.",
        {"cameo": "055", "plover": "CONCEDE"},
        _ACCUSED,
    )
    COUNTER_ACCUSATION = (
        "counter_accusation",
        "The responder accuses the accuser or a third party; record that as an allegation too.",
        {"cameo": "112", "plover": "ACCUSE", "cohen": "counter-attack on the critic"},
        _ANY,
    )
    DECLINED_TO_COMMENT = (
        "declined_to_comment",
        "Asked about the allegation, the responder would not comment.",
        {"cameo": "011"},
        _ANY,
    )
    NOT_ADDRESSED = (
        "not_addressed",
        "A response that answers other allegations is silent on this one.",
        _NO_CODES,
        _ACCUSED,
    )
    INVESTIGATION_PLEDGED = (
        "investigation_pledged",
        "The responder promises or opens an investigation.",
        {"cameo": "09", "plover": "ACCUSE:investigate"},
        _ANY,
    )
    LEGAL_ACTION = (
        "legal_action",
        "The responder sues or threatens to sue the accuser.",
        {"cameo": "115"},
        _ANY,
    )
    CORRECTIVE_ACTION = (
        "corrective_action",
        "The responder announces remedies: dismissals, compensation, policy change.",
        _NO_CODES,
        _ACCUSED,
    )
    RETRACTION = (
        "retraction",
        "The responder withdraws an earlier response of its own (name it in retracts).",
        _NO_CODES,
        _ANY,
    )
    DISOWNS_QUOTE = (
        "disowns_quote",
        "The responder says words attributed to it were never said or were distorted.",
        _NO_CODES,
        _ANY,
    )
    # Third parties.
    CORROBORATION = (
        "corroboration",
        "An investigator, agency or witness confirms the allegation in whole or part.",
        _NO_CODES,
        _THIRD,
    )
    CONTRADICTION = (
        "contradiction",
        "An investigator, agency or witness contradicts the allegation.",
        _NO_CODES,
        _THIRD,
    )
    FOUND_CREDIBLE = (
        "found_credible",
        "A rights body or inquiry finds the allegation credible without ruling on it.",
        _NO_CODES,
        _THIRD,
    )
    RULING_UPHELD = (
        "ruling_upheld",
        "A court or tribunal upholds the allegation or finds the accused liable.",
        {"cameo": "116"},
        _THIRD,
    )
    RULING_PARTLY_UPHELD = (
        "ruling_partly_upheld",
        "A court or tribunal upholds part of the allegation.",
        {"cameo": "116"},
        _THIRD,
    )
    RULING_DISMISSED = (
        "ruling_dismissed",
        "A court or tribunal dismisses the allegation or acquits.",
        _NO_CODES,
        _THIRD,
    )
    RULING_OVERTURNED = (
        "ruling_overturned",
        "An appeal overturns an earlier ruling (name that response in supersedes).",
        _NO_CODES,
        _THIRD,
    )
    SANCTION_IMPOSED = (
        "sanction_imposed",
        "A penalty or sanction is imposed over the allegation.",
        {"plover": "SANCTION"},
        _THIRD,
    )
    SANCTION_REDUCED = (
        "sanction_reduced",
        "An earlier penalty or sanction is reduced or lifted.",
        _NO_CODES,
        _THIRD,
    )
    DECLINED_TO_CONSIDER = (
        "declined_to_consider",
        "A body votes or decides not to debate or examine the allegation.",
        _NO_CODES,
        _THIRD,
    )


class Aspect(Term):
    """The part of an allegation a position is about."""

    OCCURRENCE = ("occurrence", "Whether the act happened at all.")
    RESPONSIBILITY = ("responsibility", "Who did it, or who is to blame (attribution).")
    INTENT = ("intent", "Whether it was deliberate.")
    SCALE = ("scale", "How big it was: figures, numbers of victims, extent.")
    LEGAL_QUALIFICATION = (
        "legal_qualification",
        "What it amounts to in law (a war crime, genocide, lawful self-defence).",
    )
    CONSENT = ("consent", "Whether those affected, or the host state, consented.")
    EVIDENCE = ("evidence", "Whether the evidence or the sources can be trusted.")


class Tactic(Term):
    """Tactic used in a response to support its stance."""

    DISPUTES_EVIDENCE = ("disputes_evidence", "Says the evidence is missing, weak or false.")
    ALLEGES_BIAS = ("alleges_bias", "Says the accuser or its sources are biased.")
    QUESTIONS_MOTIVE = (
        "questions_motive",
        "Says the accusation serves a hidden aim ('to tarnish the image').",
    )
    SOURCES_COERCED = (
        "sources_coerced",
        "Says witnesses or sources spoke under threat or pressure.",
    )
    SHIFTS_BLAME = ("shifts_blame", "Says someone else did it.")
    CITES_OWN_INVESTIGATION = (
        "cites_own_investigation",
        "Points to an investigation of its own that cleared it.",
    )
    INVOKES_SOVEREIGNTY = (
        "invokes_sovereignty",
        "Says the matter is internal, or the accuser has no standing.",
    )
    CLAIMS_LAWFUL_CONDUCT = ("claims_lawful_conduct", "Says what was done was lawful.")
    MINIMIZES = ("minimizes", "Accepts something happened but plays down its scale or harm.")
    ATTACKS_ACCUSER = (
        "attacks_accuser",
        "Turns on the accuser's record or character.",
        {"cohen": "counter-attack on the critic"},
    )


class Channel(Term):
    """How a response or statement was delivered."""

    STATEMENT = ("statement", "A written official statement or communiqué.")
    PRESS_RELEASE = ("press_release", "A press release.")
    PRESS_CONFERENCE = ("press_conference", "Remarks at a press conference or briefing.")
    INTERVIEW = ("interview", "An interview with a journalist.")
    SOCIAL_MEDIA_POST = ("social_media_post", "A post on a social media account.")
    LETTER = ("letter", "A letter to a body or person.")
    COURT_FILING = ("court_filing", "A filing, pleading or submission in court.")
    SPEECH = ("speech", "A speech, including at a council or assembly.")
    REPORT = ("report", "A published report, note or findings.")
    RULING = ("ruling", "A judgment, decision or resolution.")


class DocumentKind(Term):
    """The type of a primary source document."""

    REPORT = ("report", "A report, note or study (MINUSMA's quarterly human-rights note).")
    STATEMENT = ("statement", "An official statement or communiqué.")
    PRESS_RELEASE = ("press_release", "A press release.")
    SOCIAL_MEDIA_POST = ("social_media_post", "A tweet or other social media post.")
    LETTER = ("letter", "A letter.")
    COURT_FILING = ("court_filing", "A filing or pleading in a legal case.")
    RULING = ("ruling", "A court judgment or decision.")
    RESOLUTION = ("resolution", "A resolution or decision of a council or assembly.")
    TRANSCRIPT = ("transcript", "A transcript of a speech, briefing or hearing.")
    VIDEO = ("video", "A video or audio recording.")
    DATASET = ("dataset", "A published dataset.")
    NEWS_ARTICLE = ("news_article", "A news article used as a source by another report.")


class EventKind(Term):
    """What kind of event happened around the allegations."""

    ARREST = (
        "arrest",
        "People were arrested, detained or charged.",
        {"cameo": "173", "plover": "COERCE:arrest"},
    )
    EXPULSION = (
        "expulsion",
        "A person was expelled or deported.",
        {"cameo": "174", "plover": "COERCE:deport"},
    )
    DENIAL_OF_ACCESS = (
        "denial_of_access",
        "Investigators, monitors or aid were refused access.",
        {"cameo": "1245", "plover": "REJECT:yield"},
    )
    WITHDRAWAL = (
        "withdrawal",
        "Forces, a mission or a party withdrew.",
        {"cameo": "166", "plover": "SANCTION:withdraw"},
    )
    INVESTIGATION = (
        "investigation",
        "An investigation was opened or carried out.",
        {"cameo": "09", "plover": "ACCUSE:investigate"},
    )
    SANCTION = (
        "sanction",
        "Sanctions were imposed.",
        {"cameo": "163", "plover": "SANCTION:discontinue"},
    )
    LAWSUIT = ("lawsuit", "A lawsuit or complaint was filed.", {"cameo": "115"})
    ATTACK = (
        "attack",
        "An attack or killing took place.",
        {"cameo": "19", "plover": "ASSAULT"},
    )
    RELEASE = (
        "release",
        "Detained people were released.",
        {"cameo": "0841", "plover": "RETREAT:release"},
    )
    AGREEMENT = (
        "agreement",
        "An agreement was reached or signed.",
        {"cameo": "057", "plover": "SUPPORT"},
    )
    DEPLOYMENT = (
        "deployment",
        "Forces or personnel were sent or arrived.",
        {"plover": "MOBILIZE"},
    )
    RESIGNATION = (
        "resignation",
        "A person resigned, or was dismissed or suspended from office.",
    )
    VOTE = (
        "vote",
        "A council, assembly or federation voted (to condemn, suspend, not to debate).",
    )
    FINDING = (
        "finding",
        "A body published a finding or statistic (violations decreased).",
    )


class EventRole(Term):
    """The part an actor played in an event."""

    AGENT = ("agent", "The actor who did it.")
    TARGET = ("target", "The actor it was done to.")
    PARTICIPANT = ("participant", "An actor otherwise involved (mediator, witness, host).")


class CountKind(Term):
    """What a figure counts."""

    KILLED = ("killed", "People killed.", {"plover": "dead"})
    INJURED = ("injured", "People injured.", {"plover": "injured"})
    DETAINED = ("detained", "People arrested or detained.", {"plover": "arrested"})
    DISPLACED = ("displaced", "People forced from their homes.")
    MISSING = ("missing", "People missing or disappeared.")
    ABDUCTED = ("abducted", "People kidnapped or abducted.")
    CONVICTED = ("convicted", "People convicted or sentenced.")
    AFFECTED = ("affected", "People affected in another way (say how in who).")
    INCIDENTS = ("incidents", "Incidents or violations recorded (not people).")


class Qualifier(Term):
    """How a figure is hedged in the source."""

    EXACTLY = ("exactly", "The figure is given as exact.")
    AT_LEAST = ("at_least", "'At least', 'no fewer than': the figure is a lower bound.")
    MORE_THAN = ("more_than", "'More than', 'over': strictly above the figure.")
    AT_MOST = ("at_most", "'As many as', 'up to': the figure is an upper bound.")
    FEWER_THAN = ("fewer_than", "'Fewer than', 'under': strictly below the figure.")
    ABOUT = ("about", "'About', 'some', 'nearly': the figure is approximate.")


class PlacePrecision(Term):
    """How precisely a place is known (ACLED geo-precision where it applies)."""

    EXACT = ("exact", "A precise point: a building, a village.", {"acled": "1"})
    LOCALITY = ("locality", "A town or its immediate surroundings.", {"acled": "1"})
    DISTRICT = ("district", "A second-level administrative area.", {"acled": "2"})
    REGION = ("region", "A first-level administrative area or wider region.", {"acled": "3"})
    COUNTRY = ("country", "Only the country is known.")


class Identity(Term):
    """How a report identifies an actor that speaks or acts."""

    NAMED = ("named", "Named in the report.")
    UNNAMED = ("unnamed", "Not named in the report, though identifiable (MINUSMA's spokesperson).")
    ANONYMOUS = ("anonymous", "Speaks on condition of anonymity ('a senior official').")
    PSEUDONYMOUS = ("pseudonymous", "Named with a pseudonym the report says is not the real name.")


#: Every vocabulary, by the name used in docs and the JSON Schema.
VOCABULARIES: Mapping[str, type[Term]] = MappingProxyType(
    {
        cls.__name__: cls
        for cls in (
            ActorKind,
            AllegationCategory,
            Conduct,
            Verification,
            Stance,
            StanceParty,
            Aspect,
            Tactic,
            Channel,
            DocumentKind,
            EventKind,
            EventRole,
            CountKind,
            Qualifier,
            PlacePrecision,
            Identity,
            IdentifierScheme,
        )
    }
)


def _check_unique() -> Any:  # pragma: no cover - import-time invariant
    for cls in VOCABULARIES.values():
        assert len(set(cls.values())) == len(cls), cls
        own = set(cls.__annotations__) - set(Term.__annotations__)  # a stance's party
        for member in cls:
            assert set(member.codes) <= set(SCHEMES), (member, member.codes)
            missing = [name for name in own if name not in vars(member)]
            assert not missing, f"{member!r} does not set {missing}"


_check_unique()
