"""The tables export (CSV, Parquet, DuckDB, a Frictionless data package) and its way back.

- Every field of the model lands in a table, from the metadata alone.
- Export then import gives equal bundles: over every example, and over the strategies'
  datasets and bundles (a property).
- ``frictionless`` accepts the data package of the examples and catches a broken foreign key;
  ``pyarrow`` reads the Parquet tables; DuckDB holds the same tables and its views, and the
  guide's example queries run.
- A bad cell gives one problem at its CSV file, row and column; the command line refuses a
  dataset with errors, exports only what is valid when told, and says what a missing extra is.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings

from builders import broken_dataset
from newsmodel import Bundle, Dataset, ValidationError, io
from newsmodel.cli import main
from newsmodel.export.tables import (
    CSV,
    DATAPACKAGE,
    DUCKDB,
    PARQUET,
    resource_name,
    rows,
    tables,
    write,
    write_csv_tables,
)
from newsmodel.export.tables_import import read_tables
from newsmodel.model import SCHEMA_VERSION, _items_of, _model_types, _unwrapped
from newsmodel.strategies import bundles, datasets

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
GUIDE = ROOT / "docs" / "guides" / "export-tables.md"
VOA = EXAMPLES / "voa-mali-2022.yaml"
FAST = settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([EXAMPLES])


@pytest.fixture(scope="module")
def exported(examples: Dataset, tmp_path_factory: pytest.TempPathFactory) -> Path:
    pytest.importorskip("pyarrow")
    pytest.importorskip("duckdb")
    out = tmp_path_factory.mktemp("tables")
    result = write(examples, out)
    assert result.losses == ()
    return out


def _csv_only(records: Any, folder: Path, origin: dict[Any, Any] | None = None) -> Path:
    write_csv_tables(rows(records, origin), folder / CSV)
    return folder


# --------------------------------------------------------------------------
# The tables come from the model
# --------------------------------------------------------------------------


def test_every_field_of_the_model_has_a_column_or_a_table() -> None:
    covered: set[tuple[type, str]] = set()
    for table in tables():
        item = table.item
        if table.tree:
            covered.add((item, table.tree))
        for column in table.columns:
            cls: Any = item if attrs.has(item) else None
            for name in column.path:
                if cls is None:
                    break
                covered.add((cls, name))
                inner = _unwrapped(attrs.fields_dict(cls)[name].type)
                cls = inner if attrs.has(inner) else None
        for lists in table.lists[-1:]:
            owner: Any = _owner(table)
            for name in lists:
                covered.add((owner, name))
                inner = _unwrapped(attrs.fields_dict(owner)[name].type)
                owner = inner if attrs.has(inner) else _items_of(inner)
    missing = [
        f"{cls.__name__}.{field.name}"
        for cls in _model_types()
        if cls is not Bundle
        for field in attrs.fields(cls)
        if (cls, field.name) not in covered
    ]
    assert missing == []


def _owner(table: Any) -> type:
    """The class holding the list a child table is of."""
    by_name = {t.name: t for t in tables()}
    parent = by_name[table.parent]
    return parent.item  # type: ignore[no-any-return]


def test_tables_have_unique_names_and_columns() -> None:
    names = [table.name for table in tables()]
    assert len(set(names)) == len(names)
    assert len({resource_name(name) for name in names}) == len(names)
    for table in tables():
        columns = [column.name for column in table.columns]
        assert len(set(columns)) == len(columns), table.name


# --------------------------------------------------------------------------
# Round trips
# --------------------------------------------------------------------------


def test_examples_come_back_as_the_same_bundles(exported: Path) -> None:
    back = read_tables(exported)
    assert len(back) == len(list(EXAMPLES.glob("*.yaml")))
    for file, bundle in back:
        assert file is not None
        assert bundle == io.load(file), file


@FAST
@given(datasets())
def test_export_then_import_gives_equal_records(files: tuple[Bundle, ...]) -> None:
    origin = {
        record.id: f"file-{number:02}.yaml"
        for number, bundle in enumerate(files)
        for record in bundle.records()
    }
    records = [record for bundle in files for record in bundle.records()]
    folder = Path(tempfile.mkdtemp(prefix="newsmodel-tables-test-"))
    try:
        back = read_tables(_csv_only(records, folder, origin))
    finally:
        shutil.rmtree(folder)
    expected = [
        (f"file-{number:02}.yaml", attrs.evolve(bundle, schema_version=SCHEMA_VERSION))
        for number, bundle in enumerate(files)
        if bundle.records()
    ]
    assert back == expected


@FAST
@given(bundles())
def test_a_bundle_without_files_comes_back_as_one(bundle: Bundle) -> None:
    folder = Path(tempfile.mkdtemp(prefix="newsmodel-tables-test-"))
    try:
        back = read_tables(_csv_only(bundle.records(), folder))
    finally:
        shutil.rmtree(folder)
    assert back == [(None, attrs.evolve(bundle, schema_version=SCHEMA_VERSION))]


# --------------------------------------------------------------------------
# The peers: frictionless, pyarrow, DuckDB
# --------------------------------------------------------------------------


def test_frictionless_accepts_the_data_package(exported: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    report = frictionless.validate(str(exported / DATAPACKAGE))
    assert report.valid, report.flatten(["resourceName", "rowNumber", "fieldName", "message"])[:5]


def test_frictionless_catches_a_broken_foreign_key(tmp_path: Path) -> None:
    frictionless = pytest.importorskip("frictionless")
    pytest.importorskip("duckdb")
    write(Dataset.load([VOA]), tmp_path)
    _edit(tmp_path / CSV / "allegation_accusers.csv", 2, "accusers", "nobody")
    package = frictionless.Package(str(tmp_path / DATAPACKAGE))
    resource = package.get_resource(resource_name("allegation_accusers"))
    report = resource.validate()
    assert not report.valid
    assert {error.type for error in report.tasks[0].errors} == {"foreign-key"}


def test_parquet_and_duckdb_hold_the_rows_of_the_csv(exported: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    duckdb = pytest.importorskip("duckdb")
    connection = duckdb.connect(str(exported / DUCKDB), read_only=True)
    try:
        for name in ("allegation", "allegation_counts", "actor_identifiers", "response_answers"):
            with (exported / CSV / f"{name}.csv").open(encoding="utf-8") as stream:
                count = sum(1 for _ in csv.reader(stream)) - 1
            assert parquet.read_table(exported / PARQUET / f"{name}.parquet").num_rows == count
            (in_duckdb,) = connection.execute(f"SELECT count(*) FROM {name}").fetchone()
            assert in_duckdb == count > 0
        (status,) = connection.execute(
            "SELECT status FROM allegation WHERE id = 'hombori-killing-of-50-civilians'"
        ).fetchone()
        assert status == "unverified"  # defaults are written out
    finally:
        connection.close()


@settings(max_examples=3, deadline=None, suppress_health_check=list(HealthCheck))
@given(datasets())
def test_generated_datasets_pass_the_peers(files: tuple[Bundle, ...]) -> None:
    frictionless = pytest.importorskip("frictionless")
    duckdb = pytest.importorskip("duckdb")
    folder = Path(tempfile.mkdtemp(prefix="newsmodel-tables-test-"))
    try:
        write(Dataset(files), folder)
        # The tables with rows, which every foreign key among them points within: the
        # 200-odd empty ones take frictionless a minute, and are checked on the examples.
        descriptor = json.loads((folder / DATAPACKAGE).read_text(encoding="utf-8"))
        descriptor["resources"] = [
            resource
            for resource in descriptor["resources"]
            if (folder / resource["path"]).read_text(encoding="utf-8").count("\n") > 1
        ]
        kept = {resource["name"] for resource in descriptor["resources"]}
        for resource in descriptor["resources"]:  # a key into an empty table is all empty
            schema = resource["schema"]
            schema["foreignKeys"] = [
                key for key in schema.get("foreignKeys", []) if key["reference"]["resource"] in kept
            ]
        filtered = folder / "with-rows.json"
        filtered.write_text(json.dumps(descriptor), encoding="utf-8")
        report = frictionless.validate(str(filtered))
        assert report.valid, report.flatten(["resourceName", "rowNumber", "message"])[:5]
        connection = duckdb.connect(str(folder / DUCKDB), read_only=True)
        try:
            for resource in descriptor["resources"]:
                name = Path(resource["path"]).stem
                with (folder / resource["path"]).open(encoding="utf-8") as stream:
                    count = sum(1 for _ in csv.reader(stream)) - 1
                (in_duckdb,) = connection.execute(f"SELECT count(*) FROM {name}").fetchone()
                assert in_duckdb == count, name
            for view in ("accusations", "allegation_responses", "figures"):
                connection.execute(f"SELECT * FROM {view}").fetchall()
        finally:
            connection.close()
    finally:
        shutil.rmtree(folder)


def _queries() -> list[str]:
    text = GUIDE.read_text(encoding="utf-8")
    return re.findall(r"^```sql\n(.*?)^```", text, re.S | re.M)


def test_the_guide_s_queries_run_and_find_rows(exported: Path) -> None:
    duckdb = pytest.importorskip("duckdb")
    queries = _queries()
    assert len(queries) >= 4
    connection = duckdb.connect(str(exported / DUCKDB), read_only=True)
    try:
        for query in queries:
            assert connection.execute(query).fetchall(), query
    finally:
        connection.close()


def test_the_guide_s_python_snippet_runs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    pytest.importorskip("duckdb")
    text = GUIDE.read_text(encoding="utf-8")
    (snippet,) = re.findall(r"^```python\n(.*?)^```", text, re.S | re.M)
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.chdir(tmp_path)
    exec(compile(snippet, str(GUIDE), "exec"), {})
    assert (tmp_path / "tables" / DATAPACKAGE).is_file()


# --------------------------------------------------------------------------
# Problems of edited tables
# --------------------------------------------------------------------------


@pytest.fixture
def voa(tmp_path: Path) -> Path:
    return _csv_only(Dataset.load([VOA]), tmp_path)


def _edit(path: Path, row: int, column: str, value: str) -> int:
    """Set one cell (row as a spreadsheet numbers it); return the column's number."""
    with path.open(encoding="utf-8", newline="") as stream:
        lines = list(csv.reader(stream))
    index = lines[0].index(column) if column in lines[0] else len(lines[0])
    if index == len(lines[0]):
        lines[0].append(column)
        for line in lines[1:]:
            line.append("")
    lines[row - 1][index] = value
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream, lineterminator="\n").writerows(lines)
    return index + 1


