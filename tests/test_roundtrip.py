"""Round trips on generated bundles: model -> text -> model is the identity, and text is stable.

For YAML, JSON and JSON Lines alike, ``loads(dumps(bundle)) == bundle`` and
``dumps(loads(dumps(bundle))) == dumps(bundle)``; the JSON Lines reader that
streams gives the same records in the same order.
"""

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import RECORD_TYPES, Bundle
from newsmodel.codec.converter import structure, unstructure
from newsmodel.io import Format
from newsmodel.strategies import bundles
from newsmodel.types import Amount, Id
from newsmodel.vocab import ActorKind, CountKind

FORMATS: list[Format] = ["yaml", "json", "jsonl"]
SETTINGS = settings(deadline=None, max_examples=100, suppress_health_check=[HealthCheck.too_slow])


@pytest.mark.parametrize("fmt", FORMATS)
def test_model_to_text_to_model(fmt: Format) -> None:
    @SETTINGS
    @given(bundles())
    def check(bundle: Bundle) -> None:
        text = newsmodel.dumps(bundle, format=fmt)
        assert newsmodel.loads(text, format=fmt) == bundle

    check()


@pytest.mark.parametrize("fmt", FORMATS)
def test_dumps_is_stable(fmt: Format) -> None:
    @SETTINGS
    @given(bundles())
    def check(bundle: Bundle) -> None:
        text = newsmodel.dumps(bundle, format=fmt)
        assert newsmodel.dumps(newsmodel.loads(text, format=fmt), format=fmt) == text

    check()


@settings(SETTINGS, max_examples=50)
@given(bundles())
def test_streamed_json_lines_give_the_records_in_order(bundle: Bundle) -> None:
    lines = newsmodel.dumps(bundle, format="jsonl").splitlines()
    assert list(newsmodel.iter_jsonl(lines)) == list(bundle.records())


@settings(SETTINGS, max_examples=50)
@given(bundles())
def test_yaml_and_json_carry_the_same_data(bundle: Bundle) -> None:
    from_yaml = newsmodel.loads(newsmodel.dumps(bundle, format="yaml"))
    from_json = newsmodel.loads(newsmodel.dumps(bundle, format="json"), format="json")
    assert unstructure(from_yaml) == unstructure(from_json)


@pytest.mark.parametrize("cls", list(RECORD_TYPES.values()))
def test_records_round_trip_through_the_converter(cls: type[Any]) -> None:
    @settings(SETTINGS, max_examples=30)
    @given(st.from_type(cls))
    def check(record: Any) -> None:
        assert structure(unstructure(record), cls) == record

    check()


#: Variant values that YAML would read as another type if written bare (of a text
#: field), and the numbers and truth values that must stay what they are (of fields
#: holding those), with the field each is a value of.
_LOOKS_TYPED = (
    "123", "1.5", "true", "yes", "null", "~", "NO", "2022-01-01", "0x1F", "1e3", ".inf",
    " padded", "P4Y",
)  # fmt: skip
VARIANT_VALUES: tuple[tuple[str, Any], ...] = (
    *(("title", text) for text in _LOOKS_TYPED),
    ("versions", 123),
    ("counts[0].share", 1.5),
    ("counts[0].share", 2.0),
    ("counts[0].provisional", True),
    ("counts[0].provisional", False),
    ("accused", ("x", "y")),
)  # fmt: skip


@pytest.mark.parametrize("fmt", FORMATS)
def test_variant_values_and_amounts_keep_their_types(fmt: Format) -> None:
    def variants(owner: str) -> tuple[newsmodel.Variant, ...]:
        return tuple(
            newsmodel.Variant(field=field, value=value)
            for field, value in VARIANT_VALUES
            if (field in ("title", "versions")) == (owner == "report")
        )

    report = newsmodel.Report(id=Id("r"), title="t", versions=2, variants=variants("report"))
    allegation = newsmodel.Allegation(
        id=Id("a"),
        accusers=(Id("x"),),
        accused=(Id("y"),),
        summary="s",
        counts=(newsmodel.Count(kind=CountKind.KILLED, best=3, share=50.0),),
        amounts=tuple(newsmodel.Quantity(amount=Amount(v)) for v in (100000, 2.5, 2.0, 0)),
        citations=(newsmodel.Citation(report=Id("r")),),
        variants=variants("allegation"),
    )
    actors = tuple(newsmodel.Actor(id=Id(i), name=i, kind=ActorKind.STATE) for i in ("x", "y"))
    bundle = Bundle(schema_version=2, reports=(report,), actors=actors, allegations=(allegation,))
    back = newsmodel.loads(newsmodel.dumps(bundle, format=fmt), format=fmt)
    assert back == bundle
    values = [v.value for v in (*back.reports[0].variants, *back.allegations[0].variants)]
    assert [(type(v), v) for v in values] == [(type(v), v) for _, v in VARIANT_VALUES]
    amounts = [quantity.amount for quantity in back.allegations[0].amounts]
    assert [type(v) for v in amounts] == [int, float, float, int]  # 100000 stays an int
