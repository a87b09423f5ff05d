"""The canonical YAML writer (most of its behaviour is tested through ``dumps`` in test_io).

The direct writer must write exactly what PyYAML's pure-Python emitter writes
(``reference_text``, the writer before issue 19), byte for byte.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel import strategies
from newsmodel.codec.converter import unstructure
from newsmodel.writing import yaml as writer
from newsmodel.writing.yaml import reference_text, yaml_text

SETTINGS = settings(deadline=None, max_examples=30, suppress_health_check=[HealthCheck.too_slow])
EXAMPLES = sorted((Path(__file__).parent.parent / "examples").glob("*.yaml"))


def test_the_empty_string_is_quoted() -> None:
    # The model has no empty strings: test the writer.
    assert yaml_text("").startswith("''")


@SETTINGS
@given(strategies.bundles())
def test_bundles_are_written_as_the_emitter_writes_them(bundle: newsmodel.Bundle) -> None:
    data = unstructure(bundle)
    assert yaml_text(data) == reference_text(data)


_SCALARS = st.one_of(
    st.text(),
    st.text(alphabet=st.sampled_from("ab :#-'\"\n,[]{}?|>é😀\u2028\x85\t ")),
    st.integers(),
    st.floats(),
    st.booleans(),
    st.none(),
)
_KEYS = st.sampled_from(["id", "name", "summary", "body", "kind", "no", "on", "null", "yes"])
_DATA = st.recursive(
    _SCALARS,
    lambda inner: st.one_of(st.lists(inner, max_size=4), st.dictionaries(_KEYS, inner, max_size=4)),
    max_leaves=12,
)


@SETTINGS
@given(st.dictionaries(_KEYS, _DATA, min_size=1, max_size=5))
def test_any_plain_data_is_written_as_the_emitter_writes_it(data: dict[str, Any]) -> None:
    assert yaml_text(data) == reference_text(data)


def test_the_examples_are_written_directly() -> None:
    """The speed of writing rests on the direct writer taking typical files, not the emitter."""
    direct = 0
    for path in EXAMPLES:
        data = unstructure(newsmodel.load(path))
        try:
            text = writer._direct_text(data)
        except writer._UnsureError:
            continue
        assert text == reference_text(data)
        direct += 1
    assert direct >= len(EXAMPLES) - 1
