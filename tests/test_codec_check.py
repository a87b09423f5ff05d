"""Records built in Python are checked as files are: newsmodel.check and dumps."""

from __future__ import annotations

import collections
import json
import math
import pickle
import subprocess
import sys
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import strategies
from newsmodel.codec.converter import make_converter, unstructure
from newsmodel.dates import PartialDate
from newsmodel.model import _items_of, _optional_of
from newsmodel.types import CountryCode, Id, LanguageTag, Url
from newsmodel.vocab import ActorKind, Stance

SETTINGS = settings(deadline=None, max_examples=150, suppress_health_check=[HealthCheck.too_slow])

#: A bad value for a field of each type, and the code loading it gives.
BAD: dict[Any, tuple[Any, str]] = {
    str: ("  ", "NM204"),
    Id: ("Not An Id", "NM301"),
    CountryCode: ("Mali", "NM304"),
    LanguageTag: ("English", "NM305"),
    Url: ("voanews.com/a/1", "NM306"),
}


def _slots(obj: Any, path: tuple[Any, ...] = ()) -> list[tuple[tuple[Any, ...], Any]]:
    """Every (path, field type) of an attrs object tree whose type has a bad value in BAD."""
    found = []
    for field in attrs.fields(type(obj)):
        value = getattr(obj, field.name)
        type_ = _optional_of(field.type) or field.type
        item = _items_of(type_)
        here = (*path, field.name)
        if type_ in BAD:
            found.append((here, type_))
        elif item is not None:
            for index, element in enumerate(value):
                if attrs.has(type(element)):
                    found.extend(_slots(element, (*here, index)))
                elif item in BAD:
                    found.append(((*here, index), item))
        elif attrs.has(type(value)) and type(value) is not PartialDate:
            found.extend(_slots(value, here))
    return found


def _replace(obj: Any, path: tuple[Any, ...], value: Any) -> Any:
    if not path:
        return value
    head, rest = path[0], path[1:]
    if isinstance(obj, tuple):
        return (*obj[:head], _replace(obj[head], rest, value), *obj[head + 1 :])
    return attrs.evolve(obj, **{head: _replace(getattr(obj, head), rest, value)})


def _codes_of_loading(bundle: newsmodel.Bundle) -> collections.Counter[str]:
    """The codes that loading the text of ``bundle`` gives (written without checking it)."""
    text = json.dumps(unstructure(bundle), ensure_ascii=False)
    try:
        newsmodel.loads(text, format="json")
    except newsmodel.ValidationError as error:
        return collections.Counter(problem.code for problem in error.problems)
    return collections.Counter()


@SETTINGS
@given(st.data())
def test_check_reports_what_loading_the_dumped_text_reports(data: st.DataObject) -> None:
    bundle = data.draw(strategies.bundles(max_stories=1))
    slots = _slots(bundle)
    path, type_ = data.draw(st.sampled_from(slots))
    bad, code = BAD[type_]
    broken = _replace(bundle, path, bad)
    problems = newsmodel.check(broken)
    assert collections.Counter(problem.code for problem in problems) == _codes_of_loading(broken)
    assert code in {problem.code for problem in problems}
    assert any(
        problem.path.startswith(newsmodel.problems.render_path(path)) for problem in problems
    )


@SETTINGS
@given(strategies.bundles())
def test_a_valid_bundle_has_no_problems(bundle: newsmodel.Bundle) -> None:
    assert newsmodel.check(bundle) == []
    for record in bundle.records():
        assert newsmodel.check(record) == []


def test_the_problems_of_an_actor_built_in_python() -> None:
    actor = newsmodel.Actor(
        id=Id("Not An Id!"), name="  ", country=CountryCode("Mali"), kind=ActorKind.STATE
    )
    found = [(p.code, p.path, p.hint) for p in newsmodel.check(actor)]
    assert found == [
        ("NM301", "$.id", "write 'not-an-id'"),
        ("NM204", "$.name", "give a value, or leave the field out"),
        ("NM304", "$.country", "write 'ML' (Mali)"),
    ]
    assert all(problem.file is None and problem.line is None for problem in newsmodel.check(actor))


def test_a_string_for_a_term_is_one_problem_with_the_member_to_use() -> None:
    actor = newsmodel.Actor(id="mali", name="Mali", kind="state")  # type: ignore[arg-type]
    (problem,) = newsmodel.check(actor)
    assert (problem.code, problem.path) == ("NM203", "$.kind")
    assert problem.message == "expected an actor kind term, got the string 'state'"
    assert problem.hint == "use ActorKind.STATE"


