"""Reading tables back: the CSV tables of :mod:`newsmodel.export.tables`, as edited, into bundles.

:func:`read_tables` reads the CSV files of an export (its folder, or the
``csv`` folder in it), rebuilds the records row by row (a child row goes into
the list of the row its keys name, at its position), groups them by their
``file`` column into one bundle per file, and checks the bundles exactly as
``newsmodel validate`` checks files.  Every problem points at the CSV file, the
row (the header is row 1, as a spreadsheet numbers them) and the column of the
cell it concerns, and carries the field's path in the data (``$.allegations[0].
accused[1]``).  A bad cell gives a problem, never an exception.

Cells are read as the export writes them: empty is "not given" (the field's
default); whole numbers, numbers and ``true``/``false`` (any case, as
spreadsheets write them) where the field holds them, anything else passed on
for the checks to report; a variant's value as JSON where it reads as JSON.
The ``_earliest`` and ``_latest`` columns of dates are derived and not read:
edit the date's own column.  Rows of a list may come in any order; their
positions order them, and gaps close up.
"""

from __future__ import annotations

import csv
import json
import math
import os
import re
import shutil
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

import attrs

from newsmodel.export.tables import CSV, Column, Table, tables
from newsmodel.limits import DEFAULT_LIMITS
from newsmodel.model import SCHEMA_VERSION, Bundle, bundle_of
from newsmodel.problems import Problem, Severity, ValidationError
from newsmodel.types import Value, scalar_type
from newsmodel.vocab import Term

__all__ = ["TablesError", "parse_cell", "read_tables", "target_names"]

_INTEGER = re.compile(r"[+-]?[0-9]+")
_Key = tuple[Any, ...]
_Where = tuple[str, int, int | None]  # CSV file, row, column


@attrs.define
class _Item:
    """One row rebuilt as plain data, with the CSV place of each of its cells."""

    data: dict[str, Any]
    row: _Where
    cells: dict[tuple[str, ...], _Where] = attrs.field(factory=dict)
    #: Child items by the path of their list field, by position.
    lists: dict[tuple[str, ...], dict[Any, _Item]] = attrs.field(factory=dict)
    file: str | None = None
    #: What the row is: a record or value (``item``), a list's scalar, an identifier.
    shape: str = "item"


class TablesError(ValidationError):
    """Edited tables with errors: every problem, and how much was read."""

    def __init__(self, problems: Iterable[Problem], *, files: int, records: int) -> None:
        super().__init__(problems)
        self.files = files
        """The CSV files read."""
        self.records = records
        """The rows of record tables read."""


def read_tables(folder: str | os.PathLike[str]) -> list[tuple[str | None, Bundle]]:
    """Read the CSV tables in ``folder`` and return ``(file, bundle)`` pairs, one per file.

    ``file`` is the ``file`` column of the records (``None`` for records
    without one); the pairs come sorted by it, ``None`` last.  Raises
    :class:`TablesError` (a :class:`~newsmodel.problems.ValidationError`) with
    every problem found, each placed at its CSV file, row and column.
    """
    root = Path(folder)
    if (root / CSV).is_dir():
        root = root / CSV
    reader = _Reader(root)
    records = reader.read()
    files = len(list(root.glob("*.csv"))) if root.is_dir() else 0
    problems: Iterable[Problem] = reader.problems
    if not any(p.severity is Severity.ERROR for p in reader.problems):
        checked = _check(records, reader.problems)
        if isinstance(checked, list):
            return checked
        problems = checked
    raise TablesError(problems, files=files, records=len(records))


