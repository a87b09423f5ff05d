"""Tests of the YAML fast path, :func:`newsmodel.reading.yaml_fast.read_yaml_plain`.

The contract: whenever the fast path returns data (not ``None``), the slow
reader, :func:`~newsmodel.reading.yaml_events.parse_yaml`, accepts the same text with the
same limits, and its ``plain()`` is the same data, with the same types
(``bool`` is not ``int``, ``int`` is not ``float``) and the same key order.
``None`` is always allowed, but not for ordinary valid files (the examples,
what :func:`newsmodel.dumps` writes).  The fast path never raises.
"""

from __future__ import annotations

import math
import time
from pathlib import Path
from typing import Any

import attrs
import pytest
import yaml
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsmodel
from hostile import CORPUS, deep_yaml, deep_yaml_mappings, huge_string_yaml, many_records_yaml
from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.reading import (
    parse_yaml,
    read_yaml_plain,
    resolve_plain,
    yaml_composer,
    yaml_lines,
)
from newsmodel.strategies import bundles

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])

pytestmark = pytest.mark.skipif(
    not hasattr(yaml, "CSafeLoader"), reason="the fast path needs libyaml (CSafeLoader)"
)


# --------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------


def same(a: Any, b: Any) -> bool:
    """Equal data with identical types and key order (NaN equals NaN, -0.0 is not 0.0)."""
    if type(a) is not type(b):
        return False
    if isinstance(a, dict):
        return list(a) == list(b) and all(same(a[key], b[key]) for key in a)
    if isinstance(a, list):
        return len(a) == len(b) and all(same(x, y) for x, y in zip(a, b, strict=True))
    if isinstance(a, float):
        return repr(a) == repr(b)
    return bool(a == b)


def check_contract(text: str, limits: Limits = DEFAULT_LIMITS) -> Any:
    """Assert the contract for ``text``; return what the fast path gave."""
    fast = read_yaml_plain(text, limits)
    if fast is not None:
        slow = parse_yaml(text, limits=limits).plain()  # must not raise
        assert same(fast, slow), (fast, slow)
    return fast


def test_same_tells_types_apart() -> None:
    assert same({"a": [1, 1.5, None, "x"]}, {"a": [1, 1.5, None, "x"]})
    assert same(math.nan, math.nan)
    assert not same(True, 1)
    assert not same(1, 1.0)
    assert not same(0.0, -0.0)
    assert not same({"a": 1, "b": 2}, {"b": 2, "a": 1})
    assert not same([1], [1, 2])


# --------------------------------------------------------------------------
# Ordinary files take the fast path
# --------------------------------------------------------------------------


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_examples(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert check_contract(text) is not None


def test_examples_exist() -> None:
    assert len(EXAMPLES) >= 3


@SETTINGS
@given(bundles())
def test_what_dumps_writes(bundle: newsmodel.Bundle) -> None:
    text = newsmodel.dumps(bundle)
    fast = check_contract(text)
    assert fast is not None
    assert newsmodel.loads(text) == bundle


def test_ordinary_values() -> None:
    text = (
        "a: word\nb: 'quoted'\nc: \"double\"\nd: 12\ne: 1.5\nf: true\ng: null\nh: ~\n"
        "i: [x, 'y', 3]\nj: {k: v}\nk: |\n  literal\n  block\nl: >-\n  folded\n  block\n"
        "m: 2022-07-13\nn: yes\no: NO\np: 0o17\nq: 0x1f\nr: .inf\ns: -.inf\nt: 1e3\n"
        "u: []\nv: {}\nw:\nx: ''\ny: a * b\n"
    )
    fast = check_contract(text)
    assert fast is not None
    assert same(
        fast,
        {
            "a": "word",
            "b": "quoted",
            "c": "double",
            "d": 12,
            "e": 1.5,
            "f": True,
            "g": None,
            "h": None,
            "i": ["x", "y", 3],
            "j": {"k": "v"},
            "k": "literal\nblock\n",
            "l": "folded block",
            "m": "2022-07-13",
            "n": "yes",
            "o": "NO",
            "p": 15,
            "q": 31,
            "r": math.inf,
            "s": -math.inf,
            "t": 1000.0,
            "u": [],
            "v": {},
            "w": None,
            "x": "",
            "y": "a * b",
        },
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: &x 1\nb: 2\n", {"a": 1, "b": 2}),  # an anchor without an alias
        ("'<<': 1\n", {"<<": 1}),  # a quoted merge key is a string key
        ("a: <<\n", {"a": "<<"}),
        ("x\n", "x"),
        ("'1'\n", "1"),
        ("1\n", 1),
        ("{a: 1, 'b': 2, \"c\": [3]}", {"a": 1, "b": 2, "c": [3]}),
        ("\ufeffa: 1\n", {"a": 1}),
        ("a: 1\r\nb: 2\r\n", {"a": 1, "b": 2}),
        ("%YAML 1.1\n---\na: 1\n...\n", {"a": 1}),
        # What may_be_misread looks for, where the line reader reads it as text
        (
            "a: x,?y\nb: it's#1\nc: |-\n  ! z\n  &a:b\n",
            {"a": "x,?y", "b": "it's#1", "c": "! z\n&a:b"},
        ),
    ],
)
def test_unusual_but_accepted(text: str, expected: Any) -> None:
    fast = check_contract(text)
    assert same(fast, expected)


