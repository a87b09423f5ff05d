"""Hypothesis strategies for newsmodel: realistic records, bundles, datasets and broken files.

Install with ``pip install 'newsmodel-accusations[hypothesis]'``.  Once installed,
newsmodel registers these strategies with Hypothesis (through its plugin
entry point), so ``st.from_type(newsmodel.Allegation)`` and
``@given(bundle=...)`` with type hints just work.

Generated data reads like coded news reporting, not noise: real country
codes and places, actors named like "Ministry of Foreign Affairs of Mali" or
"Voice of America", dates between 1990 and 2030 in the EDTF forms coders
use, figures that respect ``low <= best <= high``, and quotes whose offsets
point at their words in the report's body.  Every strategy is built from
small choices (``sampled_from``, bounded integers, short lists) and never
filters, so failing examples shrink to a small, readable bundle.

- Values: :func:`ids`, :func:`dates`, :func:`country_codes`,
  :func:`language_tags`, :func:`urls`, :func:`terms`, :func:`places`,
  :func:`counts`, :func:`quotes`, :func:`citations`, :func:`positions`,
  :func:`arguments`, :func:`participants`.
- Records: :func:`reports`, :func:`actors`, :func:`documents`,
  :func:`allegations`, :func:`responses`, :func:`events`.  A record drawn
  on its own refers to ids that it does not define.
- Files: :func:`bundles` (every reference resolves inside the bundle) and
  :func:`datasets` (several bundles whose references resolve across files,
  with ids unique across all of them).
- Broken files: :func:`invalid_bundles` draws a valid bundle with exactly
  one known fault injected, paired with the problem code newsmodel reports.
"""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, TypeVar, get_args, get_origin

import attrs

from newsmodel.codec.converter import structure, unstructure
from newsmodel.dates import PartialDate
from newsmodel.io import dumps
from newsmodel.model import (
    RECORD_TYPES,
    SUPPORTED_SCHEMA_VERSIONS,
    Actor,
    Allegation,
    Argument,
    Bundle,
    Citation,
    Count,
    CountryCode,
    Document,
    Event,
    Id,
    LanguageTag,
    Participant,
    Place,
    Position,
    Quote,
    Report,
    Response,
    Url,
    _unwrapped,
)
from newsmodel.vocab import (
    ActorKind,
    AllegationCategory,
    Aspect,
    Channel,
    Conduct,
    CountKind,
    DocumentKind,
    EventKind,
    EventRole,
    IdentifierScheme,
    Identity,
    PlacePrecision,
    Qualifier,
    Stance,
    StanceParty,
    Tactic,
    Term,
    Verification,
)

try:
    from hypothesis import strategies as st
    from hypothesis.strategies import DrawFn
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "newsmodel.strategies needs Hypothesis: pip install 'newsmodel-accusations[hypothesis]'"
    ) from error

__all__ = [
    "FAULT_CODES",
    "FAULT_KINDS",
    "InvalidDocument",
    "actors",
    "allegations",
    "arguments",
    "bundles",
    "citations",
    "country_codes",
    "counts",
    "datasets",
    "dates",
    "documents",
    "events",
    "ids",
    "invalid_bundles",
    "language_tags",
    "participants",
    "places",
    "positions",
    "quotes",
    "reports",
    "responses",
    "terms",
    "urls",
]

_T = TypeVar("_T")
_TermT = TypeVar("_TermT", bound=Term)
Draw = DrawFn

# --------------------------------------------------------------------------
# Built-in material: countries, places, organizations, words
# --------------------------------------------------------------------------

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
)

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
}

_ID_WORDS = (
    "mali", "moura", "hombori", "minusma", "un", "voa", "army", "forces", "ministry",
    "foreign", "affairs", "report", "note", "killings", "denial", "statement", "2022", "q2",
)  # fmt: skip

_FIRST_DAY = dt.date(1990, 1, 1)
_LAST_DAY = dt.date(2030, 12, 31)


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


# --------------------------------------------------------------------------
# Scalar values
# --------------------------------------------------------------------------


def ids() -> st.SearchStrategy[Id]:
    """Record ids such as ``mali-army`` or ``voa-report-2022``: valid and readable."""
    words = st.lists(st.sampled_from(_ID_WORDS), min_size=1, max_size=4)
    return words.map(lambda parts: Id("-".join(parts)))


def country_codes() -> st.SearchStrategy[CountryCode]:
    """ISO 3166-1 alpha-2 codes of real countries, including ``NO`` (the Norway problem)."""
    codes = [code for code, _, _ in (*_COUNTRIES, *_OTHER_STATES)]
    return st.sampled_from(codes).map(CountryCode)


def language_tags() -> st.SearchStrategy[LanguageTag]:
    """BCP 47 tags of the kind news comes in: ``en``, ``fr``, ``fr-ML``, ``bm``, ``no``."""
    tags = ("en", "fr", "ar", "fr-ML", "bm", "ru", "uk", "en-GB", "es", "pt", "no", "zh-Hant-TW")
    return st.sampled_from(tags).map(LanguageTag)


def urls() -> st.SearchStrategy[Url]:
    """Article URLs on real news sites (``https://www.voanews.com/a/...``)."""
    return st.builds(
        lambda domain, words, number: Url(f"https://{domain}/a/{'-'.join(words)}-{number}.html"),
        st.sampled_from([domain for _, _, domain, _ in _OUTLETS]),
        st.lists(st.sampled_from(_ID_WORDS), min_size=1, max_size=5),
        st.integers(1000, 9_999_999),
    )


def terms(vocabulary: type[_TermT]) -> st.SearchStrategy[_TermT]:
    """Draw a term of a vocabulary (``terms(ActorKind)``); shrinks to its first term."""
    return st.sampled_from(list(vocabulary))


def _days(low: dt.date = _FIRST_DAY, high: dt.date = _LAST_DAY) -> st.SearchStrategy[dt.date]:
    return st.dates(min_value=low, max_value=high)


