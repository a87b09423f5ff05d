"""Tests of newsmodel.rules.variants: a variant's field, value and preference."""

from __future__ import annotations

from pathlib import Path

import newsmodel
from rules_cases import HEAD, spots


def _event(variants: str) -> str:
    return (
        HEAD + "events:\n- id: e\n  kind: attack\n  summary: S.\n  date: 2022-08\n"
        "  counts:\n  - kind: killed\n    best: 30\n  variants:\n"
        + variants
        + "  citations: [{report: voa}]\n"
    )


def _variant(field: str, value: str, *more: str) -> str:
    return f"  - field: {field}\n    value: {value}\n" + "".join(f"    {m}\n" for m in more)


def test_variants_of_fields_the_record_has_pass() -> None:
    variants = (
        _variant("date", "2022-08-02", "preferred: true", "notes: the ministry's date")
        + _variant("date", "2022-08-03")
        + _variant("counts[0].best", "33")
        + _variant("summary", "Another summary.")
        + _variant("kind", "arrest")
    )
    assert spots(_event(variants)) == []


def test_a_variant_names_a_field_and_an_item_that_exist() -> None:
    at = "$.events[0].variants[0].field"
    assert spots(_event(_variant("datum", "2022-08"))) == [("NM331", at)]
    assert spots(_event(_variant("counts[1].best", "3"))) == [("NM331", at)]
    assert spots(_event(_variant("counts[0].bestt", "3"))) == [("NM331", at)]
    assert spots(_event(_variant("summary[0]", "S"))) == [("NM331", at)]
    assert spots(_event(_variant("counts[0]", "3"))) == [("NM331", at)]  # not one value


def test_a_variants_value_is_what_its_field_holds() -> None:
    at = "$.events[0].variants[0].value"
    assert spots(_event(_variant("date", "early August"))) == [("NM332", at)]
    assert spots(_event(_variant("counts[0].best", "thirty"))) == [("NM332", at)]
    assert spots(_event(_variant("kind", "arrets"))) == [("NM332", at)]


def test_one_variant_of_a_field_is_preferred_at_most() -> None:
    twice = _variant("date", "2022-08-02", "preferred: true") + _variant(
        "date", "2022-08-03", "preferred: true"
    )
    assert spots(_event(twice)) == [("NM333", "$.events[0].variants[1].preferred")]
    other_fields = _variant("date", "2022-08-02", "preferred: true") + _variant(
        "counts[0].best", "33", "preferred: true"
    )
    assert spots(_event(other_fields)) == []


def test_a_list_field_takes_a_list_or_one_item() -> None:
    base = (
        HEAD + "actors:\n- {id: a, name: A, kind: state}\n- {id: b, name: B, kind: state}\n"
        "allegations:\n- id: x\n  accusers: [a]\n  accused: [a]\n  summary: S.\n"
        "  citations: [{report: voa}]\n  variants:\n"
    )
    assert spots(base + _variant("accused", "[a, b]") + _variant("accused", "b")) == []
    at = "$.allegations[0].variants[0].value"
    assert spots(base + _variant("accused", "[a, 3]")) == [("NM332", at)]
    assert spots(base + _variant("summary", "[a, b]")) == [("NM332", at)]


def test_ids_in_variants_are_references(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text(
        HEAD + "actors:\n- {id: a, name: A, kind: state}\n- {id: b, name: B, kind: state}\n"
        "allegations:\n- id: x\n  accusers: [a]\n  accused: [a]\n  summary: S.\n"
        "  citations: [{report: voa}]\n  variants:\n"
        + _variant("accused", "[a, b]")  # b is used here only: no NM451
        + _variant("accusers", "zz"),
        encoding="utf-8",
    )
    found = [(p.code, p.path) for p in newsmodel.validate(path)]
    assert found == [("NM402", "$.allegations[0].variants[1].value")]