# --------------------------------------------------------------------------
# Anything the slow reader flags goes to it
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "",
        "# only a comment\n",
        "---\n",  # a null document: accepted by parse_yaml, but None means "ask it"
        "~\n",
        "a: 1\n---\nb: 2\n",  # NM106
        "a: 1\na: 2\n",  # NM103
        "{a: 1, 'a': 2}",
        "1: a\n",  # NM108
        "true: b\n",
        "null: c\n",
        "~: c\n",
        "? [a]\n: 1\n",
        "? {a: 1}\n: 1\n",
        "? \n: 1\n",
        "<<: {a: 1}\n",  # NM109
        "! <<: {a: 1}\n",
        "- ! 1\n",  # the non-specific tag, which libyaml reads as no tag
        "- ! '1'\n",
        "- !<!> 1\n",
        "! [1]\n",
        "! {a: 1}\n",
        "! '<<': {a: 1}\n",
        "a: !!str 1\n",  # explicit tags: the slow reader resolves or refuses them
        "a: !!int 3\n",
        "a: !!int x\n",
        "a: !!float 1\n",
        "a: !!binary aGk=\n",
        "a: !foo x\n",
        "a: !!python/object:os.system x\n",
        "!!map {a: 1}\n",
        "a: !!seq [1]\n",
        "!!str a: 1\n",
        "%TAG !e! tag:yaml.org,2002:\n---\na: !e!str 1\n",
        "a: &x [1, 2]\nb: *x\n",  # aliases: the slow reader counts their values (NM105)
        "a: &x 1\nb: *x\n",
        "&x a: *x\n",
        "a: &x [*x]\n",  # NM111: a recursive alias
        "a: *x\n",  # undefined alias
        "a: &x 1\nb: &x 2\n",  # duplicate anchor
        "a: " + "9" * 5000 + "\n",  # NM110
        "a: 0x" + "f" * 4000 + "\n",
        "a: 1e400\n",
        "a: 0.1000000000000000000001\n",
        "9" * 5000 + ": a\n",
        "a: b\x85c\n",  # NM102: YAML 1.1 line breaks
        "a: b\u2028c\n",
        "a: b\u2029c\n",
        "a: 'b\x85c'\n",
        "a: 'b\u2028c'\n",
        "a: 'b\u2029c'\n",
        "a: b # \x85\n",
        "a: b\ud800c\n",  # NM101: a lone surrogate
        "a: b\x00c\n",  # a control character
        "a: 'unclosed\n",
        "a:\tb:\n",
        "\ta: 1\n",
        "a: [1, 2\n",
        "[" * 65 + "]" * 65,  # NM111 at the default max_depth (64)
    ],
)
def test_unusual_goes_to_the_slow_reader(text: str) -> None:
    assert check_contract(text) is None


