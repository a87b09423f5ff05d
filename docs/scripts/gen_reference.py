"""Generate the reference pages at build time (run by the mkdocs-gen-files plugin).

Nothing generated here is committed: the schema, vocabulary, problem and CLI
references are rendered from the code by :mod:`newsmodel.render`; the JSON
Schema is published at the path of its ``$id``; the Python API starts with
a page of the public API (``newsmodel.__all__``) grouped by task, each name
with its signature, its summary and, for each task, an example that the tests
run; then come mkdocstrings pages, one per public module, the modules a user
imports first and the subpackages after them, under *Internals*.

:func:`reference_pages` makes every page without writing it, so that the
tests can check them (every public name on the first page, every link of the
hand-written pages to a page that is built); mkdocs-gen-files runs this file
as a script, which writes them.
"""

from __future__ import annotations

import enum
import inspect
import json
import re
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any, NamedTuple

import attrs
import griffe
import mkdocs_gen_files
import yaml

import newsmodel
from newsmodel import render
from newsmodel.schema import SCHEMA_ID, schema_text

ROOT = Path(__file__).resolve().parents[2]
SOURCE = ROOT / "src" / "newsmodel"


class Page(NamedTuple):
    """A generated page: its text, and the file it is made from (its "edit" link)."""

    text: str
    source: Path


class Group(NamedTuple):
    """A task, and the public names that do it, with an example of them."""

    title: str
    intro: str
    names: tuple[str, ...]
    example: str
    """Python console lines (doctest), run in a folder holding ``examples/``."""


