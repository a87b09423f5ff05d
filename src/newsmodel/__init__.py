"""newsmodel: typed, validated records of news reporting about accusations.

Who accused whom of what, on what evidence, and how the accused answered.
The public API is re-exported here; see the modules for details:
:mod:`newsmodel.model` (records), :mod:`newsmodel.vocab` (vocabularies),
:mod:`newsmodel.dates` (EDTF dates), :mod:`newsmodel.io` (reading and
writing), :mod:`newsmodel.limits` (what one file may hold),
:mod:`newsmodel.problems` (problems and rules).
"""

from newsmodel.codec.check import check
from newsmodel.codec.converter import make_converter
from newsmodel.dataset import Dataset, Validator, validate
from newsmodel.dates import PartialDate, Precision
from newsmodel.io import dump, dumps, iter_jsonl, load, loads
from newsmodel.limits import Limits
from newsmodel.model import (
    RECORD_TYPES,
    SCHEMA_VERSION,
    Actor,
    Allegation,
    Argument,
    Bundle,
    Citation,
    Count,
    CountryCode,
    Document,
    Event,
    Id,
    LanguageTag,
    Participant,
    Place,
    Position,
    Quote,
    Record,
    Report,
    Response,
    Url,
)
from newsmodel.problems import RULES, Problem, Rule, Severity, ValidationError
from newsmodel.schema import json_schema

__all__ = [
    "RECORD_TYPES",
    "RULES",
    "SCHEMA_VERSION",
    "Actor",
    "Allegation",
    "Argument",
    "Bundle",
    "Citation",
    "Count",
    "CountryCode",
    "Dataset",
    "Document",
    "Event",
    "Id",
    "LanguageTag",
    "Limits",
    "PartialDate",
    "Participant",
    "Place",
    "Position",
    "Precision",
    "Problem",
    "Quote",
    "Record",
    "Report",
    "Response",
    "Rule",
    "Severity",
    "Url",
    "ValidationError",
    "Validator",
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
