"""mkdocs hooks: generated inserts in hand-written pages.

A hand-written page may hold a placeholder ``{{ name }}`` for one of the
values below, replaced at build time, so that what the page says about the
code (the schema's URL, the rules it cannot check, the plugin's options) is
read from the code and cannot go stale.  An unknown name is left as it is.
"""

from __future__ import annotations

import ast
import inspect
import itertools
import json
import re
from collections.abc import Callable
from typing import Any

from mkdocs.plugins import event_priority
from mkdocs.structure.files import Files, InclusionLevel

from newsmodel import render
from newsmodel.mkdocs_plugin import NewsmodelPluginConfig
from newsmodel.schema import SCHEMA_ID

PLACEHOLDER = re.compile(r"\{\{ (?P<name>[a-z_]+) \}\}")


def _plugin_options() -> str:
    """Render the plugin's options, read from its config class, as a Markdown table."""
    source = inspect.getsource(NewsmodelPluginConfig)
    tree = ast.parse(source).body[0]
    assert isinstance(tree, ast.ClassDef)
    docs_of: dict[str, str] = {}
    for statement, following in itertools.pairwise(tree.body):
        if (
            isinstance(statement, ast.Assign)
            and isinstance(following, ast.Expr)
            and isinstance(following.value, ast.Constant)
        ):
            name = statement.targets[0].id  # type: ignore[attr-defined]
            docs_of[name.rstrip("_")] = str(following.value.value)
    rows = ["| Option | Default | What it does |", "|---|---|---|"]
    for key, option in NewsmodelPluginConfig._schema:
        default = option.default
        shown = "*required*" if default in ([], None) else f"`{json.dumps(default)}`"
        text = docs_of.get(key, "")
        rows.append(f"| `{key}` | {shown} | {render.markdown_from_docstring(text)} |")
    return "\n".join(rows)


VALUES: dict[str, Callable[[], str]] = {
    "schema_url": lambda: SCHEMA_ID,
    "schema_coverage": lambda: render.schema_coverage_reference(
        problems_page="../reference/problems.md"
    ),
    "plugin_options": _plugin_options,
    "links_diagram": lambda: f"```mermaid\n{render.links_diagram()}```",
}


def on_page_markdown(markdown: str, /, **kwargs: Any) -> str:
    """Replace the placeholders of a page."""

    def replace(match: re.Match[str]) -> str:
        make = VALUES.get(match.group("name"))
        return make().strip() if make is not None else match.group(0)

    return PLACEHOLDER.sub(replace, markdown)


@event_priority(-200)  # after literate-nav (-100) has read the nav files
def on_files(files: Files, /, **kwargs: Any) -> Files:
    """Keep the nav files (``SUMMARY.md``) out of the site: they are not pages."""
    for file in files:
        if file.src_uri.endswith("SUMMARY.md"):
            file.inclusion = InclusionLevel.EXCLUDED
    return files