GROUPS = (
    Group(
        "Reading and writing files",
        "One file in, one bundle of typed records out, or every problem of the file at "
        "once; and back to text, exactly. The format comes from the file's suffix: "
        "`.yaml`, `.yml`, `.json` or `.jsonl`.",
        ("load", "loads", "dump", "dumps", "iter_jsonl"),
        """\
>>> import newsmodel
>>> bundle = newsmodel.load("examples/voa-mali-2022.yaml")
>>> len(bundle.allegations)
6
>>> text = newsmodel.dumps(bundle, format="json")
>>> newsmodel.loads(text, format="json") == bundle
True
>>> newsmodel.dump(bundle, "mali.jsonl")
>>> sum(1 for record in newsmodel.iter_jsonl("mali.jsonl"))
42
""",
    ),
    Group(
        "Validating a dataset",
        "A dataset is files and folders checked together: ids unique across them, "
        "references that resolve to the right kind of record, quotes that match the "
        "report's text. `validate` returns every problem; a `Dataset` holds the records "
        "of a valid one, by id.",
        ("validate", "Validator", "Dataset"),
        """\
>>> import newsmodel
>>> [p for p in newsmodel.validate(["examples/"]) if p.severity is newsmodel.Severity.ERROR]
[]
>>> dataset = newsmodel.Dataset.load(["examples/"])
>>> dataset["mali-foreign-ministry"].name
"Mali's foreign ministry"
>>> [r.stances[0].term for r in dataset.index.responses_to("hombori-killing-of-50-civilians")]
['denial']
""",
    ),
    Group(
        "Building records in Python",
        "Records are frozen attrs classes with keyword arguments; `check` finds in them "
        "the problems that loading their text would give, and the mistakes only Python "
        "objects can make.",
        ("check",),
        """\
>>> import newsmodel
>>> from newsmodel.vocab import ActorKind
>>> mali = newsmodel.Actor(id="mali", name="Mali", kind=ActorKind.STATE, country="ML")
>>> newsmodel.check(mali)
[]
>>> wrong = newsmodel.Actor(id="mali", name="Mali", kind="state")
>>> [problem.hint for problem in newsmodel.check(wrong)]
['use ActorKind.STATE']
""",
    ),
    Group(
        "The model",
        "Seven kinds of record refer to each other by id; value types are nested in them. "
        "The [schema reference](../schema.md) has every field with its type and default, "
        "and a diagram of how the records link.",
        (
            "Bundle",
            "Report",
            "Actor",
            "Document",
            "Allegation",
            "Response",
            "Event",
            "Proceeding",
            "Record",
            "RECORD_TYPES",
            "SCHEMA_VERSION",
            "SUPPORTED_SCHEMA_VERSIONS",
            "Place",
            "Count",
            "Quantity",
            "Tally",
            "Quote",
            "Citation",
            "Unnamed",
            "Variant",
            "Timing",
            "Author",
            "Copy",
            "Source",
            "Mentions",
            "Mistake",
            "Role",
            "Relation",
            "Trait",
            "Act",
            "Qualification",
            "StatusChange",
            "Participant",
            "Id",
            "CountryCode",
            "LanguageTag",
            "Url",
            "PartialDate",
            "Precision",
        ),
        """\
>>> import newsmodel
>>> bundle = newsmodel.load("examples/voa-mali-2022.yaml")
>>> allegation = bundle.allegations[0]
>>> allegation.accused
('malian-security-forces',)
>>> newsmodel.RECORD_TYPES["allegation"] is newsmodel.Allegation
True
>>> allegation.made.precision, str(allegation.made)
(<Precision.DAY: 'day'>, '2022-08-31')
""",
    ),
    Group(
        "Responses and proceedings",
        "A response answers records, each in an `Answer` that names one record (an "
        "allegation, a response, a document, an event or a proceeding) with its own stance "
        "and positions; a proceeding holds its parties, charges and dated steps, and a "
        "step its sanctions.",
        (
            "Answer",
            "Position",
            "Argument",
            "Call",
            "CommentRequest",
            "Party",
            "Charge",
            "Step",
            "Sanction",
        ),
        """\
>>> import newsmodel
>>> from newsmodel.vocab import ProceedingKind, SanctionKind, StepKind
>>> bundle = newsmodel.load("examples/voa-mali-2022.yaml")
>>> denial = bundle.responses[0]
>>> [answer.document or answer.allegation for answer in denial.answers][:2]
['minusma-note-2022-q2', 'minusma-q2-2022-state-forces-violations']
>>> ruling = newsmodel.Step(id="ruling-1", kind=StepKind.RULING, sanctions=(
...     newsmodel.Sanction(kind=SanctionKind.FINE, amount=newsmodel.Quantity(
...         amount=10800, currency="EUR")),))
>>> case = newsmodel.Proceeding(id="trial", kind=ProceedingKind.CRIMINAL, steps=(ruling,),
...     citations=(newsmodel.Citation(report="r"),))
>>> newsmodel.check(case)
[]
""",
    ),
    Group(
        "Problems",
        "Every problem has a stable code, a message, a hint, the file, line and column, "
        "and the JSONPath of the value; the [problem codes](../problems.md) page has "
        "every rule with an example and its fix.",
        ("Problem", "ValidationError", "Severity", "Rule", "RULES"),
        """\
>>> import newsmodel
>>> try:
...     newsmodel.loads("schema_version: 2\\nactors:\\n- {id: Mali, name: Mali, kind: state}\\n")
... except newsmodel.ValidationError as error:
...     problem = error.problems[0]
>>> problem.code, problem.line, problem.column, problem.path, problem.hint
('NM301', 3, 8, '$.actors[0].id', "write 'mali'")
>>> newsmodel.RULES["NM301"].severity
<Severity.ERROR: 'error'>
""",
    ),
    Group(
        "Extending",
        "Hooks of your own in a converter; bounds on what one file may hold; the JSON "
        "Schema, for editors and other languages.",
        ("make_converter", "Limits", "json_schema"),
        """\
>>> import newsmodel
>>> converter = newsmodel.make_converter()
>>> bundle = newsmodel.load("examples/voa-mali-2022.yaml", converter=converter)
>>> small = newsmodel.Limits(max_file_size=1000)
>>> try:
...     newsmodel.load("examples/voa-mali-2022.yaml", limits=small)
... except newsmodel.ValidationError as error:
...     print(error.problems[0].code)
NM112
>>> newsmodel.json_schema()["$id"]
'https://newsmodel.readthedocs.io/schema/2/newsmodel.schema.json'
""",
    ),
)

#: The public modules, in the order a user meets them; any other comes after them.
MODULE_ORDER = ("io", "dataset", "model", "vocab", "dates", "index", "problems", "limits")


def _public_modules(folder: Path, prefix: str = "") -> dict[str, Path]:
    """Public modules and packages under ``folder`` (``cli``, ``cli.parser``), with their files."""
    found: dict[str, Path] = {}
    for path in sorted(folder.iterdir()):
        if path.name.startswith("_"):
            continue
        if path.suffix == ".py":
            found[prefix + path.stem] = path
        elif (path / "__init__.py").is_file():
            found[prefix + path.name] = path / "__init__.py"
            found.update(_public_modules(path, f"{prefix}{path.name}."))
    return found


