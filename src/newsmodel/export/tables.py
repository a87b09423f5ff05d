"""Tables for analysts: one per record kind and per nested list, as CSV, Parquet and DuckDB.

The tables come from the model's metadata (:func:`tables`), so a new field or
a new nested list appears without code:

- a **record table** per kind (``allegation``), keyed by ``id``, with a ``file``
  column naming the file the record was read from (so that ``newsmodel import``
  rebuilds one bundle per file);
- a **child table** per nested list (``allegation_accusers``,
  ``allegation_citations_quotes``), keyed by the record's id
  (``allegation_id``) and one position per list on the way
  (``citations_position``, ``quotes_position``; 0-based, as in paths such as
  ``citations[0].quotes[1]``).  A list of a value that holds lists of itself (a
  count's ``subgroups``, a quantity's ``converted``) keeps them in the same
  table, its position then a dotted path (``0.1``: the second subgroup of the
  first count);
- a nested single value (a report's ``dateline``) is flattened into its
  parent's row, its columns prefixed with the field's name (``dateline_name``);
  one that may be empty also gets a column of its own name saying it is there;
- a partial date is three columns: its EDTF text (``made``) and the earliest
  and latest instants it allows (``made_earliest``, ``made_latest``, UTC; empty
  when open or out of range); a vocabulary term is its value; a variant's
  ``value`` is written as JSON wherever plain text would read as something else
  (``"5"`` for the text 5, ``5`` for the number); an actor's ``identifiers`` are a
  child table of scheme and value.

:func:`write` writes every table as CSV (``csv/``) and Parquet (``parquet/``),
a Frictionless ``datapackage.json`` describing the CSV tables (types,
descriptions from the field docs, vocabularies as enums, primary keys, and
foreign keys to parents and to the records referred to), and a DuckDB
database (``newsmodel.duckdb``) holding the same tables plus three views:
:data:`VIEWS`.  :mod:`newsmodel.export.tables_import` reads the CSV tables back.
"""

from __future__ import annotations

import contextlib
import csv
import json
import math
from collections.abc import Iterator, Mapping, Sequence
from datetime import datetime, timezone
from functools import cache
from pathlib import Path
from typing import Any

import attrs

from newsmodel.dates import PartialDate
from newsmodel.export import Exported, require
from newsmodel.model import RECORD_KINDS, RECORD_TYPES, _items_of, _unwrapped
from newsmodel.types import Identifiers, Value, scalar_type
from newsmodel.vocab import Term

__all__ = [
    "VIEWS",
    "Column",
    "Table",
    "arrow_tables",
    "cell_text",
    "datapackage",
    "rows",
    "tables",
    "views_sql",
    "write",
    "write_csv_tables",
    "write_duckdb",
    "write_duckdb_parts",
    "write_parquet_tables",
]

#: The block size of the DuckDB database, in bytes (DuckDB's smallest).
_BLOCK_SIZE = 16384
#: The folder names of the CSV and Parquet tables, and the names of the other files.
CSV, PARQUET, DATAPACKAGE, DUCKDB = "csv", "parquet", "datapackage.json", "newsmodel.duckdb"


@attrs.frozen
class Column:
    """One column of a table: its name, what it holds, and where it comes from."""

    name: str
    #: What the column holds: ``id`` (the record's), ``key`` (the parent record's id),
    #: ``position`` (0-based), ``tree`` (a dotted position), ``file``, ``value``,
    #: ``date``, ``earliest``, ``latest``, ``present`` (a nested value is there),
    #: ``scheme`` and ``identifier`` (of an actor's identifiers).
    role: str
    #: The field's path from the table's item (``("dateline", "name")``); empty for keys.
    path: tuple[str, ...] = ()
    #: The field's annotation (``str``, ``Id``, a vocabulary, ``PartialDate``...).
    scalar: Any = None
    doc: str = ""
    #: Whether every row has a value (the field is required all the way down).
    required: bool = False
    #: The value of an omitted field, written out so that analysts see it.
    default: Any = None
    #: The kind of record the value names (``actor``), for a foreign key.
    ref: str | None = None

    @property
    def type(self) -> str:
        """The column's Frictionless type."""
        return _TYPES.get(self.role) or _scalar_kind(self.scalar)


