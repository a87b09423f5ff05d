"""What reporting says less often, added to a story: proceedings, reactions, variants, notes.

A story (:mod:`newsmodel.strategies.stories`) draws the records of an
accusation and its answers.  :func:`_enrich` then adds, each now and then,
the rest of what the model holds, coherent with the story: a proceeding
with parties, charges, dated steps and sanctions; a response that answers a
response, a document, an event or a ruling; copies, sources, mentions and
bylines of reports; roles, relations and collective actors; acts,
qualifications, hedges, amounts and status changes of allegations; calls,
venues and requests for comment of responses; a vote's tally; values that
sources give differently (``variants``) and the coder's ``notes``.  And
what schema 2 added: times relative to other records of the story
(``timing``), what rulings and documents find (``assessments``), what a
party asks a court for (``Step.calls``), sanctions as ranges and as the law
provides them, measures a responder takes, protesters' calls, what sources
say an actor is (``traits``), its size (``counts``), and what a report got
wrong (``mistakes``).  And its second round: an accused a report leaves
unnamed (``Citation.unnamed``) and names only in part (``Variant.partial``),
a carrier's ``versions``, ``repeated`` responses, sanctions' ``condition``
and ``timing``, timed requests for comment, offers, stays, judicial reviews
on a motion and ``ex_parte`` steps, a court-appointed lawyer, a defendant who
downplays a ruling or gives up an appeal, calls for acquittal and for
accountability (a death's mourners), and a listed outlet's RIC.  A term
``other`` always comes with notes saying what it stands for.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any, TypeVar

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.dates import PartialDate
from newsmodel.model import (
    Act,
    Actor,
    Allegation,
    Answer,
    Argument,
    Call,
    Charge,
    Citation,
    CommentRequest,
    Copy,
    Count,
    CountryCode,
    Document,
    Event,
    Id,
    LanguageTag,
    Mentions,
    Mistake,
    Participant,
    Party,
    Position,
    Proceeding,
    Qualification,
    Quantity,
    Relation,
    Report,
    Response,
    Result,
    Role,
    Sanction,
    Source,
    StatusChange,
    Step,
    Tally,
    Timing,
    Trait,
    Unnamed,
    Url,
    Variant,
    Vote,
)
from newsmodel.strategies.material import (
    _FIRST_NAMES,
    _LAST_NAMES,
    _LISTED,
    _MISTAKES,
    _OUTLETS,
    _TRAIT_KINDS,
    _TRAITS,
)
from newsmodel.strategies.timings import _gap, _timing
from newsmodel.strategies.values import _OTHER_NOTE, _count, _place
from newsmodel.types import Amount, Currency, Duration, Value
from newsmodel.vocab import (
    Access,
    ActorKind,
    Aspect,
    Benchmark,
    Channel,
    CountKind,
    Demand,
    DocumentKind,
    EventKind,
    EventRole,
    Hedge,
    IdentifierScheme,
    Involvement,
    LegalQualification,
    MistakeKind,
    Outcome,
    PartyRole,
    ProceedingKind,
    Qualifier,
    RelationKind,
    ReportKind,
    ReportRelation,
    RoleKind,
    SanctionKind,
    SanctionStatus,
    Stance,
    StanceParty,
    StandardOfProof,
    StepKind,
    Tactic,
    TimeRelation,
    TraitKind,
    Unit,
    VoteChoice,
)

if TYPE_CHECKING:
    from newsmodel.strategies.stories import _Setting, _Story

_T = TypeVar("_T")


def _sometimes(draw: Draw, one_in: int = 3) -> bool:
    """Draw true once in ``one_in`` draws (shrinks to false)."""
    return draw(st.integers(0, one_in - 1)) == one_in - 1


def _note(draw: Draw, text: str, one_in: int = 5) -> str | None:
    return text if _sometimes(draw, one_in) else None


def _day(base: dt.date, days: int) -> PartialDate:
    return PartialDate((base + dt.timedelta(days=days)).isoformat())


def _quantity(draw: Draw) -> Quantity:
    """Draw money or a measure: exact, a range, a rate, or only the source's words."""
    shape = draw(st.sampled_from(["money", "range", "rate", "measure", "words"]))
    currency = Currency(draw(st.sampled_from(["EUR", "USD", "GBP", "XOF", "BRL"])))
    notes = _note(draw, "The figure is given in the source's currency.", 4)
    if shape == "money":
        amount = draw(st.integers(1, 50)) * 100_000
        return Quantity(
            amount=Amount(amount),
            currency=currency,
            qualifier=draw(st.sampled_from([None, Qualifier.ABOUT, Qualifier.MORE_THAN])),
            converted=(Quantity(amount=Amount(amount * 1.1), currency=Currency("CHF")),),
            notes=notes,
        )
    if shape == "range":
        low = draw(st.integers(1, 20)) * 1000
        return Quantity(
            low=Amount(low),
            high=Amount(low * 2),
            currency=currency,
            qualifier=Qualifier.RANGE,
            notes=notes,
        )
    if shape == "rate":
        return Quantity(amount=Amount(100), currency=currency, per=Duration("P1D"), notes=notes)
    if shape == "measure":
        unit = draw(st.sampled_from([Unit.KILOMETRE, Unit.TONNE, Unit.HECTARE, Unit.OTHER]))
        return Quantity(
            amount=Amount(draw(st.sampled_from([2.5, 12, 0.5]))),
            unit=unit,
            notes=_OTHER_NOTE if unit is Unit.OTHER else notes,
        )
    return Quantity(words="millions of dollars", currency=currency, notes=notes)


def _variants(
    draw: Draw,
    field: str,
    value: Value,
    other: Value,
    *,
    according_to: Sequence[str] = (),
    report: str,
) -> tuple[Variant, ...]:
    """Draw the values sources give for ``field``: the one the record holds, and another."""
    preferred = _sometimes(draw, 2)
    return (
        Variant(
            field=field,
            value=value,
            citations=(Citation(report=Id(report)),),
            preferred=preferred,
            notes="The later and more detailed account." if preferred else None,
        ),
        Variant(
            field=field,
            value=other,
            according_to=tuple(Id(a) for a in according_to),
            as_of=PartialDate("2024-01") if _sometimes(draw, 3) else None,
            mistaken=not preferred and _sometimes(draw, 3),
        ),
    )


def _partial_variants(
    field: str, whole: tuple[Id, ...], *, according_to: Sequence[str], report: str
) -> tuple[Variant, ...]:
    """Return the list ``whole`` as its sources give it, and a report's first item alone.

    The report names only the first ("and others"): a partial value, not a rival one.
    """
    return (
        Variant(field=field, value=Value(whole), according_to=tuple(Id(a) for a in according_to)),
        Variant(
            field=field,
            value=Value(whole[:1]),
            citations=(Citation(report=Id(report)),),
            partial=True,
        ),
    )


def _court(world: Any, code: str, country_name: str, appeal: bool) -> Actor:
    name = f"{'Court of Appeal' if appeal else 'High Court'} of {country_name}"
    return world.actor(  # type: ignore[no-any-return]
        ("court", code, name),
        lambda id_: Actor(id=id_, name=name, kind=ActorKind.COURT, country=CountryCode(code)),
    )