def test_python_only_mistakes_are_named() -> None:
    response = newsmodel.Response(
        id=Id("r"),
        responders=(Id("mali"),),
        answers=[newsmodel.Answer(allegation=Id("a"))],  # type: ignore[arg-type]
        stances=(Stance.DENIAL,),
        date="2022-07",  # type: ignore[arg-type]
        citations=({"report": "voa"},),  # type: ignore[arg-type]
    )
    found = {(p.path, p.hint) for p in newsmodel.check(response)}
    assert found == {
        ("$.answers", "records are immutable: give a tuple, (...)"),
        ("$.date", "write PartialDate('2022-07')"),
        ("$.citations[0]", "build Citation(...)"),
    }


def test_nan_is_refused_before_it_is_written() -> None:
    place = newsmodel.Place(name="Moura", latitude=math.nan, longitude=1.0)
    assert [p.code for p in newsmodel.check(place)] == ["NM110"]


@pytest.mark.parametrize("fmt", ["yaml", "json", "jsonl"])
def test_dumps_refuses_an_invalid_bundle_with_its_problems(fmt: str) -> None:
    actor = newsmodel.Actor(id="mali", name="Mali", kind="state")  # type: ignore[arg-type]
    bundle = newsmodel.Bundle(schema_version=2, actors=(actor,))
    with pytest.raises(newsmodel.ValidationError) as raised:
        newsmodel.dumps(bundle, format=fmt)  # type: ignore[arg-type]
    assert [p.code for p in raised.value.problems] == ["NM203"]


def test_dumps_checks_a_bundle_once(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[object] = []
    real = newsmodel.check

    def counting(obj: object) -> list[newsmodel.Problem]:
        calls.append(obj)
        return real(obj)

    monkeypatch.setattr(newsmodel.io, "check", counting)
    bundle = newsmodel.Bundle(
        schema_version=2, actors=(newsmodel.Actor(id=Id("m"), name="M", kind=ActorKind.STATE),)
    )
    newsmodel.dumps(bundle)
    newsmodel.dumps(bundle, format="json")
    assert calls == [bundle]
    newsmodel.dumps(newsmodel.loads(newsmodel.dumps(bundle)))  # read: valid already
    assert calls == [bundle]


def test_an_unsupported_schema_version_is_reported_as_when_read() -> None:
    bundle = newsmodel.Bundle(schema_version=99)
    (problem,) = newsmodel.check(bundle)
    assert (problem.code, problem.path) == ("NM207", "$.schema_version")


def test_check_takes_only_model_objects() -> None:
    with pytest.raises(TypeError, match="not dict"):
        newsmodel.check({"id": "x"})


def test_mappings_in_records_are_read_only_hashable_and_picklable() -> None:
    actor = newsmodel.Actor(
        id=Id("mali"), name="Mali", kind=ActorKind.STATE, identifiers={"wikidata": "Q912"}
    )
    with pytest.raises(TypeError, match="read-only"):
        actor.identifiers.clear()  # type: ignore[attr-defined]
    with pytest.raises(TypeError, match="read-only"):
        actor.identifiers["lei"] = "x"  # type: ignore[index]
    assert hash(actor) == hash(attrs.evolve(actor))
    assert pickle.loads(pickle.dumps(actor)) == actor
    loaded = newsmodel.load("examples/voa-mali-2022.yaml")
    assert all(isinstance(a.identifiers, newsmodel.types.FrozenDict) for a in loaded.actors)


def test_a_converter_of_ones_own_runs_its_hooks_on_valid_files_too() -> None:
    converter = make_converter()
    seen: list[str] = []
    actor_hook = converter.get_structure_hook(newsmodel.Actor)

    def counting(data: Any, cls: Any) -> Any:
        seen.append(data["id"])
        return actor_hook(data, cls)

    converter.register_structure_hook(newsmodel.Actor, counting)
    path = "examples/voa-mali-2022.yaml"
    default = newsmodel.load(path)
    assert seen == []  # a converter is never global
    assert newsmodel.load(path, converter=converter) == default
    assert seen == [actor.id for actor in default.actors]
    seen.clear()
    text = newsmodel.dumps(default, format="jsonl")
    assert list(newsmodel.iter_jsonl(text.splitlines(), converter=converter)) == list(
        default.records()
    )
    assert seen == [actor.id for actor in default.actors]


def test_check_works_first_thing_in_a_fresh_interpreter() -> None:
    """Nothing else has resolved the model's field types or built the converter yet."""
    code = (
        "import newsmodel\n"
        "actor = newsmodel.Actor(id='Mali army', name='FAMa', kind='army')\n"
        "print([(p.code, p.path) for p in newsmodel.check(actor)])\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, timeout=120
    )
    assert result.stdout.strip() == "[('NM301', '$.id'), ('NM203', '$.kind')]"
