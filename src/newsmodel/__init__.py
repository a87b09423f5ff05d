"""newsmodel: typed, validated records of news reporting about accusations.

Who accused whom of what, on what evidence, and how the accused answered.
The public API is re-exported here; see the modules for details:
:mod:`newsmodel.model` (records), :mod:`newsmodel.vocab` (vocabularies),
:mod:`newsmodel.dates` (EDTF dates), :mod:`newsmodel.io` (reading and
writing), :mod:`newsmodel.limits` (what one file may hold),
:mod:`newsmodel.problems` (problems and rules).

The names are imported when first used (``newsmodel.Actor`` imports
:mod:`newsmodel.model`), so that ``import newsmodel`` and the command's
``--version``, ``rules`` and ``vocab`` start at once.
"""

from __future__ import annotations

import importlib

# typing.TYPE_CHECKING, without importing typing (a fifth of the time of this import).
TYPE_CHECKING = False
if TYPE_CHECKING:  # what the names below are, for type checkers and the docs
    from newsmodel.codec.check import check
    from newsmodel.codec.converter import make_converter
    from newsmodel.dataset import Dataset, Validator, validate
    from newsmodel.dates import PartialDate, Precision
    from newsmodel.io import dump, dumps, iter_jsonl, load, loads
    from newsmodel.limits import Limits
    from newsmodel.model import (
        RECORD_TYPES,
        SCHEMA_VERSION,
        SUPPORTED_SCHEMA_VERSIONS,
        Act,
        Actor,
        Allegation,
        Answer,
        Argument,
        Author,
        Bundle,
        Call,
        Charge,
        Citation,
        CommentRequest,
        Copy,
        Count,
        CountryCode,
        Document,
        Event,
        Id,
        LanguageTag,
        Mentions,
        Mistake,
        Participant,
        Party,
        Place,
        Position,
        Proceeding,
        Qualification,
        Quantity,
        Quote,
        Record,
        Relation,
        Report,
        Response,
        Role,
        Sanction,
        Source,
        StatusChange,
        Step,
        Tally,
        Timing,
        Trait,
        Unnamed,
        Url,
        Variant,
    )
    from newsmodel.problems import RULES, Problem, Rule, Severity, ValidationError
    from newsmodel.schema import json_schema

__all__ = [
    "RECORD_TYPES",
    "RULES",
    "SCHEMA_VERSION",
    "SUPPORTED_SCHEMA_VERSIONS",
    "Act",
    "Actor",
    "Allegation",
    "Answer",
    "Argument",
    "Author",
    "Bundle",
    "Call",
    "Charge",
    "Citation",
    "CommentRequest",
    "Copy",
    "Count",
    "CountryCode",
    "Dataset",
    "Document",
    "Event",
    "Id",
    "LanguageTag",
    "Limits",
    "Mentions",
    "Mistake",
    "PartialDate",
    "Participant",
    "Party",
    "Place",
    "Position",
    "Precision",
    "Problem",
    "Proceeding",
    "Qualification",
    "Quantity",
    "Quote",
    "Record",
    "Relation",
    "Report",
    "Response",
    "Role",
    "Rule",
    "Sanction",
    "Severity",
    "Source",
    "StatusChange",
    "Step",
    "Tally",
    "Timing",
    "Trait",
    "Unnamed",
    "Url",
    "ValidationError",
    "Validator",
    "Variant",
    "check",
    "dump",
    "dumps",
    "iter_jsonl",
    "json_schema",
    "load",
    "loads",
    "make_converter",
    "validate",
]

__version__ = "0.1.0.dev0"

#: The module each public name comes from, but for the records and their types, which
#: come from :mod:`newsmodel.model` (as imported above, for type checkers).
_HOMES = {
    name: module
    for module, names in {
        "newsmodel.codec.check": ("check",),
        "newsmodel.codec.converter": ("make_converter",),
        "newsmodel.dataset": ("Dataset", "Validator", "validate"),
        "newsmodel.dates": ("PartialDate", "Precision"),
        "newsmodel.io": ("dump", "dumps", "iter_jsonl", "load", "loads"),
        "newsmodel.limits": ("Limits",),
        "newsmodel.problems": ("RULES", "Problem", "Rule", "Severity", "ValidationError"),
        "newsmodel.schema": ("json_schema",),
    }.items()
    for name in names
}


if not TYPE_CHECKING:  # hidden from type checkers, which would take any name for a public one

    def __getattr__(name: str) -> object:
        """Import a public name, or a module (``newsmodel.vocab``), when it is first used."""
        if name in __all__:
            value = getattr(importlib.import_module(_HOMES.get(name, "newsmodel.model")), name)
            globals()[name] = value
            return value
        if not name.startswith("_"):
            try:
                return importlib.import_module(f"{__name__}.{name}")
            except ModuleNotFoundError as error:
                if error.name != f"{__name__}.{name}":  # a module it imports is missing
                    raise
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def __dir__() -> list[str]:
    """Return the module's names, the public ones before their first use too."""
    return sorted({*globals(), *__all__})
