"""Tests of newsmodel.dataset: many bundles together, looked up by id and kind."""

from __future__ import annotations

from pathlib import Path

import pytest

import newsmodel
from builders import MINIMAL, RICH, bundle_yaml, where
from newsmodel import Bundle, Dataset, ValidationError, loads
from newsmodel.dataset import Validator, discover, filter_problems
from newsmodel.model import Actor, Allegation, Report, Response
from newsmodel.problems import Problem, Severity

ACTORS = """\
schema_version: 1
actors:
- id: mali
  name: Mali
  kind: state
- id: minusma
  name: MINUSMA
  kind: peacekeeping_mission
"""

ALLEGATION = """\
schema_version: 1
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
    assert [(p.code, p.path) for p in problems] == [("NM401", "$.actors")]
    assert "'mali'" in problems[0].message


def test_duplicate_ids_of_different_kinds_raise_nm401() -> None:
    report_named_mali = loads(MINIMAL.replace("id: voa", "id: mali"))
    with pytest.raises(ValidationError) as raised:
        Dataset([loads(ACTORS), report_named_mali])
    [problem] = raised.value.problems
    assert problem.code == "NM401"
    assert "'mali'" in problem.message
    assert "report" in problem.message


def test_every_duplicate_is_reported() -> None:
    with pytest.raises(ValidationError) as raised:
        Dataset([loads(ACTORS), loads(ACTORS)])
    assert [p.code for p in raised.value.problems] == ["NM401", "NM401"]


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
