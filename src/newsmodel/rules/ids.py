"""NM401: ids are unique across the whole dataset; every place of a repeated id is reported.

One check for every caller: the dataset checker (which streams records) and
:class:`~newsmodel.dataset.Dataset` (which holds them) both note repeated
ids in a :class:`Duplicates` and report them with :meth:`Duplicates.check`.
"""

from __future__ import annotations

from newsmodel.problems import render_path
from newsmodel.rules.index import Find, Origin

__all__ = ["Duplicates"]


class Duplicates:
    """The places of each id read more than once, the first place first."""

    def __init__(self) -> None:
        self.places: dict[str, list[Origin]] = {}

    def add(self, record_id: str, first: Origin, again: Origin) -> None:
        """Note that ``record_id``, first read at ``first``, was read again at ``again``."""
        self.places.setdefault(record_id, [first]).append(again)

    def check(self, find: Find) -> None:
        """Report each record of a repeated id, naming another place of it."""
        for record_id, origins in self.places.items():
            for number, origin in enumerate(origins):
                other = origins[1] if number == 0 else origins[0]
                find(
                    origin,
                    ("id",),
                    "NM401",
                    f"id {record_id!r} is used by {len(origins)} records (also in {_where(other)})",
                    "ids must be unique across the whole dataset; rename one"
                    if number
                    else "rename the other record, or remove one of them",
                )


def _where(origin: Origin) -> str:
    """``a.yaml:12``, ``a.yaml at $.actors[3]`` or ``$.actors[3]``: a record's place."""
    where = f"{origin.file}" if origin.file else render_path(origin.prefix)
    if origin.line is not None:
        return f"{where}:{origin.line}"
    if origin.file:
        return f"{where} at {render_path(origin.prefix)}"
    return where
