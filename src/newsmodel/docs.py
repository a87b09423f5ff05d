"""Markdown for documentation: the reference, and pages for the records of a dataset.

Everything newsmodel's documentation says about its own schema is generated
from the code by the functions below, so the docs cannot drift from it:

- :func:`schema_reference`: every record and value type, every field with
  its type, whether it is required, its default and its description (from
  the fields' ``metadata["doc"]``);
- :func:`vocabulary_reference`: every vocabulary term with its description
  and its codes in external standards;
- :func:`rules_reference`: the problem catalogue, with a bad example and the
  fix of every code;
- :func:`cli_reference`: the ``newsmodel`` command, read from the real
  argument parser;
- :func:`schema_coverage_reference`: the rules that the JSON Schema cannot
  check.

The second half renders the records of a :class:`~newsmodel.dataset.Dataset`
as pages: one per report, actor, document, allegation, response and event,
linked to each other, plus an index (:func:`render_dataset_pages`).  These
are the pages the ``newsmodel`` mkdocs plugin (:mod:`newsmodel.mkdocs_plugin`)
adds to a dataset's own site, and the ones newsmodel's documentation shows
for its examples.

The output is plain Markdown that needs only the ``tables`` extension
(which mkdocs enables by default), so it renders with any mkdocs theme.  No
function here imports mkdocs.
"""

from __future__ import annotations

import argparse
import ast
import importlib
import inspect
import itertools
import re
import types
import typing
from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

import attrs

from newsmodel import dates
from newsmodel.dataset import Dataset
from newsmodel.dates import PartialDate
from newsmodel.model import (
    RECORD_TYPES,
    Actor,
    Allegation,
    Bundle,
    Citation,
    Count,
    CountryCode,
    Document,
    Event,
    Id,
    LanguageTag,
    Place,
    Quote,
    Record,
    Report,
    Response,
    Url,
    _model_types,
    _unwrapped,
)
from newsmodel.problems import RULES
from newsmodel.vocab import SCHEMES, VOCABULARIES, Qualifier, Stance, Term

__all__ = [
    "KIND_FOLDERS",
    "cli_reference",
    "markdown_from_docstring",
    "model_types",
    "record_groups",
    "record_page",
    "record_title",
    "render_actor",
    "render_allegation",
    "render_dataset_index",
    "render_dataset_pages",
    "render_document",
    "render_event",
    "render_record",
    "render_report",
    "render_response",
    "rules_reference",
    "schema_coverage_reference",
    "schema_reference",
    "vocabulary_reference",
]

#: The folder of each kind of record's pages, relative to the dataset's pages.
KIND_FOLDERS: Mapping[str, str] = {kind: kind + "s" for kind in RECORD_TYPES}

#: Display names of the external standards, for the codes column.
_SCHEME_NAMES = {
    "cameo": "CAMEO",
    "plover": "PLOVER",
    "acled": "ACLED",
    "huridocs": "HURIDOCS",
    "ftm": "FtM",
    "cohen": "Cohen",
}

