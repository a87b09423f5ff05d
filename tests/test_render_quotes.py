"""Quotes highlighted in a report's text, each with an anchor, whatever the text holds."""

from __future__ import annotations

from newsmodel.model import Quote
from newsmodel.render.quotes import anchor, marked_text


def _quote(body: str, words: str, occurrence: int = 0) -> Quote:
    start = -1
    for _ in range(occurrence + 1):
        start = body.index(words, start + 1)
    return Quote(text=words, start=start, end=start + len(words))


def test_a_quote_is_marked_where_it_stands() -> None:
    body = "The ministry said it had *no* proof.\n\nA second paragraph."
    quote = _quote(body, "it had *no* proof")
    text = marked_text(body, [(quote, "A <response>")])
    assert text == (
        f'The ministry said <mark id="{anchor(quote)}" title="A &lt;response&gt;">'
        "it had \\*no\\* proof</mark>.\n\nA second paragraph."
    )
    assert anchor(quote) == "quote-18-35"


def test_overlapping_quotes_share_a_mark_and_keep_their_anchors() -> None:
    body = "one two three four"
    first, second = _quote(body, "one two three"), _quote(body, "three four")
    text = marked_text(body, [(second, "b"), (first, "a"), (first, "a")])
    assert text == (
        '<mark id="quote-0-13" title="a">one two <a id="quote-8-18"></a>three</mark> four'
    )


def test_a_quote_across_paragraphs_gets_an_anchor_only() -> None:
    body = "end of one.\n\nStart of two."
    quote = _quote(body, "one.\n\nStart")
    assert marked_text(body, [(quote, "t")]) == (
        'end of <a id="quote-7-18"></a>one.\n\nStart of two.'
    )


def test_offsets_outside_the_text_are_ignored() -> None:
    body = "short"
    outside = Quote(text="x", start=3, end=99)
    assert marked_text(body, [(outside, "t")]) == "short"
    assert anchor(Quote(text="x")) is None
