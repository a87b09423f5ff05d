"""NM337: a timing is not measured from the record (or the step) that holds it.

"Two hours later" said of a response, timed from that same response, says
nothing: the coder meant the record it followed.  The record rules
(:mod:`~newsmodel.rules.values`) check the timings of reports, documents,
allegations, responses and events; those of a proceeding's steps are checked
with the proceeding (:mod:`~newsmodel.rules.proceedings`), where a step is
named by its proceeding's id and its own.
"""

from __future__ import annotations

from newsmodel.model import Timing
from newsmodel.rules.found import Found, found

__all__ = ["timed_from_itself"]


def timed_from_itself(
    timings: tuple[Timing, ...], field: str, record: str, step: str | None = None
) -> Found:
    """NM337: the timings of a record (or step) that are measured from that record itself.

    ``field`` names the record in a timing (``response``; ``proceeding`` for a
    step, whose id is ``step``), ``record`` is its id.
    """
    what = f"step {step!r}" if step is not None else f"{field} {record!r}"
    return [
        found(
            ("timing", number, "step" if step is not None else field),
            "NM337",
            f"the timing of {what} is measured from {what} itself",
            "name the record the source measures it from (the ruling it follows), "
            "not the one the timing belongs to",
        )
        for number, timing in enumerate(timings)
        if getattr(timing, field) == record and timing.step == step
    ]
