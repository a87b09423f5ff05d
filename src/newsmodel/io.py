"""Reading and writing newsmodel files: YAML, JSON and JSON Lines.

Reading runs one way: bytes -> text -> nodes with positions
(:mod:`newsmodel.reading`) -> typed records (:mod:`newsmodel.codec`) ->
cross-field checks (:mod:`newsmodel.rules`).  Every problem found on the
way is collected, given the file, line and column of the value it concerns,
and raised together in one :class:`~newsmodel.problems.ValidationError`.

Formats:

- **YAML** (``.yaml``, ``.yml``) and **JSON** (``.json``): one bundle, a
  mapping with ``schema_version`` and lists of records under ``reports``,
  ``actors``, ``documents``, ``allegations``, ``responses``, ``events``.
- **JSON Lines** (``.jsonl``): a header line ``{"schema_version": 2}``,
  then one record per line, each with a ``"type"`` key naming its kind
  (``{"type": "actor", "id": "mali", ...}``).  Large files are read as a
  stream with :func:`iter_jsonl`.

Writing is deterministic: keys in field declaration order, defaults left
out, block-style YAML with long and multi-line text as literal blocks,
unicode kept, strings quoted wherever a YAML 1.1 or 1.2 reader could take
them for something else.  :func:`dump` writes atomically.

Whatever the input, reading ends in records or in problems, within the
bounds of a :class:`~newsmodel.limits.Limits` (``limits=``): no input makes
the readers raise anything but :class:`~newsmodel.problems.ValidationError`,
and nothing they cannot represent exactly is dropped or coerced.
"""

from __future__ import annotations

import functools
import io as std_io
import json
import os
from collections.abc import Callable, Iterable, Iterator
from typing import TYPE_CHECKING, Any, BinaryIO, Literal, NamedTuple, TextIO

import attrs

from newsmodel import reading
from newsmodel._codecache import attrs_methods
from newsmodel._patterns import lazy
from newsmodel.codec import fastpath as _fastpath
from newsmodel.codec.check import check, is_checked, mark_checked, schema_version_problem
from newsmodel.limits import DEFAULT_LIMITS, Limits, format_size
from newsmodel.model import (
    RECORD_KINDS,
    RECORD_TYPES,
    SCHEMA_VERSION,
    Bundle,
    Record,
    bundle_of,
)
from newsmodel.problems import Problem, Severity, ValidationError, render_path
from newsmodel.reading import BLOCK as _BLOCK
from newsmodel.reading import NotRegularError as _NotRegularError
from newsmodel.reading import not_utf8 as _not_utf8
from newsmodel.reading import open_regular as _open_regular
from newsmodel.reading import read_text
from newsmodel.reading import too_large as _too_large
from newsmodel.reading import unreadable as _unreadable
from newsmodel.reading import utf8_size_over as _utf8_size_over
from newsmodel.reading.lines import jsonl_lines
from newsmodel.types import Decline, Fault
from newsmodel.writing.files import write_text_atomic

if TYPE_CHECKING:  # cattrs and the detailed converter are imported for data with problems
    import cattrs


@functools.cache
def _orjson() -> Any:
    """Return orjson, imported on first use (a YAML file needs none); ``None`` without it."""
    try:
        import orjson  # noqa: PLC0415
    except ImportError:  # no wheel for this interpreter (PyPy): the standard library reads JSON
        return None
    return orjson


__all__ = [
    "Format",
    "dump",
    "dumps",
    "format_of",
    "iter_jsonl",
    "load",
    "loads",
    "read_text",
    "write_text_atomic",
]

Format = Literal["yaml", "json", "jsonl"]
_SUFFIXES: dict[str, Format] = {".yaml": "yaml", ".yml": "yaml", ".json": "json", ".jsonl": "jsonl"}
#: What may end a folder's name in a path: before a suffix's dot, it makes a hidden file.
_SEPARATORS = frozenset(os.sep + (os.altsep or ""))
_FIELDS = {kind + "s": cls for kind, cls in RECORD_TYPES.items()}
RawPath = tuple[str | int, ...]


# --------------------------------------------------------------------------
# Reading
# --------------------------------------------------------------------------


def format_of(path: str | os.PathLike[str]) -> Format:
    """Return the format a path's suffix names; raise ``ValueError`` for other suffixes.

    >>> format_of("data/mali.yml")
    'yaml'
    """
    name = os.fspath(path)
    dot = name.rfind(".")
    known = _SUFFIXES.get(name[dot:].lower()) if dot > 0 else None
    if known is not None and name[dot - 1] not in _SEPARATORS:
        return known  # the suffix Path would give, without making a Path (once per file)
    from pathlib import PurePath  # noqa: PLC0415 - rare: most names end in a known suffix

    suffix = PurePath(path).suffix.lower()
    if suffix not in _SUFFIXES:
        raise ValueError(
            f"cannot tell the format of {os.fspath(path)!r}: use .yaml, .yml, .json or .jsonl"
        )
    return _SUFFIXES[suffix]


