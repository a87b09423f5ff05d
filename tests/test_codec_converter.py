"""Tests of newsmodel.codec.converter: the strict converter and its problems.

Strictness is the point of this module: nothing is coerced (1 is not a
string, true is not 1, a string is never split into a list), unknown keys
are errors with a did-you-mean, and every value type is checked.
"""

from __future__ import annotations

import re
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import newsmodel
from builders import RICH, bundle_yaml, only_problem, problems_of, where
from newsmodel.codec.converter import (
    make_converter,
    structure,
    structure_problems,
    unstructure,
)
from newsmodel.dates import PartialDate
from newsmodel.model import Actor, Count, Document, Place
from newsmodel.problems import Problem, render_path
from newsmodel.types.country import check_country
from newsmodel.types.date import check_date
from newsmodel.types.id import check_id
from newsmodel.types.language import check_language
from newsmodel.types.url import check_url
from newsmodel.vocab import ActorKind, IdentifierScheme, Identity

converter = make_converter()


def fault_of(check: Any, value: object) -> Problem:
    """The one problem ``check`` raises for ``value``."""
    with pytest.raises(ValueError, match=r".") as raised:
        check(value)
    [(_, _, problem)] = list(structure_problems(raised.value))
    return problem


def problems_structuring(data: Any, cls: type) -> list[tuple[str, str, str | None]]:
    with pytest.raises(Exception, match=r".") as raised:
        structure(data, cls)
    return [
        (problem.code, render_path(path), problem.hint)
        for path, _, problem in structure_problems(raised.value)
    ]


def actors(*lines: str) -> str:
    """A bundle with one actor whose fields are ``lines`` (starting on line 6)."""
    return bundle_yaml("actors:\n- id: mali\n" + "".join(f"  {line}\n" for line in lines))


# --------------------------------------------------------------------------
# Ids
# --------------------------------------------------------------------------

WORD = st.text("abcdefghijklmnopqrstuvwxyz0123456789", min_size=1, max_size=12)
valid_ids = st.lists(WORD, min_size=1, max_size=6).map("-".join).filter(lambda s: len(s) <= 100)


@given(valid_ids)
def test_any_id_like_string_passes_check_id(text: str) -> None:
    assert check_id(text) == text


@given(valid_ids, st.data())
def test_an_uppercase_letter_or_underscore_makes_an_id_invalid(
    text: str, data: st.DataObject
) -> None:
    bad = data.draw(st.sampled_from("_ABCXYZ"))
    position = data.draw(st.integers(0, len(text)))
    problem = fault_of(check_id, text[:position] + bad + text[position:])
    assert problem.code == "NM301"


@given(st.text(max_size=20) | st.text("abAB09_- .é", min_size=90, max_size=120))
def test_the_suggested_id_is_itself_a_valid_id(text: str) -> None:
    try:
        check_id(text)
    except ValueError as error:
        [(_, _, problem)] = list(structure_problems(error))
        if problem.code == "NM301" and problem.hint is not None:
            match = re.fullmatch(r"write '(.*)'", problem.hint)
            assert match is not None
            assert check_id(match.group(1)) == match.group(1)


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Malian_Forces", "write 'malian-forces'"),
        ("mali--army", "write 'mali-army'"),
        ("-mali", "write 'mali'"),
        ("Côte d'Ivoire", "write 'cote-d-ivoire'"),
        ("a" * 101, "write '" + "a" * 100 + "'"),
        ("a" * 99 + "_b", "write '" + "a" * 99 + "'"),
        ("___", None),
    ],
)
def test_invalid_ids_get_a_suggestion(text: str, hint: str | None) -> None:
    problem = fault_of(check_id, text)
    assert (problem.code, problem.hint) == ("NM301", hint)


def test_an_id_is_never_coerced_from_a_number() -> None:
    assert fault_of(check_id, 1984).code == "NM203"


# --------------------------------------------------------------------------
# Countries, languages, URLs, dates
# --------------------------------------------------------------------------


@pytest.mark.parametrize("code", ["ML", "NO", "CI", "FR", "RU", "US"])
def test_country_codes(code: str) -> None:
    assert check_country(code) == code


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("Mali", "write 'ML' (Mali)"),
        ("ml", "write 'ML' (Mali)"),
        ("MLI", "write 'ML' (Mali)"),
        ("no", "write 'NO' (Norway)"),
        ("XX", None),
    ],
)
def test_invalid_country_codes_get_the_code_as_hint(text: str, hint: str | None) -> None:
    problem = fault_of(check_country, text)
    assert (problem.code, problem.hint) == ("NM304", hint)