# --------------------------------------------------------------------------
# Markdown helpers
# --------------------------------------------------------------------------

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def _escape(text: str) -> str:
    """Text as one line of Markdown that renders as itself (in a paragraph or a table cell)."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)


def _paragraphs(text: str) -> str:
    """Text of one or more paragraphs (blank-line separated) as Markdown paragraphs."""
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return "\n\n".join(_escape(block) for block in blocks)


def _date(date: PartialDate | None) -> str | None:
    """Return a date as page text, or ``None`` for a fact left out."""
    return _escape(str(date)) if date else None


def _code(text: str) -> str:
    """Text as an inline code span, whatever backticks it holds."""
    text = " ".join(str(text).split())
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def _cell(text: str) -> str:
    """Already-rendered Markdown as one line, for a table cell (its pipes are escaped)."""
    return " ".join(text.split())


def _table(
    header: Sequence[str], rows: Iterable[Sequence[str]], *, drop_empty: bool = False
) -> str:
    """Render a table; with ``drop_empty``, columns with no value in any row are left out."""
    rows = [list(row) for row in rows]
    if drop_empty:
        keep = [i for i in range(len(header)) if i == 0 or any(row[i].strip() for row in rows)]
        header = [header[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(_cell(cell) or " " for cell in row) + " |" for row in rows)
    return "\n".join(lines)


def _fence(text: str, language: str = "") -> str:
    fence = "```"
    while fence in text:
        fence += "`"
    return f"{fence}{language}\n{text.rstrip()}\n{fence}"


def _human(term: Term) -> str:
    """Return a term as words (``not_addressed`` -> ``not addressed``)."""
    return term.term.replace("_", " ")


def _codes(term: Term, separator: str = "; ") -> str:
    return separator.join(
        f"{_SCHEME_NAMES.get(scheme, scheme)} "
        + (f"*{_escape(code)}*" if " " in code else _code(code))
        for scheme, code in term.codes.items()
    )


def _list_words(words: Sequence[str], limit: int = 3) -> str:
    """Join words: ``a``, ``a and b``, ``a, b and c``; long lists end ``and N others``."""
    if len(words) > limit:
        words = [*words[: limit - 1], f"{len(words) - limit + 1} others"]
    if len(words) <= 1:
        return "".join(words)
    return ", ".join(words[:-1]) + " and " + words[-1]


_ROLE = re.compile(r":(?:py:)?(?P<role>[a-z]+):`(?P<tilde>~?)(?P<target>[^`<>]+?)`")
_RST_LINK = re.compile(r"`(?P<text>[^`<>]+?)\s*<(?P<url>[^`<>]+)>`__?")
_LITERAL_BLOCK = re.compile(r"::\n\n((?:(?: {4}|\t).*\n|\s*\n)+)")
_DOCTEST = re.compile(r"^>>> .*\n(?:(?:>>>|\.\.\.| *[^\s>]).*\n)*?(?=\s*\n|\Z)", re.MULTILINE)


def _strip_doctest_flags(text: str) -> str:
    return re.sub(r"\s*# doctest:.*$", "", text.rstrip(), flags=re.MULTILINE)


def markdown_from_docstring(
    text: str | None, link: Callable[[str, str], str | None] | None = None
) -> str:
    """Turn a docstring in newsmodel's reStructuredText-flavoured style into Markdown.

    Roles such as ``:class:`~newsmodel.model.Report``` become code spans
    (or whatever ``link(role, target)`` returns for them, when it returns a
    string), double-backtick literals stay code spans, ```text <url>`_``
    links become Markdown links, and a paragraph ending in ``::`` introduces
    a fenced code block.  The text is dedented first.
    """
    if not text:
        return ""
    text = inspect.cleandoc(text) + "\n"

    def block(match: re.Match[str]) -> str:
        body = inspect.cleandoc(match.group(1))
        return ":\n\n" + _fence(body, "text") + "\n\n"

    text = _LITERAL_BLOCK.sub(block, text)
    text = _DOCTEST.sub(lambda m: _fence(_strip_doctest_flags(m.group(0)), "pycon") + "\n", text)

    def role(match: re.Match[str]) -> str:
        target = match.group("target").strip()
        shown = target.rsplit(".", 1)[-1] if match.group("tilde") else target
        if link is not None:
            linked = link(match.group("role"), target)
            if linked is not None:
                return linked
        return _code(shown + ("()" if match.group("role") in ("func", "meth") else ""))

    text = _ROLE.sub(role, text)
    text = _RST_LINK.sub(lambda m: f"[{m.group('text')}]({m.group('url')})", text)
    return text.strip()


# --------------------------------------------------------------------------
# The schema reference
# --------------------------------------------------------------------------


def model_types() -> tuple[type, ...]:
    """Return every attrs class of a bundle file: :class:`Bundle`, records, then value types.

    Value types are listed in the order they are first met, walking the
    records' fields in declaration order, so a new value type appears in the
    reference without anyone listing it.
    """
    return _model_types()


def _field_types(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def _leaf_types(type_: Any) -> Iterable[Any]:
    type_ = _unwrapped(type_)
    args = typing.get_args(type_)
    if args:
        for arg in args:
            if arg is not Ellipsis:
                yield from _leaf_types(arg)
    else:
        yield type_


#: Checked string types, with the name shown and the anchor of their section.
_SCALARS: Mapping[Any, tuple[str, str]] = {
    Id: ("id", "id"),
    CountryCode: ("country code", "countrycode"),
    LanguageTag: ("language tag", "languagetag"),
    Url: ("URL", "url"),
    PartialDate: ("EDTF date", "partialdate"),
}
_PRIMITIVES: Mapping[Any, str] = {
    str: "string",
    int: "integer",
    float: "number",
    bool: "boolean",
}


def _a(noun: str) -> str:
    return ("an " if noun[:1].lower() in "aeiou" else "a ") + noun


class _TypeNames:
    """Renders field types as Markdown with links to the reference's sections."""

    def __init__(self, vocabulary_page: str, schema_page: str = "") -> None:
        self.vocabulary_page = vocabulary_page
        self.schema_page = schema_page

    def __call__(self, type_: Any, metadata: Mapping[str, Any]) -> str:
        inner = _unwrapped(type_)
        origin = typing.get_origin(inner)
        if origin is tuple:
            item = typing.get_args(inner)[0]
            text = "list of " + self.single(item, metadata, plural=True)
            if metadata.get("min_items"):
                text += f", at least {metadata['min_items']}"
            return text
        if origin in (dict, Mapping) or origin is typing.get_origin(Mapping[str, str]):
            key, value = typing.get_args(inner)
            return f"mapping of {self.single(key, {})} to {self.single(value, {})}"
        return self.single(inner, metadata)

    def single(self, type_: Any, metadata: Mapping[str, Any], *, plural: bool = False) -> str:
        s = "s" if plural else ""
        if type_ is Id and metadata.get("ref"):
            kind = str(metadata["ref"])
            target = RECORD_TYPES.get(kind)
            name = f"[{kind}]({self.schema_page}#{target.__name__.lower()})" if target else kind
            return f"[id{s}]({self.schema_page}#id) of {name}{s}"
        if type_ in _SCALARS:
            name, anchor = _SCALARS[type_]
            return f"[{name}{s}]({self.schema_page}#{anchor})"
        if isinstance(type_, type) and issubclass(type_, Term):
            return f"[{type_.__name__}]({self.vocabulary_page}#{type_.__name__.lower()}) term{s}"
        if attrs.has(type_):
            return f"[{type_.__name__}]({self.schema_page}#{type_.__name__.lower()}){s}"
        text = _PRIMITIVES.get(type_, getattr(type_, "__name__", str(type_))) + s
        low, high = metadata.get("minimum"), metadata.get("maximum")
        if low is not None and high is not None:
            text += f", {low} to {high}"
        elif low is not None:
            text += f", at least {low}"
        elif high is not None:
            text += f", at most {high}"
        return text


def _default(field: attrs.Attribute[Any]) -> tuple[bool, str]:
    """Whether the field is required, and its default as shown in a file."""
    default = field.default
    if default is attrs.NOTHING:
        return True, ""
    if isinstance(default, attrs.Factory):  # type: ignore[arg-type]
        default = default.factory()  # type: ignore[union-attr]
    if default is None:
        return False, "—"
    if isinstance(default, Term):
        return False, _code(default.term)
    if isinstance(default, (tuple, list)) and not default:
        return False, _code("[]")
    if isinstance(default, dict) and not default:
        return False, _code("{}")
    return False, _code(repr(default))


def _module_attribute_docs(module: types.ModuleType) -> dict[str, str]:
    """Return the docstrings written under module-level assignments (``X = ...``, a string)."""
    try:
        tree = ast.parse(inspect.getsource(module))
    except (OSError, TypeError):  # pragma: no cover - no source (frozen, zipped)
        return {}
    docs: dict[str, str] = {}
    body = tree.body
    for statement, following in itertools.pairwise(body):
        if (
            isinstance(statement, (ast.Assign, ast.AnnAssign))
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
            and isinstance(following.value.value, str)
        ):
            targets = statement.targets if isinstance(statement, ast.Assign) else [statement.target]
            for target in targets:
                if isinstance(target, ast.Name):
                    docs[target.id] = following.value.value
    return docs


