"""Tests of the documentation: the generated reference, the dataset pages, the plugin, the site.

- The renderers of :mod:`newsmodel.docs` name every field of every model type, every
  vocabulary term and external code, every problem code and every command-line option,
  read from the code, so the reference cannot drift from it.
- The dataset pages of the bundled examples (and of generated datasets) exist for every
  record and only link to pages that exist.
- The mkdocs plugin renders ``examples/`` in a minimal temporary mkdocs project, stops the
  build on bad data, and places its pages in the navigation.
- The site itself builds with ``mkdocs build --strict``, and its HTML holds every field,
  term and code (no drift), the example dataset's pages and every page of the nav.
- The tutorial's blocks, run in order, print exactly what the tutorial says they print;
  the Python examples of the strategies guide run.

The mkdocs tests are skipped, with the reason, when the ``docs`` extra is not installed.
"""

from __future__ import annotations

import argparse
import contextlib
import html
import importlib.util
import io
import os
import re
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml

import newsmodel
from newsmodel import docs
from newsmodel.cli import build_parser, main
from newsmodel.dataset import Dataset
from newsmodel.model import RECORD_TYPES, Bundle
from newsmodel.problems import RULES
from newsmodel.vocab import VOCABULARIES, Term

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
DOCS = ROOT / "docs"
HAVE_MKDOCS = all(
    importlib.util.find_spec(name) is not None
    for name in ("mkdocs", "material", "mkdocstrings", "mkdocs_gen_files", "mkdocs_literate_nav")
)
needs_mkdocs = pytest.mark.skipif(
    not HAVE_MKDOCS, reason="the docs extra (mkdocs and its plugins) is not installed"
)
#: Quiet the banners that some mkdocs plugins print about mkdocs 2.
QUIET = {"NO_MKDOCS_2_WARNING": "1", "DISABLE_MKDOCS_2_WARNING": "true"}


def _model_fields() -> Iterator[tuple[type, attrs.Attribute[Any]]]:
    for cls in docs.model_types():
        for field in attrs.fields(cls):
            yield cls, field


def _all_attrs_classes_of_model() -> set[type]:
    module = sys.modules["newsmodel.model"]
    return {
        value
        for value in vars(module).values()
        if isinstance(value, type) and attrs.has(value) and value.__module__ == module.__name__
    }


# --------------------------------------------------------------------------
# The reference
# --------------------------------------------------------------------------


def test_model_types_cover_every_attrs_class_of_the_model() -> None:
    types = docs.model_types()
    assert types[0] is Bundle
    assert set(types[1:7]) == set(RECORD_TYPES.values())
    assert set(types) == _all_attrs_classes_of_model()


def test_schema_reference_names_every_field_with_type_default_and_description() -> None:
    text = docs.schema_reference()
    for cls in docs.model_types():
        assert f"### {cls.__name__}\n" in text
    for cls, field in _model_fields():
        rows = [line for line in text.splitlines() if line.startswith(f"| `{field.name}` |")]
        assert rows, f"{cls.__name__}.{field.name} is missing"
        doc = str(field.metadata["doc"])
        expected = docs.markdown_from_docstring(doc).split("(")[0].strip()
        assert any(expected in row for row in rows), (cls.__name__, field.name)
        required = field.default is attrs.NOTHING
        assert any(("**required**" in row) == required for row in rows), field.name
    for name in ("Id", "CountryCode", "LanguageTag", "Url", "PartialDate"):
        assert f"### {name} {{ #" in text


def test_schema_reference_links_coded_fields_to_their_vocabulary() -> None:
    text = docs.schema_reference(vocabulary_page="vocab.md")
    assert "[Stance](vocab.md#stance) term" in text
    assert "list of [ids](#id) of [actor](#actor)s, at least 1" in text
    assert "integer, -90 to 90" not in text  # latitude is a number
    assert "number, -90 to 90" in text
    assert "`unverified`" in text  # a default shown as written in files


def test_vocabulary_reference_lists_every_term_description_and_code() -> None:
    text = docs.vocabulary_reference()
    for name, vocabulary in VOCABULARIES.items():
        assert f"## {name}\n" in text
        for term in vocabulary:
            assert f"| `{term.term}` | {docs._escape(term.description)} |" in text
            for code in term.codes.values():
                assert docs._escape(code) in text
    assert "Used by [`Response.stance`](schema.md#response)" in text