@attrs.frozen
class Table:
    """One table: a record kind, or a nested list of one, with its key and value columns."""

    name: str
    #: The record kind it belongs to (``allegation``).
    kind: str
    #: The fields from the record to the list, one tuple of fields per list level
    #: (``(("citations",), ("quotes",))``; a list under a nested value: ``("amount",
    #: "converted")``).
    lists: tuple[tuple[str, ...], ...]
    #: The attrs class of its items, or the annotation of a list of scalars.
    item: Any
    columns: tuple[Column, ...]
    doc: str
    #: The field through which an item holds items of its own class (``subgroups``).
    tree: str | None = None
    #: The name of the table holding the items this table's items belong to.
    parent: str | None = None

    @property
    def keys(self) -> tuple[Column, ...]:
        """The columns of the primary key."""
        return tuple(c for c in self.columns if c.role in _KEY_ROLES)

    @property
    def values(self) -> tuple[Column, ...]:
        """The columns that are not keys."""
        return tuple(c for c in self.columns if c.role not in _KEY_ROLES)


_KEY_ROLES = frozenset({"id", "key", "position", "tree", "scheme"})
_TYPES = {
    "key": "string",
    "id": "string",
    "position": "integer",
    "tree": "string",
    "file": "string",
    "earliest": "datetime",
    "latest": "datetime",
    "present": "boolean",
    "scheme": "string",
    "identifier": "string",
}


def _scalar_kind(scalar: Any) -> str:
    if scalar is bool:
        return "boolean"
    if scalar is int:
        return "integer"
    scalar_info = scalar_type(scalar)
    if (scalar_info is not None and scalar_info.name in ("Amount",)) or scalar is float:
        return "number"
    return "string"


def _self_list(cls: type) -> str | None:
    """Return the field through which ``cls`` holds a list of itself, if any."""
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        if _items_of(_unwrapped(field.type)) is cls:
            name: str = field.name
            return name
    return None


@cache
def tables() -> tuple[Table, ...]:
    """Return every table, record tables first, each followed by its child tables.

    >>> [table.name for table in tables()][:3]
    ['report', 'report_authors', 'report_labels']
    """
    found: list[Table] = []
    for kind, cls in RECORD_TYPES.items():
        columns = [
            Column("id", "id", ("id",), str, "Unique id of the record.", required=True),
            Column("file", "file", doc="The file the record was read from."),
        ]
        children: list[Table] = []
        builder = _Builder(kind, kind, (), (cls,), children)
        builder.flatten(cls, (), "", required=True, columns=columns, skip={"id"})
        found.append(
            Table(kind, kind, (), cls, tuple(columns), _first_line(cls.__doc__), parent=None)
        )
        found.extend(children)
    names = [table.name for table in found]
    if len(set(names)) != len(names):  # pragma: no cover - a model change to look at
        raise AssertionError("two tables share a name")
    return tuple(found)


def _first_line(doc: str | None) -> str:
    return (doc or "").strip().split("\n\n")[0].replace("\n", " ")


