"""Tests of the bundled examples in examples/: they load, are canonical, and say what they claim.

Every ``examples/*.yaml`` file must load without problems, be in the canonical form that
:func:`newsmodel.dumps` writes (after its leading comment block), survive JSON and JSON Lines
round trips, and validate as one dataset together with the other examples.  The seed example
(``voa-mali-2022.yaml``) must keep every fact listed in the brief's seed list: the test names
the ids, so removing a fact fails it.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any, cast

import attrs
import pytest

import newsmodel
from newsmodel import (
    Actor,
    Allegation,
    Bundle,
    Citation,
    Document,
    Event,
    Quote,
    Record,
    Report,
    Response,
    Severity,
)
from newsmodel.vocab import IdentifierScheme, Term

EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
FILES = sorted(EXAMPLES.glob("*.yaml"))
SEED = EXAMPLES / "voa-mali-2022.yaml"
SEED_REPORT = "voa-2022-mali-denies-un-accusations"
#: The seed article as shipped in the project's shared folder, when it is present.
SEED_TEXT = EXAMPLES.parent.parent / "shared" / "seed" / "voa-mali-denies-un-accusations.txt"


def _without_header(text: str) -> str:
    """The file's text less its leading block of ``#`` comment lines."""
    lines = text.splitlines(keepends=True)
    index = 0
    while index < len(lines) and lines[index].startswith("#"):
        index += 1
    return "".join(lines[index:])


def _citations(record: Record) -> tuple[Citation, ...]:
    if isinstance(record, (Document, Allegation, Response, Event)):
        return record.citations
    return ()


def _quoted(bundle: Bundle) -> Iterator[tuple[Citation, Quote]]:
    for record in bundle.records():
        for citation in _citations(record):
            for quote in citation.quotes:
                yield citation, quote


