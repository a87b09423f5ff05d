"""Quotes in the report's text: highlighted where they stand, with an anchor to link to.

A quote with offsets (``start``, ``end``) stands at ``body[start:end]`` of its
report.  The report's page shows its text with each such quote in a
``<mark>`` whose ``id`` is :func:`anchor` (``quote-1883-1909``), and the
pages of the records citing it link their quotes to that anchor.  Quotes
that overlap share one mark; the later ones get an anchor inside it.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable

from newsmodel.model import Quote
from newsmodel.render import markdown as md

__all__ = ["anchor", "marked_text"]

# Characters that stand for the marks while the text is escaped as Markdown; a text
# that holds one already is shown without marks.
_OPEN, _CLOSE, _POINT = "\ue000", "\ue001", "\ue002"
_BREAK = re.compile(r"\n\s*\n")  # between paragraphs, which a mark cannot span


def anchor(quote: Quote) -> str | None:
    """Return the id of a quote's mark in its report's text, or ``None`` without offsets."""
    if quote.start is None or quote.end is None:
        return None
    return f"quote-{quote.start}-{quote.end}"


def marked_text(body: str, quotes: Iterable[tuple[Quote, str]]) -> str:
    """Return a report's text as Markdown paragraphs, its quotes in marks.

    ``quotes`` pairs each quote with the title of the record that cites it,
    shown when the pointer rests on the mark.  Offsets outside the text are
    ignored (a dataset that was not validated may hold them).
    """
    spans = sorted(
        {
            (q.start, q.end, title)
            for q, title in quotes
            if q.start is not None and q.end is not None and 0 <= q.start < q.end <= len(body)
        }
    )
    if not spans or any(c in body for c in (_OPEN, _CLOSE, _POINT)):
        return md.paragraphs(body)
    inserts: dict[int, str] = {}
    tags: list[str] = []  # the HTML of each mark or anchor, in text order
    region_end = -1
    named: set[str] = set()
    for start, end, title in spans:
        name = f"quote-{start}-{end}"
        if name in named:
            continue
        named.add(name)
        if start < region_end or _BREAK.search(body, start, end):  # an anchor only
            inserts[start] = inserts.get(start, "") + _POINT
            tags.append(f'<a id="{name}"></a>')
            continue
        inserts[start] = inserts.get(start, "") + _OPEN
        inserts[end] = _CLOSE + inserts.get(end, "")
        tags.append(f'<mark id="{name}" title="{html.escape(title)}">')
        region_end = end
    text = "".join(inserts.get(i, "") + char for i, char in enumerate(body)) + inserts.get(
        len(body), ""
    )
    out = md.paragraphs(text)
    pending = iter(tags)
    pieces = []
    for char in out:
        if char in (_OPEN, _POINT):
            pieces.append(next(pending))
        elif char == _CLOSE:
            pieces.append("</mark>")
        else:
            pieces.append(char)
    return "".join(pieces)
