"""Did-you-mean for vocabulary terms: by meaning first, spelling last.

A coder who writes ``stance: rejection`` means a denial; the closest spelling
is ``retraction``, which means the opposite.  :func:`suggest_term` therefore
looks, in order, for:

1. an external code that only one term carries (``IGO``);
2. the value written another way (``Declined to comment``);
3. the words, reduced to their stems, among a term's value words and its
   :data:`~newsmodel.vocab.SYNONYMS` ("rejected" -> denial, "tribunal" ->
   court), then among the words of its description;
4. a near spelling of a value, close enough to be a typing slip
   ("goverment"), and only when nothing above matched.

When no term clearly wins it returns ``None``, and the problem lists the
terms instead: no suggestion is better than a wrong one.
"""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable, Mapping
from functools import cache

from newsmodel.vocab import SYNONYMS, Term

__all__ = ["suggest_term"]

#: How alike a spelling must be to a value to count as a typing slip (difflib ratio).
TYPO_RATIO = 0.8

_SUFFIXES = (
    "ations", "ation", "ments", "ment", "ings", "ing", "ions", "ion", "ised", "ized",
    "ise", "ize", "ies", "ied", "ed", "es", "al", "ly", "s", "e",
)  # fmt: skip
_STOPWORDS = frozenset(
    (
        "a", "an", "and", "any", "are", "as", "at", "be", "by", "for", "from", "in", "is",
        "it", "its", "of", "on", "or", "other", "say", "that", "the", "their", "them",
        "there", "this", "to", "was", "were", "what", "when", "which", "who", "with",
    )
)  # fmt: skip


def _stem(word: str) -> str:
    """Reduce a word to a crude stem: ``rejected``, ``rejection`` -> ``reject``."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("i" if suffix in ("ies", "ied") else "")
            break
    if len(word) > 3 and word[-1] == word[-2] and word[-1] not in "lsaeiou":
        word = word[:-1]  # admitted -> admitt -> admit
    return word[:-1] + "i" if word.endswith("y") else word


def _stems(text: str) -> frozenset[str]:
    return frozenset(
        _stem(word) for word in re.findall(r"[a-z]+", text.lower()) if word not in _STOPWORDS
    )


@cache
def _index(
    cls: type[Term],
) -> tuple[
    dict[str, Term],
    dict[str, list[Term]],
    list[tuple[Term, frozenset[str]]],
    list[tuple[Term, frozenset[str]]],
]:
    """Return a vocabulary's terms by value and by code, its names and its descriptions."""
    by_value = {member.term: member for member in cls}
    by_code: dict[str, list[Term]] = {}
    for member in cls:
        for code in member.codes.values():
            by_code.setdefault(code.upper(), []).append(member)
    synonyms: Mapping[str, tuple[str, ...]] = SYNONYMS.get(cls, {})
    names = [
        (member, stems)
        for member in cls
        for stems in (
            _stems(member.term.replace("_", " ")),
            *(_stems(words) for words in synonyms.get(member.term, ())),
        )
        if stems
    ]
    descriptions = [(member, _stems(member.description)) for member in cls]
    return by_value, by_code, names, descriptions


def _best(scores: dict[Term, float]) -> Term | None:
    """Return the term with the highest score if no other term has it."""
    if not scores:
        return None
    ranked = sorted(scores.values(), reverse=True)
    if len(ranked) > 1 and ranked[0] == ranked[1]:
        return None
    return max(scores, key=scores.__getitem__)


def suggest_term(cls: type[Term], text: str) -> Term | None:
    """Return the term of ``cls`` that ``text`` most likely means, or ``None``.

    >>> from newsmodel.vocab import Stance
    >>> suggest_term(Stance, "rejection")
    <Stance.DENIAL: 'denial'>
    >>> suggest_term(Stance, "Declined to comment")
    <Stance.DECLINED_TO_COMMENT: 'declined_to_comment'>
    """
    by_value, by_code, names, descriptions = _index(cls)
    coded = by_code.get(text.strip().upper(), [])
    if len(coded) == 1:
        return coded[0]
    written = re.sub(r"[\s\-]+", "_", text.strip().lower())
    if written in by_value:
        return by_value[written]
    words = _stems(text)
    if words:
        # A name (value or synonym) all of whose words are written wins outright; then
        # the names sharing most words; then the descriptions sharing most words.
        found = _best(_top((m, float(len(stems))) for m, stems in names if stems <= words))
        if found is not None:
            return found
        shared = _top((m, len(words & stems) / len(stems)) for m, stems in names)
        found = _best({m: score for m, score in shared.items() if score >= 0.5})
        if found is not None:
            return found
        described = _top((m, float(len(words & stems))) for m, stems in descriptions)
        least = max(1.0, len(words) / 2)
        found = _best({m: score for m, score in described.items() if score >= least})
        if found is not None:
            return found
    typo = difflib.get_close_matches(written, list(by_value), n=1, cutoff=TYPO_RATIO)
    return by_value[typo[0]] if typo else None


def _top(scores: Iterable[tuple[Term, float]]) -> dict[Term, float]:
    """Return each term's best positive score (a term has several names)."""
    best: dict[Term, float] = {}
    for member, score in scores:
        if score > best.get(member, 0.0):
            best[member] = score
    return best