def _lawyer(draw: Draw, world: Any, client: Actor, appointed_by: Actor | None) -> Actor:
    """Return ``client``'s lawyer, appointed by the court ``appointed_by`` if given."""
    name = f"{draw(st.sampled_from(_FIRST_NAMES))} {draw(st.sampled_from(_LAST_NAMES))}"
    return world.actor(  # type: ignore[no-any-return]
        ("lawyer", client.id, name),
        lambda id_: Actor(
            id=id_,
            name=name,
            kind=ActorKind.PERSON,
            roles=(Role(title="lawyer", kind=RoleKind.LAWYER, of=client.id),),
            relations=(
                Relation(
                    kind=RelationKind.APPOINTED_BY, actor=appointed_by.id, words="court-appointed"
                ),
            )
            if appointed_by is not None
            else (),
        ),
    )


def _proceeding(
    draw: Draw, setting: _Setting, allegation: Allegation, report: Report, documents: list[Document]
) -> Proceeding:
    """Draw a case about ``allegation``: parties, charges, a complaint, a ruling, an appeal."""
    world, base = setting.world, setting.base
    code, country_name, _ = setting.country
    court = _court(world, code, country_name, appeal=False)
    accused = [world.actors[a] for a in allegation.accused] or [court]
    defendant, complainant = accused[0], world.actors[allegation.accusers[0]]
    parties = [
        Party(actor=defendant.id, role=PartyRole.DEFENDANT),
        Party(actor=complainant.id, role=PartyRole.COMPLAINANT),
    ]
    if _sometimes(draw, 2):
        appointed = _sometimes(draw, 3)
        lawyer = _lawyer(draw, world, defendant, court if appointed else None)
        parties.append(
            Party(
                actor=lawyer.id,
                role=PartyRole.COUNSEL,
                represents=defendant.id,
                notes="Appointed by the court." if appointed else None,
            )
        )
    charges = [
        Charge(
            id="c1",
            summary=allegation.summary,
            against=(defendant.id,),
            allegations=(allegation.id,),
            qualification=draw(
                st.sampled_from(
                    [None, LegalQualification.CRIMINAL_OFFENCE, LegalQualification.OTHER]
                )
            ),
            legal_basis=("Penal Code art. 221",) if _sometimes(draw, 2) else (),
            notes=_note(draw, "As worded in the indictment.", 4),
        )
    ]
    if _sometimes(draw, 3):
        charges.append(Charge(id="c2", summary="Obstruction of the investigation."))
    convicted = _sometimes(draw, 2)
    sanction = draw(st.sampled_from(["prison", "fine", "requested"]))
    sanctions: tuple[Sanction, ...] = ()
    ruled = base + dt.timedelta(days=draw(st.integers(100, 300)))
    proceeding_id = world.new_id(f"{defendant.name} case {ruled.year}")
    if convicted and sanction == "prison":
        sanctions = (
            Sanction(
                kind=SanctionKind.IMPRISONMENT,
                against=(defendant.id,),
                duration=Duration("P4Y"),
                suspended=Duration("P3Y"),
                credited=Duration("P2M"),
                period=PartialDate(f"{ruled.isoformat()}/{ruled.year + 1}-{ruled.month:02d}"),
                concurrent=_sometimes(draw, 2),
                benchmark=draw(st.sampled_from([None, Benchmark.STANDARD, Benchmark.MAXIMUM])),
                status=draw(
                    st.sampled_from([None, SanctionStatus.PENDING, SanctionStatus.SERVING])
                ),
                summary="Four years, three of them suspended.",
                notes=_note(draw, "Time in pre-trial detention counts against it.", 3),
            ),
        )
    elif convicted:
        sanctions = (
            Sanction(
                kind=SanctionKind.FINE,
                against=(defendant.id,),
                amount=Quantity(amount=Amount(100), currency=Currency("EUR"), per=Duration("P1D")),
                duration=Duration("P30D"),
                deadline=_day(ruled, 60) if _sometimes(draw, 2) else None,
                within=Duration("P2M") if _sometimes(draw, 2) else None,
                scope="all of its subsidiaries" if _sometimes(draw, 2) else None,
                benchmark=draw(st.sampled_from([None, Benchmark.RECORD])),
                notes=_note(draw, "A daily fine for as long as the order is not obeyed.", 3),
            ),
        )
    if convicted and _sometimes(draw, 3):  # what the law provides, beside what was imposed
        sanctions += (
            Sanction(
                kind=SanctionKind.IMPRISONMENT,
                duration=Duration("P5Y"),
                qualifier=Qualifier.AT_MOST,
                benchmark=Benchmark.MAXIMUM,
                status=SanctionStatus.PROVIDED,
                condition="where the offence was committed knowingly"
                if _sometimes(draw, 2)
                else None,
                summary="The law provides for up to five years.",
            ),
        )
    finding = _finding(draw, allegation, convicted)
    ruling_document: Document | None = None
    if _sometimes(draw, 2):
        ruling_document = Document(
            id=world.new_id(f"{court.name} ruling {ruled.year}"),
            kind=DocumentKind.RULING,
            authors=(court.id,),
            published=PartialDate(ruled.isoformat()),
            assessments=(finding,) if _sometimes(draw, 2) else (),
            timing=(_timing(draw, {"proceeding": proceeding_id}, 0, step="ruling-1"),)
            if _sometimes(draw, 2)
            else (),
        )
        documents.append(ruling_document)
    complained = draw(st.integers(1, 30))
    steps = [
        Step(
            id="complaint",
            kind=StepKind.COMPLAINT,
            date=_day(base, complained),
            by=(complainant.id,),
            charges=tuple(charge.id for charge in charges),
            within=Duration("PT48H") if _sometimes(draw, 3) else None,
            deadline=_day(base, 45) if _sometimes(draw, 3) else None,
            calls=_step_calls(draw, court) if _sometimes(draw, 4) else (),
        ),
    ]
    if _sometimes(draw, 4):
        searched = draw(st.integers(0, 20))
        steps.append(
            Step(
                kind=StepKind.SEARCH,
                date=_day(base, complained + searched),
                summary="Investigators searched the defendant's offices.",
                timing=(_timing(draw, {"proceeding": proceeding_id}, searched, step="complaint"),),
            )
        )
    if sanction == "requested":
        shape = draw(st.sampled_from(["exact", "range", "at_most"]))
        low, high, qualifier, asked = {
            "exact": ("P5Y", None, None, "five years"),
            "range": ("P4Y", "P5Y", Qualifier.RANGE, "four to five years"),
            "at_most": ("P5Y", None, Qualifier.AT_MOST, "up to five years"),
        }[shape]
        steps.append(
            Step(
                kind=StepKind.HEARING,
                date=_day(base, 90),
                duration=Duration("PT7H~") if _sometimes(draw, 2) else None,
                sanctions=(
                    Sanction(
                        kind=SanctionKind.IMPRISONMENT,
                        against=(defendant.id,),
                        duration=Duration(low),
                        duration_high=Duration(high) if high else None,
                        qualifier=qualifier,
                        requested=True,
                        summary=f"The prosecution asked for {asked}.",
                        notes=_note(draw, "Asked for in the closing speech.", 2),
                    ),
                ),
                calls=_step_calls(draw, court, hearing=True) if _sometimes(draw, 2) else (),
            )
        )
    if _sometimes(draw, 6):  # an offer to settle, before the ruling
        offered = draw(st.integers(1, max((ruled - base).days - complained - 1, 1)))
        steps.append(
            Step(
                kind=StepKind.OFFER,
                date=_day(base, complained + offered),
                by=(defendant.id,),
                summary="The defendant offered a donation to charity to settle the case.",
            )
        )
    unanimous = _sometimes(draw, 2)
    steps.append(
        Step(
            id="ruling-1",
            kind=StepKind.RULING,
            date=PartialDate(ruled.isoformat()),
            by=(court.id,),
            charges=("c1",),
            outcome=Outcome.CONVICTED if convicted else Outcome.ACQUITTED,
            standard_of_proof=draw(
                st.sampled_from([None, StandardOfProof.BEYOND_REASONABLE_DOUBT])
            ),
            votes=(
                Tally(
                    in_favour=3,
                    unanimous=True,
                    votes=(
                        Vote(
                            actor=court.id,
                            vote=VoteChoice.FOR,
                            date=PartialDate(ruled.isoformat()),
                            notes="The presiding judge.",
                        ),
                    )
                    if _sometimes(draw, 2)
                    else (),
                )
                if unanimous
                else Tally(
                    in_favour=2,
                    against=1,
                    abstaining=0,
                    absent=0,
                    notes=_note(draw, "One judge dissented.", 2),
                )
            )
            if _sometimes(draw, 3)
            else None,
            results=(
                Result(
                    outcome=Outcome.ACQUITTED,
                    charges=("c2",),
                    against=(defendant.id,),
                    notes="Acquitted of the lesser charge.",
                ),
            )
            if len(charges) > 1 and _sometimes(draw, 2)
            else (),
            legal_basis=("Penal Code art. 221",) if _sometimes(draw, 3) else (),
            grounds=("the evidence of the witnesses was consistent",)
            if _sometimes(draw, 3)
            else (),
            final=_sometimes(draw, 4),
            counts=(_count(draw, [court.id], None),) if _sometimes(draw, 4) else (),
            sanctions=sanctions,
            assessments=(finding,) if _sometimes(draw, 2) else (),
            timing=(
                _timing(
                    draw,
                    {"proceeding": proceeding_id},
                    (ruled - base).days - complained,
                    step="complaint",
                ),
            )
            if _sometimes(draw, 4)
            else (),
            document=ruling_document.id if ruling_document else None,
            summary="The court ruled on the charges.",
            notes=_note(draw, "Read out in open court.", 4),
        )
    )
    if _sometimes(draw, 3):
        steps.append(_challenge(draw, world, court, defendant, ruled=ruled, documents=documents))
    if _sometimes(draw, 2):
        appeal_court = _court(world, code, country_name, appeal=True)
        appealed = draw(st.integers(5, 30))
        steps.append(
            Step(
                id="appeal-1",
                kind=StepKind.APPEAL,
                date=_day(ruled, appealed),
                timing=(_timing(draw, {"proceeding": proceeding_id}, appealed, step="ruling-1"),)
                if _sometimes(draw, 2)
                else (),
                forum=appeal_court.id,
                by=((defendant if convicted else complainant).id,),
                of="ruling-1",
                suspensive=draw(st.sampled_from([None, True, False])),
                counts=(Count(kind=CountKind.GROUNDS, best=20, who="grounds of appeal"),)
                if _sometimes(draw, 3)
                else (),
            )
        )
        if _sometimes(draw, 2):
            heard = draw(st.integers(60, 90))
            steps.append(
                Step(
                    kind=StepKind.HEARING,
                    date=_day(ruled, heard),
                    timing=(_timing(draw, {"proceeding": proceeding_id}, heard, step="ruling-1"),)
                    if _sometimes(draw, 2)
                    else (),
                    forum=appeal_court.id,
                    scheduled=True,
                    ex_parte=_sometimes(draw, 4),
                    hedge=draw(st.sampled_from([None, Hedge.POSSIBLE])),
                )
            )
    opened = steps[0].date
    assert opened is not None
    kind = draw(
        st.sampled_from([ProceedingKind.CRIMINAL, ProceedingKind.CIVIL, ProceedingKind.OTHER])
    )
    return Proceeding(
        id=proceeding_id,
        kind=kind,
        title=f"The case against {defendant.name}" if _sometimes(draw, 2) else None,
        forum=court.id,
        case_numbers=(f"{ruled.year}/{draw(st.integers(1, 9999))}",) if _sometimes(draw, 2) else (),
        class_action=_sometimes(draw, 4),
        allegations=(allegation.id,),
        parties=tuple(parties),
        charges=tuple(charges),
        steps=tuple(steps),
        period=PartialDate(f"{opened.text}/..") if _sometimes(draw, 2) else None,
        counts=(_count(draw, [defendant.id], None),) if _sometimes(draw, 3) else (),
        summary=f"Proceedings over: {allegation.summary}" if _sometimes(draw, 2) else None,
        citations=(Citation(report=report.id),),
        notes=_OTHER_NOTE if kind is ProceedingKind.OTHER else None,
    )


