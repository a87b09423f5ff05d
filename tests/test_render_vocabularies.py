"""The vocabularies page lists every term, its description, its codes and who takes it."""

from __future__ import annotations

from newsmodel import render
from newsmodel.render import markdown as md
from newsmodel.vocab import VOCABULARIES


def test_vocabulary_reference_lists_every_term_description_and_code() -> None:
    text = render.vocabulary_reference()
    for name, vocabulary in VOCABULARIES.items():
        assert f"## {name}\n" in text
        for term in vocabulary:
            assert f"| `{term.term}` | {md.escape(term.description)} |" in text
            for code in term.codes.values():
                assert md.escape(code) in text
    assert "Used by [`Response.stances`](schema.md#response)" in text


def test_vocabulary_reference_shows_who_takes_each_stance() -> None:
    text = render.vocabulary_reference()
    assert "| `ruling_upheld` |" in text
    row = next(line for line in text.splitlines() if line.startswith("| `ruling_upheld` |"))
    assert "third party" in row
