"""Tests of newsmodel.rules.responses: NM407 retractions, NM453 responders, NM454 dates."""

from __future__ import annotations

from pathlib import Path

import newsmodel
from rules_cases import HEAD

#: A chain of 300 actors, a0 part of a1 ... part of a299, and two outsiders.
ACTORS = (
    "actors:\n"
    + "".join(
        f"- id: a{n}\n  name: A\n  kind: person\n" + (f"  part_of: a{n + 1}\n" if n < 299 else "")
        for n in range(300)
    )
    + "- id: outsider\n  name: O\n  kind: person\n"
    + "- id: lawyer\n  name: L\n  kind: person\n"
)


def _claim(made: str = "") -> str:
    return (
        "allegations:\n- id: claim\n  accusers: [outsider]\n  accused: [a299]\n"
        f"  summary: S.\n{made}  citations: [{{report: voa}}]\n"
    )


def _response(
    responders: str,
    *,
    stances: str = "[denial]",
    answers: str = "  - allegation: claim\n",
    extra: str = "",
    rid: str = "r",
) -> str:
    return (
        f"- id: {rid}\n  responders: [{responders}]\n  answers:\n{answers}"
        f"  stances: {stances}\n{extra}  citations: [{{report: voa}}]\n"
    )


def _codes(tmp_path: Path, *responses: str, made: str = "", more: str = "") -> list[str]:
    path = tmp_path / "a.yaml"
    text = HEAD + ACTORS + _claim(made) + more + "responses:\n" + "".join(responses)
    path.write_text(text, encoding="utf-8")
    return [p.code for p in newsmodel.validate(path) if p.code != "NM451"]


def _problems(tmp_path: Path, *responses: str) -> list[newsmodel.Problem]:
    path = tmp_path / "a.yaml"
    path.write_text(HEAD + ACTORS + _claim() + "responses:\n" + "".join(responses), "utf-8")
    return [p for p in newsmodel.validate(path) if p.code != "NM451"]


# -- NM453 -----------------------------------------------------------------------


def test_an_actor_low_in_the_accused_organization_may_deny(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("a0")) == []


def test_an_actor_outside_the_accused_organization_is_nm453(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("outsider")) == ["NM453"]


def test_a_lawyer_speaking_for_the_accused_may_deny(tmp_path: Path) -> None:
    for_client = _response("lawyer", extra="  on_behalf_of: [a299]\n")
    assert _codes(tmp_path, for_client) == []
    for_part = _response("lawyer", extra="  on_behalf_of: [a5]\n")
    assert _codes(tmp_path, for_part) == []
    assert _codes(tmp_path, _response("lawyer")) == ["NM453"]


def test_one_accused_among_joint_responders_is_enough(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("outsider, a3")) == []


def test_a_reaction_to_something_else_than_an_allegation_is_not_checked(
    tmp_path: Path,
) -> None:
    # The outsider "denies" a ruling document: not a response to an allegation.
    more = "documents:\n- id: ruling\n  kind: ruling\n  citations: [{report: voa}]\n"
    reaction = _response("outsider", answers="  - document: ruling\n")
    assert _codes(tmp_path, reaction, more=more) == []


def test_stances_anyone_may_take_are_not_checked(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("outsider", stances="[declined_to_comment]")) == []
    assert _codes(tmp_path, _response("outsider", stances="[corroboration]")) == []
    # One stance of the accused among several is checked.
    assert _codes(tmp_path, _response("outsider", stances="[call_for_action, denial]")) == ["NM453"]


def test_an_accuser_may_apologise_for_its_accusation_but_not_deny_it(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("outsider", stances="[retraction, apology]")) == []
    assert _codes(tmp_path, _response("outsider", stances="[denial]")) == ["NM453"]
    # Anyone else apologising for the accused is checked.
    assert _codes(tmp_path, _response("lawyer", stances="[apology]")) == ["NM453"]


def test_an_outlet_may_apologise_for_having_carried_the_accusation(tmp_path: Path) -> None:
    outlet = "- id: outlet\n  name: Newsnight\n  kind: media_outlet\n"
    text = (
        "schema_version: 2\nreports:\n- id: voa\n  title: T\n  publisher: outlet\n"
        + ACTORS
        + outlet
        + _claim()
        + "responses:\n"
        + _response("outlet", stances="[apology, corrective_action]")
    )
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    assert [p.code for p in newsmodel.validate(path) if p.code != "NM451"] == []