class _Reader:
    """Reads the tables one by one, parents before children."""

    def __init__(self, root: Path) -> None:
        self.root = root
        self.problems: list[Problem] = []
        self.items: dict[str, dict[_Key, _Item]] = {}
        self.records: list[tuple[str, _Item]] = []  # (kind, item), in row order
        self.unread: set[str] = set()  # tables that could not be read: their children wait

    def read(self) -> list[tuple[str, _Item]]:
        if not self.root.is_dir():
            self.problems.append(
                Problem(code="NM100", message="not a folder of CSV tables", file=str(self.root))
            )
            return []
        known = {f"{table.name}.csv" for table in tables()}
        for path in sorted(self.root.glob("*.csv")):
            if path.name not in known:
                self.problems.append(
                    Problem(
                        code="NM202",
                        message=f"{path.name} is not a newsmodel table",
                        file=str(path),
                        hint="rename it to a table's name, or move it out of the folder",
                        severity=Severity.WARNING,
                    )
                )
        for table in tables():
            path = self.root / f"{table.name}.csv"
            # The rows of a table under one not read have nowhere to go: said once.
            if table.parent in self.unread or (path.exists() and not self.table(table, path)):
                self.unread.add(table.name)
        return self.records

    def problem(self, code: str, message: str, where: _Where, hint: str | None = None) -> None:
        file, row, column = where
        self.problems.append(
            Problem(code=code, message=message, file=file, line=row, column=column, hint=hint)
        )

    def table(self, table: Table, path: Path) -> bool:
        """Read one table; return whether it could be read."""
        file = str(path)
        try:
            with path.open(encoding="utf-8-sig", newline="") as stream:
                lines = list(csv.reader(stream, strict=True))
        except UnicodeDecodeError:
            self.problem("NM101", "the file is not UTF-8", (file, 1, None), "save it as UTF-8")
            return False
        except csv.Error as error:
            self.problem("NM102", f"not well-formed CSV: {error}", (file, 1, None))
            return False
        except OSError as error:
            self.problem("NM100", f"cannot read the file: {error.strerror}", (file, 1, None))
            return False
        if not lines:
            return True
        header, by_name = lines[0], {c.name: c for c in table.columns}
        columns: list[Column | None] = []
        for number, name in enumerate(header, start=1):
            column = by_name.get(name.strip())
            if column is None:
                self.problem(
                    "NM202",
                    f"unknown column {name!r}",
                    (file, 1, number),
                    "remove it, or rename it to a column of the table",
                )
            columns.append(column)
        missing = [c.name for c in table.keys if c.name not in {h.strip() for h in header}]
        if missing:
            self.problem(
                "NM201",
                f"missing key column {missing[0]!r}",
                (file, 1, None),
                "the rows of this table cannot be placed without it",
            )
            return False
        items = self.items.setdefault(table.name, {})
        rows = list(enumerate(lines[1:], start=2))
        if table.tree:  # a subgroup after the group it is part of
            position = len(table.keys) - 1
            rows.sort(key=lambda pair: _depth(pair[1], columns, position))
        for number, cells in rows:
            if not any(cell.strip() for cell in cells):
                continue
            self.row(table, columns, cells, (file, number, None), items)
        return True

    def row(
        self,
        table: Table,
        columns: list[Column | None],
        cells: list[str],
        where: _Where,
        items: dict[_Key, _Item],
    ) -> None:
        file, number, _ = where
        if len(cells) > len(columns):
            self.problem("NM102", "more cells than the header has columns", (file, number, None))
            return
        key: list[Any] = []
        item = _Item({}, where)
        values: dict[str, tuple[str, int]] = {}
        for index, (column, cell) in enumerate(zip(columns, cells, strict=False), start=1):
            if column is not None:
                values[column.name] = (cell, index)
        for column in table.keys:
            cell, index = values.get(column.name, ("", None))  # type: ignore[assignment]
            here = (file, number, index)
            if not cell.strip():
                self.problem("NM201", f"missing {column.name}", here)
                return
            if column.role == "position":
                if not _INTEGER.fullmatch(cell.strip()) or int(cell) < 0:
                    self.problem(
                        "NM203",
                        f"{column.name} must be a whole number, 0 or more, not {cell!r}",
                        here,
                    )
                    return
                key.append(int(cell))
            elif column.role == "tree":
                if not re.fullmatch(r"[0-9]+(\.[0-9]+)*", cell.strip()):
                    self.problem(
                        "NM203",
                        f"{column.name} must be a dotted position (0, 0.1), not {cell!r}",
                        here,
                    )
                    return
                key.append(tuple(int(part) for part in cell.strip().split(".")))
            else:
                key.append(cell)
                if column.role == "id":
                    item.data["id"] = cell
                    item.cells[("id",)] = here
        absent: list[tuple[str, ...]] = []
        for column in table.values:
            cell, index = values.get(column.name, ("", None))  # type: ignore[assignment]
            if column.role == "file":
                item.file = cell or None
                continue
            if column.role in ("earliest", "latest"):
                continue
            if column.role == "identifier":
                item.shape, item.data["identifier"] = "identifier", cell
                item.cells[()] = (file, number, index)
                continue
            if column.role == "present":
                if cell.strip().lower() == "true":
                    _set(item.data, column.path, {}, keep=True)
                elif cell.strip().lower() == "false":
                    absent.append(column.path)
                continue
            target = column.path
            if not column.path:  # the value of a list of scalars
                item.shape, target = "scalar", ()
            item.cells[target] = (file, number, index)
            if cell:
                if target:
                    _set(item.data, target, parse_cell(column, cell))
                else:
                    item.data["value"] = parse_cell(column, cell)
        for path in absent:  # said to be absent: whatever its other cells say
            holder = item.data
            for name in path[:-1]:
                holder = holder.get(name, {})
            holder.pop(path[-1], None)
        self.place(table, tuple(key), item, where, items)

    def place(
        self, table: Table, key: _Key, item: _Item, where: _Where, items: dict[_Key, _Item]
    ) -> None:
        if key in items:
            self.problem(
                "NM208",
                f"a second row for {_shown(table, key)}",
                where,
                "each key may appear once: renumber the positions",
            )
            return
        items[key] = item
        if table.parent is None:
            self.records.append((table.kind, item))
            return
        parent_key, position = key[:-1], key[-1]
        field = table.lists[-1]
        if table.tree and isinstance(position, tuple) and len(position) > 1:
            parent = items.get((*parent_key, position[:-1]))
            field, position = (table.tree,), position[-1]
        else:
            parent = self.items.get(table.parent, {}).get(parent_key)
            if isinstance(position, tuple):
                position = position[0]
        if parent is None:
            self.problem(
                "NM402",
                f"no row of {table.parent} for {_shown(table, key[:-1])}",
                where,
                "add that row, or correct the keys of this one",
            )
            del items[key]
            return
        parent.lists.setdefault(field, {})[position] = item


