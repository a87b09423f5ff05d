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
import functools
from collections.abc import Mapping
from types import MappingProxyType
from typing import Any, TypeVar

__all__ = [
    "IDENTIFIER_PATTERNS",
    "SCHEMES",
    "VOCABULARIES",
    "Access",
    "ActorKind",
    "AllegationCategory",
    "Aspect",
    "AuthorRole",
    "Benchmark",
    "Channel",
    "Conduct",
    "CountKind",
    "Demand",
    "DocumentKind",
    "EventKind",
    "EventRole",
    "Hedge",
    "IdentifierScheme",
    "Identity",
    "Involvement",
    "LegalQualification",
    "MistakeKind",
    "Outcome",
    "PartyRole",
    "PlacePrecision",
    "ProceedingKind",
    "Qualifier",
    "RelationKind",
    "ReportKind",
    "ReportRelation",
    "RoleKind",
    "SanctionKind",
    "SanctionStatus",
    "Stance",
    "StanceParty",
    "StandardOfProof",
    "StepKind",
    "Tactic",
    "Term",
    "TimeRelation",
    "TraitKind",
    "Unit",
    "Verification",
    "VoteChoice",
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
        return _values(cls)


@functools.cache
def _values(vocabulary: type[Term]) -> tuple[str, ...]:
    return tuple(member.term for member in vocabulary)


class IdentifierScheme(Term):
    """Registries whose identifiers an actor may carry in ``identifiers``."""

    WIKIDATA = ("wikidata", "Wikidata item id, such as Q912 for Mali.")
    OPENSANCTIONS = ("opensanctions", "OpenSanctions entity id.")
    LEI = ("lei", "Legal Entity Identifier (ISO 17442), 20 characters.")
    ACLED = ("acled", "Actor name as spelled in ACLED's actor list.")
    ISNI = ("isni", "International Standard Name Identifier, 16 characters.")
    WEBSITE = ("website", "The actor's official web address.")
    RIC = ("ric", "Refinitiv (Reuters) Instrument Code of a listed company: AAPL.O, DELL.N.")


#: Regular expressions that identifier values must match, per scheme.
IDENTIFIER_PATTERNS: Mapping[IdentifierScheme, str] = MappingProxyType(
    {
        IdentifierScheme.WIKIDATA: r"^Q[1-9][0-9]*$",
        IdentifierScheme.LEI: r"^[0-9A-Z]{18}[0-9]{2}$",
        IdentifierScheme.ISNI: r"^[0-9]{15}[0-9X]$",
        IdentifierScheme.WEBSITE: r"^https?://\S+$",
        IdentifierScheme.RIC: r"^[A-Z0-9]{1,10}\.[A-Z]{1,3}$",
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
    REGULATOR = (
        "regulator",
        "A public body that supervises a sector and can sanction (a media or financial regulator).",
        {"cameo": "GOV", "plover": "GOV", "ftm": "PublicBody"},
    )
    SUBNATIONAL_GOVERNMENT = (
        "subnational_government",
        "The government of a region, province, state of a federation or city.",
        {"cameo": "GOV", "plover": "GOV", "ftm": "PublicBody"},
    )
    COURT = (
        "court",
        "A court or tribunal, national or international, including a sports tribunal.",
        {"cameo": "JUD", "plover": "JUD", "ftm": "PublicBody"},
    )
    PROSECUTOR = (
        "prosecutor",
        "A public prosecutor's office, national or international.",
        {"cameo": "JUD", "plover": "JUD", "ftm": "PublicBody"},
    )
    ANTI_DOPING_AGENCY = (
        "anti_doping_agency",
        "A national or world anti-doping agency (WADA, NADO Italia).",
        {"ftm": "Organization"},
    )
    SPORTS_CLUB = (
        "sports_club",
        "A club or team that competes in a sport.",
        {"ftm": "Organization"},
    )
    CIVILIAN_INSTITUTION = (
        "civilian_institution",
        "A hospital, school, university or other civilian institution as a place and body.",
        {"ftm": "Organization"},
    )
    LAW_FIRM = (
        "law_firm",
        "A firm of lawyers, or a lawyer's practice.",
        {"cameo": "BUS", "plover": "BUS", "ftm": "Company"},
    )
    ACADEMIC_INSTITUTION = (
        "academic_institution",
        "A research centre or think tank that publishes findings.",
        {"cameo": "EDU", "plover": "EDU", "ftm": "Organization"},
    )
    ELECTORAL_BODY = (
        "electoral_body",
        "An electoral commission, bureau or court that runs or rules on elections.",
        {"ftm": "PublicBody"},
    )
    OTHER = ("other", "A kind none of the other terms describes; say what in notes.")


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
    OTHER = ("other", "A class none of the other terms describes; say what in notes.")


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
    DOPING = ("doping", "Use or presence of a prohibited substance or method in sport.")
    SEXUAL_HARASSMENT = ("sexual_harassment", "Unwanted sexual conduct, remarks or advances.")
    SEXUAL_MISCONDUCT = (
        "sexual_misconduct",
        "Sexual conduct breaching rules or consent short of violence (a non-consensual kiss).",
    )
    RETALIATION = (
        "retaliation",
        "Punishing someone for speaking out, complaining or testifying.",
    )
    PERSECUTION = ("persecution", "Targeting people for who they are or what they believe.")
    COERCION = ("coercion", "Forcing someone by threats or pressure to act against their will.")
    FAILURE_OF_DUE_DILIGENCE = (
        "failure_of_due_diligence",
        "Failing to prevent or detect abuse in one's operations or supply chain.",
    )
    MISIDENTIFICATION_HARM = (
        "misidentification_harm",
        "Harming civilians by mistaking them for a target.",
    )
    ATTACK_ON_PROTECTED_OBJECT = (
        "attack_on_protected_object",
        "Attacking a hospital, school, place of worship or other object protected by law.",
    )
    INDISCRIMINATE_ATTACK = (
        "indiscriminate_attack",
        "An attack that does not distinguish military targets from civilians.",
    )
    EXCESSIVE_FORCE = (
        "excessive_force",
        "Force beyond what the situation required, by police or other agents.",
    )
    BREACH_OF_DUTY = (
        "breach_of_duty",
        "Breaching the duties of an office or an oath (a candidate's constitutional duties).",
    )
    ABUSE_OF_POWER = (
        "abuse_of_power",
        "Using an office's powers for ends they were not given for (an election's machinery).",
    )
    DEFAMATION = ("defamation", "Making false statements that harm someone's reputation.")
    FALSE_STATEMENT = (
        "false_statement",
        "Giving an untrue official account of an event (a false police report).",
    )
    DISCRIMINATION = (
        "discrimination",
        "Treating people worse for their race, origin, religion, sex or other status.",
    )
    FAILURE_TO_INVESTIGATE = (
        "failure_to_investigate",
        "Failing to investigate or prosecute what one has a duty to (not obstruction).",
    )
    MISREPORTING = (
        "misreporting",
        "Reporting that breaks journalistic standards: an unverified claim given as fact.",
    )
    UNLAWFUL_DATA_PROCESSING = (
        "unlawful_data_processing",
        "Collecting, using or transferring personal data against data-protection law.",
    )
    SURVEILLANCE = ("surveillance", "Spying on people or their communications unlawfully.")
    DRUGGING = ("drugging", "Giving someone a drug or substance without their consent.")
    COVER_UP = (
        "cover_up",
        "Hiding wrongdoing from the public, superiors or families (not from investigators).",
    )
    FORGERY = ("forgery", "Falsifying a document or record (falso in atto pubblico).")
    ELECTION_INTERFERENCE = (
        "election_interference",
        "Manipulating an election: influence operations, tampering, foreign interference.",
    )
    CAMPAIGN_FINANCE_VIOLATION = (
        "campaign_finance_violation",
        "Funding or spending on a campaign against the law, or without declaring it.",
    )
    COLLUSION = (
        "collusion",
        "Colluding with, or yielding to, someone one should hold to account.",
    )
    OTHER = ("other", "An act none of the other terms describes; say what in notes.")


class Verification(Term):
    """How far the alleged conduct has been established.

    An accusation alone does not mean the event happened (CAMEO manual, code 112).
    """

    UNVERIFIED = ("unverified", "Alleged only; nobody independent has established it yet.")
    CHARGED = ("charged", "A prosecutor or authority has formally charged the accused.")
    CORROBORATED = (
        "corroborated",
        "Supported by an independent source, but not established by an authoritative finding.",
    )
    CONTESTED = ("contested", "Independent sources disagree on whether it happened.")
    ESTABLISHED = (
        "established",
        "Established by a court, commission of inquiry or other authoritative finding.",
    )
    NOT_PROVEN = (
        "not_proven",
        "An authoritative finding could not establish it either way.",
    )
    REFUTED = ("refuted", "Shown by an authoritative finding not to have happened as alleged.")
    OVERTURNED = (
        "overturned",
        "An earlier finding that established it was overturned on appeal or review.",
    )


class StanceParty(Term):
    """Who is expected to take a stance: the accused, a third party, or anyone."""

    ACCUSED = ("accused", "Taken by the accused or someone speaking for them.")
    THIRD_PARTY = ("third_party", "Taken by someone who is neither accuser nor accused.")
    ANY = ("any", "Taken by anyone.")


_NO_CODES: Mapping[str, str] = MappingProxyType({})
_ACCUSED: Mapping[str, Any] = {"party": StanceParty.ACCUSED}
_THIRD: Mapping[str, Any] = {"party": StanceParty.THIRD_PARTY}
_ANY: Mapping[str, Any] = {"party": StanceParty.ANY}
_TITLED: Mapping[str, Any] = {"titled": True}
_UNTITLED: Mapping[str, Any] = {"titled": False}


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
    NO_RESPONSE = (
        "no_response",
        "Asked for comment, the responder did not reply (not a refusal: see declined_to_comment).",
        _NO_CODES,
        _ANY,
    )
    REBUTTAL = (
        "rebuttal",
        "The responder argues that an earlier response, finding or report is wrong.",
        _NO_CODES,
        _ANY,
    )
    CONDITIONAL_APOLOGY = (
        "conditional_apology",
        "Regret 'if anyone was offended' or for the impact, without admitting the act.",
        _NO_CODES,
        _ACCUSED,
    )
    APPEAL = (
        "appeal",
        "The responder appeals or announces an appeal against a ruling or decision.",
        _NO_CODES,
        _ANY,
    )
    RETALIATION = (
        "retaliation",
        "The responder acts against the accuser: expels, suspends cooperation, bans.",
        _NO_CODES,
        _ANY,
    )
    CORRECTION = (
        "correction",
        "An outlet corrects or amends its own report (an editors' note).",
        _NO_CODES,
        _ANY,
    )
    CONCERN = (
        "concern",
        "A third party expresses concern about the allegation or events.",
        _NO_CODES,
        _THIRD,
    )
    CONDEMNATION = (
        "condemnation",
        "A third party condemns the conduct alleged or a party's actions.",
        {"cameo": "111", "plover": "ACCUSE:disapprove"},
        _THIRD,
    )
    CALL_FOR_ACTION = (
        "call_for_action",
        "A party calls on someone to act: investigate, resign, explain (say what in demands).",
        {"cameo": "10", "plover": "REQUEST"},
        _ANY,
    )
    SUPPORT = (
        "support",
        "A party endorses or backs one side: the accuser's claim or the accused's account.",
        {"cameo": "051", "plover": "SUPPORT"},
        _THIRD,
    )
    WELCOME = (
        "welcome",
        "A party welcomes a ruling, finding, decision or step.",
        {"cameo": "051", "plover": "SUPPORT"},
        _ANY,
    )
    INCONCLUSIVE_FINDING = (
        "inconclusive_finding",
        "An investigation or inquiry could not establish what happened.",
        _NO_CODES,
        _THIRD,
    )
    NO_PROSECUTION = (
        "no_prosecution",
        "A prosecutor decides not to prosecute, or closes the case.",
        _NO_CODES,
        _THIRD,
    )
    NO_DISCIPLINARY_ACTION = (
        "no_disciplinary_action",
        "An employer or body decides to take no disciplinary action.",
        _NO_CODES,
        _ANY,
    )
    ACCEPTANCE = (
        "acceptance",
        "The responder accepts a ruling, sanction or apology, whether or not it admits the act.",
        _NO_CODES,
        _ANY,
    )
    REAFFIRMATION = (
        "reaffirmation",
        "An accuser repeats or maintains its accusation in the face of an answer.",
        _NO_CODES,
        _ANY,
    )
    NOTED = (
        "noted",
        "The responder takes note of something without taking a position on it.",
        _NO_CODES,
        _ANY,
    )
    CRITICISM = (
        "criticism",
        "A party criticises a decision, ruling, report or conduct (milder than condemnation).",
        {"cameo": "111", "plover": "ACCUSE:disapprove"},
        _ANY,
    )
    DISAPPOINTMENT = (
        "disappointment",
        "A party says it is disappointed by a decision, ruling or answer.",
        _NO_CODES,
        _ANY,
    )
    CONDOLENCES = (
        "condolences",
        "A party expresses sympathy with victims or their families.",
        {"cameo": "018"},
        _ANY,
    )
    EXPLANATION = (
        "explanation",
        "A body explains its own decision or conduct (why no charges were brought).",
        _NO_CODES,
        _ANY,
    )
    NO_PUBLIC_COMMENT = (
        "no_public_comment",
        "The responder has not commented publicly, and no request for comment is reported.",
        _NO_CODES,
        _ANY,
    )
    SURPRISE = (
        "surprise",
        "A party says it is surprised, shocked or cannot understand a decision or act.",
        _NO_CODES,
        _ANY,
    )
    REFUSAL = (
        "refusal",
        "The responder refuses what it is asked to do (to allow access, to resign).",
        _NO_CODES,
        _ANY,
    )
    EVASION = (
        "evasion",
        "The responder answers around the question without taking a position on it.",
        _NO_CODES,
        _ANY,
    )
    SCEPTICISM = (
        "scepticism",
        "A party doubts an account, a ruling or a finding without rejecting it.",
        _NO_CODES,
        _ANY,
    )
    RESERVES_RIGHTS = (
        "reserves_rights",
        "A party reserves its right to appeal, sue or act later.",
        _NO_CODES,
        _ANY,
    )
    CONSIDERS_CLOSED = (
        "considers_closed",
        "A party says the matter is closed for it.",
        _NO_CODES,
        _ANY,
    )
    EXPECTATION = (
        "expectation",
        "A party says what it expects a body to decide or do, or that a decision was expected.",
        _NO_CODES,
        _ANY,
    )
    WITHDRAWAL = (
        "withdrawal",
        "A party gives up a bid, claim or appeal (whether or not it accepts the ruling).",
        _NO_CODES,
        _ANY,
    )
    DOWNPLAYING = (
        "downplaying",
        "A party plays down a sanction, ruling or allegation without contesting it.",
        _NO_CODES,
        _ANY,
    )
    CONFIRMATION = (
        "confirmation",
        "A party confirms a fact it is asked about or that others reported (a ruling, a date).",
        _NO_CODES,
        _ANY,
    )
    NOT_ESTABLISHED = (
        "not_established",
        "A finding that a point is not established: no intent, no fault, no evidence of the act.",
        _NO_CODES,
        _THIRD,
    )
    OTHER = (
        "other",
        "A stance none of the other terms describes; say what in notes.",
        _NO_CODES,
        _ANY,
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
    SANCTION = ("sanction", "The sanction or penalty: its kind or severity.")
    PROCEDURE = ("procedure", "How the case was handled: its fairness, its rules, its body.")
    OTHER = ("other", "An aspect none of the other terms describes; say what in notes.")


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
    WHATABOUTISM = (
        "whataboutism",
        "Points to wrongs of the accuser or others instead of answering.",
    )
    CLAIMS_FOREIGN_ORCHESTRATION = (
        "claims_foreign_orchestration",
        "Says the accusation is orchestrated from abroad or by foreign powers.",
    )
    REFRAMES = ("reframes", "Recasts what happened in other terms (an 'operation', a 'mistake').")
    CITES_ACHIEVEMENTS = (
        "cites_achievements",
        "Points to the responder's record or good works instead of the charge.",
    )
    CITES_COMPLIANCE_POLICY = (
        "cites_compliance_policy",
        "Points to policies, codes of conduct or audits that forbid the conduct.",
    )
    ATTACKS_WITNESSES = (
        "attacks_witnesses",
        "Discredits witnesses or victims rather than the accuser.",
    )
    NEVER_CONTACTED = (
        "never_contacted",
        "Says the accuser or the press never asked the responder before publishing.",
    )
    TOO_COMPLEX_TO_TRACE = (
        "too_complex_to_trace",
        "Says the chain of events or supply is too complex to know or control.",
    )
    PRESENTS_COUNTER_EVIDENCE = (
        "presents_counter_evidence",
        "Offers evidence of its own (a video, a test, a document) against the allegation.",
    )
    INNOCENT_EXPLANATION = (
        "innocent_explanation",
        "Gives a harmless cause for what happened (contamination, an accident).",
    )
    ATTACKS_ASSESSOR = (
        "attacks_assessor",
        "Discredits the court, inquiry or body that assessed the allegation.",
    )
    WARNS_OF_CONSEQUENCES = (
        "warns_of_consequences",
        "Says acting on the accusation would do harm: a dangerous precedent, lost jobs.",
    )
    REASSURES = (
        "reassures",
        "Says those affected need not worry: services continue, data is safe.",
    )
    INVOKES_PUBLIC_INTEREST = (
        "invokes_public_interest",
        "Says the reporting or the act served the public interest or press freedom.",
    )
    DISPROPORTIONATE = (
        "disproportionate",
        "Says the sanction or charge is excessive, out of proportion to the act.",
    )
    PROCEDURAL_IRREGULARITY = (
        "procedural_irregularity",
        "Says the process was flawed: a quorum, a deadline, the rights of the defence.",
    )
    EXCEEDS_COMPETENCE = (
        "exceeds_competence",
        "Says the body had no power to decide the matter.",
    )
    EVIDENCE_INADMISSIBLE = (
        "evidence_inadmissible",
        "Says evidence was obtained unlawfully, or was wrongly used or excluded.",
    )
    VOUCHES_FOR_EVIDENCE = (
        "vouches_for_evidence",
        "Says the evidence is sound (a third party on the accuser's sources).",
    )
    LEGITIMATE_DEBATE = (
        "legitimate_debate",
        "Says the act was part of a legitimate debate or free speech.",
    )
    PRAISES_CONDUCT = (
        "praises_conduct",
        "Praises the conduct of the accused or its agents (their professionalism).",
    )
    EXCUSES_THIRD_PARTY = (
        "excuses_third_party",
        "Excuses or defends a third party involved rather than the responder.",
    )
    TOO_LENIENT = (
        "too_lenient",
        "Says a sanction, ruling or measure is too light for what was done.",
    )
    INVOKES_RIGHTS = (
        "invokes_rights",
        "Says a measure violates a right (to be elected, to a fair trial, to free speech).",
    )
    OTHER = ("other", "An argument none of the other terms describes; say what in notes.")


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
    BROADCAST = ("broadcast", "Remarks on radio or television, other than an interview.")
    HEARING = ("hearing", "Remarks or testimony at a hearing, trial or inquiry.")
    VIDEO = ("video", "A recorded video or audio message.")
    OTHER = ("other", "A channel none of the other terms describes; say what in notes.")


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
    COMPLAINT = ("complaint", "A complaint, petition or request to a body.")
    INDICTMENT = ("indictment", "A charge sheet, indictment or prosecutor's submission.")
    CONTRACT = (
        "contract",
        "A contract or agreement.",
        {"ftm": "Contract"},
    )
    EMAIL = (
        "email",
        "An email or message.",
        {"ftm": "Email"},
    )
    PHOTO = ("photo", "A photograph or image.")
    DRAFT = ("draft", "A draft text: a draft resolution, decision or law.")
    MOTION = ("motion", "A motion put to a vote, or filed with a court.")
    OTHER = ("other", "A kind none of the other terms describes; say what in notes.")


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
    HEARING = ("hearing", "A court or inquiry hearing took place.")
    TRIAL = ("trial", "A trial took place or opened.")
    VERDICT = ("verdict", "A verdict or ruling was delivered.")
    APPEAL = ("appeal", "An appeal was lodged or heard.")
    VISIT = (
        "visit",
        "An official visit took place.",
        {"cameo": "042", "plover": "CONSULT:visit"},
    )
    PUBLICATION = ("publication", "A report, note or findings were published.")
    PROTEST = (
        "protest",
        "A protest, demonstration or riot took place.",
        {"cameo": "14", "plover": "PROTEST"},
    )
    MEETING = (
        "meeting",
        "A meeting, session or summit took place.",
        {"cameo": "04", "plover": "CONSULT"},
    )
    BOYCOTT = (
        "boycott",
        "A boycott was called or held.",
        {"cameo": "143", "plover": "PROTEST:boycott"},
    )
    HUNGER_STRIKE = (
        "hunger_strike",
        "A hunger strike took place.",
        {"cameo": "142", "plover": "PROTEST:hunger"},
    )
    SANCTIONS_AUTHORISED = (
        "sanctions_authorised",
        "A body authorised or threatened sanctions without yet imposing them.",
        {"cameo": "1312", "plover": "THREATEN:restrict"},
    )
    ELECTION = ("election", "An election or referendum, or one of its rounds.")
    RALLY = ("rally", "A gathering in support of someone or something.")
    BORDER_CROSSING = ("border_crossing", "An attempt to cross a border or fence.")
    BROADCAST = ("broadcast", "Something was broadcast or shown on air.")
    SUSPENSION = ("suspension", "Someone was suspended or stood down from duties.")
    COMPETITION = ("competition", "A match, race or tournament, or a title won in one.")
    STOP = ("stop", "A police stop or check: a traffic stop, an identity check.")
    DEATH = ("death", "Someone died; whether they were killed is for the allegation to say.")
    LEGISLATION = ("legislation", "A bill or law was drafted, tabled, debated or passed.")
    OTHER = ("other", "An event none of the other terms describes; say what in notes.")


class EventRole(Term):
    """The part an actor played in an event."""

    AGENT = ("agent", "The actor who did it.")
    TARGET = ("target", "The actor it was done to.")
    PARTICIPANT = ("participant", "An actor otherwise involved (mediator, witness, host).")
    SPONSOR = ("sponsor", "The actor that proposed or sponsored it (a resolution).")
    VOTED_FOR = ("voted_for", "The actor voted for it.")
    VOTED_AGAINST = ("voted_against", "The actor voted against it.")
    ABSTAINED = ("abstained", "The actor abstained.")
    APPELLANT = ("appellant", "The actor that appealed.")
    ORGANISER = ("organiser", "The actor that organised or called it.")
    REQUESTER = ("requester", "The actor that asked for it (called the vote).")
    PRESENTER = ("presenter", "The actor that introduced or presented it (a draft).")
    OTHER = ("other", "A role none of the other terms describes; say what in notes.")


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
    DIED = (
        "died",
        "People who died, without saying they were killed (in custody, of wounds).",
        {"plover": "dead"},
    )
    VICTIMS = ("victims", "People said to have been harmed, of any kind (say how in who).")
    EVACUATED = ("evacuated", "People evacuated or rescued.")
    CHARGED = ("charged", "People charged or indicted.")
    WITNESSES = ("witnesses", "Witnesses heard or interviewed.")
    SIGNATORIES = ("signatories", "Signatories of a letter, petition or statement.")
    PARTICIPANTS = ("participants", "People taking part (in a protest, a crossing).")
    DEFENDANTS = ("defendants", "People or bodies prosecuted or sued.")
    ACQUITTED = ("acquitted", "People acquitted.")
    COMPLAINTS = ("complaints", "Complaints, challenges or filings lodged (not people).")
    STATEMENTS = ("statements", "Statements, testimonies or versions given (not people).")
    BODIES = ("bodies", "Bodies found or recovered, or graves (say which in who).")
    DECISIONS = ("decisions", "Rulings, orders or decisions issued (not people).")
    COUNTRIES = ("countries", "Countries or states (not people).")
    UNITS = (
        "units",
        "Territorial or organisational units: departments, army divisions (not people).",
    )
    GROUNDS = ("grounds", "Grounds, pleas or arguments raised (twenty grounds of appeal).")
    ACCOUNTS = ("accounts", "Accounts: on social media, or with a bank or a platform (not people).")
    MEMBERS = ("members", "Members of a group or population: its size (10 million Uyghurs).")
    PEOPLE = (
        "people",
        "People no narrower term describes (Twitter users who apologised); words say who.",
    )
    OTHER = ("other", "A figure none of the other terms describes; say what in notes.")


class Qualifier(Term):
    """How a figure is hedged in the source."""

    EXACTLY = ("exactly", "The figure is given as exact.")
    AT_LEAST = ("at_least", "'At least', 'no fewer than': the figure is a lower bound.")
    MORE_THAN = ("more_than", "'More than', 'over': strictly above the figure.")
    AT_MOST = ("at_most", "'As many as', 'up to': the figure is an upper bound.")
    FEWER_THAN = ("fewer_than", "'Fewer than', 'under': strictly below the figure.")
    ABOUT = ("about", "'About', 'some', 'nearly': the figure is approximate.")
    RANGE = ("range", "'Between x and y': give low and high.")


class PlacePrecision(Term):
    """How precisely a place is known (ACLED geo-precision where it applies)."""

    EXACT = ("exact", "A precise point: a building, a village.", {"acled": "1"})
    LOCALITY = ("locality", "A town or its immediate surroundings.", {"acled": "1"})
    DISTRICT = ("district", "A second-level administrative area.", {"acled": "2"})
    REGION = ("region", "A first-level administrative area or wider region.", {"acled": "3"})
    COUNTRY = ("country", "Only the country is known.")
    OTHER = ("other", "A precision none of the other terms describes; say what in notes.")


class Identity(Term):
    """How a report identifies an actor that speaks or acts."""

    NAMED = ("named", "Named in the report.")
    UNNAMED = ("unnamed", "Not named in the report, though identifiable (MINUSMA's spokesperson).")
    ANONYMOUS = ("anonymous", "Speaks on condition of anonymity ('a senior official').")
    PSEUDONYMOUS = ("pseudonymous", "Named with a pseudonym the report says is not the real name.")


class ReportKind(Term):
    """What sort of source a report is; a source without a headline needs no title."""

    titled: bool

    ARTICLE = (
        "article",
        "A news article with a headline (the default).",
        {"ftm": "Article"},
        _TITLED,
    )
    WIRE_STORY = ("wire_story", "A news agency dispatch (AFP, Reuters, AP).", _NO_CODES, _TITLED)
    OPINION = ("opinion", "An opinion piece, column or editorial.", _NO_CODES, _TITLED)
    FACT_CHECK = ("fact_check", "A fact-check of a claim.", _NO_CODES, _TITLED)
    LIVE_BLOG = ("live_blog", "A live page updated through the day.", _NO_CODES, _TITLED)
    BROADCAST = ("broadcast", "A radio or television item.", _NO_CODES, _UNTITLED)
    VIDEO = ("video", "A video published online.", {"ftm": "Video"}, _UNTITLED)
    SOCIAL_MEDIA_POST = (
        "social_media_post",
        "A post on a social media account, read as a source.",
        _NO_CODES,
        _UNTITLED,
    )
    STATEMENT = (
        "statement",
        "An official statement or communique, read as a source.",
        _NO_CODES,
        _UNTITLED,
    )
    PRESS_CONFERENCE = (
        "press_conference",
        "A press conference or briefing, or its transcript.",
        _NO_CODES,
        _UNTITLED,
    )
    EDITORS_NOTE = (
        "editors_note",
        "An outlet's note on its own coverage: a correction, a clarification.",
        _NO_CODES,
        _UNTITLED,
    )
    OFFICIAL_TEXT = (
        "official_text",
        "A law, decree, decision or gazette text, read as a source.",
        _NO_CODES,
        _UNTITLED,
    )
    OTHER = (
        "other",
        "A kind of source none of the other terms describes; say what in notes.",
        _NO_CODES,
        _UNTITLED,
    )


class AuthorRole(Term):
    """The part a person or outlet played in writing a report."""

    AUTHOR = ("author", "Wrote it (a byline).")
    CORRESPONDENT = ("correspondent", "Reported it from the place, as correspondent.")
    CONTRIBUTOR = ("contributor", "Contributed reporting ('additional reporting by').")
    EDITOR = ("editor", "Edited it ('editing by').")
    TRANSLATOR = ("translator", "Translated it.")
    PHOTOGRAPHER = ("photographer", "Took its photographs or video.")
    PRESENTER = ("presenter", "Presented it, on air.")
    AGENCY = ("agency", "A news agency credited for it ('with AFP').")
    OTHER = ("other", "A part none of the other terms describes; say what in notes.")


class ReportRelation(Term):
    """How a report draws on another report or outlet."""

    RELAYS = ("relays", "Reports what the other outlet reported ('told Reuters', 'according to').")
    REPUBLISHES = ("republishes", "Carries the other report's text in full (syndication).")
    TRANSLATES = ("translates", "Translates the other report.")
    CITES = ("cites", "Cites or links to the other report as a source for some facts.")
    FOLLOWS_UP = ("follows_up", "Follows up an earlier report of its own.")
    CORRECTS = ("corrects", "Corrects the other report (an editors' note, a correction).")
    REWORDS = (
        "rewords",
        "Rewrites another text, often by machine, without always saying which.",
    )
    OTHER = ("other", "A relation none of the other terms describes; say what in notes.")


class Access(Term):
    """How the coder, or the reporting, had access to a document."""

    READ_IN_FULL = ("read_in_full", "The coder read the whole document.")
    EXCERPTS = ("excerpts", "Only excerpts were read, as quoted by a report.")
    DESCRIBED = ("described", "Only described by a report, not quoted or read.")
    LEAKED = ("leaked", "Not published; obtained through a leak, as the report says.")
    NOT_PUBLIC = ("not_public", "Not public, and not seen by the coder or the reporting.")
    OTHER = ("other", "Access none of the other terms describes; say what in notes.")


class RoleKind(Term):
    """The kind of position a person or body holds in or for another actor."""

    HEAD = ("head", "Heads it: president, director, chief, chair, head of mission.")
    DEPUTY = ("deputy", "Deputy or second in command.")
    MINISTER = ("minister", "Minister or secretary of state in a government.")
    SPOKESPERSON = ("spokesperson", "Speaks for it officially.")
    LAWYER = ("lawyer", "Represents it in law.")
    AMBASSADOR = ("ambassador", "Represents a state or body abroad or at an organisation.")
    COMMANDER = ("commander", "Commands a force or unit.")
    OFFICIAL = ("official", "Holds an office or post in it, not otherwise listed.")
    MEMBER = ("member", "A member: of a parliament, a party, a team, a board.")
    EMPLOYEE = ("employee", "Works for it.")
    OWNER = ("owner", "Owns it, wholly or partly.")
    CANDIDATE = ("candidate", "Stands for election to it, or in it.")
    JOURNALIST = ("journalist", "Reports, presents or edits for it.")
    EXPERT = ("expert", "An expert working for or consulted by it.")
    OTHER = ("other", "A role none of the other terms describes; say what in notes.")


class RelationKind(Term):
    """A typed tie between two actors, read 'this actor <kind> the other'."""

    MEMBER_OF = (
        "member_of",
        "Is a member of the other (a state of an alliance, a club of a league).",
        {"ftm": "Membership"},
    )
    HEADS = ("heads", "Leads or commands the other.")
    REPRESENTS = (
        "represents",
        "Speaks or acts for the other (a lawyer, an agent, an embassy).",
        {"ftm": "Representation"},
    )
    LINKED_TO = (
        "linked_to",
        "Is said to be linked to the other, without saying how.",
        {"ftm": "UnknownLink"},
    )
    ALLIED_WITH = ("allied_with", "Is an ally or partner of the other.")
    WORKS_WITH = (
        "works_with",
        "Operates jointly with the other (forces working with mercenaries).",
    )
    FUNDED_BY = ("funded_by", "Receives money from the other.")
    SUPPLIES = ("supplies", "Supplies goods or services to the other (a supply chain link).")
    OWNED_BY = (
        "owned_by",
        "Is owned, wholly or partly, by the other.",
        {"ftm": "Ownership"},
    )
    CONTROLLED_BY = ("controlled_by", "Is controlled or directed by the other.")
    EMPLOYED_BY = (
        "employed_by",
        "Works for the other.",
        {"ftm": "Employment"},
    )
    SUCCESSOR_OF = (
        "successor_of",
        "Replaced the other (a renamed or merged body).",
        {"ftm": "Succession"},
    )
    OPPOSES = ("opposes", "Is an opponent or rival of the other.")
    APPOINTED_BY = (
        "appointed_by",
        "Was set up, convened or appointed by the other (a tribunal by a dispute service).",
    )
    FAMILY = (
        "family",
        "Is family of the other; say how in words (wife, nephew).",
        {"ftm": "Family"},
    )
    OTHER = ("other", "A tie none of the other terms describes; say what in notes.")


class ProceedingKind(Term):
    """The kind of process that examines an allegation."""

    CRIMINAL = (
        "criminal",
        "A criminal investigation or prosecution.",
        {"ftm": "CourtCase"},
    )
    CIVIL = (
        "civil",
        "A civil lawsuit between parties.",
        {"ftm": "CourtCase"},
    )
    ADMINISTRATIVE = (
        "administrative",
        "An administrative or regulatory procedure.",
        {"ftm": "CourtCase"},
    )
    ELECTORAL = (
        "electoral",
        "A case before an electoral court or commission.",
        {"ftm": "CourtCase"},
    )
    DISCIPLINARY = ("disciplinary", "Disciplinary proceedings by an employer or governing body.")
    SPORTING = ("sporting", "A sports tribunal or anti-doping procedure.")
    ARBITRATION = ("arbitration", "Arbitration (the Court of Arbitration for Sport).")
    INQUIRY = ("inquiry", "A commission of inquiry, fact-finding mission or investigation.")
    PARLIAMENTARY = ("parliamentary", "A parliamentary inquiry or procedure.")
    UN_MECHANISM = (
        "un_mechanism",
        "A UN or treaty body procedure (a committee's review, a special rapporteur).",
    )
    INTERNAL = ("internal", "An internal investigation by the accused organisation.")
    OTHER = ("other", "A process none of the other terms describes; say what in notes.")


class PartyRole(Term):
    """The part an actor plays in a proceeding."""

    PROSECUTOR = ("prosecutor", "Prosecutes.")
    COMPLAINANT = ("complainant", "Filed the complaint or brought the claim.")
    DEFENDANT = ("defendant", "Is prosecuted, sued or investigated.")
    APPELLANT = ("appellant", "Appeals a ruling.")
    RESPONDENT = ("respondent", "Answers an appeal or a claim.")
    INTERVENER = ("intervener", "Joins the case without being a main party.")
    VICTIM = ("victim", "Takes part as a victim or civil party.")
    WITNESS = ("witness", "Testifies.")
    JUDGE = ("judge", "Decides: a judge, panel member or arbitrator.")
    COUNSEL = ("counsel", "Represents a party: a lawyer or agent.")
    INVESTIGATOR = ("investigator", "Investigates: police, an inquiry, a rapporteur.")
    CLERK = ("clerk", "Records or assists the bench: a clerk, a registrar.")
    EXPERT = ("expert", "Gives expert evidence.")
    AMICUS = ("amicus", "Submits a brief as a friend of the court (amicus curiae).")
    OTHER = ("other", "A part none of the other terms describes; say what in notes.")


class StepKind(Term):
    """A dated step of a proceeding."""

    COMPLAINT = ("complaint", "A complaint, claim or referral was filed.")
    INVESTIGATION = ("investigation", "An investigation was opened.")
    CHARGE = ("charge", "The accused was charged, indicted or placed under formal investigation.")
    CUSTODY = ("custody", "The accused was arrested, held or released from custody.")
    HEARING = ("hearing", "A hearing took place.")
    TRIAL = ("trial", "A trial opened or took place.")
    RULING = ("ruling", "A court, tribunal or body ruled (give outcome and sanctions).")
    APPEAL = ("appeal", "An appeal was lodged against a ruling (name it in of).")
    SETTLEMENT = ("settlement", "The parties settled or agreed a case resolution.")
    OFFER = ("offer", "A party offered terms: to settle, or to drop a claim for a donation.")
    STAY = ("stay", "A proceeding or a decision was stayed, paused or stalled.")
    JUDICIAL_REVIEW = (
        "judicial_review",
        "A court was asked to review, or reviewed, the lawfulness of a decision.",
    )
    WITHDRAWAL = ("withdrawal", "A complaint or appeal was withdrawn.")
    DISMISSAL = ("dismissal", "Charges were dropped or the case was closed without a ruling.")
    SUBMISSION = (
        "submission",
        "A party's request or submission: a prosecutor's requested sentence, damages claimed.",
    )
    REFERRAL = ("referral", "The case was referred or sent to another court or body.")
    MOTION = (
        "motion",
        "A party's motion or application to the court: to dismiss, for leave, for a stay.",
    )
    DRAFT_DECISION = ("draft_decision", "A draft or provisional decision, before the final one.")
    PRECAUTIONARY_MEASURE = (
        "precautionary_measure",
        "Interim measures before judgment: house arrest, a ban, a freeze (misure cautelari).",
    )
    ORDER = ("order", "A procedural decision or order: to prioritise, join cases, recount.")
    NOTIFICATION = ("notification", "A party was notified (of a charge, a positive test).")
    REASONED_DECISION = (
        "reasoned_decision",
        "The written reasons of a decision were published after it.",
    )
    TEST = ("test", "A test or analysis for the case (a B sample, a forensic examination).")
    SEARCH = ("search", "A search of a person, a vehicle or premises, or a seizure.")
    AMENDMENT = ("amendment", "A complaint or claim was amended: parties or claims added.")
    OTHER = ("other", "A step none of the other terms describes; say what in notes.")


class Outcome(Term):
    """What a ruling or appeal decided."""

    CONVICTED = ("convicted", "Found guilty.")
    ACQUITTED = ("acquitted", "Found not guilty.")
    LIABLE = ("liable", "Found liable or in breach (a civil or disciplinary case).")
    NOT_LIABLE = ("not_liable", "Found not liable, or no fault.")
    UPHELD = ("upheld", "The ruling appealed was upheld.")
    REDUCED = ("reduced", "The sanction appealed was reduced.")
    INCREASED = ("increased", "The sanction appealed was increased.")
    OVERTURNED = ("overturned", "The ruling appealed was overturned.")
    REMITTED = ("remitted", "The case was sent back for a new ruling.")
    DISMISSED = ("dismissed", "The claim, complaint or appeal was dismissed or ruled inadmissible.")
    PARTLY_UPHELD = ("partly_upheld", "The claim or appeal succeeded in part.")
    SETTLED = ("settled", "Resolved by agreement.")
    INCONCLUSIVE = ("inconclusive", "The body could not decide what happened.")
    GRANTED = ("granted", "A motion, application or request was granted.")
    REFUSED = ("refused", "A motion, application or request was refused.")
    ANNULLED = ("annulled", "An election, act or decision was annulled.")
    OTHER = ("other", "An outcome none of the other terms describes; say what in notes.")


class StandardOfProof(Term):
    """The standard a ruling applied to the facts."""

    BEYOND_REASONABLE_DOUBT = ("beyond_reasonable_doubt", "Beyond reasonable doubt (criminal).")
    COMFORTABLE_SATISFACTION = (
        "comfortable_satisfaction",
        "To the comfortable satisfaction of the panel (sports law).",
    )
    BALANCE_OF_PROBABILITIES = (
        "balance_of_probabilities",
        "On the balance of probabilities (civil).",
    )
    REASONABLE_GROUNDS = (
        "reasonable_grounds",
        "Reasonable grounds to believe (fact-finding and UN bodies).",
    )
    SUFFICIENT_SUSPICION = (
        "sufficient_suspicion",
        "Enough suspicion to charge (hinreichender Tatverdacht), short of proof.",
    )
    OTHER = ("other", "A standard none of the other terms describes; say what in notes.")


class SanctionKind(Term):
    """A penalty, order or award."""

    IMPRISONMENT = ("imprisonment", "A prison sentence (give its suspended part in suspended).")
    HOUSE_ARREST = ("house_arrest", "House arrest or detention at home.")
    ELECTRONIC_MONITORING = ("electronic_monitoring", "Serving a sentence under electronic tag.")
    FINE = ("fine", "A fine.")
    DAMAGES = ("damages", "Damages or compensation to a party.")
    BAN = ("ban", "A ban from competing, practising or holding office.")
    SUSPENSION = ("suspension", "A suspension from duties or membership.")
    INELIGIBILITY = ("ineligibility", "Ineligibility to stand for election.")
    DISQUALIFICATION = ("disqualification", "Loss of results, titles or prizes.")
    RESTRAINING_ORDER = ("restraining_order", "An order to keep away from someone (give distance).")
    COMMUNITY_SERVICE = ("community_service", "Unpaid community work.")
    FORFEITURE = ("forfeiture", "Confiscation of money or property.")
    DISMISSAL = ("dismissal", "Dismissal from a post.")
    WARNING = ("warning", "A warning or reprimand.")
    SUPERVISION = (
        "supervision",
        "Placed under supervision or monitoring (an executive sent to supervise a programme).",
    )
    ASSET_FREEZE = (
        "asset_freeze",
        "A freeze of assets (a sanctions listing).",
        {"ftm": "Sanction"},
    )
    TRAVEL_BAN = (
        "travel_ban",
        "A ban on entering a country or region.",
        {"ftm": "Sanction"},
    )
    ORDER = ("order", "An order to do or stop something (to suspend data transfers).")
    INJUNCTION = (
        "injunction",
        "A court order forbidding a publication or act, provisional or final.",
    )
    COSTS = ("costs", "Legal costs a party is ordered to pay.")
    OTHER = ("other", "A sanction none of the other terms describes; say what in notes.")


class Hedge(Term):
    """How certain the source is: of an allegation, a legal qualification or a figure."""

    STATED = ("stated", "Stated as fact.")
    LIKELY = ("likely", "'Likely', 'probably', 'reasonable grounds to believe'.")
    POSSIBLE = ("possible", "'May', 'may amount to', 'could be'.")
    SUSPECTED = ("suspected", "'Suspected', 'believed to'.")
    UNCONFIRMED = ("unconfirmed", "'Unconfirmed', 'could not be verified'.")
    EXTENT_UNKNOWN = (
        "extent_unknown",
        "That it happened is stated, its extent is not established.",
    )
    UNSOURCED = ("unsourced", "Given without saying where it comes from.")
    OTHER = ("other", "A hedge none of the other terms describes; say what in notes.")


class LegalQualification(Term):
    """A legal name for conduct, as a source gives it."""

    WAR_CRIME = ("war_crime", "A war crime.")
    CRIME_AGAINST_HUMANITY = ("crime_against_humanity", "A crime against humanity.")
    GENOCIDE = ("genocide", "Genocide.")
    VIOLATION_OF_IHL = (
        "violation_of_ihl",
        "A violation of international humanitarian law.",
    )
    HUMAN_RIGHTS_VIOLATION = ("human_rights_violation", "A violation of human rights law.")
    CRIMINAL_OFFENCE = ("criminal_offence", "An offence under national criminal law (name it).")
    CIVIL_WRONG = ("civil_wrong", "A civil wrong: negligence, unjust enrichment, breach.")
    ANTI_DOPING_RULE_VIOLATION = (
        "anti_doping_rule_violation",
        "An anti-doping rule violation under the World Anti-Doping Code.",
    )
    ELECTORAL_OFFENCE = ("electoral_offence", "An offence under electoral law.")
    DISCIPLINARY_BREACH = ("disciplinary_breach", "A breach of a code of conduct or rules.")
    ADMINISTRATIVE_INFRINGEMENT = (
        "administrative_infringement",
        "A breach of administrative or regulatory law (data protection, competition).",
    )
    OTHER = ("other", "A qualification none of the other terms describes; say what in notes.")


class Unit(Term):
    """A unit of measure for quantities other than money (money takes a currency)."""

    KILOMETRE = ("km", "Kilometres.")
    METRE = ("m", "Metres.")
    KILOGRAM = ("kg", "Kilograms.")
    TONNE = ("t", "Tonnes.")
    HECTARE = ("ha", "Hectares.")
    PERCENT = ("percent", "Per cent.")
    PAGE = ("page", "Pages.")
    DOSE = ("dose", "Doses, of a substance in a sample (give the concentration in notes).")
    NANOGRAM_PER_MILLILITRE = ("ng_per_ml", "Nanograms per millilitre (a concentration).")
    ITEM = ("item", "Items counted, named in notes (weapons, vehicles, shipments).")
    MATCH = ("match", "Matches or games (a seven-match ban).")
    POINT = ("point", "Points (ranking points, penalty points).")
    OTHER = ("other", "A unit none of the other terms describes; say what in notes.")


class Demand(Term):
    """What a call for action asks for."""

    INVESTIGATE = ("investigate", "Investigate, or allow an investigation.")
    PROSECUTE = ("prosecute", "Prosecute or punish those responsible.")
    RESIGN = (
        "resign",
        "Resign or be dismissed.",
        {"cameo": "1041", "plover": "REQUEST:change"},
    )
    EXPLAIN = ("explain", "Explain, disclose or respond.")
    APOLOGISE = ("apologise", "Apologise.")
    CEASE = ("cease", "Stop the conduct: a ceasefire, an end to abuse.")
    RELEASE = (
        "release",
        "Release people detained.",
        {"cameo": "1053", "plover": "REQUEST:yield"},
    )
    COMPENSATE = ("compensate", "Compensate or give reparation.")
    ALLOW_ACCESS = ("allow_access", "Allow access to a place, people or information.")
    RESTRAINT = ("restraint", "Show restraint or calm.")
    SANCTION = ("sanction", "Impose sanctions or penalties.")
    REFORM = ("reform", "Change laws, policies or practices.")
    WITHHOLD = ("withhold", "Not publish or release something (a report).")
    COMPLY = ("comply", "Carry out recommendations, a ruling or obligations.")
    DEBATE = ("debate", "Take up a matter: hold a debate, open a discussion.")
    RESPECT = ("respect", "Respect an institution, a right or a decision (a court's independence).")
    RECONSIDER = ("reconsider", "Reconsider or reverse a decision.")
    ACQUIT = ("acquit", "Find the accused not guilty, not liable or without fault.")
    ACCOUNTABILITY = (
        "accountability",
        "Justice or accountability, without saying how ('justice for Daniel').",
    )
    DETAIN = ("detain", "Detain someone or keep them detained (pre-trial detention, custody).")
    TRIAL = ("trial", "Hold a trial, or a trial of a given kind (a jury trial).")
    OTHER = ("other", "A demand none of the other terms describes; say what in notes.")


class SanctionStatus(Term):
    """Where a sanction stands."""

    PENDING = ("pending", "Imposed but not yet enforceable (an appeal is pending).")
    ENFORCEABLE = ("enforceable", "Enforceable: to be served or paid.")
    SUSPENDED = ("suspended", "Suspended, conditionally or during an appeal.")
    SERVING = ("serving", "Being served.")
    SERVED = ("served", "Served or paid in full.")
    LIFTED = ("lifted", "Lifted, cancelled or annulled.")
    PROVIDED = (
        "provided",
        "Not imposed: the sanction the rules provide for such a breach (a tariff, a standard).",
    )
    OTHER = ("other", "A state none of the other terms describes; say what in notes.")


class Involvement(Term):
    """An accused's part in an act."""

    PERPETRATOR = ("perpetrator", "Did it.")
    ORDERED = ("ordered", "Ordered or instigated it.")
    AIDED = ("aided", "Aided and abetted or facilitated it.")
    COMMAND_RESPONSIBILITY = (
        "command_responsibility",
        "Failed, as a superior, to prevent or punish it.",
    )
    BENEFITED = ("benefited", "Profited from it knowingly (a buyer in a supply chain).")
    OTHER = ("other", "A part none of the other terms describes; say what in notes.")


class VoteChoice(Term):
    """How a member voted."""

    FOR = ("for", "Voted for.")
    AGAINST = ("against", "Voted against.")
    ABSTAINED = ("abstained", "Abstained.")
    ABSENT = ("absent", "Absent or did not vote.")


class Benchmark(Term):
    """How a sanction stands against the tariff of the rule applied."""

    MINIMUM = ("minimum", "The least the rule allows.")
    STANDARD = ("standard", "The standard or usual sanction for the breach.")
    MAXIMUM = ("maximum", "The most the rule allows.")
    REDUCED = ("reduced", "Below the standard, for mitigating circumstances.")
    INCREASED = ("increased", "Above the standard, for aggravating circumstances.")
    RECORD = ("record", "The heaviest of its kind to date (the largest fine under a law).")
    OTHER = ("other", "A standing none of the other terms describes; say what in notes.")


class TimeRelation(Term):
    """How a time stands to the record it is measured from."""

    AFTER = ("after", "After it ('two hours later', 'after the ruling').")
    BEFORE = ("before", "Before it ('the week before', 'two months before the election').")
    DURING = ("during", "While it lasted, or on the same day ('during the match').")


class MistakeKind(Term):
    """What is wrong in a report, as another source or the coder can show."""

    WRONG_NAME = ("wrong_name", "A person, body or thing is misnamed or given a wrong title.")
    WRONG_ATTRIBUTION = (
        "wrong_attribution",
        "Something is attributed to the wrong actor (a verdict to 'a US court').",
    )
    WRONG_FACT = ("wrong_fact", "A date, figure, place or fact is wrong.")
    WRONG_IMAGE = ("wrong_image", "A picture or video shows something else than it says.")
    SELF_CONTRADICTION = (
        "self_contradiction",
        "The report contradicts itself (an opening its body refutes).",
    )
    OVERSTATEMENT = (
        "overstatement",
        "The report says more than its sources do (a finding called a verdict).",
    )
    GARBLED = ("garbled", "Words are garbled by a machine rewording or translation.")
    CONFUSION = ("confusion", "The report mixes up two cases, people or events.")
    OTHER = ("other", "A mistake none of the other terms describes; say what in notes.")


class TraitKind(Term):
    """What a trait of an actor says about it.

    Record a trait only as a source gives it, naming that source: a trait is
    a claim about the actor, often one that other sources withhold.
    """

    ETHNICITY = ("ethnicity", "Ethnic background, descent or race, as a source gives it.")
    RELIGION = ("religion", "Religion or belief.")
    NATIONALITY = ("nationality", "Nationality or citizenship.")
    OCCUPATION = ("occupation", "Occupation or what the actor does (a rock band, a farmer).")
    AFFILIATION = (
        "affiliation",
        "Political affiliation, or its absence ('parteilos', independent).",
    )
    IDEOLOGY = ("ideology", "A political leaning sources ascribe (far-right, pro-Russian).")
    CONDITION = (
        "condition",
        "Social or economic condition (poor, homeless, informal workers).",
    )
    HEALTH = ("health", "State of health at the time (a mental health crisis).")
    LEGAL_STATUS = ("legal_status", "Legal status (under judicial control, on parole).")
    DISTINCTION = ("distinction", "A title, award or achievement (a World Cup winner).")
    OTHER = ("other", "A trait none of the other terms describes; say what in notes.")


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
            ReportKind,
            AuthorRole,
            ReportRelation,
            Access,
            RoleKind,
            RelationKind,
            ProceedingKind,
            PartyRole,
            StepKind,
            Outcome,
            StandardOfProof,
            SanctionKind,
            Hedge,
            LegalQualification,
            Unit,
            Demand,
            SanctionStatus,
            Involvement,
            VoteChoice,
            Benchmark,
            TimeRelation,
            MistakeKind,
            TraitKind,
        )
    }
)


#: Words coders write for a term when they do not know its value: inflections, synonyms
#: and the phrases of reporting ("rejected" for a denial).  Read by the "did you mean"
#: of an unknown term (:mod:`newsmodel.suggestions`), which suggests by meaning before
#: spelling, so that a near spelling of the opposite term ("rejection" and "retraction")
#: is never proposed.  Lower case; several words are matched together.
SYNONYMS: Mapping[type[Term], Mapping[str, tuple[str, ...]]] = MappingProxyType(
    {
        Stance: {
            "denial": ("reject", "rejection", "deny", "refute", "refutation", "dismiss"),
            "partial_denial": ("partly deny", "partially deny"),
            "denial_of_responsibility": ("not responsible", "deny responsibility", "blame"),
            "acknowledgment": ("admit", "admission", "acknowledge"),
            "acceptance": ("accept", "accepted", "comply"),
            "reaffirmation": ("reaffirm", "maintain", "reiterate", "stand by"),
            "noted": ("take note", "took note"),
            "apology": ("apologise", "apologize", "regret", "sorry"),
            "conditional_apology": ("if offended", "non-apology"),
            "declined_to_comment": ("no comment", "decline", "refuse comment"),
            "no_response": ("not respond", "no reply", "unanswered", "silence", "ignore"),
            "not_addressed": ("not address", "silent on", "omit"),
            "counter_accusation": ("counter accuse", "accuse back"),
            "legal_action": ("sue", "lawsuit", "legal threat"),
            "retraction": ("retract", "withdraw statement", "take back"),
            "rebuttal": ("rebut", "counter", "dispute"),
            "condemnation": ("condemn", "denounce", "deplore"),
            "criticism": ("criticise", "criticize", "critical"),
            "disappointment": ("disappointed", "regrettable"),
            "surprise": ("surprised", "shocked", "astonished", "incomprehension"),
            "condolences": ("sympathy", "thoughts and prayers", "mourn"),
            "concern": ("concerned", "worry", "alarm", "troubled"),
            "call_for_action": ("call for", "urge", "demand"),
            "support": ("endorse", "back", "defend", "praise", "solidarity"),
            "welcome": ("welcomed", "hail", "applaud", "salute", "congratulate"),
            "appeal": ("appealed", "lodge appeal", "challenge ruling"),
            "correction": ("correct", "erratum", "editors note", "clarification"),
            "retaliation": ("retaliate", "reprisal", "expel", "suspend cooperation"),
            "corroboration": ("corroborate", "confirm allegation", "back up"),
            "contradiction": ("contradict",),
            "investigation_pledged": ("investigate", "probe", "inquiry"),
            "justification": ("justify", "self-defence", "self-defense", "necessary"),
        },
        Conduct: {
            "unlawful_killing": ("killing", "murder", "kill", "homicide", "execution"),
            "sexual_violence": ("rape", "sexual assault"),
            "sexual_harassment": ("harassment", "harass", "groping"),
            "sexual_misconduct": ("non-consensual kiss", "unwanted kiss"),
            "corruption": ("bribery", "bribe", "kickback", "embezzlement"),
            "fraud": ("cheat", "scam", "deception"),
            "coercion": ("coerce", "pressure", "intimidation", "intimidate", "threats"),
            "excessive_force": ("brutality", "police violence", "beating"),
            "false_statement": ("lie", "lying", "false report", "perjury"),
            "obstruction_of_investigation": ("obstruct", "hamper inquiry"),
            "cover_up": ("cover-up", "hide", "conceal", "hush"),
            "doping": ("doped", "prohibited substance", "positive test"),
            "labour_exploitation": ("forced labour", "child labour", "sweatshop"),
            "torture": ("ill-treatment", "mistreatment"),
            "arbitrary_detention": ("unlawful detention", "detain"),
            "defamation": ("libel", "slander", "smear"),
        },
        ActorKind: {
            "government_body": ("ministry", "department", "agency", "office"),
            "security_forces": ("army", "police", "military", "gendarmerie", "soldiers"),
            "non_state_armed_group": ("militia", "rebels", "insurgents", "jihadists"),
            "court": ("tribunal", "judge", "bench"),
            "media_outlet": ("newspaper", "broadcaster", "news agency", "magazine", "press"),
            "company": ("business", "firm", "corporation", "brand", "retailer"),
            "civilian_institution": ("hospital", "school", "university", "clinic"),
            "sports_club": ("club", "team"),
            "sports_federation": ("federation", "league", "association"),
            "intergovernmental_organization": ("united nations", "international organisation"),
            "group_of_people": ("victims", "protesters", "residents", "people"),
            "law_firm": ("lawyers", "attorneys"),
        },
        Channel: {
            "social_media_post": ("tweet", "post", "x", "facebook", "instagram", "telegram"),
            "press_conference": ("briefing", "news conference"),
            "interview": ("told", "spoke to"),
            "statement": ("communique", "communiqué"),
        },
        DocumentKind: {
            "social_media_post": ("tweet", "post"),
            "ruling": ("judgment", "judgement", "verdict", "decision"),
            "report": ("study", "note", "findings"),
        },
        EventKind: {
            "arrest": ("detention", "detained", "custody"),
            "protest": ("demonstration", "riot", "march"),
            "verdict": ("judgment", "judgement", "sentence", "ruling"),
            "attack": ("strike", "shooting", "bombing", "raid", "assault"),
            "meeting": ("session", "summit", "talks"),
        },
        Tactic: {
            "alleges_bias": ("biased", "partial", "prejudice"),
            "disputes_evidence": ("no proof", "no evidence", "unfounded", "baseless"),
            "whataboutism": ("what about", "hypocrisy", "double standard"),
            "shifts_blame": ("blame", "scapegoat"),
            "claims_foreign_orchestration": ("foreign plot", "orchestrated", "conspiracy"),
        },
    }
)
