"""The pre-commit hook, run for real by pre-commit on a commit.

A temporary git repository keeps newsmodel data in ``data/`` and a
``.pre-commit-config.yaml`` that uses the ``newsmodel-validate`` hook of
this checkout, as the README tells users to::

    repos:
    - repo: <this checkout>
      rev: <its HEAD commit>
      hooks:
      - id: newsmodel-validate
        args: [data/]
        files: ^data/

``pre-commit install`` puts the hook in place, and ``git commit`` runs it.
pre-commit clones the checkout at ``rev`` and pip-installs newsmodel and
its dependencies into the hook's environment (from the package index, so
the first run takes a while); the environment is built once, in a
``PRE_COMMIT_HOME`` shared by the tests of this module.

The hook sees the *committed* state of the checkout (what ``rev`` names):
in CI, a fresh clone, that is everything.  Uncommitted changes to the hook
definition or to the package are not seen until they are committed.

The README documents a second form that needs no URL, a ``local`` hook that
repeats the definition and names the distribution in
``additional_dependencies``.  That snippet is run as written except for one
word: the dependency ``newsmodel-accusations`` becomes
``newsmodel-accusations @ file:///<this checkout>``, so pre-commit installs
this checkout (its working tree) rather than a release from PyPI.  pip
refuses the checkout if it does not build a distribution of that name.

The tests are skipped when git or pre-commit is not installed, or when this
is not a git checkout.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

import pytest
import yaml

ROOT = Path(__file__).resolve().parents[1]
CLEAN = Path(__file__).resolve().parent / "fixtures" / "clean" / "mali.yaml"
HOOK = "newsmodel-validate"

#: A file with one mistake: an actor kind that is not a term (NM205 at line 5, column 9).
BROKEN = """\
schema_version: 2
actors:
- id: france
  name: France
  kind: stat
"""
BROKEN_PROBLEM = "data/france.yaml:5:9: NM205 'stat' is not an actor kind term"


def _pre_commit() -> list[str] | None:
    """The command that runs pre-commit: this Python's module, else the one on PATH."""
    if importlib.util.find_spec("pre_commit") is not None:
        return [sys.executable, "-m", "pre_commit"]
    found = shutil.which("pre-commit")
    return [found] if found else None


PRE_COMMIT = _pre_commit()
GIT = shutil.which("git")

pytestmark = [
    pytest.mark.skipif(GIT is None, reason="git is not installed (not on PATH)"),
    pytest.mark.skipif(
        PRE_COMMIT is None,
        reason="pre-commit is not installed (neither importable nor on PATH)",
    ),
]


@dataclass(frozen=True)
class Done:
    status: int
    output: str


@dataclass(frozen=True)
class Setting:
    """What every test runs with: the environment, and the checkout's commit."""

    env: dict[str, str]
    rev: str

    def run(self, *args: str, cwd: Path) -> Done:
        done = subprocess.run(
            args,
            cwd=cwd,
            env=self.env,
            stdout=subprocess.PIPE,
            stderr=subprocess.STDOUT,
            text=True,
            check=False,
            timeout=900,  # the first run builds the hook's environment
        )
        return Done(done.returncode, done.stdout)

    def git(self, *args: str, cwd: Path) -> Done:
        assert GIT is not None
        done = self.run(GIT, *args, cwd=cwd)
        assert done.status == 0, done.output
        return done

    def pre_commit(self, *args: str, cwd: Path) -> Done:
        assert PRE_COMMIT is not None
        return self.run(*PRE_COMMIT, *args, cwd=cwd)