def page_of(name: str) -> str:
    """Return the API page of a module (``newsmodel.index`` has ``index-module.md``).

    ``index.md`` is the page of the section itself, the public API by task.
    """
    return "index-module.md" if name == "index" else f"{name}.md"


def _modules() -> tuple[list[str], list[str], dict[str, Path]]:
    """Return the user-facing modules, in order, the subpackages' modules, and their files."""
    files = _public_modules(SOURCE)
    internal = sorted(
        name for name, path in files.items() if "." in name or path.stem == "__init__"
    )
    facing = [name for name in files if name not in internal]
    facing.sort(key=lambda name: (*MODULE_ORDER, name).index(name))
    return facing, internal, files


# --------------------------------------------------------------------------
# The first page: the public API by task
# --------------------------------------------------------------------------


def _package() -> griffe.Module:
    """Load the package as mkdocstrings does, docstrings rewritten to Markdown."""
    extension = f"{Path(__file__).parent / 'griffe_rst.py'}:RstRoles"
    loaded = griffe.load(
        "newsmodel",
        search_paths=[str(SOURCE.parent)],
        extensions=griffe.load_extensions(extension),
    )
    assert isinstance(loaded, griffe.Module)
    return loaded


def _parameters(
    signature: inspect.Signature, keep: Callable[[inspect.Parameter], bool] | None = None
) -> str:
    """Render parameters as written in code, annotations as the source has them."""
    parts: list[str] = []
    star = False
    for parameter in signature.parameters.values():
        if keep is not None and not keep(parameter):
            continue
        if parameter.kind is parameter.KEYWORD_ONLY and not star:
            parts.append("*")
            star = True
        elif parameter.kind is parameter.VAR_POSITIONAL:
            star = True
        text = parameter.name
        if parameter.kind is parameter.VAR_POSITIONAL:
            text = f"*{text}"
        elif parameter.kind is parameter.VAR_KEYWORD:
            text = f"**{text}"
        if parameter.annotation is not parameter.empty:
            text += f": {_annotation(parameter.annotation)}"
        if parameter.default is not parameter.empty:
            default = parameter.default
            shown = repr(default) if not isinstance(default, enum.Enum) else str(default)
            text += f" = {shown}"
        parts.append(text)
    return ", ".join(parts)


def _annotation(annotation: Any) -> str:
    return annotation if isinstance(annotation, str) else inspect.formatannotation(annotation)


def _signature(name: str, obj: Any, target: griffe.Object) -> str:
    """Return how a public name is used: a call with its parameters, or what it is."""
    if isinstance(obj, type) and issubclass(obj, enum.Enum):
        members = [f"{name}.{member.name}" for member in obj]
        return ", ".join(members[:4]) + (", ..." if len(members) > 4 else "")
    if getattr(obj, "__supertype__", None) is not None:  # a NewType: a checked string
        return f'{name} = NewType("{name}", {obj.__supertype__.__name__})'
    if isinstance(target, griffe.Attribute):
        if target.annotation is not None and str(target.annotation) != "TypeAlias":
            return f"{name}: {target.annotation}"
        return f"{name} = {target.value}"
    signature = inspect.signature(obj)
    if _is_model_class(obj):  # the required fields; the others are in the schema reference
        required = _parameters(signature, lambda p: p.default is p.empty)
        return f"{name}({required}, ...)"
    returns = signature.return_annotation
    if returns is signature.empty or isinstance(obj, type):
        return f"{name}({_parameters(signature)})"
    return f"{name}({_parameters(signature)}) -> {_annotation(returns)}"


def _is_model_class(obj: Any) -> bool:
    """Whether an object is a record or value class of the model (or the bundle)."""
    return isinstance(obj, type) and attrs.has(obj) and obj.__module__ == "newsmodel.model"


def _summary(target: griffe.Object) -> str:
    """Return the first paragraph of an object's docstring, on one line."""
    if target.docstring is None:
        raise ValueError(f"{target.path} has no docstring: the API page needs its summary")
    first = target.docstring.value.strip().split("\n\n", 1)[0]
    return " ".join(first.split())