@pytest.mark.parametrize("tag", ["en", "fr", "fr-ML", "bm", "zh-Hant-TW", "EN"])
def test_language_tags(tag: str) -> None:
    assert check_language(tag) == tag


@pytest.mark.parametrize(
    ("text", "hint"),
    [("English", "write 'en'"), ("en_US", "write 'en-US'"), ("en--US", None)],
)
def test_invalid_language_tags(text: str, hint: str | None) -> None:
    problem = fault_of(check_language, text)
    assert (problem.code, problem.hint) == ("NM305", hint)


@pytest.mark.parametrize(
    "url", ["https://www.voanews.com/a/123.html", "http://localhost", "https://x.org/?q=a%20b"]
)
def test_urls(url: str) -> None:
    assert check_url(url) == url


@pytest.mark.parametrize(
    ("text", "hint"),
    [
        ("www.voanews.com/a/123", "write 'https://www.voanews.com/a/123'"),
        ("ftp://example.org/file", None),
        ("https://", None),
        ("https://exa mple.org", None),
        ("/a/123", None),
    ],
)
def test_invalid_urls(text: str, hint: str | None) -> None:
    problem = fault_of(check_url, text)
    assert (problem.code, problem.hint) == ("NM306", hint)


def test_dates_are_wrapped_and_checked() -> None:
    assert check_date("2022-07") == PartialDate("2022-07")
    assert check_date(PartialDate("2022")) == PartialDate("2022")
    assert fault_of(check_date, "2022-7").code == "NM302"
    assert fault_of(check_date, "2022-06/2022-04").code == "NM303"
    assert fault_of(check_date, 2022).code == "NM203"


# --------------------------------------------------------------------------
# Strictness: nothing is coerced
# --------------------------------------------------------------------------


def test_an_integer_is_not_a_string() -> None:
    text = bundle_yaml("").replace("title: Mali denies UN accusations", "title: 1984")
    problem = only_problem(text)
    assert where(problem) == ("NM203", "$.reports[0].title", 4, 10)
    assert problem.hint == "put the value in quotes to make it a string"
    assert newsmodel.loads(text.replace("1984", "'1984'")).reports[0].title == "1984"


def test_a_boolean_is_not_an_integer() -> None:
    problem = only_problem(bundle_yaml("documents:\n- id: note\n  kind: report\n  pages: true\n"))
    assert where(problem) == ("NM203", "$.documents[0].pages", 8, 10)
    assert "boolean" in problem.message


def test_a_boolean_is_not_a_number() -> None:
    assert problems_structuring({"name": "x", "latitude": True, "longitude": 1.0}, Place) == [
        ("NM203", "$.latitude", None)
    ]


def test_a_string_is_never_split_into_a_list() -> None:
    text = bundle_yaml(
        """\
        allegations:
        - id: moura
          accusers: [un]
          accused: mali
          summary: Massacre in Moura.
          citations: [{report: voa}]
        """
    )
    problem = only_problem(text)
    assert where(problem) == ("NM203", "$.allegations[0].accused", 8, 12)
    assert problem.hint is not None
    assert "list" in problem.hint


def test_a_float_is_not_an_integer() -> None:
    text = bundle_yaml("documents:\n- id: a\n  kind: report\n  pages: 11.0\n")
    problem = only_problem(text)
    assert where(problem) == ("NM203", "$.documents[0].pages", 8, 10)
    assert problem.hint == "write 11"
    assert only_problem(text.replace("11.0", "1.5")).code == "NM203"


def test_a_numeric_string_is_not_an_integer() -> None:
    problem = only_problem(bundle_yaml("documents:\n- id: a\n  kind: report\n  pages: '11'\n"))
    assert where(problem) == ("NM203", "$.documents[0].pages", 8, 10)


def test_an_integer_is_a_number() -> None:
    place = structure({"name": "Hombori", "latitude": 15, "longitude": -2}, Place)
    assert place.latitude == 15.0
    assert type(place.latitude) is float


def test_null_is_not_a_string() -> None:
    assert where(only_problem(actors("name: null", "kind: state"))) == (
        "NM203",
        "$.actors[0].name",
        7,
        9,
    )


@pytest.mark.parametrize(
    ("line", "expected"),
    [("name: [Mali]", "got a list"), ("name: {a: b}", "got a mapping"), ("name: true", "boolean")],
)
def test_collections_and_booleans_are_not_strings(line: str, expected: str) -> None:
    problem = only_problem(actors(line, "kind: state"))
    assert where(problem) == ("NM203", "$.actors[0].name", 7, 9)
    assert expected in problem.message


def test_a_record_must_be_a_mapping() -> None:
    problem = only_problem(bundle_yaml("actors:\n- mali\n"))
    assert where(problem) == ("NM203", "$.actors[0]", 6, 3)


