"""A mkdocs plugin that renders a newsmodel dataset's records as pages of a site.

Install ``newsmodel-accusations[docs]`` and name the plugin in ``mkdocs.yml``::

    plugins:
    - search
    - newsmodel:
        data: [data/]          # files and folders, relative to mkdocs.yml
        prefix: records/       # where the pages go in the site (default)
        title: Records         # the index page's heading and the nav section's title
        nav: true              # put the pages in the navigation (default)
        nav_stories: 20        # the most stories the navigation lists (default)
        fail_on_warnings: false

At every build the plugin reads and checks the data as one dataset (as
``newsmodel validate`` does).  Any error stops the build with the list of
problems; warnings are logged (as errors too, with ``fail_on_warnings``).
It then adds, as virtual files that are never written to the docs folder,
an overview, a page per story (the records of one data file), per kind of
record and for who accused whom, and one page per report, actor, document,
allegation, response and event (:func:`newsmodel.render.render_dataset_pages`).

The navigation lists the overview, who accused whom, the stories (up to
``nav_stories`` of them) and the kinds, never the records themselves: a
record's page is reached from those pages, so the navigation that every
page of the site carries stays the same size however large the dataset.
A page you write yourself at the same path (``records/index.md``, say)
wins over the generated one.  With an explicit ``nav``, the plugin puts the
section where an entry names the prefix (``- Records: records/``) or its
``index.md``, and otherwise appends it at the end; without one, mkdocs
lists the pages from their folders, record pages left out.  ``mkdocs serve`` rebuilds when the
data changes.

mkdocs is imported only by this module, so it is not a requirement of
newsmodel itself.
"""

from __future__ import annotations

import logging
import os
import posixpath
from collections.abc import Callable, Iterable
from typing import Any

from mkdocs.config import config_options as opt
from mkdocs.config.base import Config
from mkdocs.config.defaults import MkDocsConfig
from mkdocs.exceptions import PluginError
from mkdocs.livereload import LiveReloadServer
from mkdocs.plugins import BasePlugin
from mkdocs.structure.files import File, Files, InclusionLevel

from newsmodel import dataset as datasets
from newsmodel.dataset import Dataset
from newsmodel.problems import Problem, Severity
from newsmodel.render import record_groups, render_dataset_pages
from newsmodel.render.stories import stories_of
from newsmodel.render.titles import (
    KIND_FOLDERS,
    READING_ORDER,
    WHO_ACCUSED_WHOM,
    kind_page,
    story_page,
)

__all__ = ["NewsmodelPlugin", "NewsmodelPluginConfig", "load_dataset"]

log = logging.getLogger(f"mkdocs.plugins.{__name__}")

_SHOWN_PROBLEMS = 50


class NewsmodelPluginConfig(Config):  # type: ignore[no-untyped-call]
    """The options of the ``newsmodel`` plugin in ``mkdocs.yml``."""

    # Written ``data`` in mkdocs.yml: mkdocs drops a trailing "_", which keeps the option
    # from hiding ``Config.data`` (a Config is a UserDict).
    data_ = opt.ListOfPaths(default=[])
    """Data files and folders, relative to ``mkdocs.yml``, read as one dataset."""
    prefix = opt.Type(str, default="records/")
    """The folder of the site the pages go in."""
    title = opt.Type(str, default="Records")
    """The heading of the index page, and the title of the navigation section."""
    nav = opt.Type(bool, default=True)
    """Whether to put the pages in an explicit ``nav``."""
    fail_on_warnings = opt.Type(bool, default=False)
    """Whether the data's warnings (unused actors...) stop the build as errors do."""
    nav_stories = opt.Type(int, default=20)
    """The most stories the navigation lists; with more, the overview page lists them."""


def load_dataset(
    paths: Iterable[str | os.PathLike[str]],
) -> tuple[Dataset, list[Problem]]:
    """Read and check files and folders as one dataset, in one pass.

    Returns the dataset, each record with the file it was read from (its
    story), and every problem found (warnings included); the dataset is
    empty when an error was found.  The caller decides what errors mean.
    """
    run = datasets._run(paths, keep=True)
    problems = sorted(run.problems, key=Problem.sort_key)
    failed = any(problem.severity is Severity.ERROR for problem in problems)
    return Dataset._of(() if failed else run.kept), problems


def _problem_list(problems: list[Problem]) -> str:
    lines = [f"  {problem}" for problem in problems[:_SHOWN_PROBLEMS]]
    if len(problems) > _SHOWN_PROBLEMS:
        lines.append(f"  ... and {len(problems) - _SHOWN_PROBLEMS} more")
    return "\n".join(lines)