def _clock(day: dt.date, seconds: int, zone: str) -> str:
    hours, rest = divmod(seconds, 3600)
    return f"{day.isoformat()}T{hours:02d}:{rest // 60:02d}:{rest % 60:02d}{zone}"


_ZONES = ("Z", "Z", "+00:00", "+01:00", "-05:00", "+03:00")


def _date_forms(day: dt.date) -> st.SearchStrategy[str]:
    """Draw one of the EDTF forms coders use for a day: exact, coarser, hedged, timed."""
    month = day.isoformat()[:7]
    return st.one_of(
        st.just(day.isoformat()),
        st.just(month),
        st.just(str(day.year)),
        st.sampled_from([f"{month}~", f"{month}?", f"{day.isoformat()}~", f"{day.year}~"]),
        st.builds(_clock, st.just(day), st.integers(0, 86_399), st.sampled_from(_ZONES)),
    )


def _interval(start: dt.date, days: int, coarse: bool) -> str:
    end = start + dt.timedelta(days=days)
    if coarse:
        return f"{start.isoformat()[:7]}/{end.isoformat()[:7]}"
    return f"{start.isoformat()}/{end.isoformat()}"


def dates() -> st.SearchStrategy[PartialDate]:
    """EDTF dates between 1990 and 2030.

    Years, months, days, date-times with a zone, ordered intervals (some
    open-ended), and approximate (``~``) or uncertain (``?``) values.
    """
    single = _days().flatmap(_date_forms)
    intervals = st.builds(
        _interval, _days(high=dt.date(2029, 12, 31)), st.integers(0, 365), st.booleans()
    )
    open_ended = st.builds(
        lambda day, after: f"{day.isoformat()[:7]}/.." if after else f"../{day.isoformat()}",
        _days(),
        st.booleans(),
    )
    return st.one_of(single, intervals, open_ended).map(PartialDate)


# --------------------------------------------------------------------------
# Value types
# --------------------------------------------------------------------------


def _place(draw: Draw, country: str, *, minimal: bool = False) -> Place:
    name, area, latitude, longitude = draw(st.sampled_from(_PLACES[country]))
    if minimal:
        return Place(name=name, country=CountryCode(country))
    located = draw(st.booleans())
    return Place(
        name=name,
        country=CountryCode(country),
        admin_area=area if draw(st.booleans()) else None,
        latitude=latitude if located else None,
        longitude=longitude if located else None,
        geonames_id=draw(st.integers(1_000_000, 12_000_000)) if draw(st.booleans()) else None,
        precision=draw(st.sampled_from([None, PlacePrecision.LOCALITY, PlacePrecision.EXACT])),
    )


@st.composite
def places(draw: Draw) -> Place:
    """Real towns and cities with their country, region and (approximate) coordinates."""
    country = draw(st.sampled_from(list(_PLACES)))
    return _place(draw, country)


#: What figures count, and of whom reports say they are.
_COUNTED: Mapping[CountKind, tuple[str | None, ...]] = {
    CountKind.KILLED: (None, "civilians", "soldiers", "villagers"),
    CountKind.INJURED: (None, "civilians", "peacekeepers"),
    CountKind.DETAINED: (None, "protesters", "journalists", "soldiers"),
    CountKind.DISPLACED: (None, "residents"),
    CountKind.MISSING: (None, "villagers", "detainees"),
    CountKind.INCIDENTS: (None,),
}


def _count(draw: Draw, actor_ids: Sequence[str], day: dt.date | None, depth: int = 0) -> Count:
    kind = draw(st.sampled_from(list(_COUNTED)))
    best = draw(st.integers(1, 500))
    shape = draw(st.sampled_from(["best", "range", "low", "all"]))
    low = high = None
    figure: int | None = best
    if shape in ("range", "all"):
        low, high = best - draw(st.integers(0, best - 1)), best + draw(st.integers(0, 200))
        figure = best if shape == "all" else None
    elif shape == "low":
        low, figure = best, None
    qualifier = (
        Qualifier.AT_LEAST
        if shape == "low"
        else draw(st.sampled_from([None, Qualifier.ABOUT, Qualifier.EXACTLY, Qualifier.AT_MOST]))
    )
    subgroups: tuple[Count, ...] = ()
    if depth == 0 and figure is not None and figure > 2 and draw(st.integers(0, 4)) == 0:
        part = draw(st.integers(1, figure - 1))
        subgroups = (
            (Count(kind=kind, who="children", best=part),)
            if kind is not CountKind.INCIDENTS
            else ()
        )
    return Count(
        kind=kind,
        who=draw(st.sampled_from(_COUNTED[kind])),
        low=low,
        best=figure,
        high=high,
        qualifier=qualifier,
        according_to=Id(draw(st.sampled_from(actor_ids)))
        if bool(actor_ids) and draw(st.booleans())
        else None,
        as_of=PartialDate(day.isoformat()) if day is not None and draw(st.booleans()) else None,
        subgroups=subgroups,
    )


@st.composite
def counts(draw: Draw) -> Count:
    """Figures of killed, detained, displaced...: hedged, ranged, attributed, with subgroups."""
    return _count(draw, [draw(ids())], draw(_days()))


@st.composite
def quotes(draw: Draw) -> Quote:
    """Quoted words, with a speaker, and offsets consistent with their length when given."""
    tactic = draw(terms(Tactic))
    text = draw(st.sampled_from(_WORDS.get(tactic, (tactic.description,))))
    start = draw(st.none() | st.integers(0, 5000))
    return Quote(
        text=text,
        speaker=draw(st.none() | ids()),
        start=start,
        end=None if start is None else start + len(text),
    )


@st.composite
def citations(draw: Draw, reports: Sequence[Report | str] = ()) -> Citation:
    """Citations of one of ``reports`` (records or ids), quoting its body where it has one.

    Without ``reports`` the citation names an invented report id.
    """
    if not reports:
        return Citation(report=draw(ids()))
    report = draw(st.sampled_from(list(reports)))
    if isinstance(report, str):
        return Citation(report=Id(report))
    sentences = _sentences(report.body or "")
    quoted: tuple[Quote, ...] = ()
    if bool(sentences) and draw(st.booleans()):
        start, text = draw(st.sampled_from(sentences))
        quoted = (Quote(text=text, start=start, end=start + len(text)),)
    return Citation(
        report=report.id, quotes=quoted, locator=draw(st.sampled_from([None, "paragraph 2"]))
    )