def _finding(draw: Draw, allegation: Allegation, convicted: bool) -> Answer:
    """Draw what a ruling finds on ``allegation``: the act established or not, and the intent."""
    position = (
        Position(
            aspect=Aspect.INTENT,
            stance=Stance.NOT_ESTABLISHED,
            words="there was no intent to cause harm",
        )
        if convicted
        else Position(
            aspect=Aspect.RESPONSIBILITY,
            stance=Stance.NOT_ESTABLISHED,
            words="his part in it could not be established",
        )
    )
    return Answer(
        allegation=allegation.id,
        stance=Stance.CORROBORATION if convicted else Stance.NOT_ESTABLISHED,
        positions=(position,) if _sometimes(draw, 2) else (),
    )


def _challenge(
    draw: Draw,
    world: Any,
    court: Actor,
    defendant: Actor,
    *,
    ruled: dt.date,
    documents: list[Document],
) -> Step:
    """Draw a stay of the ruling, or a motion asking a court to review it (added to documents)."""
    day = _day(ruled, draw(st.integers(1, 4)))
    if _sometimes(draw, 2):
        return Step(
            kind=StepKind.STAY,
            date=day,
            by=(court.id,),
            of="ruling-1",
            ex_parte=_sometimes(draw, 2),
            summary="The court stayed its ruling at the defendant's request.",
        )
    motion = Document(
        id=world.new_id(f"{defendant.name} motion {ruled.year}"),
        kind=DocumentKind.MOTION,
        authors=(defendant.id,),
        published=day if _sometimes(draw, 2) else None,
    )
    documents.append(motion)
    return Step(
        kind=StepKind.JUDICIAL_REVIEW,
        date=day,
        by=(defendant.id,),
        of="ruling-1",
        document=motion.id,
        summary="The defendant asked for a judicial review of the ruling.",
    )


def _step_calls(draw: Draw, court: Actor, *, hearing: bool = False) -> tuple[Call, ...]:
    """Draw what a party asks a court for that is no sanction: detention, a kind of trial.

    At a ``hearing`` the defence may plead for an acquittal.
    """
    calls = [
        Call(
            demand=Demand.DETAIN,
            of=(court.id,),
            words="asked that the defendant be held in pre-trial detention"
            if _sometimes(draw, 2)
            else None,
        )
    ]
    if _sometimes(draw, 2):
        calls.append(
            Call(
                demand=Demand.TRIAL,
                of=(court.id,),
                words="did not seek a jury trial",
                not_sought=True,
            )
        )
    if hearing and not _sometimes(draw, 3):  # the defence's plea
        calls.append(Call(demand=Demand.ACQUIT, of=(court.id,), words="pleaded for an acquittal"))
    return tuple(calls)


