"""Invalid documents: a valid bundle with exactly one known fault, and its problem code."""

from __future__ import annotations

import copy
import datetime as dt
import json
import re
from collections.abc import Callable, Iterator, Mapping, Sequence
from typing import Any, get_args, get_origin

import attrs
from hypothesis import strategies as st
from hypothesis.strategies import DrawFn as Draw

from newsmodel.codec.converter import structure, unstructure
from newsmodel.dates import PartialDate
from newsmodel.io import dumps
from newsmodel.model import (
    RECORD_TYPES,
    SUPPORTED_SCHEMA_VERSIONS,
    Bundle,
    Count,
    CountryCode,
    Id,
    LanguageTag,
    Place,
    Quote,
    Url,
    _unwrapped,
)
from newsmodel.strategies.files import bundles
from newsmodel.strategies.scalars import _days, _interval
from newsmodel.types import Amount, Value
from newsmodel.vocab import (
    Term,
)


@attrs.frozen
class InvalidDocument:
    """A document with one known fault, and the problem code newsmodel must report.

    ``document`` is plain data (dicts and lists, to write as JSON or YAML)
    or, for faults that only exist in text such as a duplicate key, YAML
    text.  Unpacks as a pair: ``document, code = invalid``.
    """

    document: Any
    code: str
    fault: str
    """What was done, in words (``removed required field 'name' at $.actors[0]``)."""
    schema_detects: bool
    """Whether the JSON Schema rejects this document too."""

    def __iter__(self) -> Iterator[Any]:
        return iter((self.document, self.code))


@attrs.frozen
class _Slot:
    """One field of one mapping in the plain data of a bundle."""

    path: tuple[str | int, ...]
    cls: type
    name: str
    type: Any
    present: bool


def _slots(data: Any, cls: type, path: tuple[str | int, ...] = ()) -> Iterator[_Slot]:
    attrs.resolve_types(cls)
    for field in attrs.fields(cls):
        present = field.name in data
        yield _Slot((*path, field.name), cls, field.name, field.type, present)
        if not present:
            continue
        inner = _unwrapped(field.type)
        value = data[field.name]
        if get_origin(inner) is tuple:
            item = get_args(inner)[0]
            if attrs.has(item):
                for index, child in enumerate(value):
                    yield from _slots(child, item, (*path, field.name, index))
        elif attrs.has(inner):
            yield from _slots(value, inner, (*path, field.name))


def _at(data: Any, path: Sequence[str | int]) -> Any:
    for part in path:
        data = data[part]
    return data


def _is_term(type_: Any) -> bool:
    return isinstance(type_, type) and issubclass(type_, Term)


def _render(path: Sequence[str | int]) -> str:
    return "$" + "".join(f"[{part}]" if isinstance(part, int) else f".{part}" for part in path)


#: Breaks plain bundle data in one way; returns the document and what was done.
Injector = Callable[[Draw, dict[str, Any]], tuple[Any, str]]


def _choose(draw: Draw, slots: Sequence[_Slot]) -> _Slot:
    if not slots:  # every injector targets fields that every generated bundle has
        raise AssertionError("no field to break")
    return draw(st.sampled_from(list(slots)))


def _is_record_id(path: Sequence[str | int]) -> bool:
    """Whether ``path`` is a record's own id (breaking it would orphan its references)."""
    return len(path) == 3 and path[2] == "id"


def _set(data: dict[str, Any], path: Sequence[str | int], value: Any) -> None:
    _at(data, path[:-1])[path[-1]] = value