def _definition(name: str, package: griffe.Module) -> griffe.Object:
    """Return where a public name is defined: what ``newsmodel``'s import of it names.

    When the package's ``__init__`` imports it lazily, where griffe cannot
    follow, the one module that defines it.
    """
    if name in package.members:
        public = package.members[name]
        target = public.final_target if isinstance(public, griffe.Alias) else public
        if isinstance(target, griffe.Object):
            return target
    facing, internal, _ = _modules()
    found = [
        member
        for module in [*facing, *internal]
        for member in [package[module].members.get(name)]
        if member is not None and not member.is_alias and not member.is_module
    ]
    if len(found) != 1:
        raise ValueError(f"cannot tell where newsmodel.{name} is defined: {found}")
    assert isinstance(found[0], griffe.Object)
    return found[0]


def _entry(name: str, package: griffe.Module) -> list[str]:
    """Return a public name's entry: its signature linked to its page, and its summary."""
    target = _definition(name, package)
    obj = getattr(newsmodel, name)
    lines = [
        f"[`{name}`][{target.path}]",
        f": `{_signature(name, obj, target)}`<br>",
        f"  {_summary(target)}",
    ]
    if _is_model_class(obj):  # its section in the schema reference: the table of its fields
        lines[-1] += f" [Fields](../schema.md#{name.lower()})."
    return [*lines, ""]


def api_index(package: griffe.Module) -> str:
    """Return the first page of the Python API: every public name, grouped by task."""
    grouped = [name for group in GROUPS for name in group.names]
    missing = sorted(set(newsmodel.__all__) - set(grouped))
    unknown = sorted(set(grouped) - set(newsmodel.__all__))
    if missing or unknown or len(grouped) != len(set(grouped)):
        raise ValueError(
            "docs/scripts/gen_reference.py: GROUPS must hold every name of newsmodel.__all__ "
            f"once; missing {missing}, not public {unknown}"
        )
    out = [
        "# Python API",
        "",
        "Everything below is imported from `newsmodel` itself (`import newsmodel`, then "
        "`newsmodel.load(...)`), grouped by what it is for. Each name links to its full "
        "entry; the examples run as shown, from a copy of the repository's `examples/` "
        "folder. The [modules](#modules) come after, and the packages that implement "
        "them last, under [Internals](#internals).",
        "",
    ]
    for group in GROUPS:
        out += [f"## {group.title}", "", group.intro, "", "```pycon", group.example.rstrip()]
        out += ["```", ""]
        for name in group.names:
            out += _entry(name, package)
    facing, internal, _ = _modules()
    out += ["## Modules", "", "Each public module, with what it holds.", ""]
    out += [_module_line(name, package) for name in facing]
    out += [
        "",
        "## Internals",
        "",
        "The packages that the modules above are built from, for contributors and for "
        "extending newsmodel: readers, writers, the converter, the scalar types, the rules, "
        "the command line, the renderers of the docs and the hypothesis strategies. Their "
        "modules are listed in the navigation.",
        "",
    ]
    out += [_module_line(name, package) for name in internal if "." not in name]
    return "\n".join(out).rstrip() + "\n"


def _module_line(name: str, package: griffe.Module) -> str:
    module = package[name]
    assert isinstance(module, griffe.Module)
    return f"- [`newsmodel.{name}`]({page_of(name)}): {_summary(module)}"


# --------------------------------------------------------------------------
# Every page
# --------------------------------------------------------------------------

#: Options of each module page's root object: its heading is the page's title.
ROOT_OPTIONS = (
    "    options:\n"
    "      show_root_heading: true\n"
    "      show_root_full_path: true\n"
    "      heading_level: 1\n"
)


def _members(name: str, package: griffe.Module) -> list[str]:
    """Return the names a module's page shows, in order: the user's first.

    A module with ``__all__`` shows those names (mkdocstrings' ``filters:
    public``): first the ones ``newsmodel`` itself exports, in the order of the
    first page, then its own others in source order, then its re-exports.
    Without ``__all__``, none are given and the page follows the source.
    """
    module = package[name]
    exported = module.exports
    if not exported:
        return []
    exported = {str(export) for export in exported}
    first = [member for group in GROUPS for member in group.names if member in exported]
    rest = [member for member in module.members if member in exported and member not in first]
    rest.sort(key=lambda member: module.members[member].is_alias)  # re-exports after its own
    return first + rest + sorted(exported - set(first) - set(rest))


