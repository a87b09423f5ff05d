"""Tests of newsmodel.upgrade: schema version 1 read as 2, and files rewritten.

``tests/data/v1/`` holds the six examples as they were in version 1 (commit
a1370f6); ``tests/data/v2/`` the same facts translated to version 2 by hand
(commit 431565d), which the upgraded records must equal.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from newsmodel import io, reading
from newsmodel.dataset import validate
from newsmodel.problems import Severity, ValidationError
from newsmodel.upgrade import UpgradeError, rewrite, upgrade_nodes
from newsmodel.vocab import Aspect, Channel, Stance, Term
from newsmodel.writing.roundtrip import comments_of, merge_lines
from newsmodel.writing.yaml import yaml_text

DATA = Path(__file__).parent / "data"
V1 = sorted((DATA / "v1").glob("*.yaml"))
NAMES = [path.name for path in V1]


def _upgraded(path: Path) -> str:
    text = rewrite(path.read_text(encoding="utf-8"), file=str(path)).text
    assert text is not None
    return text


@pytest.fixture(scope="module")
def upgraded(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The version-1 examples, each rewritten by the upgrade, in one folder."""
    folder = tmp_path_factory.mktemp("upgraded")
    for path in V1:
        (folder / path.name).write_text(_upgraded(path), encoding="utf-8")
    return folder


def test_the_examples_are_all_there() -> None:
    assert len(V1) == 6
    assert sorted(path.name for path in (DATA / "v2").glob("*.yaml")) == NAMES


# --------------------------------------------------------------------------
# Reading version 1
# --------------------------------------------------------------------------


def test_each_version_1_example_reads_with_exactly_one_information() -> None:
    problems = validate(DATA / "v1")  # together: the examples share actors
    assert [(Path(p.file or "").name, p.code, p.severity) for p in problems] == [
        (name, "NM209", Severity.INFO) for name in NAMES
    ]
    for problem, path in zip(problems, V1, strict=True):
        text = path.read_text(encoding="utf-8").splitlines()
        assert problem.line is not None
        assert text[problem.line - 1].startswith("schema_version: 1")
        assert problem.message == (
            "schema version 1 read as 2; run 'newsmodel upgrade FILE' to rewrite it"
        )


@pytest.mark.parametrize("name", NAMES)
def test_a_version_1_example_reads_as_the_hand_made_version_2(name: str) -> None:
    read = io.load(DATA / "v1" / name)
    assert read.schema_version == 2
    _assert_same_records(read, io.load(DATA / "v2" / name))


def test_version_1_json_lines_are_upgraded_line_by_line() -> None:
    text = (
        '{"schema_version": 1}\n'
        '{"type": "report", "id": "r", "title": "T", "authors": ["Ann"]}\n'
        '{"type": "response", "id": "x", "responder": "a", "allegations": ["b"], '
        '"stance": "denial", "retracts": "y", "citations": [{"report": "r"}]}\n'
    )
    bundle = io.loads(text, format="jsonl")
    assert bundle.schema_version == 2
    assert bundle.reports[0].authors[0].name == "Ann"
    response = bundle.responses[0]
    assert response.responders == ("a",)
    assert [answer.allegation for answer in response.answers] == ["b"]
    assert response.retracts == ("y",)
    assert response.stances == ("denial", "retraction")  # version 1 implied it


def test_a_version_2_file_is_not_upgraded() -> None:
    text = "schema_version: 2\nresponses:\n- id: x\n  responder: a\n"
    with pytest.raises(ValidationError) as raised:
        io.loads(text)
    assert {p.code for p in raised.value.problems} >= {"NM202"}  # responder is version 1's


# --------------------------------------------------------------------------
# Problems of version-1 data, at version-1 positions
# --------------------------------------------------------------------------

_RESPONSE = """\
schema_version: 1
responses:
- id: x
  responder: {responder}
  allegations: [a, b]
  stance: {stance}
  positions:
  - aspect: {aspect}
    stance: denial
  - aspect: occurrence
    stance: denial
    allegation: b
  channel: {channel}
  citations: [{{report: r}}]
"""


def _problems(text: str) -> list[tuple[str, int | None, int | None, str]]:
    with pytest.raises(ValidationError) as raised:
        io.loads(text, file="v1.yaml")
    return [(p.code, p.line, p.column, p.path) for p in raised.value.problems if p.code != "NM209"]


