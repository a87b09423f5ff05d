"""Markdown that shows text as it is: escaped text, code spans, tables and fenced blocks.

Every renderer of the package builds its pages from these, so that any text
read from a dataset or the code (a summary with a ``|``, a name with a ``*``)
renders as itself.  The output needs only the ``tables`` extension, which
mkdocs enables by default.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

__all__ = ["cell", "code", "escape", "fence", "paragraphs", "table"]

_INLINE_SPECIAL = re.compile(r"([\\`*_\[\]|])")
_BLOCK_START = re.compile(r"^(\s*)([#>+\-=]|\d+[.)])")


def escape(text: str) -> str:
    """Text as one line of Markdown that renders as itself (in a paragraph or a table cell)."""
    text = " ".join(text.split())
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = _INLINE_SPECIAL.sub(r"\\\1", text)
    return _BLOCK_START.sub(lambda m: m.group(1) + "\\" + m.group(2), text, count=1)


def paragraphs(text: str) -> str:
    """Text of one or more paragraphs (blank-line separated) as Markdown paragraphs."""
    blocks = [block for block in re.split(r"\n\s*\n", text.strip()) if block.strip()]
    return "\n\n".join(escape(block) for block in blocks)


def code(text: str) -> str:
    """Text as an inline code span, whatever backticks it holds."""
    text = " ".join(str(text).split())
    fence = "`"
    while fence in text:
        fence += "`"
    pad = " " if text.startswith("`") or text.endswith("`") else ""
    return f"{fence}{pad}{text}{pad}{fence}"


def cell(text: str) -> str:
    """Already-rendered Markdown as one line, for a table cell (its pipes are escaped)."""
    return " ".join(text.split())


def table(header: Sequence[str], rows: Iterable[Sequence[str]], *, drop_empty: bool = False) -> str:
    """Render a table; with ``drop_empty``, columns with no value in any row are left out."""
    rows = [list(row) for row in rows]
    if drop_empty:
        keep = [i for i in range(len(header)) if i == 0 or any(row[i].strip() for row in rows)]
        header = [header[i] for i in keep]
        rows = [[row[i] for i in keep] for row in rows]
    lines = ["| " + " | ".join(header) + " |", "|" + "|".join("---" for _ in header) + "|"]
    lines.extend("| " + " | ".join(cell(text) or " " for text in row) + " |" for row in rows)
    return "\n".join(lines)


def fence(text: str, language: str = "") -> str:
    """Text as a fenced code block, whatever backticks it holds."""
    marker = "```"
    while marker in text:
        marker += "`"
    return f"{marker}{language}\n{text.rstrip()}\n{marker}"