def _schema_link(schema_page: str, vocabulary_page: str) -> Callable[[str, str], str | None]:
    known = {cls.__name__: cls for cls in model_types()}

    def link(role: str, target: str) -> str | None:
        name = target.rsplit(".", 1)[-1]
        if role == "class" and name in known:
            return f"[{name}]({schema_page}#{name.lower()})"
        if role == "class" and name in VOCABULARIES:
            return f"[{name}]({vocabulary_page}#{name.lower()})"
        if name in ("PartialDate", "Id"):
            return f"[{name}]({schema_page}#{name.lower()})"
        return None

    return link


def schema_reference(*, vocabulary_page: str = "vocabularies.md") -> str:
    """Render the reference of a bundle file's schema as a Markdown page.

    One section per attrs class (:func:`model_types`), each with its
    docstring and a table of its fields: name, type, required, default and
    description.  Then the checked string types (ids, country codes,
    language tags, URLs and EDTF dates).  ``vocabulary_page`` is the
    relative link to the page of :func:`vocabulary_reference`, where the
    types of coded fields link to.
    """
    names = _TypeNames(vocabulary_page)
    link = _schema_link("", vocabulary_page)
    out = [
        "# Schema reference",
        "",
        "A newsmodel file (a *bundle*) is a mapping with a `schema_version` and lists of "
        "records. Records refer to each other by id, across files; value types are nested "
        "inside records. Each field below is a key of the mapping that holds the record, "
        "written in files exactly as named. The *Default* column says **required** for a "
        "field that every record must have; any other field may be left out (or, in JSON, "
        "given as `null`), and then has the default shown: — for none, `[]` for an empty "
        "list.",
        "",
        "In JSON Lines files each line holds one record, with a `type` key naming its kind "
        "(" + ", ".join(_code(kind) for kind in RECORD_TYPES) + "), after a first line "
        "holding the `schema_version`.",
        "",
        "*This page is generated from the models; see also the "
        f"[vocabularies]({vocabulary_page}).*",
        "",
    ]
    records = set(RECORD_TYPES.values())
    heading = ""
    for cls in model_types():
        group = "The file" if cls is Bundle else "Records" if cls in records else "Value types"
        if group != heading:
            heading = group
            out += [f"## {group}", ""]
        out += [f"### {cls.__name__}", "", markdown_from_docstring(cls.__doc__, link), ""]
        hints = _field_types(cls)
        rows = []
        for field in attrs.fields(cls):
            required, default = _default(field)
            rows.append(
                (
                    _code(field.name),
                    names(hints[field.name], field.metadata),
                    "**required**" if required else default,
                    markdown_from_docstring(str(field.metadata.get("doc", "")), link),
                )
            )
        out += [_table(("Field", "Type", "Default", "Description"), rows), ""]
    out += ["## Checked strings", ""]
    model_docs = _module_attribute_docs(importlib.import_module("newsmodel.model"))
    for scalar, (shown, anchor) in _SCALARS.items():
        name = scalar.__name__
        doc = (
            markdown_from_docstring(scalar.__doc__, link)
            if scalar is PartialDate
            else markdown_from_docstring(model_docs.get(name, ""), link)
        )
        out += [f"### {name} {{ #{anchor} }}", ""]
        out += [f"Shown above as *{shown}*. {doc}", ""]
        if scalar is PartialDate:
            out += [markdown_from_docstring(_after_first_paragraph(dates.__doc__), link), ""]
    return "\n".join(out).rstrip() + "\n"


def _after_first_paragraph(text: str | None) -> str:
    parts = inspect.cleandoc(text or "").split("\n\n", 1)
    return parts[1] if len(parts) > 1 else ""


# --------------------------------------------------------------------------
# The vocabularies
# --------------------------------------------------------------------------


def _vocabulary_users() -> dict[type[Term], list[str]]:
    users: dict[type[Term], list[str]] = defaultdict(list)
    for cls in model_types():
        for name, field_type in _field_types(cls).items():
            for leaf in _leaf_types(field_type):
                if isinstance(leaf, type) and issubclass(leaf, Term):
                    users[leaf].append(f"{cls.__name__}.{name}")
    return users


def vocabulary_reference(*, schema_page: str = "schema.md") -> str:
    """Render every vocabulary and every term, with its description and external codes.

    ``schema_page`` is the relative link to the page of
    :func:`schema_reference`, where the "used by" fields link to.
    """
    users = _vocabulary_users()
    out = [
        "# Vocabularies",
        "",
        "Every coded field takes one of the terms below. The term (left column) is what a "
        "file holds; the description is what it means. Where an external standard has a "
        "term that means the same, its code is given; no code means *no equivalent*, never "
        "*unknown*. Values are stable: a published term is never renamed or reused.",
        "",
        "External standards:",
        "",
    ]
    out += [
        f"- **{_SCHEME_NAMES.get(key, key)}**: {_escape(text)}" for key, text in SCHEMES.items()
    ]
    out.append("")
    out += [
        "*This page is generated from `newsmodel.vocab`; "
        "`newsmodel vocab NAME` prints the same on the command line.*",
        "",
    ]
    for name, vocabulary in VOCABULARIES.items():
        out += [f"## {name}", "", markdown_from_docstring(vocabulary.__doc__), ""]
        fields = users.get(vocabulary, [])
        if fields:
            used = ", ".join(
                f"[{_code(field)}]({schema_page}#{field.split('.')[0].lower()})" for field in fields
            )
            out += [f"Used by {used}.", ""]
        has_party = vocabulary is Stance
        header = ["Term", "Description", *(["Taken by"] if has_party else []), "Codes"]
        rows = []
        for term in vocabulary:
            row = [_code(term.term), _escape(term.description)]
            if has_party:
                row.append(_human(term.party))  # type: ignore[attr-defined]
            row.append(_codes(term, "<br>"))
            rows.append(row)
        out += [_table(header, rows), ""]
    return "\n".join(out).rstrip() + "\n"


# --------------------------------------------------------------------------
# The problem catalogue
# --------------------------------------------------------------------------

_RANGES = {
    "NM1": "Reading and parsing a file",
    "NM2": "The shape of the data: fields, types, vocabularies",
    "NM3": "Field values",
    "NM4": "Relations between records and files",
}


