"""Tests of the documentation site as built, and of its hand-written pages.

- The site builds with ``mkdocs build --strict``, and its HTML holds every field, term
  and code (no drift), the example dataset's pages and every page of the nav.
- The tutorial's blocks, run in order, print exactly what the tutorial says they print;
  the Python examples of the strategies guide run.

The renderers are tested module by module (``test_render_*.py``), the plugin in
``test_mkdocs_plugin.py``.  The site tests are skipped, with the reason, when the ``docs``
extra is not installed.
"""

from __future__ import annotations

import contextlib
import html
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
import yaml

import newsmodel
from newsmodel import render
from newsmodel.cli import build_parser, main
from newsmodel.dataset import Dataset
from newsmodel.problems import RULES
from newsmodel.vocab import VOCABULARIES, Term
from rendering import (
    DOCS,
    EXAMPLES,
    HAVE_MKDOCS,
    QUIET,
    ROOT,
    build_site,
    model_fields,
    parsers,
)

needs_mkdocs = pytest.mark.skipif(
    not HAVE_MKDOCS, reason="the docs extra (mkdocs and its plugins) is not installed"
)


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([EXAMPLES])


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAVE_MKDOCS:
        pytest.skip("the docs extra (mkdocs and its plugins) is not installed")
    target = tmp_path_factory.mktemp("site")
    build_site(target)
    return target


def _text(page: Path) -> str:
    return html.unescape(page.read_text(encoding="utf-8"))


def test_site_has_every_page_of_the_nav(site: Path) -> None:
    for page in (
        "index.html",
        "install/index.html",
        "tutorial/index.html",
        "concepts/index.html",
        "guides/ci/index.html",
        "guides/strategies/index.html",
        "guides/json-schema/index.html",
        "guides/dataset-sites/index.html",
        "reference/schema/index.html",
        "reference/vocabularies/index.html",
        "reference/problems/index.html",
        "reference/cli/index.html",
        "reference/api/index.html",
        "reference/api/model/index.html",
        "example-dataset/index.html",
        "architecture/index.html",
        "changelog/index.html",
    ):
        assert (site / page).is_file(), page
    for module in (ROOT / "src" / "newsmodel").glob("[!_]*.py"):
        page = "index-module" if module.stem == "index" else module.stem  # index: the section's
        assert (site / "reference" / "api" / page / "index.html").is_file(), module
    assert "newsmodel.index" in _text(site / "reference" / "api" / "index-module" / "index.html")
    assert "newsmodel.model" in _text(site / "reference" / "api" / "index.html")  # the overview
    for package in (ROOT / "src" / "newsmodel").glob("[!_]*/__init__.py"):
        assert (site / "reference" / "api" / package.parent.name / "index.html").is_file(), package
    changelog = _text(site / "changelog" / "index.html")
    assert "Keep a Changelog" in changelog
    assert "--8<--" not in changelog


def test_built_reference_has_every_field_term_and_code(site: Path) -> None:
    schema = _text(site / "reference" / "schema" / "index.html")
    for cls, field in model_fields():
        assert f"<code>{field.name}</code>" in schema, f"{cls.__name__}.{field.name}"
    vocabularies = _text(site / "reference" / "vocabularies" / "index.html")
    for vocabulary in VOCABULARIES.values():
        term: Term
        for term in vocabulary:
            assert f"<code>{term.term}</code>" in vocabularies, term
    problems = _text(site / "reference" / "problems" / "index.html")
    for code in RULES:
        assert f'id="{code.lower()}"' in problems, code
    cli = _text(site / "reference" / "cli" / "index.html")
    for sub in list(parsers(build_parser()))[1:]:
        assert f"usage: {sub.prog}" in cli


def test_built_site_renders_the_example_dataset(site: Path, examples: Dataset) -> None:
    for record in examples:
        page = (
            site / "example-dataset" / render.record_page(record).removesuffix(".md") / "index.html"
        )
        assert page.is_file(), page
    nav = _text(site / "index.html")
    assert "Example dataset" in nav


