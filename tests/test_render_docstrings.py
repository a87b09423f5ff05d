"""newsmodel's reStructuredText-flavoured docstrings turn into Markdown."""

from __future__ import annotations

import pytest

from newsmodel import render


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
    assert render.markdown_from_docstring(source) == expected


def test_markdown_from_docstring_links_with_a_resolver() -> None:
    def link(role: str, target: str) -> str | None:
        return f"[{target}](#{target.lower()})" if role == "class" else None

    text = render.markdown_from_docstring("See :class:`Place` and :data:`RULES`.", link)
    assert text == "See [Place](#place) and `RULES`."