def rules_reference() -> str:
    """Render the problem catalogue: every code, its severity, summary, a bad example, the fix."""
    ranges = "; ".join(f"`{prefix}xx` {title.lower()}" for prefix, title in _RANGES.items())
    out = [
        "# Problem codes",
        "",
        "Every problem newsmodel reports has a stable code: a code never changes meaning, "
        "and a retired code is never reused. Codes come in ranges: " + ranges + ".",
        "",
        "A warning fails `newsmodel validate` only with `--strict`. `--ignore` and "
        "`--select` take codes or prefixes (`NM45`); `newsmodel rules CODE` prints an "
        "entry on the command line.",
        "",
        "*This page is generated from `newsmodel.RULES`.*",
        "",
        _table(
            ("Code", "Name", "Severity", "Summary"),
            (
                (
                    f"[{rule.code}](#{rule.code.lower()})",
                    _code(rule.name),
                    rule.severity.value,
                    _escape(rule.summary),
                )
                for rule in RULES.values()
            ),
        ),
        "",
    ]
    current = ""
    for rule in RULES.values():
        prefix = rule.code[:3]
        if prefix != current:
            current = prefix
            title = _RANGES.get(prefix, "Other rules")
            out += [f"## {prefix}xx: {title}", ""]
        out += [
            f"### {rule.code} {rule.name} {{ #{rule.code.lower()} }}",
            "",
            f"*{rule.severity.value}*. {_escape(rule.summary)}",
            "",
            "Bad input:",
            "",
            _fence(rule.example, "yaml" if ":" in rule.example else "text"),
            "",
            f"**Fix:** {_escape(rule.fix)}",
            "",
        ]
    return "\n".join(out).rstrip() + "\n"


def schema_coverage_reference(*, problems_page: str = "problems.md") -> str:
    """Render the rules the JSON Schema checks in part or not at all, as a Markdown table.

    Read from ``newsmodel.schema.SCHEMA_COVERAGE``; returns an empty string
    when the installed newsmodel has no JSON Schema module.  Each code links
    to its entry on ``problems_page`` (the page of :func:`rules_reference`).
    """
    try:
        schema = importlib.import_module("newsmodel.schema")
    except ImportError:  # pragma: no cover - every release ships the schema
        return ""
    coverage: Mapping[str, Any] = getattr(schema, "SCHEMA_COVERAGE", {})
    rows = [
        (
            f"[{rule.code}]({problems_page}#{rule.code.lower()}) {_code(rule.name)}",
            str(getattr(entry.coverage, "value", entry.coverage)),
            _escape(entry.note),
        )
        for rule in RULES.values()
        if (entry := coverage.get(rule.code)) is not None
        and str(getattr(entry.coverage, "value", entry.coverage)) != "full"
    ]
    if not rows:
        return ""
    return _table(("Rule", "Schema checks", "Why"), rows) + "\n"


# --------------------------------------------------------------------------
# The command line
# --------------------------------------------------------------------------


def _usage(parser: argparse.ArgumentParser, width: int = 72) -> str:
    formatter = parser.formatter_class(prog=parser.prog, width=width)  # type: ignore[call-arg]
    formatter.add_usage(parser.usage, parser._actions, parser._mutually_exclusive_groups)
    return formatter.format_help().strip()


def _argument_rows(parser: argparse.ArgumentParser) -> list[tuple[str, str]]:
    rows = []
    for action in parser._actions:
        if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
            continue
        if action.option_strings:
            metavar = ""
            if action.nargs != 0:
                shown = action.metavar or (
                    "{" + ",".join(map(str, action.choices)) + "}"
                    if action.choices
                    else action.dest.upper()
                )
                metavar = " " + (f"{shown} [{shown} ...]" if action.nargs == "+" else str(shown))
            name = ", ".join(_code(option + metavar) for option in action.option_strings)
        else:
            name = _code(str(action.metavar or action.dest))
        help_text = _escape(action.help % vars(action) if action.help else "")
        if isinstance(action, argparse._VersionAction):
            help_text = help_text or "print the version and exit"
        if action.nargs in ("?", "*") and not action.option_strings:
            help_text += " (optional)"
        rows.append((name, help_text))
    return rows


def _subcommands(parser: argparse.ArgumentParser) -> list[tuple[str, argparse.ArgumentParser]]:
    found: list[tuple[str, argparse.ArgumentParser]] = []
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            found.extend(action.choices.items())
    return found


def cli_reference(parser: argparse.ArgumentParser | None = None) -> str:
    """Render the reference of the ``newsmodel`` command, read from its argument parser.

    Every subcommand with its usage line, description and arguments.
    ``parser`` defaults to :func:`newsmodel.cli.build_parser`'s.
    """
    cli = importlib.import_module("newsmodel.cli")
    if parser is None:
        parser = cli.build_parser()
    assert parser is not None
    doc = inspect.cleandoc(cli.__doc__ or "")
    exit_status = next((part for part in doc.split("\n\n") if part.startswith("Exit status")), "")
    out = [
        "# Command line",
        "",
        _escape(parser.description or ""),
        "",
        _fence(_usage(parser), "text"),
        "",
        markdown_from_docstring(exit_status),
        "",
        "*This page is generated from the command's argument parser.*",
        "",
        _table(("Option", "Description"), _argument_rows(parser)),
        "",
        "Commands:",
        "",
    ]
    commands = _subcommands(parser)
    for name, _sub in commands:
        out.append(f"- [`{name}`](#{parser.prog}-{name}): {_escape(_help_of(parser, name))}")
    out.append("")
    for name, sub in commands:
        out += [
            f"## {parser.prog} {name} {{ #{parser.prog}-{name} }}",
            "",
            _escape(sub.description or ""),
            "",
            _fence(_usage(sub), "text"),
            "",
        ]
        rows = _argument_rows(sub)
        if rows:
            out += [_table(("Argument", "Description"), rows), ""]
    return "\n".join(out).rstrip() + "\n"


def _help_of(parser: argparse.ArgumentParser, name: str) -> str:
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for choice in action._choices_actions:
                if choice.dest == name:
                    return choice.help or ""
    return ""


# --------------------------------------------------------------------------
# Dataset pages
# --------------------------------------------------------------------------