def test_built_site_publishes_the_json_schema_at_its_id(site: Path) -> None:
    schema = pytest.importorskip("newsmodel.schema")
    path = schema.SCHEMA_ID.split("newsmodel.readthedocs.io/", 1)[1]
    assert (site / path).read_text(encoding="utf-8") == schema.schema_text()
    guide = _text(site / "guides" / "json-schema" / "index.html")
    assert schema.SCHEMA_ID in guide
    assert "{{" not in guide


def test_built_site_renders_docstrings_as_markdown(site: Path) -> None:
    model = _text(site / "reference" / "api" / "model" / "index.html")
    assert ":class:" not in model
    assert 'href="#newsmodel.model.Report"' in model
    problems = _text(site / "reference" / "api" / "problems" / "index.html")
    assert "Every rule newsmodel checks, by code." in problems  # a #: comment
    assert "unreadable-file" not in problems  # RULES' long value is not shown
    render_page = _text(site / "reference" / "api" / "render" / "index.html")
    assert 'id="newsmodel.render.render_dataset_pages"' in render_page  # a package's exports


# --------------------------------------------------------------------------
# The hand-written pages whose examples are executable
# --------------------------------------------------------------------------

BLOCK = re.compile(r"^```(?P<info>[^\n]*)\n(?P<body>.*?)^```[ \t]*$", re.S | re.M)


def _blocks(page: str) -> Iterator[tuple[str, str | None, str]]:
    for match in BLOCK.finditer((DOCS / page).read_text(encoding="utf-8")):
        info = match.group("info").split()
        title = re.search(r'title="([^"]+)"', match.group("info"))
        yield (info[0] if info else ""), (title.group(1) if title else None), match.group("body")