def _sentences(body: str) -> list[tuple[int, str]]:
    return [(match.start(), match.group()) for match in re.finditer(r"[^\n]+", body)]


def positions(allegation_ids: Sequence[str] = ()) -> st.SearchStrategy[Position]:
    """Stances on one aspect of an allegation; ``allegation`` is one of ``allegation_ids``."""
    return st.builds(
        Position,
        aspect=terms(Aspect),
        stance=terms(Stance),
        allegation=st.sampled_from([None, *allegation_ids]).map(
            lambda x: None if x is None else Id(x)
        ),
        summary=st.sampled_from([None, "admits the operation took place", "disputes the toll"]),
    )


@st.composite
def arguments(draw: Draw) -> Argument:
    """Draw a tactic with the words a response used for it ("tangible proof")."""
    tactic = draw(terms(Tactic))
    words = draw(st.sampled_from(_WORDS.get(tactic, (tactic.description,))))
    return Argument(tactic=tactic, words=words if draw(st.booleans()) else None)


def participants(actor_ids: Sequence[str] = ()) -> st.SearchStrategy[Participant]:
    """Draw an actor (one of ``actor_ids``, or an invented id) and its role in an event."""
    actor = st.sampled_from(list(actor_ids)).map(Id) if actor_ids else ids()
    return st.builds(Participant, actor=actor, role=terms(EventRole))


# --------------------------------------------------------------------------
# A story: the records of one coded report (or a few), consistent with each other
# --------------------------------------------------------------------------


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


def _accused(draw: Draw, world: _World, country: tuple[str, str, bool]) -> Actor:
    code = country[0]
    choice = draw(st.integers(0, 3))
    if choice == 1 and code in _ARMED_GROUPS:
        name = draw(st.sampled_from(_ARMED_GROUPS[code]))
        return world.actor(
            ("group", name),
            lambda id_: Actor(
                id=id_,
                name=name,
                kind=ActorKind.NON_STATE_ARMED_GROUP,
                description=f"An armed group active in {_the(country[1], country[2])}.",
            ),
        )
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


def _day_between(draw: Draw, base: dt.date, low: int, high: int) -> dt.date:
    return base + dt.timedelta(days=draw(st.integers(low, high)))


def _day_form(draw: Draw, day: dt.date, forms: Sequence[str]) -> PartialDate:
    form = draw(st.sampled_from(list(forms)))
    text = {
        "day": day.isoformat(),
        "month": day.isoformat()[:7],
        "year": str(day.year),
        "about": f"{day.isoformat()[:7]}~",
        "maybe": f"{day.isoformat()}?",
        "time": _clock(day, draw(st.integers(0, 86_399)), draw(st.sampled_from(_ZONES))),
        "span": _interval(day, draw(st.integers(1, 120)), coarse=False),
    }[form]
    return PartialDate(text)


@attrs.define
class _Plan:
    """A record to write about, and the sentence of a report that mentions it."""

    cls: type[Allegation | Response | Event]
    fields: dict[str, Any]
    sentence: str
    report: int
    words: str | None = None
    """Words within the sentence to quote instead of the whole sentence."""
    speaker_for: Actor | None = None
    """The organization whose spokesperson spoke the words."""


@attrs.define
class _Story:
    reports: list[Report]
    documents: list[Document]
    allegations: list[Allegation]
    responses: list[Response]
    events: list[Event]