@pytest.mark.parametrize(
    ("fields", "expected"),
    [
        ({"stance": "denail"}, ("NM205", 6, 11, "$.responses[0].stances[0]")),
        ({"channel": "tweet"}, ("NM205", 13, 12, "$.responses[0].channels[0]")),
        ({"responder": "5"}, ("NM203", 4, 14, "$.responses[0].responders[0]")),
        # A position naming no allegation goes to both answers: reported once.
        (
            {"aspect": "ocurrence"},
            ("NM205", 8, 13, "$.responses[0].answers[0].positions[0].aspect"),
        ),
    ],
    ids=["stance", "channel", "responder", "shared-position"],
)
def test_a_wrong_value_is_reported_at_its_version_1_place(
    fields: dict[str, str], expected: tuple[str, int, int, str]
) -> None:
    values = {"responder": "m", "stance": "denial", "aspect": "scale", "channel": "statement"}
    text = _RESPONSE.format(**{**values, **fields})
    assert _problems(text) == [expected]  # one mistake, one problem


def test_a_position_naming_an_allegation_not_answered_is_nm313_and_kept() -> None:
    text = _RESPONSE.format(
        responder="m", stance="denial", aspect="scale", channel="statement"
    ).replace("allegation: b", "allegation: c")
    assert _problems(text) == [("NM313", 12, 17, "$.responses[0].answers[2].allegation")]
    found = rewrite(text, file="v1.yaml")
    assert found.text is None
    assert [(p.code, p.line, p.column) for p in found.problems] == [("NM313", 12, 17)]


def test_shapes_that_are_not_version_1_are_left_for_the_converter() -> None:
    text = (
        "schema_version: 1\n"
        "responses:\n"
        "- id: x\n"
        "  responder: m\n"
        "  allegations: a\n"  # not a list: reported as answers, here
        "  stance: denial\n"
        "  citations: [{report: r}]\n"
    )
    assert _problems(text) == [("NM203", 5, 16, "$.responses[0].answers")]


# --------------------------------------------------------------------------
# Rewriting the examples
# --------------------------------------------------------------------------


def test_the_upgraded_examples_validate_as_version_2(upgraded: Path) -> None:
    assert validate(upgraded) == []
    for path in upgraded.iterdir():
        assert "\nschema_version: 2\n" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("name", NAMES)
def test_every_comment_is_kept(name: str, upgraded: Path) -> None:
    original = (DATA / "v1" / name).read_text(encoding="utf-8")
    new = (upgraded / name).read_text(encoding="utf-8")
    before = comments_of(original)
    assert before  # the examples are commented
    assert comments_of(new) == before
    # Full-line comments keep their lines, to the byte.
    lines = new.splitlines()
    assert [line for line in original.splitlines() if line.lstrip().startswith("#")] == [
        line for line in lines if line.lstrip().startswith("#")
    ]


@pytest.mark.parametrize("name", NAMES)
def test_the_upgraded_records_equal_the_hand_made_ones(name: str, upgraded: Path) -> None:
    _assert_same_records(io.load(upgraded / name), io.load(DATA / "v2" / name))


@pytest.mark.parametrize("name", NAMES)
def test_only_the_changed_lines_change(name: str, upgraded: Path) -> None:
    original = (DATA / "v1" / name).read_text(encoding="utf-8").splitlines()
    new = (upgraded / name).read_text(encoding="utf-8").splitlines()
    changed = re.compile(
        r"\s*(- )?(schema_version|authors|author|responders?|allegations?|answers|stances?|"
        r"positions|channels?|documents?|retracts|- name|- [a-z0-9-]+$|aspect|stance|summary|"
        r"notes)"
    )
    import difflib

    for line in difflib.unified_diff(original, new, lineterm="", n=0):
        if line.startswith(("---", "+++", "@@")):
            continue
        body = line[1:]
        # Every line removed or added belongs to a field the upgrade maps (or is a
        # position's content, moved into its answer).
        assert changed.match(body) or body.startswith(" " * 10), line


def test_an_upgraded_file_is_not_upgraded_again(upgraded: Path) -> None:
    for path in upgraded.iterdir():
        result = rewrite(path.read_text(encoding="utf-8"))
        assert (result.text, result.problems, result.version) == (None, (), 2)


def _assert_same_records(read: Any, expected: Any) -> None:
    """Records equal field by field (a failure names the record and the field)."""
    assert [r.id for r in read.records()] == [r.id for r in expected.records()]
    for got, want in zip(read.records(), expected.records(), strict=True):
        for field in attrs.fields(type(want)):
            assert getattr(got, field.name) == getattr(want, field.name), (want.id, field.name)
    assert read == expected


# --------------------------------------------------------------------------
# Comments where the upgrade moves values
# --------------------------------------------------------------------------