def test_unknown_keys_are_errors_with_did_you_mean() -> None:
    problem = only_problem(actors("nmae: Mali", "name: Mali", "kind: state"))
    assert where(problem) == ("NM202", "$.actors[0].nmae", 7, 3)
    assert problem.hint == "did you mean 'name'?"


def test_unknown_keys_without_a_close_match_list_the_fields() -> None:
    problem = only_problem(actors("name: Mali", "kind: state", "zzz: 1"))
    assert problem.code == "NM202"
    assert problem.hint is not None
    assert "the fields are: id, name, kind" in problem.hint


def test_unknown_keys_in_nested_values() -> None:
    text = bundle_yaml(
        """\
        events:
        - id: e
          kind: arrest
          summary: Soldiers arrested at Bamako airport.
          participants:
          - actor: mali
            rol: agent
          citations: [{report: voa}]
        """
    )
    found = problems_of(text)
    assert [where(p) for p in found] == [
        ("NM201", "$.events[0].participants[0].role", 10, 5),
        ("NM202", "$.events[0].participants[0].rol", 11, 5),
    ]
    assert found[1].hint == "did you mean 'role'?"


def test_yaml_11_words_are_plain_strings_in_string_fields() -> None:
    bundle = newsmodel.loads(actors("name: yes", "kind: state", "aliases: [no, off, on]"))
    assert bundle.actors[0].name == "yes"
    assert bundle.actors[0].aliases == ("no", "off", "on")


def test_bool_hint_for_yaml_11_words() -> None:
    problems = problems_structuring("on", bool)
    assert problems == [("NM203", "$", "YAML 1.2 reads 'on' as text; write true or false")]
    assert converter.structure(True, bool) is True
    assert problems_structuring(1, bool)[0][0] == "NM203"


# --------------------------------------------------------------------------
# Vocabularies, identifiers and lists
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "hint"),
    [
        ("goverment", "did you mean 'government'?"),
        ("State", "did you mean 'state'?"),
        ("Government Body", "did you mean 'government_body'?"),
        ("peace-keeping mission", "did you mean 'peacekeeping_mission'?"),
    ],
)
def test_unknown_terms_get_did_you_mean(value: str, hint: str) -> None:
    problem = only_problem(actors("name: Mali", f"kind: {value}"))
    assert where(problem) == ("NM205", "$.actors[0].kind", 8, 9)
    assert problem.hint == hint


def test_unknown_terms_without_a_close_match_list_the_terms() -> None:
    problem = only_problem(actors("name: Mali", "kind: zzzzzz"))
    assert problem.code == "NM205"
    assert problem.hint is not None
    assert problem.hint.startswith("use one of: state, government")


def test_terms_structure_to_members() -> None:
    actor = structure({"id": "mali", "name": "Mali", "kind": "state"}, Actor)
    assert actor.kind is ActorKind.STATE
    assert actor.identity is Identity.NAMED


def test_identifiers_are_checked_per_scheme() -> None:
    text = actors(
        "name: Mali",
        "kind: state",
        "identifiers:",
        "  wikdata: Q912",
        "  lei: 5",
        "  isni: '1234'",
        "  website: https://www.presidence.ml",
    )
    found = problems_of(text)
    assert [where(p) for p in found] == [
        ("NM205", "$.actors[0].identifiers.wikdata", 10, 5),
        ("NM203", "$.actors[0].identifiers.lei", 11, 10),
        ("NM308", "$.actors[0].identifiers.isni", 12, 11),
    ]
    assert found[0].hint == "did you mean 'wikidata'?"
    assert found[2].hint is not None
    assert found[2].hint == ("isni: International Standard Name Identifier, 16 characters.")


def test_an_identifier_in_lower_case_is_answered_with_its_capitals() -> None:
    found = problems_of(actors("name: NYT", "kind: company", "identifiers: {ric: nyt.n}"))
    assert [(p.code, p.hint) for p in found] == [
        ("NM308", "write 'NYT.N': the letters are capitals")
    ]


def test_identifiers_structure_to_schemes() -> None:
    actor = structure(
        {"id": "mali", "name": "Mali", "kind": "state", "identifiers": {"wikidata": "Q912"}}, Actor
    )
    assert actor.identifiers == {IdentifierScheme.WIKIDATA: "Q912"}
    assert problems_structuring(
        {"id": "mali", "name": "Mali", "kind": "state", "identifiers": ["Q912"]}, Actor
    ) == [("NM203", "$.identifiers", None)]


