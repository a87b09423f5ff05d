"""The schema reference page: every record and value type, every field, the checked strings."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import attrs

from newsmodel import dates
from newsmodel._wording import article
from newsmodel.dates import PartialDate
from newsmodel.index import REFERENCES
from newsmodel.model import RECORD_KINDS, RECORD_TYPES, Bundle
from newsmodel.render import markdown as md
from newsmodel.render.diagram import kind_diagram, links_diagram
from newsmodel.render.docstrings import (
    after_first_paragraph,
    markdown_from_docstring,
)
from newsmodel.render.type_names import TypeNames, field_types, model_types
from newsmodel.types import SCALAR_TYPES
from newsmodel.vocab import VOCABULARIES, Term

__all__ = ["schema_reference"]


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
        return False, md.code(default.term)
    if isinstance(default, (tuple, list)) and not default:
        return False, md.code("[]")
    if isinstance(default, dict) and not default:
        return False, md.code("{}")
    return False, md.code(repr(default))


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
    description.  Then every reference field with the name of its way back
    (:data:`~newsmodel.index.REFERENCES`), and the checked string types
    (ids, country codes, language tags, URLs and EDTF dates).
    ``vocabulary_page`` is the relative link to the page of
    :func:`vocabulary_reference`, where the types of coded fields link to.
    """
    names = TypeNames(vocabulary_page)
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
        "(" + ", ".join(md.code(kind) for kind in RECORD_TYPES) + "), after a first line "
        "holding the `schema_version`.",
        "",
        "*This page is generated from the models; see also the "
        f"[vocabularies]({vocabulary_page}).*",
        "",
    ]
    heading = ""
    for cls in model_types():
        group = "The file" if cls is Bundle else "Records" if cls in RECORD_KINDS else "Value types"
        if group != heading:
            heading = group
            out += [f"## {group}", ""]
        out += [f"### {cls.__name__}", "", markdown_from_docstring(cls.__doc__, link), ""]
        hints = field_types(cls)
        rows = []
        for field in attrs.fields(cls):
            required, default = _default(field)
            rows.append(
                (
                    md.code(field.name),
                    names(hints[field.name], field.metadata),
                    "**required**" if required else default,
                    markdown_from_docstring(str(field.metadata.get("doc", "")), link),
                )
            )
        out += [md.table(("Field", "Type", "Default", "Description"), rows), ""]
        if cls in RECORD_KINDS:
            out += [
                f"What {article(RECORD_KINDS[cls])} refers to, and what refers to it "
                "([all the links](#references-between-records)):",
                "",
                md.fence(kind_diagram(RECORD_KINDS[cls]), "mermaid"),
                "",
            ]
    out += _references()
    out += ["## Checked strings", ""]
    for scalar in SCALAR_TYPES.values():
        if scalar.name is None:  # primitives: named in the tables as they are
            continue
        out += [f"### {scalar.name} {{ #{scalar.anchor} }}", ""]
        out += [f"Shown above as *{scalar.label}*. {scalar.doc}", ""]
        if scalar.annotation is PartialDate:
            out += [markdown_from_docstring(after_first_paragraph(dates.__doc__), link), ""]
    return "\n".join(out).rstrip() + "\n"


def _references() -> list[str]:
    """Return the section that lists every reference field with the name of its way back."""
    rows = [
        (
            f"[{md.code(str(reference))}](#{reference.owner.__name__.lower()})",
            f"[{reference.kind}](#{RECORD_TYPES[reference.kind].__name__.lower()})",
            md.code(reference.reverse),
        )
        for reference in REFERENCES
    ]
    return [
        "## References between records",
        "",
        "Records refer to each other by id, in one direction: a response names the "
        "allegations it answers. An arrow goes from the record that holds the id to the "
        "record it names; a dotted label goes through values nested in the record "
        "(`citations.report` is the report of each of its citations).",
        "",
        md.fence(links_diagram(), "mermaid"),
        "",
        "Each reference field has a name for the way back (an "
        "allegation's `responses`), which `newsmodel.index.Index.reverse` takes: "
        '`dataset.index.reverse(allegation, "responses")`.',
        "",
        md.table(("Field", "Refers to", "Read backwards"), rows),
        "",
    ]