def _depth(cells: list[str], columns: list[Column | None], index: int) -> int:
    names = [c.name if c else None for c in columns]
    tree = [c for c in columns if c is not None and c.role == "tree"]
    if not tree or tree[-1].name not in names:
        return 0
    at = names.index(tree[-1].name)
    return cells[at].count(".") if at < len(cells) else 0


def _shown(table: Table, key: _Key) -> str:
    names = [c.name for c in table.keys]
    return ", ".join(
        f"{name} {'.'.join(map(str, v)) if isinstance(v, tuple) else v}"
        for name, v in zip(names, key, strict=False)
    )


def _set(data: dict[str, Any], path: tuple[str, ...], value: Any, *, keep: bool = False) -> None:
    for name in path[:-1]:
        data = data.setdefault(name, {})
    if keep:
        data.setdefault(path[-1], value)
    else:
        data[path[-1]] = value


def parse_cell(column: Column, cell: str) -> Any:
    """Return the plain value a cell holds for its column; text the checks will report if bad.

    >>> from newsmodel.export.tables import Column
    >>> parse_cell(Column("best", "value", ("best",), int), "12")
    12
    >>> parse_cell(Column("best", "value", ("best",), int), "a dozen")
    'a dozen'
    """
    scalar = column.scalar
    text = cell.strip()
    if scalar is bool:
        return {"true": True, "false": False}.get(text.lower(), cell)
    if scalar is int:
        return int(text) if _INTEGER.fullmatch(text) else cell
    info = scalar_type(scalar)
    if scalar is float or (info is not None and info.name == "Amount"):
        if _INTEGER.fullmatch(text):
            return int(text)
        try:
            number = float(text)
        except ValueError:
            return cell
        return number if math.isfinite(number) else cell
    if scalar is Value:
        return _value(cell)
    if isinstance(scalar, type) and issubclass(scalar, Term):
        return cell
    return cell


def _value(cell: str) -> Any:
    try:
        value = json.loads(cell)
    except ValueError:
        return cell
    if isinstance(value, (str, int, float, bool)) or (
        isinstance(value, list) and all(isinstance(v, (str, int, float, bool)) for v in value)
    ):
        return value
    return cell


# --------------------------------------------------------------------------
# From rows to bundles, checked
# --------------------------------------------------------------------------


def _plain(item: _Item, path: tuple[Any, ...], places: dict[tuple[Any, ...], _Where]) -> Any:
    """Return the plain data of an item, its lists filled in; note where each value came from."""
    places[path] = item.row
    for cell_path, where in item.cells.items():
        places[path + cell_path] = where
    data = item.data
    for field, children in item.lists.items():
        target = data
        for name in field[:-1]:
            target = target.setdefault(name, {})
        if any(child.shape == "identifier" for child in children.values()):
            target[field[-1]] = {
                scheme: child.data.get("identifier") for scheme, child in children.items()
            }
            for scheme, child in children.items():
                places[path + field + (scheme,)] = child.cells.get((), child.row)
            continue
        values: list[Any] = []
        for index, position in enumerate(sorted(children)):
            child = children[position]
            here = (*path, *field, index)
            if child.shape == "scalar":
                values.append(child.data.get("value"))
                places[here] = child.cells.get((), child.row)
            else:
                values.append(_plain(child, here, places))
        target[field[-1]] = values
    return data


