"""NM451, NM452: every actor and document is referred to by some record (warnings)."""

from __future__ import annotations

from collections.abc import Container, Mapping

from newsmodel.rules.index import Entry, Find

__all__ = ["check_unused"]


def check_unused(index: Mapping[str, Entry], named_elsewhere: Container[str], find: Find) -> None:
    """Report actors and documents no record names (``named_elsewhere``: by rejected ones)."""
    for record_id, entry in index.items():
        if (
            entry.kind in ("actor", "document")
            and not entry.used
            and record_id not in named_elsewhere
        ):
            code = "NM451" if entry.kind == "actor" else "NM452"
            find(
                entry.origin,
                ("id",),
                code,
                f"{entry.kind} {record_id!r} is not referred to by any record",
                "remove it, or refer to it where it plays a part",
            )