def _kind_of(record: Record) -> str:
    return next(kind for kind, cls in RECORD_TYPES.items() if isinstance(record, cls))


def record_page(record: Record) -> str:
    """Return the path of a record's page, relative to the dataset's pages (``actors/mali.md``)."""
    return f"{KIND_FOLDERS[_kind_of(record)]}/{record.id}.md"


@attrs.define
class _Index:
    """Who refers to whom in a dataset: the reverse links each page lists."""

    dataset: Dataset
    accuser_in: dict[str, list[Allegation]] = attrs.Factory(lambda: defaultdict(list))
    accused_in: dict[str, list[Allegation]] = attrs.Factory(lambda: defaultdict(list))
    victim_in: dict[str, list[Allegation]] = attrs.Factory(lambda: defaultdict(list))
    responses_by: dict[str, list[Response]] = attrs.Factory(lambda: defaultdict(list))
    responses_to: dict[str, list[Response]] = attrs.Factory(lambda: defaultdict(list))
    parts: dict[str, list[Actor]] = attrs.Factory(lambda: defaultdict(list))
    events_of: dict[str, list[tuple[Event, str]]] = attrs.Factory(lambda: defaultdict(list))
    events_about: dict[str, list[Event]] = attrs.Factory(lambda: defaultdict(list))
    published_by: dict[str, list[Report]] = attrs.Factory(lambda: defaultdict(list))
    authored_by: dict[str, list[Document]] = attrs.Factory(lambda: defaultdict(list))
    evidence_for: dict[str, list[Allegation]] = attrs.Factory(lambda: defaultdict(list))
    responses_in: dict[str, list[Response]] = attrs.Factory(lambda: defaultdict(list))
    raised_in: dict[str, list[Allegation]] = attrs.Factory(lambda: defaultdict(list))
    retracted_by: dict[str, list[Response]] = attrs.Factory(lambda: defaultdict(list))
    superseded_by: dict[str, list[Record]] = attrs.Factory(lambda: defaultdict(list))
    cited_by: dict[str, list[Record]] = attrs.Factory(lambda: defaultdict(list))
    quoted: dict[str, list[tuple[Record, Quote]]] = attrs.Factory(lambda: defaultdict(list))

    @classmethod
    def build(cls, dataset: Dataset) -> _Index:
        index = cls(dataset)
        for record in dataset:
            if isinstance(record, Report):
                if record.publisher:
                    index.published_by[record.publisher].append(record)
            elif isinstance(record, Actor):
                if record.part_of:
                    index.parts[record.part_of].append(record)
            elif isinstance(record, Document):
                if record.author:
                    index.authored_by[record.author].append(record)
            elif isinstance(record, Allegation):
                for actor in record.accusers:
                    index.accuser_in[actor].append(record)
                for actor in record.accused:
                    index.accused_in[actor].append(record)
                for actor in record.victims:
                    index.victim_in[actor].append(record)
                for document in record.evidence:
                    index.evidence_for[document].append(record)
                if record.raised_in:
                    index.raised_in[record.raised_in].append(record)
            elif isinstance(record, Response):
                index.responses_by[record.responder].append(record)
                for allegation in record.allegations:
                    index.responses_to[allegation].append(record)
                if record.document:
                    index.responses_in[record.document].append(record)
                if record.retracts:
                    index.retracted_by[record.retracts].append(record)
            elif isinstance(record, Event):
                for participant in record.participants:
                    index.events_of[participant.actor].append((record, participant.role.term))
                for allegation in record.allegations:
                    index.events_about[allegation].append(record)
            supersedes = getattr(record, "supersedes", None)
            if supersedes:
                index.superseded_by[supersedes].append(record)
            for citation in getattr(record, "citations", ()):
                if record not in index.cited_by[citation.report]:
                    index.cited_by[citation.report].append(record)
                for quote in citation.quotes:
                    if quote.speaker:
                        index.quoted[quote.speaker].append((record, quote))
        return index


def record_title(record: Record, dataset: Dataset) -> str:
    """Return a short human title for a record, for headings, links and navigation.

    Reports and actors have their title or name; the other kinds are
    described from their fields ("Unlawful killing by Malian state security
    forces, alleged by MINUSMA", "Mali's foreign ministry: denial,
    2022-09-02", "Arrest: Mali → 49 soldiers from Ivory Coast, 2022-07").
    """
    if isinstance(record, Report):
        return record.title
    if isinstance(record, Actor):
        return record.name
    if isinstance(record, Document):
        if record.title:
            return record.title
        text = _human(record.kind).capitalize()
        if record.author:
            text += " by " + _actor_name(dataset, record.author)
        return text + (f", {record.published}" if record.published else "")
    if isinstance(record, Allegation):
        accusers = [_actor_name(dataset, a) for a in record.accusers]
        accused = [_actor_name(dataset, a) for a in record.accused]
        what = [_human(c) for c in record.conduct if c.term != "other"] or [
            _human(c) for c in record.categories
        ]
        act = _list_words(what).capitalize() if what else "Wrongdoing"
        return f"{act} by {_list_words(accused)}, alleged by {_list_words(accusers)}"
    if isinstance(record, Response):
        text = f"{_actor_name(dataset, record.responder)}: {_human(record.stance)}"
        return text + (f", {record.date}" if record.date else "")
    agents = [_actor_name(dataset, p.actor) for p in record.participants if p.role == "agent"]
    targets = [_actor_name(dataset, p.actor) for p in record.participants if p.role == "target"]
    text = _human(record.kind).capitalize()
    if agents or targets:
        text += (
            ": " + _list_words(agents or ["?"]) + (" → " + _list_words(targets) if targets else "")
        )
    return text + (f", {record.date}" if record.date else "")


def _of_kind(dataset: Dataset, cls: type[Record]) -> list[Record]:
    return [record for record in dataset if isinstance(record, cls)]


def record_groups(dataset: Dataset) -> list[tuple[str, list[Record]]]:
    """Return the records by kind, as the pages list them: ``[("actor", [...]), ...]``.

    Kinds come in file order (reports first); actors are sorted by name, so
    that one can be found in a long list, and the other kinds keep dataset
    order, which keeps each story's records together.  Kinds without
    records are left out.
    """
    groups = []
    for kind, cls in RECORD_TYPES.items():
        records = _of_kind(dataset, cls)
        if cls is Actor:
            records.sort(key=lambda record: record_title(record, dataset).casefold())
        if records:
            groups.append((kind, records))
    return groups