def test_vocabulary_reference_shows_who_takes_each_stance() -> None:
    text = docs.vocabulary_reference()
    assert "| `ruling_upheld` |" in text
    row = next(line for line in text.splitlines() if line.startswith("| `ruling_upheld` |"))
    assert "third party" in row


def test_rules_reference_has_every_code_with_example_and_fix() -> None:
    text = docs.rules_reference()
    for rule in RULES.values():
        assert f"### {rule.code} {rule.name} {{ #{rule.code.lower()} }}" in text
        assert f"[{rule.code}](#{rule.code.lower()})" in text
        assert rule.example.rstrip() in text
        assert docs._escape(rule.fix) in text
        assert rule.severity.value in text


def _parsers(parser: argparse.ArgumentParser) -> Iterator[argparse.ArgumentParser]:
    yield parser
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for sub in action.choices.values():
                yield from _parsers(sub)


def test_cli_reference_lists_every_subcommand_and_option() -> None:
    parser = build_parser()
    text = docs.cli_reference(parser)
    for sub in list(_parsers(parser))[1:]:
        name = sub.prog.split()[-1]
        assert f"## newsmodel {name} {{ #newsmodel-{name} }}" in text
        assert f"usage: {sub.prog}" in text
        for action in sub._actions:
            for option in action.option_strings:
                if option not in ("-h", "--help"):
                    assert f"`{option}" in text, (name, option)
            if not action.option_strings:
                assert f"`{action.metavar or action.dest}`" in text
    assert "--version" in text
    assert "Exit status" in text


def test_cli_reference_follows_a_changed_parser() -> None:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            extra = action.add_parser("frobnicate", help="a command added by this test")
            extra.add_argument("--level", type=int, help="how much")
    text = docs.cli_reference(parser)
    assert "## newsmodel frobnicate" in text
    assert "`--level LEVEL`" in text


def test_schema_coverage_lists_the_rules_the_schema_cannot_check() -> None:
    schema = pytest.importorskip("newsmodel.schema")
    text = docs.schema_coverage_reference(problems_page="p.md")
    for code, entry in schema.SCHEMA_COVERAGE.items():
        listed = f"[{code}](p.md#{code.lower()})" in text
        assert listed == (entry.coverage.value != "full"), code
    assert "[NM402](p.md#nm402)" in text  # cross-record rules are never in a schema


@pytest.mark.parametrize(
    ("source", "expected"),
    [
        (":class:`~newsmodel.model.Report`", "`Report`"),
        (":class:`Report`", "`Report`"),
        (":func:`attrs.evolve`", "`attrs.evolve()`"),
        ("``code``", "``code``"),
        (
            "`EDTF <https://www.loc.gov/standards/datetime/>`_",
            "[EDTF](https://www.loc.gov/standards/datetime/)",
        ),
        (
            "Values::\n\n    2022\n    2022-07\n\nAfter.",
            "Values:\n\n```text\n2022\n2022-07\n```\n\nAfter.",
        ),
        (">>> x = 1  # doctest: +SKIP\n>>> x\n1", "```pycon\n>>> x = 1\n>>> x\n1\n```"),
    ],
)
def test_markdown_from_docstring(source: str, expected: str) -> None:
    assert docs.markdown_from_docstring(source) == expected


def test_markdown_from_docstring_links_with_a_resolver() -> None:
    def link(role: str, target: str) -> str | None:
        return f"[{target}](#{target.lower()})" if role == "class" else None

    text = docs.markdown_from_docstring("See :class:`Place` and :data:`RULES`.", link)
    assert text == "See [Place](#place) and `RULES`."


@pytest.mark.parametrize(
    "text",
    [
        "a | b",
        "*not emphasis*",
        "[not a link](x)",
        "<b>not html</b>",
        "# not a heading",
        "- not a list",
        "a_b_c",
        "back\\slash",
    ],
)
def test_escape_renders_text_as_itself(text: str) -> None:
    markdown = pytest.importorskip("markdown")
    for source in (docs._escape(text), docs._table(("Text",), [[docs._escape(text)]])):
        rendered = markdown.markdown(source, extensions=["tables"])  # as mkdocs always has
        shown = html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()
        assert shown.removeprefix("Text").strip() == text


# --------------------------------------------------------------------------
# Dataset pages
# --------------------------------------------------------------------------

