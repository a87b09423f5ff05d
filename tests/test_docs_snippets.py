"""The YAML snippets of the hand-written pages that explain the model are valid data.

A ``yaml`` block of these pages is one of two things, and is checked as such:

- a **whole bundle** (it has ``schema_version``): it validates on its own, with no error
  and no warning;
- an **excerpt**: lists of records, each with its ``id``, and some of its fields.  Every
  field shown must hold exactly what the same record holds in the example files, or in a
  whole bundle of the same page.  An excerpt therefore stays true to data that validates,
  and a change to an example that a page quotes fails here until the page follows.

Blocks that are not newsmodel data (a CI workflow, a pre-commit configuration) open with
a comment naming a dot-file, and are left to the tests of those features.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import newsmodel
from newsmodel.model import RECORD_TYPES

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
EXAMPLES = ROOT / "examples"
#: The pages whose YAML blocks are checked here (the tutorial's run in test_docs.py).
PAGES = [
    DOCS / "concepts.md",
    DOCS / "guides" / "coding-responses-and-proceedings.md",
    DOCS / "index.md",
    ROOT / "README.md",
]
BLOCK = re.compile(r"^```yaml[^\n]*\n(?P<body>.*?)^```[ \t]*$", re.S | re.M)
LISTS = {kind + "s" for kind in RECORD_TYPES}


def _blocks(page: Path) -> Iterator[tuple[int, str]]:
    """Each YAML block of ``page`` that holds newsmodel data, with its line number."""
    text = page.read_text(encoding="utf-8")
    for match in BLOCK.finditer(text):
        body = match.group("body")
        if re.match(r"#\s*\.", body):  # "# .github/workflows/data.yml": configuration
            continue
        yield text.count("\n", 0, match.start()) + 2, body


def _records(data: Any) -> Iterator[tuple[str, dict[str, Any]]]:
    """The records of parsed bundle data, with the name of their list."""
    for key, records in data.items():
        if key in LISTS:
            for record in records:
                yield key, record


def _example_records() -> dict[tuple[str, str], dict[str, Any]]:
    found = {}
    for path in sorted(EXAMPLES.glob("*.yaml")):
        for key, record in _records(yaml.safe_load(path.read_text(encoding="utf-8"))):
            found[key, record["id"]] = record
    return found


@pytest.fixture(scope="module")
def examples() -> dict[tuple[str, str], dict[str, Any]]:
    return _example_records()


@pytest.mark.parametrize("page", PAGES, ids=[page.name for page in PAGES])
def test_yaml_blocks_are_valid_bundles_or_true_excerpts(
    page: Path, examples: dict[tuple[str, str], dict[str, Any]], tmp_path: Path
) -> None:
    blocks = [(line, body, yaml.safe_load(body)) for line, body in _blocks(page)]
    known = dict(examples)
    for line, body, data in blocks:
        if isinstance(data, dict) and "schema_version" in data:
            path = tmp_path / f"line-{line}.yaml"
            path.write_text(body, encoding="utf-8")
            problems = newsmodel.validate([path])
            assert problems == [], f"{page.name}:{line}: {[str(p) for p in problems]}"
            known.update({(key, r["id"]): r for key, r in _records(data)})
    excerpts = 0
    for line, _, data in blocks:
        if isinstance(data, dict) and "schema_version" in data:
            continue
        where = f"{page.name}:{line}"
        assert isinstance(data, dict), f"{where}: not a mapping of record lists"
        assert data, f"{where}: an empty block"
        assert set(data) <= LISTS, f"{where}: {sorted(set(data) - LISTS)} are not record lists"
        for key, record in _records(data):
            source = known.get((key, record.get("id")))
            assert source is not None, f"{where}: no example record {key}/{record.get('id')}"
            for field, value in record.items():
                assert source.get(field) == value, f"{where}: {record['id']}.{field} differs"
            excerpts += 1
    if page.name != "README.md":
        assert blocks, f"{page.name} shows no YAML"
    assert excerpts or any("schema_version" in data for _, _, data in blocks if data)


def test_the_guide_shows_every_kind_of_answer() -> None:
    # What the guide promises to show: it fails if a section loses its snippet.
    guide = DOCS / "guides" / "coding-responses-and-proceedings.md"
    text = guide.read_text(encoding="utf-8")
    shown = "".join(body for _, body in _blocks(guide))
    for words in (
        "on_behalf_of:",
        "positions:",
        "comment_sought:",
        "calls:",
        "retracts: [",
        "- response:",
        "- document:",
        "step:",
        "suspended:",
        "currency:",
        "requested: true",
        "not_sought: true",
        "duration_high:",
        "status: provided",
        "measures:",
    ):
        assert words in shown, words
    assert "stances: [no_response]" in shown
    assert "stances: [declined_to_comment]" in shown
    assert "](../concepts.md" in text
