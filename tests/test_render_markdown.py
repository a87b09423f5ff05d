"""Escaped text renders as itself, in a paragraph and in a table cell."""

from __future__ import annotations

import html
import re

import pytest

from newsmodel.render import markdown as md


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
    for source in (md.escape(text), md.table(("Text",), [[md.escape(text)]])):
        rendered = markdown.markdown(source, extensions=["tables"])  # as mkdocs always has
        shown = html.unescape(re.sub(r"<[^>]+>", "", rendered)).strip()
        assert shown.removeprefix("Text").strip() == text
