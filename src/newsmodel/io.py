"""Reading and writing newsmodel files: YAML, JSON and JSON Lines.

Reading runs one way: bytes -> text -> nodes with positions
(:mod:`newsmodel._parse`) -> typed records (:mod:`newsmodel.convert`) ->
cross-field checks (:mod:`newsmodel.validate`).  Every problem found on the
way is collected, given the file, line and column of the value it concerns,
and raised together in one :class:`~newsmodel.problems.ValidationError`.

Formats:

- **YAML** (``.yaml``, ``.yml``) and **JSON** (``.json``): one bundle, a
  mapping with ``schema_version`` and lists of records under ``reports``,
  ``actors``, ``documents``, ``allegations``, ``responses``, ``events``.
- **JSON Lines** (``.jsonl``): a header line ``{"schema_version": 1}``,
  then one record per line, each with a ``"type"`` key naming its kind
  (``{"type": "actor", "id": "mali", ...}``).  Large files are read as a
  stream with :func:`iter_jsonl`.

Writing is deterministic: keys in field declaration order, defaults left
out, block-style YAML with long and multi-line text as literal blocks,
unicode kept, strings quoted wherever a YAML 1.1 or 1.2 reader could take
them for something else.  :func:`dump` writes atomically.
"""

from __future__ import annotations

import json
import os
import tempfile
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any, Literal, TextIO

import yaml
from cattrs.errors import ForbiddenExtraKeysError

from newsmodel import _parse
from newsmodel.convert import converter as _converter
from newsmodel.convert import render_path, structure_problems, unstructure
from newsmodel.model import RECORD_TYPES, SUPPORTED_SCHEMA_VERSIONS, Bundle, Record
from newsmodel.problems import Problem, ValidationError

__all__ = ["Format", "dump", "dumps", "iter_jsonl", "load", "loads", "read_text"]