def test_there_are_examples() -> None:
    assert SEED in FILES
    assert len(FILES) >= 4


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_example_loads_cleanly(path: Path) -> None:
    bundle = newsmodel.load(path)
    assert bundle.schema_version == newsmodel.SCHEMA_VERSION
    assert bundle.reports
    assert bundle.allegations


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_example_is_in_canonical_form(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.startswith("#"), "each example opens with a comment block saying what it is"
    assert newsmodel.dumps(newsmodel.load(path)) == _without_header(text)


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_example_round_trips(path: Path, fmt: newsmodel.io.Format) -> None:
    bundle = newsmodel.load(path)
    again = newsmodel.loads(newsmodel.dumps(bundle, format=fmt), format=fmt)
    assert again == bundle
    assert newsmodel.dumps(again) == newsmodel.dumps(bundle)


@pytest.mark.parametrize("path", FILES, ids=[path.name for path in FILES])
def test_quote_offsets_match_the_body(path: Path) -> None:
    bundle = newsmodel.load(path)
    bodies = {report.id: report.body for report in bundle.reports}
    for citation, quote in _quoted(bundle):
        if quote.start is None or quote.end is None:
            continue
        body = bodies.get(citation.report)
        assert body is not None, f"{quote.text!r} has offsets but its report has no body"
        assert body[quote.start : quote.end] == quote.text


def test_examples_validate_as_one_dataset() -> None:
    problems = newsmodel.validate(EXAMPLES)
    errors = [str(problem) for problem in problems if problem.severity is Severity.ERROR]
    assert errors == []
    dataset = newsmodel.Dataset([newsmodel.load(path) for path in FILES])
    assert "mali" in dataset


def test_examples_use_every_messy_feature() -> None:
    """Together the examples exercise each item of the brief's 'messier' section."""
    bundles = [newsmodel.load(path) for path in FILES]
    records = [record for bundle in bundles for record in bundle.records()]
    responses = [r for r in records if isinstance(r, Response)]
    allegations = [r for r in records if isinstance(r, Allegation)]
    actors = [r for r in records if isinstance(r, Actor)]
    quotes = [quote for bundle in bundles for _, quote in _quoted(bundle)]
    counts = [count for allegation in allegations for count in allegation.counts]

    assert any(p.aspect for r in responses for answer in r.answers for p in answer.positions)
    assert {stance.term for r in responses for stance in r.stances} >= {
        "not_addressed",
        "corroboration",
        "contradiction",
        "found_credible",
        "ruling_partly_upheld",
        "sanction_imposed",
        "retraction",
        "disowns_quote",
        "counter_accusation",
    }
    assert any(a.raised_in for a in allegations)
    assert any(r.retracts for r in responses)
    assert any(r.supersedes for r in responses)
    assert any(c.qualifier for c in counts)
    assert any(c.as_of for c in counts)
    assert any(c.subgroups for c in counts)
    assert len({c.according_to for c in counts if c.according_to}) >= 3
    assert any(q.original_text and q.original_language for q in quotes)
    assert any(q.disowned_in for q in quotes)
    anonymous = {a.id for a in actors if a.identity.term == "anonymous"}
    assert any(q.speaker in anonymous for q in quotes)
    kinds = {a.kind.term for a in actors}
    assert kinds >= {
        "judiciary",
        "legislature",
        "intelligence_agency",
        "sports_federation",
        "trade_union",
        "company",
        "ngo",
        "national_human_rights_institution",
    }
    by_id = {a.id: a for a in actors}
    assert any(
        a.kind.term == "company" and a.part_of and by_id[a.part_of].kind.term == "company"
        for a in actors
    ), "a subsidiary: a company part_of another"


def _values(value: object) -> Iterator[object]:
    """Every attrs value inside ``value``, itself included, depth first."""
    if attrs.has(type(value)):
        yield value
        for field in attrs.fields(cast("type[Any]", type(value))):
            yield from _values(getattr(value, field.name))
    elif isinstance(value, tuple):
        for item in value:
            yield from _values(item)


def _used() -> tuple[set[str], set[str]]:
    """The fields set (``Class.field``) and the terms used (``Vocabulary.term``) by the examples."""
    fields: set[str] = set()
    terms: set[str] = set()
    for path in FILES:
        for value in _values(newsmodel.load(path)):
            cls = cast("type[Any]", type(value))
            for field in attrs.fields(cls):
                item = getattr(value, field.name)
                default = field.default
                if hasattr(default, "factory"):  # an attrs.Factory: the value it makes
                    default = default.factory()
                if item != default:
                    fields.add(f"{cls.__name__}.{field.name}")
                for term in item if isinstance(item, tuple) else (item,):
                    if isinstance(term, Term):
                        terms.add(f"{type(term).__name__}.{term.value}")
    return fields, terms


#: What schema 2 added for the squeezes of the real cases' ledgers (examples/ledgers/): each
#: is coded in at least one real case, so that a mechanism nobody can use shows up here.
LEDGER_FIELDS = (
    *(f"Timing.{name}" for name in ("relation", "offset", "qualifier", "words", "step")),
    *(f"Timing.{name}" for name in ("allegation", "response", "document", "event", "report")),
    "Timing.proceeding",
    *(
        f"{owner}.timing"
        for owner in ("Report", "Document", "Allegation", "Response", "Event", "Step")
    ),
    "Sanction.timing",
    "CommentRequest.timing",
    "Step.assessments",
    "Document.assessments",
    "Answer.hedge",
    "Position.words",
    "Step.calls",
    "Call.not_sought",
    "Step.ex_parte",
    "Sanction.qualifier",
    "Sanction.duration_high",
    "Sanction.condition",
    "Response.measures",
    "Response.repeated",
    "Event.calls",
    *(f"Trait.{name}" for name in ("kind", "value", "according_to", "citations", "period")),
    "Actor.traits",
    "Actor.counts",
    *(f"Mistake.{name}" for name in ("kind", "words", "correct", "shown_by", "hedge")),
    "Report.mistakes",
    "Citation.unnamed",
    "Unnamed.words",
    "Variant.partial",
    "Copy.versions",
)
LEDGER_TERMS = (
    *(f"TimeRelation.{term}" for term in ("after", "before", "during")),
    "SanctionStatus.provided",
    "SanctionKind.supervision",
    "Benchmark.record",
    *(f"Stance.{term}" for term in ("confirmation", "not_established", "downplaying")),
    "Stance.withdrawal",
    *(f"Demand.{term}" for term in ("detain", "trial", "acquit", "accountability")),
    *(f"CountKind.{term}" for term in ("accounts", "members", "people", "grounds", "units")),
    "Tactic.too_lenient",
    "Tactic.invokes_rights",
    *(f"StepKind.{term}" for term in ("search", "offer", "stay", "judicial_review")),
    *(f"EventKind.{term}" for term in ("legislation", "death", "stop", "competition")),
    "Conduct.breach_of_duty",
    "RelationKind.appointed_by",
    *(f"TraitKind.{term}" for term in ("ethnicity", "occupation", "affiliation", "ideology")),
    *(f"MistakeKind.{term}" for term in ("wrong_name", "wrong_image", "garbled", "confusion")),
)


def test_real_cases_use_every_mechanism_added_for_their_squeezes() -> None:
    fields, terms = _used()
    assert [name for name in LEDGER_FIELDS if name not in fields] == []
    assert [name for name in LEDGER_TERMS if name not in terms] == []


# --------------------------------------------------------------------------
# The seed example keeps every seed fact
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def seed() -> dict[str, Record]:
    return {record.id: record for record in newsmodel.load(SEED).records()}


def _get(seed: dict[str, Record], record_id: str, cls: type[Record]) -> Record:
    record = seed.get(record_id)
    assert isinstance(record, cls), f"{record_id!r} is missing or not a {cls.__name__}"
    return record


def _actor(seed: dict[str, Record], record_id: str) -> Actor:
    record = _get(seed, record_id, Actor)
    assert isinstance(record, Actor)
    return record


def _allegation(seed: dict[str, Record], record_id: str) -> Allegation:
    record = _get(seed, record_id, Allegation)
    assert isinstance(record, Allegation)
    return record


def _response(seed: dict[str, Record], record_id: str) -> Response:
    record = _get(seed, record_id, Response)
    assert isinstance(record, Response)
    return record


def _event(seed: dict[str, Record], record_id: str) -> Event:
    record = _get(seed, record_id, Event)
    assert isinstance(record, Event)
    return record


def _document(seed: dict[str, Record], record_id: str) -> Document:
    record = _get(seed, record_id, Document)
    assert isinstance(record, Document)
    return record


SEED_ACTORS = {
    "mali": ("state", None),
    "mali-government": ("government", "mali"),
    "mali-foreign-ministry": ("government_body", "mali-government"),
    "malian-security-forces": ("security_forces", "mali"),
    "un": ("intergovernmental_organization", None),
    "minusma": ("peacekeeping_mission", "un"),
    "minusma-spokesperson": ("person", "minusma"),
    "islamist-militant-groups": ("non_state_armed_group", None),
    "ivory-coast": ("state", None),
    "ivorian-soldiers-49": ("group_of_people", "ivory-coast"),
    "russia": ("state", None),
    "kremlin": ("government", "russia"),
    "wagner-group": ("private_military_company", None),
    "russian-trainers": ("group_of_people", None),
    "france": ("state", None),
    "several-countries": ("unspecified_collective", None),
    "foreign-military-personnel": ("group_of_people", None),
    "voa": ("media_outlet", None),
}


@pytest.mark.parametrize("actor_id", sorted(SEED_ACTORS))
def test_seed_actor(seed: dict[str, Record], actor_id: str) -> None:
    actor = _actor(seed, actor_id)
    kind, part_of = SEED_ACTORS[actor_id]
    assert actor.kind.term == kind
    assert actor.part_of == part_of


def test_seed_actor_details(seed: dict[str, Record]) -> None:
    assert _actor(seed, "minusma-spokesperson").identity.term == "unnamed"
    assert _actor(seed, "foreign-military-personnel").identity.term == "unnamed"
    for actor_id, qid in {
        "mali": "Q912",
        "france": "Q142",
        "russia": "Q159",
        "ivory-coast": "Q1008",
        "un": "Q1065",
    }.items():
        assert _actor(seed, actor_id).identifiers[IdentifierScheme.WIKIDATA] == qid


def test_seed_report(seed: dict[str, Record]) -> None:
    report = _get(seed, SEED_REPORT, Report)
    assert isinstance(report, Report)
    assert report.title == "Mali Denies UN Accusations of Human Rights Abuses"
    assert report.publisher == "voa"
    assert report.language == "en"
    assert report.published is not None
    assert report.published.earliest is not None
    assert report.published.earliest.year == 2022
    assert report.body is not None
    assert report.body.startswith("Mali\u2019s foreign ministry is denying accusations")
    assert report.body.endswith("the Kremlin-linked paramilitary organization.")


def test_seed_body_is_the_article(seed: dict[str, Record]) -> None:
    if not SEED_TEXT.exists():
        pytest.skip("the shared seed text is not beside this checkout")
    report = _get(seed, SEED_REPORT, Report)
    assert isinstance(report, Report)
    assert report.body is not None
    assert report.title is not None
    text = SEED_TEXT.read_text(encoding="utf-8")
    assert report.body in text
    assert text.startswith(report.title + "\n\n" + report.body)


def test_seed_documents(seed: dict[str, Record]) -> None:
    note = _document(seed, "minusma-note-2022-q2")
    assert (note.kind.term, note.authors) == ("report", ("minusma",))
    assert note.period is not None
    assert note.period.text == "2022-04-01/2022-06-30"
    statement = _document(seed, "mali-foreign-ministry-statement-2022-09-02")
    assert (statement.kind.term, statement.authors, statement.pages) == (
        "statement",
        ("mali-foreign-ministry",),
        11,
    )
    tweets = _document(seed, "minusma-spokesperson-tweets-2022-07")
    assert (tweets.kind.term, tweets.authors) == ("social_media_post", ("minusma-spokesperson",))


def test_seed_allegations(seed: dict[str, Record]) -> None:
    violations = _allegation(seed, "minusma-q2-2022-state-forces-violations")
    assert violations.accusers == ("minusma",)
    assert violations.accused == ("malian-security-forces",)
    assert violations.evidence == ("minusma-note-2022-q2",)
    assert {c.term for c in violations.categories} == {"human_rights_abuse", "war_crimes"}

    militants = _allegation(seed, "minusma-q2-2022-militant-violations")
    assert militants.accused == ("islamist-militant-groups",)

    hombori = _allegation(seed, "hombori-killing-of-50-civilians")
    assert set(hombori.accused) == {"malian-security-forces", "foreign-military-personnel"}
    assert [(p.name, p.country) for p in hombori.places] == [("Hombori", "ML")]
    assert [(c.kind.term, c.best, c.according_to) for c in hombori.counts] == [
        ("killed", 50, "minusma")
    ]

    moura = _allegation(seed, "moura-alleged-massacre")
    assert set(moura.accused) == {"malian-security-forces", "russian-mercenaries"}
    assert "massacre" in {c.term for c in moura.conduct}
    assert [p.name for p in moura.places] == ["Moura"]

    ivorians = _allegation(seed, "mali-accuses-ivorian-soldiers-of-being-mercenaries")
    assert ivorians.accused == ("ivorian-soldiers-49",)
    assert "use_of_mercenaries" in {c.term for c in ivorians.conduct}

    wagner = _allegation(seed, "countries-accuse-mali-of-working-with-wagner")
    assert wagner.accusers == ("several-countries",)
    assert "wagner-group" in wagner.accused
    for allegation in (violations, militants, hombori, moura, ivorians, wagner):
        assert allegation.status.term == "unverified"


def test_seed_responses(seed: dict[str, Record]) -> None:
    denial = _response(seed, "mali-foreign-ministry-denies-minusma-note")
    assert denial.responders == ("mali-foreign-ministry",)
    assert [stance.term for stance in denial.stances] == ["denial"]
    assert [channel.term for channel in denial.channels] == ["social_media_post"]
    assert denial.documents == ("mali-foreign-ministry-statement-2022-09-02",)
    answered = [answer.allegation for answer in denial.answers]
    assert "minusma-q2-2022-state-forces-violations" in answered
    arguments = {a.tactic.term: a.words for a in denial.arguments}
    assert arguments == {
        "alleges_bias": None,
        "disputes_evidence": "tangible proof",
        "sources_coerced": "under the threat of terrorist groups",
        "questions_motive": "to tarnish the image of state security forces",
    }

    silence = _response(seed, "mali-statement-silent-on-foreign-forces")
    assert [stance.term for stance in silence.stances] == ["not_addressed"]
    answered = [answer.allegation for answer in silence.answers]
    assert answered == ["countries-accuse-mali-of-working-with-wagner"]
    assert silence.documents == denial.documents

    trainers = _response(seed, "mali-says-it-works-only-with-official-russian-trainers")
    assert [stance.term for stance in trainers.stances] == ["alternative_explanation"]
    assert trainers.summary is not None
    assert "official Russian trainers" in trainers.summary

    tweets = _response(seed, "minusma-spokesperson-says-un-notified-mali")
    assert tweets.documents == ("minusma-spokesperson-tweets-2022-07",)


@pytest.mark.parametrize(
    ("event_id", "kind", "date"),
    [
        ("mali-denies-un-access-to-moura", "denial_of_access", "2022-04"),
        ("mali-arrests-49-ivorian-soldiers", "arrest", "2022-07"),
        ("mali-expels-minusma-spokesperson", "expulsion", "2022-07"),
        ("france-withdraws-from-mali", "withdrawal", "2022-08"),
        ("minusma-finds-violations-decreased-q2-2022", "finding", "2022-08-31"),
    ],
)
def test_seed_event(seed: dict[str, Record], event_id: str, kind: str, date: str) -> None:
    event = _event(seed, event_id)
    assert event.kind.term == kind
    assert event.date is not None
    assert event.date.text == date


def test_seed_arrest_counts_49_soldiers_at_bamako(seed: dict[str, Record]) -> None:
    arrest = _event(seed, "mali-arrests-49-ivorian-soldiers")
    assert [(c.kind.term, c.best) for c in arrest.counts] == [("detained", 49)]
    assert "Bamako" in arrest.places[0].name
    assert ("ivorian-soldiers-49", "target") in {
        (p.actor, p.role.term) for p in arrest.participants
    }


def test_seed_every_claim_cites_the_report(seed: dict[str, Record]) -> None:
    claims = [r for r in seed.values() if isinstance(r, (Allegation, Response, Event))]
    assert len(claims) >= 15
    for record in claims:
        assert SEED_REPORT in {c.report for c in record.citations}, record.id


def test_seed_quotes_match_the_body(seed: dict[str, Record]) -> None:
    report = _get(seed, SEED_REPORT, Report)
    assert isinstance(report, Report)
    assert report.body is not None
    bundle = newsmodel.load(SEED)
    quotes = [quote for citation, quote in _quoted(bundle) if citation.report == SEED_REPORT]
    texts = {quote.text for quote in quotes}
    assert texts >= {
        "serious violations of human rights and international humanitarian law",
        "tangible proof",
        "under the threat of terrorist groups",
        "to tarnish the image of state security forces",
        "foreign military personnel",
    }
    for quote in quotes:
        assert quote.start is not None
        assert quote.end is not None
        assert report.body[quote.start : quote.end] == quote.text
