"""Terms and dates as a reader would write them."""

from __future__ import annotations

import pytest

from newsmodel.dates import PartialDate
from newsmodel.render import words
from newsmodel.vocab import ActorKind, Stance


@pytest.mark.parametrize(
    ("text", "said"),
    [
        ("2022", "2022"),
        ("2022-07", "July 2022"),
        ("2022-07-13", "13 July 2022"),
        ("2022-03~", "around March 2022"),
        ("2022-03?", "March 2022, uncertain"),
        ("2022-03%", "around March 2022, uncertain"),
        ("2022-XX", "some month of 2022"),
        ("2022-XX-XX", "some day in 2022"),
        ("2022-07-XX", "some day in July 2022"),
        ("2022-21", "spring 2022"),
        ("2022-34", "the second quarter of 2022"),
        ("2022-04/2022-06", "April to June 2022"),
        ("2022-04-01/2022-06-30", "April to June 2022"),  # whole months
        ("2022-04-02/2022-06-30", "2 April to 30 June 2022"),
        ("2022-09-02/2022-09-03", "2 to 3 September 2022"),
        ("2021-12/2022-02", "December 2021 to February 2022"),
        ("2022-04/..", "since April 2022"),
        ("2022-04/", "from April 2022, end unknown"),
        ("../2022-06", "until June 2022"),
        ("2022-07-13T10:30:00Z", "13 July 2022, 10:30 UTC"),
        ("2022-07-13T10:30:00+02:00", "13 July 2022, 10:30 +02:00"),
        ("0900", "0900"),  # no words for it: as written
    ],
)
def test_dates_read_as_words(text: str, said: str) -> None:
    assert words.when(PartialDate(text)) == said


def test_terms_read_as_words() -> None:
    assert words.human(Stance.PARTIAL_DENIAL) == "partial denial"
    assert words.human(ActorKind.NGO) == "NGO"
    assert words.date(None) is None
    assert words.date(PartialDate("2022-07-13")) == "13 July 2022"
