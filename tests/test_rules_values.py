"""Tests of newsmodel.rules.values: the checks of one record or value, failing and passing."""

from __future__ import annotations

import copy
from typing import Any

import attrs
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import ValidationError
from newsmodel.codec import fastpath as _fastpath
from newsmodel.codec.converter import make_converter
from newsmodel.model import Answer, Count, Quantity, Sanction, Tally, Timing, Trait
from newsmodel.rules import CHECKED_FIELDS, CHECKS
from newsmodel.types import Amount, Currency, Decline
from newsmodel.vocab import CountKind, Unit
from rules_cases import HEAD, codes


def _allegation(*lines: str) -> str:
    body = "".join(f"  {line}\n" for line in lines)
    return (
        HEAD
        + "allegations:\n- id: a\n  accusers: [un]\n  summary: S.\n"
        + body
        + "  citations: [{report: voa}]\n"
    )


def _response(answers: str, *lines: str) -> str:
    body = "".join(f"  {line}\n" for line in lines)
    return (
        HEAD
        + f"responses:\n- id: r\n  responders: [mali]\n  answers:\n{answers}"
        + "  stances: [denial]\n"
        + body
        + "  citations: [{report: voa}]\n"
    )


# -- figures ---------------------------------------------------------------------------


def test_a_count_with_words_needs_no_figure() -> None:
    assert CHECKS[Count](Count(kind=CountKind.KILLED, words="dozens")) == []
    ((path, problem),) = CHECKS[Count](Count(kind=CountKind.KILLED, who="civilians"))
    assert (path, problem.code) == ((), "NM311")


@pytest.mark.parametrize(
    ("quantity", "codes"),
    [
        (Quantity(amount=Amount(100000), currency=Currency("EUR")), []),
        (Quantity(words="millions of dollars", currency=Currency("USD")), []),
        (Quantity(low=Amount(2), high=Amount(5), unit=Unit("t")), []),
        (Quantity(currency=Currency("USD")), ["NM320"]),
        (Quantity(amount=Amount(1), currency=Currency("EUR"), unit=Unit("t")), ["NM318"]),
        (Quantity(low=Amount(5), high=Amount(2), currency=Currency("USD")), ["NM319"]),
        (Quantity(low=Amount(5), amount=Amount(3), currency=Currency("USD")), ["NM319"]),
    ],
)
def test_quantities(quantity: Quantity, codes: list[str]) -> None:
    assert [problem.code for _, problem in CHECKS[Quantity](quantity)] == codes


def test_a_unanimous_vote_has_no_votes_against() -> None:
    assert CHECKS[Tally](Tally(in_favour=15, unanimous=True)) == []
    assert CHECKS[Tally](Tally(in_favour=13, against=0, unanimous=True)) == []
    assert CHECKS[Tally](Tally(in_favour=13, against=2)) == []
    ((path, problem),) = CHECKS[Tally](Tally(in_favour=13, against=2, unanimous=True))
    assert (path, problem.code) == (("against",), "NM321")


# -- answers and responses ---------------------------------------------------------------


def test_an_answer_names_exactly_one_record() -> None:
    assert codes(_response("  - allegation: a\n")) == []
    assert codes(_response("  - stance: denial\n")) == ["NM316"]
    assert codes(_response("  - allegation: a\n    event: e\n")) == ["NM316"]


def test_a_step_is_named_with_its_proceeding() -> None:
    assert codes(_response("  - proceeding: p\n    step: ruling-1\n")) == []
    assert codes(_response("  - allegation: a\n    step: ruling-1\n")) == ["NM317"]


def test_a_response_that_retracts_takes_the_stance_retraction() -> None:
    answers = "  - allegation: a\n"
    assert codes(_response(answers, "retracts: [earlier]")) == ["NM334"]
    retraction = _response(answers, "retracts: [earlier]").replace(
        "[denial]", "[retraction, acknowledgment]"
    )
    assert codes(retraction) == []


# -- allegations -------------------------------------------------------------


def test_an_allegation_names_accused_or_an_unidentified_perpetrator() -> None:
    assert codes(_allegation("accused: [mali]")) == []
    assert codes(_allegation("unidentified_perpetrator: true")) == []
    assert codes(_allegation()) == ["NM323"]
    assert codes(_allegation("accused: [mali]", "unidentified_perpetrator: true")) == ["NM323"]