Format = Literal["yaml", "json", "jsonl"]
_SUFFIXES: dict[str, Format] = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl"}
_FIELDS = {kind + "s": cls for kind, cls in RECORD_TYPES.items()}
_KIND_OF = {cls: kind for kind, cls in RECORD_TYPES.items()}
RawPath = tuple[str | int, ...]


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def format_of(path: str | os.PathLike[str]) -> Format:
    """Return the format a path's suffix names; raise ``ValueError`` for other suffixes."""
    suffix = Path(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValueError(
            f"cannot tell the format of {os.fspath(path)!r}: use .yaml, .yml, .json or .jsonl"
        )
    return _SUFFIXES[suffix]


def read_text(path: str | os.PathLike[str]) -> str:
    """Read a file as UTF-8 (a leading byte-order mark is allowed and skipped).

    Raises :class:`ValidationError` with ``NM100`` when it cannot be read and
    ``NM101`` when it is not UTF-8, pointing at the first bad byte.
    """
    name = os.fspath(path)
    try:
        data = Path(path).read_bytes()
    except OSError as error:
        raise ValidationError(
            [Problem(code="NM100", file=name, message=f"cannot read the file: {error.strerror}")]
        ) from None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        before = data[: error.start]
        line = before.count(b"\n") + 1
        column = len(before[before.rfind(b"\n") + 1 :].decode("utf-8", "replace")) + 1
        raise ValidationError(
            [
                Problem(
                    code="NM101",
                    file=name,
                    line=line,
                    column=column,
                    message=f"the file is not UTF-8 (byte 0x{data[error.start]:02x})",
                    hint="save the file as UTF-8",
                )
            ]
        ) from None
    return text.removeprefix("\ufeff")


def load(path: str | os.PathLike[str], *, format: Format | None = None) -> Bundle:
    """Read, check and return the bundle in a file; the format comes from its suffix.

    Raises :class:`ValidationError` carrying every problem found.
    """
    fmt = format or format_of(path)
    return loads(read_text(path), format=fmt, file=os.fspath(path))


def loads(text: str, *, format: Format = "yaml", file: str | None = None) -> Bundle:
    """Parse, check and return the bundle in ``text``.

    ``file`` names the source in problems.  Raises :class:`ValidationError`
    carrying every problem found.
    """
    if format == "jsonl":
        records = list(iter_jsonl(text.splitlines(), file=file))
        return _bundle_of(records)
    try:
        root = (_parse.parse_yaml if format == "yaml" else _parse.parse_json)(text, file=file)
    except _parse.ParseFailure as failure:
        raise ValidationError(failure.problems) from None
    bundle, problems = _structure_bundle(root, file)
    if problems:
        raise ValidationError(problems)
    assert bundle is not None
    return bundle


def _structure_bundle(root: _parse.Node, file: str | None) -> tuple[Bundle | None, list[Problem]]:
    """Structure a parsed bundle record by record, so that every record is checked."""
    problems: list[Problem] = []

    def add(found: Iterable[tuple[RawPath, bool, Problem]], node: _parse.Node) -> None:
        for raw, at_key, problem in found:
            line, column = node.locate(raw, key=at_key)
            problems.append(_placed(problem, raw, file, line, column))

    if not isinstance(root.value, dict):
        kind = "a list" if isinstance(root.value, list) else "a single value"
        problems.append(
            Problem(
                code="NM107",
                message=f"the file holds {kind}, not a mapping",
                file=file,
                line=root.line,
                column=root.column,
                hint="start with 'schema_version: 1' and list records under "
                "reports, actors, documents, allegations, responses, events",
            )
        )
        return None, problems
    version_problem = _check_version(root)
    if version_problem is not None:
        add([version_problem], root)
        return None, problems
    fields: dict[str, list[Any]] = {}
    for key, child in root.value.items():
        if key == "schema_version":
            continue
        cls = _FIELDS.get(key)
        if cls is None:
            add(structure_problems(_extra_key_error(key)), root)
            continue
        if not isinstance(child.value, list):
            add(
                [
                    (
                        (key,),
                        False,
                        Problem(
                            code="NM203",
                            message=f"expected a list of {key}, got {_kind(child.value)}",
                            hint="write each record as a '- ' item under the key",
                        ),
                    )
                ],
                root,
            )
            continue
        records = fields.setdefault(key, [])
        for index, item in enumerate(child.value):
            try:
                records.append(_converter.structure(item.plain(), cls))
            except Exception as error:  # cattrs raises a tree of validation errors
                add(structure_problems(error, (key, index)), root)
    bundle = Bundle(
        schema_version=root.value["schema_version"].value,
        **{key: tuple(value) for key, value in fields.items()},
    )
    return bundle, problems


def _check_version(root: _parse.Node) -> tuple[RawPath, bool, Problem] | None:
    node = root.value.get("schema_version")
    if node is None:
        return (
            ("schema_version",),
            False,
            Problem(
                code="NM201",
                message="missing required field 'schema_version'",
                hint="add 'schema_version: 1' at the top",
            ),
        )
    value = node.value
    if isinstance(value, bool) or not isinstance(value, int):
        return (
            ("schema_version",),
            False,
            Problem(
                code="NM203",
                message=f"expected an integer schema version, got {_kind(value)}",
                hint="write schema_version: 1",
            ),
        )
    if value not in SUPPORTED_SCHEMA_VERSIONS:
        supported = ", ".join(map(str, sorted(SUPPORTED_SCHEMA_VERSIONS)))
        return (
            ("schema_version",),
            False,
            Problem(
                code="NM207",
                message=f"schema version {value} is not supported (this release reads {supported})",
                hint="upgrade newsmodel, or write schema_version: 1",
            ),
        )
    return None


def _extra_key_error(key: str) -> Exception:
    return ForbiddenExtraKeysError("", Bundle, {key})


def _kind(value: Any) -> str:
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a mapping"
    if isinstance(value, str):
        return f"the string {value!r}"
    if value is None:
        return "null"
    return f"the value {value!r}"


def _placed(problem: Problem, raw: RawPath, file: str | None, line: int, column: int) -> Problem:
    return Problem(
        code=problem.code,
        message=problem.message,
        path=render_path(raw),
        file=file,
        line=line,
        column=column,
        hint=problem.hint,
        severity=problem.severity,
    )


def iter_jsonl(
    source: str | os.PathLike[str] | TextIO | Iterable[str], *, file: str | None = None
) -> Iterator[Record]:
    """Stream the records of JSON Lines data, checking each line as it goes.

    ``source`` is a path, an open text file, or an iterable of lines (use
    :func:`loads` with ``format="jsonl"`` for text in memory).  Records are
    yielded as they are read; problems are collected and raised together as
    a :class:`ValidationError` once the data is exhausted, so a consumer
    that stops early sees only what it read.
    """
    lines, name = _lines_of(source, file)
    problems: list[Problem] = []
    header_seen = False
    for number, line in lines:
        if not line.strip():
            continue
        try:
            node = _parse.parse_json(line, file=name, first_line=number)
        except _parse.ParseFailure as failure:
            problems.extend(failure.problems)
            header_seen = True
            continue
        if not header_seen:
            header_seen = True
            problem = _check_header(node, name)
            if problem is None:
                continue
            problems.append(problem)
            if "schema_version" in (node.value if isinstance(node.value, dict) else {}):
                continue
        record, found = _structure_line(node, name)
        problems.extend(found)
        if record is not None:
            yield record
    if not header_seen:
        problems.append(
            Problem(
                code="NM107",
                message="the file holds no data",
                file=name,
                line=1,
                column=1,
                hint='start with {"schema_version": 1}',
            )
        )
    if problems:
        raise ValidationError(problems)


def _lines_of(
    source: str | os.PathLike[str] | TextIO | Iterable[str], file: str | None
) -> tuple[Iterator[tuple[int, str]], str | None]:
    if isinstance(source, (str, os.PathLike)):
        name = file or os.fspath(source)
        return enumerate(read_text(source).splitlines(), start=1), name
    return enumerate((line.rstrip("\r\n") for line in source), start=1), file


def _check_header(node: _parse.Node, file: str | None) -> Problem | None:
    if isinstance(node.value, dict) and set(node.value) == {"schema_version"}:
        found = _check_version(node)
        return None if found is None else _placed(found[2], found[0], file, *node.locate(found[0]))
    return Problem(
        code="NM201",
        message='the first line must be the header {"schema_version": 1}',
        file=file,
        line=node.line,
        column=node.column,
        hint='insert {"schema_version": 1} as the first line',
    )


def _structure_line(node: _parse.Node, file: str | None) -> tuple[Record | None, list[Problem]]:
    if not isinstance(node.value, dict):
        return None, [
            Problem(
                code="NM107",
                message=f"a line holds {_kind(node.value)}, not a record",
                file=file,
                line=node.line,
                column=node.column,
            )
        ]
    data = node.plain()
    kind = data.pop("type", None)
    cls = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
    if cls is None:
        raw: RawPath = ("type",)
        message = (
            "missing required field 'type'" if kind is None else f"{kind!r} is not a record type"
        )
        code = "NM201" if kind is None else "NM205"
        return None, [
            _placed(
                Problem(
                    code=code, message=message, hint="expected one of " + ", ".join(RECORD_TYPES)
                ),
                raw,
                file,
                *node.locate(raw),
            )
        ]
    problems: list[Problem] = []
    record: Record | None = None
    try:
        record = _converter.structure(data, cls)
    except Exception as error:  # cattrs raises a tree of validation errors
        for raw, at_key, problem in structure_problems(error):
            problems.append(_placed(problem, raw, file, *node.locate(raw, key=at_key)))
        return None, problems
    return record, problems


def _bundle_of(records: Iterable[Record]) -> Bundle:
    fields: dict[str, list[Record]] = {kind + "s": [] for kind in RECORD_TYPES}
    for record in records:
        fields[_KIND_OF[type(record)] + "s"].append(record)
    return Bundle(schema_version=1, **{key: tuple(value) for key, value in fields.items()})  # type: ignore[arg-type]


# --------------------------------------------------------------------------
# Writing
# --------------------------------------------------------------------------


class _Dumper(getattr(yaml, "CSafeDumper", yaml.SafeDumper)):  # type: ignore[misc]
    """Block-style YAML with indented lists and literal blocks for long text."""

    def increase_indent(self, flow: bool = False, indentless: bool = False) -> Any:
        return super().increase_indent(flow, False)


_LITERAL_OVER = 80


def _represent_str(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    style: str | None = None
    if "\n" in text or len(text) > _LITERAL_OVER:
        style = "|"
    else:
        try:
            if _parse.resolve_plain(text) is not text:
                style = "'"
        except OverflowError:
            style = "'"
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style=style)


_FLOW_UNDER = 60


def _represent_list(dumper: yaml.SafeDumper, items: list[Any]) -> yaml.SequenceNode:
    """Short lists of plain words on one line (``accused: [mali]``), others as blocks."""
    short = all(isinstance(item, str) and "\n" not in item for item in items) and (
        sum(len(item) + 2 for item in items) < _FLOW_UNDER
    )
    return dumper.represent_sequence("tag:yaml.org,2002:seq", items, flow_style=short or None)


_Dumper.add_representer(str, _represent_str)
_Dumper.add_representer(list, _represent_list)


def dumps(bundle: Bundle, *, format: Format = "yaml") -> str:
    """Return the text of ``bundle`` in ``format``; ``loads`` of it gives an equal bundle."""
    data = unstructure(bundle)
    if format == "yaml":
        return str(
            yaml.dump(
                data,
                Dumper=_Dumper,
                sort_keys=False,
                allow_unicode=True,
                default_flow_style=False,
                width=_LITERAL_OVER + 8,
            )
        )
    if format == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    lines = [json.dumps({"schema_version": bundle.schema_version})]
    for record in bundle.records():
        body = unstructure(record)
        lines.append(json.dumps({"type": _KIND_OF[type(record)], **body}, ensure_ascii=False))
    return "\n".join(lines) + "\n"


def dump(bundle: Bundle, path: str | os.PathLike[str], *, format: Format | None = None) -> None:
    """Write ``bundle`` to ``path`` atomically (a temporary file, then a rename)."""
    text = dumps(bundle, format=format or format_of(path))
    target = Path(path)
    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
