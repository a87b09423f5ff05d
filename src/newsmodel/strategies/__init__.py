"""Hypothesis strategies for newsmodel: realistic records, bundles, datasets and broken files.

Install with ``pip install 'newsmodel-accusations[hypothesis]'``.  Once installed,
newsmodel registers these strategies with Hypothesis (through its plugin
entry point), so ``st.from_type(newsmodel.Allegation)`` and
``@given(bundle=...)`` with type hints just work.

Generated data reads like coded news reporting, not noise: real country
codes and places, actors named like "Ministry of Foreign Affairs of Mali" or
"Voice of America", dates between 1990 and 2030 in the EDTF forms coders
use, figures that respect ``low <= best <= high``, and quotes whose offsets
point at their words in the report's body.  Every strategy is built from
small choices (``sampled_from``, bounded integers, short lists) and never
filters, so failing examples shrink to a small, readable bundle.

- Values: :func:`ids`, :func:`dates`, :func:`country_codes`,
  :func:`language_tags`, :func:`urls`, :func:`terms`, :func:`places`,
  :func:`counts`, :func:`quotes`, :func:`citations`, :func:`positions`,
  :func:`arguments`, :func:`participants`.
- Records: :func:`reports`, :func:`actors`, :func:`documents`,
  :func:`allegations`, :func:`responses`, :func:`events`,
  :func:`proceedings`.  A record drawn on its own refers to ids that it
  does not define.
- Files: :func:`bundles` (every reference resolves inside the bundle) and
  :func:`datasets` (several bundles whose references resolve across files,
  with ids unique across all of them).
- Broken files: :func:`invalid_bundles` draws a valid bundle with exactly
  one known fault injected, paired with the problem code newsmodel reports.

The package is organized by what each module holds, each building on the
ones before it:

- ``material``: the countries, places, organizations and phrases that
  generated data is made of;
- ``scalars``: ids, country codes, language tags, URLs and dates;
- ``values``: the value types nested in records;
- ``timings``: times relative to other records ("two days later");
- ``world``: the actors of a story, created once and shared;
- ``stories``: the story plan that draws coherent reports, documents,
  allegations, responses and events;
- ``extras``: what reporting says less often, added to a story:
  proceedings, reactions to any record, copies, roles, relations, acts,
  qualifications, amounts, timings, findings, traits, mistakes, variants
  and notes, so that every field of the model is reached;
- ``records``: single records;
- ``files``: bundles and datasets;
- ``faults``: documents with one known fault.
"""

from __future__ import annotations

# Imported only to fail early, saying how to install Hypothesis, when it is missing:
# ruff: noqa: F401
try:
    from hypothesis import strategies as st
    from hypothesis.strategies import DrawFn
except ImportError as error:  # pragma: no cover - depends on the environment
    raise ImportError(
        "newsmodel.strategies needs Hypothesis: pip install 'newsmodel-accusations[hypothesis]'"
    ) from error

from newsmodel.strategies.faults import FAULT_CODES, FAULT_KINDS, InvalidDocument, invalid_bundles
from newsmodel.strategies.files import bundles, datasets
from newsmodel.strategies.records import (
    actors,
    allegations,
    documents,
    events,
    proceedings,
    reports,
    responses,
)
from newsmodel.strategies.scalars import country_codes, dates, ids, language_tags, urls
from newsmodel.strategies.values import (
    arguments,
    citations,
    counts,
    participants,
    places,
    positions,
    quotes,
    terms,
)

__all__ = [
    "FAULT_CODES",
    "FAULT_KINDS",
    "InvalidDocument",
    "actors",
    "allegations",
    "arguments",
    "bundles",
    "citations",
    "country_codes",
    "counts",
    "datasets",
    "dates",
    "documents",
    "events",
    "ids",
    "invalid_bundles",
    "language_tags",
    "participants",
    "places",
    "positions",
    "proceedings",
    "quotes",
    "reports",
    "responses",
    "terms",
    "urls",
]
