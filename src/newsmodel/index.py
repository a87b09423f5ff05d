"""The references between records, read backwards: what answers, cites or supersedes what.

Records refer to each other by id in one direction only: a response names
the records it answers (``answers[].allegation``...), but an allegation does
not list its responses.
An :class:`Index` reads every reference of a set of records once and
answers the questions the other way round: the responses to an allegation,
the allegations against an actor (or against any of its parts), the
responses an actor made, the proceedings that examine an allegation, the
reactions to a document, event or proceeding, the replies to a response,
the records that cite a report, the record that supersedes another.

Every field of the model that refers to records declares, in its metadata,
the kind of record it points to (``ref``) and the name of the way back
(``reverse``): ``Answer.allegation`` has ``ref="allegation"`` and
``reverse="responses"``, the responses to an allegation.  :data:`REFERENCES`
lists those fields, read from the models, so a new reference field is
indexed without a line of code here; :meth:`Index.reverse` looks up any of
them by its reverse name, and :meth:`Index.referring` by the field itself.

A :class:`~newsmodel.dataset.Dataset` builds its index when first asked
(:attr:`~newsmodel.dataset.Dataset.index`).  The examples below use the
dataset of newsmodel's ``examples/`` folder::

    dataset = Dataset.load(["examples/"])
    index = dataset.index

Results are tuples of records in dataset order, each record once.  Ids are
unique across a dataset, so a method takes a record or its id alike.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Mapping, Sequence
from typing import Any, cast

import attrs

from newsmodel.model import (
    Actor,
    Allegation,
    Proceeding,
    Record,
    Response,
    _items_of,
    _model_types,
    _unwrapped,
)

__all__ = ["REFERENCES", "Index", "Reference"]


@attrs.frozen
class Reference:
    """A field of the model that refers to records by id, and its name read backwards.

    >>> [str(r) for r in REFERENCES if r.reverse == "responses"]
    ['Answer.allegation']
    """

    owner: type
    """The class that declares the field: a record class, or a value type
    such as :class:`~newsmodel.model.Citation` that records nest."""
    name: str
    """The field's name (``allegations``)."""
    kind: str
    """The kind of record it refers to (``allegation``), its ``ref``."""
    reverse: str
    """The name of the way back (``responses``), its ``reverse``."""
    many: bool
    """Whether the field holds a list of ids rather than one id."""

    def __str__(self) -> str:
        return f"{self.owner.__name__}.{self.name}"


# How to find the references inside a value of each class: for each field that
# holds references or nested values leading to some, (name, is a list, the number
# of the reference in REFERENCES or None, the nested class or None).
_Step = tuple[str, bool, int | None, type | None]


def _read_model() -> tuple[tuple[Reference, ...], dict[type, tuple[_Step, ...]]]:
    """Read every reference field and the way to each, from the models' metadata."""
    classes = _model_types()
    references: list[Reference] = []
    steps: dict[type, list[_Step]] = {}
    for cls in classes:
        steps[cls] = []
        for field in attrs.fields(cls):
            item = _items_of(field.type)
            many = item is not None
            inner = _unwrapped(item if many else field.type)
            kind = field.metadata.get("ref")
            if kind is not None:
                reverse = field.metadata.get("reverse")
                if not isinstance(reverse, str):  # a new reference must say its way back
                    raise TypeError(f"{cls.__name__}.{field.name}: ref without a reverse name")
                steps[cls].append((field.name, many, len(references), None))
                references.append(Reference(cls, field.name, str(kind), reverse, many))
            elif inner in classes:
                steps[cls].append((field.name, many, None, inner))
    # Walk only into value types that lead to a reference (not into places, say).
    leads = {cls for cls, found in steps.items() if any(s[2] is not None for s in found)}
    grown = True
    while grown:
        before = len(leads)
        leads |= {cls for cls, found in steps.items() if any(s[3] in leads for s in found)}
        grown = len(leads) != before
    plans = {
        cls: tuple(s for s in found if s[2] is not None or s[3] in leads)
        for cls, found in steps.items()
    }
    return tuple(references), plans


