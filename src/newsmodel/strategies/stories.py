"""A story: the records of one coded report (or a few), consistent with each other."""

from __future__ import annotations

import datetime as dt
from collections.abc import Container, Sequence
from typing import Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.dates import PartialDate
from newsmodel.model import (
    Actor,
    Allegation,
    Answer,
    Argument,
    Author,
    Citation,
    Document,
    Event,
    Id,
    LanguageTag,
    Participant,
    Position,
    Proceeding,
    Quote,
    Report,
    Response,
    Url,
)
from newsmodel.strategies.extras import _answer_for, _enrich
from newsmodel.strategies.material import (
    _ARGUMENT_SUMMARIES,
    _CONDUCT,
    _COUNTRIES,
    _EVENT_PHRASES,
    _FIRST_NAMES,
    _LAST_NAMES,
    _ORIGINALS,
    _SPOKEN,
    _WORDS,
    _conduct_phrase,
    _slug,
    _the,
)
from newsmodel.strategies.scalars import _ZONES, _clock, _days, _interval
from newsmodel.strategies.timings import _timing
from newsmodel.strategies.values import _count, _explained, _place
from newsmodel.strategies.world import (
    _accused,
    _accuser,
    _armed_group,
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
    AuthorRole,
    Channel,
    Conduct,
    DocumentKind,
    EventRole,
    Stance,
    StanceParty,
    Tactic,
    Verification,
)

_T = TypeVar("_T")

#: The roles a byline gives its names, the plain author most often.
_BYLINE_ROLES = (AuthorRole.AUTHOR, AuthorRole.AUTHOR, AuthorRole.CORRESPONDENT, AuthorRole.EDITOR)


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
class _Setting:
    """Where and when a story happens, who is in it, and how many reports tell it."""

    world: _World
    country: tuple[str, str, bool]
    base: dt.date
    """The day the story breaks: conduct and accusations come before it, answers after."""
    n_reports: int

    def report(self, draw: Draw) -> int:
        """Draw which of the story's reports mentions a record."""
        return draw(st.integers(0, self.n_reports - 1))


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
    original: tuple[str, str] | None = None
    """The words as they were said, and their language, when the report translates them."""
    disowned_in: Id | None = None
    """A later response in which the speaker disowns the quoted words."""


@attrs.define
class _Accusation:
    """Who accused whom in an allegation of the story: what responses answer."""

    id: Id
    accusers: list[Actor]
    accused: list[Actor]


@attrs.define
class _Story:
    reports: list[Report]
    documents: list[Document]
    allegations: list[Allegation]
    responses: list[Response]
    events: list[Event]
    proceedings: list[Proceeding] = attrs.field(factory=list)


def _story(
    draw: Draw,
    world: _World,
    *,
    min_documents: int = 0,
    min_responses: int = 0,
    min_events: int = 0,
    min_proceedings: int = 0,
    max_allegations: int = 3,
) -> _Story:
    """Draw one story: reports, and the allegations, responses and events they carry.

    Some records revise an earlier one of the same story (``supersedes``), a
    response may be withdrawn (``retracts``) or its quoted words disowned
    (``disowned_in``), and an accused may accuse back (``raised_in``).
    Then :func:`~newsmodel.strategies.extras._enrich` adds what reporting
    says less often: proceedings, reactions, variants, notes...; with
    ``min_proceedings``, the story has a proceeding.
    """
    first_actor = len(world.new_actors)
    setting = _Setting(
        world,
        draw(st.sampled_from(_COUNTRIES)),
        draw(_days(dt.date(1991, 3, 1), dt.date(2029, 9, 1))),
        draw(st.integers(1, 2)),
    )
    documents = _documents(draw, setting, draw(st.integers(min_documents, 2)))
    plans, accusations = _allegations(
        draw, setting, documents, draw(st.integers(1, max_allegations))
    )
    answers = _responses(
        draw, setting, accusations, documents, draw(st.integers(min_responses, len(plans) + 1))
    )
    plans += answers
    answered = [plan for plan in answers if plan.cls is Response]
    if draw(st.booleans()) and answered:
        plans.append(_follow_up(draw, setting, draw(st.sampled_from(answered))))
    plans += _events(draw, setting, accusations, draw(st.integers(min_events, 2)))

    # Every document is evidence, a response's record of its words, or revised.
    cited = {doc for plan in plans for doc in plan.fields.get("evidence", ())}
    cited.update(doc for plan in plans for doc in plan.fields.get("documents", ()))
    cited.update(doc.supersedes for doc in documents if doc.supersedes)
    first_allegation = plans[0].fields
    for document in documents:
        if document.id not in cited:
            first_allegation["evidence"] = (*first_allegation["evidence"], document.id)

    reports = _reports(draw, setting, plans)
    documents = [_described(draw, document, reports) for document in documents]
    built = _records(draw, world, plans, reports)
    story = _Story(reports, documents, built[Allegation], built[Response], built[Event])
    story.proceedings = _enrich(draw, setting, story, first_actor, min_proceedings)
    story.responses = [_answered_coherently(world, response, story) for response in story.responses]
    for kind in ("reports", "documents", "allegations", "responses", "events", "proceedings"):
        setattr(story, kind, [_explained(record) for record in getattr(story, kind)])
    for number in range(first_actor, len(world.new_actors)):
        world.replace(_explained(world.new_actors[number]))
    world.allegations.extend(story.allegations)
    return story