_COMMENTED = """\
# The head comment.
schema_version: 1  # the version
reports:
  - id: r
    title: T
    authors: [Ann, 'Bob']  # bylines
  - id: r2
    title: "T2"
    authors:
      - Ann  # first
      - Bob
documents:
  - id: d
    kind: report
    author: a  # issuer
responses:
  - id: x
    responder: a  # the ministry
    # about the allegations
    allegations:
      - al  # the first
      - al2
    stance: denial  # overall
    positions:
      - aspect: occurrence  # an aspect
        stance: denial
        allegation: al2  # only al2
        summary: 'x'
      - aspect: responsibility
        stance: denial
    channel: statement
    document: d  # the statement
    retracts: y
    citations:
      - report: r
"""


def test_comments_move_with_the_values_they_follow() -> None:
    new = rewrite(_COMMENTED).text
    assert new is not None

    def parts(text: str) -> list[str]:  # joined comments count as each of theirs
        return sorted(part.strip() for c in comments_of(text) for part in c.split("#")[1:])

    assert parts(new) == parts(_COMMENTED)
    for line in (
        "schema_version: 2  # the version",
        "      - name: Ann  # first",
        "    authors: [a]  # issuer",
        "    responders: [a]  # the ministry",
        "      - allegation: al  # the first",
        "    stances: [denial, retraction]  # overall",
        "    documents: [d]  # the statement",
    ):
        assert line in new.splitlines(), line
    assert "only al2" in new
    # No comment one space after a value (NM118 warns of those).
    assert not [w for w in reading.yaml_warnings(new) if w.code == "NM118"]
    assert io.loads(new) == io.loads(_COMMENTED)


def test_quoting_does_not_change_which_answer_a_position_joins() -> None:
    text = (
        "schema_version: 1\n"
        "responses:\n"
        "- id: x\n"
        "  responder: m\n"
        "  allegations: ['a', \"b\"]\n"
        "  stance: denial\n"
        "  positions:\n"
        "  - {aspect: scale, stance: denial, allegation: b}\n"
        "  citations: [{report: r}]\n"
    )
    new = rewrite(text).text
    assert new is not None
    answers = io.loads(new).responses[0].answers
    assert [(a.allegation, len(a.positions)) for a in answers] == [("a", 0), ("b", 1)]


def test_what_a_yaml_alias_names_twice_is_upgraded_once() -> None:
    text = (
        "schema_version: 1\n"
        "responses:\n"
        "- id: x\n"
        "  responder: &m mali\n"
        "  allegations: &al [a, b]\n"
        "  stance: denial\n"
        "  positions: &p\n"
        "  - {aspect: scale, stance: denial}\n"
        "  citations: &c [{report: r}]\n"
        "- id: y\n"
        "  responder: *m\n"
        "  allegations: *al\n"
        "  stance: denial\n"
        "  positions: *p\n"
        "  citations: *c\n"
    )
    read = io.loads(text)
    first, second = read.responses
    assert [(a.allegation, len(a.positions)) for a in first.answers] == [("a", 1), ("b", 1)]
    assert second.answers == first.answers
    new = rewrite(text).text
    assert new is not None
    assert io.loads(new) == read


