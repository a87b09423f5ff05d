"""The CAMEO and PLOVER codes of newsmodel.vocab, checked against their sources.

The sources are kept as data in ``tests/data`` (each file's header names the
repository, path, commit and licence it was taken from):

- ``plover_crosswalk.csv``: the CAMEO codes the vocabularies use, with their
  names from the CAMEO codebook and their row in PLOVER's own CAMEO-to-PLOVER
  conversion table;
- ``plover_terms.csv``: PLOVER's event types, modes, sector codes and size
  fields, from the PLOVER manual;
- ``plover_cameo2plover.csv``: every mapping line of PLOVER's conversion table
  itself, against which the trimmed rows of ``plover_crosswalk.csv`` are checked.

A PLOVER event code is written ``CATEGORY`` or ``CATEGORY:mode`` (``COERCE:deport``);
an actor kind carries a sector code (``JRN``) and a count kind a size field
(``dead``).
"""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

import pytest

from newsmodel.vocab import VOCABULARIES, ActorKind, CountKind, Term

DATA = Path(__file__).resolve().parent / "data"


def _rows(name: str) -> Iterator[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as handle:
        yield from csv.DictReader(line for line in handle if not line.startswith("#"))


class Cameo(NamedTuple):
    """One CAMEO code of the crosswalk file, with its PLOVER row (if any)."""

    kind: str  # "event" or "actor"
    name: str
    plover_category: str  # empty: PLOVER has no row for it
    plover_mode: str  # empty: the row gives no mode


CAMEO = {
    row["cameo"]: Cameo(row["kind"], row["cameo_name"], row["plover_category"], row["plover_mode"])
    for row in _rows("plover_crosswalk.csv")
}
PLOVER: dict[str, set[str]] = {}
for _row in _rows("plover_terms.csv"):
    PLOVER.setdefault(_row["kind"], set()).add(_row["name"])

#: What a vocabulary's PLOVER codes name: a sector, a size field, or (the default) an event.
PLOVER_KIND: dict[type[Term], str] = {ActorKind: "sector", CountKind: "size"}
#: What a vocabulary's CAMEO codes name: an actor role, or (the default) an event.
CAMEO_KIND: dict[type[Term], str] = {ActorKind: "actor"}

#: PLOVER keeps CAMEO's sector codes but one: CAMEO's MED (media) is JRN in PLOVER,
#: where MED means health (PLOVER manual, "Sector code notes", note 4).
SECTOR_RENAMES = {"MED": "JRN"}

#: Where a term's PLOVER code is not the crosswalk file's row for its CAMEO code, and why.
#: Each reason cites the PLOVER manual (same commit as the data), which is newer than the
#: conversion table (17 September 2021) and more specific than it.
EXCEPTIONS: dict[tuple[str, str], str] = {
    ("016", "REJECT"): (
        "PLOVER drops CAMEO 01, but its manual (chapter 'CAMEO vs. PLOVER', table notes, "
        "note 2) names this one choice: 016 'Deny responsibility' might be REJECT"
    ),
    ("055", "CONCEDE"): (
        "manual, SUPPORT and CONCEDE 'Potential ambiguities' (2022): expressions of regret "
        "or remorse are CONCEDE; the 2021 table still files 055 under SUPPORT"
    ),
    ("163", "SANCTION:discontinue"): (
        "manual, SANCTION modes (2022): international sanctions are SANCTION 'discontinue'; "
        "the 2021 table gives COERCE restrict"
    ),
    ("166", "SANCTION:withdraw"): (
        "CAMEO 166 is 'Expel or withdraw'; the table gives only its 'expel' half, and the "
        "manual's SANCTION modes name the withdrawal of oneself or one's observers, "
        "diplomats or peacekeepers 'withdraw'"
    ),
}


def _codes(scheme: str) -> list[tuple[Term, str]]:
    return [
        (member, member.codes[scheme])
        for cls in VOCABULARIES.values()
        for member in cls
        if scheme in member.codes
    ]


def _both() -> list[tuple[Term, str, str]]:
    return [
        (member, member.codes["cameo"], member.codes["plover"])
        for cls in VOCABULARIES.values()
        for member in cls
        if {"cameo", "plover"} <= set(member.codes)
    ]


def _id(value: object) -> str:
    return f"{type(value).__name__}.{value.name}" if isinstance(value, Term) else str(value)


def _split(code: str) -> tuple[str, str]:
    category, _, mode = code.partition(":")
    return category, mode


@pytest.mark.parametrize(("member", "code"), _codes("plover"), ids=_id)
def test_every_plover_code_exists_in_plover(member: Term, code: str) -> None:
    kind = PLOVER_KIND.get(type(member), "event")
    if kind != "event":
        assert code in PLOVER[kind], f"{member!r}: {code!r} is not a PLOVER {kind}"
        return
    category, mode = _split(code)
    assert category in PLOVER["category"], f"{member!r}: no PLOVER event type {category!r}"
    if mode:
        assert code in PLOVER["mode"], f"{member!r}: {category} has no mode {mode!r}"


@pytest.mark.parametrize(("member", "code"), _codes("cameo"), ids=_id)
def test_every_cameo_code_exists_in_cameo(member: Term, code: str) -> None:
    assert code in CAMEO, f"{member!r}: {code!r} is not in the CAMEO codebook data"
    assert CAMEO[code].kind == CAMEO_KIND.get(type(member), "event"), (member, code)


@pytest.mark.parametrize(("member", "cameo", "plover"), _both(), ids=_id)
def test_the_crosswalk_maps_the_cameo_code_to_the_plover_code(
    member: Term, cameo: str, plover: str
) -> None:
    row = CAMEO[cameo]
    if row.kind == "actor":
        assert plover == SECTOR_RENAMES.get(cameo, cameo), (member, cameo, plover)
        return
    if (cameo, plover) in EXCEPTIONS:
        return
    category, mode = _split(plover)
    assert row.plover_category, f"{member!r}: PLOVER has no equivalent of CAMEO {cameo}"
    assert category == row.plover_category, (member, cameo, row)
    # A mode the table leaves open may be given; one it names must be the same.
    assert not (mode and row.plover_mode) or mode == row.plover_mode, (member, cameo, row)


@pytest.mark.parametrize(("cameo", "plover"), sorted(EXCEPTIONS))
def test_every_exception_is_still_needed(cameo: str, plover: str) -> None:
    assert (cameo, plover) in {(c, p) for _, c, p in _both()}, "unused exception"
    category, mode = _split(plover)
    row = CAMEO[cameo]
    assert (category, mode) != (row.plover_category, row.plover_mode)


def test_the_crosswalk_rows_name_real_plover_codes() -> None:
    for code, row in CAMEO.items():
        if row.plover_category:
            assert row.plover_category in PLOVER["category"], code
        if row.plover_mode:
            assert f"{row.plover_category}:{row.plover_mode}" in PLOVER["mode"], code


#: Every mapping line of CAMEO2PLOVER-2021.txt: (category, mode) pairs by CAMEO code.
TABLE: dict[str, set[tuple[str, str]]] = {}
for _row in _rows("plover_cameo2plover.csv"):
    TABLE.setdefault(_row["cameo"], set()).add((_row["plover_category"], _row["plover_mode"]))


def test_the_conversion_table_copy_is_whole() -> None:
    # Every CAMEO cue category 03-20 heads a block; 01 and 02 are the ones PLOVER drops.
    assert {f"{number:02d}" for number in range(3, 21)} <= set(TABLE)
    assert not {"01", "02"} & set(TABLE)
    lines = [int(row["line"]) for row in _rows("plover_cameo2plover.csv")]
    assert lines == sorted(set(lines)), "rows out of file order, or repeated"
    assert len(lines) > 250  # the 2021 table has 276 mapping lines


@pytest.mark.parametrize(
    "cameo", sorted(code for code, row in CAMEO.items() if row.kind == "event")
)
def test_the_trimmed_rows_are_the_conversion_tables(cameo: str) -> None:
    row = CAMEO[cameo]
    if cameo not in TABLE:
        assert (row.plover_category, row.plover_mode) == ("", ""), f"{cameo} is not in the table"
        return
    assert (row.plover_category, row.plover_mode) in TABLE[cameo], (cameo, TABLE[cameo])


FTM = {
    line.strip()
    for line in (DATA / "ftm_schemata.txt").read_text(encoding="utf-8").splitlines()
    if line.strip() and not line.startswith("#")
}


@pytest.mark.parametrize(("member", "code"), _codes("ftm"), ids=_id)
def test_every_ftm_code_is_a_followthemoney_schema(member: Term, code: str) -> None:
    assert code in FTM, f"{member!r}: {code!r} is not a current FollowTheMoney schema"