@attrs.define
class _Builder:
    """Collects the columns of one table and the child tables under it."""

    kind: str
    table: str
    lists: tuple[tuple[str, ...], ...]
    ancestors: tuple[type, ...]
    children: list[Table]
    keys: list[Column] = attrs.field(factory=list)

    def flatten(
        self,
        cls: type,
        path: tuple[str, ...],
        prefix: str,
        *,
        required: bool,
        columns: list[Column],
        skip: frozenset[str] | set[str] = frozenset(),
        tree: str | None = None,
    ) -> None:
        attrs.resolve_types(cls)
        for field in attrs.fields(cls):
            if field.name in skip or field.name == tree:
                continue
            here = (*path, field.name)
            name = prefix + field.name
            doc = field.metadata.get("doc", "")
            type_ = _unwrapped(field.type)
            optional = type_ is not field.type
            items = _items_of(type_)
            if items is not None:
                self.child(here, name, items, doc)
            elif type_ is PartialDate:
                mandatory = required and not optional and field.default is attrs.NOTHING
                columns.append(Column(name, "date", here, PartialDate, doc, mandatory))
                for role in ("earliest", "latest"):
                    columns.append(
                        Column(
                            f"{name}_{role}",
                            role,
                            here,
                            PartialDate,
                            f"The {role} instant {name} allows (UTC); empty when open.",
                        )
                    )
            elif type_ == Identifiers:
                self.child(here, name, Identifiers, doc)
            elif attrs.has(type_):
                inner_required = required and not optional
                if not any(f.default is attrs.NOTHING for f in attrs.fields(type_)):
                    columns.append(
                        Column(name, "present", here, bool, f"Whether it has a {field.name}.")
                    )
                self.flatten(type_, here, name + "_", required=inner_required, columns=columns)
            else:
                default = None if field.default is attrs.NOTHING else field.default
                columns.append(
                    Column(
                        name,
                        "value",
                        here,
                        type_,
                        doc,
                        required and field.default is attrs.NOTHING,
                        default,
                        field.metadata.get("ref"),
                    )
                )

    def child(self, path: tuple[str, ...], name: str, items: Any, doc: str) -> None:
        table = f"{self.table}_{name}"
        keys = self.keys or [Column(f"{self.kind}_id", "key", required=True, ref=self.kind)]
        tree = _self_list(items) if attrs.has(items) else None
        position = Column(
            f"{name}_position",
            "tree" if tree else "position",
            doc="Its position in the list, from 0"
            + (f" (a dotted path through {tree}: 0.1)." if tree else "."),
            required=True,
        )
        columns = [*keys, position]
        lists = (*self.lists, path)
        if items == Identifiers:
            items = Identifiers
            columns = [
                *keys,
                Column("scheme", "scheme", doc="The registry.", required=True),
                Column("identifier", "identifier", doc="The id in that registry.", required=True),
            ]
        if attrs.has(items) and items in self.ancestors:  # pragma: no cover - indirect cycle
            raise AssertionError(f"{items.__name__} holds itself indirectly")
        children: list[Table] = []
        if attrs.has(items):
            builder = _Builder(
                self.kind, table, lists, (*self.ancestors, items), children, [*keys, position]
            )
            builder.flatten(items, (), "", required=True, columns=columns, tree=tree)
        elif items is not Identifiers:
            scalar = items
            columns.append(Column(name, "value", (), scalar, doc, True, None, _ref_of(path, self)))
        self.children.append(
            Table(
                table,
                self.kind,
                lists,
                items,
                tuple(columns),
                doc,
                tree=tree,
                parent=self.table,
            )
        )
        self.children.extend(children)


def _ref_of(path: tuple[str, ...], builder: _Builder) -> str | None:
    """Return the ``ref`` of the list field at ``path`` from the builder's item."""
    cls = builder.ancestors[-1]
    for name in path:
        field = attrs.fields_dict(cls)[name]
        inner = _unwrapped(field.type)
        if name == path[-1]:
            ref: str | None = field.metadata.get("ref")
            return ref
        cls = inner
    return None  # pragma: no cover


# --------------------------------------------------------------------------
# Rows
# --------------------------------------------------------------------------


def _get(obj: Any, path: tuple[str, ...]) -> Any:
    for name in path:
        if obj is None:
            return None
        obj = getattr(obj, name)
    return obj


def _typed(column: Column, obj: Any) -> Any:
    """Return the value of a value column for one item, as a Python value (``None``: empty).

    A field left at its default (``status: unverified``, ``provisional: false``)
    is written out, so that analysts see it, unless the value holding it is absent.
    """
    holder = _get(obj, column.path[:-1])
    value = None if holder is None else _get(holder, column.path[-1:])
    role = column.role
    if role == "present":
        return value is not None
    if value is None and holder is not None:
        value = column.default
    if value is None:
        return None
    if role == "date":
        return value.text
    if role == "earliest":
        return value.earliest
    if role == "latest":
        return value.latest
    if isinstance(value, Term):
        return value.term
    if column.scalar is Value:
        return value_text(value)
    return value


