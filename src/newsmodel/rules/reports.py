"""NM322: a report of a kind that has a headline but gives no title (information).

An article or a wire story has a headline; a statement, a post or a
broadcast may have none, and their kind says so.  A coder who read a story
in an excerpt or a copy may not have seen its headline, and must not invent
one: so a missing title is information, reported by ``validate``, not an
error that stops a file from loading.
"""

from __future__ import annotations

from collections.abc import Mapping

from newsmodel.rules.index import Entry, Find, ReportEntry

__all__ = ["check_titles"]


def check_titles(index: Mapping[str, Entry], find: Find) -> None:
    """Report every report of a headed kind that gives no title."""
    for record_id, entry in index.items():
        if isinstance(entry, ReportEntry) and entry.untitled is not None:
            find(
                entry.origin,
                ("title",),
                "NM322",
                f"the report {record_id!r} gives no title, which {entry.untitled} reports have",
                "give the headline if you have it (never one of your own), or set kind to "
                "what the source is (a statement, a post, a broadcast)",
            )
