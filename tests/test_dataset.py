"""Tests of newsmodel.dataset: many bundles together, looked up by id and kind."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmodel
from builders import MINIMAL, RICH, bundle_yaml, where
from newsmodel import Bundle, Dataset, ValidationError, loads
from newsmodel.dataset import Validator, discover, filter_problems
from newsmodel.model import Actor, Allegation, Citation, Report, Response
from newsmodel.problems import Problem, Severity
from newsmodel.types import CountryCode, Id
from newsmodel.vocab import ActorKind

ACTORS = """\
schema_version: 2
actors:
- id: mali
  name: Mali
  kind: state
- id: minusma
  name: MINUSMA
  kind: peacekeeping_mission
"""

ALLEGATION = """\
schema_version: 2
allegations:
- id: moura
  accusers: [minusma]
  accused: [mali]
  summary: Massacre in Moura.
  citations: [{report: voa}]
"""


def three_bundles() -> list[Bundle]:
    return [loads(MINIMAL), loads(ACTORS), loads(ALLEGATION)]


# --------------------------------------------------------------------------
# Dataset: merging and lookup
# --------------------------------------------------------------------------


def test_bundles_merge_into_one_dataset() -> None:
    dataset = Dataset(three_bundles())
    assert len(dataset) == 4
    assert [record.id for record in dataset] == ["voa", "mali", "minusma", "moura"]
    assert "mali" in dataset
    assert "wagner" not in dataset
    assert 42 not in dataset


def test_lookup_by_id() -> None:
    dataset = Dataset(three_bundles())
    mali = dataset["mali"]
    assert isinstance(mali, Actor)
    assert mali.name == "Mali"
    with pytest.raises(KeyError):
        dataset["wagner"]
    assert dataset.get("wagner") is None


def test_lookup_by_id_and_kind() -> None:
    dataset = Dataset(three_bundles())
    actor = dataset.get("mali", Actor)
    assert actor is not None
    assert actor.name == "Mali"
    assert dataset.get("mali", Report) is None
    allegation = dataset.get("moura", Allegation)
    assert allegation is not None
    assert allegation.accused == ("mali",)
    # References resolve across bundles: the allegation's actors are in another file.
    assert [dataset.get(accused, Actor) for accused in allegation.accused] == [actor]


def test_records_of_one_kind_in_the_order_they_were_added() -> None:
    dataset = Dataset(three_bundles())
    assert [actor.id for actor in dataset.of_kind(Actor)] == ["mali", "minusma"]
    assert [report.id for report in dataset.of_kind(Report)] == ["voa"]
    assert list(dataset.of_kind(Response)) == []


def test_an_empty_dataset() -> None:
    dataset = Dataset()
    assert len(dataset) == 0
    assert list(dataset) == []


def test_duplicate_ids_across_bundles_raise_nm401() -> None:
    again = loads(bundle_yaml("actors:\n- id: mali\n  name: Republic of Mali\n  kind: state\n"))
    with pytest.raises(ValidationError) as raised:
        Dataset([loads(ACTORS), again])
    problems = raised.value.problems
    assert [(p.code, p.path) for p in problems] == [("NM401", "$.actors[0].id")] * 2
    assert all("'mali'" in p.message for p in problems)


def test_duplicate_ids_of_different_kinds_raise_nm401() -> None:
    report_named_mali = loads(MINIMAL.replace("id: voa", "id: mali"))
    with pytest.raises(ValidationError) as raised:
        Dataset([loads(ACTORS), report_named_mali])
    problems = raised.value.problems
    assert [p.code for p in problems] == ["NM401", "NM401"]
    assert "'mali'" in problems[0].message
    assert {p.path for p in problems} == {"$.actors[0].id", "$.reports[0].id"}


def test_every_duplicate_is_reported() -> None:
    with pytest.raises(ValidationError) as raised:
        Dataset([loads(ACTORS), loads(ACTORS)])
    assert [p.code for p in raised.value.problems] == ["NM401"] * 4


def test_dataset_and_validate_report_duplicate_ids_alike() -> None:
    bundle = loads(ACTORS)
    with pytest.raises(ValidationError) as raised:
        Dataset([bundle, bundle])
    from_validate = [p for p in newsmodel.validate([bundle, bundle]) if p.code == "NM401"]
    assert list(raised.value.problems) == from_validate
    assert len(from_validate) == 4


def test_source_of_names_the_file_of_each_record(tmp_path: Path) -> None:
    actors = write(tmp_path, "stories/moura/actors.yaml", ACTORS)
    report = write(tmp_path, "reports.yaml", MINIMAL)
    write(tmp_path, "stories/moura/allegation.yaml", ALLEGATION)
    dataset = Dataset.load([tmp_path])
    assert dataset.source_of("mali") == str(actors)
    assert dataset.source_of(dataset["voa"]) == str(report)
    assert Dataset([loads(ACTORS)]).source_of("mali") is None
    with pytest.raises(KeyError):
        dataset.source_of("wagner")


# --------------------------------------------------------------------------
# Files and folders
# --------------------------------------------------------------------------


def write(folder: Path, name: str, text: str) -> Path:
    path = folder / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_dataset_load_reads_folders(tmp_path: Path) -> None:
    write(tmp_path, "reports/voa.yaml", MINIMAL)
    write(tmp_path, "actors.yaml", ACTORS)
    write(tmp_path, "allegations/moura.json", _as_json(ALLEGATION))
    dataset = Dataset.load([tmp_path])
    assert sorted(record.id for record in dataset) == ["mali", "minusma", "moura", "voa"]


def _as_json(text: str) -> str:
    return newsmodel.dumps(loads(text), format="json")


def test_dataset_load_raises_for_errors_with_positions(tmp_path: Path) -> None:
    first = write(tmp_path, "a.yaml", ACTORS)
    second = write(tmp_path, "b.yaml", ACTORS.replace("minusma", "un"))
    with pytest.raises(ValidationError) as raised:
        Dataset.load([tmp_path])
    duplicates = [p for p in raised.value.problems if p.code == "NM401"]
    assert [(p.file, p.path, p.line, p.column) for p in duplicates] == [
        (str(first), "$.actors[0].id", 3, 7),
        (str(second), "$.actors[0].id", 3, 7),
    ]


def test_dataset_load_ignores_warnings(tmp_path: Path) -> None:
    write(tmp_path, "actors.yaml", ACTORS)  # actors no record refers to: warnings only
    assert len(Dataset.load([tmp_path])) == 2


def test_discover_skips_hidden_files_and_other_suffixes(tmp_path: Path) -> None:
    keep = write(tmp_path, "data/mali.yaml", MINIMAL)
    write(tmp_path, ".git/config.yaml", MINIMAL)
    write(tmp_path, "data/.draft.yaml", MINIMAL)
    write(tmp_path, "data/notes.txt", "not data")
    files, problems = discover([tmp_path])
    assert files == [str(keep)]
    assert problems == []


def test_discover_reports_missing_paths_and_non_data_files(tmp_path: Path) -> None:
    notes = write(tmp_path, "notes.txt", "not data")
    missing = tmp_path / "missing"
    files, problems = discover([notes, missing])
    assert files == []
    assert [(p.code, p.file) for p in problems] == [("NM100", str(notes)), ("NM100", str(missing))]


def test_validate_a_valid_dataset_gives_no_problems(tmp_path: Path) -> None:
    write(tmp_path, "rich.yaml", RICH)
    assert newsmodel.validate(tmp_path) == []
    assert newsmodel.validate(loads(RICH)) == []


def test_validate_select_and_ignore_by_code_prefix(tmp_path: Path) -> None:
    write(tmp_path, "a.yaml", ACTORS + "  country: Mali\n")
    codes = [p.code for p in newsmodel.validate(tmp_path)]
    assert sorted(codes) == ["NM304", "NM451"]
    assert [p.code for p in newsmodel.validate(tmp_path, select=["NM3"])] == ["NM304"]
    assert [p.code for p in newsmodel.validate(tmp_path, ignore=["NM4"])] == ["NM304"]


def test_filter_problems() -> None:
    problems = [
        Problem(code="NM451", message="unused", severity=Severity.WARNING),
        Problem(code="NM304", message="country"),
    ]
    assert [p.code for p in filter_problems(problems)] == ["NM304", "NM451"]
    assert [p.code for p in filter_problems(problems, select=["NM45"])] == ["NM451"]
    assert filter_problems(problems, select=["NM3"], ignore=["NM304"]) == []


def test_validator_counts_files_and_records(tmp_path: Path) -> None:
    validator = Validator(keep=True)
    validator.add_file(write(tmp_path, "a.yaml", ACTORS))
    validator.add_bundle(loads(ALLEGATION), file="memory")
    validator.add_bundle(loads(MINIMAL))
    assert (validator.files, validator.records) == (3, 4)
    assert validator.kept is not None
    assert [record.id for record in validator.kept] == ["mali", "minusma", "moura", "voa"]
    assert validator.finish() == []


def test_validator_reports_the_problems_of_each_file(tmp_path: Path) -> None:
    validator = Validator()
    path = write(tmp_path, "a.yaml", ACTORS.replace("kind: state", "kind: stat"))
    validator.add_file(path)
    found = validator.finish()
    assert [where(p) for p in found if p.severity is Severity.ERROR] == [
        ("NM205", "$.actors[0].kind", 5, 9)
    ]
    assert all(p.file == str(path) for p in found)


def test_a_file_named_twice_is_read_once(tmp_path: Path) -> None:
    path = tmp_path / "actors.yaml"
    path.write_text(ACTORS + "allegations: []\n", encoding="utf-8")
    files, problems = discover([tmp_path, path, tmp_path / "." / "actors.yaml"])
    assert files == [str(path)]
    assert problems == []
    assert all(p.code != "NM401" for p in newsmodel.validate([tmp_path, path]))


def test_records_named_by_a_rejected_record_are_not_reported_unused(tmp_path: Path) -> None:
    (tmp_path / "actors.yaml").write_text(ACTORS, encoding="utf-8")
    broken = bundle_yaml(
        """\
        allegations:
        - id: moura
          accusers: [minusma]
          accused: [mali]
          summary: Killings in Moura.
          citations: []
        """
    )
    (tmp_path / "broken.yaml").write_text(broken, encoding="utf-8")
    codes = [p.code for p in newsmodel.validate(tmp_path)]
    assert codes == ["NM206"]


def test_links_out_of_the_folder_are_refused(tmp_path: Path) -> None:
    outside = tmp_path / "secret.yaml"
    outside.write_text(MINIMAL, encoding="utf-8")
    data = tmp_path / "data"
    data.mkdir()
    (data / "inside.yaml").write_text(MINIMAL.replace("voa", "voa-2"), encoding="utf-8")
    (data / "link.yaml").symlink_to(outside)
    (data / "alias.yaml").symlink_to(data / "inside.yaml")
    files, problems = discover([data])
    assert files == [str(data / "inside.yaml")]
    assert [(p.code, p.file) for p in problems] == [("NM100", str(data / "link.yaml"))]


# --------------------------------------------------------------------------
# One mistake, one problem
# --------------------------------------------------------------------------

#: The allegation, a response to it, and the report both cite: they name mali and minusma.
REFERRING = (
    ALLEGATION
    + "responses:\n- id: denial\n  responders: [mali]\n  answers: [{allegation: moura}]\n"
    + "  stances: [denial]\n  citations: [{report: voa}]\n"
    + MINIMAL.removeprefix("schema_version: 2\n")
)


def codes(problems: list[Problem]) -> list[str]:
    return [p.code for p in problems]


def test_a_record_with_an_error_is_still_defined(tmp_path: Path) -> None:
    write(tmp_path, "actors.yaml", ACTORS.replace("kind: state", "kind: stat"))
    write(tmp_path, "story.yaml", REFERRING)
    assert codes(newsmodel.validate(tmp_path)) == ["NM205"]


def test_a_jsonl_record_of_an_unknown_type_is_still_defined(tmp_path: Path) -> None:
    write(
        tmp_path,
        "actors.jsonl",
        '{"schema_version": 2}\n'
        '{"type": "actr", "id": "mali", "name": "Mali", "kind": "state"}\n'
        '{"type": "actor", "id": "minusma", "name": "MINUSMA", "kind": "peacekeeping_mission"}\n',
    )
    write(tmp_path, "story.yaml", REFERRING)
    assert [(p.code, p.line) for p in newsmodel.validate(tmp_path)] == [("NM205", 2)]


def test_a_record_without_a_header_line_is_still_defined(tmp_path: Path) -> None:
    write(
        tmp_path,
        "actors.jsonl",
        '{"type": "actor", "id": "mali", "name": "Mali", "kind": "state"}\n'
        '{"type": "actor", "id": "minusma", "name": "MINUSMA", "kind": "peacekeeping_mission"}\n',
    )
    write(tmp_path, "story.yaml", REFERRING)
    assert codes(newsmodel.validate(tmp_path)) == ["NM201"]


def test_a_reference_to_an_invalid_record_is_checked_for_its_kind(tmp_path: Path) -> None:
    write(tmp_path, "reports.yaml", MINIMAL)
    write(tmp_path, "actors.yaml", ACTORS + "- id: wagner\n  name: Wagner\n")  # no kind
    write(tmp_path, "broken.yaml", ALLEGATION.replace("  summary: Massacre in Moura.\n", ""))
    responses = "".join(
        f"- id: r{n}\n  responders: [mali]\n  answers: [{{allegation: {target}}}]\n"
        "  stances: [denial]\n  citations: [{report: voa}]\n"
        for n, target in enumerate(["moura", "wagner"])
    )
    write(tmp_path, "story.yaml", "schema_version: 2\nresponses:\n" + responses)
    found = newsmodel.validate(tmp_path)
    assert [(p.code, p.file, p.path) for p in found if p.severity is Severity.ERROR] == [
        ("NM201", str(tmp_path / "actors.yaml"), "$.actors[2].kind"),
        ("NM201", str(tmp_path / "broken.yaml"), "$.allegations[0].summary"),
        ("NM403", str(tmp_path / "story.yaml"), "$.responses[1].answers[0].allegation"),
    ]


def test_a_file_that_cannot_be_parsed_is_reported_once(tmp_path: Path) -> None:
    write(tmp_path, "actors.yaml", ACTORS.replace("  name: Mali\n", "  name: Mali\n  name: M\n"))
    write(tmp_path, "story.yaml", REFERRING)
    assert codes(newsmodel.validate(tmp_path)) == ["NM103"]


def test_a_misnamed_list_loses_its_records_once(tmp_path: Path) -> None:
    write(tmp_path, "actors.yaml", ACTORS.replace("actors:", "actor:"))
    write(tmp_path, "story.yaml", REFERRING)
    assert codes(newsmodel.validate(tmp_path)) == ["NM202"]


def test_without_unread_files_unknown_references_are_reported(tmp_path: Path) -> None:
    write(tmp_path, "actors.yaml", ACTORS)
    write(tmp_path, "story.yaml", REFERRING.replace("responders: [mali]", "responders: [mail]"))
    found = [p for p in newsmodel.validate(tmp_path) if p.severity is Severity.ERROR]
    assert [(p.code, p.hint) for p in found] == [("NM402", "did you mean 'mali'?")]


# --------------------------------------------------------------------------
# Paths, limits and links
# --------------------------------------------------------------------------


def test_an_empty_path_is_a_problem(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write(tmp_path, "actors.yaml", ACTORS)
    monkeypatch.chdir(tmp_path)
    found = newsmodel.validate("")
    assert [(p.code, p.file) for p in found] == [("NM100", "")]
    assert "empty path" in found[0].message


def test_limits_must_be_limits_or_none() -> None:
    with pytest.raises(TypeError, match="limits must be a Limits"):
        newsmodel.validate([], limits=0)  # type: ignore[arg-type]
    assert Validator(limits=None).limits == newsmodel.Limits()


def test_links_to_folders_are_followed_inside_and_refused_outside(tmp_path: Path) -> None:
    outside = tmp_path / "elsewhere"
    write(outside, "secret.yaml", MINIMAL)
    data = tmp_path / "data"
    write(data, "real/inside.yaml", MINIMAL.replace("voa", "voa-2"))
    (data / "out").symlink_to(outside, target_is_directory=True)
    (data / "in").symlink_to(data / "real", target_is_directory=True)
    (data / "real" / "loop").symlink_to(data, target_is_directory=True)
    files, problems = discover([data])
    assert files == [str(data / "real" / "inside.yaml")]
    assert [(p.code, p.file) for p in problems] == [("NM100", str(data / "out"))]
    assert "folder outside" in problems[0].message


def test_a_folder_reached_only_by_a_link_inside_is_read(tmp_path: Path) -> None:
    data = tmp_path / "data"
    write(data, ".stories/moura.yaml", MINIMAL)
    (data / "moura").symlink_to(data / ".stories", target_is_directory=True)
    assert discover([data]) == ([str(data / "moura" / "moura.yaml")], [])


# --------------------------------------------------------------------------
# Problems capped per file and per run
# --------------------------------------------------------------------------


def test_a_file_stops_being_read_at_its_cap_of_problems(tmp_path: Path) -> None:
    path = write(tmp_path, "items.yaml", "schema_version: 2\nactors:\n" + "- 1\n" * 50)
    found = newsmodel.validate(path, limits=newsmodel.Limits(max_problems=10))
    assert codes(found) == ["NM203"] * 10 + ["NM408"]
    assert (found[-1].line, found[-1].column) == (12, 3)
    assert "more than 10 problems" in found[-1].message


def test_dataset_wide_problems_are_counted_past_the_cap(tmp_path: Path) -> None:
    actors = "".join(
        f"- id: a{n}\n  name: A\n  kind: person\n  part_of: gone-{n}\n" for n in range(30)
    )
    path = write(tmp_path, "actors.yaml", bundle_yaml("actors:\n" + actors))
    found = newsmodel.validate(path, limits=newsmodel.Limits(max_problems=5))
    assert codes(found) == ["NM408"] + ["NM402"] * 5  # NM408 has no line: first in its file
    assert found[0].message.startswith("55 more problems in this file are not shown")
    assert (found[0].file, found[0].severity) == (str(path), Severity.ERROR)


def test_only_warnings_left_out_give_a_warning(tmp_path: Path) -> None:
    actors = "".join(f"- id: a{n}\n  name: A\n  kind: person\n" for n in range(8))
    path = write(tmp_path, "actors.yaml", bundle_yaml("actors:\n" + actors))
    found = newsmodel.validate(path, limits=newsmodel.Limits(max_problems=5))
    assert codes(found) == ["NM408"] + ["NM451"] * 5
    assert found[0].severity is Severity.WARNING


def test_a_run_reports_ten_times_the_cap_of_a_file(tmp_path: Path) -> None:
    for n in range(12):
        write(tmp_path, f"f{n:02}.yaml", "schema_version: 2\nactors:\n- 1\n")
    found = newsmodel.validate(tmp_path, limits=newsmodel.Limits(max_problems=1))
    assert codes(found) == ["NM203"] * 10 + ["NM408"]  # at the first problem not shown
    assert (found[-1].file, found[-1].line) == (str(tmp_path / "f10.yaml"), 3)
    assert found[-1].message.startswith("2 more problems from here on are not shown")


def test_a_problem_after_a_line_too_long_is_placed(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "data.jsonl",
        '{"schema_version": 2}\n'
        + '{"type": "report", "id": "big", "title": "'
        + "x" * 200
        + '"}\n'
        + '{"type": "actor", "id": "someone", "name": "A", "kind": "person", "part_of": "x"}\n',
    )
    found = newsmodel.validate(path, limits=newsmodel.Limits(max_line_length=100))
    # The long line may have defined "x": NM402 is not reported, NM451 is placed.
    assert [(p.code, p.line, p.column) for p in found] == [("NM115", 2, 1), ("NM451", 3, 25)]


def test_validate_checks_a_bundle_built_in_python_as_a_file() -> None:
    """Values are checked as when read; a record with a problem stays defined (one problem)."""
    mali = Actor(id=Id("mali"), name="Mali", kind="state", country=CountryCode("Mali"))  # type: ignore[arg-type]
    un = Actor(id=Id("un"), name="UN", kind=ActorKind.INTERGOVERNMENTAL_ORGANIZATION)
    report = Report(id=Id("voa"), title="Mali denies UN accusations")
    allegation = Allegation(
        id=Id("killings"),
        accusers=(Id("un"),),
        accused=(Id("mali"),),
        summary="Killings.",
        citations=(Citation(report=Id("voa")),),
    )
    bundle = Bundle(
        schema_version=2, reports=(report,), actors=(mali, un), allegations=(allegation,)
    )
    found = [(p.code, p.path, p.file) for p in newsmodel.validate(bundle)]
    assert found == [("NM203", "$.actors[0].kind", None), ("NM304", "$.actors[0].country", None)]