def value_text(value: Any) -> str:
    """Write a variant's value in a cell: text as it is unless it would read as JSON, else JSON.

    >>> value_text("Moura"), value_text("5"), value_text(5), value_text(("a", 2))
    ('Moura', '"5"', '5', '["a", 2]')
    """
    if isinstance(value, str):
        try:
            json.loads(value)
        except ValueError:
            return value if value.strip() == value else json.dumps(value, ensure_ascii=False)
        return json.dumps(value, ensure_ascii=False)
    if isinstance(value, tuple):
        value = list(value)
    return json.dumps(value, ensure_ascii=False)


def rows(
    dataset: Any, origin: Mapping[str, str | None] | None = None
) -> dict[str, list[list[Any]]]:
    """Return the rows of every table, as typed Python values, by table name.

    ``dataset`` is any iterable of records (a :class:`~newsmodel.dataset.Dataset`);
    the ``file`` column takes ``dataset.source_of`` where it has one, else ``origin``.
    """
    out: dict[str, list[list[Any]]] = {table.name: [] for table in tables()}
    by_kind = {table.kind: table for table in tables() if table.parent is None}
    children: dict[str, list[Table]] = {}
    for table in tables():
        if table.parent is not None:
            children.setdefault(table.parent, []).append(table)
    source_of = getattr(dataset, "source_of", None)
    for record in dataset:
        table = by_kind[RECORD_KINDS[type(record)]]
        file = source_of(record) if source_of is not None else (origin or {}).get(record.id)
        values = [record.id, file, *(_typed(c, record) for c in table.values[1:])]
        out[table.name].append(values)
        _child_rows(record, [record.id], table, children, out)
    return out


def _child_rows(
    item: Any,
    keys: list[Any],
    table: Table,
    children: Mapping[str, list[Table]],
    out: dict[str, list[list[Any]]],
) -> None:
    for child in children.get(table.name, ()):
        values = _get(item, child.lists[-1])
        if not values:
            continue
        if child.item is Identifiers:
            for scheme, identifier in values.items():
                out[child.name].append([*keys, scheme.term, identifier])
            continue
        for position, value in enumerate(values):
            here = [*keys, str(position) if child.tree else position]
            _child_row(value, here, child, children, out)


def _child_row(
    value: Any,
    here: list[Any],
    table: Table,
    children: Mapping[str, list[Table]],
    out: dict[str, list[list[Any]]],
) -> None:
    if not attrs.has(table.item):
        out[table.name].append([*here, _typed(table.values[0], value)])
        return
    columns = table.values
    out[table.name].append([*here, *(_typed(c, value) for c in columns)])
    _child_rows(value, here, table, children, out)
    if table.tree:
        for index, inner in enumerate(getattr(value, table.tree)):
            _child_row(inner, [*here[:-1], f"{here[-1]}.{index}"], table, children, out)


def cell_text(value: Any) -> str:
    """Write a typed value as CSV text: as the YAML writer writes scalars; empty for none.

    >>> [cell_text(v) for v in (None, True, 3, 2.5, "Moura")]
    ['', 'true', '3', '2.5', 'Moura']
    """
    if value is None:
        return ""
    if value is True:
        return "true"
    if value is False:
        return "false"
    if isinstance(value, datetime):
        return _instant(value)
    if isinstance(value, float):
        return repr(value) if math.isfinite(value) else ""
    return str(value)


def _instant(value: datetime) -> str:
    value = value.astimezone(timezone.utc)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}"
    return text + "Z"


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


