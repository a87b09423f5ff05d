"""Tests of the rules of timings and ranges: the record a timing names, the ends of a range.

NM316 and NM317 for timings (answers have theirs in ``test_rules_values``),
NM335 and NM336 for a timing's offsets and a sanction's durations, NM337 (a
record timed from itself), NM338 (a sanction both provided and requested), and
the comparison of durations those rules rely on.
"""

from __future__ import annotations

import pytest

from newsmodel.model import Sanction, Timing
from newsmodel.rules import CHECKS
from newsmodel.types import Duration, Id
from newsmodel.types.duration import bounds, shorter
from newsmodel.vocab import Qualifier, SanctionKind, SanctionStatus, TimeRelation
from rules_cases import HEAD, problems, spots

ACTORS = "actors:\n- id: mali\n  name: Mali\n  kind: state\n"


def _timing(*lines: str, holder: str = "response", head: str = "relation: after") -> str:
    """A record of kind ``holder`` (id ``r``) with one timing: ``head``, then ``lines``."""
    timing = f"  timing:\n  - {head}\n" + "".join(f"    {line}\n" for line in lines)
    records = {
        "response": "responses:\n- id: r\n  responders: [mali]\n  answers:\n"
        "  - allegation: a\n  stances: [denial]\n",
        "allegation": "allegations:\n- id: r\n  accusers: [mali]\n  accused: [mali]\n"
        "  summary: S.\n",
        "event": "events:\n- id: r\n  kind: arrest\n  summary: S.\n",
        "document": "documents:\n- id: r\n  kind: statement\n",
    }
    return HEAD + records[holder] + timing + "  citations: [{report: voa}]\n"


def _sanction(*lines: str) -> str:
    body = "".join(f"      {line}\n" for line in lines)
    return (
        HEAD
        + ACTORS
        + "proceedings:\n- id: case\n  kind: criminal\n  forum: mali\n  steps:\n"
        + "  - id: ruling-1\n    kind: ruling\n    sanctions:\n    - kind: imprisonment\n"
        + body
        + "  citations: [{report: voa}]\n"
    )


# -- NM316, NM317: the record a timing names --------------------------------------------


def test_a_timing_names_exactly_one_record() -> None:
    assert spots(_timing("allegation: a", "offset: PT2H")) == []
    assert spots(_timing()) == [("NM316", "$.responses[0].timing[0]")]
    assert spots(_timing("allegation: a", "event: e")) == [
        ("NM316", "$.responses[0].timing[0].event")
    ]
    (problem,) = problems(_timing())
    assert problem.message == "the timing names no record"
    assert problem.hint == (
        "name the record it is timed from in one of: "
        "allegation, response, document, event, report, proceeding"
    )


def test_a_timing_names_a_step_with_its_proceeding() -> None:
    assert spots(_timing("proceeding: p", "step: ruling-1")) == []
    (problem,) = problems(_timing("allegation: a", "step: ruling-1"))
    assert (problem.code, problem.path) == ("NM317", "$.responses[0].timing[0].step")
    assert "timing" in problem.message


def test_findings_of_steps_documents_and_reports_name_one_record() -> None:
    document = (
        HEAD + "documents:\n- id: video\n  kind: video\n  assessments:\n"
        "  - allegation: a\n    event: e\n    stance: contradiction\n"
    )
    assert spots(document) == [("NM316", "$.documents[0].assessments[0].event")]
    (problem,) = problems(document)
    assert "answer" in problem.message


