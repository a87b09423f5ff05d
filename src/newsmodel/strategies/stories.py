"""A story: the records of one coded report (or a few), consistent with each other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.dates import PartialDate
from newsmodel.model import (
    Actor,
    Allegation,
    Argument,
    Citation,
    Document,
    Event,
    Id,
    LanguageTag,
    Participant,
    Position,
    Quote,
    Report,
    Response,
    Url,
)
from newsmodel.strategies.material import (
    _CONDUCT,
    _COUNTRIES,
    _EVENT_PHRASES,
    _FIRST_NAMES,
    _LAST_NAMES,
    _WORDS,
    _conduct_phrase,
    _slug,
    _the,
)
from newsmodel.strategies.scalars import _ZONES, _clock, _days, _interval
from newsmodel.strategies.values import _count, _place
from newsmodel.strategies.world import (
    _accused,
    _accuser,
    _name_of,
    _organ,
    _outlet,
    _person,
    _residents,
    _World,
)
from newsmodel.vocab import (
    ActorKind,
    AllegationCategory,
    Aspect,
    Channel,
    Conduct,
    DocumentKind,
    EventRole,
    Stance,
    StanceParty,
    Verification,
)

_T = TypeVar("_T")


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
