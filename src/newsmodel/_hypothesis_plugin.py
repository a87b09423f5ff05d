"""Hypothesis plugin: registers newsmodel's strategies for ``st.from_type``.

Hypothesis calls :func:`_hypothesis_setup_hook` when it is imported, through
the ``hypothesis`` entry point in newsmodel's package metadata (set
``HYPOTHESIS_NO_PLUGINS=1`` to turn plugins off).  Strategies are looked up
lazily, so importing Hypothesis does not import :mod:`newsmodel.strategies`
until a type is first resolved.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from newsmodel.types import ScalarType


def _hypothesis_setup_hook() -> None:
    """Register a strategy for every newsmodel record and value type."""
    from hypothesis import strategies as st  # noqa: PLC0415 - Hypothesis is importing us

    import newsmodel  # noqa: PLC0415 - keep importing Hypothesis cheap until used
    from newsmodel.dataset import Dataset  # noqa: PLC0415
    from newsmodel.types import SCALAR_TYPES  # noqa: PLC0415

    def lazily(name: str) -> Any:
        def resolve(_: type) -> Any:
            from newsmodel import strategies  # noqa: PLC0415

            if name == "datasets":
                return strategies.datasets().map(Dataset)
            return getattr(strategies, name)()

        return resolve

    types: dict[Any, str] = {
        newsmodel.Report: "reports",
        newsmodel.Actor: "actors",
        newsmodel.Document: "documents",
        newsmodel.Allegation: "allegations",
        newsmodel.Response: "responses",
        newsmodel.Event: "events",
        newsmodel.Proceeding: "proceedings",
        newsmodel.Bundle: "bundles",
        Dataset: "datasets",
        newsmodel.Place: "places",
        newsmodel.Count: "counts",
        newsmodel.Quote: "quotes",
        newsmodel.Citation: "citations",
        newsmodel.Position: "positions",
        newsmodel.Argument: "arguments",
        newsmodel.Participant: "participants",
    }
    for type_, name in types.items():
        st.register_type_strategy(type_, lazily(name))
    # The checked scalar types, each with the strategy its module declares; primitives
    # (str, int...) keep Hypothesis' own.
    for annotation, scalar in SCALAR_TYPES.items():
        if scalar.name is not None:
            st.register_type_strategy(annotation, _declared(scalar))


def _declared(scalar: ScalarType) -> Any:
    def resolve(_: type) -> Any:
        return scalar.strategy()

    return resolve