def _problems(folder: Path) -> list[tuple[str, str | None, int | None, int | None]]:
    with pytest.raises(ValidationError) as caught:
        read_tables(folder)
    return [(p.code, p.file and Path(p.file).name, p.line, p.column) for p in caught.value.problems]


@pytest.mark.parametrize(
    ("table", "column", "value", "code"),
    [
        ("allegation", "status", "maybe", "NM205"),
        ("allegation_counts", "best", "a dozen", "NM203"),
        ("allegation", "made", "last week", "NM302"),
        ("actor", "country", "Mali", "NM304"),
        ("allegation_accusers", "accusers", "nobody-at-all", "NM402"),
        ("allegation", "summary", "", "NM201"),
        ("allegation_counts", "provisional", "perhaps", "NM203"),
    ],
)
def test_a_bad_cell_is_one_problem_at_its_file_row_and_column(
    voa: Path, table: str, column: str, value: str, code: str
) -> None:
    number = _edit(voa / CSV / f"{table}.csv", 2, column, value)
    assert _problems(voa) == [(code, f"{table}.csv", 2, number)]


def test_problems_of_the_tables_themselves(voa: Path) -> None:
    _edit(voa / CSV / "allegation_accused.csv", 2, "allegation_id", "no-such-allegation")
    added = _edit(voa / CSV / "allegation_means.csv", 1, "colour", "red")
    _edit(voa / CSV / "allegation_accusers.csv", 3, "accusers_position", "first")
    problems = _problems(voa)
    assert ("NM402", "allegation_accused.csv", 2, None) in problems
    assert ("NM202", "allegation_means.csv", 1, added) in problems
    assert ("NM203", "allegation_accusers.csv", 3, 2) in problems