def test_depth_limit_matches_the_slow_reader() -> None:
    limits = Limits(max_depth=3)
    assert same(check_contract("[[[1]]]", limits), [[[1]]])
    assert check_contract("[[[[1]]]]", limits) is None
    assert same(check_contract("a: {b: {c: 1}}", limits), {"a": {"b": {"c": 1}}})
    assert check_contract("a: {b: {c: {d: 1}}}", limits) is None
    for depth in (64, 256):
        text = "[" * depth + "]" * depth
        limits = Limits(max_depth=depth)
        assert check_contract(text, limits) is not None
        assert check_contract("[" + text + "]", limits) is None


def test_string_limit_matches_the_slow_reader() -> None:
    limits = Limits(max_string_length=10)
    assert same(check_contract("a: " + "x" * 10, limits), {"a": "x" * 10})
    assert check_contract("a: " + "x" * 11, limits) is None
    assert check_contract("x" * 11 + ": a", limits) is None
    assert check_contract("a: '" + "x" * 11 + "'", limits) is None


def test_aliases_are_never_expanded() -> None:
    lines = ["a0: &a0 [x, x, x, x, x, x, x, x, x, x]"]
    lines += [f"a{n}: &a{n} [" + ", ".join([f"*a{n - 1}"] * 10) + "]" for n in range(1, 10)]
    text = "\n".join(lines) + "\n"
    started = time.perf_counter()
    assert read_yaml_plain(text, DEFAULT_LIMITS) is None
    assert time.perf_counter() - started < 1


def test_alias_bomb_from_the_corpus() -> None:
    text = (CORPUS / "alias-bomb.yaml").read_text(encoding="utf-8")
    assert read_yaml_plain(text, DEFAULT_LIMITS) is None


# --------------------------------------------------------------------------
# Deep nesting: libyaml refuses it before its composer, which recurses in C, overflows
# --------------------------------------------------------------------------


def test_libyaml_caps_nesting() -> None:
    assert yaml_composer._libyaml_caps_nesting()


@pytest.mark.parametrize(
    "text",
    [
        "[" * 100_000 + "]" * 100_000,
        "{a: " * 100_000 + "}" * 100_000,
        "- " * 5_000 + "x\n",
        "".join(" " * level + "a:\n" for level in range(2_000)) + " " * 2_000 + "x\n",
        "".join(" " * level + "- a:\n" for level in range(1_500)),
        "[" * 999 + "]" * 999,  # under libyaml's limit, over max_depth
        "a: " + "[" * 100_000,  # unclosed
    ],
    ids=["flow-lists", "flow-mappings", "block-lists", "block-mappings", "mixed", "999", "open"],
)
def test_deep_nesting(text: str) -> None:
    started = time.perf_counter()
    assert read_yaml_plain(text, DEFAULT_LIMITS) is None
    assert read_yaml_plain(text, Limits(max_depth=256)) is None
    assert time.perf_counter() - started < 5


# --------------------------------------------------------------------------
# The hostile corpus
# --------------------------------------------------------------------------

CORPUS_FILES = sorted(path for path in CORPUS.iterdir() if path.name != "README.md")


@pytest.mark.parametrize("path", CORPUS_FILES, ids=[path.name for path in CORPUS_FILES])
def test_corpus(path: Path) -> None:
    data = path.read_bytes()
    for errors in ("strict", "surrogateescape", "replace"):
        try:
            text = data.decode("utf-8", errors)
        except UnicodeDecodeError:
            continue
        for limits in (DEFAULT_LIMITS, Limits(max_depth=2, max_aliases=2, max_string_length=8)):
            check_contract(text, limits)


@pytest.mark.parametrize(
    "make", [deep_yaml, deep_yaml_mappings, huge_string_yaml, many_records_yaml]
)
def test_generated_corpus(make: Any, tmp_path: Path) -> None:
    text = make(tmp_path).read_text(encoding="utf-8")
    fast = check_contract(text)
    if make is many_records_yaml:
        assert fast is not None
    else:
        assert fast is None