LINK = re.compile(r"\]\(((?:\.\./)?[a-z]+s/[a-z0-9-]+\.md)\)")


def _resolve(page: str, link: str) -> str:
    folder = page.rsplit("/", 1)[0] if "/" in page else ""
    return link[3:] if link.startswith("../") else (f"{folder}/{link}" if folder else link)


def _check_pages(dataset: Dataset, pages: dict[str, str]) -> None:
    assert set(pages) == {"index.md"} | {docs.record_page(r) for r in dataset}
    for path, text in pages.items():
        assert text.startswith("# "), path
        for link in LINK.findall(text):
            assert _resolve(path, link) in pages, (path, link)


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([EXAMPLES])


def test_every_example_record_has_a_page_and_every_link_resolves(examples: Dataset) -> None:
    pages = docs.render_dataset_pages(examples, title="Example dataset")
    _check_pages(examples, pages)
    assert pages["index.md"].startswith("# Example dataset\n")
    for record in examples:
        assert f"`{record.id}`" in pages[docs.record_page(record)]
        assert f"({docs.record_page(record)})" in pages["index.md"]


def test_actor_page_lists_its_allegations_responses_and_parts(examples: Dataset) -> None:
    page = docs.render_actor(examples["mali-foreign-ministry"], examples)  # type: ignore[arg-type]
    assert page.startswith("# Mali's foreign ministry\n")
    assert "**Part of**: [Mali's military government](../actors/mali-government.md)" in page
    assert "## Its responses" in page
    assert "(../responses/mali-statement-silent-on-foreign-forces.md)" in page
    assert "“tangible proof”" in page  # quoted
    mali = docs.render_actor(examples["mali"], examples)  # type: ignore[arg-type]
    assert "## Accusations against it" in mali
    assert "[Q912](https://www.wikidata.org/wiki/Q912)" in mali


def test_allegation_page_has_figures_evidence_responses_and_sources(examples: Dataset) -> None:
    allegation = examples["hombori-killing-of-50-civilians"]
    page = docs.render_allegation(allegation, examples)  # type: ignore[arg-type]
    assert page.startswith("# Unlawful killing by Malian state security forces")
    assert "## Figures" in page
    assert "| killed | 50 | civilians | [MINUSMA](../actors/minusma.md) |" in page
    assert "As of" not in page  # an empty column is left out
    assert "(../documents/minusma-note-2022-q2.md)" in page
    assert "responsibility: not addressed" in page
    assert "“foreign military personnel”" in page


def test_response_page_describes_stance_positions_and_arguments(examples: Dataset) -> None:
    response = examples["mali-foreign-ministry-denies-minusma-note"]
    page = docs.render_response(response, examples)  # type: ignore[arg-type]
    assert "`denial`: It did not happen, or we did not do it." in page
    assert "Cohen *literal denial*" in page
    assert "| `responsibility` | `not_addressed` |" in page
    assert "“tangible proof”" in page
    assert "original, fr: “sous la menace des groupes terroristes”" in page


def test_pages_show_revisions_both_ways() -> None:
    text = """\
schema_version: 1
reports:
- id: r
  title: Report
  body: He said "it was an accident", then denied it.
actors:
- id: army
  name: The army
  kind: security_forces
- id: ngo
  name: A rights group
  kind: ngo
allegations:
- id: a
  accusers: [ngo]
  accused: [army]
  summary: The army shot protesters.
  counts:
  - kind: killed
    low: 3
    best: 4
    high: 9
    qualifier: at_least
    according_to: ngo
    subgroups:
    - kind: killed
      who: children
      best: 1
  citations:
  - report: r
    quotes:
    - text: it was an accident
      speaker: army
      start: 9
      end: 27
      disowned_in: b
- id: counter
  accusers: [army]
  accused: [ngo]
  summary: The rights group lies.
  raised_in: b
  citations:
  - report: r
responses:
- id: first
  responder: army
  allegations: [a]
  stance: acknowledgment
  citations:
  - report: r
- id: b
  responder: army
  allegations: [a]
  stance: denial
  retracts: first
  supersedes: first
  citations:
  - report: r
"""
    bundle = newsmodel.loads(text)
    dataset = Dataset([bundle])
    pages = docs.render_dataset_pages(dataset)
    _check_pages(dataset, pages)
    first, second = pages["responses/first.md"], pages["responses/b.md"]
    assert "**Retracted by**: [The army: denial](../responses/b.md)" in first
    assert "**Superseded by**: [The army: denial](../responses/b.md)" in first
    assert "**Retracts**: [The army: acknowledgment](../responses/first.md)" in second
    assert "## Counter-accusations made in it" in second
    assert "disowned in [The army: denial](../responses/b.md)" in pages["allegations/a.md"]
    assert "at least 4 (range 3\N{EN DASH}9)" in pages["allegations/a.md"]
    assert "(a counter-accusation)" in pages["allegations/counter.md"]