def test_a_role_or_membership_in_the_accused_lets_an_actor_answer(tmp_path: Path) -> None:
    def codes(responder: str, allegation: str) -> list[str]:
        text = (
            HEAD
            + "actors:\n- id: band\n  name: B\n  kind: other\n  notes: A band.\n"
            + "- id: singer\n  name: S\n  kind: person\n  roles:\n"
            + "  - {title: singer, kind: member, of: band}\n"
            + "- id: ex-president\n  name: P\n  kind: person\n  roles:\n"
            + "  - {title: president, kind: head, of: state}\n"
            + "- id: state\n  name: St\n  kind: state\n"
            + "- id: army\n  name: A\n  kind: security_forces\n  part_of: state\n"
            + "- id: stranger\n  name: X\n  kind: person\n"
            + "allegations:\n- id: c1\n  accusers: [stranger]\n  accused: [singer]\n"
            + "  summary: S.\n  citations: [{report: voa}]\n"
            + "- id: c2\n  accusers: [stranger]\n  accused: [army]\n"
            + "  summary: S.\n  citations: [{report: voa}]\n"
            + "responses:\n"
            + _response(responder, answers=f"  - allegation: {allegation}\n")
        )
        path = tmp_path / "roles.yaml"
        path.write_text(text, encoding="utf-8")
        return [p.code for p in newsmodel.validate(path) if p.code != "NM451"]

    # The band the accused singer is a member of denies for him; a former head of state
    # denies for the state's army.
    assert codes("band", "c1") == []
    assert codes("ex-president", "c2") == []
    # Neither speaks for the other accused, nor does an unrelated actor.
    assert codes("band", "c2") == ["NM453"]
    assert codes("ex-president", "c1") == ["NM453"]
    assert codes("stranger", "c1") == ["NM453"]


def test_an_answers_own_stance_overrides_the_responses(tmp_path: Path) -> None:
    own = "  - allegation: claim\n    stance: concern\n"
    assert _codes(tmp_path, _response("outsider", answers=own)) == []
    denial = "  - allegation: claim\n    stance: denial\n"
    assert _codes(tmp_path, _response("outsider", stances="[concern]", answers=denial)) == ["NM453"]


def test_the_hint_never_suggests_a_stance_term(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, _response("lawyer"))
    assert problem.code == "NM453"
    assert problem.hint is not None
    assert "on_behalf_of" in problem.hint
    stance_terms = set(newsmodel.vocab.Stance.values())
    assert not {word.strip(",;()") for word in problem.hint.split()} & stance_terms


def test_nm453_points_at_on_behalf_of_when_given(tmp_path: Path) -> None:
    (problem,) = _problems(tmp_path, _response("lawyer", extra="  on_behalf_of: [outsider]\n"))
    assert problem.path == "$.responses[0].on_behalf_of"


def test_an_unknown_responder_is_reported_once(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("nobody")) == ["NM402"]


# -- NM407 -----------------------------------------------------------------------


def _retraction(responders: str) -> str:
    return _response(responders, rid="withdrawn", stances="[retraction]", extra="  retracts: [r]\n")


def test_a_responder_may_retract_its_own_response(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("a0"), _retraction("a0")) == []


def test_a_part_or_the_whole_may_retract(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("a0"), _retraction("a200")) == []  # the whole
    assert _codes(tmp_path, _response("a200"), _retraction("a0")) == []  # a part


def test_another_responder_may_not_retract(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("a0"), _retraction("outsider")) == ["NM407"]


def test_a_retraction_names_its_stance(tmp_path: Path) -> None:
    retracts = _response("a0", rid="withdrawn", extra="  retracts: [r]\n")
    assert _codes(tmp_path, _response("a0"), retracts) == ["NM334"]


# -- NM454 -----------------------------------------------------------------------


def test_a_response_before_the_accusation_was_made_is_nm454(tmp_path: Path) -> None:
    dated = _response("a0", extra="  date: 2022-01\n")
    assert _codes(tmp_path, dated, made="  made: 2022-08-03\n") == ["NM454"]


def test_without_a_made_date_report_dates_do_not_date_the_accusation(tmp_path: Path) -> None:
    # The report citing the allegation may be of 2022-04; a denial may precede it.
    assert _codes(tmp_path, _response("a0", extra="  date: 2022-01\n")) == []


def test_a_response_before_the_response_it_answers_is_nm454(tmp_path: Path) -> None:
    first = _response("a0", extra="  date: 2022-08-05\n")
    rebuttal = _response(
        "outsider",
        rid="rebuttal",
        stances="[rebuttal]",
        answers="  - response: r\n",
        extra="  date: 2022-08-04\n",
    )
    assert _codes(tmp_path, first, rebuttal) == ["NM454"]
    later = rebuttal.replace("2022-08-04", "2022-08")  # may be the same month: fine
    assert _codes(tmp_path, first, later) == []


def test_a_response_before_the_event_or_step_it_answers_is_nm454(tmp_path: Path) -> None:
    event = "events:\n- id: vote\n  kind: vote\n  summary: S.\n  date: 2022-09\n"
    event += "  citations: [{report: voa}]\n"
    welcome = _response(
        "outsider", stances="[welcome]", answers="  - event: vote\n", extra="  date: 2022-08\n"
    )
    assert _codes(tmp_path, welcome, more=event) == ["NM454"]
    case = (
        "proceedings:\n- id: case\n  kind: criminal\n  steps:\n  - id: ruling-1\n"
        "    kind: ruling\n    date: 2023-06-12\n  citations: [{report: voa}]\n"
    )
    appeal = _response(
        "a0",
        stances="[appeal]",
        answers="  - proceeding: case\n    step: ruling-1\n",
        extra="  date: 2023-06-01\n",
    )
    assert _codes(tmp_path, appeal, more=case) == ["NM454"]
    assert _codes(tmp_path, appeal.replace("2023-06-01", "2023-06-20"), more=case) == []