class NewsmodelPlugin(BasePlugin[NewsmodelPluginConfig]):  # type: ignore[no-untyped-call]
    """Adds a page per record of a newsmodel dataset to a mkdocs site."""

    def on_config(self, config: MkDocsConfig) -> MkDocsConfig | None:
        """Check the options: some data, and a prefix that is a relative folder."""
        if not self.config.data_:
            raise PluginError("newsmodel: set 'data' to the data files and folders to render")
        prefix = self.config.prefix.strip().strip("/")
        if prefix.startswith(".") or ".." in prefix.split("/") or "\\" in prefix:
            raise PluginError(f"newsmodel: 'prefix' must be a folder of the site, not {prefix!r}")
        self.config.prefix = prefix + "/" if prefix else ""
        return config

    def on_files(self, files: Files, /, *, config: MkDocsConfig) -> Files | None:
        """Check the data, add its pages as virtual files, and place them in the navigation."""
        dataset, problems = load_dataset(self.config.data_)
        errors = [p for p in problems if p.severity is Severity.ERROR]
        warnings = [p for p in problems if p.severity is Severity.WARNING]
        if errors or (warnings and self.config.fail_on_warnings):
            failing = problems if self.config.fail_on_warnings else errors
            raise PluginError(
                f"newsmodel: the data has {len(failing)} problem"
                f"{'s' if len(failing) != 1 else ''}:\n{_problem_list(failing)}"
            )
        if warnings:
            log.info(
                "newsmodel: the data has %d warning%s:\n%s",
                len(warnings),
                "s" if len(warnings) != 1 else "",
                _problem_list(warnings),
            )
        prefix = self.config.prefix
        listed = self._listed(dataset)
        for path, markdown in render_dataset_pages(dataset, title=self.config.title).items():
            uri = prefix + path
            if files.get_file_from_path(uri) is not None:
                log.info("newsmodel: keeping %s from the docs folder instead of generating it", uri)
                continue
            inclusion = InclusionLevel.UNDEFINED if path in listed else InclusionLevel.NOT_IN_NAV
            files.append(File.generated(config, uri, content=markdown, inclusion=inclusion))
        if self.config.nav and config.nav is not None:
            config.nav = _place_in_nav(
                config.nav, self._section(dataset), prefix, self.config.title
            )
        return files

    def _listed(self, dataset: Dataset) -> set[str]:
        """Return the pages the navigation lists: not the records', nor many stories'."""
        listed = {"index.md", WHO_ACCUSED_WHOM, *(kind_page(kind) for kind in KIND_FOLDERS)}
        stories = stories_of(dataset).all
        if len(stories) <= self.config.nav_stories:
            listed.update(story_page(story.slug) for story in stories)
        return listed

    def _section(self, dataset: Dataset) -> Callable[[str], dict[str, Any]]:
        """Return the navigation section: overview, who accused whom, stories, kinds.

        Its size does not grow with the number of records: record pages are
        reached from these pages.
        """
        prefix = self.config.prefix
        kinds = {kind for kind, _ in record_groups(dataset)}
        stories = stories_of(dataset).all

        def section(title: str) -> dict[str, Any]:
            items: list[Any] = [prefix + "index.md"]
            if "allegation" in kinds:
                items.append({"Who accused whom": prefix + WHO_ACCUSED_WHOM})
            if stories and len(stories) <= self.config.nav_stories:
                pages = [{story.title: prefix + story_page(story.slug)} for story in stories]
                items.append({"Stories": pages})
            items += [
                {KIND_FOLDERS[kind].capitalize(): prefix + kind_page(kind)}
                for kind in READING_ORDER
                if kind in kinds
            ]
            return {title: items}

        return section

    def on_serve(
        self, server: LiveReloadServer, /, *, config: MkDocsConfig, builder: Callable[..., Any]
    ) -> LiveReloadServer | None:
        """Rebuild the site when the data changes under ``mkdocs serve``."""
        for path in self.config.data_:
            server.watch(path)
        return server


def _place_in_nav(
    nav: Any, section: Callable[[str], dict[str, Any]], prefix: str, title: str
) -> Any:
    """Put the dataset's section where the nav names the prefix or its index, or at the end."""
    targets = {posixpath.normpath(prefix + "index.md")}
    if prefix:
        targets.add(posixpath.normpath(prefix))
    found = False

    def named(value: Any) -> bool:
        return isinstance(value, str) and posixpath.normpath(value) in targets

    def walk(item: Any) -> Any:
        nonlocal found
        if named(item):
            found = True
            return section(title)
        if isinstance(item, dict) and len(item) == 1:
            ((key, value),) = item.items()
            if named(value):
                found = True
                return section(str(key))
            if isinstance(value, list):
                return {key: [walk(child) for child in value]}
        if isinstance(item, list):
            return [walk(child) for child in item]
        return item

    placed = walk(nav)
    if not found and isinstance(placed, list):
        placed.append(section(title))
    return placed