def test_a_file_that_is_not_utf8_or_not_csv_is_a_problem(voa: Path) -> None:
    (voa / CSV / "actor.csv").write_bytes(b"id,name\nmali,Mal\xed\n")
    (voa / CSV / "event.csv").write_text('id,summary\nx,"unclosed\n', encoding="utf-8")
    codes = {(code, file) for code, file, _, _ in _problems(voa)}
    assert codes == {("NM101", "actor.csv"), ("NM102", "event.csv")}


def test_rows_may_be_reordered_and_positions_may_have_gaps(voa: Path) -> None:
    path = voa / CSV / "allegation_accusers.csv"
    with path.open(encoding="utf-8", newline="") as stream:
        header, *lines = list(csv.reader(stream))
    for line in lines:
        line[1] = str(int(line[1]) * 10)
    with path.open("w", encoding="utf-8", newline="") as stream:
        csv.writer(stream).writerows([header, *reversed(lines)])
    ((_, bundle),) = read_tables(voa)
    assert bundle.records() == io.load(VOA).records()


def test_spreadsheet_booleans_and_a_byte_order_mark_are_read(voa: Path) -> None:
    path = voa / CSV / "allegation_counts.csv"
    text = path.read_text(encoding="utf-8").replace(",false,", ",FALSE,")
    path.write_text("\ufeff" + text, encoding="utf-8")
    ((_, bundle),) = read_tables(voa)
    assert bundle.records() == io.load(VOA).records()


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


