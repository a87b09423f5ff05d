"""NM401: ids are unique across the whole dataset; both places are reported."""

from __future__ import annotations

from newsmodel.problems import render_path
from newsmodel.rules.index import Find, Origin

__all__ = ["check_duplicates"]


def check_duplicates(duplicates: dict[str, list[Origin]], find: Find) -> None:
    """Report each record of an id used more than once, naming another place of it."""
    for record_id, origins in duplicates.items():
        for number, origin in enumerate(origins):
            other = origins[1] if number == 0 else origins[0]
            where = f"{other.file}" if other.file else render_path(other.prefix)
            if other.line is not None:
                where += f":{other.line}"
            elif other.file:
                where += f" at {render_path(other.prefix)}"
            find(
                origin,
                ("id",),
                "NM401",
                f"id {record_id!r} is used by {len(origins)} records (also in {where})",
                "ids must be unique across the whole dataset; rename one"
                if number
                else "rename the other record, or remove one of them",
            )