def _documents(draw: Draw, setting: _Setting, count: int) -> list[Document]:
    """Draw documents by accusers: findings and statements, the second maybe revising the first."""
    world, base = setting.world, setting.base
    code, country_name, article = setting.country
    documents: list[Document] = []
    for _ in range(count):
        revised = documents[-1] if documents and draw(st.integers(0, 2)) == 0 else None
        if revised is not None and revised.authors:
            author = world.actors[revised.authors[0]]
            issued = _day_between(draw, base, -30, 0)
            kind = revised.kind
        else:
            revised = None
            author = _accuser(draw, world, setting.country)
            issued = _day_between(draw, base, -60, -31)
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
        period_start = issued - dt.timedelta(days=draw(st.integers(90, 200)))
        short = author.aliases[0] if author.aliases else author.name
        title = f"{short} note on the human rights situation in {_the(country_name, article)}"
        document_id = world.new_id(f"{short} {kind.term} {issued.year}")
        language = draw(st.sampled_from([None, "en", _SPOKEN.get(code, "en")]))
        documents.append(
            Document(
                id=document_id,
                kind=kind,
                title=title if kind is DocumentKind.REPORT else None,
                authors=(author.id,),
                published=PartialDate(issued.isoformat()) if draw(st.booleans()) else None,
                period=PartialDate(_interval(period_start, 89, coarse=False))
                if kind is DocumentKind.REPORT and draw(st.booleans())
                else None,
                url=Url(f"https://reliefweb.int/report/{_slug(country_name)}/{document_id}")
                if draw(st.booleans())
                else None,
                language=LanguageTag(language) if language else None,
                pages=draw(st.integers(1, 60)) if kind is DocumentKind.REPORT else None,
                supersedes=revised.id if revised is not None else None,
            )
        )
    return documents


def _allegations(
    draw: Draw, setting: _Setting, documents: Sequence[Document], count: int
) -> tuple[list[_Plan], list[_Accusation]]:
    """Plan allegations: accusers, accused, conduct, places, figures; some revise the one before."""
    world, base = setting.world, setting.base
    code = setting.country[0]
    plans: list[_Plan] = []
    accusations: list[_Accusation] = []
    for _ in range(count):
        revised = accusations[-1] if accusations and draw(st.integers(0, 3)) == 0 else None
        if revised is not None:
            accusers, accused = revised.accusers, revised.accused
        else:
            accusers = _distinct(
                [_accuser(draw, world, setting.country) for _ in range(draw(st.integers(1, 2)))]
            )
            accused = _distinct(
                [_accused(draw, world, setting.country) for _ in range(draw(st.integers(1, 2)))]
            )
        conduct = draw(
            st.lists(st.sampled_from(list(_CONDUCT)), min_size=1, max_size=2, unique=True)
        )
        where = _distinct([_place(draw, code) for _ in range(draw(st.integers(0, 2)))])
        occurred = _day_between(draw, base, -400, -5)
        phrase = " and ".join(_conduct_phrase(item) for item in conduct)
        at = f" in {where[0].name}" if where else ""
        verb = "revised its account, accusing" if revised else "accused"
        sentence = f"{_cap(_name_of(accusers[0]))} {verb} {_name_of(accused[0])} of {phrase}{at}."
        allegation_id = world.new_id(f"{accused[0].name} {conduct[0].term} {occurred.year}")
        accusations.append(_Accusation(allegation_id, accusers, accused))
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
            "evidence": tuple(
                doc.id for doc in documents if any(a in actor_ids for a in doc.authors)
            ),
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
            "supersedes": revised.id if revised is not None else None,
        }
        plans.append(_Plan(Allegation, fields, sentence, setting.report(draw)))
    return plans, accusations


