"""Generate the reference pages at build time (run by the mkdocs-gen-files plugin).

Nothing generated here is committed: the schema, vocabulary, problem and CLI
references are rendered from the code by :mod:`newsmodel.docs`, the Python
API pages are mkdocstrings stubs, one per public module found in
``src/newsmodel``, and the JSON Schema is published at the path of its
``$id``.
"""

from __future__ import annotations

from pathlib import Path

import mkdocs_gen_files

from newsmodel import docs
from newsmodel.schema import SCHEMA_ID, schema_text

SOURCE = Path(__file__).resolve().parents[2] / "src" / "newsmodel"

PAGES = {
    "reference/schema.md": docs.schema_reference(vocabulary_page="vocabularies.md"),
    "reference/vocabularies.md": docs.vocabulary_reference(schema_page="schema.md"),
    "reference/problems.md": docs.rules_reference(),
    "reference/cli.md": docs.cli_reference(),
}

for path, text in PAGES.items():
    with mkdocs_gen_files.open(path, "w") as page:
        page.write(text)
    mkdocs_gen_files.set_edit_path(path, Path("../src/newsmodel/docs.py"))


# The JSON Schema, published where its $id says it lives.
_MARKER = "newsmodel.readthedocs.io/"
_SCHEMA_PATH = SCHEMA_ID.split(_MARKER, 1)[1] if _MARKER in SCHEMA_ID else "newsmodel.schema.json"
with mkdocs_gen_files.open(_SCHEMA_PATH, "w") as file:
    file.write(schema_text())

# The Python API: one page per public module or package, so a new one is documented without an edit.
sources = {path.stem: path for path in SOURCE.glob("*.py")}
sources |= {path.parent.name: path for path in SOURCE.glob("*/__init__.py")}
modules = sorted(name for name in sources if not name.startswith("_"))
#: Options of each page's root object: its heading is the page's title.
ROOT = (
    "    options:\n"
    "      show_root_heading: true\n"
    "      show_root_full_path: true\n"
    "      heading_level: 1\n"
)
summary = ["- [newsmodel](index.md)"]
with mkdocs_gen_files.open("reference/api/index.md", "w") as page:
    page.write(f"::: newsmodel\n{ROOT}      members: false\n")
    page.write("\n## Modules\n\n")
    page.writelines(f"- [`newsmodel.{name}`]({name}.md)\n" for name in modules)
for name in modules:
    with mkdocs_gen_files.open(f"reference/api/{name}.md", "w") as page:
        page.write(f"::: newsmodel.{name}\n{ROOT}")
    mkdocs_gen_files.set_edit_path(
        f"reference/api/{name}.md", Path("../src/newsmodel") / sources[name].relative_to(SOURCE)
    )
    summary.append(f"- [newsmodel.{name}]({name}.md)")
with mkdocs_gen_files.open("reference/api/SUMMARY.md", "w") as nav:
    nav.write("\n".join(summary) + "\n")
