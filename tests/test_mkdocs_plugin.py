"""The mkdocs plugin renders ``examples/`` in a minimal temporary mkdocs project.

It stops the build on bad data, keeps pages written by hand, and places its
pages in the navigation.  Skipped, with the reason, when the ``docs`` extra
is not installed.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsmodel import render
from newsmodel.dataset import Dataset
from rendering import EXAMPLES, needs_mkdocs


@pytest.fixture(scope="module")
def examples() -> Dataset:
    return Dataset.load([EXAMPLES])


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
        f"      data: [{EXAMPLES}]\n      prefix: cases/\n      title: Cases\n"
        "      nav_stories: 100",
        "nav:\n  - Home: index.md\n  - Our cases: cases/\n",
    )
    loaded = _build(config)
    site = tmp_path / "site"
    for record in examples:
        page = site / "cases" / render.record_page(record).removesuffix(".md") / "index.html"
        assert page.is_file(), page
    index = (site / "cases" / "index.html").read_text(encoding="utf-8")
    assert "Cases" in index
    assert not (tmp_path / "docs" / "cases").exists()  # virtual files only
    nav = loaded["nav"]
    assert nav[0] == {"Home": "index.md"}
    ((title, items),) = nav[1].items()
    assert title == "Our cases"
    assert items[0] == "cases/index.md"
    assert items[1] == {"Who accused whom": "cases/who-accused-whom.md"}
    (stories,) = items[2].values()
    assert [next(iter(story.values())) for story in stories] == [
        f"cases/stories/{path.stem}.md" for path in sorted(EXAMPLES.glob("*.yaml"))
    ]
    assert [next(iter(group)) for group in items[3:]] == [
        "Allegations",
        "Responses",
        "Proceedings",
        "Events",
        "Actors",
        "Reports",
        "Documents",
    ]
    # Record pages are reached from those pages, not listed: the navigation every page
    # carries does not grow with the records.
    mali = (site / "cases" / "actors" / "mali" / "index.html").read_text(encoding="utf-8")
    assert "stories/voa-mali-2022/" in mali
    assert mali.count('href="../') < 30 + len(stories)  # the stories are listed, not records


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
def test_plugin_lists_no_stories_beyond_nav_stories(tmp_path: Path) -> None:
    config = _project(
        tmp_path, f"      data: [{EXAMPLES}]\n      nav_stories: 5", "nav:\n  - index.md\n"
    )
    loaded = _build(config)
    ((_, items),) = loaded["nav"][-1].items()
    assert "Stories" not in [next(iter(item)) for item in items if isinstance(item, dict)]
    # The overview lists every story, and the story pages are built.
    index = (tmp_path / "site" / "records" / "index.html").read_text(encoding="utf-8")
    assert 'href="stories/voa-mali-2022/"' in index
    assert (tmp_path / "site" / "records" / "stories" / "axum-2020" / "index.html").is_file()


@needs_mkdocs
def test_plugin_stops_the_build_on_bad_data(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    data = tmp_path / "data"
    data.mkdir()
    (data / "bad.yaml").write_text(
        "schema_version: 2\nactors:\n- id: mali\n  nmae: Mali\n  kind: state\n", "utf-8"
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
        "schema_version: 2\nactors:\n- id: mali\n  name: Mali\n  kind: state\n", "utf-8"
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