def _responses(
    draw: Draw,
    setting: _Setting,
    accusations: Sequence[_Accusation],
    documents: list[Document],
    count: int,
) -> list[_Plan]:
    """Plan responses by the accused (or its foreign ministry), or by a third party.

    A response may be made in a document of the responder's (added to
    ``documents``).  An accused may accuse its accuser back: the
    counter-accusation is an allegation of its own, raised in the response.
    """
    world, base = setting.world, setting.base
    plans: list[_Plan] = []
    for index in range(count):
        accusation = accusations[index % len(accusations)]
        third_party = draw(st.integers(0, 3)) == 0
        if third_party:
            responder = _accuser(draw, world, setting.country)
            pool = [s for s in Stance if s.party in (StanceParty.THIRD_PARTY, StanceParty.ANY)]
        else:
            responder = accusation.accused[0]
            if responder.country == setting.country[0] and draw(st.booleans()):
                responder = _organ(draw, world, setting.country, "foreign")
            pool = [s for s in Stance if s.party in (StanceParty.ACCUSED, StanceParty.ANY)]
        counter = not third_party and draw(st.integers(0, 4)) == 0
        stance = Stance.COUNTER_ACCUSATION if counter else draw(st.sampled_from(pool))
        tactics = draw(st.lists(st.sampled_from(list(_WORDS)), max_size=3, unique=True))
        used_arguments = tuple(
            _argument(draw, setting, tactic, accusation.accusers[0]) for tactic in tactics
        )
        words = [argument.words for argument in used_arguments if argument.words]
        said = f', calling them "{words[0]}"' if words else ""
        verb = "rejected" if stance.party is StanceParty.ACCUSED else "responded to"
        sentence = f"{_cap(_name_of(responder))} {verb} the allegations{said}."
        answered = [accusation.id]
        # Another accused's allegation, answered too, takes a stance anyone may take.
        not_mine: set[str] = set()
        if len(accusations) > 1 and draw(st.booleans()):
            second = accusations[(index + 1) % len(accusations)]
            answered.append(second.id)
            if not third_party and responder not in second.accused:
                not_mine.add(second.id)
        answered = list(dict.fromkeys(answered))
        response_id = world.new_id(f"{responder.name} {stance.term}")
        document = next((doc for doc in documents if responder.id in doc.authors), None)
        if document is None and draw(st.integers(0, 3)) == 0:
            document = _statement(draw, world, responder, _day_between(draw, base, 31, 60))
            documents.append(document)
        fields = {
            "id": response_id,
            "responders": (responder.id,),
            "answers": _answers(draw, answered, third_party, not_mine),
            "stances": (stance,),
            "arguments": used_arguments,
            "date": _day_form(draw, _day_between(draw, base, 31, 60), ["day", "time"])
            if draw(st.booleans())
            else None,
            "channels": tuple(
                draw(
                    st.lists(
                        st.sampled_from(
                            [
                                Channel.STATEMENT,
                                Channel.SOCIAL_MEDIA_POST,
                                Channel.PRESS_CONFERENCE,
                                Channel.INTERVIEW,
                            ]
                        ),
                        max_size=2,
                        unique=True,
                    )
                )
            ),
            "documents": (document.id,) if document else (),
            "summary": sentence if draw(st.booleans()) else None,
        }
        speaker_for = None
        if words and responder.kind is not ActorKind.PERSON and draw(st.booleans()):
            speaker_for = responder
        spoken = _SPOKEN.get(responder.country or "", "en")
        originals = _ORIGINALS.get(words[0], {}) if words else {}
        original = (originals[spoken], spoken) if spoken in originals else None
        plans.append(
            _Plan(
                Response,
                fields,
                sentence,
                setting.report(draw),
                words[0] if words else None,
                speaker_for,
                original,
            )
        )
        if counter:
            plans.append(_counter_accusation(draw, setting, responder, accusation, response_id))
    return plans