def _actor_name(dataset: Dataset, actor_id: str) -> str:
    actor = dataset.get(actor_id, Actor)
    return actor.name if actor is not None else actor_id


class _Page:
    """Builds the Markdown of one record page."""

    def __init__(self, record: Record, index: _Index) -> None:
        self.record = record
        self.index = index
        self.dataset = index.dataset
        self.lines: list[str] = []

    def link(self, record_id: str) -> str:
        target = self.dataset.get(record_id)
        if target is None:  # only possible for a dataset that was not validated
            return _code(record_id)
        return f"[{_escape(record_title(target, self.dataset))}](../{record_page(target)})"

    def links(self, ids: Iterable[str]) -> str:
        return ", ".join(self.link(record_id) for record_id in ids)

    def versions(self) -> list[tuple[str, str | None]]:
        """Facts linking the record to the one it supersedes and those superseding it."""
        record = self.record
        earlier: str | None = getattr(record, "supersedes", None)  # actors have none
        later = self.index.superseded_by.get(record.id, [])
        return [
            ("Supersedes", self.link(earlier) if earlier else None),
            ("Superseded by", self.links(r.id for r in later)),
        ]

    def title(self, kind: str) -> None:
        record = self.record
        self.lines += [
            f"# {_escape(record_title(record, self.dataset))}",
            "",
            f"*{kind}* {_code(record.id)}",
            "",
        ]

    def paragraph(self, text: str | None) -> None:
        if text:
            self.lines += [_paragraphs(text), ""]

    def facts(self, items: Iterable[tuple[str, str | None]]) -> None:
        shown = [f"- **{label}**: {value}" for label, value in items if value]
        if shown:
            self.lines += [*shown, ""]

    def section(self, title: str, body: Sequence[str]) -> None:
        if body:
            self.lines += [f"## {title}", "", *body, ""]

    def record_list(
        self, records: Iterable[Record], note: Callable[[Any], str] | None = None
    ) -> list[str]:
        return [
            f"- {self.link(r.id)}" + (f" ({note(r)})" if note is not None and note(r) else "")
            for r in records
        ]

    def sources(self, citations: Sequence[Citation]) -> None:
        body: list[str] = []
        for citation in citations:
            report = self.dataset.get(citation.report, Report)
            line = self.link(citation.report)
            if report is not None and report.publisher:
                line += ", " + _escape(_actor_name(self.dataset, report.publisher))
            if report is not None and report.published:
                line += f", {_escape(str(report.published))}"
            if citation.locator:
                line += f" ({_escape(citation.locator)})"
            body += [line, ""]
            if citation.quotes:
                body += [*(_quote_item(quote, self) for quote in citation.quotes), ""]
        self.section("Sources", body)

    def text(self) -> str:
        return "\n".join(self.lines).rstrip() + "\n"


def _quote_item(quote: Quote, page: _Page) -> str:
    line = f"- “{_escape(quote.text)}”"
    if quote.original_text:
        language = f", {_escape(quote.original_language)}" if quote.original_language else ""
        line += f" (original{language}: “{_escape(quote.original_text)}”)"
    attribution = []
    if quote.speaker:
        attribution.append(page.link(quote.speaker))
    if quote.start is not None and quote.end is not None:
        attribution.append(f"characters {quote.start} to {quote.end} of the text")
    if quote.disowned_in:
        attribution.append("disowned in " + page.link(quote.disowned_in))
    return line + (" — " + ", ".join(attribution) if attribution else "")


def _term(term: Term | None) -> str | None:
    if term is None:
        return None
    return f"{_code(term.term)}: {_escape(term.description)}"


def _terms(terms: Sequence[Term]) -> str | None:
    if not terms:
        return None
    return ", ".join(
        _code(term.term) + (f" ({_codes(term)})" if term.codes else "") for term in terms
    )


def _place(place: Place) -> str:
    parts = [_escape(place.name)]
    where = ", ".join(_escape(p) for p in (place.admin_area, place.country) if p)
    if where:
        parts.append(f"({where})")
    if place.latitude is not None and place.longitude is not None:
        parts.append(f"at {place.latitude}, {place.longitude}")
    if place.geonames_id:
        parts.append(
            f"[GeoNames {place.geonames_id}](https://www.geonames.org/{place.geonames_id})"
        )
    if place.precision:
        parts.append(f"— precision: {_human(place.precision)}")
    return " ".join(parts)


def _places(places: Sequence[Place]) -> str | None:
    return "; ".join(_place(place) for place in places) or None


_DASH = "\N{EN DASH}"
_QUALIFIER_WORDS = {
    "exactly": "exactly",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "up to",
    "fewer_than": "fewer than",
    "about": "about",
}


def _figure(count: Count) -> str:
    qualifier: Qualifier | None = count.qualifier
    words = ""
    if qualifier is not None:
        words = _QUALIFIER_WORDS.get(qualifier.term, _human(qualifier)) + " "
    if count.low is not None or count.high is not None:
        span = f"{count.low if count.low is not None else '?'}{_DASH}"
        span += f"{count.high if count.high is not None else '?'}"
        if count.best is not None:
            return f"{words}{count.best} (range {span})"
        return words + span
    return f"{words}{count.best}"


def _count_rows(counts: Sequence[Count], page: _Page, depth: int = 0) -> list[list[str]]:
    rows = []
    for count in counts:
        kind = ("↳ including " if depth else "") + _human(count.kind)
        rows.append(
            [
                kind,
                _figure(count),
                _escape(count.who or ""),
                page.link(count.according_to) if count.according_to else "",
                _escape(str(count.as_of)) if count.as_of else "",
            ]
        )
        rows += _count_rows(count.subgroups, page, depth + 1)
    return rows


def _counts(page: _Page, counts: Sequence[Count]) -> None:
    if counts:
        page.section(
            "Figures",
            [
                _table(
                    ("Count", "Figure", "Of whom", "According to", "As of"),
                    _count_rows(counts, page),
                    drop_empty=True,
                )
            ],
        )