def _reaction(
    draw: Draw,
    setting: _Setting,
    story: _Story,
    proceedings: Sequence[Proceeding],
    report: Report,
) -> Response | None:
    """Draw a response to a response, a document, an event or a ruling, if the story has one."""
    targets: list[tuple[str, Any]] = [("response", r) for r in story.responses]
    targets += [("document", d) for d in story.documents]
    targets += [("event", e) for e in story.events]
    targets += [("proceeding", p) for p in proceedings]
    targets += [("report", r) for r in story.reports]
    if not targets:
        return None
    kinds = sorted({kind for kind, _ in targets})
    # Each kind as often, however many records it has; a case's ruling half the time, as
    # reactions to rulings are what proceedings are reported for.
    kind = "proceeding" if proceedings and _sometimes(draw, 2) else draw(st.sampled_from(kinds))
    target = draw(st.sampled_from([record for each, record in targets if each == kind]))
    responder = setting.world.actors[story.allegations[0].accusers[0]]
    stance = {
        "response": Stance.REBUTTAL,
        "document": Stance.WELCOME,
        "event": Stance.CONDEMNATION,
        "proceeding": Stance.CONCERN,
        "report": Stance.CRITICISM,
    }[kind]
    step = None
    if kind == "proceeding":
        step = next((s.id for s in target.steps if s.kind is StepKind.RULING), None)
        defendant = next(p.actor for p in target.parties if p.role is PartyRole.DEFENDANT)
        if _sometimes(draw, 3):  # the defendant plays the ruling down, or will not appeal it
            responder = setting.world.actors[defendant]
            stance = draw(st.sampled_from([Stance.DOWNPLAYING, Stance.WITHDRAWAL]))
    agents = [p.actor for p in getattr(target, "participants", ()) if p.role is EventRole.AGENT]
    if kind == "event" and agents and _sometimes(draw, 3):  # the agent confirms what it did
        responder, stance = setting.world.actors[agents[0]], Stance.CONFIRMATION
    answered: dict[str, Any] = {kind: target.id}
    answer = Answer(
        **answered,
        step=step,
        stance=draw(st.sampled_from([None, stance])),
        notes=_note(draw, "Answers it in a single sentence.", 4),
    )
    day = setting.base + dt.timedelta(days=draw(st.integers(301, 400)))
    lenient = stance is Stance.CONCERN and not _sometimes(draw, 3)
    return Response(
        id=setting.world.new_id(f"{responder.name} {stance.term}"),
        responders=(responder.id,),
        answers=(answer,),
        stances=(stance,),
        arguments=(Argument(tactic=Tactic.TOO_LENIENT, words="far too lenient"),)
        if lenient
        else (),
        date=PartialDate(day.isoformat()),
        timing=(_timing(draw, answered, _gap(day, _date_of(target, step)), step=step),)
        if _sometimes(draw, 2)
        else (),
        channels=(Channel.STATEMENT,),
        citations=(Citation(report=report.id),),
    )


def _date_of(record: Any, step: str | None = None) -> PartialDate | None:
    """Return when a record was made, published or happened (a proceeding: its step's date)."""
    if isinstance(record, Proceeding):
        return next((s.date for s in record.steps if s.id == step and step is not None), None)
    for name in ("made", "date", "published"):
        if hasattr(record, name):
            return getattr(record, name)  # type: ignore[no-any-return]
    return None


def _enrich_report(
    draw: Draw, setting: _Setting, report: Report, earlier: Sequence[Report], story: _Story
) -> Report:
    world = setting.world
    changes: dict[str, Any] = {}
    if _sometimes(draw, 4):
        changes["kind"] = draw(
            st.sampled_from([ReportKind.WIRE_STORY, ReportKind.OPINION, ReportKind.OTHER])
        )
    if _sometimes(draw):
        name, home, domain, language = draw(st.sampled_from(_OUTLETS))
        carrier = world.actor(
            ("outlet", name),
            lambda id_: Actor(
                id=id_, name=name, kind=ActorKind.MEDIA_OUTLET, country=CountryCode(home)
            ),
        )
        changes["copies"] = (
            Copy(
                carrier=carrier.id,
                url=Url(f"https://{domain}/copy/{report.id}.html"),
                title=report.title if _sometimes(draw, 2) else None,
                language=LanguageTag(language) if _sometimes(draw, 2) else None,
                published=report.published if _sometimes(draw, 2) else None,
                retrieved=_day(setting.base, 400) if _sometimes(draw, 2) else None,
                versions=draw(st.integers(1, 5)) if _sometimes(draw, 3) else None,
                notes=_note(draw, "A syndicated copy.", 4),
            ),
        )
    if _sometimes(draw):
        if earlier and not _sometimes(draw, 3):
            source = Source(relation=ReportRelation.FOLLOWS_UP, report=earlier[0].id)
        else:
            name = draw(st.sampled_from(_OUTLETS))[0]
            outlet = world.actor(
                ("outlet", name),
                lambda id_: Actor(id=id_, name=name, kind=ActorKind.MEDIA_OUTLET),
            )
            source = Source(
                relation=draw(st.sampled_from([ReportRelation.RELAYS, ReportRelation.OTHER])),
                outlet=outlet.id,
                via=(Id(draw(st.sampled_from(sorted(world.actors)))),)
                if _sometimes(draw, 3)
                else (),
                words=f"according to {name}",
            )
        changes["sources"] = (
            attrs.evolve(source, notes=_OTHER_NOTE)
            if source.relation is ReportRelation.OTHER
            else source,
        )
    if report.authors and _sometimes(draw, 4):
        first = report.authors[0]
        journalist = world.actor(
            ("journalist", first.name),
            lambda id_: Actor(
                id=id_, name=first.name, kind=ActorKind.PERSON, part_of=report.publisher
            ),
        )
        first = attrs.evolve(
            first, actor=journalist.id, notes=_note(draw, "Also credited for the photographs.", 2)
        )
        changes["authors"] = (first, *report.authors[1:])
    if _sometimes(draw):
        changes["mentions"] = Mentions(
            actors=(Id(draw(st.sampled_from(sorted(world.actors)))),),
            documents=tuple(d.id for d in story.documents[:1]),
            places=(_place(draw, setting.country[0], minimal=True),) if _sometimes(draw, 2) else (),
        )
    if report.published is not None and _sometimes(draw, 5):
        other = PartialDate(report.published.text[:4])
        changes["variants"] = _variants(
            draw,
            "published",
            Value(report.published.text),
            Value(other.text),
            according_to=[report.publisher] if report.publisher else [],
            report=report.id,
        )
    if _sometimes(draw, 4):
        changes["placement"] = draw(st.sampled_from(["front page", "breaking alert"]))
        changes["labels"] = (draw(st.sampled_from(["EXCLUSIVE", "Analysis"])),)
        changes["versions"] = draw(st.integers(2, 6))
    if story.allegations and _sometimes(draw, 4):
        changes["assessments"] = (
            Answer(
                allegation=story.allegations[0].id,
                stance=Stance.SCEPTICISM,
                positions=(
                    Position(
                        aspect=Aspect.EVIDENCE,
                        stance=Stance.SCEPTICISM,
                        words="offered little to back it up",
                    ),
                )
                if _sometimes(draw, 3)
                else (),
                hedge=draw(st.sampled_from([None, Hedge.LIKELY, Hedge.POSSIBLE])),
                notes=_note(draw, "The outlet's own reading, in its second paragraph.", 2),
            ),
        )
    if _sometimes(draw, 3):
        changes["mistakes"] = (_mistake(draw, report, story.reports),)
    accusation = next((a for a in story.allegations if a.raised_in is None), None)
    if accusation is not None and _sometimes(draw, 5):  # "weeks after the accusation"
        gap = _gap(report.published, accusation.made)
        changes["timing"] = (
            _timing(draw, {"allegation": accusation.id}, gap, words="after the accusation"),
        )
    changes["notes"] = _note(draw, "Retrieved from the outlet's archive.")
    if changes.get("kind") is ReportKind.OTHER:
        changes["notes"] = _OTHER_NOTE
    return attrs.evolve(report, **changes)


