"""Tests of the line reader, :func:`newsmodel.reading.yaml_lines.read_yaml_lines`.

The contract: whenever the line reader returns data (not ``None``), the event
reader, :func:`~newsmodel.reading.yaml_events.parse_yaml`, accepts the same text,
and its ``plain()`` is the same data, with the same types and key order.  ``None``
is always allowed, but not for what :func:`newsmodel.dumps` writes, which is what
the line reader is for.  It never raises.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st

import newsmodel
from newsmodel.limits import DEFAULT_LIMITS, Limits
from newsmodel.reading import parse_yaml
from newsmodel.reading.nodes import ParseFailure
from newsmodel.reading.yaml_events import plain_scalar_warns
from newsmodel.reading.yaml_lines import complete_last_line, read_yaml_lines
from newsmodel.reading.yaml_warnings import misread
from newsmodel.strategies import bundles
from test_reading_yaml_fast import same

EXAMPLES = sorted((Path(__file__).resolve().parent.parent / "examples").glob("*.yaml"))
SETTINGS = settings(deadline=None, suppress_health_check=[HealthCheck.too_slow])


def check_contract(text: str, max_depth: int = DEFAULT_LIMITS.max_depth) -> Any:
    """Assert the contract for ``text``; return what the line reader gave."""
    read = read_yaml_lines(text, max_depth)
    if read is not None:
        try:
            slow = parse_yaml(text, limits=Limits(max_depth=max_depth)).plain()
        except ParseFailure as failure:  # pragma: no cover - a broken line reader
            pytest.fail(f"the line reader read {text!r} as {read!r}: {failure.problems}")
        assert same(read, slow), (text, read, slow)
    return read


# --------------------------------------------------------------------------
# What newsmodel writes is read by lines
# --------------------------------------------------------------------------


@settings(SETTINGS, max_examples=80)
@given(bundles())
def test_what_dumps_writes(bundle: newsmodel.Bundle) -> None:
    text = newsmodel.dumps(bundle)
    assert check_contract(text) is not None
    assert newsmodel.loads(text) == bundle


@pytest.mark.parametrize("path", EXAMPLES, ids=[path.name for path in EXAMPLES])
def test_examples(path: Path) -> None:
    """The examples are written by hand in the layout, with comments at the top."""
    for text in (path.read_text(encoding="utf-8"), newsmodel.dumps(newsmodel.load(path))):
        assert check_contract(text) is not None


# --------------------------------------------------------------------------
# The layout, value by value
# --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("a: b\n", {"a": "b"}),
        ("a: two  words\n", {"a": "two  words"}),
        ("a: 12\nb: -3\nc: 1.5\nd: .inf\ne: null\nf: true\ng: ~\n", ...),
        (
            "a: 2009-08\nb: 2009-08~\nc: 0x1f\nd: 007\n",
            {"a": "2009-08", "b": "2009-08~", "c": 31, "d": 7},
        ),
        ("a: http://x.org/a#b\nb: a:b\nc: -x\nd: <<\n", ...),
        (
            "a: 'it''s'\nb: ''\nc: ''''\nd: 'a: b # c'\n",
            {"a": "it's", "b": "", "c": "'", "d": "a: b # c"},
        ),
        (
            "a: [x, 'y, z', 3, null, 'it''s']\nb: []\n",
            {"a": ["x", "y, z", 3, None, "it's"], "b": []},
        ),
        ("a: [one two, é]\n", {"a": ["one two", "é"]}),
        ("a: |\n  x\n\n    y\nb: 1\n", {"a": "x\n\n  y\n", "b": 1}),
        ("a: |-\n  x: y # z\n  - w\n", {"a": "x: y # z\n- w"}),
        ("a:\n  - b\n  - 'c'\n  - [d]\n  - |-\n    e\n", {"a": ["b", "c", ["d"], "e"]}),
        ("a:\n  - b: 1\n    c:\n      - d\n  - e:\n      f: g\n", ...),
        ("a:\n  b:\n    c: d\n  e: f\ng: h\n", {"a": {"b": {"c": "d"}, "e": "f"}, "g": "h"}),
        ("a: x\u00a0y\u3000\nb: \U0001f600\n", {"a": "x\u00a0y\u3000", "b": "\U0001f600"}),
        ("# a: [b\n\n#\na: b\n", {"a": "b"}),  # comments before the first key
        ("a: x\u200dy\nb: '\ue000'\n", {"a": "x\u200dy", "b": "\ue000"}),  # not isprintable
    ],
)
def test_read_as_written(text: str, expected: Any) -> None:
    read = check_contract(text)
    if expected is ...:  # the event reader tells
        assert read is not None
    else:
        assert same(read, expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a: b",  # no line break at the end
        "a: b \n",  # a space at the end of a line
        "a: b\n\n",  # an empty line
        "a: b\n# a comment\n",
        "a: b\n  # a comment\n",
        " # a comment\na: b\n",
        "# a comment \na: b\n",
        "# a comment\n",
        "---\na: b\n",
        "# a comment\n---\na: b\n",
        "%YAML 1.2\n---\na: b\n",
        "a: b # comment\n",
        "a: b\n  c\n",  # a plain scalar on two lines
        "a:  b\n",
        "a: b: c\n",
        "a: b:\n",
        "a:b\n",
        "a: - b\n",
        "a: -\n",
        "a: ? b\n",
        "a: &x b\n",
        "a: *x\n",
        "a: !t b\n",
        'a: "b"\n',
        "a: {b: c}\n",
        "a: 'b\n",
        "a: 'b'c'\n",
        "a: 'b' c\n",
        "a: [b, c\n",
        "a: [b,c]\n",
        "a: [ b ]\n",
        "a: [b, ]\n",
        "a: [b: c]\n",
        "a: [b#c]\n",
        "a: [-1]\n",
        "a: [[b]]\n",
        "a: |+\n  b\n",
        "a: |2\n  b\n",
        "a: >\n  b\n",
        "a: |\n",
        "a: |\n\n  b\n",  # an empty line first
        "a: |\n  b\n\nc: d\n",  # an empty line last
        "a: |\n   b\n",  # indented more than the layout's two spaces
        "a: |\n  b\n c\n",
        "a:\n",  # no value
        "a:\n  b\n",
        "a:\n- b\n",  # a list not indented under its key
        "a:\n    - b\n",
        "a:\n  - b\n   c: d\n",
        "a:\n  - b: c\n      d: e\n",
        "a:\n  - - b\n",
        "a: 1\na: 2\n",  # NM103
        "null: 1\n",  # NM108
        "true: 1\n",
        "A: 1\n",
        "a b: 1\n",
        "- a\n",  # not a mapping
        "a\n",
        "a: b\tc\n",
        "a: b\rc\n",
        "a: b\x00c\n",
        "a: b\x7fc\n",
        "a: b\ufeffc\n",
        "a: b\x85c\n",
        "a: b\u2028c\n",
        "a: b\ud800c\n",
        "a: b\ufffec\n",
        "a: 1e400\n",  # a number that cannot be kept exactly (NM110)
        "a: " + "9" * 5000 + "\n",
    ],
)
def test_unusual_is_left_to_libyaml(text: str) -> None:
    assert check_contract(text) is None


def test_depth_limit() -> None:
    text = "a:\n  b:\n    - [c]\n"
    assert check_contract(text, max_depth=4) == {"a": {"b": [["c"]]}}
    for depth in (1, 2, 3):
        assert read_yaml_lines(text, depth) is None
    assert read_yaml_lines("a: b\n", 1) == {"a": "b"}


# --------------------------------------------------------------------------
# Text in the layout, with any of the scalars that YAML reads otherwise
# --------------------------------------------------------------------------

#: Scalars as the layout writes them, some of them unusual.
SCALARS = [
    "a", "word", "two words", "é", "x\u00a0y", "1", "-3", "+4", "007", "0x1f", "0o17", "1.5",
    ".inf", ".nan", "1e3", "2009-08", "2009-08~", "12:30", "null", "Null", "~", "true", "False",
    "yes", "NO", "<<", "--", "---", "...", "-a", "a:b", "a#b", "a\\b", "a [b]", "a, b", "a'b",
    "[a, b]", "['a, b', c]", "['it''s']", "[]", "[.5, 1]", "[null, ~]", "[a, 'b']", "'a'", "''",
    "''''", "'a: b #c'", "a\u200db", "\U0001f600", "ab\u00ad", "\ue000", "'\u2003'",
    "a,?b", "a,-]", "it's#1", "a [!b]", "'a, &b:c'", "'[-]'", "a, *b:c",
]  # fmt: skip
#: Scalars YAML reads otherwise, or not at all.
ODD = [
    "1e400", "-", "- a", "?", "? a", "?a", ":a", ": a", "a:", "a: b", "a #b", "#a", "&a",
    "&a b", "*a", "!a", "!!str 1", "%a", "@a", "`a", "|", ">", "[a,b]", "[a: b]", "[ ]", "[a]]",
    "{a: b}", "{}", "'a''", "'a' b'", "'a' #b'", '"a"', '"\\t"', "a\tb", "a ", " a", "[-1]",
    "a\ufeff", "a\x85b", "[a b]", "[a  b]", "['a'b]", "a\ufffe", "a\x7f", "a\u2028b",
]  # fmt: skip
TOKENS = SCALARS + ODD
KEYS = ["a", "b", "a", "id", "a_1", "null", "true", "A", "a b", "'a'", "<<", "1", "x:", "on", "no"]
#: Lines of literal blocks, indented by the column of their block ("{}" is replaced).
BLOCK_LINES = [
    "{}x",
    "{}x y",
    "",
    "{} x",
    "{}- x",
    "{}a: b",
    "{}# x",
    "{}'",
    "{}! x",
    "{}&a:b",
    "{}?x",
]
ODD_BLOCK_LINES = ["x", " {}x", "{}x ", "{}\t"]


def often(common: list[str], odd: list[str]) -> st.SearchStrategy[str]:
    """One of ``common`` most of the time, now and then one of ``odd``."""
    return st.sampled_from(common * 30 + odd)


def layouts() -> st.SearchStrategy[Any]:
    """Trees of the layout: mappings (tuples of pairs), lists, scalars and literal blocks."""
    blocks = st.tuples(
        often(["|", "|-"], ["|+", "|2", ">"]),
        st.lists(often(BLOCK_LINES, ODD_BLOCK_LINES), min_size=1, max_size=4),
    )
    return st.recursive(
        st.one_of(*[often(SCALARS, ODD)] * 3, blocks),
        lambda children: st.one_of(
            st.lists(children, min_size=1, max_size=3),
            st.lists(st.tuples(often(KEYS[:5], KEYS[5:]), children), min_size=1, max_size=3).map(
                tuple
            ),
        ),
        max_leaves=10,
    )


def written(tree: Any, column: int, lead: str) -> str:
    """Write ``tree`` in the layout (as dumps writes it) after ``lead``, at ``column``."""
    if isinstance(tree, str):
        return f"{lead} {tree}\n"
    if isinstance(tree, tuple) and len(tree) == 2 and isinstance(tree[0], str):  # a literal block
        header, lines = tree
        inside = " " * (column + 2)
        return f"{lead} {header}\n" + "".join(line.replace("{}", inside) + "\n" for line in lines)
    text = f"{lead}\n"
    if isinstance(tree, list):
        for each in tree:
            item = (("a", each),) if isinstance(each, list) else each  # no list in a list
            dash = " " * (column + 2) + "-"
            if isinstance(item, tuple) and item and not isinstance(item[0], str):
                first, *others = item
                text += written(first[1], column + 4, f"{dash} {first[0]}:")
                text += "".join(
                    written(value, column + 4, f"{' ' * (column + 4)}{key}:")
                    for key, value in others
                )
            else:
                text += written(item, column + 2, dash)
        return text
    return text + "".join(
        written(value, column + 2, f"{' ' * (column + 2)}{key}:") for key, value in tree
    )


@settings(SETTINGS, max_examples=1500)
@given(st.lists(st.tuples(often(KEYS[:5], KEYS[5:]), layouts()), min_size=1, max_size=4), st.data())
@example([("a", "b")], None)
def test_layouts(pairs: list[tuple[str, Any]], data: st.DataObject | None) -> None:
    text = "".join(written(value, 0, f"{key}:") for key, value in pairs)
    check_contract(text)
    check_contract("# a comment: [x, 'y'\n\n#\n" + text)
    if data is None:
        return
    # The same text, a space added or taken away, or a token put in, somewhere.
    position = data.draw(st.integers(0, len(text)))
    change = data.draw(st.sampled_from([" ", "", "- ", ": ", "\n", "#", "'", "]", "  ", *TOKENS]))
    cut = data.draw(st.integers(0, 2))
    check_contract(text[:position] + change + text[position + cut :])
    check_contract(text, max_depth=data.draw(st.integers(1, 5)))


@settings(SETTINGS, max_examples=500)
@given(st.lists(st.tuples(often(KEYS[:5], KEYS[5:]), layouts()), min_size=1, max_size=4))
def test_plain_scalars_tell_the_warnings_as_the_events_do(pairs: list[tuple[str, Any]]) -> None:
    # The plain scalars the line reader gives decide NM117 as the parser's events do
    # (and a text it takes has no comment after a value: no NM118).
    text = "".join(written(value, 0, f"{key}:") for key, value in pairs)
    plains: list[str] = []
    if read_yaml_lines(text, DEFAULT_LIMITS.max_depth, plains) is not None:
        assert any(map(misread, plains)) == plain_scalar_warns(text)


@SETTINGS
@given(st.text(max_size=40))
def test_arbitrary_text(text: str) -> None:
    check_contract(text)


CONTEXTS = [
    "a: {}\n", "a:\n  - {}\n", "a:\n  - b: {}\n    c: d\n", "a: [{}]\n", "a: [x, {}]\n",
    "a:\n  b: {}\nc: d\n", "a: |\n  {}\n", "a:\n  - |-\n    {}\n  - b\n",
]  # fmt: skip


@pytest.mark.parametrize("context", CONTEXTS)
def test_every_scalar_in_every_place(context: str) -> None:
    accepted = [token for token in TOKENS if check_contract(context.format(token)) is not None]
    assert accepted  # the layout's own scalars, at least


@pytest.mark.parametrize(
    ("text", "completed"),
    [("a: |\n  x\n  ", "a: |\n  x\n  \n"), ("a: b ", "a: b "), ("a\n", "a\n"), ("", "")],
)
def test_complete_last_line_adds_a_break_only_after_a_line_of_spaces(
    text: str, completed: str
) -> None:
    assert complete_last_line(text) == completed