def _answered_coherently(world: _World, response: Response, story: _Story) -> Response:
    """Return ``response`` with a stance anyone may take on others' allegations (NM453)."""
    if response.stances[0].party is not StanceParty.ACCUSED:
        return response
    responder = world.actors[response.responders[0]]
    answers = tuple(_answer_for(world, answer, responder, story) for answer in response.answers)
    return attrs.evolve(response, answers=answers) if answers != response.answers else response


def _statement(draw: Draw, world: _World, author: Actor, day: dt.date) -> Document:
    """Draw the statement or press release in which ``author`` answers."""
    kind = draw(st.sampled_from([DocumentKind.STATEMENT, DocumentKind.PRESS_RELEASE]))
    return Document(
        id=world.new_id(f"{author.name} {kind.term} {day.year}"),
        kind=kind,
        authors=(author.id,),
        published=PartialDate(day.isoformat()) if draw(st.booleans()) else None,
    )


def _argument(draw: Draw, setting: _Setting, tactic: Tactic, accuser: Actor) -> Argument:
    """Draw an argument of a response: words for ``tactic``, who it blames or attacks."""
    named: tuple[Id, ...] = ()
    if tactic is Tactic.SHIFTS_BLAME and draw(st.booleans()):
        blamed = _armed_group(draw, setting.world, setting.country)
        named = (blamed.id,) if blamed is not None else ()
    elif tactic is Tactic.ATTACKS_ACCUSER and draw(st.booleans()):
        named = (accuser.id,)
    return Argument(
        tactic=tactic,
        words=draw(st.sampled_from(_WORDS[tactic])),
        summary=_ARGUMENT_SUMMARIES[tactic] if draw(st.integers(0, 2)) == 0 else None,
        actors=named,
    )


def _answers(
    draw: Draw, answered: Sequence[str], third_party: bool, not_mine: Container[str] = ()
) -> tuple[Answer, ...]:
    """Draw the answers to allegations, with stances on single aspects of some.

    The accused may admit the operation but dispute the toll; a response to
    two allegations may be silent on the second.  An allegation against
    someone else (``not_mine``) is contradicted, a stance anyone may take.
    """
    positions: list[Position] = []
    if not third_party and draw(st.integers(0, 3)) == 0:
        positions += [
            Position(
                aspect=Aspect.OCCURRENCE,
                stance=Stance.ACKNOWLEDGMENT,
                words=draw(st.sampled_from([None, "an operation did take place"])),
                summary=draw(st.sampled_from([None, "admits the operation took place"])),
            ),
            Position(
                aspect=Aspect.SCALE,
                stance=Stance.DENIAL,
                words=draw(st.sampled_from([None, "the figures are greatly exaggerated"])),
                summary=draw(st.sampled_from([None, "disputes the toll"])),
            ),
        ]
    answers = [Answer(allegation=Id(answered[0]), positions=tuple(positions))]
    for other in answered[1:]:
        silent = draw(st.booleans())
        if other in not_mine:
            answers.append(Answer(allegation=Id(other), stance=Stance.CONTRADICTION))
            continue
        answers.append(
            Answer(
                allegation=Id(other),
                positions=(Position(aspect=Aspect.OCCURRENCE, stance=Stance.NOT_ADDRESSED),)
                if silent
                else (),
            )
        )
    return tuple(answers)


def _counter_accusation(
    draw: Draw, setting: _Setting, responder: Actor, accusation: _Accusation, response: Id
) -> _Plan:
    """Plan the allegation an accused raises in its response: its accuser lies."""
    accuser = accusation.accusers[0]
    conduct = Conduct.DISINFORMATION
    sentence = (
        f"{_cap(_name_of(responder))} in turn accused {_name_of(accuser)} of "
        f"{_conduct_phrase(conduct)}."
    )
    fields = {
        "id": setting.world.new_id(f"{accuser.name} {conduct.term}"),
        "accusers": (responder.id,),
        "accused": (accuser.id,),
        "summary": sentence,
        "conduct": (conduct,),
        "evidence": (),
        "raised_in": response,
    }
    return _Plan(Allegation, fields, sentence, setting.report(draw))