#: Actors whose size reports give as a count of members.
_GROUPS = (ActorKind.NON_STATE_ARMED_GROUP, ActorKind.GROUP_OF_PEOPLE, ActorKind.NGO)


def _mistake(draw: Draw, report: Report, reports: Sequence[Report]) -> Mistake:
    """Draw what ``report`` got wrong, shown by another report of the story (or itself)."""
    kind = draw(st.sampled_from(list(MistakeKind)))
    printed, correct = _MISTAKES[kind]
    others = [r.id for r in reports if r.id != report.id]
    if kind is MistakeKind.SELF_CONTRADICTION:
        shown_by: tuple[Id, ...] = (report.id,)
    else:
        shown_by = (draw(st.sampled_from(others)),) if others and _sometimes(draw, 2) else ()
    words = None if _sometimes(draw, 5) else printed
    return Mistake(
        kind=kind,
        words=words,
        correct=correct if words is None or shown_by or _sometimes(draw, 2) else None,
        shown_by=shown_by,
        hedge=None if shown_by else draw(st.sampled_from([None, Hedge.LIKELY, Hedge.POSSIBLE])),
        notes=_note(draw, "Corrected in a later version without a note.", 4),
    )


def _traits(draw: Draw, actor: Actor, story: _Story, base: dt.date) -> tuple[Trait, ...]:
    """Draw what a story's sources say ``actor`` is, naming who says so."""
    kinds = _TRAIT_KINDS.get(actor.kind, tuple(TraitKind))
    kind = draw(st.sampled_from(list(kinds)))
    accusers = [a for a in story.allegations[0].accusers if a != actor.id]
    according_to = tuple(accusers[:1]) if accusers and _sometimes(draw, 2) else ()
    cited = not according_to or _sometimes(draw, 2)
    return (
        Trait(
            kind=kind,
            value=draw(st.sampled_from(_TRAITS[kind])),
            according_to=according_to,
            citations=(Citation(report=story.reports[0].id),) if cited else (),
            period=PartialDate(str(base.year - draw(st.integers(0, 5))))
            if _sometimes(draw, 3)
            else None,
        ),
    )


def _members(draw: Draw, actor: Actor, story: _Story) -> Count:
    """Draw how many members a group is said to have (about 5,000 fighters)."""
    accusers = [a for a in story.allegations[0].accusers if a != actor.id]
    return Count(
        kind=CountKind.MEMBERS,
        who=draw(st.sampled_from([None, "fighters", "members"])),
        best=draw(st.integers(2, 500)) * 100,
        qualifier=draw(st.sampled_from([None, Qualifier.ABOUT, Qualifier.MORE_THAN])),
        according_to=accusers[0] if accusers and _sometimes(draw, 2) else None,
    )


def _enrich_actor(draw: Draw, setting: _Setting, actor: Actor, story: _Story) -> Actor:
    world = setting.world
    changes: dict[str, Any] = {}
    others = [a for a in sorted(world.actors) if a != actor.id]
    if actor.description is None and _sometimes(draw, 4):
        changes["description"] = f"{actor.name}, as the reports name it."
    if actor.kind is ActorKind.NON_STATE_ARMED_GROUP and _sometimes(draw, 2):
        changes["other_kinds"] = (ActorKind.DE_FACTO_AUTHORITY,)
    if actor.kind is ActorKind.PERSON and actor.part_of and not actor.roles and _sometimes(draw, 2):
        changes["roles"] = (
            Role(
                title="spokesperson",
                kind=RoleKind.SPOKESPERSON,
                of=actor.part_of,
                period=PartialDate(f"{setting.base.year - 2}/..") if _sometimes(draw, 2) else None,
                duration=Duration("P54D") if _sometimes(draw, 2) else None,
                notes="Named as spokesperson in the report.",
            ),
        )
    if others and story.reports and _sometimes(draw, 5):
        kind = draw(
            st.sampled_from([RelationKind.LINKED_TO, RelationKind.WORKS_WITH, RelationKind.OTHER])
        )
        changes["relations"] = (
            *actor.relations,
            Relation(
                kind=kind,
                actor=Id(draw(st.sampled_from(others))),
                period=PartialDate(f"{setting.base.year - 3}/{setting.base.year}")
                if _sometimes(draw, 2)
                else None,
                according_to=tuple(story.allegations[0].accusers[:1])
                if _sometimes(draw, 2)
                else (),
                citations=(Citation(report=story.reports[0].id),) if _sometimes(draw, 2) else (),
                words="linked to" if _sometimes(draw, 2) else None,
                notes=_OTHER_NOTE if kind is RelationKind.OTHER else None,
            ),
        )
    listed = _LISTED.get(actor.name) if actor.kind is ActorKind.MEDIA_OUTLET else None
    if listed is not None and _sometimes(draw, 2):
        changes["identifiers"] = {**actor.identifiers, IdentifierScheme.RIC: listed}
    if actor.kind is ActorKind.PERSON and _sometimes(draw, 4):
        changes["age"] = draw(st.integers(18, 90))
        changes["born"] = PartialDate(str(setting.base.year - changes["age"]))
    if story.reports and story.allegations and _sometimes(draw, 4):
        changes["traits"] = _traits(draw, actor, story, setting.base)
    if actor.kind in _GROUPS and story.allegations and _sometimes(draw, 4):
        changes["counts"] = (_members(draw, actor, story),)
    if actor.aliases and story.reports and _sometimes(draw, 6):
        changes["variants"] = _variants(
            draw, "name", Value(actor.name), Value(actor.aliases[0]), report=story.reports[0].id
        )
    changes["notes"] = _note(draw, "Spelled differently across reports.", 6)
    return attrs.evolve(actor, **changes)


def _collective(draw: Draw, setting: _Setting) -> Actor:
    """Return a collective actor standing for the story's states, named together."""
    world = setting.world
    states = tuple(Id(a.id) for a in world.actors.values() if a.kind is ActorKind.STATE)[:3]
    return world.actor(
        ("collective", "states"),
        lambda id_: Actor(
            id=id_,
            name="Several states",
            kind=ActorKind.STATE,
            collective=True,
            size=len(states) + 2,
            members=states,
        ),
    )