# --------------------------------------------------------------------------
# Generated YAML: the contract holds for anything
# --------------------------------------------------------------------------

PLAIN_SCALARS = [
    "a", "word", "two words", "name", "title", "yes", "no", "on", "off", "y", "n", "null",
    "Null", "NULL", "nULL", "~", "true", "True", "TRUE", "tRUE", "false", "FALSE", "0", "12",
    "-3", "+4", "007", "1_000", "0o17", "0o8", "0x1f", "0xg", "0b101", ".inf", "-.Inf", "+.INF",
    ".nan", ".NaN", "1e3", "1E-3", "1.5", "-0.0", ".5", "5.", "1e400", "1e-400",
    "0.1000000000000000000001", "9" * 4301, "0x" + "f" * 3600, "2022-07-13", "12:30", "<<",
    "a<<", "-", "--", "-a", ".", "..", "+", "é", "a # comment", "a*b", "a&b", "http://x.org/?a=b",
]  # fmt: skip
QUOTED_SCALARS = [
    "''", "'1'", "'true'", "'<<'", "'a b'", '"a\\tb"', '"\\u00e9"', '"\\ud800"', '"\\x85"',
    '"\\L"', '"\\0"', '"1"', "'it''s'",
]  # fmt: skip
TAGGED_SCALARS = [
    "!!str 1", "! 1", "! '1'", "! x", "!!int 3", "!!int x", "!!float 1", "!!bool true",
    "!!null ''", "!foo x", "!<!> 1", "!<tag:yaml.org,2002:str> 1", "!!binary aGk=",
    "!<!<newsmodel: a string>> 1",
]  # fmt: skip
ANCHORS = ["", "", "", "&a ", "&b "]
ALIASES = ["*a", "*b", "*c"]


def scalars() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(PLAIN_SCALARS),
        st.sampled_from(QUOTED_SCALARS),
        st.sampled_from(TAGGED_SCALARS),
        st.sampled_from(ALIASES),
        st.from_regex(r"[a-z0-9.+\-~]{0,6}", fullmatch=True),
    )


def keys() -> st.SearchStrategy[str]:
    return st.one_of(
        st.sampled_from(["a", "b", "c", "a", "'a'", '"b"', "<<", "'<<'", "1", "true", "null"]),
        st.sampled_from(["~", "! <<", "!!str 1", "&a k", "*a", "[x]", "{x: 1}", "? x", "1e400"]),
        st.from_regex(r"[a-z0-9]{1,3}", fullmatch=True),
    )


def flow(value: Any) -> str:
    if isinstance(value, str):
        return value
    anchor: str = value[0]
    items = value[1]
    if isinstance(items, list):
        return anchor + "[" + ", ".join(flow(item) for item in items) + "]"
    return anchor + "{" + ", ".join(f"{key}: {flow(item)}" for key, item in items) + "}"


def block(value: Any, indent: int) -> str:
    """Block style where it can be; flow style for scalars and empty collections."""
    space = " " * indent
    if isinstance(value, str) or not value[1]:
        return space + flow(value) + "\n"
    anchor, items = value
    lines = []
    for key, item in items if isinstance(items, tuple) else [(None, item) for item in items]:
        lead = space + ("-" if key is None else f"{key}:")
        if isinstance(item, str) or not item[1]:
            lines.append(f"{lead} {flow(item)}\n")
        else:
            lines.append(f"{lead} {item[0]}".rstrip() + "\n" + block(("", item[1]), indent + 2))
    return (anchor + "\n" if anchor else "") + "".join(lines)


def trees() -> st.SearchStrategy[Any]:
    return st.recursive(
        scalars(),
        lambda children: st.tuples(
            st.sampled_from(ANCHORS),
            st.one_of(
                st.lists(children, max_size=4),
                st.lists(st.tuples(keys(), children), max_size=4).map(tuple),
            ),
        ),
        max_leaves=12,
    )


LIMITS = st.sampled_from(
    [
        DEFAULT_LIMITS,
        Limits(max_depth=2),
        Limits(max_aliases=1),
        Limits(max_string_length=3),
    ]
)