def test_record_title_describes_each_kind(examples: Dataset) -> None:
    titles: dict[str, str] = {record.id: docs.record_title(record, examples) for record in examples}
    assert titles["mali"] == "Mali"
    assert titles["mali-foreign-ministry-denies-minusma-note"] == (
        "Mali's foreign ministry: denial, 2022-09-02"
    )
    assert titles["countries-accuse-mali-of-working-with-wagner"] == (
        "Use of mercenaries by Mali and Wagner Group, alleged by a number of countries"
    )
    assert titles["mali-arrests-49-ivorian-soldiers"] == (
        "Arrest: Mali → 49 soldiers from Ivory Coast, 2022-07"
    )


def test_record_groups_sort_actors_by_name(examples: Dataset) -> None:
    groups = dict(docs.record_groups(examples))
    names = [docs.record_title(actor, examples).casefold() for actor in groups["actor"]]
    assert names == sorted(names)
    assert list(groups) == [kind for kind in RECORD_TYPES if kind in groups]


def test_generated_datasets_render_with_links_that_resolve() -> None:
    pytest.importorskip("hypothesis")
    from hypothesis import given, settings

    from newsmodel import strategies

    @settings(max_examples=15, deadline=None)
    @given(strategies.datasets())
    def check(files: tuple[Bundle, ...]) -> None:
        dataset = Dataset(files)
        _check_pages(dataset, docs.render_dataset_pages(dataset))

    check()


# --------------------------------------------------------------------------
# The mkdocs plugin, in a minimal project
# --------------------------------------------------------------------------


def _project(tmp_path: Path, plugin: str, nav: str = "") -> Path:
    (tmp_path / "docs").mkdir(parents=True)
    (tmp_path / "docs" / "index.md").write_text("# Our dataset\n", encoding="utf-8")
    config = tmp_path / "mkdocs.yml"
    config.write_text(
        f"site_name: test\nsite_dir: site\nplugins:\n  - newsmodel:\n{plugin}\n{nav}",
        encoding="utf-8",
    )
    return config


def _build(config: Path) -> Any:
    from mkdocs.commands.build import build
    from mkdocs.config import load_config

    loaded = load_config(config_file=str(config), strict=True)
    build(loaded)
    return loaded


@needs_mkdocs
def test_plugin_renders_the_examples(tmp_path: Path, examples: Dataset) -> None:
    config = _project(
        tmp_path,
        f"      data: [{EXAMPLES}]\n      prefix: cases/\n      title: Cases",
        "nav:\n  - Home: index.md\n  - Our cases: cases/\n",
    )
    loaded = _build(config)
    site = tmp_path / "site"
    for record in examples:
        page = site / "cases" / docs.record_page(record).removesuffix(".md") / "index.html"
        assert page.is_file(), page
    index = (site / "cases" / "index.html").read_text(encoding="utf-8")
    assert "Cases" in index
    assert not (tmp_path / "docs" / "cases").exists()  # virtual files only
    nav = loaded["nav"]
    assert nav[0] == {"Home": "index.md"}
    ((title, items),) = nav[1].items()
    assert title == "Our cases"
    assert items[0] == "cases/index.md"
    assert [next(iter(group)) for group in items[1:]] == [
        docs.KIND_FOLDERS[kind].capitalize() for kind, _ in docs.record_groups(examples)
    ]


@needs_mkdocs
def test_plugin_appends_a_section_and_keeps_a_page_written_by_hand(tmp_path: Path) -> None:
    config = _project(
        tmp_path, f"      data: [{EXAMPLES / 'voa-mali-2022.yaml'}]", "nav:\n  - index.md\n"
    )
    (tmp_path / "docs" / "records").mkdir()
    (tmp_path / "docs" / "records" / "index.md").write_text("# Our own introduction\n", "utf-8")
    loaded = _build(config)
    assert next(iter(loaded["nav"][-1])) == "Records"
    index = (tmp_path / "site" / "records" / "index.html").read_text(encoding="utf-8")
    assert "Our own introduction" in index
    assert (tmp_path / "site" / "records" / "actors" / "mali" / "index.html").is_file()