def test_repeated_items_in_a_list_of_ids() -> None:
    text = bundle_yaml(
        """\
        allegations:
        - id: moura
          accusers: [un]
          accused: [mali, wagner, mali]
          categories: [war_crimes, war_crimes]
          summary: Massacre in Moura.
          citations: [{report: voa}]
        """
    )
    assert [where(p) for p in problems_of(text)] == [
        ("NM208", "$.allegations[0].accused", 8, 12),
        ("NM208", "$.allegations[0].categories", 9, 15),
    ]


def test_repeated_strings_in_lists_of_strings_are_reported() -> None:
    document = {"id": "r", "kind": "report", "reference_numbers": ["S/1", "S/1"]}
    assert problems_structuring(document, Document) == [
        ("NM208", "$.reference_numbers", "remove the repeated item")
    ]


def test_empty_strings_are_rejected_everywhere() -> None:
    problem = only_problem(actors("name: '  '", "kind: state"))
    assert where(problem) == ("NM204", "$.actors[0].name", 7, 9)
    assert problems_structuring(
        {"id": "r", "kind": "report", "reference_numbers": [""]}, Document
    ) == [("NM204", "$.reference_numbers[0]", "give a value, or leave the field out")]


def test_minimum_items_ranges_and_cross_field_rules() -> None:
    count = {"kind": "killed", "low": -1, "best": 5, "high": 3}
    assert [p[:2] for p in problems_structuring(count, Count)] == [("NM307", "$.low")]
    count["low"] = 1
    assert [p[:2] for p in problems_structuring(count, Count)] == [("NM310", "$.high")]
    assert [p[:2] for p in problems_structuring({"kind": "killed"}, Count)] == [("NM311", "$")]


def test_nested_counts_are_checked_at_their_own_path() -> None:
    count = {"kind": "killed", "best": 50, "subgroups": [{"kind": "killed", "low": 9, "best": 7}]}
    assert [p[:2] for p in problems_structuring(count, Count)] == [("NM310", "$.subgroups[0].best")]


def test_all_problems_of_a_record_are_collected() -> None:
    data = {"id": "Mali", "name": "", "kind": "stat", "country": "Mali", "extra": 1}
    codes = sorted(code for code, _, _ in problems_structuring(data, Actor))
    assert codes == ["NM202", "NM204", "NM205", "NM301", "NM304"]


# --------------------------------------------------------------------------
# Unstructuring
# --------------------------------------------------------------------------


def test_unstructure_omits_defaults_and_keeps_declaration_order() -> None:
    actor = Actor(
        id="mali",  # type: ignore[arg-type]
        name="Mali",
        kind=ActorKind.STATE,
        identity=Identity.NAMED,
        country="ML",  # type: ignore[arg-type]
        description="A state in West Africa.",
        identifiers={IdentifierScheme.WEBSITE: "https://x.ml", IdentifierScheme.WIKIDATA: "Q912"},
    )
    data = unstructure(actor)
    assert list(data) == ["id", "name", "kind", "country", "identifiers", "description"]
    assert data["identifiers"] == {"website": "https://x.ml", "wikidata": "Q912"}
    assert list(data["identifiers"]) == ["website", "wikidata"]
    assert type(data["kind"]) is str


def test_unstructure_gives_plain_json_data() -> None:
    bundle = newsmodel.loads(RICH)
    data = unstructure(bundle)
    allegation = data["allegations"][0]
    assert allegation["occurred"] == "2022-04~"
    assert type(allegation["occurred"]) is str
    assert type(allegation["accused"]) is list
    assert type(allegation["categories"][0]) is str
    assert "status" not in allegation  # unverified is the default
    assert structure(data, type(bundle)) == bundle


def test_unstructure_then_structure_gives_the_same_record() -> None:
    bundle = newsmodel.loads(RICH)
    for record in bundle.records():
        assert structure(unstructure(record), type(record)) == record
    place = Place(name="Hombori", latitude=15.28, longitude=-1.7)
    assert structure(unstructure(place), Place) == place
    assert attrs.asdict(structure(unstructure(place), Place)) == attrs.asdict(place)


def test_render_path() -> None:
    assert render_path(("allegations", 0, "accused", 1)) == "$.allegations[0].accused[1]"
    assert render_path(()) == "$"
    assert render_path(("identifiers", "a b")) == "$.identifiers['a b']"


def test_integers_a_float_cannot_hold_exactly_are_nm110() -> None:
    for value in (2**53 + 1, 10**400):
        with pytest.raises(ValueError, match="cannot be kept exactly") as raised:
            structure(value, float)
        assert [p.code for _, _, p in structure_problems(raised.value)] == ["NM110"]
    assert structure(2**53, float) == float(2**53)