def _story(
    draw: Draw,
    world: _World,
    *,
    min_documents: int = 0,
    min_responses: int = 0,
    min_events: int = 0,
    max_allegations: int = 3,
) -> _Story:
    """Draw one story: reports, and the allegations, responses and events they carry."""
    country = draw(st.sampled_from(_COUNTRIES))
    code, country_name, article = country
    base = draw(_days(dt.date(1991, 3, 1), dt.date(2029, 9, 1)))
    n_reports = draw(st.integers(1, 2))
    plans: list[_Plan] = []

    def report_index() -> int:
        return draw(st.integers(0, n_reports - 1))

    # Documents: a finding by an accuser, a statement by the accused.
    documents: list[Document] = []
    n_documents = draw(st.integers(min_documents, 2))
    for _ in range(n_documents):
        author = _accuser(draw, world, country)
        issued = _day_between(draw, base, -60, 0)
        period_start = issued - dt.timedelta(days=draw(st.integers(90, 200)))
        kind = draw(
            st.sampled_from(
                [
                    DocumentKind.REPORT,
                    DocumentKind.STATEMENT,
                    DocumentKind.PRESS_RELEASE,
                    DocumentKind.SOCIAL_MEDIA_POST,
                ]
            )
        )
        short = author.aliases[0] if author.aliases else author.name
        title = f"{short} note on the human rights situation in {_the(country_name, article)}"
        documents.append(
            Document(
                id=world.new_id(f"{short} {kind.term} {issued.year}"),
                kind=kind,
                title=title if kind is DocumentKind.REPORT else None,
                author=author.id,
                published=PartialDate(issued.isoformat()) if draw(st.booleans()) else None,
                period=PartialDate(_interval(period_start, 89, coarse=False))
                if kind is DocumentKind.REPORT and draw(st.booleans())
                else None,
                pages=draw(st.integers(1, 60)) if kind is DocumentKind.REPORT else None,
            )
        )

    # Allegations.
    allegation_plans: list[tuple[Id, list[Actor], list[Actor], list[Conduct]]] = []
    for _ in range(draw(st.integers(1, max_allegations))):
        accusers = _distinct(
            [_accuser(draw, world, country) for _ in range(draw(st.integers(1, 2)))]
        )
        accused = _distinct(
            [_accused(draw, world, country) for _ in range(draw(st.integers(1, 2)))]
        )
        conduct = draw(
            st.lists(st.sampled_from(list(_CONDUCT)), min_size=1, max_size=2, unique=True)
        )
        where = _distinct([_place(draw, code) for _ in range(draw(st.integers(0, 2)))])
        occurred = _day_between(draw, base, -400, -5)
        phrase = " and ".join(_conduct_phrase(item) for item in conduct)
        at = f" in {where[0].name}" if where else ""
        sentence = f"{_cap(_name_of(accusers[0]))} accused {_name_of(accused[0])} of {phrase}{at}."
        allegation_id = world.new_id(f"{accused[0].name} {conduct[0].term} {occurred.year}")
        allegation_plans.append((allegation_id, accusers, accused, conduct))
        categories = sorted(
            {cat for item in conduct for cat in _CONDUCT.get(item, ("", ()))[1]},
            key=list(AllegationCategory).index,
        )
        actor_ids = [actor.id for actor in (*accusers, *accused)]
        allegation_counts = tuple(
            _count(draw, actor_ids, base) for _ in range(draw(st.integers(0, 2)))
        )
        victims: tuple[Id, ...] = ()
        if where and draw(st.integers(0, 3)) == 0:
            victims = (_residents(world, where[0].name).id,)
        fields = {
            "id": allegation_id,
            "accusers": tuple(actor.id for actor in accusers),
            "accused": tuple(actor.id for actor in accused),
            "summary": sentence,
            "categories": tuple(categories),
            "conduct": tuple(conduct),
            "made": _day_form(draw, _day_between(draw, base, -30, 0), ["day", "month"])
            if draw(st.booleans())
            else None,
            "occurred": _day_form(
                draw, occurred, ["day", "month", "about", "maybe", "span", "year"]
            )
            if draw(st.booleans())
            else None,
            "places": tuple(where),
            "victims": victims,
            "counts": allegation_counts,
            "evidence": tuple(doc.id for doc in documents if doc.author in actor_ids),
            "status": draw(
                st.sampled_from(
                    [
                        Verification.UNVERIFIED,
                        Verification.UNVERIFIED,
                        Verification.CORROBORATED,
                        Verification.CONTESTED,
                    ]
                )
            ),
        }
        plans.append(_Plan(Allegation, fields, sentence, report_index()))

    # Responses: by the accused (or its foreign ministry), or by a third party.
    n_responses = draw(st.integers(min_responses, len(allegation_plans) + 1))
    for index in range(n_responses):
        allegation_id, accusers, accused, _conduct = allegation_plans[index % len(allegation_plans)]
        third_party = draw(st.integers(0, 3)) == 0
        if third_party:
            responder = _accuser(draw, world, country)
            pool = [s for s in Stance if s.party in (StanceParty.THIRD_PARTY, StanceParty.ANY)]
        else:
            responder = accused[0]
            if responder.country == code and draw(st.booleans()):
                responder = _organ(draw, world, country, "foreign")
            pool = [s for s in Stance if s.party in (StanceParty.ACCUSED, StanceParty.ANY)]
        stance = draw(st.sampled_from(pool))
        tactics = draw(st.lists(st.sampled_from(list(_WORDS)), max_size=3, unique=True))
        used_arguments = tuple(
            Argument(tactic=tactic, words=draw(st.sampled_from(_WORDS[tactic])))
            for tactic in tactics
        )
        words = [argument.words for argument in used_arguments if argument.words]
        said = f', calling them "{words[0]}"' if words else ""
        verb = "rejected" if stance.party is StanceParty.ACCUSED else "responded to"
        sentence = f"{_cap(_name_of(responder))} {verb} the allegations{said}."
        answered = [allegation_id]
        if len(allegation_plans) > 1 and draw(st.booleans()):
            answered.append(allegation_plans[(index + 1) % len(allegation_plans)][0])
        answered = list(dict.fromkeys(answered))
        positions_made: tuple[Position, ...] = ()
        if len(answered) > 1 and draw(st.booleans()):
            positions_made = (
                Position(
                    aspect=Aspect.OCCURRENCE,
                    stance=Stance.NOT_ADDRESSED,
                    allegation=Id(answered[1]),
                ),
            )
        document = next((doc for doc in documents if doc.author == responder.id), None)
        response_id = world.new_id(f"{responder.name} {stance.term}")
        fields_r = {
            "id": response_id,
            "responder": responder.id,
            "allegations": tuple(Id(item) for item in answered),
            "stance": stance,
            "positions": positions_made,
            "arguments": used_arguments,
            "date": _day_form(draw, _day_between(draw, base, 31, 60), ["day", "time"])
            if draw(st.booleans())
            else None,
            "channel": draw(
                st.sampled_from(
                    [
                        None,
                        Channel.STATEMENT,
                        Channel.SOCIAL_MEDIA_POST,
                        Channel.PRESS_CONFERENCE,
                        Channel.INTERVIEW,
                    ]
                )
            ),
            "document": document.id if document else None,
            "summary": sentence if draw(st.booleans()) else None,
        }
        speaker_for = None
        if words and responder.kind is not ActorKind.PERSON and draw(st.booleans()):
            speaker_for = responder
        plans.append(
            _Plan(
                Response,
                fields_r,
                sentence,
                report_index(),
                words[0] if words else None,
                speaker_for,
            )
        )

    # Events.
    for _ in range(draw(st.integers(min_events, 2))):
        event_kind = draw(st.sampled_from(list(_EVENT_PHRASES)))
        agent = (
            _accused(draw, world, country)
            if draw(st.booleans())
            else _accuser(draw, world, country)
        )
        target = _accuser(draw, world, country)
        day = _day_between(draw, base, -400, 60)
        scene = _place(draw, code, minimal=True) if draw(st.booleans()) else None
        sentence = (
            f"In {day.strftime('%B %Y')}, {_name_of(agent)} {_EVENT_PHRASES[event_kind]} "
            f"{_name_of(target)}{f' in {scene.name}' if scene else ''}."
        )
        related = tuple(
            plan[0] for plan in allegation_plans[: draw(st.integers(0, len(allegation_plans)))]
        )
        people = [Participant(actor=agent.id, role=EventRole.AGENT)]
        if target.id != agent.id:
            people.append(Participant(actor=target.id, role=EventRole.TARGET))
        fields_e = {
            "id": world.new_id(f"{agent.name} {event_kind.term} {day.year}"),
            "kind": event_kind,
            "summary": sentence,
            "date": _day_form(draw, day, ["day", "month", "about"])
            if draw(st.booleans())
            else None,
            "places": (scene,) if scene else (),
            "participants": tuple(people),
            "allegations": related,
        }
        plans.append(_Plan(Event, fields_e, sentence, report_index()))

    # Every document is evidence or a response's record of its words.
    cited = {doc for plan in plans for doc in plan.fields.get("evidence", ())}
    cited.update(plan.fields["document"] for plan in plans if plan.fields.get("document"))
    first_allegation = plans[0].fields
    for document in documents:
        if document.id not in cited:
            first_allegation["evidence"] = (*first_allegation["evidence"], document.id)

    # Reports: each carries the sentences of the records it mentions.
    reports: list[Report] = []
    for number in range(n_reports):
        outlet, domain, language = _outlet(draw, world)
        dateline = _place(draw, code, minimal=True)
        lines = [f"{dateline.name.upper()}, {country_name} —"]
        lines += [plan.sentence for plan in plans if plan.report == number]
        if draw(st.booleans()):
            lines.append(f"{outlet.name} could not independently verify the claims.")
        published = _day_between(draw, base, 0, 30)
        first = plans[0].sentence if plans else country_name
        report = Report(
            id=world.new_id(f"{outlet.name} {published.year} {first}"),
            title=first.rstrip("."),
            publisher=outlet.id,
            url=Url(
                f"https://{domain}/a/{_slug(first, 50)}/{draw(st.integers(1000, 9_999_999))}.html"
            ),
            published=_day_form(draw, published, ["time", "day"]),
            language=LanguageTag(language),
            authors=tuple(
                dict.fromkeys(
                    f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
                    for _ in range(draw(st.integers(0, 2)))
                )
            ),
            dateline=dateline if draw(st.booleans()) else None,
            body="\n".join(lines) if draw(st.integers(0, 3)) else None,
            retrieved=PartialDate(
                _clock(
                    published + dt.timedelta(days=draw(st.integers(0, 400))),
                    draw(st.integers(0, 86_399)),
                    "Z",
                )
            )
            if draw(st.booleans())
            else None,
        )
        reports.append(report)

    # Records, each citing the report that mentions it (quoting the sentence).
    built: dict[type, list[Any]] = {Allegation: [], Response: [], Event: []}
    for plan in plans:
        report = reports[plan.report]
        quoted: tuple[Quote, ...] = ()
        if report.body and draw(st.booleans()):
            text = plan.words or plan.sentence
            start = report.body.index(plan.sentence) + plan.sentence.index(text)
            offsets = draw(st.booleans())
            quoted = (
                Quote(
                    text=text,
                    speaker=_person(draw, world, plan.speaker_for).id if plan.speaker_for else None,
                    start=start if offsets else None,
                    end=start + len(text) if offsets else None,
                ),
            )
        citation = Citation(report=report.id, quotes=quoted)
        built[plan.cls].append(plan.cls(**plan.fields, citations=(citation,)))
    world.allegations.extend(built[Allegation])
    return _Story(reports, documents, built[Allegation], built[Response], built[Event])


