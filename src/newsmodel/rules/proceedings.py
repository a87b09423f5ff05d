"""NM325-NM329, NM455: a proceeding's steps and charges, and the steps other records name.

Within one proceeding (:func:`check_proceeding`, run on every proceeding as
it is read):

- NM325: step ids and charge ids are unique within it;
- NM326: a step's ``of`` names a step of the proceeding;
- NM327: ... an earlier one, by order and by date where both are known (an
  appeal comes after the ruling it appeals);
- NM328: a step's ``charges`` name charges of the proceeding;
- NM329: a sanction does not start before the proceeding opened.  It may
  well run after the proceeding closed (a ban served after the settlement,
  a sentence served after the last appeal), so only its start is compared;
- NM337: a step is not timed from itself (its proceeding and its own id).

Across records (:func:`check_steps`, at the end of a run): NM455, the
``step`` of an answer (a response's, or a finding in the ``assessments`` of
a step, a document or a report), of a timing or of a status change names a
step of the proceeding it names.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from newsmodel._wording import closest
from newsmodel.dates import PartialDate
from newsmodel.model import Proceeding
from newsmodel.rules.found import Found, found
from newsmodel.rules.index import Entry, Find, Origin, ProceedingEntry, StepName
from newsmodel.rules.timings import timed_from_itself

__all__ = ["check_proceeding", "check_steps"]


def check_proceeding(proceeding: Proceeding) -> Found:
    """Check the steps and charges of one proceeding."""
    if not proceeding.steps and not proceeding.charges:
        return []
    problems = _unique(proceeding)
    charges = {charge.id for charge in proceeding.charges}
    every = {step.id for step in proceeding.steps if step.id is not None}
    earlier: dict[str, PartialDate | None] = {}
    for number, step in enumerate(proceeding.steps):
        if step.of is not None:
            problems += _of(number, step.of, step.date, earlier, every)
        problems += [
            found(
                ("steps", number, "charges", index),
                "NM328",
                f"no charge of the proceeding has the id {charge!r}",
                _did_you_mean(charge, charges, "give the charge this id in charges"),
            )
            for index, charge in enumerate(step.charges)
            if charge not in charges
        ]
        problems += _sanctions(proceeding, number)
        if step.timing and step.id is not None:
            problems += [
                (("steps", number, *path), problem)
                for path, problem in timed_from_itself(
                    step.timing, "proceeding", proceeding.id, step.id
                )
            ]
        if step.id is not None:
            earlier.setdefault(step.id, step.date)
    return problems


def _unique(proceeding: Proceeding) -> Found:
    """NM325: the second and later uses of a step or charge id."""
    problems: Found = []
    for field, ids in (
        ("steps", [step.id for step in proceeding.steps]),
        ("charges", [charge.id for charge in proceeding.charges]),
    ):
        seen: set[str] = set()
        for number, item in enumerate(ids):
            if item is None:
                continue
            if item in seen:
                problems.append(
                    found(
                        (field, number, "id"),
                        "NM325",
                        f"{field[:-1]} id {item!r} is used twice in the proceeding",
                        f"{field[:-1]} ids are unique within a proceeding; rename one",
                    )
                )
            seen.add(item)
    return problems


def _of(
    number: int,
    of: str,
    date: PartialDate | None,
    earlier: Mapping[str, PartialDate | None],
    every: set[str],
) -> Found:
    """NM326, NM327: ``of`` names a step listed, and dated, before this one."""
    path = ("steps", number, "of")
    if of not in every:
        return [
            found(
                path,
                "NM326",
                f"no step of the proceeding has the id {of!r}",
                _did_you_mean(of, earlier, "give the earlier step this id"),
            )
        ]
    if of not in earlier:
        return [
            found(
                path,
                "NM327",
                f"step {of!r} comes after this one, which names it in of",
                "list the steps in the order they happened, or name the earlier step",
            )
        ]
    before = earlier[of]
    if date is not None and before is not None and date.definitely_before(before):
        return [
            found(
                path,
                "NM327",
                f"this step is dated {date.text}, before step {of!r} ({before.text}) it "
                "names in of",
                "check both dates: an appeal or sanction follows the step it names",
            )
        ]
    return []


def _sanctions(proceeding: Proceeding, number: int) -> Found:
    """NM329: a sanction of step ``number`` that starts before the proceeding opened."""
    opened = proceeding.period.earliest if proceeding.period is not None else None
    if opened is None:
        return []
    problems: Found = []
    for index, sanction in enumerate(proceeding.steps[number].sanctions):
        start = _start(sanction.period)
        latest = start.latest if start is not None else None
        if latest is not None and latest < opened:
            assert sanction.period is not None
            assert proceeding.period is not None
            problems.append(
                found(
                    ("steps", number, "sanctions", index, "period"),
                    "NM329",
                    f"the sanction starts ({sanction.period.text}) before the proceeding "
                    f"opened ({proceeding.period.text})",
                    "check both periods: a sanction runs from a step of its proceeding",
                )
            )
    return problems


def _start(period: PartialDate | None) -> PartialDate | None:
    """Return the start of a period (the date itself, if one date); ``None`` when open."""
    if period is None or not period.is_interval:
        return period
    start = period.text.split("/", 1)[0]
    return None if start in ("", "..") else PartialDate(start)


def _did_you_mean(name: str, names: Iterable[str], otherwise: str) -> str:
    close = closest(name, names)
    return f"did you mean {close!r}?" if close else otherwise


# -- across records ----------------------------------------------------------


def check_steps(index: Mapping[str, Entry], find: Find) -> None:
    """NM455: every step named with a proceeding is a step of that proceeding.

    The steps named are those of :func:`~newsmodel.rules.index.steps_named`,
    kept by the entries of the records that may name one.  A proceeding that
    is not in the index, or not a valid proceeding, has its problem reported
    already (NM402, NM403, or its own), so its steps are not.
    """
    for entry in index.values():
        named: tuple[StepName, ...] = getattr(entry, "steps_named", ())
        if not named:
            continue
        origin: Origin | None = None
        for proceeding, step, path in named:
            target = index.get(proceeding)
            if not isinstance(target, ProceedingEntry) or step in target.step_ids:
                continue
            origin = origin or entry.origin
            find(
                origin,
                path,
                "NM455",
                f"proceeding {proceeding!r} has no step with the id {step!r}",
                _did_you_mean(step, target.step_ids, "give the step this id in the proceeding"),
            )