def _check(
    records: list[tuple[str, _Item]], found: list[Problem]
) -> list[tuple[str | None, Bundle]] | tuple[Problem, ...]:
    """Return the bundles the records make, or (as a tuple) their problems."""
    from newsmodel.dataset import Validator  # noqa: PLC0415

    files: dict[str | None, dict[str, Any]] = {}
    places: dict[str | None, dict[tuple[Any, ...], _Where]] = {}
    for kind, item in records:
        bundle = files.setdefault(item.file, {"schema_version": SCHEMA_VERSION})
        field = kind + "s"
        records_of = bundle.setdefault(field, [])
        where = places.setdefault(item.file, {})
        records_of.append(_plain(item, (field, len(records_of)), where))
    folder = tempfile.mkdtemp(prefix="newsmodel-import-")
    try:
        names: dict[str, str | None] = {}
        largest = DEFAULT_LIMITS.max_file_size
        for number, (file, data) in enumerate(files.items()):
            name = os.path.join(folder, f"{number}.json")
            text = json.dumps(data, ensure_ascii=False).encode("utf-8")
            Path(name).write_bytes(text)
            names[name] = file
            largest = max(largest, len(text))
        # The tables had no size limit: the file they make is checked whatever its size.
        validator = Validator(keep=True, limits=attrs.evolve(DEFAULT_LIMITS, max_file_size=largest))
        for name in names:
            validator.add_file(name)
        problems = [*found, *(_placed(p, names, places) for p in validator.finish())]
        if any(p.severity is Severity.ERROR for p in problems):
            return tuple(problems)
        grouped: dict[str | None, list[Any]] = {file: [] for file in files}
        for record, kept_in in validator._kept():
            grouped[names[kept_in or ""]].append(record)
    finally:
        shutil.rmtree(folder, ignore_errors=True)
    order = sorted(grouped, key=lambda file: (file is None, file or ""))
    return [(file, bundle_of(grouped[file])) for file in order]


def _placed(
    problem: Problem,
    names: dict[str, str | None],
    places: dict[str | None, dict[tuple[Any, ...], _Where]],
) -> Problem:
    """Move a problem from the checked JSON to the CSV cell its value came from."""
    if problem.file not in names:
        return problem
    where = places.get(names[problem.file], {})
    path = tuple(_path_parts(problem.path))
    for end in range(len(path), 0, -1):
        found = where.get(path[:end])
        if found is not None:
            file, row, column = found
            return attrs.evolve(problem, file=file, line=row, column=column)
    return attrs.evolve(problem, file=None, line=None, column=None)


def _path_parts(path: str) -> Iterator[str | int]:
    """``$.allegations[0]['a b']`` -> ``allegations``, ``0``, ``a b``."""
    for match in re.finditer(r"\.([A-Za-z_][A-Za-z0-9_]*)|\[(\d+)\]|\[('(?:[^'\\]|\\.)*')\]", path):
        name, index, quoted = match.groups()
        if name is not None:
            yield name
        elif index is not None:
            yield int(index)
        else:
            yield quoted[1:-1]


def target_names(files: Iterable[str | None]) -> list[str]:
    """Return a relative YAML file name for each bundle's ``file`` (``records.yaml`` for none).

    Names are taken relative to the folder the files share, so that a
    dataset read from ``examples/`` is written back as the same file names.

    >>> target_names(["examples/a.yaml", "examples/b/c.jsonl", None])
    ['a.yaml', 'b/c.yaml', 'records.yaml']
    """
    files = list(files)
    named = [os.path.normpath(f) for f in files if f]
    base = os.path.commonpath([os.path.dirname(f) or "." for f in named]) if named else ""
    if named and any(os.path.isabs(f) for f in named) != all(os.path.isabs(f) for f in named):
        base = ""
    out: list[str] = []
    for file in files:
        if not file:
            out.append("records.yaml")
            continue
        name = os.path.relpath(os.path.normpath(file), base or ".") if base else file
        if name.startswith("..") or os.path.isabs(name):
            name = os.path.basename(file)
        out.append(str(Path(name).with_suffix(".yaml")).replace(os.sep, "/"))
    return out