REFERENCES: tuple[Reference, ...]
"""Every field of the model that refers to records, in the order of the schema reference."""
REFERENCES, _PLANS = _read_model()

_BY_FIELD = {str(reference): number for number, reference in enumerate(REFERENCES)}
_BY_REVERSE = {
    name: [number for number, reference in enumerate(REFERENCES) if reference.reverse == name]
    for name in dict.fromkeys(reference.reverse for reference in REFERENCES)
}


def _id(target: Record | str) -> str:
    return target if isinstance(target, str) else target.id


def _numbers(reverse: str) -> list[int]:
    """Return the numbers of the references whose reverse name is ``reverse``."""
    numbers = _BY_REVERSE.get(reverse)
    if numbers is None:
        known = ", ".join(sorted(_BY_REVERSE))
        raise ValueError(f"{reverse!r} is not a reverse name; expected one of: {known}")
    return numbers


@attrs.frozen(init=False, repr=False, eq=False)
class Index:
    """Who refers to whom among a set of records, built in one pass over them.

    ``Index(records)`` reads every reference of every record (those nested
    in answers, citations, quotes, counts, arguments, participants, steps
    and the other value types too); a :class:`~newsmodel.dataset.Dataset` builds one on first use.
    The index does not change: build a new one for other records.

    >>> index.responses_to("hombori-killing-of-50-civilians")[0].id
    'mali-foreign-ministry-denies-minusma-note'
    """

    _records: tuple[Record, ...]
    _referrers: Mapping[tuple[int, str], Sequence[int]]

    def __init__(self, records: Iterable[Record]) -> None:
        found = tuple(records)
        referrers: dict[tuple[int, str], list[int]] = defaultdict(list)

        def walk(value: Any, position: int) -> None:
            for name, many, number, nested in _PLANS[type(value)]:
                content = getattr(value, name)
                if content is None:
                    continue
                for item in content if many else (content,):
                    if nested is not None:
                        walk(item, position)
                    elif number is not None:
                        positions = referrers[number, item]
                        if not positions or positions[-1] != position:  # once per record
                            positions.append(position)

        for position, record in enumerate(found):
            walk(record, position)
        self.__attrs_init__(found, dict(referrers))

    # -- generic -------------------------------------------------------------

    def referring(self, target: Record | str, field: str | None = None) -> tuple[Record, ...]:
        """Return the records that refer to ``target``, through ``field`` or any field.

        ``field`` names a reference field as its class and name,
        ``"Answer.allegation"`` or ``"Citation.report"`` (see
        :data:`REFERENCES`); a record that refers through a nested value
        (a citation, a quote) is the record that holds it.

        >>> [r.id for r in index.referring("voa-2022-mali-denies-un-accusations")][:2]
        ['russia', 'wagner-group']
        >>> [r.id for r in index.referring("mali-government", "Actor.part_of")]
        ['mali-foreign-ministry']

        Raises :class:`ValueError` for a field that is not a reference.
        """
        if field is None:
            return self._find([_id(target)], range(len(REFERENCES)))
        number = _BY_FIELD.get(field)
        if number is None:
            known = ", ".join(sorted(_BY_FIELD))
            raise ValueError(f"{field!r} is not a reference field; expected one of: {known}")
        return self._find([_id(target)], [number])

    def reverse(self, target: Record | str, name: str) -> tuple[Record, ...]:
        """Return the records that refer to ``target`` by the reference whose reverse is ``name``.

        The reverse names are declared next to each reference field
        (:data:`REFERENCES`): ``responses`` (the responses to an
        allegation), ``superseded_by``, ``cited_by``, ``parts``,
        ``retracted_by``, ``evidence_for`` and so on.

        >>> [r.id for r in index.reverse("mali-foreign-ministry", "quoted_in")]
        ['mali-foreign-ministry-denies-minusma-note']

        Raises :class:`ValueError` for a name no reference declares.
        """
        return self._find([_id(target)], _numbers(name))

    # -- what users ask first -------------------------------------------------

    def responses_to(self, allegation: Allegation | str) -> tuple[Response, ...]:
        """Return the responses that answer an allegation.

        >>> for response in index.responses_to("countries-accuse-mali-of-working-with-wagner"):
        ...     print(response.id)
        mali-statement-silent-on-foreign-forces
        mali-says-it-works-only-with-official-russian-trainers
        """
        return self._responses(self.reverse(allegation, "responses"))

    def responses_by(self, actor: Actor | str) -> tuple[Response, ...]:
        """Return the responses an actor made, to any allegation.

        >>> for response in index.responses_by("rfef"):
        ...     print(response.id)
        rfef-statement-calls-kiss-mutual-gesture
        rfef-statement-says-hermoso-lies
        rfef-withdraws-statement-against-hermoso
        """
        return cast("tuple[Response, ...]", self.reverse(actor, "responses_by"))

    def allegations_against(
        self, actor: Actor | str, *, include_parts: bool = False
    ) -> tuple[Allegation, ...]:
        """Return the allegations that accuse an actor, or any of its parts with ``include_parts``.

        An actor's parts are the actors whose ``part_of`` chain leads to it
        (:meth:`parts_of`): with ``include_parts``, a state answers for its
        ministries and forces.

        >>> [a.id for a in index.allegations_against("mali")]
        ['countries-accuse-mali-of-working-with-wagner']
        >>> len(index.allegations_against("mali", include_parts=True))
        4
        """
        found = self._find(self._actors(actor, include_parts), _numbers("allegations_against"))
        return cast("tuple[Allegation, ...]", found)

    def allegations_by(
        self, actor: Actor | str, *, include_parts: bool = False
    ) -> tuple[Allegation, ...]:
        """Return the allegations an actor makes, or any of its parts with ``include_parts``.

        >>> [a.id for a in index.allegations_by("un", include_parts=True)][:2]
        ['moroccan-forces-violence-melilla', 'spain-no-effective-investigation']
        """
        found = self._find(self._actors(actor, include_parts), _numbers("allegations_by"))
        return cast("tuple[Allegation, ...]", found)

    def replies_to(self, response: Response | str) -> tuple[Response, ...]:
        """Return the responses that answer a response (a rebuttal of a denial).

        >>> from newsmodel.model import Answer, Citation
        >>> from newsmodel.vocab import Stance
        >>> def said(id, answer, stance):
        ...     return Response(id=id, responders=("un",), answers=(answer,),
        ...                     stances=(stance,), citations=(Citation(report="r"),))
        >>> denial = said("denial", Answer(allegation="a"), Stance.DENIAL)
        >>> rebuttal = said("rebuttal", Answer(response="denial"), Stance.REBUTTAL)
        >>> [r.id for r in Index([denial, rebuttal]).replies_to("denial")]
        ['rebuttal']
        """
        return self._responses(self.reverse(response, "replies"))

    def reactions_to(self, record: Record | str) -> tuple[Response, ...]:
        """Return the responses that answer a document, an event or a proceeding.

        A response answers a ruling through ``answers[].proceeding`` (and
        ``step``), a published report through ``answers[].document``, a
        vote or a raid through ``answers[].event``; responses to
        allegations and to responses are :meth:`responses_to` and
        :meth:`replies_to`.

        >>> from newsmodel.model import Answer, Citation
        >>> from newsmodel.vocab import Stance
        >>> appeal = Response(id="will-appeal", responders=("rfef",),
        ...     answers=(Answer(proceeding="case", step="ruling"),),
        ...     stances=(Stance.APPEAL,), citations=(Citation(report="r"),))
        >>> [r.id for r in Index([appeal]).reactions_to("case")]
        ['will-appeal']
        """
        return self._responses(self.reverse(record, "reactions"))

    def proceedings_of(self, allegation: Allegation | str) -> tuple[Proceeding, ...]:
        """Return the proceedings that examine an allegation, in full or through a charge.

        >>> from newsmodel.model import Charge, Citation
        >>> from newsmodel.vocab import ProceedingKind
        >>> trial = Proceeding(id="trial", kind=ProceedingKind.CRIMINAL,
        ...     charges=(Charge(id="c1", summary="sexual assault", allegations=("kiss",)),),
        ...     citations=(Citation(report="r"),))
        >>> [p.id for p in Index([trial]).proceedings_of("kiss")]
        ['trial']
        """
        numbers = [_BY_FIELD["Proceeding.allegations"], _BY_FIELD["Charge.allegations"]]
        return cast("tuple[Proceeding, ...]", self._find([_id(allegation)], numbers))

    def citing(self, report: Record | str) -> tuple[Record, ...]:
        """Return the records that cite a report, of any kind.

        >>> for record in index.citing("afp-2022-09-mali-junta-rejects-un-accusations"):
        ...     print(record.id)
        mali-foreign-ministry-statement-2022-09-02
        mali-foreign-ministry-denies-minusma-note
        """
        return self.reverse(report, "cited_by")

    def superseded_by(self, record: Record | str) -> tuple[Record, ...]:
        """Return the records that replace a record (a revision or correction).

        >>> [r.id for r in index.superseded_by("rubiales-apologises-in-video")]
        ['rubiales-assembly-speech-refuses-to-resign']
        """
        return self.reverse(record, "superseded_by")

    def parts_of(self, actor: Actor | str, *, recursive: bool = False) -> tuple[Actor, ...]:
        """Return the actors that are part of an actor; with ``recursive``, their parts too.

        >>> [a.id for a in index.parts_of("mali")]
        ['mali-government', 'malian-security-forces']
        >>> [a.id for a in index.parts_of("mali", recursive=True)]
        ['mali-government', 'mali-foreign-ministry', 'malian-security-forces']
        """
        if not recursive:
            return cast("tuple[Actor, ...]", self.reverse(actor, "parts"))
        return cast("tuple[Actor, ...]", self._records_at(self._descendants(_id(actor))))

    # -- the work ------------------------------------------------------------

    @staticmethod
    def _responses(records: tuple[Record, ...]) -> tuple[Response, ...]:
        """Keep the responses: an answer also sits in a report's ``assessments``."""
        return tuple(record for record in records if isinstance(record, Response))

    def _find(self, ids: Iterable[str], numbers: Iterable[int]) -> tuple[Record, ...]:
        """Return the records that refer to any of ``ids`` by any of the references ``numbers``."""
        found: set[int] = set()
        for number in numbers:
            for each in ids:
                found.update(self._referrers.get((number, each), ()))
        return self._records_at(found)

    def _records_at(self, positions: Iterable[int]) -> tuple[Record, ...]:
        return tuple(self._records[position] for position in sorted(positions))

    def _descendants(self, actor_id: str) -> set[int]:
        """Return the positions of the actors whose ``part_of`` chain leads to ``actor_id``."""
        (part_of,) = _numbers("parts")
        found: set[int] = set()
        waiting = [actor_id]
        while waiting:
            for position in self._referrers.get((part_of, waiting.pop()), ()):
                part = self._records[position]
                if position not in found and part.id != actor_id:  # a cycle ends here
                    found.add(position)
                    waiting.append(part.id)
        return found

    def _actors(self, actor: Actor | str, include_parts: bool) -> list[str]:
        """Return the id of an actor, and with ``include_parts`` those of its parts."""
        actor_id = _id(actor)
        parts = self._descendants(actor_id) if include_parts else ()
        return [actor_id, *(self._records[position].id for position in parts)]
