"""The rules newsmodel checks beyond one field: within a value, and across records.

- :mod:`~newsmodel.rules.values`: rules over several fields of one value
  (:data:`CHECKS`), which the converter and the fast path run on every value;
  it gathers those of :mod:`~newsmodel.rules.notes` (a term ``other`` asks
  for notes), :mod:`~newsmodel.rules.variants`, :mod:`~newsmodel.rules.timings`
  (a record timed from itself) and the one-proceeding rules of
  :mod:`~newsmodel.rules.proceedings` (the two ends of a range of durations
  are compared by :func:`newsmodel.types.duration.shorter`).
- The dataset rules, one module per family: :mod:`~newsmodel.rules.ids`
  (unique ids), :mod:`~newsmodel.rules.references` (references resolve to
  the right kind), :mod:`~newsmodel.rules.cycles` (``part_of`` circles),
  :mod:`~newsmodel.rules.quotes` (quotes match report bodies),
  :mod:`~newsmodel.rules.usage` (unused actors and documents),
  :mod:`~newsmodel.rules.responses` (retractions, responders, dates) and
  :mod:`~newsmodel.rules.proceedings` (the steps other records name),
  driven by :class:`~newsmodel.rules.checker.DatasetChecker` over a small
  index of every id (:mod:`~newsmodel.rules.index`).

Every rule reports a :class:`~newsmodel.problems.Problem` with the code
from :data:`~newsmodel.problems.RULES` and the path of the field to fix.
"""

from __future__ import annotations

from newsmodel.rules.checker import DatasetChecker
from newsmodel.rules.ids import Duplicates
from newsmodel.rules.index import Finding, Origin
from newsmodel.rules.values import CHECKED_FIELDS, CHECKS

__all__ = ["CHECKED_FIELDS", "CHECKS", "DatasetChecker", "Duplicates", "Finding", "Origin"]