def test_export_and_import_on_the_command_line(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("duckdb")
    out, back = tmp_path / "out", tmp_path / "back"
    assert main(["export", "tables", str(VOA), "-o", str(out)]) == 0
    assert "exported" in capsys.readouterr().out
    assert main(["import", str(out), "-o", str(back)]) == 0
    assert io.load(back / VOA.name) == io.load(VOA)
    assert main(["import", str(out), "-o", str(back)]) == 2  # no --force
    assert "exists" in capsys.readouterr().err
    assert main(["import", str(out), "-o", str(back), "--force"]) == 0


def test_export_refuses_a_dataset_with_errors(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("duckdb")
    data, out = broken_dataset(tmp_path), tmp_path / "out"
    assert main(["export", "tables", str(data), "-o", str(out)]) == 1
    captured = capsys.readouterr()
    assert "NM402" in captured.out
    assert "--only-valid" in captured.err
    assert not out.exists()


def test_export_only_valid_leaves_out_and_says(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pytest.importorskip("duckdb")
    data, out = broken_dataset(tmp_path), tmp_path / "out"
    assert main(["export", "tables", str(data), "-o", str(out), "--only-valid"]) == 0
    err = capsys.readouterr().err
    left = [line for line in err.splitlines() if line.startswith("left out Allegation")]
    assert len(left) == 1
    assert "NM402" in left[0]
    ((_, bundle),) = read_tables(out)
    assert len(bundle.allegations) == len(io.load(VOA).allegations) - 1


def test_a_missing_extra_is_one_line_and_exit_2(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "duckdb", None)
    assert main(["export", "tables", str(VOA), "-o", str(tmp_path / "out")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "pip install 'newsmodel-accusations[tables]'" in err
    assert not (tmp_path / "out").exists()