def _build_fails(config: Path, caplog: pytest.LogCaptureFixture) -> str:
    """Build, expect mkdocs to abort, and return what it logged as errors."""
    from mkdocs.exceptions import Abort

    with caplog.at_level("ERROR", logger="mkdocs"), pytest.raises(Abort):
        _build(config)
    return caplog.text


@needs_mkdocs
def test_plugin_stops_the_build_on_bad_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "bad.yaml").write_text(
        "schema_version: 1\nactors:\n- id: mali\n  nmae: Mali\n  kind: state\n", "utf-8"
    )
    message = _build_fails(_project(tmp_path, f"      data: [{data}]"), caplog)
    assert "newsmodel: the data has 2 problems" in message
    assert "bad.yaml:4:3: NM202" in message
    assert "did you mean 'name'?" in message


@needs_mkdocs
def test_plugin_warnings_fail_only_when_asked(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "unused.yaml").write_text(
        "schema_version: 1\nactors:\n- id: mali\n  name: Mali\n  kind: state\n", "utf-8"
    )
    _build(_project(tmp_path, f"      data: [{data}]"))
    assert (tmp_path / "site" / "records" / "actors" / "mali" / "index.html").is_file()
    strict = _project(tmp_path / "strict", f"      data: [{data}]\n      fail_on_warnings: true")
    assert "NM451" in _build_fails(strict, caplog)


@needs_mkdocs
@pytest.mark.parametrize("prefix", ["../up", "/abs/../x", "a\\\\b"])
def test_plugin_refuses_a_prefix_outside_the_site(
    tmp_path: Path, prefix: str, caplog: pytest.LogCaptureFixture
) -> None:
    config = _project(tmp_path, f"      data: [{EXAMPLES}]\n      prefix: '{prefix}'")
    assert "'prefix' must be a folder of the site" in _build_fails(config, caplog)


@needs_mkdocs
def test_place_in_nav() -> None:
    from newsmodel.mkdocs_plugin import _place_in_nav

    def section(title: str) -> dict[str, Any]:
        return {title: ["r/index.md"]}

    nested = [{"Home": "index.md"}, {"Data": [{"All": "r/"}, "other.md"]}]
    assert _place_in_nav(nested, section, "r/", "Records") == [
        {"Home": "index.md"},
        {"Data": [{"All": ["r/index.md"]}, "other.md"]},
    ]
    assert _place_in_nav(["r/index.md"], section, "r/", "Records") == [{"Records": ["r/index.md"]}]
    assert _place_in_nav(["index.md"], section, "r/", "Records") == [
        "index.md",
        {"Records": ["r/index.md"]},
    ]


# --------------------------------------------------------------------------
# The site
# --------------------------------------------------------------------------


@pytest.fixture(scope="module")
def site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    if not HAVE_MKDOCS:
        pytest.skip("the docs extra (mkdocs and its plugins) is not installed")
    target = tmp_path_factory.mktemp("site")
    result = subprocess.run(
        [sys.executable, "-m", "mkdocs", "build", "--strict", "--site-dir", str(target)],
        cwd=ROOT,
        env={**os.environ, **QUIET},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr[-5000:]
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
        "changelog/index.html",
    ):
        assert (site / page).is_file(), page
    for module in (ROOT / "src" / "newsmodel").glob("[!_]*.py"):
        assert (site / "reference" / "api" / module.stem / "index.html").is_file(), module
    changelog = _text(site / "changelog" / "index.html")
    assert "Keep a Changelog" in changelog
    assert "--8<--" not in changelog


def test_built_reference_has_every_field_term_and_code(site: Path) -> None:
    schema = _text(site / "reference" / "schema" / "index.html")
    for cls, field in _model_fields():
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
    for sub in list(_parsers(build_parser()))[1:]:
        assert f"usage: {sub.prog}" in cli


def test_built_site_renders_the_example_dataset(site: Path, examples: Dataset) -> None:
    for record in examples:
        page = (
            site / "example-dataset" / docs.record_page(record).removesuffix(".md") / "index.html"
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