def _responses_list(
    page: _Page, responses: Sequence[Response], allegation: str | None
) -> list[str]:
    """List responses; on an allegation's page with their positions on it, else what they answer."""
    lines = []
    for response in responses:
        if allegation is None:
            note = "answers " + page.links(response.allegations)
        else:
            note = "; ".join(
                f"{_human(p.aspect)}: {_human(p.stance)}"
                for p in response.positions
                if p.allegation in (None, allegation)
            )
        lines.append(f"- {page.link(response.id)}" + (f" ({note})" if note else ""))
    return lines


def render_report(report: Report, dataset: Dataset, *, index: Any = None) -> str:
    """Render the page of a report: its details, the records coded from it, and its text."""
    page = _Page(report, index or _Index.build(dataset))
    page.title("Report")
    page.facts(
        [
            ("Publisher", page.link(report.publisher) if report.publisher else None),
            ("Published", _date(report.published)),
            ("Updated", _date(report.updated)),
            ("Authors", _escape(", ".join(report.authors)) if report.authors else None),
            ("Dateline", _place(report.dateline) if report.dateline else None),
            ("Language", _code(report.language) if report.language else None),
            ("Link", f"<{report.url}>" if report.url else None),
            ("Retrieved", _date(report.retrieved)),
            *page.versions(),
        ]
    )
    cited = page.index.cited_by.get(report.id, [])
    body: list[str] = []
    for kind, cls in RECORD_TYPES.items():
        found = [record for record in cited if isinstance(record, cls)]
        if found:
            body += [f"**{KIND_FOLDERS[kind].capitalize()}**", "", *page.record_list(found), ""]
    page.section("Coded from this report", body)
    if report.body:
        page.section("Text", [_paragraphs(report.body)])
    return page.text()


def render_actor(actor: Actor, dataset: Dataset, *, index: Any = None) -> str:
    """Render the page of an actor: what it is, alleges, is accused of, and how it answered."""
    page = _Page(actor, index or _Index.build(dataset))
    idx = page.index
    page.title("Actor")
    page.paragraph(actor.description)
    identifiers = ", ".join(
        _identifier(scheme.term, value) for scheme, value in actor.identifiers.items()
    )
    page.facts(
        [
            ("Kind", _term(actor.kind)),
            ("Identity", _term(actor.identity) if actor.identity != "named" else None),
            ("Also called", _escape("; ".join(actor.aliases)) if actor.aliases else None),
            ("Country", _code(actor.country) if actor.country else None),
            ("Part of", page.link(actor.part_of) if actor.part_of else None),
            ("Parts", page.links(a.id for a in idx.parts.get(actor.id, []))),
            ("Identifiers", identifiers or None),
        ]
    )
    page.section("Accusations it makes", page.record_list(idx.accuser_in.get(actor.id, [])))
    accused = idx.accused_in.get(actor.id, [])
    page.section(
        "Accusations against it",
        page.record_list(accused, lambda a: _escape(_human(a.status))),
    )
    page.section("Named as a victim", page.record_list(idx.victim_in.get(actor.id, [])))
    page.section(
        "Its responses",
        _responses_list(page, idx.responses_by.get(actor.id, []), None),
    )
    page.section(
        "Events",
        [f"- {page.link(event.id)} ({role})" for event, role in idx.events_of.get(actor.id, [])],
    )
    page.section("Documents it issued", page.record_list(idx.authored_by.get(actor.id, [])))
    page.section("Reports it published", page.record_list(idx.published_by.get(actor.id, [])))
    quoted: list[str] = []
    for record, quote in idx.quoted.get(actor.id, []):
        quoted += [f"- “{_escape(quote.text)}”, in {page.link(record.id)}"]
    page.section("Quoted", quoted)
    return page.text()


def _identifier(scheme: str, value: str) -> str:
    if scheme == "wikidata":
        return f"Wikidata [{_escape(value)}](https://www.wikidata.org/wiki/{value})"
    if scheme == "website":
        return f"<{value}>"
    if scheme == "opensanctions":
        return f"OpenSanctions [{_escape(value)}](https://www.opensanctions.org/entities/{value}/)"
    return f"{_escape(scheme)} {_code(value)}"


def render_document(document: Document, dataset: Dataset, *, index: Any = None) -> str:
    """Render the page of a document: its details, the allegations and responses made in it."""
    page = _Page(document, index or _Index.build(dataset))
    idx = page.index
    page.title("Document")
    page.facts(
        [
            ("Kind", _term(document.kind)),
            ("Issued by", page.link(document.author) if document.author else None),
            ("Published", _date(document.published)),
            ("Covers", _date(document.period)),
            ("Pages", str(document.pages) if document.pages else None),
            ("Language", _code(document.language) if document.language else None),
            ("Link", f"<{document.url}>" if document.url else None),
            *page.versions(),
        ]
    )
    page.section("Evidence for", page.record_list(idx.evidence_for.get(document.id, [])))
    page.section("Responses made in it", page.record_list(idx.responses_in.get(document.id, [])))
    page.sources(document.citations)
    return page.text()


def render_allegation(allegation: Allegation, dataset: Dataset, *, index: Any = None) -> str:
    """Render the page of an allegation: who accuses whom of what, figures, evidence, responses."""
    page = _Page(allegation, index or _Index.build(dataset))
    idx = page.index
    page.title("Allegation")
    page.paragraph(allegation.summary)
    page.facts(
        [
            ("Accusers", page.links(allegation.accusers)),
            ("Accused", page.links(allegation.accused)),
            ("Categories", _terms(allegation.categories)),
            ("Conduct", _terms(allegation.conduct)),
            ("Status", _term(allegation.status)),
            ("Made", _date(allegation.made)),
            ("Occurred", _date(allegation.occurred)),
            ("Places", _places(allegation.places)),
            ("Victims", page.links(allegation.victims) or None),
            ("Evidence", page.links(allegation.evidence) or None),
            (
                "Raised in",
                page.link(allegation.raised_in) + " (a counter-accusation)"
                if allegation.raised_in
                else None,
            ),
            *page.versions(),
        ]
    )
    _counts(page, allegation.counts)
    page.section(
        "Responses",
        _responses_list(page, idx.responses_to.get(allegation.id, []), allegation.id),
    )
    page.section("Events", page.record_list(idx.events_about.get(allegation.id, [])))
    page.sources(allegation.citations)
    return page.text()


