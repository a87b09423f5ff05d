"""Values as words on a page: vocabulary terms, their external codes, dates, lists of names."""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel.dates import PartialDate
from newsmodel.render import markdown as md
from newsmodel.vocab import Term

__all__ = ["SCHEME_NAMES", "codes", "date", "human", "list_words"]

#: Display names of the external standards, for the codes column.
SCHEME_NAMES = {
    "cameo": "CAMEO",
    "plover": "PLOVER",
    "acled": "ACLED",
    "huridocs": "HURIDOCS",
    "ftm": "FtM",
    "cohen": "Cohen",
}


def date(value: PartialDate | None) -> str | None:
    """Return a date as page text, or ``None`` for a fact left out."""
    return md.escape(str(value)) if value else None


def human(term: Term) -> str:
    """Return a term as words (``not_addressed`` -> ``not addressed``)."""
    return term.term.replace("_", " ")


def codes(term: Term, separator: str = "; ") -> str:
    """Return a term's codes in external standards (``CAMEO `1121`; Cohen *literal denial*``)."""
    return separator.join(
        f"{SCHEME_NAMES.get(scheme, scheme)} "
        + (f"*{md.escape(code)}*" if " " in code else md.code(code))
        for scheme, code in term.codes.items()
    )


def list_words(names: Sequence[str], limit: int = 3) -> str:
    """Join words: ``a``, ``a and b``, ``a, b and c``; long lists end ``and N others``."""
    if len(names) > limit:
        names = [*names[: limit - 1], f"{len(names) - limit + 1} others"]
    if len(names) <= 1:
        return "".join(names)
    return ", ".join(names[:-1]) + " and " + names[-1]