def _enrich_document(
    draw: Draw, document: Document, report: Report, documents: Sequence[Document]
) -> Document:
    changes: dict[str, Any] = {}
    others = [d.id for d in documents if d.id != document.id]
    if others and _sometimes(draw, 4):
        changes["cites"] = (others[0],)
    if report.publisher is not None and _sometimes(draw, 4):
        changes["recipients"] = (report.publisher,)
    if document.authors and _sometimes(draw, 5):
        changes["calls"] = (
            Call(
                demand=Demand.INVESTIGATE,
                of=document.authors[:1],
                deadline=PartialDate("2030-01") if _sometimes(draw, 2) else None,
            ),
        )
    if _sometimes(draw, 5):
        changes["copies"] = (Copy(url=Url(f"https://www.scribd.com/document/{document.id}")),)
    if _sometimes(draw):
        changes["reference_numbers"] = (f"S/{report.id[:4]}/{len(document.id)}",)
    if _sometimes(draw):
        access = draw(
            st.sampled_from([Access.READ_IN_FULL, Access.DESCRIBED, Access.LEAKED, Access.OTHER])
        )
        changes["access"] = access
        if access is Access.OTHER:
            changes["notes"] = _OTHER_NOTE
    if _sometimes(draw, 4):
        changes["counts"] = (_count(draw, list(document.authors), None),)
    if document.published is not None and _sometimes(draw, 5):
        changes["variants"] = _variants(
            draw,
            "published",
            Value(document.published.text),
            Value(document.published.text[:7]),
            according_to=list(document.authors),
            report=report.id,
        )
    revised = next((d for d in documents if d.id == document.supersedes), None)
    if revised is not None and _sometimes(draw, 2):  # it corrects, or seems to contradict
        stance = draw(st.sampled_from([Stance.CORRECTION, Stance.CONTRADICTION]))
        changes["assessments"] = (
            Answer(
                document=revised.id,
                stance=stance,
                positions=(
                    Position(
                        aspect=Aspect.SCALE,
                        stance=stance,
                        words="the toll is higher than first reported",
                    ),
                )
                if _sometimes(draw, 2)
                else (),
                hedge=Hedge.LIKELY if stance is Stance.CONTRADICTION else None,
            ),
        )
    if revised is not None and _sometimes(draw, 2):
        gap = _gap(document.published, revised.published)
        changes["timing"] = (_timing(draw, {"document": revised.id}, gap),)
    if "notes" not in changes:
        changes["notes"] = _note(draw, "Seen by the reporter, not published.")
    return attrs.evolve(document, **changes)


def _enrich_allegation(draw: Draw, allegation: Allegation, reports: Sequence[Report]) -> Allegation:
    changes: dict[str, Any] = {}
    if allegation.raised_in is None and allegation.accused and _sometimes(draw, 4):
        # The conduct took place before the report that tells of it.
        report = next(r for r in reports if r.id == allegation.citations[0].report)
        gap = _gap(allegation.occurred, report.published)
        changes["timing"] = (
            _timing(
                draw,
                {"report": report.id},
                gap,
                relation=TimeRelation.BEFORE,
            ),
        )
    if allegation.accused and allegation.conduct and _sometimes(draw, 4):
        changes["acts"] = (
            Act(
                by=allegation.accused[:1],
                conduct=allegation.conduct[:1],
                summary="Opened fire on the crowd." if _sometimes(draw, 2) else None,
                means=("live fire",) if _sometimes(draw, 2) else (),
                occurred=allegation.occurred,
                duration=Duration("PT2M~") if _sometimes(draw, 3) else None,
                places=allegation.places[:1],
                targets=allegation.victims[:1] if _sometimes(draw, 2) else (),
                involvement=draw(
                    st.sampled_from([None, Involvement.PERPETRATOR, Involvement.AIDED])
                ),
                hedge=draw(st.sampled_from([None, Hedge.POSSIBLE])),
                notes=_note(draw, "The report does not say who gave the order.", 3),
            ),
        )
    if _sometimes(draw, 4):
        changes["channels"] = (draw(st.sampled_from([Channel.INTERVIEW, Channel.REPORT])),)
    if allegation.counts and _sometimes(draw, 3):
        count = allegation.counts[0]
        changes["counts"] = (
            attrs.evolve(
                count,
                share=float(draw(st.integers(1, 100))) if _sometimes(draw, 2) else None,
                hedge=draw(st.sampled_from([None, Hedge.UNSOURCED, Hedge.POSSIBLE])),
                derived_from=allegation.accusers[:1] if _sometimes(draw, 2) else (),
                document=allegation.evidence[0] if allegation.evidence else None,
                places=allegation.places[:1],
            ),
            *allegation.counts[1:],
        )
    if _sometimes(draw, 4):
        changes["means"] = (draw(st.sampled_from(["live fire", "a drone", "forged invoices"])),)
    if _sometimes(draw, 4):
        translated = _sometimes(draw, 2)
        changes["qualifications"] = (
            Qualification(
                term=draw(
                    st.sampled_from(
                        [LegalQualification.WAR_CRIME, LegalQualification.HUMAN_RIGHTS_VIOLATION]
                    )
                ),
                words="may amount to war crimes" if _sometimes(draw, 2) else None,
                original_words="pourraient constituer des crimes de guerre" if translated else None,
                language=LanguageTag("fr") if translated else None,
                certainty=draw(st.sampled_from([None, Hedge.POSSIBLE, Hedge.STATED])),
                by=allegation.accusers[:1],
                notes=_note(draw, "Said at a press conference.", 4),
            ),
        )
    if _sometimes(draw, 4):
        changes["hedge"] = draw(st.sampled_from([Hedge.SUSPECTED, Hedge.POSSIBLE]))
        changes["hedge_words"] = draw(st.sampled_from([None, "may be", "suspected of"]))
    if _sometimes(draw, 5):
        changes["amounts"] = (_quantity(draw),)
    if _sometimes(draw, 4):
        changes["status_history"] = (
            StatusChange(
                status=allegation.status,
                date=allegation.made,
                by=allegation.accusers[:1] if _sometimes(draw, 2) else (),
                notes=_note(draw, "As the accusers' report puts it.", 3),
            ),
            *allegation.status_history,
        )
    best = allegation.counts[0].best if allegation.counts else None
    variants: tuple[Variant, ...] = ()
    if best is not None and _sometimes(draw, 4):
        variants = _variants(
            draw,
            "counts[0].best",
            Value(best),
            Value(best + draw(st.integers(1, 30))),
            according_to=allegation.accused[:1],
            report=allegation.citations[0].report,
        )
    if len(allegation.accused) > 1 and _sometimes(draw, 4):  # the report names the first only
        variants += _partial_variants(
            "accused",
            allegation.accused,
            according_to=allegation.accusers[:1],
            report=allegation.citations[0].report,
        )
    if variants:
        changes["variants"] = variants
    if len(allegation.accused) > 1 and _sometimes(draw, 3):
        # The report's sentence names the first accused, and leaves another unnamed.
        first = allegation.citations[0]
        unnamed = Unnamed(
            actor=allegation.accused[-1],
            words=draw(st.sampled_from([None, "a foreign partner", "others it did not name"])),
        )
        changes["citations"] = (
            attrs.evolve(first, unnamed=(unnamed,)),
            *allegation.citations[1:],
        )
    changes["notes"] = _note(draw, "The toll could not be verified independently.")
    return attrs.evolve(allegation, **changes)