def load(
    path: str | os.PathLike[str],
    *,
    format: Format | None = None,
    limits: Limits | None = None,
    converter: cattrs.Converter | None = None,
) -> Bundle:
    """Read, check and return the bundle in a file; the format comes from its suffix.

    JSON Lines files are read line by line; ``limits`` bounds what a file may
    hold (``None``: :data:`~newsmodel.limits.DEFAULT_LIMITS`).  ``converter``
    (from :func:`newsmodel.make_converter`, with hooks of your own) structures
    every record instead of newsmodel's compiled fast path.

    >>> bundle = load("examples/voa-mali-2022.yaml")  # doctest: +SKIP
    >>> bundle.reports[0].title  # doctest: +SKIP
    'Mali Denies UN Accusations of Human Rights Abuses'

    Raises:
        ValidationError: carrying every problem found in the file.
        TypeError: ``path`` is not a ``str`` or path object, or ``format``,
            ``limits`` or ``converter`` is not of the type accepted.
        ValueError: ``format`` is not ``"yaml"``, ``"json"``, ``"jsonl"`` or
            ``None``, or (``format=None``) the suffix names none of them.

    """
    _check_path(path)
    _check_format(format, optional=True)
    _check_limits(limits)
    _check_converter(converter)
    fmt = format or format_of(path)
    name = os.fspath(path)
    if fmt == "jsonl":
        scan = Scan(name, limits=limits, converter=converter)
        return _bundle(scan, [found.record for found in scan.jsonl_file(path)])
    text = read_text(path, limits=limits)
    return loads(text, format=fmt, file=name, limits=limits, converter=converter)


def loads(
    text: str,
    *,
    format: Format = "yaml",
    file: str | None = None,
    limits: Limits | None = None,
    converter: cattrs.Converter | None = None,
) -> Bundle:
    r"""Parse, check and return the bundle in ``text``.

    ``file`` names the source in problems; ``limits`` bounds what the text may
    hold (for YAML and JSON, ``max_file_size`` applies to its size in UTF-8;
    ``None``: :data:`~newsmodel.limits.DEFAULT_LIMITS`).  ``converter`` (from
    :func:`newsmodel.make_converter`, with hooks of your own) structures every
    record instead of newsmodel's compiled fast path, so that its hooks run
    for valid data too; reading is then slower.

    >>> bundle = loads("schema_version: 2\nactors:\n- {id: mali, name: Mali, kind: state}\n")
    >>> bundle.actors[0].kind
    <ActorKind.STATE: 'state'>
    >>> try:
    ...     loads("schema_version: 2\nactors:\n- {id: mali, name: Mali}\n", file="mali.yaml")
    ... except ValidationError as error:
    ...     print(error.problems[0])
    mali.yaml:3:3: NM201 missing required field 'kind' (hint: add 'kind:')

    Raises:
        ValidationError: carrying every problem found in the text.
        TypeError: ``text`` is not a ``str`` (bytes: decode them, or read the
            file with :func:`load`), or ``format``, ``file``, ``limits`` or
            ``converter`` is not of the type accepted.
        ValueError: ``format`` is not ``"yaml"``, ``"json"`` or ``"jsonl"``.

    """
    _check_text(text)
    _check_format(format)
    _check_file(file)
    _check_limits(limits)
    _check_converter(converter)
    if limits is None:
        limits = DEFAULT_LIMITS
    if format == "jsonl":
        scan = Scan(file, limits=limits, converter=converter)
        lines = enumerate(jsonl_lines(text), start=1)
        return _bundle(scan, [found.record for found in scan.jsonl(lines)])
    size = _utf8_size_over(text, limits.max_file_size)
    if size is not None:
        raise ValidationError([_too_large(file, size, limits.max_file_size)])
    bundle = _fast_bundle(text, format, limits) if converter is None else None
    if bundle is not None:
        return mark_checked(bundle)
    scan = Scan(file, limits=limits, converter=converter)
    return _bundle(scan, [found.record for found in scan.document(text, format, fast=False)])


def _bundle(scan: Scan, records: list[Record]) -> Bundle:
    """Return the bundle of the records a scan read, or raise its problems."""
    if _failing(scan.problems):
        raise ValidationError(scan.problems)
    bundle = bundle_of(records, scan.schema_version or SCHEMA_VERSION)
    # Records structured by a converter of the caller's may hold anything its hooks made.
    return mark_checked(bundle) if scan.fast else bundle


def _failing(problems: list[Problem]) -> bool:
    """Whether problems stop reading: any but information (NM209, a version-1 file)."""
    return any(problem.severity is not Severity.INFO for problem in problems)