# -- NM335, NM336: ranges of durations --------------------------------------------------


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (("offset: P6M", "offset_high: P8M", "qualifier: range"), []),
        (("offset: P2M", "qualifier: more_than"), []),
        (("offset: P1M", "offset_high: P30D", "qualifier: range"), []),  # no order
        (("offset: P12M", "offset_high: P1Y", "qualifier: range"), []),
        (("offset_high: P8M",), [("NM335", "offset_high")]),
        (("offset_high: P8M", "qualifier: range"), [("NM335", "offset_high")]),
        (("qualifier: about",), [("NM335", "qualifier")]),
        (("offset: P6M", "offset_high: P8M"), [("NM335", "offset_high")]),
        (("offset: P6M", "offset_high: P8M", "qualifier: at_most"), [("NM335", "qualifier")]),
        (("offset: P6M", "qualifier: range"), [("NM335", "qualifier")]),
        (("offset: P8M", "offset_high: P6M", "qualifier: range"), [("NM336", "offset_high")]),
        (("offset: P1Y", "offset_high: P10M~", "qualifier: range"), [("NM336", "offset_high")]),
        (("offset: PXM", "offset_high: P1M", "qualifier: range"), []),  # no figure
    ],
)
def test_a_timings_offsets(lines: tuple[str, ...], found: list[tuple[str, str]]) -> None:
    at = "$.responses[0].timing[0]."
    assert spots(_timing("allegation: a", *lines)) == [(code, at + f) for code, f in found]


@pytest.mark.parametrize(
    ("lines", "found"),
    [
        (("duration: P2Y", "qualifier: at_most"), []),
        (("duration: P1Y", "duration_high: P2Y", "qualifier: range"), []),
        (("duration_high: P2Y",), [("NM335", "duration_high")]),
        (("qualifier: at_most",), [("NM335", "qualifier")]),
        (("duration: P1Y", "duration_high: P2Y"), [("NM335", "duration_high")]),
        (("duration: P2Y", "qualifier: range"), [("NM335", "qualifier")]),
        (("duration: P2Y", "duration_high: P1Y", "qualifier: range"), [("NM336", "duration_high")]),
    ],
)
def test_a_sanctions_durations(lines: tuple[str, ...], found: list[tuple[str, str]]) -> None:
    at = "$.proceedings[0].steps[0].sanctions[0]."
    assert spots(_sanction(*lines)) == [(code, at + f) for code, f in found]


def test_the_hint_for_an_upper_end_without_a_range_fits_the_qualifier() -> None:
    (bare,) = problems(_timing("allegation: a", "offset: P6M", "offset_high: P8M"))
    assert bare.hint == "set qualifier: range (from offset to offset_high)"
    (hedged,) = problems(_sanction("duration: P1Y", "duration_high: P2Y", "qualifier: at_most"))
    assert hedged.hint is not None
    assert hedged.hint.endswith("or, for one figure hedged at_most, remove duration_high")


def test_checks_of_timings_and_sanctions_as_values() -> None:
    assert CHECKS[Sanction](Sanction(kind=SanctionKind.IMPRISONMENT)) == []
    ((path, problem),) = CHECKS[Timing](
        Timing(
            relation=TimeRelation.BEFORE,
            event=Id("vote"),
            offset=Duration("P2M"),
            offset_high=Duration("P1M"),
            qualifier=Qualifier.RANGE,
        )
    )
    assert (path, problem.code) == (("offset_high",), "NM336")


@pytest.mark.parametrize(
    ("first", "second", "expected"),
    [
        ("P6M", "P8M", True),
        ("P8M", "P6M", False),
        ("P1M", "P30D", False),
        ("P30D", "P1M", False),
        ("P27D", "P1M", True),
        ("P11M", "P1Y", True),
        ("P12M", "P1Y", False),
        ("PT23H", "P1D", True),
        ("PT90M", "PT2H", True),
        ("P1W", "P6D", False),
        ("P0.5Y", "P7M", True),
        ("P0,5Y", "P7M", True),
        ("P2M~", "P3M", True),
        ("PXM", "P1Y", False),
        ("P1Y", "PXY", False),
    ],
)
def test_durations_are_compared_only_where_they_can_be(
    first: str, second: str, expected: bool
) -> None:
    assert shorter(first, second) is expected


def test_the_bounds_of_a_duration() -> None:
    assert bounds("PT2H30M") == (9000.0, 9000.0)
    assert bounds("P1M") == (28 * 86400.0, 31 * 86400.0)
    assert bounds("PXD") is None


# -- NM337: timed from itself -------------------------------------------------------------


@pytest.mark.parametrize("holder", ["response", "allegation", "event", "document"])
def test_a_record_is_not_timed_from_itself(holder: str) -> None:
    assert spots(_timing("allegation: a", holder=holder)) == []
    found = spots(_timing(f"{holder}: r", holder=holder))
    assert found == [("NM337", f"$.{holder}s[0].timing[0].{holder}")]