def test_acts_are_by_the_accused() -> None:
    acts = "acts:\n  - by: [police]\n    summary: Shot.\n  - by: [army]\n    summary: Looted."
    assert codes(_allegation("accused: [police, army]", acts)) == []
    with pytest.raises(ValidationError) as raised:
        newsmodel.loads(_allegation("accused: [police]", acts))
    (problem,) = raised.value.problems
    assert (problem.code, problem.path) == ("NM324", "$.allegations[0].acts[1].by[0]")


# -- the table ---------------------------------------------------------------------------


def test_checked_fields_are_optional_fields_of_their_class() -> None:
    """The fast path skips a check while these are left out, so none may be required."""
    for cls, names in CHECKED_FIELDS.items():
        fields = attrs.fields_dict(cls)
        assert all(fields[name].default is not attrs.NOTHING for name in names), cls
        assert cls in CHECKS


# -- the fast path and the converter agree -------------------------------------------------

converter = make_converter()
_PLAIN: dict[type, st.SearchStrategy[dict[str, Any]]] = {
    Quantity: st.fixed_dictionaries(
        {},
        optional={
            "amount": st.integers(0, 20),
            "low": st.integers(0, 20),
            "high": st.integers(0, 20),
            "currency": st.just("EUR"),
            "unit": st.sampled_from(["t", "other"]),
            "words": st.just("millions"),
            "notes": st.just("n"),
        },
    ),
    Count: st.fixed_dictionaries(
        {"kind": st.sampled_from(["killed", "other"])},
        optional={
            "low": st.integers(0, 20),
            "best": st.integers(0, 20),
            "high": st.integers(0, 20),
            "words": st.just("dozens"),
            "notes": st.just("n"),
        },
    ),
    Tally: st.fixed_dictionaries(
        {},
        optional={"in_favour": st.integers(0, 3), "against": st.integers(0, 3)}
        | {"unanimous": st.booleans()},
    ),
    Answer: st.fixed_dictionaries(
        {},
        optional={
            "allegation": st.just("a"),
            "event": st.just("e"),
            "proceeding": st.just("p"),
            "step": st.just("s"),
            "stance": st.sampled_from(["denial", "other"]),
            "notes": st.just("n"),
        },
    ),
    Timing: st.fixed_dictionaries(
        {"relation": st.just("after")},
        optional={
            "allegation": st.just("a"),
            "response": st.just("r"),
            "proceeding": st.just("p"),
            "step": st.just("s"),
            "offset": st.sampled_from(["P1M", "P30D", "P2M", "PXM"]),
            "offset_high": st.sampled_from(["P1M", "P2M", "P1Y"]),
            "qualifier": st.sampled_from(["range", "about", "at_most"]),
        },
    ),
    Trait: st.fixed_dictionaries(
        {"kind": st.sampled_from(["ideology", "other"]), "value": st.just("far-left")},
        optional={
            "according_to": st.just(["a"]),
            "citations": st.just([{"report": "voa"}]),
            "notes": st.just("n"),
        },
    ),
    Sanction: st.fixed_dictionaries(
        {"kind": st.sampled_from(["imprisonment", "other"])},
        optional={
            "duration": st.sampled_from(["P1Y", "P2Y", "P6M"]),
            "duration_high": st.sampled_from(["P1Y", "P2Y", "P18M"]),
            "qualifier": st.sampled_from(["range", "at_most"]),
            "status": st.sampled_from(["provided", "pending"]),
            "amount": st.just({"amount": 5, "currency": "EUR"}),
            "requested": st.booleans(),
            "notes": st.just("n"),
        },
    ),
}


@pytest.mark.parametrize("cls", list(_PLAIN), ids=lambda cls: cls.__name__)
@settings(max_examples=150, deadline=None)
@given(data=st.data())
def test_fast_path_and_converter_agree_on_the_checks(cls: type, data: st.DataObject) -> None:
    """Both structure a value, or decline or fail it, exactly when its check finds problems."""
    plain = data.draw(_PLAIN[cls])
    try:
        value: Any = converter.structure(plain, cls)
    except Exception:
        converted = False
    else:
        converted = True
        assert CHECKS[cls](value) == []
    try:
        _fastpath.STRUCTURE[cls](copy.deepcopy(plain))
    except Decline:
        fast = False
    else:
        fast = True
    assert fast == converted, plain