def iter_jsonl(
    source: str | os.PathLike[str] | TextIO | Iterable[str],
    *,
    file: str | None = None,
    limits: Limits | None = None,
    converter: cattrs.Converter | None = None,
) -> Iterator[Record]:
    """Stream the records of JSON Lines data, checking each line as it goes.

    ``source`` is a path, an open text file, or an iterable of lines (use
    :func:`loads` with ``format="jsonl"`` for text in memory).  Records are
    yielded as they are read; problems are collected and raised together as
    a :class:`ValidationError` once the data is exhausted, so a consumer
    that stops early sees only what it read.  Memory use does not grow with
    the size of the file: a file is read one line at a time, each at most
    ``limits.max_line_length`` bytes.  ``converter`` is as for :func:`load`.

    >>> for record in iter_jsonl("big.jsonl"):  # doctest: +SKIP
    ...     print(type(record).__name__, record.id)
    Report voa-2022-mali-denies-un-accusations

    Raises:
        ValidationError: once the data is exhausted, carrying every problem found.
        TypeError: at once, when ``source`` is bytes, a file open in binary
            mode or not iterable, or ``file``, ``limits`` or ``converter`` is
            not of the type accepted; while reading, when a line is not a ``str``.

    """
    _check_source(source)
    _check_file(file)
    _check_limits(limits)
    _check_converter(converter)
    return _jsonl_records(source, file, limits, converter)


def _jsonl_records(
    source: str | os.PathLike[str] | TextIO | Iterable[str],
    file: str | None,
    limits: Limits | None,
    converter: cattrs.Converter | None,
) -> Iterator[Record]:
    """Yield the records of :func:`iter_jsonl` lazily (its arguments checked)."""
    if isinstance(source, (str, os.PathLike)):
        scan = Scan(file or os.fspath(source), limits=limits, converter=converter)
        found = scan.jsonl_file(source)
    else:
        scan = Scan(file, limits=limits, converter=converter)
        found = scan.jsonl(enumerate(_text_lines(source), start=1))
    for item in found:
        yield item.record
    if _failing(scan.problems):
        raise ValidationError(scan.problems)


class Found(NamedTuple):
    """A record read from a file, and where: its path there, and its JSON Lines line.

    A named tuple: one is made for every record read, and a tuple is made fastest.
    """

    record: Record
    prefix: RawPath
    line: int | None = None


class Rejected(NamedTuple):
    """A record that broke a rule, as read: handed to :attr:`Scan.rejected`.

    ``cls`` is the record class its place names (``None`` when a JSON Lines
    ``type`` names none); ``data`` is the plain data read, so that its id and
    the ids it names can be read where they are well formed; ``prefix`` and
    ``line`` say where it is, as in :class:`Found`.
    """

    cls: type[Record] | None
    data: Any
    prefix: RawPath
    line: int | None = None