def _unknown_field(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slot = _choose(draw, [s for s in _slots(data, Bundle) if s.present and len(s.path) > 1])
    owner = _at(data, slot.path[:-1])
    name = draw(st.sampled_from([slot.name[:-1] + slot.name[-1] * 2, "notes", "source", "Name"]))
    if name in owner or name in {f.name for f in attrs.fields(slot.cls)}:
        name = "notes_"
    owner[name] = owner[slot.name]
    return data, f"added unknown field {name!r} at {_render(slot.path[:-1])}"


def _missing_field(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    required = [
        s
        for s in _slots(data, Bundle)
        if s.present
        and s.name != "id"
        and s.cls is not Bundle
        and attrs.fields_dict(s.cls)[s.name].default is attrs.NOTHING
    ]
    if draw(st.integers(0, 9)) == 0:
        del data["schema_version"]
        return data, "removed schema_version"
    slot = _choose(draw, required)
    del _at(data, slot.path[:-1])[slot.name]
    return data, f"removed required field {_render(slot.path)}"


def _wrong_type(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = [s for s in _slots(data, Bundle) if s.present and s.cls is not Bundle]
    slot = _choose(draw, [s for s in slots if not _is_record_id(s.path)])
    inner = _unwrapped(slot.type)
    value = _at(data, slot.path)
    if get_origin(inner) is tuple:
        wrong: Any = value[0] if value and isinstance(value[0], str) else "several"
    elif inner is int or inner is Amount:
        wrong = str(value)
    elif inner is Value:  # a scalar or a list of them is a value: a mapping is not
        wrong = {"value": value}
    elif inner is float:
        wrong = f"{value}°"
    elif attrs.has(inner) or get_origin(inner) is Mapping:
        wrong = [value]
    else:
        wrong = draw(st.sampled_from([1984, True, [value]]))
    _set(data, slot.path, wrong)
    return data, f"gave {json.dumps(wrong, ensure_ascii=False)} at {_render(slot.path)}"


def _integral_float(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = [s for s in _slots(data, Bundle) if s.present and _unwrapped(s.type) is int]
    if not slots:
        count = _count_slot(draw, data)
        count.update(best=50.0)
        return data, "wrote a count's figure as 50.0"
    slot = _choose(draw, slots)
    _set(data, slot.path, float(_at(data, slot.path)))
    return data, f"wrote the integer at {_render(slot.path)} as a float"


def _string_slots(data: dict[str, Any]) -> list[tuple[tuple[str | int, ...], str]]:
    found: list[tuple[tuple[str | int, ...], str]] = []
    for slot in _slots(data, Bundle):
        if not slot.present:
            continue
        inner = _unwrapped(slot.type)
        if get_origin(inner) is tuple and get_args(inner)[0] in (str, Id):
            found += [((*slot.path, i), slot.name) for i in range(len(_at(data, slot.path)))]
        elif inner not in (int, float, Value) and isinstance(_at(data, slot.path), str):
            found.append((slot.path, slot.name))
    return found


def _empty_string(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    choices = [(path, name) for path, name in _string_slots(data) if not _is_record_id(path)]
    path, _ = draw(st.sampled_from(choices))
    _set(data, path, draw(st.sampled_from(["", " ", "\t", "  \n"])))
    return data, f"emptied the string at {_render(path)}"


def _unknown_term(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    choices: list[tuple[tuple[str | int, ...], type[Term]]] = []
    for slot in _slots(data, Bundle):
        inner = _unwrapped(slot.type)
        if slot.present and _is_term(inner):
            choices.append((slot.path, inner))
        elif slot.present and get_origin(inner) is tuple and _is_term(get_args(inner)[0]):
            choices += [
                ((*slot.path, i), get_args(inner)[0]) for i in range(len(_at(data, slot.path)))
            ]
    if not choices or draw(st.integers(0, 7)) == 0:
        actor = draw(st.sampled_from(data["actors"]))
        actor.setdefault("identifiers", {})["wikidta"] = "Q912"
        return data, "added the unknown identifier scheme 'wikidta'"
    path, vocabulary = draw(st.sampled_from(choices))
    term = _at(data, path)
    wrong = draw(
        st.sampled_from(
            [
                term[:-1] if len(term) > 3 else term + "x",
                term.upper(),
                term.replace("_", " ") if "_" in term else term + "s",
            ]
        )
    )
    if wrong in vocabulary.values():
        wrong += "_x"
    _set(data, path, wrong)
    return data, f"wrote the term {wrong!r} at {_render(path)}"


def _too_few(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = [
        s
        for s in _slots(data, Bundle)
        if s.present and attrs.fields_dict(s.cls)[s.name].metadata.get("min_items")
    ]
    slot = _choose(draw, slots)
    _set(data, slot.path, [])
    return data, f"emptied the list at {_render(slot.path)}"


def _bad_version(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    unsupported = [v for v in (0, 2, 7, 99) if v not in SUPPORTED_SCHEMA_VERSIONS]
    data["schema_version"] = draw(st.sampled_from(unsupported))
    return data, f"set schema_version to {data['schema_version']}"


def _duplicate_item(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slots = []
    for slot in _slots(data, Bundle):
        inner = _unwrapped(slot.type)
        if slot.present and get_origin(inner) is tuple:
            item = get_args(inner)[0]
            if (item in (str, Id) or _is_term(item)) and _at(data, slot.path):
                slots.append(slot)
    slot = _choose(draw, slots)
    items = _at(data, slot.path)
    items.insert(draw(st.integers(0, len(items))), draw(st.sampled_from(items)))
    return data, f"repeated an item in {_render(slot.path)}"


def _bad_id(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    records = [
        (kind + "s", i) for kind in RECORD_TYPES for i in range(len(data.get(kind + "s", [])))
    ]
    field, index = draw(st.sampled_from(records))
    old = data[field][index]["id"]
    new = draw(
        st.sampled_from(
            [
                old.replace("-", "_"),
                old.title(),
                old.replace("-", "--"),
                f"-{old}",
                old.replace("-", " "),
                f"{old}.",
                "-".join([old] * (100 // len(old) + 1))[:101].rstrip("-") + "x",
            ]
        )
    )
    if new == old:
        new = old.upper() + "_"
    return _rename_ids(data, old, new), f"renamed the id {old!r} to {new!r} everywhere"


def _rename_ids(data: dict[str, Any], old: str, new: str) -> dict[str, Any]:
    """Replace ``old`` by ``new`` in every id and reference field (and nowhere else)."""
    for slot in _slots(data, Bundle):
        if not slot.present:
            continue
        inner = _unwrapped(slot.type)
        value = _at(data, slot.path)
        if inner is Id and value == old:
            _set(data, slot.path, new)
        elif get_origin(inner) is tuple and get_args(inner)[0] is Id:
            _set(data, slot.path, [new if item == old else item for item in value])
    return data


def _date_slots(data: dict[str, Any], *, present: bool = False) -> list[_Slot]:
    return [
        s
        for s in _slots(data, Bundle)
        if _unwrapped(s.type) is PartialDate and s.cls is not Bundle and (s.present or not present)
    ]


_BAD_DATES_SYNTAX = (
    "2022-7-3",
    "13/07/2022",
    "July 2022",
    "2022-07-13 10:30",
    "2022-07-13T10:30 GMT",
    "22-07-13",
    "2022-13",
    "2022-07-32",
    "2022\u201307",  # an en dash
)
_BAD_DATES_CALENDAR = ("2022-02-30", "2022-02-31", "2022-04-31", "2023-06-31", "2022-11-31")


def _bad_date(values: Sequence[str]) -> Injector:
    def inject(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
        slot = _choose(draw, _date_slots(data))
        value = draw(st.sampled_from(list(values)))
        _set(data, slot.path, value)
        return data, f"wrote the date {value!r} at {_render(slot.path)}"

    return inject


def _reversed_interval(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    slot = _choose(draw, _date_slots(data))
    start = draw(_days(high=dt.date(2029, 12, 1)))
    first, second = _interval(start, draw(st.integers(1, 300)), coarse=False).split("/")
    if draw(st.booleans()) and first[:7] != second[:7]:
        first, second = first[:7], second[:7]
    _set(data, slot.path, f"{second}/{first}")
    return data, f"wrote the reversed interval {second}/{first} at {_render(slot.path)}"


def _value_of_type(kind: Any, values: Sequence[str], label: str) -> Injector:
    def inject(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
        slot = _choose(draw, [s for s in _slots(data, Bundle) if _unwrapped(s.type) is kind])
        value = draw(st.sampled_from(list(values)))
        _set(data, slot.path, value)
        return data, f"wrote the {label} {value!r} at {_render(slot.path)}"

    return inject


def _bad_amount(field: str, values: Sequence[str], label: str) -> Injector:
    """Give an allegation a sum of money whose ``field`` (currency, or per) is not valid."""

    def inject(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
        number = draw(st.integers(0, len(data["allegations"]) - 1))
        amounts = data["allegations"][number].setdefault("amounts", [])
        value = draw(st.sampled_from(list(values)))
        amounts.append({"amount": 100, "currency": "EUR", field: value})
        where = _render(("allegations", number, "amounts", len(amounts) - 1, field))
        return data, f"wrote the {label} {value!r} at {where}"

    return inject


def _place_slot(draw: Draw, data: dict[str, Any]) -> dict[str, Any]:
    """Return a place mapping in the data, adding a report dateline if there is none."""
    paths = [
        s.path for s in _slots(data, Bundle) if s.present and s.cls is Place and s.name == "name"
    ]
    if paths:
        owner: dict[str, Any] = _at(data, draw(st.sampled_from(paths))[:-1])
        return owner
    report = data["reports"][0]
    report["dateline"] = {"name": "Moura", "country": "ML"}
    return report["dateline"]  # type: ignore[no-any-return]


def _out_of_range(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    target = draw(st.sampled_from(["latitude", "longitude", "count", "pages", "geonames_id"]))
    if target in ("latitude", "longitude", "geonames_id"):
        place = _place_slot(draw, data)
        place.setdefault("latitude", 14.2)
        place.setdefault("longitude", -4.6)
        wrong: float = {
            "latitude": draw(st.sampled_from([123.4, -91.0, 90.5])),
            "longitude": draw(st.sampled_from([181.0, -200.5])),
            "geonames_id": draw(st.sampled_from([0, -1])),
        }[target]
        place[target] = wrong
        return data, f"set {target} to {wrong}"
    if target == "pages" and data.get("documents"):
        document = draw(st.sampled_from(data["documents"]))
        document["pages"] = 0
        return data, "set pages to 0"
    allegation = draw(st.sampled_from(data["allegations"]))
    allegation["counts"] = [{"kind": "killed", "best": -draw(st.integers(1, 50))}]
    return data, "gave a negative count"


def _bad_identifier(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    actor = draw(st.sampled_from(data["actors"]))
    scheme, value = draw(
        st.sampled_from(
            [
                ("wikidata", "912"),
                ("wikidata", "q912"),
                ("wikidata", "Q0912"),
                ("wikidata", "Q 912"),
                ("lei", "5493001KJTIIGC8Y1R1"),
                ("isni", "0000 0001 2146 438X"),
                ("ric", "NYT"),
                ("ric", "nyt.n"),
            ]
        )
    )
    actor.setdefault("identifiers", {})[scheme] = value
    return data, f"gave the {scheme} identifier {value!r}"


def _half_coordinates(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    place = _place_slot(draw, data)
    keep = draw(st.sampled_from(["latitude", "longitude"]))
    place.pop("latitude", None)
    place.pop("longitude", None)
    place[keep] = 14.2 if keep == "latitude" else -4.6
    return data, f"gave a place a {keep} only"


def _count_slot(draw: Draw, data: dict[str, Any]) -> dict[str, Any]:
    paths = [
        s.path[:-1]
        for s in _slots(data, Bundle)
        if s.present and s.cls is Count and s.name == "kind"
    ]
    if paths:
        count: dict[str, Any] = _at(data, draw(st.sampled_from(paths)))
        return count
    allegation = data["allegations"][0]
    allegation["counts"] = [{"kind": "killed", "best": 50}]
    return allegation["counts"][0]  # type: ignore[no-any-return]


def _count_order(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    count = _count_slot(draw, data)
    best = draw(st.integers(0, 400))
    low = best + draw(st.integers(1, 100))
    for name in ("low", "best", "high"):
        count.pop(name, None)
    count.pop("subgroups", None)
    count.update(low=low, best=best)
    return data, f"gave a count low {low} above best {best}"


def _count_without_figure(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    count = _count_slot(draw, data)
    for name in ("low", "best", "high", "words"):
        count.pop(name, None)
    count.pop("subgroups", None)
    return data, "removed every figure and the words of a count"


def _quote_slot(draw: Draw, data: dict[str, Any]) -> dict[str, Any]:
    paths = [
        s.path[:-1]
        for s in _slots(data, Bundle)
        if s.present and s.cls is Quote and s.name == "text"
    ]
    if paths:
        quote: dict[str, Any] = _at(data, draw(st.sampled_from(paths)))
        return quote
    citation = data["allegations"][0]["citations"][0]
    citation["quotes"] = [{"text": "without tangible proof"}]
    return citation["quotes"][0]  # type: ignore[no-any-return]


def _half_offsets(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    quote = _quote_slot(draw, data)
    keep = draw(st.sampled_from(["start", "end"]))
    quote.pop("start", None)
    quote.pop("end", None)
    quote[keep] = draw(st.integers(0, 500))
    return data, f"gave a quote its {keep} offset only"


def _wrong_offsets(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    quote = _quote_slot(draw, data)
    start = quote.get("start", draw(st.integers(0, 500)))
    length = len(quote["text"])
    end = start + length + draw(st.sampled_from([1, 2, 7, -1])) if length > 1 else start + 2
    quote.update(start=start, end=end)
    return data, f"gave a quote offsets {start}..{end} for {length} characters"


def _duplicate_key(draw: Draw, data: dict[str, Any]) -> tuple[Any, str]:
    text = dumps(structure(data, Bundle))
    lines = text.splitlines()
    candidates = [i for i, line in enumerate(lines) if re.match(r"^\s*- [a-z_]+: [^|>'\"\s]", line)]
    if not candidates or draw(st.integers(0, 5)) == 0:
        return text + "schema_version: 2\n", "repeated schema_version at the end of the text"
    index = draw(st.sampled_from(candidates))
    match = re.match(r"^(\s*)- ([a-z_]+): (.*)$", lines[index])
    assert match is not None
    indent, key, value = match.groups()
    lines.insert(index + 1, f"{indent}  {key}: {value}")
    return "\n".join(lines) + "\n", f"repeated the key {key!r} on line {index + 2}"


#: Every known fault: problem code, whether the JSON Schema detects it, injector.
_FAULTS: tuple[tuple[str, bool, Injector], ...] = (
    ("NM201", True, _missing_field),
    ("NM202", True, _unknown_field),
    ("NM203", True, _wrong_type),
    ("NM203", False, _integral_float),
    ("NM204", True, _empty_string),
    ("NM205", True, _unknown_term),
    ("NM206", True, _too_few),
    ("NM207", True, _bad_version),
    ("NM208", True, _duplicate_item),
    ("NM301", True, _bad_id),
    ("NM302", True, _bad_date(_BAD_DATES_SYNTAX)),
    ("NM302", False, _bad_date(_BAD_DATES_CALENDAR)),
    ("NM303", False, _reversed_interval),
    (
        "NM304",
        True,
        _value_of_type(CountryCode, ("Mali", "ml", "UK", "FRA", "XK", "Ml"), "country"),
    ),
    (
        "NM305",
        True,
        _value_of_type(LanguageTag, ("English", "en_US", "e", "fr-", "fr FR"), "language"),
    ),
    ("NM305", False, _value_of_type(LanguageTag, ("xx", "zz", "qx"), "language")),
    (
        "NM306",
        True,
        _value_of_type(
            Url,
            (
                "www.voanews.com/a/123",
                "voanews.com",
                "ftp://example.org/x",
                "https//example.org",
                "http://",
                "https:// example.org/x",
            ),
            "URL",
        ),
    ),
    ("NM307", True, _out_of_range),
    ("NM308", True, _bad_identifier),
    ("NM309", True, _half_coordinates),
    ("NM310", False, _count_order),
    ("NM311", True, _count_without_figure),
    ("NM312", True, _half_offsets),
    ("NM312", False, _wrong_offsets),
    ("NM314", True, _bad_amount("per", ("18 months", "p1d", "P", "1D", "P1DT"), "duration")),
    ("NM315", True, _bad_amount("currency", ("euro", "eur", "EURO", "US$", "E"), "currency")),
    ("NM103", False, _duplicate_key),
)

#: The problem codes that :func:`invalid_bundles` can inject.
FAULT_CODES: frozenset[str] = frozenset(code for code, _, _ in _FAULTS)


#: The (code, schema detects it) kinds of fault that :func:`invalid_bundles` injects.
FAULT_KINDS: frozenset[tuple[str, bool]] = frozenset(
    (code, detects) for code, detects, _ in _FAULTS
)


def invalid_bundles(
    *, codes: Sequence[str] | None = None, schema_detects: bool | None = None
) -> st.SearchStrategy[InvalidDocument]:
    """Draw a valid bundle with exactly one known fault, and the code newsmodel reports for it.

    Draws an :class:`InvalidDocument`, which unpacks as ``(document, code)``.
    ``codes`` limits the faults to those codes; ``schema_detects`` to faults
    that the JSON Schema also rejects (``True``) or cannot see (``False``).
    Raises ``ValueError`` when no known fault matches.
    """
    faults = [
        (code, detects, inject)
        for code, detects, inject in _FAULTS
        if (codes is None or code in codes)
        and (schema_detects is None or detects is schema_detects)
    ]
    if not faults:
        raise ValueError(
            f"no known fault matches codes={codes!r}, schema_detects={schema_detects!r}"
        )

    @st.composite
    def invalid(draw: Draw) -> InvalidDocument:
        code, detects, inject = draw(st.sampled_from(faults))
        bundle = draw(bundles(max_stories=1))
        document, fault = inject(draw, copy.deepcopy(unstructure(bundle)))
        return InvalidDocument(document, code, fault, detects)

    return invalid()