def _distinct(items: Sequence[_T]) -> list[_T]:
    seen: list[_T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]


def _bundle_of(world: _World, stories: Sequence[_Story]) -> Bundle:
    actors = tuple(world.new_actors)
    world.new_actors.clear()
    return Bundle(
        schema_version=1,
        reports=tuple(r for s in stories for r in s.reports),
        actors=actors,
        documents=tuple(d for s in stories for d in s.documents),
        allegations=tuple(a for s in stories for a in s.allegations),
        responses=tuple(r for s in stories for r in s.responses),
        events=tuple(e for s in stories for e in s.events),
    )


# --------------------------------------------------------------------------
# Records, bundles, datasets
# --------------------------------------------------------------------------


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
            answered = tuple(dict.fromkeys((*first.allegations, target.id)))
            story.responses[0] = attrs.evolve(first, allegations=answered, date=None)
        stories.append(story)
    actors = _bundle_of(world, [])
    return (actors, *(_bundle_of(world, [story]) for story in stories))


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


# --------------------------------------------------------------------------
# Invalid documents: a valid bundle with exactly one fault
# --------------------------------------------------------------------------


@attrs.frozen
class InvalidDocument:
    """A document with one known fault, and the problem code newsmodel must report.

    ``document`` is plain data (dicts and lists, to write as JSON or YAML)
    or, for faults that only exist in text such as a duplicate key, YAML
    text.  Unpacks as a pair: ``document, code = invalid``.
    """

    document: Any
    code: str
    fault: str
    """What was done, in words (``removed required field 'name' at $.actors[0]``)."""
    schema_detects: bool
    """Whether the JSON Schema rejects this document too."""

    def __iter__(self) -> Iterator[Any]:
        return iter((self.document, self.code))


@attrs.frozen
class _Slot:
    """One field of one mapping in the plain data of a bundle."""

    path: tuple[str | int, ...]
    cls: type
    name: str
    type: Any
    present: bool


def _slots(data: Any, cls: type, path: tuple[str | int, ...] = ()) -> Iterator[_Slot]:
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        present = field.name in data
        yield _Slot((*path, field.name), cls, field.name, field.type, present)
        if not present:
            continue
        inner = _unwrapped(field.type)
        value = data[field.name]
        if get_origin(inner) is tuple:
            item = get_args(inner)[0]
            if attrs.has(item):
                for index, child in enumerate(value):
                    yield from _slots(child, item, (*path, field.name, index))
        elif attrs.has(inner):
            yield from _slots(value, inner, (*path, field.name))


def _at(data: Any, path: Sequence[str | int]) -> Any:
    for part in path:
        data = data[part]
    return data