def _follow_up(draw: Draw, setting: _Setting, earlier: _Plan) -> _Plan:
    """Plan a later response by the same responder that withdraws, disowns or restates ``earlier``.

    A response that disowns quoted words is named in the quote (``disowned_in``).
    """
    responder = setting.world.actors[earlier.fields["responders"][0]]
    kinds = ["retraction", "revision"]
    if earlier.words and earlier.speaker_for:
        kinds += ["disowns", "disowns", "disowns", "disowns"]
    kind = draw(st.sampled_from(kinds))
    stance = {"retraction": Stance.RETRACTION, "disowns": Stance.DISOWNS_QUOTE}.get(
        kind, earlier.fields["stances"][0]
    )
    said = {
        "retraction": "withdrew its statement",
        "disowns": "said the words attributed to it had been distorted",
        "revision": "restated its position",
    }[kind]
    sentence = f"{_cap(_name_of(responder))} later {said}."
    response_id = setting.world.new_id(f"{responder.name} {stance.term}")
    if kind == "disowns":
        earlier.disowned_in = response_id
    fields = {
        "id": response_id,
        "responders": (responder.id,),
        "answers": tuple(Answer(allegation=a.allegation) for a in earlier.fields["answers"]),
        "stances": (stance,),
        "date": _day_form(draw, _day_between(draw, setting.base, 61, 90), ["day", "time"])
        if draw(st.booleans())
        else None,
        "channels": draw(st.sampled_from([(), (Channel.STATEMENT,), (Channel.SOCIAL_MEDIA_POST,)])),
        "summary": sentence if draw(st.booleans()) else None,
        "retracts": (earlier.fields["id"],) if kind == "retraction" else (),
        "supersedes": earlier.fields["id"] if kind == "revision" else None,
    }
    return _Plan(Response, fields, sentence, setting.report(draw))


def _events(
    draw: Draw, setting: _Setting, accusations: Sequence[_Accusation], count: int
) -> list[_Plan]:
    """Plan events around the allegations, with figures; the second may correct the first."""
    world = setting.world
    plans: list[_Plan] = []
    days: list[dt.date] = []
    for _ in range(count):
        revised = plans[-1] if plans and draw(st.integers(0, 2)) == 0 else None
        if revised is not None:
            event_kind = revised.fields["kind"]
            before = revised.fields["participants"]
            agent, target = world.actors[before[0].actor], world.actors[before[-1].actor]
        else:
            event_kind = draw(st.sampled_from(list(_EVENT_PHRASES)))
            agent = (
                _accused(draw, world, setting.country)
                if draw(st.booleans())
                else _accuser(draw, world, setting.country)
            )
            target = _accuser(draw, world, setting.country)
        day = _day_between(draw, setting.base, -400, 60)
        scene = _place(draw, setting.country[0], minimal=True) if draw(st.booleans()) else None
        sentence = (
            f"In {day.strftime('%B %Y')}, {_name_of(agent)} {_EVENT_PHRASES[event_kind]} "
            f"{_name_of(target)}{f' in {scene.name}' if scene else ''}."
        )
        related = tuple(
            accusation.id for accusation in accusations[: draw(st.integers(0, len(accusations)))]
        )
        people = [Participant(actor=agent.id, role=EventRole.AGENT)]
        if target.id != agent.id:
            people.append(Participant(actor=target.id, role=EventRole.TARGET))
        figures = (
            (_count(draw, [person.actor for person in people], day),)
            if draw(st.integers(0, 2)) == 0
            else ()
        )
        fields = {
            "id": world.new_id(f"{agent.name} {event_kind.term} {day.year}"),
            "kind": event_kind,
            "summary": sentence,
            "date": _day_form(draw, day, ["day", "month", "about"])
            if draw(st.booleans())
            else None,
            "places": (scene,) if scene else (),
            "participants": tuple(people),
            "allegations": related,
            "counts": figures,
            "supersedes": revised.fields["id"] if revised is not None else None,
        }
        if plans and revised is None and draw(st.booleans()):  # "two days after the arrest"
            earlier = plans[-1].fields["id"]
            fields["timing"] = (_timing(draw, {"event": earlier}, (day - days[-1]).days),)
        days.append(day)
        plans.append(_Plan(Event, fields, sentence, setting.report(draw)))
    return plans