def test_a_record_may_be_timed_from_another_of_its_kind() -> None:
    assert spots(_timing("response: earlier")) == []


def test_a_report_is_not_timed_from_itself() -> None:
    timing = "  timing:\n  - relation: during\n    report: {}\n"
    assert spots(HEAD + timing.format("other")) == []
    assert spots(HEAD + timing.format("voa")) == [("NM337", "$.reports[0].timing[0].report")]


def test_the_message_names_the_record() -> None:
    (problem,) = problems(_timing("response: r"))
    assert problem.message == "the timing of response 'r' is measured from response 'r' itself"


def _steps(timing: str) -> str:
    return (
        HEAD
        + ACTORS
        + "proceedings:\n- id: case\n  kind: criminal\n  forum: mali\n  steps:\n"
        + "  - id: ruling-1\n    kind: ruling\n  - id: appeal-1\n    kind: appeal\n"
        + "    of: ruling-1\n    timing:\n    - relation: after\n"
        + timing
        + "  citations: [{report: voa}]\n"
    )


def test_a_step_is_not_timed_from_itself() -> None:
    assert spots(_steps("      proceeding: case\n      step: ruling-1\n")) == []
    assert spots(_steps("      proceeding: other-case\n      step: appeal-1\n")) == []
    assert spots(_steps("      proceeding: case\n      step: appeal-1\n")) == [
        ("NM337", "$.proceedings[0].steps[1].timing[0].step")
    ]


# -- NM338: a provided sanction is not requested ---------------------------------------


def test_a_sanction_the_rules_provide_is_not_requested() -> None:
    assert spots(_sanction("status: provided")) == []
    assert spots(_sanction("requested: true")) == []
    at = "$.proceedings[0].steps[0].sanctions[0].requested"
    assert spots(_sanction("status: provided", "requested: true")) == [("NM338", at)]
    sanction = Sanction(
        kind=SanctionKind.IMPRISONMENT, status=SanctionStatus.PROVIDED, requested=True
    )
    ((path, problem),) = CHECKS[Sanction](sanction)
    assert (path, problem.code) == (("requested",), "NM338")


def test_a_response_may_announce_measures_and_not_seek_a_call() -> None:
    text = (
        HEAD + "responses:\n- id: r\n  responders: [mali]\n  answers:\n  - allegation: a\n"
        "  stances: [denial]\n  measures:\n  - kind: suspension\n    duration: P3M\n"
        "    qualifier: at_most\n  calls:\n  - demand: apologise\n    not_sought: true\n"
        "  citations: [{report: voa}]\n"
    )
    assert spots(text) == []


def test_a_qualifier_on_a_fine_is_hedged_in_its_amount() -> None:
    (problem,) = problems(_sanction("qualifier: at_most", "amount: {amount: 20000, currency: EUR}"))
    assert (problem.code, problem.path) == (
        "NM335",
        "$.proceedings[0].steps[0].sanctions[0].qualifier",
    )
    assert problem.hint == (
        "a sanction's qualifier hedges its duration; hedge the amount inside amount "
        "(its qualifier, or low and high for a range) and remove this one"
    )
    fine = "amount: {amount: 20000, currency: EUR, qualifier: at_most}"
    assert spots(_sanction(fine)) == []


# -- NM339: a trait names its source ----------------------------------------------------


def _trait(*lines: str) -> str:
    body = "".join(f"    {line}\n" for line in lines)
    return (
        HEAD
        + "actors:\n- id: mayor\n  name: Jane Example\n  kind: person\n  traits:\n"
        + "  - kind: ideology\n    value: far-left\n"
        + body
    )


def test_a_trait_names_who_ascribes_it_or_the_reports_that_give_it() -> None:
    assert spots(_trait("according_to: [mayor]")) == []
    assert spots(_trait("citations: [{report: voa}]")) == []
    (problem,) = problems(_trait())
    assert (problem.code, problem.path) == ("NM339", "$.actors[0].traits[0]")
    assert problem.message == "the trait 'far-left' (ideology) names no source"
