"""Markdown for documentation: the reference, and pages for the records of a dataset.

Everything newsmodel's documentation says about its own schema is generated
from the code, so the docs cannot drift from it.  One module per page or
concern:

- ``schema``: :func:`schema_reference`, every record and value type, every
  field with its type, whether it is required, its default and its
  description (from the fields' ``metadata["doc"]``), with the diagrams of
  ``diagram``: :func:`links_diagram` (how the kinds of record link) and
  :func:`kind_diagram` (the links of one kind), in Mermaid;
- ``vocabularies``: :func:`vocabulary_reference`, every vocabulary term
  with its description and its codes in external standards;
- ``rules``: :func:`rules_reference`, the problem catalogue with a bad
  example and the fix of every code, and :func:`schema_coverage_reference`,
  the rules the JSON Schema cannot check;
- ``cli``: :func:`cli_reference`, the ``newsmodel`` command, read from the
  real argument parser;
- ``pages``: the records of a :class:`~newsmodel.dataset.Dataset` as pages,
  one per report, actor, document, allegation, response and event, linked
  to each other, plus an index (:func:`render_dataset_pages`); ``titles``
  gives their paths and titles, ``values`` renders the value types on them.

They are built from ``markdown`` (escaping, code spans, tables, fences),
``words`` (terms, codes, dates and lists as words), ``docstrings`` (the
docstrings' reStructuredText as Markdown) and ``type_names`` (the model's
types, and how the reference names a field's type).

The output is plain Markdown that needs only the ``tables`` extension
(which mkdocs enables by default), so it renders with any mkdocs theme; the
diagrams are ``mermaid`` fences, shown as code where nothing draws them.  No
module here imports mkdocs.
"""

from __future__ import annotations

from newsmodel.render.cli import cli_reference
from newsmodel.render.diagram import kind_diagram, links_diagram, record_links
from newsmodel.render.docstrings import markdown_from_docstring
from newsmodel.render.pages import (
    render_actor,
    render_allegation,
    render_dataset_index,
    render_dataset_pages,
    render_document,
    render_event,
    render_record,
    render_report,
    render_response,
)
from newsmodel.render.rules import rules_reference, schema_coverage_reference
from newsmodel.render.schema import schema_reference
from newsmodel.render.titles import KIND_FOLDERS, record_groups, record_page, record_title
from newsmodel.render.type_names import model_types
from newsmodel.render.vocabularies import vocabulary_reference

__all__ = [
    "KIND_FOLDERS",
    "cli_reference",
    "kind_diagram",
    "links_diagram",
    "markdown_from_docstring",
    "model_types",
    "record_groups",
    "record_links",
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