def _reports(draw: Draw, setting: _Setting, plans: Sequence[_Plan]) -> list[Report]:
    """Draw the story's reports, each carrying the sentences of the records it mentions.

    A second report may be a corrected version of the first, by the same outlet.
    """
    world, base = setting.world, setting.base
    code, country_name, _ = setting.country
    reports: list[Report] = []
    outlets: list[tuple[Actor, str, str]] = []
    days: list[dt.date] = []
    for number in range(setting.n_reports):
        revised = reports[0] if number and draw(st.integers(0, 2)) == 0 else None
        outlet, domain, language = outlets[0] if revised else _outlet(draw, world)
        outlets.append((outlet, domain, language))
        dateline = _place(draw, code, minimal=True)
        lines = [f"{dateline.name.upper()}, {country_name} —"]
        lines += [plan.sentence for plan in plans if plan.report == number]
        if draw(st.booleans()):
            lines.append(f"{outlet.name} could not independently verify the claims.")
        # A correction comes after the report it corrects, and before the answers (day 31).
        published = _day_between(draw, base, (days[0] - base).days if revised else 0, 30)
        days.append(published)
        first = plans[0].sentence if plans else country_name
        report = Report(
            id=world.new_id(f"{outlet.name} {published.year} {first}"),
            title=first.rstrip("."),
            publisher=outlet.id,
            url=Url(
                f"https://{domain}/a/{_slug(first, 50)}/{draw(st.integers(1000, 9_999_999))}.html"
            ),
            published=_day_form(draw, published, ["time", "day"]),
            updated=_day_form(draw, _day_between(draw, published, 0, 10), ["time", "day"])
            if draw(st.integers(0, 3)) == 0
            else None,
            language=LanguageTag(language),
            authors=tuple(
                Author(name=name, role=draw(st.sampled_from(_BYLINE_ROLES)))
                for name in dict.fromkeys(
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
            supersedes=revised.id if revised is not None else None,
        )
        reports.append(report)
    return reports


def _described(draw: Draw, document: Document, reports: Sequence[Report]) -> Document:
    """Return ``document``, citing one of the story's reports that describes it (or not)."""
    if draw(st.integers(0, 2)):
        return document
    report = draw(st.sampled_from(list(reports)))
    locator = draw(st.sampled_from([None, "paragraph 3", "the second section"]))
    return attrs.evolve(document, citations=(Citation(report=report.id, locator=locator),))


def _records(
    draw: Draw, world: _World, plans: Sequence[_Plan], reports: Sequence[Report]
) -> dict[type, list[Any]]:
    """Build each planned record, citing the report that mentions it (quoting its sentence)."""
    built: dict[type, list[Any]] = {Allegation: [], Response: [], Event: []}
    for plan in plans:
        report = reports[plan.report]
        mentioned = [other for other in plans if other.report == plan.report]
        paragraph = 2 + next(i for i, other in enumerate(mentioned) if other is plan)
        quoted: tuple[Quote, ...] = ()
        if report.body and (plan.disowned_in is not None or draw(st.booleans())):
            quoted = (_quote(draw, world, plan, report, report.body),)
        citation = Citation(
            report=report.id,
            quotes=quoted,
            locator=f"paragraph {paragraph}" if draw(st.integers(0, 3)) == 0 else None,
        )
        built[plan.cls].append(plan.cls(**plan.fields, citations=(citation,)))
    return built


def _quote(draw: Draw, world: _World, plan: _Plan, report: Report, body: str) -> Quote:
    """Quote the words of ``plan`` (or its sentence) from the body of ``report``."""
    text = plan.words or plan.sentence
    start = body.index(plan.sentence) + plan.sentence.index(text)
    offsets = draw(st.booleans())
    translated = plan.original is not None and draw(st.integers(0, 3)) > 0
    in_english = bool(report.language) and not str(report.language).startswith("en")
    return Quote(
        text=text,
        speaker=_person(draw, world, plan.speaker_for).id if plan.speaker_for else None,
        given_to=report.publisher if plan.speaker_for and draw(st.integers(0, 3)) == 0 else None,
        start=start if offsets else None,
        end=start + len(text) if offsets else None,
        language=LanguageTag("en") if in_english and draw(st.booleans()) else None,
        original_text=plan.original[0] if translated and plan.original else None,
        original_language=LanguageTag(plan.original[1]) if translated and plan.original else None,
        disowned_in=plan.disowned_in if plan.speaker_for else None,
    )


def _distinct(items: Sequence[_T]) -> list[_T]:
    seen: list[_T] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _cap(text: str) -> str:
    return text[:1].upper() + text[1:]