def test_a_lost_comment_stops_the_rewrite(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsmodel.writing import roundtrip

    def losing(text: str) -> tuple[str, list[Any]]:
        return text.replace("  # the ministry", "").replace(": 1", ": 2", 1), []

    monkeypatch.setattr(roundtrip, "upgrade_yaml", losing)
    with pytest.raises(UpgradeError, match="would not read as the original does"):
        rewrite(_COMMENTED)
    text = "schema_version: 1  # one\nactors: []  # none\n"
    monkeypatch.setattr(roundtrip, "upgrade_yaml", lambda t: (t.replace(": 1  # one", ": 2"), []))
    with pytest.raises(UpgradeError, match="would lose 1 comment"):
        rewrite(text)
    assert rewrite(text, drop_comments=True).text == "schema_version: 2\nactors: []  # none\n"


def test_text_the_round_trip_writer_cannot_read_stops_the_rewrite(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from ruamel.yaml.error import YAMLError

    from newsmodel.writing import roundtrip

    def unreadable(text: str) -> Any:
        raise YAMLError("while scanning: something ruamel.yaml does not take\nmore")

    monkeypatch.setattr(roundtrip, "_yaml", unreadable)
    with pytest.raises(UpgradeError, match="cannot read it \\(while scanning: something"):
        rewrite(_COMMENTED)


def test_comments_are_told_from_hashes_in_values() -> None:
    text = "a: 'x # not'\nb: |\n  # not either\nc: d#e  # yes\n# and this\n"
    assert comments_of(text) == ["# yes", "# and this"]


def test_merge_keeps_the_original_where_only_the_writer_differs() -> None:
    original = "a: 1\nlong: folded\n  text\nb: 2\n"
    before = "a: 1\nlong: folded text\nb: 2\n"
    after = "a: 1\nlong: folded text\nb: [2]\n"
    assert merge_lines(original, before, after) == "a: 1\nlong: folded\n  text\nb: [2]\n"


# --------------------------------------------------------------------------
# The mapping against a direct translation, on generated version-1 data
# --------------------------------------------------------------------------

_IDS = st.sampled_from(["a", "b", "c", "d"])
_WORDS = st.text(alphabet="abcdefgh ", min_size=1, max_size=8).map(lambda s: s.strip() or "w")


@st.composite
def _v1_response(draw: st.DrawFn, index: int) -> dict[str, Any]:
    allegations = draw(st.lists(_IDS, min_size=1, max_size=3, unique=True))
    response: dict[str, Any] = {
        "id": f"response-{index}",
        "responder": draw(_IDS),
        "allegations": allegations,
        "stance": draw(st.sampled_from(_v1_terms(Stance))),
    }
    positions = draw(
        st.lists(
            st.fixed_dictionaries(
                {
                    "aspect": st.sampled_from(_v1_terms(Aspect)),
                    "stance": st.sampled_from(_v1_terms(Stance)),
                },
                optional={
                    "allegation": st.sampled_from(allegations),
                    "summary": _WORDS,
                },
            ),
            max_size=4,
        )
    )
    if positions:
        response["positions"] = positions
    optional = {
        "channel": st.sampled_from(_v1_terms(Channel)),
        "document": _IDS,
        "retracts": _IDS,
        "summary": _WORDS,
    }
    for key, values in optional.items():
        if draw(st.booleans()):
            response[key] = draw(values)
    response["citations"] = [{"report": "r"}]
    return response


def _v1_terms(vocabulary: type[Term]) -> list[str]:
    """The terms of a vocabulary that version 1 had: all but 'other', which came with 2."""
    return [term.value for term in vocabulary if term.value != "other"]


@st.composite
def v1_bundles(draw: st.DrawFn) -> dict[str, Any]:
    """Version-1 plain data of the shapes the upgrade maps."""
    reports = [
        {"id": "r", "title": "T", "authors": draw(st.lists(_WORDS, max_size=3, unique=True))}
    ]
    documents = [
        {"id": f"document-{i}", "kind": "report", **({"author": a} if a else {})}
        for i, a in enumerate(draw(st.lists(st.none() | _IDS, max_size=2)))
    ]
    count = draw(st.integers(min_value=0, max_value=3))
    responses = [draw(_v1_response(i)) for i in range(count)]
    return {"schema_version": 1, "reports": reports, "documents": documents, "responses": responses}


def v2_translation(data: dict[str, Any]) -> dict[str, Any]:
    """The version-2 data of version-1 data, translated directly (not by the mapping)."""
    reports = [{**r, "authors": [{"name": a} for a in r["authors"]]} for r in data["reports"]]
    documents = [
        {("authors" if k == "author" else k): ([v] if k == "author" else v) for k, v in d.items()}
        for d in data["documents"]
    ]
    listed = {"responder": "responders", "stance": "stances", "channel": "channels"}
    listed |= {"document": "documents", "retracts": "retracts"}
    responses = []
    for response in data["responses"]:
        new: dict[str, Any] = {}
        for key, value in response.items():
            if key in listed:
                new[listed[key]] = [value]
            elif key not in ("allegations", "positions"):
                new[key] = value
        if "retracts" in new and "retraction" not in new["stances"]:
            new["stances"] = [*new["stances"], "retraction"]  # a retraction, in version 1
        positions = response.get("positions", [])
        new["answers"] = [
            {
                "allegation": allegation,
                "positions": [
                    {k: v for k, v in p.items() if k != "allegation"}
                    for p in positions
                    if p.get("allegation", allegation) == allegation
                ],
            }
            for allegation in response["allegations"]
        ]
        responses.append(new)
    return {"schema_version": 2, "reports": reports, "documents": documents, "responses": responses}


#: Reading and writing YAML is slow on a shared machine: no deadline.
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


@SETTINGS
@given(v1_bundles())
def test_upgrading_nodes_equals_structuring_the_translation(data: dict[str, Any]) -> None:
    expected = io.loads(yaml_text(v2_translation(data)))
    text = yaml_text(data)
    assert io.loads(text) == expected
    root = reading.parse_yaml(text)
    assert [code for _, _, p in upgrade_nodes(root) for code in [p.code]] == ["NM209"]
    assert io.loads(yaml_text(root.plain())) == expected


@settings(SETTINGS, max_examples=40)  # ruamel.yaml reads and writes each twice
@given(v1_bundles())
def test_rewriting_yaml_equals_structuring_the_translation(data: dict[str, Any]) -> None:
    result = rewrite(yaml_text(data))
    assert result.text is not None
    assert io.loads(result.text) == io.loads(yaml_text(v2_translation(data)))