def test_tutorial_prints_what_it_says(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    runs = 0
    for language, title, body in _blocks("tutorial.md"):
        if language == "yaml" and title:
            path = tmp_path / title
            path.parent.mkdir(parents=True, exist_ok=True)
            with path.open("a", encoding="utf-8") as file:
                file.write(body)
        elif language == "diff" and title:
            path = tmp_path / title
            lines = body.splitlines(keepends=True)
            old = "".join(line[1:] for line in lines if line.startswith("-"))
            new = "".join(line[1:] for line in lines if line.startswith("+"))
            text = path.read_text(encoding="utf-8")
            assert text.count(old) == 1, old
            path.write_text(text.replace(old, new), encoding="utf-8")
        elif language == "console":
            command, *expected = body.splitlines(keepends=True)
            assert command.startswith("$ newsmodel ")
            output = io.StringIO()
            with contextlib.redirect_stdout(output):
                main(command.split()[2:])
            assert output.getvalue() == "".join(expected), command
            runs += 1
    assert runs >= 5
    final = newsmodel.validate([tmp_path / "data"])
    assert final == []  # from a blank file to a clean validate: no error, no warning


def test_strategies_guide_examples_run() -> None:
    hypothesis = pytest.importorskip("hypothesis")
    ran = []
    for language, title, body in _blocks("guides/strategies.md"):
        if language != "python" or title:
            continue
        namespace: dict[str, Any] = {}
        exec(compile(body, "guides/strategies.md", "exec"), namespace)
        for name, function in namespace.items():
            if name.startswith("test_") and callable(function):
                hypothesis.settings(max_examples=5, deadline=None)(function)()
                ran.append(name)
    assert len(ran) >= 5


# --------------------------------------------------------------------------
# Install instructions
# --------------------------------------------------------------------------

README = ROOT / "README.md"
#: The distribution's name in ``pyproject.toml`` (``import newsmodel`` is the package).
DISTRIBUTION = re.findall(
    r'^name = "([^"]+)"', (ROOT / "pyproject.toml").read_text(encoding="utf-8"), re.M
)[0]


def _readme_section(name: str) -> str:
    text = README.read_text(encoding="utf-8")
    start = f"<!-- --8<-- [start:{name}] -->\n"
    end = f"<!-- --8<-- [end:{name}] -->"
    return text.split(start, 1)[1].split(end, 1)[0]


def test_install_page_shows_what_the_readme_command_prints(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # The first set-up command of the README validates the examples; the Install page shows
    # its output.  Both are run here, so adding an example cannot leave the page behind.
    command = re.search(r"\.venv/bin/(newsmodel validate [^&|\n]+)", _readme_section("setup"))
    assert command is not None
    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("NO_COLOR", "1")
    monkeypatch.delenv("GITHUB_ACTIONS", raising=False)
    shown = [body for language, _, body in _blocks("install.md") if language == "console"]
    assert len(shown) == 1
    first, *expected = shown[0].splitlines(keepends=True)
    assert first == f"$ {command.group(1).strip()}\n"
    output = io.StringIO()
    with contextlib.redirect_stdout(output):
        status = main(first.split()[2:])
    assert output.getvalue() == "".join(expected)
    assert status == 0


def _install_requirements(text: str) -> Iterator[str]:
    """The names of what ``pip install`` lines and pre-commit dependencies install."""
    for words in re.findall(r"pip install ([^`\n&|;#]+)", text) + re.findall(
        r"additional_dependencies: \[([^\]\n]+)\]", text
    ):
        for word in words.replace(",", " ").split():
            requirement = word.strip("'\"")
            if requirement and not requirement.startswith(("-", ".", "/")):
                yield requirement


def test_install_instructions_name_this_distribution() -> None:
    # On PyPI, "newsmodel" is an unrelated project: an instruction that installs it
    # installs somebody else's package.
    assert DISTRIBUTION != "newsmodel"
    pages = [README, *sorted(DOCS.rglob("*.md"))]
    named = 0
    for page in pages:
        for requirement in _install_requirements(page.read_text(encoding="utf-8")):
            name = re.split(r"[^A-Za-z0-9._-]", requirement, maxsplit=1)[0]
            if name.lower().startswith("newsmodel"):
                assert name == DISTRIBUTION, f"{page.relative_to(ROOT)}: {requirement}"
                named += 1
    assert named >= 6  # README, install page, CI, strategies and dataset-site guides


# --------------------------------------------------------------------------
# Building the docs
# --------------------------------------------------------------------------


@needs_mkdocs
def test_mkdocs_build_prints_no_banner(tmp_path: Path) -> None:
    # Some releases of the theme and plugins print a banner on every `mkdocs build` and
    # `mkdocs serve` (pyproject.toml bounds them).  The theme and the third-party plugins
    # of mkdocs.yml, in a minimal project, run as `mkdocs` with no variable that hides one.
    plugins = {
        "search": "",
        "gen-files": "{scripts: []}",
        "literate-nav": "",
        "mkdocstrings": "",
    }
    config = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    used = {next(iter(entry)) if isinstance(entry, dict) else entry for entry in config["plugins"]}
    assert used - {"newsmodel"} == set(plugins)
    assert config["theme"]["name"] == "material"
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / "index.md").write_text("# Banners\n", encoding="utf-8")
    (tmp_path / "mkdocs.yml").write_text(
        "site_name: banners\ntheme:\n  name: material\nplugins:\n"
        + "".join(
            f"  - {name}: {options}\n" if options else f"  - {name}\n"
            for name, options in plugins.items()
        ),
        encoding="utf-8",
    )
    env = {key: value for key, value in os.environ.items() if key not in QUIET}
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict"],
        cwd=tmp_path,
        env={**env, "NO_COLOR": "1"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    printed = [line for line in result.stderr.splitlines() if line.strip()]
    assert printed, "mkdocs logged nothing: the check would pass whatever was printed"
    assert all(line.startswith("INFO") for line in printed), result.stderr
    assert result.stdout == ""