@pytest.fixture(scope="module")
def setting(tmp_path_factory: pytest.TempPathFactory) -> Setting:
    """An environment cut off from the user's git and pre-commit set-up."""
    assert GIT is not None
    home = tmp_path_factory.mktemp("pre-commit-home")
    gitconfig = home / "gitconfig"
    gitconfig.write_text(
        "[user]\n\tname = newsmodel tests\n\temail = tests@newsmodel.invalid\n"
        "[init]\n\tdefaultBranch = main\n"
        "[commit]\n\tgpgsign = false\n"
        "[safe]\n\tdirectory = *\n",
        encoding="utf-8",
    )
    env = {
        key: value
        for key, value in os.environ.items()
        # inside a git hook, GIT_DIR and GIT_INDEX_FILE would point at the wrong repository
        if not key.startswith(("GIT_", "PRE_COMMIT"))
    }
    env.update(
        PRE_COMMIT_HOME=str(home / "cache"),
        PRE_COMMIT_COLOR="never",
        GIT_CONFIG_GLOBAL=str(gitconfig),
        GIT_CONFIG_NOSYSTEM="1",
    )
    head = subprocess.run(
        [GIT, "rev-parse", "--verify", "HEAD"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    if head.returncode != 0:
        pytest.skip(f"{ROOT} is not a git checkout with a commit: {head.stderr.strip()}")
    rev = head.stdout.strip()
    manifest = subprocess.run(
        [GIT, "cat-file", "-e", f"{rev}:.pre-commit-hooks.yaml"], cwd=ROOT, env=env, check=False
    )
    assert manifest.returncode == 0, "the checkout's HEAD has no .pre-commit-hooks.yaml"
    return Setting(env, rev)


def _config(rev: str) -> str:
    # JSON strings are YAML strings: the path is quoted whatever it holds.
    return (
        "repos:\n"
        f"- repo: {json.dumps(str(ROOT))}\n"
        f"  rev: {rev}\n"
        "  hooks:\n"
        f"  - id: {HOOK}\n"
        "    args: [data/]\n"
        "    files: ^data/\n"
    )


def _documented_config() -> str:
    """The ``.pre-commit-config.yaml`` of the README, between its snippet markers."""
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("<!-- --8<-- [start:pre-commit] -->", 1)[1]
    section = section.split("<!-- --8<-- [end:pre-commit] -->", 1)[0]
    return section.split("```yaml\n", 1)[1].split("```", 1)[0]


def _from_this_checkout(config: str) -> str:
    """The documented config, with its dependency on the release replaced by this checkout."""
    dependency = re.compile(r"additional_dependencies: \[([\w.-]+)\]")
    (name,) = dependency.findall(config)
    local = json.dumps(f"{name} @ {ROOT.as_uri()}")
    return dependency.sub(f"additional_dependencies: [{local}]", config)


def _dataset(setting: Setting, root: Path, config: str) -> Path:
    """A git repository with valid data, ``config`` installed as its hooks, nothing committed."""
    (root / "data").mkdir(parents=True)
    shutil.copyfile(CLEAN, root / "data" / "mali.yaml")
    (root / ".pre-commit-config.yaml").write_text(config, encoding="utf-8")
    (root / "README.md").write_text("A newsmodel dataset.\n", encoding="utf-8")
    setting.git("init", "--quiet", cwd=root)
    installed = setting.pre_commit("install", cwd=root)
    assert installed.status == 0, installed.output
    assert (root / ".git" / "hooks" / "pre-commit").exists()
    return root


@pytest.fixture
def repo(setting: Setting, tmp_path: Path) -> Path:
    """A dataset that uses the hook of this checkout at its HEAD commit."""
    return _dataset(setting, tmp_path / "dataset", _config(setting.rev))


def _commits(setting: Setting, root: Path) -> int:
    done = setting.run("git", "rev-list", "--count", "--all", cwd=root)
    return int(done.output.strip()) if done.status == 0 else 0


def test_commit_of_valid_data_passes(setting: Setting, repo: Path) -> None:
    setting.git("add", "--all", cwd=repo)
    done = setting.run("git", "commit", "--message", "Add Mali data", cwd=repo)
    assert done.status == 0, done.output
    assert "newsmodel validate" in done.output
    assert "Passed" in done.output
    assert _commits(setting, repo) == 1


def test_commit_of_broken_data_fails(setting: Setting, repo: Path) -> None:
    setting.git("add", "--all", cwd=repo)
    assert setting.run("git", "commit", "--message", "Add Mali data", cwd=repo).status == 0
    (repo / "data" / "france.yaml").write_text(BROKEN, encoding="utf-8")
    setting.git("add", "data/france.yaml", cwd=repo)
    done = setting.run("git", "commit", "--message", "Add France", cwd=repo)
    assert done.status != 0, done.output
    assert "Failed" in done.output
    assert BROKEN_PROBLEM in done.output
    assert "hint: did you mean 'state'?" in done.output
    assert "Traceback" not in done.output
    assert _commits(setting, repo) == 1  # the commit was refused


def test_hook_skips_commits_without_data(setting: Setting, repo: Path) -> None:
    # files: ^data/ -- a commit that touches no data does not run the check.
    (repo / "data" / "france.yaml").write_text(BROKEN, encoding="utf-8")
    setting.git("add", "README.md", ".pre-commit-config.yaml", cwd=repo)
    done = setting.run("git", "commit", "--message", "Add README", cwd=repo)
    assert done.status == 0, done.output
    assert "(no files to check)Skipped" in done.output


def test_run_all_files_reports_the_problem(setting: Setting, repo: Path) -> None:
    (repo / "data" / "france.yaml").write_text(BROKEN, encoding="utf-8")
    setting.git("add", "--all", cwd=repo)
    done = setting.pre_commit("run", "--all-files", cwd=repo)
    assert done.status == 1, done.output
    assert BROKEN_PROBLEM in done.output


def test_documented_local_hook_repeats_the_definition() -> None:
    (defined,) = yaml.safe_load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    (documented,) = yaml.safe_load(_documented_config())["repos"]
    assert documented["repo"] == "local"
    (hook,) = documented["hooks"]
    for key in ("id", "name", "entry", "language", "pass_filenames", "require_serial"):
        assert hook[key] == defined[key], key


def test_documented_local_hook_checks_commits(setting: Setting, tmp_path: Path) -> None:
    root = _dataset(setting, tmp_path / "dataset", _from_this_checkout(_documented_config()))
    setting.git("add", "--all", cwd=root)
    done = setting.run("git", "commit", "--message", "Add Mali data", cwd=root)
    assert done.status == 0, done.output
    assert "newsmodel validate" in done.output
    assert "Passed" in done.output
    (root / "data" / "france.yaml").write_text(BROKEN, encoding="utf-8")
    setting.git("add", "data/france.yaml", cwd=root)
    done = setting.run("git", "commit", "--message", "Add France", cwd=root)
    assert done.status != 0, done.output
    assert BROKEN_PROBLEM in done.output
    assert _commits(setting, root) == 1  # the second commit was refused