def render_response(response: Response, dataset: Dataset, *, index: Any = None) -> str:
    """Render the page of a response: its stance and what it means, positions, arguments."""
    page = _Page(response, index or _Index.build(dataset))
    idx = page.index
    page.title("Response")
    page.paragraph(response.summary)
    stance = response.stance
    stance_text = _term(stance)
    if stance.codes:
        stance_text = f"{stance_text} ({_codes(stance)})"
    page.facts(
        [
            ("Responder", page.link(response.responder)),
            ("Answers", page.links(response.allegations)),
            ("Stance", stance_text),
            ("Date", _date(response.date)),
            ("Channel", _term(response.channel)),
            ("Made in", page.link(response.document) if response.document else None),
            ("Retracts", page.link(response.retracts) if response.retracts else None),
            ("Retracted by", page.links(r.id for r in idx.retracted_by.get(response.id, []))),
            *page.versions(),
        ]
    )
    if response.positions:
        rows = [
            [
                _code(p.aspect.term),
                _code(p.stance.term),
                page.link(p.allegation) if p.allegation else "all",
                _escape(p.summary or ""),
            ]
            for p in response.positions
        ]
        page.section(
            "Positions",
            [
                "Stances on single aspects of the allegations:",
                "",
                _table(("Aspect", "Stance", "On", "What was said"), rows),
            ],
        )
    if response.arguments:
        body = []
        for argument in response.arguments:
            body += [f"- {_code(argument.tactic.term)}: {_escape(argument.tactic.description)}", ""]
            said = [f"“{_escape(argument.words)}”"] if argument.words else []
            said += [_escape(argument.summary)] if argument.summary else []
            if said:
                body += ["    " + " — ".join(said), ""]
        page.section("Arguments", body)
    page.section(
        "Counter-accusations made in it", page.record_list(idx.raised_in.get(response.id, []))
    )
    page.sources(response.citations)
    return page.text()


def render_event(event: Event, dataset: Dataset, *, index: Any = None) -> str:
    """Render the page of an event: what happened, when and where, who took part."""
    page = _Page(event, index or _Index.build(dataset))
    page.title("Event")
    page.paragraph(event.summary)
    page.facts(
        [
            (
                "Kind",
                f"{_term(event.kind)}" + (f" ({_codes(event.kind)})" if event.kind.codes else ""),
            ),
            ("Date", _date(event.date)),
            ("Places", _places(event.places)),
            (
                "Participants",
                ", ".join(f"{page.link(p.actor)} ({p.role.term})" for p in event.participants)
                or None,
            ),
            ("Allegations", page.links(event.allegations) or None),
            *page.versions(),
        ]
    )
    _counts(page, event.counts)
    page.sources(event.citations)
    return page.text()


_RENDERERS: Mapping[type, Callable[..., str]] = {
    Report: render_report,
    Actor: render_actor,
    Document: render_document,
    Allegation: render_allegation,
    Response: render_response,
    Event: render_event,
}


def render_record(record: Record, dataset: Dataset, *, index: Any = None) -> str:
    """Render the page of any record, by its kind."""
    return _RENDERERS[type(record)](record, dataset, index=index)


def render_dataset_index(dataset: Dataset, *, title: str = "Records", index: Any = None) -> str:
    """Render the index page of a dataset: a table per kind of record, linking to every page."""
    idx: _Index = index or _Index.build(dataset)
    groups = record_groups(dataset)
    counts = {kind: len(records) for kind, records in groups}
    summary = ", ".join(
        f"{n} {KIND_FOLDERS[kind] if n != 1 else kind}" for kind, n in counts.items() if n
    )
    out = [f"# {_escape(title)}", "", f"{summary.capitalize() or 'No records'}.", ""]

    def link(record: Record) -> str:
        return f"[{_escape(record_title(record, dataset))}]({record_page(record)})"

    def name(record_id: str | None) -> str:
        if not record_id or record_id not in dataset:
            return ""
        return link(dataset[record_id])

    tables: dict[str, tuple[Sequence[str], Callable[[Any], Sequence[str]]]] = {
        "report": (
            ("Report", "Publisher", "Published"),
            lambda r: (link(r), name(r.publisher), _escape(str(r.published or ""))),
        ),
        "actor": (
            ("Actor", "Kind", "Part of"),
            lambda a: (link(a), _human(a.kind), name(a.part_of)),
        ),
        "document": (
            ("Document", "Issued by", "Published"),
            lambda d: (link(d), name(d.author), _escape(str(d.published or ""))),
        ),
        "allegation": (
            ("Allegation", "Status", "Responses"),
            lambda a: (link(a), _human(a.status), str(len(idx.responses_to.get(a.id, [])))),
        ),
        "response": (
            ("Response", "Answers", "Stance"),
            lambda r: (
                link(r),
                "<br>".join(name(a) for a in r.allegations),
                _code(r.stance.term),
            ),
        ),
        "event": (
            ("Event", "Kind", "Date"),
            lambda e: (link(e), _human(e.kind), _escape(str(e.date or ""))),
        ),
    }
    for kind, records in groups:
        if kind not in tables:
            continue
        header, row = tables[kind]
        out += [f"## {KIND_FOLDERS[kind].capitalize()}", "", _table(header, map(row, records)), ""]
    return "\n".join(out).rstrip() + "\n"


def render_dataset_pages(dataset: Dataset, *, title: str = "Records") -> dict[str, str]:
    """Render every page of a dataset's records, by path relative to where the pages go.

    The keys are ``index.md`` (:func:`render_dataset_index`) and one
    ``KIND_FOLDER/ID.md`` per record (:func:`record_page`); pages link to
    each other with relative links, so the set can be put under any folder
    of a site.  Pages are in dataset order, kind by kind.
    """
    index = _Index.build(dataset)
    pages = {"index.md": render_dataset_index(dataset, title=title, index=index)}
    for _kind, records in record_groups(dataset):
        for record in records:
            pages[record_page(record)] = render_record(record, dataset, index=index)
    return pages