def _enrich_response(draw: Draw, setting: _Setting, response: Response, story: _Story) -> Response:
    world = setting.world
    changes: dict[str, Any] = {}
    responder = world.actors[response.responders[0]]
    publisher = story.reports[0].publisher if story.reports else None
    if responder.part_of and _sometimes(draw, 4):
        changes["on_behalf_of"] = (responder.part_of,)
    if _sometimes(draw, 5):
        demand = draw(
            st.sampled_from(
                [Demand.INVESTIGATE, Demand.APOLOGISE, Demand.ACCOUNTABILITY, Demand.OTHER]
            )
        )
        said = {
            Demand.INVESTIGATE: "called for an independent inquiry",
            Demand.ACCOUNTABILITY: "called for those responsible to be held to account",
        }
        changes["calls"] = (
            Call(
                demand=demand,
                of=tuple(story.allegations[0].accusers[:1]),
                words=said.get(demand) if _sometimes(draw, 2) else None,
                notes=_OTHER_NOTE if demand is Demand.OTHER else None,
            ),
        )
    answered = next((a for a in story.allegations if a.id == response.answers[0].allegation), None)
    if _sometimes(draw, 6):
        changes["measures"] = (_measure(draw, answered),)
    if _sometimes(draw, 6):
        changes["repeated"] = True  # "has repeatedly denied"
    timing = _response_timing(draw, response, story)
    if timing is not None:
        changes["timing"] = (timing,)
    if publisher and _sometimes(draw, 5):
        changes["venues"] = (publisher,)
    if publisher and _sometimes(draw, 5):
        asked = _day(setting.base, 30) if _sometimes(draw, 2) else None
        changes["comment_sought"] = CommentRequest(
            by=publisher,
            date=asked,
            deadline=_day(setting.base, 31) if _sometimes(draw, 2) else None,
            words="did not immediately respond" if _sometimes(draw, 2) else None,
            timing=(
                _timing(
                    draw,
                    {"allegation": answered.id},
                    _gap(asked, answered.made),
                    words="after the accusation",
                ),
            )
            if answered is not None and _sometimes(draw, 2)
            else (),
        )
    if _sometimes(draw, 6):
        changes["counts"] = (_count(draw, list(response.responders), None),)
    if _sometimes(draw, 5):
        changes["places"] = (_place(draw, setting.country[0], minimal=True),)
    if _sometimes(draw, 5):
        changes["within"] = Duration("PTXH")
    if publisher and _sometimes(draw, 5):
        changes["delivered_by"] = (publisher,)
    citation = response.citations[0]
    if citation.quotes and _sometimes(draw, 3):
        quote = attrs.evolve(
            citation.quotes[0],
            given_to=publisher,
            via=tuple(response.responders[:1]) if _sometimes(draw, 2) else (),
            translated=_sometimes(draw, 2),
            paraphrase=_sometimes(draw, 2),
        )
        changes["citations"] = (
            attrs.evolve(citation, quotes=(quote, *citation.quotes[1:])),
            *response.citations[1:],
        )
    if response.date is not None and _sometimes(draw, 6):
        changes["variants"] = _variants(
            draw,
            "date",
            Value(response.date.text),
            Value(response.date.text[:7]),
            report=response.citations[0].report,
        )
    if response.arguments and _sometimes(draw, 5):
        first = attrs.evolve(response.arguments[0], notes="Repeated twice in the statement.")
        changes["arguments"] = (first, *response.arguments[1:])
    answers = list(response.answers)
    if answers[0].positions and _sometimes(draw, 3):
        position = attrs.evolve(answers[0].positions[0], notes="In the second paragraph.")
        answers[0] = attrs.evolve(answers[0], positions=(position, *answers[0].positions[1:]))
    accused = response.stances[0].party is StanceParty.ACCUSED
    if accused:  # an allegation against someone else is contradicted, not denied
        answers = [_answer_for(world, answer, responder, story) for answer in answers]
    changes["answers"] = tuple(answers)
    changes["notes"] = _note(draw, "Posted, then deleted, the same day.", 6)
    return attrs.evolve(response, **changes)


def _measure(draw: Draw, answered: Allegation | None) -> Sanction:
    """Draw a measure a responder takes or announces: a suspension, a pause, supervision.

    A measure may be timed from the allegation ``answered`` ("after the accusation").
    """
    kind = draw(
        st.sampled_from(
            [
                SanctionKind.SUSPENSION,
                SanctionKind.DISMISSAL,
                SanctionKind.SUPERVISION,
                SanctionKind.OTHER,
            ]
        )
    )
    timing = (
        (_timing(draw, {"allegation": answered.id}, None, words="once the accusation was made"),)
        if answered is not None and _sometimes(draw, 3)
        else ()
    )
    if kind is SanctionKind.OTHER:
        return Sanction(
            kind=kind, summary="A pause in all investigations.", scope="all units", timing=timing
        )
    if kind is SanctionKind.SUPERVISION:
        return Sanction(
            kind=kind,
            scope="the programme",
            condition="until the inquiry ends" if _sometimes(draw, 2) else None,
            timing=timing,
            summary="An executive was sent to supervise the programme.",
        )
    ranged = kind is SanctionKind.SUSPENSION and _sometimes(draw, 2)
    return Sanction(
        timing=timing,
        kind=kind,
        duration=Duration("P1M") if ranged else None,
        duration_high=Duration("P3M") if ranged else None,
        qualifier=Qualifier.RANGE if ranged else None,
        scope="the officers involved",
        status=draw(st.sampled_from([None, SanctionStatus.PENDING])),
        summary="One to three months." if ranged else None,
    )


def _response_timing(draw: Draw, response: Response, story: _Story) -> Timing | None:
    """Draw when ``response`` came, after the record it retracts, revises or first answers."""
    if not _sometimes(draw, 3):
        return None
    earlier = (*response.retracts, response.supersedes)
    revised = next((r for r in story.responses if r.id in earlier), None)
    if revised is not None:
        return _timing(draw, {"response": revised.id}, _gap(response.date, revised.date))
    answer = response.answers[0]
    allegation = next((a for a in story.allegations if a.id == answer.allegation), None)
    if allegation is None:  # a reaction: timed when it was drawn
        return None
    gap = _gap(response.date, allegation.made)
    return _timing(draw, {"allegation": allegation.id}, gap, words="after the accusation")


def _answer_for(world: Any, answer: Answer, responder: Actor, story: _Story) -> Answer:
    """Give an answer the stance ``contradiction`` if its allegation accuses others only.

    An allegation of another story (in a dataset of several files) is contradicted too.

    A stance of the accused (a denial) on an allegation against actors outside the
    responder's organization breaks NM453; anyone may contradict it.
    """
    if answer.allegation is None or answer.stance is not None:
        return answer
    allegation = next((a for a in story.allegations if a.id == answer.allegation), None)
    if allegation is None:  # another story's: its accused are not known here
        return attrs.evolve(answer, stance=Stance.CONTRADICTION)
    if not allegation.accused:
        return answer
    mine = _root(world, responder.id)
    if any(_root(world, actor) == mine for actor in allegation.accused):
        return answer
    return attrs.evolve(answer, stance=Stance.CONTRADICTION)


