"""The material generated data is made of: countries, places, organizations, words.

Real country codes and places, actors named as reports name them, the
phrases reports use for conduct, arguments and events.  Everything the
other modules draw is drawn from here, so generated data reads like coded
news reporting rather than noise.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping

from newsmodel.vocab import (
    ActorKind,
    AllegationCategory,
    Conduct,
    EventKind,
    Identity,
    MistakeKind,
    Tactic,
    TraitKind,
)

#: Countries that reporting about accusations often concerns: code, name, whether
#: the name takes "the".
_COUNTRIES: tuple[tuple[str, str, bool], ...] = (
    ("ML", "Mali", False),
    ("BF", "Burkina Faso", False),
    ("NE", "Niger", False),
    ("NG", "Nigeria", False),
    ("SD", "Sudan", False),
    ("SS", "South Sudan", False),
    ("ET", "Ethiopia", False),
    ("SO", "Somalia", False),
    ("CD", "Democratic Republic of the Congo", True),
    ("CF", "Central African Republic", True),
    ("LY", "Libya", False),
    ("SY", "Syria", False),
    ("IQ", "Iraq", False),
    ("YE", "Yemen", False),
    ("AF", "Afghanistan", False),
    ("MM", "Myanmar", False),
    ("UA", "Ukraine", False),
    ("CI", "Côte d'Ivoire", False),
    ("CO", "Colombia", False),
    ("MX", "Mexico", False),
    ("PH", "Philippines", True),
    ("BD", "Bangladesh", False),
    ("CM", "Cameroon", False),
    ("MZ", "Mozambique", False),
    ("HT", "Haiti", False),
    ("NO", "Norway", False),
)
#: Other states that accuse, withdraw or sanction.
_OTHER_STATES: tuple[tuple[str, str, bool], ...] = (
    ("FR", "France", False),
    ("US", "United States", True),
    ("GB", "United Kingdom", True),
    ("RU", "Russia", False),
    ("DE", "Germany", False),
    ("CH", "Switzerland", False),
)

#: Places by country: name, first-level area, latitude, longitude (approximate).
_PLACES: Mapping[str, tuple[tuple[str, str, float, float], ...]] = {
    "ML": (
        ("Moura", "Mopti", 14.2386, -4.6111),
        ("Hombori", "Mopti", 15.2833, -1.7),
        ("Bamako", "Bamako", 12.6392, -8.0029),
        ("Gao", "Gao", 16.2717, -0.0447),
        ("Ségou", "Ségou", 13.4317, -6.2157),
    ),
    "BF": (("Djibo", "Sahel", 14.1022, -1.6306), ("Ouagadougou", "Centre", 12.3714, -1.5197)),
    "NE": (("Tillabéri", "Tillabéri", 14.2117, 1.4531), ("Niamey", "Niamey", 13.5116, 2.1254)),
    "NG": (("Maiduguri", "Borno", 11.8311, 13.151), ("Zaria", "Kaduna", 11.0855, 7.7199)),
    "SD": (
        ("El Fasher", "North Darfur", 13.6279, 25.3494),
        ("El Geneina", "West Darfur", 13.4525, 22.4472),
        ("Khartoum", "Khartoum", 15.5007, 32.5599),
    ),
    "SS": (
        ("Malakal", "Upper Nile", 9.5334, 31.6605),
        ("Juba", "Central Equatoria", 4.8594, 31.5713),
    ),
    "ET": (("Mekelle", "Tigray", 13.4967, 39.4753), ("Axum", "Tigray", 14.1211, 38.7234)),
    "SO": (("Mogadishu", "Banaadir", 2.0469, 45.3182), ("Kismayo", "Lower Juba", -0.3582, 42.5454)),
    "CD": (
        ("Goma", "North Kivu", -1.6792, 29.2228),
        ("Bunia", "Ituri", 1.5594, 30.2522),
        ("Beni", "North Kivu", 0.4911, 29.4731),
    ),
    "CF": (("Bambari", "Ouaka", 5.762, 20.6672), ("Bangui", "Bangui", 4.3947, 18.5582)),
    "LY": (("Tarhuna", "Tarhuna", 32.435, 13.6332), ("Tripoli", "Tripoli", 32.8872, 13.1913)),
    "SY": (("Aleppo", "Aleppo", 36.2021, 37.1343), ("Idlib", "Idlib", 35.9306, 36.6339)),
    "IQ": (("Mosul", "Nineveh", 36.34, 43.13), ("Fallujah", "Anbar", 33.35, 43.7833)),
    "YE": (
        ("Taiz", "Taiz", 13.5795, 44.0209),
        ("Hodeidah", "Al Hudaydah", 14.7978, 42.9545),
        ("Sana'a", "Amanat Al Asimah", 15.3694, 44.191),
    ),
    "AF": (("Kunduz", "Kunduz", 36.728, 68.8681), ("Kabul", "Kabul", 34.5553, 69.2075)),
    "MM": (("Sittwe", "Rakhine", 20.1461, 92.8983), ("Mandalay", "Mandalay", 21.9588, 96.0891)),
    "UA": (
        ("Bucha", "Kyiv Oblast", 50.5436, 30.2122),
        ("Mariupol", "Donetsk Oblast", 47.0971, 37.5434),
        ("Kharkiv", "Kharkiv Oblast", 49.9935, 36.2304),
    ),
    "CI": (("Abidjan", "Abidjan", 5.36, -4.0083),),
    "CO": (("Cali", "Valle del Cauca", 3.4516, -76.532),),
    "MX": (("Iguala", "Guerrero", 18.3448, -99.5397),),
    "PH": (("Marawi", "Lanao del Sur", 7.9986, 124.2928),),
    "BD": (("Cox's Bazar", "Chattogram", 21.4272, 92.0058),),
    "CM": (("Bamenda", "North-West", 5.9631, 10.1591),),
    "MZ": (("Palma", "Cabo Delgado", -10.7747, 40.4747),),
    "HT": (("Port-au-Prince", "Ouest", 18.5944, -72.3074),),
    "NO": (("Oslo", "Oslo", 59.9139, 10.7522),),
}

#: Armed groups by the country they operate in.
_ARMED_GROUPS: Mapping[str, tuple[str, ...]] = {
    "ML": ("Jama'at Nusrat al-Islam wal-Muslimin", "Islamic State in the Greater Sahara"),
    "BF": ("Jama'at Nusrat al-Islam wal-Muslimin", "Ansarul Islam"),
    "NE": ("Islamic State in the Greater Sahara",),
    "NG": ("Boko Haram", "Islamic State West Africa Province"),
    "SD": ("Rapid Support Forces",),
    "CD": ("M23", "Allied Democratic Forces", "CODECO"),
    "SO": ("Al-Shabaab",),
    "YE": ("Ansar Allah",),
    "MM": ("Arakan Army",),
    "SY": ("Hayat Tahrir al-Sham",),
    "AF": ("Islamic State Khorasan Province",),
    "CO": ("Clan del Golfo",),
    "MZ": ("Ansar al-Sunna",),
    "CM": ("Ambazonia Defence Forces",),
    "CF": ("Union for Peace in the Central African Republic",),
    "ET": ("Tigray Defense Forces",),
}

#: UN peacekeeping and political missions by host country: acronym, full name.
_MISSIONS: Mapping[str, tuple[str, str]] = {
    "ML": ("MINUSMA", "United Nations Multidimensional Integrated Stabilization Mission in Mali"),
    "CD": ("MONUSCO", "United Nations Organization Stabilization Mission in the DR Congo"),
    "CF": ("MINUSCA", "United Nations Multidimensional Integrated Stabilization Mission in CAR"),
    "SS": ("UNMISS", "United Nations Mission in South Sudan"),
    "LY": ("UNSMIL", "United Nations Support Mission in Libya"),
    "AF": ("UNAMA", "United Nations Assistance Mission in Afghanistan"),
    "SO": ("UNSOM", "United Nations Assistance Mission in Somalia"),
    "IQ": ("UNAMI", "United Nations Assistance Mission for Iraq"),
}

#: Organizations that accuse: name, alias, kind, country.
_ACCUSERS: tuple[tuple[str, str | None, ActorKind, str | None], ...] = (
    ("United Nations", "UN", ActorKind.INTERGOVERNMENTAL_ORGANIZATION, None),
    ("Amnesty International", None, ActorKind.NGO, "GB"),
    ("Human Rights Watch", "HRW", ActorKind.NGO, "US"),
    ("African Union", "AU", ActorKind.INTERGOVERNMENTAL_ORGANIZATION, None),
    (
        "Economic Community of West African States",
        "ECOWAS",
        ActorKind.INTERGOVERNMENTAL_ORGANIZATION,
        None,
    ),
    ("International Criminal Court", "ICC", ActorKind.JUDICIARY, None),
    ("Médecins Sans Frontières", "MSF", ActorKind.NGO, "CH"),
    ("a number of countries", None, ActorKind.UNSPECIFIED_COLLECTIVE, None),
    ("Western governments", None, ActorKind.UNSPECIFIED_COLLECTIVE, None),
)

#: News outlets: name, country, domain, language of their reports.
_OUTLETS: tuple[tuple[str, str, str, str], ...] = (
    ("Voice of America", "US", "www.voanews.com", "en"),
    ("Reuters", "GB", "www.reuters.com", "en"),
    ("Agence France-Presse", "FR", "www.afp.com", "fr"),
    ("The Associated Press", "US", "apnews.com", "en"),
    ("BBC News", "GB", "www.bbc.com", "en"),
    ("Radio France Internationale", "FR", "www.rfi.fr", "fr"),
    ("Deutsche Welle", "DE", "www.dw.com", "en"),
    ("NRK", "NO", "www.nrk.no", "no"),
    ("Le Monde", "FR", "www.lemonde.fr", "fr-FR"),
    ("The New York Times", "US", "www.nytimes.com", "en"),
)
#: The instrument codes (RIC) of outlets whose company is listed.
_LISTED: Mapping[str, str] = {"The New York Times": "NYT.N"}

_PMCS = (("Wagner Group", "RU"), ("Africa Corps", "RU"))
_FIRST_NAMES = (
    "Amadou", "Fatoumata", "Ibrahim", "Aïssata", "Moussa", "Mariam", "Olivier", "Hélène",
    "Sergei", "Olga", "Grace", "Ahmed", "Leila", "Juan", "María", "Kwame", "Ngozi", "Thandiwe",
)  # fmt: skip
_LAST_NAMES = (
    "Traoré", "Diallo", "Coulibaly", "Keïta", "Ouédraogo", "Sawadogo", "Mensah", "Okafor",
    "Haddad", "Rahman", "Petrov", "Dubois", "Martin", "García", "Mwangi", "Hassan", "Nguyen",
)  # fmt: skip
_UNNAMED_PEOPLE = (
    ("a senior military official", Identity.ANONYMOUS),
    ("a local official", Identity.ANONYMOUS),
    ("a witness", Identity.ANONYMOUS),
    ("the mission's spokesperson", Identity.UNNAMED),
)

#: How reports phrase each kind of conduct, and the categories it falls under.
_CONDUCT: Mapping[Conduct, tuple[str, tuple[AllegationCategory, ...]]] = {
    Conduct.UNLAWFUL_KILLING: ("killing civilians", (AllegationCategory.HUMAN_RIGHTS_ABUSE,)),
    Conduct.MASSACRE: (
        "a massacre",
        (AllegationCategory.WAR_CRIMES, AllegationCategory.HUMAN_RIGHTS_ABUSE),
    ),
    Conduct.TORTURE: ("torturing detainees", (AllegationCategory.HUMAN_RIGHTS_ABUSE,)),
    Conduct.ARBITRARY_DETENTION: ("arbitrary arrests", (AllegationCategory.HUMAN_RIGHTS_ABUSE,)),
    Conduct.ENFORCED_DISAPPEARANCE: (
        "enforced disappearances",
        (AllegationCategory.HUMAN_RIGHTS_ABUSE,),
    ),
    Conduct.SEXUAL_VIOLENCE: ("sexual violence", (AllegationCategory.WAR_CRIMES,)),
    Conduct.FORCED_DISPLACEMENT: ("forcing residents from their homes", ()),
    Conduct.DESTRUCTION_OF_PROPERTY: (
        "burning homes and looting shops",
        (AllegationCategory.WAR_CRIMES,),
    ),
    Conduct.USE_OF_MERCENARIES: (
        "working with foreign mercenaries",
        (AllegationCategory.ESPIONAGE_OR_TREASON,),
    ),
    Conduct.OBSTRUCTION_OF_INVESTIGATION: ("blocking investigators' access", ()),
    Conduct.CORRUPTION: ("embezzling public funds", (AllegationCategory.CRIME_OR_CORRUPTION,)),
    Conduct.FRAUD: ("fraud", (AllegationCategory.CRIME_OR_CORRUPTION,)),
    Conduct.DISINFORMATION: ("spreading disinformation", ()),
    Conduct.SERIOUS_VIOLATIONS: (
        "serious violations of human rights",
        (AllegationCategory.HUMAN_RIGHTS_ABUSE,),
    ),
    Conduct.BREACH_OF_DUTY: ("breaching the duties of office", ()),
}

#: Words that responses use, by tactic.
_WORDS: Mapping[Tactic, tuple[str, ...]] = {
    Tactic.DISPUTES_EVIDENCE: ("without tangible proof", "based on unverified claims"),
    Tactic.ALLEGES_BIAS: ("biased", "one-sided"),
    Tactic.QUESTIONS_MOTIVE: ("to tarnish the image of our armed forces", "a smear campaign"),
    Tactic.SOURCES_COERCED: ("under the threat of terrorist groups", "obtained under duress"),
    Tactic.SHIFTS_BLAME: ("the work of terrorist groups", "carried out by armed bandits"),
    Tactic.CITES_OWN_INVESTIGATION: ("our own inquiry found no wrongdoing",),
    Tactic.INVOKES_SOVEREIGNTY: ("interference in our internal affairs",),
    Tactic.CLAIMS_LAWFUL_CONDUCT: ("a lawful counter-terrorism operation",),
    Tactic.MINIMIZES: ("isolated incidents", "greatly exaggerated"),
    Tactic.ATTACKS_ACCUSER: ("a mission that has failed in its mandate",),
    Tactic.INVOKES_RIGHTS: ("a violation of the right to a fair trial",),
}

#: How a coder sums up each kind of argument.
_ARGUMENT_SUMMARIES: Mapping[Tactic, str] = {
    Tactic.DISPUTES_EVIDENCE: "says the accusers offer no evidence",
    Tactic.ALLEGES_BIAS: "calls the accusers biased",
    Tactic.QUESTIONS_MOTIVE: "says the accusation aims to discredit the army",
    Tactic.SOURCES_COERCED: "says the witnesses spoke under pressure",
    Tactic.SHIFTS_BLAME: "blames armed groups",
    Tactic.CITES_OWN_INVESTIGATION: "cites its own inquiry",
    Tactic.INVOKES_SOVEREIGNTY: "calls the accusation interference",
    Tactic.CLAIMS_LAWFUL_CONDUCT: "says the operation was lawful",
    Tactic.MINIMIZES: "plays down the toll",
    Tactic.ATTACKS_ACCUSER: "attacks the accuser's record",
    Tactic.INVOKES_RIGHTS: "says the measure violates a right",
}

#: The language officials speak, by country code: what translated quotes were said in.
_SPOKEN: Mapping[str, str] = {
    **dict.fromkeys(("ML", "BF", "NE", "CI", "CD", "CF", "CM", "HT", "FR"), "fr"),
    **dict.fromkeys(("SD", "LY", "SY", "IQ", "YE"), "ar"),
    "RU": "ru",
}

#: The words of ``_WORDS`` as they were said, by language, for translated quotes.
_ORIGINALS: Mapping[str, Mapping[str, str]] = {
    "without tangible proof": {
        "fr": "sans preuves tangibles",
        "ar": "دون أدلة ملموسة",
        "ru": "без веских доказательств",
    },
    "based on unverified claims": {"fr": "fondées sur des allégations non vérifiées"},
    "biased": {"fr": "partiales", "ru": "предвзятые"},
    "one-sided": {"fr": "unilatérales"},
    "to tarnish the image of our armed forces": {
        "fr": "pour ternir l'image de nos forces armées",
        "ar": "لتشويه صورة قواتنا المسلحة",
    },
    "a smear campaign": {
        "fr": "une campagne de dénigrement",
        "ar": "حملة تشويه",
        "ru": "клеветническая кампания",
    },
    "under the threat of terrorist groups": {"fr": "sous la menace des groupes terroristes"},
    "obtained under duress": {"fr": "obtenus sous la contrainte"},
    "the work of terrorist groups": {
        "fr": "l'œuvre de groupes terroristes",
        "ar": "من عمل جماعات إرهابية",
    },
    "carried out by armed bandits": {"fr": "perpétrés par des bandits armés"},
    "our own inquiry found no wrongdoing": {"fr": "notre propre enquête n'a relevé aucune faute"},
    "interference in our internal affairs": {
        "fr": "une ingérence dans nos affaires intérieures",
        "ar": "تدخل في شؤوننا الداخلية",
        "ru": "вмешательство в наши внутренние дела",
    },
    "a lawful counter-terrorism operation": {"fr": "une opération antiterroriste légale"},
    "isolated incidents": {"fr": "des incidents isolés"},
    "greatly exaggerated": {"fr": "largement exagérés"},
    "a mission that has failed in its mandate": {
        "fr": "une mission qui a échoué dans son mandat",
        "ru": "миссия, которая провалила свой мандат",
    },
}

_EVENT_PHRASES: Mapping[EventKind, str] = {
    EventKind.ARREST: "arrested",
    EventKind.EXPULSION: "expelled",
    EventKind.DENIAL_OF_ACCESS: "denied access to",
    EventKind.WITHDRAWAL: "withdrew its forces from",
    EventKind.INVESTIGATION: "opened an investigation into",
    EventKind.SANCTION: "imposed sanctions on",
    EventKind.LAWSUIT: "filed a lawsuit against",
    EventKind.ATTACK: "attacked",
    EventKind.RELEASE: "released",
    EventKind.AGREEMENT: "signed an agreement with",
    EventKind.DEPLOYMENT: "deployed troops alongside",
    EventKind.FINDING: "published findings on",
    EventKind.PROTEST: "protested against",
    EventKind.LEGISLATION: "tabled a bill targeting",
    EventKind.STOP: "stopped and searched a convoy of",
    EventKind.COMPETITION: "competed in a tournament against",
    EventKind.DEATH: "reported a death in the custody of",
}


#: What sources say an actor is, by kind of trait, in their words.
_TRAITS: Mapping[TraitKind, tuple[str, ...]] = {
    TraitKind.ETHNICITY: ("of North African descent", "ethnic Fulani"),
    TraitKind.RELIGION: ("Muslim", "Christian"),
    TraitKind.NATIONALITY: ("a French national", "Malian"),
    TraitKind.OCCUPATION: ("a farmer", "a former teacher"),
    TraitKind.AFFILIATION: ("parteilos", "a member of the ruling party"),
    TraitKind.IDEOLOGY: ("far-right", "jihadist"),
    TraitKind.CONDITION: ("homeless", "informal workers"),
    TraitKind.HEALTH: ("in a mental health crisis",),
    TraitKind.LEGAL_STATUS: ("under judicial control", "on parole"),
    TraitKind.DISTINCTION: ("a World Cup winner", "a Nobel laureate"),
    TraitKind.OTHER: ("well known in the region",),
}

#: The traits that reports give actors of each kind (any other kind: ``other``).
_TRAIT_KINDS: Mapping[ActorKind, tuple[TraitKind, ...]] = {
    ActorKind.PERSON: (
        TraitKind.NATIONALITY,
        TraitKind.OCCUPATION,
        TraitKind.HEALTH,
        TraitKind.LEGAL_STATUS,
        TraitKind.DISTINCTION,
        TraitKind.ETHNICITY,
        TraitKind.RELIGION,
        TraitKind.AFFILIATION,
    ),
    ActorKind.NON_STATE_ARMED_GROUP: (TraitKind.IDEOLOGY, TraitKind.RELIGION),
    ActorKind.GROUP_OF_PEOPLE: (TraitKind.ETHNICITY, TraitKind.CONDITION, TraitKind.RELIGION),
    ActorKind.MEDIA_OUTLET: (TraitKind.IDEOLOGY, TraitKind.AFFILIATION),
}

#: What a report got wrong, by kind: the words as printed and what is right instead.
_MISTAKES: Mapping[MistakeKind, tuple[str, str]] = {
    MistakeKind.WRONG_NAME: ("the Ministry of Interior", "the Ministry of Defence"),
    MistakeKind.WRONG_ATTRIBUTION: ("a US court ruled", "a court in Paris ruled"),
    MistakeKind.WRONG_FACT: ("killed 300 people", "killed 30 people"),
    MistakeKind.WRONG_IMAGE: ("a photo of the attack", "a photo taken in another country"),
    MistakeKind.SELF_CONTRADICTION: ("the army admitted the killings", "the army denied them"),
    MistakeKind.OVERSTATEMENT: ("found guilty", "accused in a report"),
    MistakeKind.GARBLED: ("the mission of the peace", "the peacekeeping mission"),
    MistakeKind.CONFUSION: ("the attack in the north", "an earlier attack in the south"),
    MistakeKind.OTHER: ("a misleading headline", "a headline that says what the body does"),
}


def _conduct_phrase(conduct: Conduct) -> str:
    return _CONDUCT.get(conduct, (conduct.description.rstrip(".").lower(), ()))[0]


def _the(name: str, article: bool) -> str:
    return f"the {name}" if article else name


def _slug(text: str, limit: int = 60) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    words = re.findall(r"[a-z0-9]+", ascii_text.lower())
    slug = ""
    for word in words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > limit:
            break
        slug = candidate
    return slug or "record"
