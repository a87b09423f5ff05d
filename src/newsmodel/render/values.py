"""Value types as Markdown on a record's page: places, figures and external ids."""

from __future__ import annotations

from collections.abc import Sequence

from newsmodel.model import Count, Place
from newsmodel.render import markdown as md
from newsmodel.render import words
from newsmodel.vocab import Qualifier

__all__ = ["figure", "identifier", "place", "places"]


def place(value: Place) -> str:
    """Return a place with where it lies, its coordinates, GeoNames link and precision."""
    parts = [md.escape(value.name)]
    where = ", ".join(md.escape(p) for p in (value.admin_area, value.country) if p)
    if where:
        parts.append(f"({where})")
    if value.latitude is not None and value.longitude is not None:
        parts.append(f"at {value.latitude}, {value.longitude}")
    if value.geonames_id:
        parts.append(
            f"[GeoNames {value.geonames_id}](https://www.geonames.org/{value.geonames_id})"
        )
    if value.precision:
        parts.append(f"— precision: {words.human(value.precision)}")
    return " ".join(parts)


def places(values: Sequence[Place]) -> str | None:
    """Return places separated by semicolons, or ``None`` for none."""
    return "; ".join(place(value) for value in values) or None


_DASH = "\N{EN DASH}"
_QUALIFIER_WORDS = {
    "exactly": "exactly",
    "at_least": "at least",
    "more_than": "more than",
    "at_most": "up to",
    "fewer_than": "fewer than",
    "about": "about",
}


def figure(count: Count) -> str:
    """Return a count's figure as words: ``at least 4 (range 3 to 9)``, with an en dash."""
    qualifier: Qualifier | None = count.qualifier
    hedge = ""
    if qualifier is not None:
        hedge = _QUALIFIER_WORDS.get(qualifier.term, words.human(qualifier)) + " "
    if count.low is not None or count.high is not None:
        span = f"{count.low if count.low is not None else '?'}{_DASH}"
        span += f"{count.high if count.high is not None else '?'}"
        if count.best is not None:
            return f"{hedge}{count.best} (range {span})"
        return hedge + span
    return f"{hedge}{count.best}"


def identifier(scheme: str, value: str) -> str:
    """Return an id in an external registry, linked where the registry has pages."""
    if scheme == "wikidata":
        return f"Wikidata [{md.escape(value)}](https://www.wikidata.org/wiki/{value})"
    if scheme == "website":
        return f"<{value}>"
    if scheme == "opensanctions":
        return (
            f"OpenSanctions [{md.escape(value)}](https://www.opensanctions.org/entities/{value}/)"
        )
    return f"{md.escape(scheme)} {md.code(value)}"