def write(dataset: Any, out: Path) -> Exported:
    """Write every table of ``dataset`` under the folder ``out``.

    ``out/csv/<table>.csv``, ``out/parquet/<table>.parquet``,
    ``out/datapackage.json`` (the CSV tables, for ``frictionless validate``) and
    ``out/newsmodel.duckdb`` (the tables and :data:`VIEWS`).  Every table is
    written, empty or not, so that queries and scripts find the same tables
    whatever the data.  Tables hold everything: nothing is lost.
    """
    require("pyarrow", "tables")
    require("duckdb", "tables")
    out = Path(out)
    data = rows(dataset)
    files = write_csv_tables(data, out / CSV)
    arrow = arrow_tables(data)
    files.extend(write_parquet_tables(arrow, out / PARQUET))
    path = out / DATAPACKAGE
    path.write_text(json.dumps(datapackage(), indent=2, ensure_ascii=False) + "\n", "utf-8")
    files.append(path)
    write_duckdb(arrow, out / DUCKDB)
    files.append(out / DUCKDB)
    return Exported(files=tuple(files))


def arrow_tables(data: Mapping[str, Sequence[Sequence[Any]]]) -> dict[str, Any]:
    """Return every table of ``data`` (from :func:`rows`) as a typed ``pyarrow.Table``."""
    pa = require("pyarrow", "tables")
    return {table.name: _arrow_table(pa, table, data[table.name]) for table in tables()}


def write_parquet_tables(arrow: Mapping[str, Any], folder: Path) -> list[Path]:
    """Write each of the ``arrow`` tables (from :func:`arrow_tables`) as Parquet in ``folder``."""
    parquet = require("pyarrow.parquet", "tables")
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for name, table in arrow.items():
        path = folder / f"{name}.parquet"
        parquet.write_table(table, path)
        files.append(path)
    return files


def write_duckdb(arrow: Mapping[str, Any], path: Path) -> None:
    """Write the ``arrow`` tables and :data:`VIEWS` as a new DuckDB database at ``path``."""
    with _new_duckdb(path) as connection:
        for name, table in arrow.items():
            connection.register("_arrow", table)
            connection.execute(f'CREATE TABLE "{name}" AS SELECT * FROM _arrow')
            connection.unregister("_arrow")


def write_duckdb_parts(parts: Mapping[str, Sequence[Path]], path: Path) -> None:
    """Write a new DuckDB database at ``path``: each table read from its Parquet ``parts``.

    The database is :func:`write_duckdb`'s for the parts' rows, in order; DuckDB
    reads the parts itself, a few at a time.
    """
    with _new_duckdb(path) as connection:
        for name, files in parts.items():
            listed = ", ".join(_sql_text(str(file)) for file in files)
            connection.execute(f'CREATE TABLE "{name}" AS SELECT * FROM read_parquet([{listed}])')


@contextlib.contextmanager
def _new_duckdb(path: Path) -> Iterator[Any]:
    """Open a new DuckDB database at ``path`` for its tables; create :data:`VIEWS` on leaving."""
    duckdb = require("duckdb", "tables")
    path.unlink(missing_ok=True)
    connection = duckdb.connect()
    try:
        # Blocks of 16 KiB, not the default 256 KiB: most of the 200-odd tables are small,
        # and take a block per column (the examples' database: 3 MiB instead of 41).
        connection.execute(f"ATTACH {_sql_text(str(path))} AS export (BLOCK_SIZE {_BLOCK_SIZE})")
        connection.execute("USE export")
        yield connection
        for sql in views_sql():
            connection.execute(sql)
    finally:
        connection.close()


def _sql_text(text: str) -> str:
    """Return ``text`` as an SQL string literal."""
    return "'" + text.replace("'", "''") + "'"


def write_csv_tables(data: Mapping[str, Sequence[Sequence[Any]]], folder: Path) -> list[Path]:
    """Write the CSV file of every table of ``data`` (from :func:`rows`) into ``folder``.

    This is all :mod:`newsmodel.export.tables_import` reads, and needs no extra.
    """
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    for table in tables():
        path = folder / f"{table.name}.csv"
        write_csv(path, table, data[table.name])
        files.append(path)
    return files