def _is_term(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, Term)


def _render(path: Sequence[str | int]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


#: Breaks plain bundle data in one way; returns the document and what was done.
Injector = Callable[[Draw, dict[str, Any]], tuple[Any, str]]


def _choose(draw: Draw, slots: Sequence[_Slot]) -> _Slot:
    if not slots:  # every injector targets fields that every generated bundle has
        raise AssertionError("no field to break")
    return draw(st.sampled_from(list(slots)))


def _is_record_id(path: Sequence[str | int]) -> bool:
    """Whether ``path`` is a record's own id (breaking it would orphan its references)."""
    return len(path) == 3 and path[2] == "id"


def _set(data: dict[str, Any], path: Sequence[str | int], value: Any) -> None:
    _at(data, path[:-1])[path[-1]] = value


def _unknown_field(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slot = _choose(draw, [s for s in _slots(data, Bundle) if s.present and len(s.path) > 1])
    owner = _at(data, slot.path[:-1])
    name = draw(st.sampled_from([slot.name[:-1] + slot.name[-1] * 2, "notes", "source", "Name"]))
    if name in owner or name in {f.name for f in attrs.fields(slot.cls)}:
        name = "notes_"
    owner[name] = owner[slot.name]
    return data, f"added unknown field {name!r} at {_render(slot.path[:-1])}"


def _missing_field(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    required = [
        s
        for s in _slots(data, Bundle)
        if s.present
        and s.name != "id"
        and s.cls is not Bundle
        and attrs.fields_dict(s.cls)[s.name].default is attrs.NOTHING
    ]
    if draw(st.integers(0, 9)) == 0:
        del data["schema_version"]
        return data, "removed schema_version"
    slot = _choose(draw, required)
    del _at(data, slot.path[:-1])[slot.name]
    return data, f"removed required field {_render(slot.path)}"


def _wrong_type(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = [s for s in _slots(data, Bundle) if s.present and s.cls is not Bundle]
    slot = _choose(draw, [s for s in slots if not _is_record_id(s.path)])
    inner = _unwrapped(slot.type)
    value = _at(data, slot.path)
    if get_origin(inner) is tuple:
        wrong: Any = value[0] if value and isinstance(value[0], str) else "several"
    elif inner is int:
        wrong = str(value)
    elif inner is float:
        wrong = f"{value}°"
    elif attrs.has(inner) or get_origin(inner) is Mapping:
        wrong = [value]
    else:
        wrong = draw(st.sampled_from([1984, True, [value]]))
    _set(data, slot.path, wrong)
    return data, f"gave {json.dumps(wrong, ensure_ascii=False)} at {_render(slot.path)}"


def _integral_float(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = [s for s in _slots(data, Bundle) if s.present and _unwrapped(s.type) is int]
    if not slots:
        count = _count_slot(draw, data)
        count.update(best=50.0)
        return data, "wrote a count's figure as 50.0"
    slot = _choose(draw, slots)
    _set(data, slot.path, float(_at(data, slot.path)))
    return data, f"wrote the integer at {_render(slot.path)} as a float"


def _string_slots(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    found: list[tuple[tuple[str | int, ...], str]] = []
    for slot in _slots(data, Bundle):
        if not slot.present:
            continue
        inner = _unwrapped(slot.type)
        if get_origin(inner) is tuple and get_args(inner)[0] in (str, Id):
            found += [((*slot.path, i), slot.name) for i in range(len(_at(data, slot.path)))]
        elif inner is not int and inner is not float and isinstance(_at(data, slot.path), str):
            found.append((slot.path, slot.name))
    return found


def _empty_string(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    choices = [(path, name) for path, name in _string_slots(data) if not _is_record_id(path)]
    path, _ = draw(st.sampled_from(choices))
    _set(data, path, draw(st.sampled_from(["", " ", "\t", "  \n"])))
    return data, f"emptied the string at {_render(path)}"


def _unknown_term(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    choices: list[tuple[tuple[str | int, ...], type[Term]]] = []
    for slot in _slots(data, Bundle):
        inner = _unwrapped(slot.type)
        if slot.present and _is_term(inner):
            choices.append((slot.path, inner))
        elif slot.present and get_origin(inner) is tuple and _is_term(get_args(inner)[0]):
            choices += [
                ((*slot.path, i), get_args(inner)[0]) for i in range(len(_at(data, slot.path)))
            ]
    if not choices or draw(st.integers(0, 7)) == 0:
        actor = draw(st.sampled_from(data["actors"]))
        actor.setdefault("identifiers", {})["wikidta"] = "Q912"
        return data, "added the unknown identifier scheme 'wikidta'"
    path, vocabulary = draw(st.sampled_from(choices))
    term = _at(data, path)
    wrong = draw(
        st.sampled_from(
            [
                term[:-1] if len(term) > 3 else term + "x",
                term.upper(),
                term.replace("_", " ") if "_" in term else term + "s",
            ]
        )
    )
    if wrong in vocabulary.values():
        wrong += "_x"
    _set(data, path, wrong)
    return data, f"wrote the term {wrong!r} at {_render(path)}"


def _too_few(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = [
        s
        for s in _slots(data, Bundle)
        if s.present and attrs.fields_dict(s.cls)[s.name].metadata.get("min_items")
    ]
    slot = _choose(draw, slots)
    _set(data, slot.path, [])
    return data, f"emptied the list at {_render(slot.path)}"


def _bad_version(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    unsupported = [v for v in (0, 2, 7, 99) if v not in SUPPORTED_SCHEMA_VERSIONS]
    data["schema_version"] = draw(st.sampled_from(unsupported))
    return data, f"set schema_version to {data['schema_version']}"


def _duplicate_item(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = []
    for slot in _slots(data, Bundle):
        inner = _unwrapped(slot.type)
        if slot.present and get_origin(inner) is tuple:
            item = get_args(inner)[0]
            if (item in (str, Id) or _is_term(item)) and _at(data, slot.path):
                slots.append(slot)
    slot = _choose(draw, slots)
    items = _at(data, slot.path)
    items.insert(draw(st.integers(0, len(items))), draw(st.sampled_from(items)))
    return data, f"repeated an item in {_render(slot.path)}"


def _bad_id(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    records = [
        (kind + "s", i) for kind in RECORD_TYPES for i in range(len(data.get(kind + "s", [])))
    ]
    field, index = draw(st.sampled_from(records))
    old = data[field][index]["id"]
    new = draw(
        st.sampled_from(
            [
                old.replace("-", "_"),
                old.title(),
                old.replace("-", "--"),
                f"-{old}",
                old.replace("-", " "),
                f"{old}.",
                "-".join([old] * (100 // len(old) + 1))[:101].rstrip("-") + "x",
            ]
        )
    )
    if new == old:
        new = old.upper() + "_"
    return _rename_ids(data, old, new), f"renamed the id {old!r} to {new!r} everywhere"


def _rename_ids(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """Replace ``old`` by ``new`` in every id and reference field (and nowhere else)."""
    for slot in _slots(data, Bundle):
        if not slot.present:
            continue
        inner = _unwrapped(slot.type)
        value = _at(data, slot.path)
        if inner is Id and value == old:
            _set(data, slot.path, new)
        elif get_origin(inner) is tuple and get_args(inner)[0] is Id:
            _set(data, slot.path, [new if item == old else item for item in value])
    return data


def _date_slots(data: dict[str, Any], *, present: bool = False) -> list[_Slot]:
    return [
        s
        for s in _slots(data, Bundle)
        if _unwrapped(s.type) is PartialDate and s.cls is not Bundle and (s.present or not present)
    ]


_BAD_DATES_SYNTAX = (
    "2022-7-3",
    "13/07/2022",
    "July 2022",
    "2022-07-13 10:30",
    "2022-07-13T10:30Z",
    "22-07-13",
    "2022-13",
    "2022-07-32",
    "2022\u201307",  # an en dash
)
_BAD_DATES_CALENDAR = ("2022-02-30", "2022-02-31", "2022-04-31", "2023-06-31", "2022-11-31")


def _bad_date(values: Sequence[str]) -> Injector:
    def inject(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
        slot = _choose(draw, _date_slots(data))
        value = draw(st.sampled_from(list(values)))
        _set(data, slot.path, value)
        return data, f"wrote the date {value!r} at {_render(slot.path)}"

    return inject


def _reversed_interval(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slot = _choose(draw, _date_slots(data))
    start = draw(_days(high=dt.date(2029, 12, 1)))
    first, second = _interval(start, draw(st.integers(1, 300)), coarse=False).split("/")
    if draw(st.booleans()) and first[:7] != second[:7]:
        first, second = first[:7], second[:7]
    _set(data, slot.path, f"{second}/{first}")
    return data, f"wrote the reversed interval {second}/{first} at {_render(slot.path)}"


def _value_of_type(kind: Any, values: Sequence[str], label: str) -> Injector:
    def inject(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
        slot = _choose(draw, [s for s in _slots(data, Bundle) if _unwrapped(s.type) is kind])
        value = draw(st.sampled_from(list(values)))
        _set(data, slot.path, value)
        return data, f"wrote the {label} {value!r} at {_render(slot.path)}"

    return inject


def _place_slot(draw: Draw, data: dict[str, Any]) -> dict[str, Any]:
    """Return a place mapping in the data, adding a report dateline if there is none."""
    paths = [
        s.path for s in _slots(data, Bundle) if s.present and s.cls is Place and s.name == "name"
    ]
    if paths:
        owner: dict[str, Any] = _at(data, draw(st.sampled_from(paths))[:-1])
        return owner
    report = data["reports"][0]
    report["dateline"] = {"name": "Moura", "country": "ML"}
    return report["dateline"]  # type: ignore[no-any-return]


def _out_of_range(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    target = draw(st.sampled_from(["latitude", "longitude", "count", "pages", "geonames_id"]))
    if target in ("latitude", "longitude", "geonames_id"):
        place = _place_slot(draw, data)
        place.setdefault("latitude", 14.2)
        place.setdefault("longitude", -4.6)
        wrong: float = {
            "latitude": draw(st.sampled_from([123.4, -91.0, 90.5])),
            "longitude": draw(st.sampled_from([181.0, -200.5])),
            "geonames_id": draw(st.sampled_from([0, -1])),
        }[target]
        place[target] = wrong
        return data, f"set {target} to {wrong}"
    if target == "pages" and data.get("documents"):
        document = draw(st.sampled_from(data["documents"]))
        document["pages"] = 0
        return data, "set pages to 0"
    allegation = draw(st.sampled_from(data["allegations"]))
    allegation["counts"] = [{"kind": "killed", "best": -draw(st.integers(1, 50))}]
    return data, "gave a negative count"


def _bad_identifier(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    actor = draw(st.sampled_from(data["actors"]))
    scheme, value = draw(
        st.sampled_from(
            [
                ("wikidata", "912"),
                ("wikidata", "q912"),
                ("wikidata", "Q0912"),
                ("wikidata", "Q 912"),
                ("lei", "5493001KJTIIGC8Y1R1"),
                ("isni", "0000 0001 2146 438X"),
            ]
        )
    )
    actor.setdefault("identifiers", {})[scheme] = value
    return data, f"gave the {scheme} identifier {value!r}"


def _half_coordinates(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    place = _place_slot(draw, data)
    keep = draw(st.sampled_from(["latitude", "longitude"]))
    place.pop("latitude", None)
    place.pop("longitude", None)
    place[keep] = 14.2 if keep == "latitude" else -4.6
    return data, f"gave a place a {keep} only"


def _count_slot(draw: Draw, data: dict[str, Any]) -> dict[str, Any]:
    paths = [
        s.path[:-1]
        for s in _slots(data, Bundle)
        if s.present and s.cls is Count and s.name == "kind"
    ]
    if paths:
        count: dict[str, Any] = _at(data, draw(st.sampled_from(paths)))
        return count
    allegation = data["allegations"][0]
    allegation["counts"] = [{"kind": "killed", "best": 50}]
    return allegation["counts"][0]  # type: ignore[no-any-return]


def _count_order(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    count = _count_slot(draw, data)
    best = draw(st.integers(0, 400))
    low = best + draw(st.integers(1, 100))
    for name in ("low", "best", "high"):
        count.pop(name, None)
    count.pop("subgroups", None)
    count.update(low=low, best=best)
    return data, f"gave a count low {low} above best {best}"


def _count_without_figure(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    count = _count_slot(draw, data)
    for name in ("low", "best", "high"):
        count.pop(name, None)
    count.pop("subgroups", None)
    return data, "removed every figure of a count"


def _quote_slot(draw: Draw, data: dict[str, Any]) -> dict[str, Any]:
    paths = [
        s.path[:-1]
        for s in _slots(data, Bundle)
        if s.present and s.cls is Quote and s.name == "text"
    ]
    if paths:
        quote: dict[str, Any] = _at(data, draw(st.sampled_from(paths)))
        return quote
    citation = data["allegations"][0]["citations"][0]
    citation["quotes"] = [{"text": "without tangible proof"}]
    return citation["quotes"][0]  # type: ignore[no-any-return]


def _half_offsets(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    quote = _quote_slot(draw, data)
    keep = draw(st.sampled_from(["start", "end"]))
    quote.pop("start", None)
    quote.pop("end", None)
    quote[keep] = draw(st.integers(0, 500))
    return data, f"gave a quote its {keep} offset only"


def _wrong_offsets(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    quote = _quote_slot(draw, data)
    start = quote.get("start", draw(st.integers(0, 500)))
    length = len(quote["text"])
    end = start + length + draw(st.sampled_from([1, 2, 7, -1])) if length > 1 else start + 2
    quote.update(start=start, end=end)
    return data, f"gave a quote offsets {start}..{end} for {length} characters"


def _duplicate_key(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    text = dumps(structure(data, Bundle))
    lines = text.splitlines()
    candidates = [i for i, line in enumerate(lines) if re.match(r"^\s*- [a-z_]+: [^|>'\"\s]", line)]
    if not candidates or draw(st.integers(0, 5)) == 0:
        return text + "schema_version: 1\n", "repeated schema_version at the end of the text"
    index = draw(st.sampled_from(candidates))
    match = re.match(r"^(\s*)- ([a-z_]+): (.*)$", lines[index])
    assert match is not None
    indent, key, value = match.groups()
    lines.insert(index + 1, f"{indent}  {key}: {value}")
    return "\n".join(lines) + "\n", f"repeated the key {key!r} on line {index + 2}"


#: Every known fault: problem code, whether the JSON Schema detects it, injector.
_FAULTS: tuple[tuple[str, bool, Injector], ...] = (
    ("NM201", True, _missing_field),
    ("NM202", True, _unknown_field),
    ("NM203", True, _wrong_type),
    ("NM203", False, _integral_float),
    ("NM204", True, _empty_string),
    ("NM205", True, _unknown_term),
    ("NM206", True, _too_few),
    ("NM207", True, _bad_version),
    ("NM208", True, _duplicate_item),
    ("NM301", True, _bad_id),
    ("NM302", True, _bad_date(_BAD_DATES_SYNTAX)),
    ("NM302", False, _bad_date(_BAD_DATES_CALENDAR)),
    ("NM303", False, _reversed_interval),
    (
        "NM304",
        True,
        _value_of_type(CountryCode, ("Mali", "ml", "UK", "FRA", "XK", "Ml"), "country"),
    ),
    (
        "NM305",
        True,
        _value_of_type(LanguageTag, ("English", "en_US", "e", "fr-", "fr FR"), "language"),
    ),
    ("NM305", False, _value_of_type(LanguageTag, ("xx", "zz", "qx"), "language")),
    (
        "NM306",
        True,
        _value_of_type(
            Url,
            (
                "www.voanews.com/a/123",
                "voanews.com",
                "ftp://example.org/x",
                "https//example.org",
                "http://",
                "https:// example.org/x",
            ),
            "URL",
        ),
    ),
    ("NM307", True, _out_of_range),
    ("NM308", True, _bad_identifier),
    ("NM309", True, _half_coordinates),
    ("NM310", False, _count_order),
    ("NM311", True, _count_without_figure),
    ("NM312", True, _half_offsets),
    ("NM312", False, _wrong_offsets),
    ("NM103", False, _duplicate_key),
)

#: The problem codes that :func:`invalid_bundles` can inject.
FAULT_CODES: frozenset[str] = frozenset(code for code, _, _ in _FAULTS)


#: The (code, schema detects it) kinds of fault that :func:`invalid_bundles` injects.
FAULT_KINDS: frozenset[tuple[str, bool]] = frozenset(
    (code, detects) for code, detects, _ in _FAULTS
)


def invalid_bundles(
    *, codes: Sequence[str] | None = None, schema_detects: bool | None = None
) -> st.SearchStrategy[InvalidDocument]:
    """Draw a valid bundle with exactly one known fault, and the code newsmodel reports for it.

    Draws an :class:`InvalidDocument`, which unpacks as ``(document, code)``.
    ``codes`` limits the faults to those codes; ``schema_detects`` to faults
    that the JSON Schema also rejects (``True``) or cannot see (``False``).
    Raises ``ValueError`` when no known fault matches.
    """
    faults = [
        (code, detects, inject)
        for code, detects, inject in _FAULTS
        if (codes is None or code in codes)
        and (schema_detects is None or detects is schema_detects)
    ]
    if not faults:
        raise ValueError(
            f"no known fault matches codes={codes!r}, schema_detects={schema_detects!r}"
        )

    @st.composite
    def invalid(draw: Draw) -> InvalidDocument:
        code, detects, inject = draw(st.sampled_from(faults))
        bundle = draw(bundles(max_stories=1))
        document, fault = inject(draw, copy.deepcopy(unstructure(bundle)))
        return InvalidDocument(document, code, fault, detects)

    return invalid()