@settings(SETTINGS, max_examples=500)
@given(trees(), st.booleans(), LIMITS)
def test_generated_documents(tree: Any, flow_style: bool, limits: Limits) -> None:
    text = flow(tree) + "\n" if flow_style else block(tree, 0)
    check_contract(text, limits)


FRAGMENTS = [
    "a", "b", "-", " ", ":", "\n", "[", "]", "{", "}", ",", "'", '"', "&a", "*a", "!", "?", "#",
    "|", ">", "1", "<<", "\t", "---", "...", "%YAML 1.1", "!!str",
]  # fmt: skip


@settings(SETTINGS, max_examples=300)
@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30).map("".join))
@example("a: [b, {c: d}]\n")
def test_generated_fragments(text: str) -> None:
    check_contract(text)


@SETTINGS
@given(st.text(max_size=40))
def test_arbitrary_text(text: str) -> None:
    check_contract(text)


@given(st.text(max_size=12))
@example("")
@example("<<")
@example("٣")  # a digit to str.isdigit, not to the patterns of resolve_plain
def test_plain_scalars_that_stay_strings(text: str) -> None:
    """The composer's shortcut: a plain scalar it tags as text is text to resolve_plain."""
    if text in yaml_lines.PLAIN_WORDS or text[:1] in yaml_lines.PLAIN_STARTS:
        return
    try:
        assert resolve_plain(text) is text
    except OverflowError:  # pragma: no cover - would be a broken shortcut
        pytest.fail(f"{text!r} overflows")


def test_resolve_plain_non_strings_are_covered() -> None:
    for text in [*PLAIN_SCALARS, *(word for word in yaml_lines.PLAIN_WORDS)]:
        try:
            value = resolve_plain(text)
        except OverflowError:
            value = None
        if value is not text:
            assert text in yaml_lines.PLAIN_WORDS or text[:1] in yaml_lines.PLAIN_STARTS


def test_private_tags_are_compared_by_identity() -> None:
    """Cython hands back the very string ``resolve`` returned; a written tag never is it."""
    node = yaml.compose("[a, 1, {}]", Loader=yaml_composer._Composer)
    assert node is not None
    assert node.tag is yaml_composer._COLLECTION
    tags = [child.tag for child in node.value]
    assert tags[0] is yaml_composer._TEXT
    assert tags[1] is yaml_composer._PLAIN
    assert tags[2] is yaml_composer._COLLECTION
    for tag in (yaml_composer._TEXT, yaml_composer._PLAIN, yaml_composer._COLLECTION):
        for written in (tag, tag[2:-1], tag.replace(" ", "%20"), tag[2:-1].replace(" ", "%20")):
            assert check_contract(f"a: !<{written}> 1\n") is None
            assert check_contract(f"a: !<{written}> [1]\n") is None


def test_limits_are_respected_from_attrs() -> None:
    limits = attrs.evolve(DEFAULT_LIMITS, max_depth=1)
    assert same(check_contract("[1, 2]", limits), [1, 2])
    assert check_contract("[[1]]", limits) is None


def test_without_libyaml_or_its_nesting_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    # The line reader needs no libyaml; the composer is used only with a libyaml that
    # caps nesting, and text the line reader declines is then left to the event reader.
    in_layout, flow = "a: 1\n", "{a: 1}\n"
    assert read_yaml_plain(in_layout, DEFAULT_LIMITS) == {"a": 1}
    assert read_yaml_plain(flow, DEFAULT_LIMITS) == {"a": 1}
    monkeypatch.setattr(yaml_composer, "_libyaml_caps_nesting", lambda: False)
    assert read_yaml_plain(in_layout, DEFAULT_LIMITS) == {"a": 1}
    assert read_yaml_plain(flow, DEFAULT_LIMITS) is None
    monkeypatch.undo()
    monkeypatch.setattr(yaml_composer, "_BaseLoader", yaml.SafeLoader)
    assert read_yaml_plain(in_layout, DEFAULT_LIMITS) == {"a": 1}
    assert read_yaml_plain(flow, DEFAULT_LIMITS) is None