def write_csv(
    path: Path, table: Table, table_rows: Sequence[Sequence[Any]], *, header: bool = True
) -> None:
    """Write one table as CSV: a header of column names (unless not ``header``), then the rows.

    Without the header, the file is a part that follows another's rows
    (:mod:`newsmodel.export.sharded` joins them).
    """
    with path.open("w", encoding="utf-8", newline="") as stream:
        writer = csv.writer(stream, lineterminator="\n")
        if header:
            writer.writerow([column.name for column in table.columns])
        for row in table_rows:
            writer.writerow([cell_text(value) for value in row])


def _arrow_type(pa: Any, column: Column) -> Any:
    kind = column.type
    if kind == "integer":
        return pa.int64()
    if kind == "number":
        return pa.float64()
    if kind == "boolean":
        return pa.bool_()
    if kind == "datetime":
        return pa.timestamp("us", tz="UTC")
    return pa.string()


def _arrow_table(pa: Any, table: Table, table_rows: Sequence[Sequence[Any]]) -> Any:
    columns = table.columns
    arrays = []
    for index, column in enumerate(columns):
        values = [row[index] for row in table_rows]
        if column.type == "number":
            values = [None if v is None else float(v) for v in values]
        arrays.append(pa.array(values, type=_arrow_type(pa, column)))
    return pa.Table.from_arrays(arrays, names=[c.name for c in columns])


# --------------------------------------------------------------------------
# The data package
# --------------------------------------------------------------------------


def datapackage() -> dict[str, Any]:
    """Return the Frictionless data package descriptor of the CSV tables."""
    return {
        "name": "newsmodel",
        "title": "A newsmodel dataset, as tables",
        "description": "One table per record kind and per nested list; see the export-tables "
        "guide of newsmodel.",
        "profile": "tabular-data-package",
        "resources": [_resource(table) for table in tables()],
    }


def _resource(table: Table) -> dict[str, Any]:
    keys = table.keys
    foreign: list[dict[str, Any]] = []
    if table.parent is not None:
        parent = next(t for t in tables() if t.name == table.parent)
        local = [c.name for c in keys][: len(parent.keys)]
        foreign.append(
            {
                "fields": local,
                "reference": {
                    "resource": resource_name(parent.name),
                    "fields": [c.name for c in parent.keys],
                },
            }
        )
    for column in table.columns:
        if column.ref is not None and column.role == "value":
            foreign.append(
                {"fields": [column.name], "reference": {"resource": column.ref, "fields": ["id"]}}
            )
    schema: dict[str, Any] = {
        "fields": [_field(column) for column in table.columns],
        "primaryKey": [c.name for c in keys],
        "missingValues": [""],
    }
    if foreign:
        schema["foreignKeys"] = foreign
    return {
        "name": resource_name(table.name),
        "path": f"{CSV}/{table.name}.csv",
        "profile": "tabular-data-resource",
        "format": "csv",
        "mediatype": "text/csv",
        "encoding": "utf-8",
        "description": table.doc,
        "schema": schema,
    }


def resource_name(table: str) -> str:
    """Return the data package's name for a table: Frictionless names take no underscore.

    >>> resource_name("allegation_status_history")
    'allegation-status-history'
    """
    return table.replace("_", "-")


def _field(column: Column) -> dict[str, Any]:
    field: dict[str, Any] = {"name": column.name, "type": column.type}
    if column.doc:
        field["description"] = column.doc
    constraints: dict[str, Any] = {}
    if column.required or column.role in _KEY_ROLES:
        constraints["required"] = True
    scalar = column.scalar
    if column.role == "value" and isinstance(scalar, type) and issubclass(scalar, Term):
        constraints["enum"] = list(scalar.values())
    if constraints:
        field["constraints"] = constraints
    if column.type == "boolean":
        field["trueValues"] = ["true"]
        field["falseValues"] = ["false"]
    return field


# --------------------------------------------------------------------------
# DuckDB views
# --------------------------------------------------------------------------