class Scan:
    """One file (or text) read record by record; problems collect in ``problems``.

    Records that break a rule are reported and not yielded, so that one bad
    record never hides the problems of the others.
    """

    def __init__(
        self,
        file: str | None,
        *,
        rejected: Callable[[Rejected], None] | None = None,
        limits: Limits | None = None,
        converter: cattrs.Converter | None = None,
    ) -> None:
        self.file = file
        self.limits = limits or DEFAULT_LIMITS
        self.converter = converter
        """Structures records (``None``: the detailed converter); a converter of the
        caller's turns the fast path off."""
        self.fast = converter is None
        self.problems: list[Problem] = []
        self.schema_version: int | None = None
        self.upgrading = False
        """Whether the file is of schema version 1, upgraded as it is read."""
        self.rejected = rejected
        """Called with each record that breaks a rule (:class:`Rejected`)."""

    def add(self, found: Iterable[tuple[RawPath, bool, Problem]], node: reading.Node) -> None:
        """Record problems, placing each at the position of its path in ``node``."""
        for raw, at_key, problem in found:
            line, column = node.locate(raw, key=at_key)
            self.problems.append(_placed(problem, raw, self.file, line, column))

    def document(self, text: str, format: Format, *, fast: bool = True) -> Iterator[Found]:
        """Yield the records of a YAML or JSON bundle.

        Valid data takes a fast path (:func:`_fast_bundle`, on the whole
        bundle) unless ``fast`` is false; anything it rejects is read again
        with positions, record by record, to report every problem.
        """
        bundle = _fast_bundle(text, format, self.limits) if fast and self.fast else None
        if bundle is not None:
            self.schema_version = bundle.schema_version
            for kind in _FIELDS:
                for index, record in enumerate(getattr(bundle, kind)):
                    yield Found(record, (kind, index))
            return
        try:
            parse = reading.parse_yaml if format == "yaml" else reading.parse_json
            root = parse(text, file=self.file, limits=self.limits)
        except reading.ParseFailure as failure:
            self.problems.extend(failure.problems)
            return
        if not isinstance(root.value, dict):
            kind = "a list" if isinstance(root.value, list) else "a single value"
            self.problems.append(
                Problem(
                    code="NM107",
                    message=f"the file holds {kind}, not a mapping",
                    file=self.file,
                    line=root.line,
                    column=root.column,
                    hint="start with 'schema_version: 2' and list records under "
                    "reports, actors, documents, allegations, responses, events",
                )
            )
            return
        if not self.version(root):
            return
        records = 0
        for key, child in root.value.items():
            if key == "schema_version":
                continue
            cls = _FIELDS.get(key)
            if cls is None:
                self.add(_extra_keys(Bundle, {key}), root)
            elif not isinstance(child.value, list):
                self.add(
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
            else:
                for index, item in enumerate(child.value):
                    records += 1
                    if records > self.limits.max_records:
                        self.add([((key, index), False, self.too_many_records())], root)
                        return
                    record = self.structure(item.plain(), cls, root, (key, index))
                    if record is not None:
                        yield Found(record, (key, index))

    def jsonl_file(self, path: str | os.PathLike[str]) -> Iterator[Found]:
        """Yield the records of a JSON Lines file, reading it line by line."""
        try:
            with _open_regular(path) as stream:
                yield from self.jsonl(self._decoded(stream))
        except _NotRegularError as error:
            self.problems.append(error.problem(self.file))
        except OSError as error:
            self.problems.append(_unreadable(self.file, error))

    def _decoded(self, stream: BinaryIO) -> Iterator[tuple[int, str]]:
        """Decode lines as UTF-8, reporting (and skipping) each line that is not.

        A line is read with a bound (``max_line_length``); the rest of a longer
        line is read in blocks and dropped, so that memory stays bounded.
        """
        limit = self.limits.max_line_length
        number = 0
        while True:
            # The limit is on the line's content: room for it and a "\r\n" line break.
            data = stream.readline(limit + 2)
            if not data:
                return
            number += 1
            if len(data) > limit and not data.endswith(b"\n"):
                size, tail = len(data), data[-1:]
                while not tail.endswith(b"\n"):
                    block = stream.readline(_BLOCK)
                    if not block:
                        break
                    size += len(block)
                    tail = tail[-1:] + block
                ending = 2 if tail.endswith(b"\r\n") else 1 if tail.endswith(b"\n") else 0
                self.problems.append(self.line_too_long(number, size - ending))
                continue
            try:
                yield number, data.decode("utf-8")
            except UnicodeDecodeError as error:
                self.problems.append(_not_utf8(self.file, data, error, first_line=number))

    def jsonl(self, lines: Iterable[tuple[int, str]]) -> Iterator[Found]:
        r"""Yield the records of JSON Lines: a header line, then one record per line.

        Each line is first read with :func:`json.loads` and structured; only a
        line that fails is read again with positions, to report its problems.
        Reading stops at the first record over ``max_records``.

        The fast path checks no string's length: a line of at most
        ``max_string_length`` characters cannot hold a longer string, and
        longer lines (rare: a report with its whole body) take the slow path,
        which checks each string.  Lines that may hold a lone surrogate
        (``\udXXX`` escapes) take it too.
        """
        limits = self.limits
        longest_line, fast_line = limits.max_line_length, limits.max_string_length
        header = True
        records = 0
        for number, raw_line in lines:
            line = raw_line.removeprefix("\ufeff") if number == 1 else raw_line
            if not line or line.isspace():
                continue
            size = _utf8_size_over(line.rstrip("\r\n"), longest_line)
            if size is not None:
                self.problems.append(self.line_too_long(number, size))
                continue
            if header:
                header = False
                self.header(line, number)
                continue
            records += 1
            if records > limits.max_records:
                self.problems.append(
                    attrs.evolve(self.too_many_records(), file=self.file, line=number, column=1)
                )
                return
            if (
                self.fast
                and not self.upgrading
                and len(line) <= fast_line
                and not _may_hold_surrogates(line)
            ):
                record = _fast_record(line, limits.max_depth)
                if record is not None:
                    yield Found(record, (), number)
                    continue
            try:
                node = reading.parse_json(
                    line.rstrip("\r\n"), file=self.file, first_line=number, limits=limits
                )
            except reading.ParseFailure as failure:
                self.problems.extend(failure.problems)
                continue
            found = self.line(node)
            if found is not None:
                yield found
        if header:
            self.problems.append(
                Problem(
                    code="NM107",
                    message="the file holds no data",
                    file=self.file,
                    line=1,
                    column=1,
                    hint='start with {"schema_version": 2}',
                )
            )

    def header(self, line: str, number: int) -> None:
        """Check the header line of JSON Lines."""
        try:
            node = reading.parse_json(
                line.rstrip("\r\n"), file=self.file, first_line=number, limits=self.limits
            )
        except reading.ParseFailure as failure:
            self.problems.extend(failure.problems)
            return
        if isinstance(node.value, dict) and "type" not in node.value:
            extra = set(node.value) - {"schema_version"}
            if extra:
                self.add(_extra_keys(_Header, extra), node)
            self.version(node)
            return
        self.problems.append(
            Problem(
                code="NM201",
                file=self.file,
                line=node.line,
                column=node.column,
                message='the first line must be the header {"schema_version": 2}',
                hint='insert {"schema_version": 2} as the first line',
            )
        )
        found = self.line(node)  # its problems reported; not taken as a record: no header
        if found is not None:
            self.reject(type(found.record), node.plain(), (), node)

    def line(self, node: reading.Node) -> Found | None:
        """Structure one JSON Lines record."""
        if not isinstance(node.value, dict):
            self.problems.append(
                Problem(
                    code="NM107",
                    message=f"a line holds {_kind(node.value)}, not a record",
                    file=self.file,
                    line=node.line,
                    column=node.column,
                )
            )
            return None
        if self.upgrading:
            from newsmodel.upgrade import upgrade_line  # noqa: PLC0415 - for version 1

            self.add(upgrade_line(node), node)
        data = node.plain()
        kind = data.pop("type", None)
        cls = RECORD_TYPES.get(kind) if isinstance(kind, str) else None
        if cls is None:
            message = (
                "missing required field 'type'"
                if kind is None
                else f"{kind!r} is not a record type"
            )
            self.add(
                [
                    (
                        ("type",),
                        False,
                        Problem(
                            code="NM201" if kind is None else "NM205",
                            message=message,
                            hint="expected one of " + ", ".join(RECORD_TYPES),
                        ),
                    )
                ],
                node,
            )
            self.reject(None, data, (), node)
            return None
        record = self.structure(data, cls, node, ())
        return None if record is None else Found(record, (), node.line)

    def structure(
        self, data: Any, cls: type[Record], node: reading.Node, prefix: RawPath
    ) -> Record | None:
        """Structure one record, adding its problems; ``None`` when it has any."""
        if self.fast:
            try:
                return _fastpath.STRUCTURE[cls](data)  # type: ignore[no-any-return]
            except Decline:  # the same rules with every problem collected, and their paths
                pass
        from cattrs.errors import CattrsError  # noqa: PLC0415 - for data with problems

        from newsmodel.codec.converter import _DETAILED, structure_problems  # noqa: PLC0415

        try:
            return (_DETAILED if self.converter is None else self.converter).structure(data, cls)
        except RecursionError:  # only with max_depth raised far above what data needs
            problem = Problem(
                code="NM111", message="the data is nested too deeply", hint="flatten the data"
            )
            self.add([(prefix, False, problem)], node)
            self.reject(cls, data, prefix, node)
            return None
        except (CattrsError, Fault, KeyError) as error:  # a tree of validation errors
            self.add(structure_problems(error, prefix), node)
            self.reject(cls, data, prefix, node)
            return None

    def reject(
        self, cls: type[Record] | None, data: Any, prefix: RawPath, node: reading.Node
    ) -> None:
        """Hand a record that broke a rule to :attr:`rejected` (``node``: its file or line)."""
        if self.rejected is not None:
            self.rejected(Rejected(cls, data, prefix, None if prefix else node.line))

    def too_many_records(self) -> Problem:
        """Return the problem of the first record over ``max_records`` (to be placed)."""
        limit = self.limits.max_records
        return Problem(
            code="NM114",
            message=f"the file holds more than {limit:,} records; the rest is not read",
            hint="split the file, or raise the limit (--max-records)",
        )

    def line_too_long(self, number: int, size: int) -> Problem:
        """Return the problem of a JSON Lines line longer than ``max_line_length``."""
        return Problem(
            code="NM115",
            message=f"the line is {format_size(size)} long, longer than the limit "
            f"({format_size(self.limits.max_line_length)}); it is not read",
            file=self.file,
            line=number,
            column=1,
            hint="check that the file is JSON Lines, one record per line; or raise the limit "
            "(--max-line-length)",
        )

    def version(self, root: reading.Node) -> bool:
        """Check and keep the schema version; ``False`` when the file cannot be read on."""
        node = root.value.get("schema_version")
        raw: RawPath = ("schema_version",)
        if node is None:
            problem: Problem | None = Problem(
                code="NM201",
                message="missing required field 'schema_version'",
                hint=f"add 'schema_version: {SCHEMA_VERSION}' at the top",
            )
        else:
            problem = schema_version_problem(node.value)
        if problem is None:
            self.schema_version = root.value["schema_version"].value
            if self.schema_version != SCHEMA_VERSION:  # version 1: read as 2, with a note
                from newsmodel.upgrade import upgrade_nodes  # noqa: PLC0415 - for version 1

                self.add(upgrade_nodes(root), root)
                self.schema_version, self.upgrading = SCHEMA_VERSION, True
            return True
        self.add([(raw, False, problem)], root)
        return False


class _DuplicateKeyError(ValueError):
    """A JSON object with a repeated key (the fast path gives up on the line)."""


def _unique_pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    result = dict(pairs)
    if len(result) != len(pairs):
        raise _DuplicateKeyError
    return result


def _no_constants(name: str) -> Any:
    raise ValueError(name)  # NaN and Infinity are not JSON


_SURROGATE_ESCAPE = lazy(r"\\u[dD][89a-fA-F]")


def _may_hold_surrogates(text: str) -> bool:
    r"""Tell whether JSON text may hold a lone surrogate, raw or escaped (``\ud800``).

    Such text takes the slow path, which reports lone surrogates (and lets valid
    escaped pairs, ``\ud83d\ude00``, through).  The cheapest tests first:
    ASCII text holds no surrogate, encoding to UTF-8 finds a raw one four
    times faster than a search, and text without a backslash holds no escape.
    """
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:
            return True
    return "\\" in text and "\\u" in text and _SURROGATE_ESCAPE.search(text) is not None


#: The longest YAML text read by the fast path.  It holds libyaml's whole node
#: graph, about 300 bytes a value (150 per byte of text at worst, three times what
#: the event reader keeps), so longer text, rare in bundle files (the largest
#: example is 22 KB), is read by the event reader from the start; so is text over
#: a third of ``max_file_size``, which keeps the peak within what the event
#: reader may take for the largest file allowed.
_YAML_FAST_TEXT = 1 << 20

#: Strict JSON: a repeated key or NaN fails, and a float literal that a float
#: would not keep exactly raises OverflowError (see ``reading.exact_float``).
_JSON = json.JSONDecoder(
    object_pairs_hook=_unique_pairs,
    parse_constant=_no_constants,
    parse_float=reading.exact_float,
)
#: The decoder's scanner: what ``_JSON.decode`` calls, without its two regular
#: expression passes for surrounding whitespace.
_scan_json = json.scanner.make_scanner(_JSON)  # type: ignore[attr-defined]
#: What the scanner raises for text that is not strict JSON: a syntax error or a
#: repeated key (ValueError), a float it would not keep exactly (ArithmeticError),
#: deep nesting (RecursionError), no value where one starts (StopIteration).
_NOT_JSON = (ValueError, ArithmeticError, RecursionError, StopIteration)


def _fast_record(line: str, max_depth: int) -> Record | None:
    """Read a valid JSON Lines record quickly; ``None`` when anything is off.

    Nesting is checked only for a depth limit below what records need.
    """
    data = _scanned(line)
    if max_depth < _RECORD_DEPTH and not _within(data, max_depth, None):
        return None
    kind = data.pop("type", None) if data.__class__ is dict else None
    cls = RECORD_TYPES.get(kind) if kind.__class__ is str else None
    if cls is None:
        return None
    try:
        record: Record = _fastpath.STRUCTURE[cls](data)
    except Decline:  # read the line again, slowly, for the problems
        return None
    return record


def _fast_json(text: str) -> Any:
    """Read strict JSON text quickly; ``None`` when it is not, or when unsure.

    Text that orjson writes exactly as it is (indented by two spaces, as
    :func:`dumps` writes JSON files, or compact) is read by orjson; other text
    by the standard library's scanner, after the test for lone surrogates.
    """
    data = _orjson_written(text)
    if data is not None:
        return data
    return None if _may_hold_surrogates(text) else _scanned(text)


def _scanned(text: str) -> Any:
    """Read strict JSON with the standard library's scanner; ``None`` when it is not."""
    try:
        data, end = _scan_json(text, 0)  # no leading whitespace, or it fails
    except _NOT_JSON:  # not strict JSON: the slow reader says why
        return None
    if end != len(text) and text[end:].strip(" \t\n\r"):
        return None
    return data


def _orjson_written(text: str) -> Any:
    """Return the data of JSON text that orjson writes exactly so; else ``None``.

    orjson reads JSON more than twice as fast as the standard library's
    scanner with the hook that refuses repeated keys, but it keeps the last of
    repeated keys, reads an integer beyond 64 bits as a float, and rounds a
    float literal that a float does not keep exactly (``0.1000000000000000001``),
    where the strict reader refuses each.  None of these can be in text that
    orjson writes back unchanged from the data it read: the repeated key, the
    integer and the literal would each be written otherwise.  Nor can a lone
    surrogate, raw or escaped, which neither encoding nor orjson lets through.
    So for such text orjson's data is the strict reader's.  Text that is not
    laid out as orjson writes it (by its start: a line break and two spaces for
    two-space indentation, as :func:`dumps` writes JSON files; a quote for
    compact JSON) is left alone.
    """
    orjson = _orjson() if len(text) >= 2 else None
    if orjson is None:
        return None
    if text[1] == "\n" and text[2:4] == "  " and text[4:5] != " ":  # indented by two spaces
        option = orjson.OPT_INDENT_2
    elif text[1] == '"' and not text.startswith(" ", text.find('":') + 2):  # compact
        option = 0
    else:
        return None
    try:
        raw = text.encode()  # fails on a lone surrogate
        data = orjson.loads(raw)
        written = orjson.dumps(data, option=option)
    # Not JSON, or nested deeper than orjson reads (1,024 levels) or writes (254).
    except (UnicodeEncodeError, orjson.JSONDecodeError, orjson.JSONEncodeError):
        return None
    if not raw.startswith(written) or raw[len(written) :].strip(b" \t\n\r"):
        return None
    return data


def _fast_bundle(text: str, format: Format, limits: Limits) -> Bundle | None:
    """Read a valid YAML or JSON bundle quickly; ``None`` when anything is off.

    The text is read once, into plain data (for YAML by libyaml's composer,
    which keeps positions for the slow path to report from), and structured by
    the functions of :mod:`newsmodel.codec.fastpath`.  Anything unusual, invalid or
    over a limit gives ``None``: the caller reads the text again, slowly, for
    the problems.
    """
    if format == "yaml" and len(text) <= min(_YAML_FAST_TEXT, limits.max_file_size // 3):
        data = reading.read_yaml_plain(text, limits)
        if data is None:
            return None
        # The YAML walk checks nesting and string lengths itself.
        deep, longest = False, None
    elif format == "json":
        data = _fast_json(text)
        longest = limits.max_string_length if len(text) > limits.max_string_length else None
        # What the fast path accepts nests at most _SHAPE_DEPTH levels, so the
        # walk is needed only for a lower depth limit, or for text long enough
        # to hold an over-long string.
        deep = limits.max_depth < _SHAPE_DEPTH
    else:
        return None
    if data.__class__ is not dict:
        return None
    version = data.get("schema_version")
    if type(version) is not int or version != SCHEMA_VERSION:  # version 1: upgraded slowly
        return None
    if (deep or longest is not None) and not _within(data, limits.max_depth, longest):
        return None
    # A record takes at least two characters ({}), so short text holds few.
    if len(text) > limits.max_records and (
        sum(len(v) for v in data.values() if isinstance(v, list)) > limits.max_records
    ):
        return None
    try:
        bundle: Bundle = _fastpath.STRUCTURE[Bundle](data)
    except Decline:  # read the text again, slowly, for the problems
        return None
    return bundle


#: How deep a bundle that the fast path accepts can nest: bundle, list, record,
#: list, citation, list, quote; or record, list, count, list, count, list (the
#: fast path leaves subgroups of subgroups to the slow readers).
_SHAPE_DEPTH = 8
#: The same for a JSON Lines record: record, list, count, list, count, list.
_RECORD_DEPTH = 6


def _within(data: Any, max_depth: int, max_string_length: int | None) -> bool:
    """Tell whether plain JSON data is within the limits the slow readers check.

    It nests at most ``max_depth`` levels (counted as they count them) and,
    unless ``max_string_length`` is ``None``, holds no longer string or key.
    """
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if isinstance(value, dict):
            if depth > max_depth:
                return False
            for key, item in value.items():
                if max_string_length is not None and len(key) > max_string_length:
                    return False
                stack.append((item, depth + 1))
        elif isinstance(value, list):
            if depth > max_depth:
                return False
            stack.extend((item, depth + 1) for item in value)
        elif (
            max_string_length is not None
            and isinstance(value, str)
            and len(value) > max_string_length
        ):
            return False
    return True


def _extra_keys(cls: type, keys: set[str]) -> Iterator[tuple[RawPath, bool, Problem]]:
    """Return the problems of keys that ``cls`` has no field for (as the converter words them)."""
    from cattrs.errors import ForbiddenExtraKeysError  # noqa: PLC0415 - for data with problems

    from newsmodel.codec.converter import structure_problems  # noqa: PLC0415

    return structure_problems(ForbiddenExtraKeysError("", cls, keys))


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


@attrs.frozen(kw_only=True)
class _Header:
    """The first line of a JSON Lines file (the name shows in messages: "a header")."""

    schema_version: int


_ATTRS_METHODS.close()


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


# --------------------------------------------------------------------------
# Writing: plain data from the fast unstructure, then a writer of newsmodel.writing
# --------------------------------------------------------------------------


def dumps(bundle: Bundle, *, format: Format = "yaml") -> str:
    r"""Return the text of ``bundle`` in ``format``; ``loads`` of it gives an equal bundle.

    A bundle built in Python is checked first (:func:`newsmodel.check`), so
    that invalid data is never written; a bundle that newsmodel read, or
    checked, is not checked again.

    >>> bundle = loads("schema_version: 2\nactors:\n- {id: mali, name: Mali, kind: state}\n")
    >>> print(dumps(bundle), end="")
    schema_version: 2
    actors:
      - id: mali
        name: Mali
        kind: state
    >>> print(dumps(bundle, format="jsonl"), end="")
    {"schema_version": 2}
    {"type": "actor", "id": "mali", "name": "Mali", "kind": "state"}

    Raises:
        ValidationError: ``bundle`` was built in Python and has problems.
        TypeError: ``bundle`` is not a :class:`~newsmodel.model.Bundle`, or
            ``format`` is not a ``str``.
        ValueError: ``format`` is not ``"yaml"``, ``"json"`` or ``"jsonl"``.

    """
    _check_bundle(bundle)
    _check_format(format)
    if not is_checked(bundle):
        problems = check(bundle)
        if problems:
            raise ValidationError(problems)
        mark_checked(bundle)
    # The writers are imported here: reading and checking a file needs none of them.
    from newsmodel.writing.json import indented_json, json_lines  # noqa: PLC0415
    from newsmodel.writing.yaml import yaml_text  # noqa: PLC0415

    if format == "yaml":
        return yaml_text(_fastpath.UNSTRUCTURE[Bundle](bundle))
    if format == "json":
        return indented_json(_fastpath.TO_JSON[Bundle](bundle))
    header = {"schema_version": bundle.schema_version}
    return json_lines(
        [
            header,
            *(
                {"type": RECORD_KINDS[type(record)], **_fastpath.UNSTRUCTURE[type(record)](record)}
                for record in bundle.records()
            ),
        ]
    )


def dump(bundle: Bundle, path: str | os.PathLike[str], *, format: Format | None = None) -> None:
    """Write ``bundle`` to ``path`` atomically (a temporary file, then a rename).

    The format comes from the suffix of ``path`` unless ``format`` names it.

    >>> dump(bundle, "data/mali.json")  # doctest: +SKIP

    Raises:
        OSError: the file cannot be written (see :func:`write_text_atomic`).
        TypeError: ``bundle`` is not a :class:`~newsmodel.model.Bundle`,
            ``path`` is not a ``str`` or path object, or ``format`` is not a
            ``str`` or ``None``.
        ValueError: ``format`` is not ``"yaml"``, ``"json"``, ``"jsonl"`` or
            ``None``, or (``format=None``) the suffix names none of them.

    """
    _check_bundle(bundle)
    _check_path(path)
    _check_format(format, optional=True)
    write_text_atomic(path, dumps(bundle, format=format or format_of(path)))


# --------------------------------------------------------------------------
# Arguments of the public functions: checked first, with typed errors
# --------------------------------------------------------------------------

_FORMATS: tuple[Format, ...] = ("yaml", "json", "jsonl")


def _type_name(value: object) -> str:
    return "None" if value is None else type(value).__name__


def _check_format(format: object, *, optional: bool = False) -> None:
    """Raise ``TypeError`` or ``ValueError`` unless ``format`` names a format."""
    if format is None and optional:
        return
    accepted = "'yaml', 'json' or 'jsonl'" + (" (or None: from the suffix)" if optional else "")
    if not isinstance(format, str):
        raise TypeError(f"format must be {accepted}, not {_type_name(format)}")
    if format not in _FORMATS:
        lower = (
            f"; formats are lower case: {format.lower()!r}" if format.lower() in _FORMATS else ""
        )
        raise ValueError(f"format must be {accepted}, not {format!r}{lower}")


def _check_limits(limits: object) -> None:
    if limits is not None and not isinstance(limits, Limits):
        raise TypeError(
            "limits must be a newsmodel.limits.Limits (or None: the defaults), "
            f"not {_type_name(limits)}"
        )


def _check_converter(converter: object) -> None:
    if converter is None:
        return
    import cattrs  # noqa: PLC0415 - only for a converter of the caller's

    if not isinstance(converter, cattrs.BaseConverter):
        raise TypeError(
            "converter must be a cattrs converter (newsmodel.make_converter()) or None, "
            f"not {_type_name(converter)}"
        )


def _check_path(path: object) -> None:
    if not isinstance(path, (str, os.PathLike)) or not isinstance(os.fspath(path), str):
        raise TypeError(
            f"path must be a str or a path object (pathlib.Path), not {_type_name(path)}"
        )


def _check_file(file: object) -> None:
    if file is not None and not isinstance(file, str):
        raise TypeError(
            f"file must be a str (the name shown in problems) or None, not {_type_name(file)}"
        )


def _check_text(text: object) -> None:
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            f"text must be a str, not {_type_name(text)}: decode it (text.decode('utf-8')), "
            "or read the file with load()"
        )
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {_type_name(text)}")


def _check_bundle(bundle: object) -> None:
    if not isinstance(bundle, Bundle):
        raise TypeError(f"bundle must be a newsmodel.Bundle, not {_type_name(bundle)}")


def _check_source(source: object) -> None:
    accepted = "source must be a path, a file open in text mode, or an iterable of str lines"
    if isinstance(source, (bytes, bytearray, memoryview)):
        raise TypeError(f"{accepted}, not {_type_name(source)}: decode it and use loads()")
    if isinstance(source, (std_io.RawIOBase, std_io.BufferedIOBase)):
        raise TypeError(f"{accepted}, not a file open in binary mode: open it with 'r'")
    if not isinstance(source, (str, os.PathLike, Iterable)):
        raise TypeError(f"{accepted}, not {_type_name(source)}")


def _text_lines(source: Iterable[str]) -> Iterator[str]:
    """Yield the lines of ``source`` without their line break; ``TypeError`` for a non-str."""
    for line in source:
        if not isinstance(line, str):
            raise TypeError(f"iter_jsonl: each line must be a str, not {_type_name(line)}")
        yield line.rstrip("\r\n")
