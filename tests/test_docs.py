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
import doctest
import html
import importlib
import importlib.util
import io
import os
import posixpath
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


def test_built_api_reference_starts_with_the_public_api(site: Path) -> None:
    first = _text(site / "reference" / "api" / "index.html")
    for name in newsmodel.__all__:
        assert f"<code>{name}</code>" in first, name
    assert first.index("Reading and writing files") < first.index('id="internals"')
    io_page = _text(site / "reference" / "api" / "io" / "index.html")
    shown = re.findall(r'id="newsmodel\.io\.([A-Za-z_]+)"', io_page)
    assert shown[:2] == ["load", "loads"], shown  # what a user calls first
    assert "Scan" not in shown  # internals stay off the page
    assert "Found" not in shown


def test_built_site_has_no_orphan_pages(site: Path) -> None:
    # The nav file of the API section is read by literate-nav: not a page, nor searchable.
    assert not (site / "reference" / "api" / "SUMMARY").exists()
    search = (site / "search" / "search_index.json").read_text(encoding="utf-8")
    assert "SUMMARY" not in search
    assert "reference/api/io/" in search


def test_built_site_draws_how_records_link(site: Path) -> None:
    for page in ("concepts", "reference/schema"):
        text = _text(site / page / "index.html")
        assert '<pre class="mermaid"><code>flowchart LR' in text, page
        assert "{{" not in text


# --------------------------------------------------------------------------
# The generated reference, without a build
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def generated() -> dict[str, Any]:
    """The pages docs/scripts/gen_reference.py generates, by path."""
    if not HAVE_MKDOCS:
        pytest.skip("the docs extra (mkdocs and its plugins) is not installed")
    spec = importlib.util.spec_from_file_location(
        "gen_reference", DOCS / "scripts" / "gen_reference.py"
    )
    assert spec is not None
    assert spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)  # defines the pages; only mkdocs-gen-files writes them
    return {path: page.text for path, page in module.reference_pages().items()}


def test_api_index_presents_every_public_name_once_by_task(generated: dict[str, str]) -> None:
    first = generated["reference/api/index.md"]
    tasks, modules = first.split("\n## Modules\n", 1)
    for name in newsmodel.__all__:
        entries = re.findall(
            rf"^\[`{name}`\]\[newsmodel\.[\w.]+\]\n: `(.+)`<br>\n  (.+)$", tasks, re.M
        )
        assert len(entries) == 1, name
        signature, summary = entries[0]
        assert signature.startswith(name), signature
        assert summary.strip(), name
    assert "`load(path: str | os.PathLike[str], *, format: Format | None = None" in tasks
    assert "`Report(*, id: Id, ...)`" in tasks  # required fields, then the rest
    assert "[Fields](../schema.md#report)" in tasks
    facing, internals = modules.split("\n## Internals\n", 1)
    assert "[`newsmodel.io`](io.md)" in facing
    assert "[`newsmodel.reading`](reading.md)" in internals
    assert "newsmodel.reading" not in facing


def test_api_index_examples_run_as_shown(
    generated: dict[str, str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "examples").symlink_to(EXAMPLES)
    monkeypatch.chdir(tmp_path)
    blocks = re.findall(r"^```pycon\n(.*?)^```$", generated["reference/api/index.md"], re.S | re.M)
    assert len(blocks) >= 6  # one for each task
    parser = doctest.DocTestParser()
    runner = doctest.DocTestRunner(optionflags=doctest.ELLIPSIS)
    for number, block in enumerate(blocks):
        runner.run(parser.get_doctest(block, {}, f"example {number}", "api/index.md", 0))
    result = runner.summarize(verbose=False)
    assert result.attempted >= 30
    assert result.failed == 0


def test_api_pages_show_each_module_s_own_names_first(generated: dict[str, str]) -> None:
    io_page = generated["reference/api/io.md"]
    members = re.findall(r"^        - (\w+)$", io_page, re.M)
    assert members[:5] == ["load", "loads", "dump", "dumps", "iter_jsonl"]
    assert "Scan" not in members
    assert set(members) == set(newsmodel.io.__all__)
    assert "reference/api/SUMMARY.md" in generated  # for literate-nav; hooks.py excludes it


@pytest.mark.parametrize(
    "name",
    ["newsmodel.io", "newsmodel.dataset", "newsmodel.codec.check", "newsmodel.codec.converter"],
)
def test_docstring_examples_of_the_public_functions_run(name: str) -> None:
    # The examples the API pages show; those that need files are skipped (doctest: +SKIP).
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS)
    assert result.failed == 0
    assert result.attempted >= 1


LINK = re.compile(r"\]\((?P<target>[^)\s]+)\)")
HEADING_ID = re.compile(r"^#+ .*?\{ ?#(?P<id>[\w-]+) ?\}\s*$|^#+ (?P<text>.+?)\s*$", re.M)


def _anchors(markdown: str) -> set[str]:
    """The ids of a page's headings: given (``{ #id }``), or made from the text as toc does."""
    found = set(re.findall(r'id="([\w-]+)"', markdown))
    for match in HEADING_ID.finditer(markdown):
        if match.group("id"):
            found.add(match.group("id"))
        else:
            text = re.sub(r"[^\w\s-]", "", match.group("text").replace("`", "")).strip().lower()
            found.add(re.sub(r"[-\s]+", "-", text))
    return found


def test_every_link_of_the_hand_written_pages_resolves(
    generated: dict[str, str], examples: Dataset
) -> None:
    # mkdocs --strict checks links once the site is built; this says which page is missing
    # without a build, and holds the generated pages to stable paths.
    pages = {
        path.relative_to(DOCS).as_posix(): path.read_text(encoding="utf-8")
        for path in DOCS.rglob("*.md")
        if "scripts" not in path.parts
    }
    built = {**pages, **generated}
    files = {  # what the site publishes as it is (the JSON-LD context and vocabulary...)
        path.relative_to(DOCS).as_posix()
        for path in DOCS.rglob("*")
        if path.is_file() and path.suffix != ".md" and "scripts" not in path.parts
    }
    prefix = "example-dataset/"  # the newsmodel plugin's pages
    dataset_pages = {prefix + "index.md"} | {prefix + render.record_page(r) for r in examples}
    checked = 0
    for page, text in pages.items():
        for match in LINK.finditer(text):
            target = match.group("target")
            if re.match(r"[a-z]+:", target) or target.startswith("#"):
                continue
            path, _, anchor = target.partition("#")
            resolved = posixpath.normpath(posixpath.join(posixpath.dirname(page), path))
            assert resolved in built or resolved in dataset_pages or resolved in files, (
                f"{page}: {target}"
            )
            if anchor and resolved in built and not resolved.startswith("reference/api/"):
                assert anchor in _anchors(built[resolved]), f"{page}: {target}"
            checked += 1
    assert checked >= 100


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


class _ConfigLoader(yaml.SafeLoader):
    """Reads mkdocs.yml as mkdocs does, its ``!!python/name:`` tags as the names they hold."""


_ConfigLoader.add_multi_constructor(
    "tag:yaml.org,2002:python/name:", lambda loader, suffix, node: suffix
)


def _mkdocs_config() -> Any:
    return yaml.load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"), Loader=_ConfigLoader)


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
    config = _mkdocs_config()
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