#: The views of the DuckDB database, by name, with what each answers.
VIEWS: Mapping[str, str] = {
    "accusations": "Who accused whom: one row per accuser and accused of each allegation, "
    "with their names, the allegation's summary, date and status.",
    "allegation_responses": "Each allegation with its responses in date order: who "
    "responded, when, the stance taken towards it and all the response's stances.",
    "figures": "Every figure (count) of every record, with who gives it (according_to and "
    "its name), who relayed it and the document it is taken from.",
}


def views_sql() -> list[str]:
    """Return the SQL creating :data:`VIEWS`, built from the tables (counts found by type)."""
    from newsmodel.model import Count  # noqa: PLC0415 - only here

    accusations = """
CREATE VIEW accusations AS
SELECT a.id AS allegation, accuser.accusers AS accuser, accuser_actor.name AS accuser_name,
       accused.accused AS accused, accused_actor.name AS accused_name,
       a.summary, a.made, a.made_earliest, a.status
FROM allegation AS a
JOIN allegation_accusers AS accuser ON accuser.allegation_id = a.id
LEFT JOIN actor AS accuser_actor ON accuser_actor.id = accuser.accusers
LEFT JOIN allegation_accused AS accused ON accused.allegation_id = a.id
LEFT JOIN actor AS accused_actor ON accused_actor.id = accused.accused
ORDER BY a.id, accuser.accusers_position, accused.accused_position
"""
    responses = """
CREATE VIEW allegation_responses AS
SELECT a.id AS allegation, a.summary AS allegation_summary, r.id AS response,
       (SELECT string_agg(x.responders, ', ' ORDER BY x.responders_position)
          FROM response_responders AS x WHERE x.response_id = r.id) AS responders,
       r.date, r.date_earliest,
       coalesce(answer.stance, (SELECT s.stances FROM response_stances AS s
                                WHERE s.response_id = r.id AND s.stances_position = 0)) AS stance,
       (SELECT string_agg(s.stances, ', ' ORDER BY s.stances_position)
          FROM response_stances AS s WHERE s.response_id = r.id) AS stances,
       r.summary
FROM allegation AS a
JOIN response_answers AS answer ON answer.allegation = a.id
JOIN response AS r ON r.id = answer.response_id
ORDER BY a.id, r.date_earliest NULLS LAST, r.id
"""
    shared = ("kind", "who", "words", "low", "best", "high", "according_to", "document", "as_of")
    parts = []
    for table in tables():
        if table.item is not Count:
            continue
        keys = table.keys
        position = " || '/' || ".join(f"CAST({c.name} AS VARCHAR)" for c in keys[1:])
        columns = ", ".join(shared)
        parts.append(
            f"SELECT '{table.name}' AS table_name, '{table.kind}' AS record_kind, "
            f"{keys[0].name} AS record, {position} AS position, {columns} FROM {table.name}"
        )
    union = "\nUNION ALL\n".join(parts)
    figures = f"""
CREATE VIEW figures AS
SELECT f.*, source.name AS according_to_name,
       (SELECT string_agg(v.via, ', ' ORDER BY v.via_position) FROM (
          {_via_union()}) AS v
        WHERE v.table_name = f.table_name AND v.record = f.record AND v.position = f.position)
        AS via
FROM ({union}) AS f
LEFT JOIN actor AS source ON source.id = f.according_to
"""
    return [accusations, responses, figures]


def _via_union() -> str:
    from newsmodel.model import Count  # noqa: PLC0415

    parts = []
    for table in tables():
        if table.parent is None:
            continue
        parent = next(t for t in tables() if t.name == table.parent)
        if parent.item is not Count or table.lists[-1][-1] != "via":
            continue
        keys = parent.keys
        position = " || '/' || ".join(f"CAST({c.name} AS VARCHAR)" for c in keys[1:])
        parts.append(
            f"SELECT '{parent.name}' AS table_name, {keys[0].name} AS record, "
            f"{position} AS position, via, via_position FROM {table.name}"
        )
    return "\n          UNION ALL ".join(parts)