def _root(world: Any, actor_id: str) -> str:
    """Return the top of ``actor_id``'s ``part_of`` chain in the world."""
    seen: set[str] = set()
    while actor_id not in seen:
        seen.add(actor_id)
        actor = world.actors.get(actor_id)
        if actor is None or actor.part_of is None:
            return actor_id
        actor_id = actor.part_of
    return actor_id


#: Events that bring calls half the time, and what a death's mourners call for ("justice for").
_DEMANDED: dict[EventKind, Demand | None] = {
    EventKind.PROTEST: None,
    EventKind.DEATH: Demand.ACCOUNTABILITY,
}


def _enrich_event(draw: Draw, event: Event) -> Event:
    changes: dict[str, Any] = {}
    if event.participants and _sometimes(draw, 5):
        first = attrs.evolve(event.participants[0], notes="Named in the report.")
        changes["participants"] = (first, *event.participants[1:])
    if event.date is not None and _sometimes(draw, 6):
        changes["variants"] = _variants(
            draw,
            "date",
            Value(event.date.text),
            Value(event.date.text[:4]),
            report=event.citations[0].report,
        )
    if _sometimes(draw, 5):
        changes["duration"] = Duration("P3D")
    if _sometimes(draw, 6):
        changes["amounts"] = (_quantity(draw),)
    if _sometimes(draw, 8):
        changes["scheduled"] = True
    others = [p.actor for p in event.participants if p.role is not EventRole.AGENT]
    if others and _sometimes(draw, 2 if event.kind in _DEMANDED else 10):
        demand = _DEMANDED.get(event.kind) or draw(
            st.sampled_from(
                [Demand.RESIGN, Demand.RELEASE, Demand.PROSECUTE, Demand.ACCOUNTABILITY]
            )
        )
        words = {
            Demand.RELEASE: "chanted for their release",
            Demand.ACCOUNTABILITY: "justice for the victims",
        }
        changes["calls"] = (Call(demand=demand, of=tuple(others[:1]), words=words.get(demand)),)
    changes["notes"] = _note(draw, "Reported by two outlets on the same day.", 6)
    return attrs.evolve(event, **changes)


def _vote(draw: Draw, setting: _Setting, allegation: Allegation, report: Report) -> Event:
    """Draw a vote on the allegation by one of its accusers, with its tally."""
    against = draw(st.integers(0, 10))
    day = _day(setting.base, draw(st.integers(31, 90)))
    return Event(
        id=setting.world.new_id(f"vote on {allegation.id}"),
        kind=EventKind.VOTE,
        summary="The council voted on a resolution about the allegations.",
        date=day,
        timing=(_timing(draw, {"allegation": allegation.id}, _gap(day, allegation.made)),)
        if _sometimes(draw, 3)
        else (),
        participants=(Participant(actor=allegation.accusers[0], role=EventRole.AGENT),),
        allegations=(allegation.id,),
        votes=Tally(
            in_favour=draw(st.integers(10, 40)),
            against=against,
            abstaining=draw(st.integers(0, 10)),
            absent=draw(st.sampled_from([None, 1])),
            unanimous=False,
            votes=(
                Vote(
                    actor=allegation.accusers[0],
                    vote=draw(st.sampled_from([VoteChoice.FOR, VoteChoice.ABSTAINED])),
                    date=_day(setting.base, 31) if _sometimes(draw, 2) else None,
                    notes="Its delegate explained the vote.",
                ),
            )
            if _sometimes(draw, 2)
            else (),
            notes=_note(draw, "Two members did not take part.", 2),
        )
        if against
        else Tally(in_favour=15, unanimous=True),
        citations=(Citation(report=report.id),),
    )


def _unidentified(
    draw: Draw, setting: _Setting, allegation: Allegation, report: Report
) -> Allegation:
    """Draw harm alleged with no one identified as its author (unidentified gunmen)."""
    return Allegation(
        id=setting.world.new_id(f"unidentified attack {setting.base.year}"),
        accusers=allegation.accusers[:1],
        unidentified_perpetrator=True,
        subject="the security policy of the region" if _sometimes(draw, 2) else None,
        summary="Unidentified gunmen killed villagers, the accusers said.",
        places=allegation.places[:1],
        citations=(Citation(report=report.id),),
    )


def _enrich(
    draw: Draw, setting: _Setting, story: _Story, first_actor: int, min_proceedings: int = 0
) -> list[Proceeding]:
    """Add to ``story`` (in place) what reporting says less often; return its proceedings.

    ``first_actor`` is the number of the world's new actors made before the story,
    so that only the story's own actors are enriched.
    """
    world = setting.world
    report = story.reports[0]
    proceedings: list[Proceeding] = []
    accused = [a for a in story.allegations if a.accused]
    if accused and (min_proceedings or _sometimes(draw, 2)):
        proceeding = _proceeding(draw, setting, accused[0], report, story.documents)
        proceedings.append(proceeding)
        if _sometimes(draw, 3):
            proceedings.append(
                attrs.evolve(
                    proceeding,
                    id=world.new_id(f"{proceeding.id} revised"),
                    title="The case",
                    supersedes=proceeding.id,
                    related=(proceeding.id,) if _sometimes(draw, 2) else (),
                    variants=_variants(
                        draw, "title", Value("The case"), Value("The trial"), report=report.id
                    ),
                )
            )
        ruling = next(step for step in proceeding.steps if step.id == "ruling-1")
        allegation = accused[0]
        change = StatusChange(
            status=allegation.status,
            date=ruling.date,
            by=ruling.by,
            proceeding=proceeding.id,
            step=ruling.id,
        )
        story.allegations[story.allegations.index(allegation)] = attrs.evolve(
            allegation, status_history=(*allegation.status_history, change)
        )
    if accused and _sometimes(draw, 5):
        story.events.append(_vote(draw, setting, accused[0], report))
    if story.allegations and _sometimes(draw, 5):
        story.allegations.append(_unidentified(draw, setting, story.allegations[0], report))
    if story.allegations and _sometimes(draw, 2 if proceedings else 3):
        reaction = _reaction(draw, setting, story, proceedings, report)
        if reaction is not None:
            story.responses.append(reaction)
    story.allegations[:] = [_enrich_allegation(draw, a, story.reports) for a in story.allegations]
    story.responses[:] = [_enrich_response(draw, setting, r, story) for r in story.responses]
    story.events[:] = [_enrich_event(draw, e) for e in story.events]
    story.documents[:] = [
        _enrich_document(draw, d, report, story.documents) for d in story.documents
    ]
    reports = story.reports
    for number, each in enumerate(reports):
        reports[number] = _enrich_report(draw, setting, each, reports[:number], story)
    if _sometimes(draw, 6):
        collective = _collective(draw, setting)
        mentions = reports[0].mentions or Mentions()
        if collective.id not in mentions.actors:
            mentions = attrs.evolve(mentions, actors=(*mentions.actors, collective.id))
        reports[0] = attrs.evolve(reports[0], mentions=mentions)
    for number in range(first_actor, len(world.new_actors)):
        world.replace(_enrich_actor(draw, setting, world.new_actors[number], story))
    return proceedings