def _module_page(name: str, package: griffe.Module) -> str:
    """Return a module's page: its mkdocstrings stub, its members in the order to show."""
    text = f"::: newsmodel.{name}\n{ROOT_OPTIONS}"
    members = _members(name, package)
    if members:
        text += "      members:\n" + "".join(f"        - {_name(member)}\n" for member in members)
    return text


def _name(member: str) -> str:
    """Return a member's name as YAML reads it back: quoted where YAML reads another value.

    ``TRUE``, ``FALSE`` and ``NULL`` (of ``newsmodel.reading.scalars``) would be read as
    true, false and null, which mkdocstrings' options reject when pydantic checks them.
    """
    return member if yaml.safe_load(member) == member else json.dumps(member)


def _api_pages() -> Iterator[tuple[str, Page]]:
    facing, internal, files = _modules()
    package = _package()
    yield "reference/api/index.md", Page(api_index(package), SOURCE / "__init__.py")
    for name in [*facing, *internal]:
        yield f"reference/api/{page_of(name)}", Page(_module_page(name, package), files[name])
    nav = ["- [Overview](index.md)"]
    nav += [f"- [newsmodel.{name}]({page_of(name)})" for name in facing]
    nav += ["- Internals"]
    nav += [f"    - [newsmodel.{name}]({page_of(name)})" for name in internal]
    # Read by literate-nav for the section's nav; docs/scripts/hooks.py keeps it from being built.
    yield "reference/api/SUMMARY.md", Page("\n".join(nav) + "\n", Path(__file__))


LEDGERS = ROOT / "examples" / "ledgers"


def _case_page(text: str) -> str:
    """Return a ledger as a page: links to bundles become their paths, README its index."""
    text = re.sub(r"\[([^]]*)\]\(\.\./([a-z0-9-]+\.yaml)\)", r"\1 (`examples/\2`)", text)
    return text.replace("](README.md", "](index.md")


def _case_pages() -> Iterator[tuple[str, Page]]:
    """Yield the real cases' ledgers (``examples/ledgers/``) and their overview as pages."""
    readme = LEDGERS / "README.md"
    yield "cases/index.md", Page(_case_page(readme.read_text(encoding="utf-8")), readme)
    nav = ["- [Overview](index.md)"]
    for ledger in sorted(LEDGERS.glob("*-*.md")):
        yield f"cases/{ledger.name}", Page(_case_page(ledger.read_text(encoding="utf-8")), ledger)
        nav.append(f"- [{ledger.stem}]({ledger.name})")
    yield "cases/SUMMARY.md", Page("\n".join(nav) + "\n", readme)


def reference_pages() -> dict[str, Page]:
    """Return every generated page by its path in the site's sources."""
    renderers = SOURCE / "render"
    pages = {
        "reference/schema.md": Page(
            render.schema_reference(vocabulary_page="vocabularies.md"), renderers / "schema.py"
        ),
        "reference/vocabularies.md": Page(
            render.vocabulary_reference(schema_page="schema.md"), renderers / "vocabularies.py"
        ),
        "reference/problems.md": Page(render.rules_reference(), renderers / "rules.py"),
        "reference/cli.md": Page(render.cli_reference(), renderers / "cli.py"),
    }
    # The JSON Schema, published where its $id says it lives.
    marker = "newsmodel.readthedocs.io/"
    path = SCHEMA_ID.split(marker, 1)[1] if marker in SCHEMA_ID else "newsmodel.schema.json"
    pages[path] = Page(schema_text(), SOURCE / "schema.py")
    pages.update(_api_pages())
    pages.update(_case_pages())
    return pages


def write() -> None:
    """Write every page into the build (mkdocs-gen-files)."""
    for path, page in reference_pages().items():
        with mkdocs_gen_files.open(path, "w") as file:
            file.write(page.text)
        if path.endswith(".md") and page.source.is_relative_to(SOURCE):
            edit = Path("../src/newsmodel") / page.source.relative_to(SOURCE)
            mkdocs_gen_files.set_edit_path(path, edit)


if __name__ == "<run_path>":  # run by mkdocs-gen-files (runpy.run_path)
    write()
