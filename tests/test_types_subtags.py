"""A language tag found in the IANA registry is one langcodes accepts.

:mod:`newsmodel.types.subtags` accepts a language tag without importing
langcodes when all its subtags are registered; langcodes has the last word on
everything else.  These tests hold the two to the same answer.
"""

from __future__ import annotations

import importlib.util
import random
import re
from pathlib import Path

import langcodes
import pytest

from newsmodel.types import subtags
from newsmodel.types.language import _PATTERN


def _registered_subtags() -> dict[str, list[str]]:
    """Every subtag of the registry by its type (ranges such as ``qaa..qtz`` left out)."""
    found: dict[str, list[str]] = {}
    text = subtags._read().decode()
    for kind, subtag in re.findall(r"\nType: (\w+)\nSubtag: (\S+)\n", text):
        if ".." not in subtag:
            found.setdefault(kind, []).append(subtag)
    return found


SUBTAGS = _registered_subtags()


def _langcodes_accepts(tag: str) -> bool:
    return bool(_PATTERN.match(tag)) and langcodes.tag_is_valid(tag)


def test_the_registry_is_read() -> None:
    assert len(SUBTAGS["language"]) > 8000
    assert {"script", "region", "variant"} <= set(SUBTAGS)


@pytest.mark.parametrize("kind", ["language", "script", "region", "variant"])
def test_every_registered_subtag_is_accepted_alike(kind: str) -> None:
    tags = {
        "language": SUBTAGS["language"],
        "script": [f"en-{script}" for script in SUBTAGS["script"]],
        "region": [f"en-{region}" for region in SUBTAGS["region"]],
        "variant": [f"en-{variant}" for variant in SUBTAGS["variant"]],
    }[kind]
    for tag in tags:
        assert subtags.registered(tag), tag
        assert _langcodes_accepts(tag), tag


def test_combined_subtags_are_accepted_alike() -> None:
    chosen = random.Random(18)
    for _ in range(3000):
        tag = chosen.choice(SUBTAGS["language"])
        if chosen.random() < 0.5:
            tag += "-" + chosen.choice(SUBTAGS["script"])
        if chosen.random() < 0.7:
            tag += "-" + chosen.choice(SUBTAGS["region"])
        for _ in range(chosen.choice([0, 0, 1, 2])):
            tag += "-" + chosen.choice(SUBTAGS["variant"])
        for written in (tag, tag.upper(), tag.lower()):
            assert subtags.registered(written) == _langcodes_accepts(written), written


@pytest.mark.parametrize(
    "tag",
    [
        "en", "EN", "en-gb", "zh-Hant-TW", "sr-Latn-RS", "es-419", "de-CH-1901", "sl-rozaj-biske",
        "und", "iw", "sh", "mo", "no", "in", "ji", "sgn-US", "en-GB-oxendict", "ca-valencia",
    ],
)  # fmt: skip
def test_registered_tags_are_accepted(tag: str) -> None:
    assert subtags.registered(tag)
    assert _langcodes_accepts(tag)


@pytest.mark.parametrize(
    "tag",
    [
        # Not registered, or repeated: neither accepts them.
        "zz", "jp", "en-Latx", "en-QQ", "en-000", "en-oxenfree", "de-1901-1901",
        # Shapes left to langcodes (extended language, extension, private use, legacy):
        "zh-yue", "zh-min-nan", "en-a-bbb", "en-x-private", "x-whatever", "i-klingon",
        "en-GB-oed", "qaa", "en-QM", "", "en_US", "en-", "English", "419",
    ],
)  # fmt: skip
def test_other_tags_are_left_to_langcodes(tag: str) -> None:
    assert not subtags.registered(tag)


def test_an_unreadable_registry_leaves_every_tag_to_langcodes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(subtags, "_registry", b"")
    assert not subtags.registered("en")


def test_a_registry_with_windows_line_ends_is_read_alike(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # The registry is searched for "\nType: ...\nSubtag: ...\n": a copy with CRLF line
    # ends must give the same answers.
    text = subtags._read()
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "language-subtag-registry.txt").write_bytes(text.replace(b"\n", b"\r\n"))
    spec = importlib.util.find_spec("langcodes")
    assert spec is not None
    monkeypatch.setattr(spec, "submodule_search_locations", [str(tmp_path)])
    monkeypatch.setattr(importlib.util, "find_spec", lambda name: spec)
    assert subtags._read() == text
