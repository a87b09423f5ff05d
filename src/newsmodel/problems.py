"""Problems found in data, the exception that carries them, and the catalogue of rules.

Every check newsmodel makes reports a :class:`Problem` with a stable code
from :data:`RULES`.  Codes never change meaning; a retired code is never
reused.  The catalogue is data: the CLI's ``rules`` command and the docs
render it, so the explanation of a code is written once, here.

Code ranges: ``NM1xx`` reading and parsing a file, ``NM2xx`` the shape of
the data (fields, types, vocabularies), ``NM3xx`` field values, ``NM4xx``
relations between records.
"""

from __future__ import annotations

import enum
import re
from collections.abc import Iterable, Mapping
from types import MappingProxyType

import attrs

from newsmodel._codecache import attrs_methods

__all__ = ["RULES", "Problem", "Rule", "Severity", "ValidationError", "render_path"]


class Severity(str, enum.Enum):
    """How serious a problem is.  Warnings fail a run only under ``--strict``; information never."""

    ERROR = "error"
    WARNING = "warning"
    INFO = "info"


# The code of the methods attrs writes for the classes below is kept between runs.
_ATTRS_METHODS = attrs_methods(__name__)


@attrs.frozen(kw_only=True)
class Rule:
    """One entry of the problem catalogue."""

    code: str
    """Stable code, ``NM`` and three digits."""
    name: str
    """Short kebab-case name (``unknown-field``)."""
    severity: Severity
    """Default severity."""
    summary: str
    """What the rule checks, in one line."""
    example: str
    """A small piece of bad input that breaks the rule."""
    fix: str
    """How to fix that input."""


def _rules(*rules: Rule) -> Mapping[str, Rule]:
    return MappingProxyType({rule.code: rule for rule in sorted(rules, key=lambda r: r.code)})


_E, _W = Severity.ERROR, Severity.WARNING

#: Every rule newsmodel checks, by code.
RULES: Mapping[str, Rule] = _rules(
    Rule(
        code="NM100",
        name="unreadable-file",
        severity=_E,
        summary="The file cannot be read (missing, a directory, no permission).",
        example="newsmodel validate missing.yaml",
        fix="Check the path and its permissions.",
    ),
    Rule(
        code="NM101",
        name="not-utf8",
        severity=_E,
        summary="The file (or its name) is not valid UTF-8, or a string holds a lone "
        "surrogate, which is not Unicode.",
        example="title: Caf\\xe9 (Latin-1 bytes)",
        fix="Save the file as UTF-8; rename the file; remove or pair the surrogate.",
    ),
    Rule(
        code="NM102",
        name="syntax-error",
        severity=_E,
        summary="The file is not well-formed YAML or JSON.",
        example="title: [unclosed",
        fix="Correct the syntax at the position shown.",
    ),
    Rule(
        code="NM103",
        name="duplicate-key",
        severity=_E,
        summary="A mapping has the same key twice; YAML and JSON parsers silently keep the last.",
        example="name: Mali\nname: Republic of Mali",
        fix="Keep one of the two keys.",
    ),
    Rule(
        code="NM104",
        name="unsupported-tag",
        severity=_E,
        summary="A YAML tag other than the core ones (!!str, !!int...); no tag constructs objects.",
        example="actor: !!python/object:os.system [ls]",
        fix="Remove the tag.",
    ),
    Rule(
        code="NM105",
        name="too-many-aliases",
        severity=_E,
        summary="The file uses more YAML aliases than the limit (protects against alias bombs).",
        example="a: &a [x, x]\nb: &b [*a, *a]\n...",
        fix="Write the values out, or raise the limit.",
    ),
    Rule(
        code="NM106",
        name="multiple-documents",
        severity=_E,
        summary="A YAML file holds more than one document (---).",
        example="schema_version: 2\n---\nschema_version: 2",
        fix="Split it into one file per document.",
    ),
    Rule(
        code="NM107",
        name="not-a-mapping",
        severity=_E,
        summary="The top of the file (or a JSON Lines line) is not a mapping.",
        example="- id: mali",
        fix="Start from 'schema_version: 2' and put records in lists under it.",
    ),
    Rule(
        code="NM108",
        name="non-string-key",
        severity=_E,
        summary="A mapping key is not a string (a number, a boolean, null, a list).",
        example="1984: title",
        fix="Quote the key, or use one of the documented field names.",
    ),
    Rule(
        code="NM109",
        name="merge-key",
        severity=_E,
        summary="YAML merge keys (<<) are not supported: they hide where a value comes from.",
        example="<<: *defaults",
        fix="Write the fields out.",
    ),
    Rule(
        code="NM110",
        name="unrepresentable-number",
        severity=_E,
        summary="A number newsmodel cannot keep exactly: NaN, infinity, an integer of more "
        "than 4300 digits, a float that would be read as another (1e400, 1e-400, "
        "0.1000000000000000000001).",
        example="latitude: .nan",
        fix="Give a finite number a 64-bit float keeps, or leave the field out.",
    ),
    Rule(
        code="NM111",
        name="too-deep",
        severity=_E,
        summary="The data is nested deeper than the limit (64 levels; any newsmodel file "
        "needs fewer than 10).",
        example="[[[[[[...]]]]]]",
        fix="Flatten the data, or raise the limit (--max-depth).",
    ),
    Rule(
        code="NM112",
        name="file-too-large",
        severity=_E,
        summary="A YAML or JSON file is larger than the limit (16 MiB); it is refused "
        "without being read.",
        example="newsmodel validate huge.json  # 300 MiB",
        fix="Split it into several files (JSON Lines, read as a stream, suits large "
        "datasets), or raise the limit (--max-file-size).",
    ),
    Rule(
        code="NM113",
        name="string-too-long",
        severity=_E,
        summary="A string or key is longer than the limit (10 Mi characters).",
        example="body: |\n  ... (20 million characters)",
        fix="Shorten it, or raise the limit (--max-string-length).",
    ),
    Rule(
        code="NM114",
        name="too-many-records",
        severity=_E,
        summary="A file holds more records than the limit (10 million); the rest of the "
        "file is not read.",
        example="data.jsonl  # 12 million lines",
        fix="Split the file, or raise the limit (--max-records).",
    ),
    Rule(
        code="NM115",
        name="line-too-long",
        severity=_E,
        summary="A JSON Lines line is longer than the limit (16 MiB); it is skipped "
        "without being held in memory.",
        example="data.jsonl  # a JSON file without line breaks, renamed",
        fix="Write one record per line, or raise the limit (--max-line-length).",
    ),
    Rule(
        code="NM116",
        name="yaml-read-differently",
        severity=_E,
        summary="Valid YAML that libyaml-based readers (PyYAML, newsmodel's) read as other "
        "data than the YAML 1.2 spec says: an anchor name with ':' or '.', a '?' right "
        "before a value in a flow collection.",
        example="key: &an:chor value\nflow: { ?foo: bar }",
        fix="Name anchors with letters, digits, '-' and '_'; quote text that starts with '?'.",
    ),
    Rule(
        code="NM117",
        name="yaml11-value",
        severity=_W,
        summary="A plain value that YAML 1.1 readers (PyYAML and the tools built on it) "
        "read as another value than YAML 1.2 does: 017 (15 to them), yes, no, on, off, "
        "y, n (booleans to them), 1_000, 1:20 (numbers), 0o17, 1e3 (strings).",
        example="aliases: [yes, no]\nbest: 017",
        fix="Quote a string ('yes'); write a number as both read it (17).",
    ),
    Rule(
        code="NM118",
        name="comment-after-one-space",
        severity=_W,
        summary="A comment one space after an unquoted value (name: Trooper #1): the "
        "value ends before it, and the comment is dropped.",
        example="name: Trooper #1",
        fix='Quote the value if the text belongs to it (name: "Trooper #1"); put two '
        "spaces before a comment.",
    ),
    Rule(
        code="NM201",
        name="missing-field",
        severity=_E,
        summary="A required field is missing.",
        example="actors:\n- id: mali\n  kind: state",
        fix="Add the field (here: name).",
    ),
    Rule(
        code="NM202",
        name="unknown-field",
        severity=_E,
        summary="A field that the record type does not have; nothing is dropped silently.",
        example="actors:\n- id: mali\n  nmae: Mali",
        fix="Correct the spelling (here: name).",
    ),
    Rule(
        code="NM203",
        name="wrong-type",
        severity=_E,
        summary="A value of the wrong type; nothing is coerced (1 is not a string).",
        example="title: 1984",
        fix="Quote a string ('1984'); write lists as lists.",
    ),
    Rule(
        code="NM204",
        name="empty-value",
        severity=_E,
        summary="A string is empty or only white space.",
        example="name: ''",
        fix="Give a value, or leave an optional field out.",
    ),
    Rule(
        code="NM205",
        name="unknown-term",
        severity=_E,
        summary="A coded field has a value outside its vocabulary.",
        example="kind: goverment",
        fix="Use a listed term (here: government).",
    ),
    Rule(
        code="NM206",
        name="too-few-items",
        severity=_E,
        summary="A list has fewer items than required (every claim cites a report).",
        example="accused: []",
        fix="Add the missing items.",
    ),
    Rule(
        code="NM207",
        name="unsupported-schema-version",
        severity=_E,
        summary="The file's schema_version is not one this release reads.",
        example="schema_version: 7",
        fix="Write schema_version: 2 (or 1, read as 2), or upgrade newsmodel.",
    ),
    Rule(
        code="NM208",
        name="duplicate-item",
        severity=_E,
        summary="A list names the same item twice.",
        example="accused: [mali, mali]",
        fix="Remove the repeated item.",
    ),
    Rule(
        code="NM301",
        name="invalid-id",
        severity=_E,
        summary="An id is not lowercase words of letters and digits joined by hyphens.",
        example="id: Malian_Forces",
        fix="Write it as malian-forces.",
    ),
    Rule(
        code="NM302",
        name="invalid-date",
        severity=_E,
        summary="A date is not valid EDTF.",
        example="date: 2022-7-3",
        fix="Write 2022-07-03 (or 2022-07, 2022, 2022-07~).",
    ),
    Rule(
        code="NM303",
        name="interval-out-of-order",
        severity=_E,
        summary="An EDTF interval ends before it starts.",
        example="period: 2022-06-30/2022-04-01",
        fix="Swap the two ends.",
    ),
    Rule(
        code="NM304",
        name="invalid-country",
        severity=_E,
        summary="A country is not an ISO 3166-1 alpha-2 code.",
        example="country: Mali",
        fix="Write the code: ML.",
    ),
    Rule(
        code="NM305",
        name="invalid-language",
        severity=_E,
        summary="A language is not a valid BCP 47 tag.",
        example="language: English",
        fix="Write the tag: en.",
    ),
    Rule(
        code="NM306",
        name="invalid-url",
        severity=_E,
        summary="A URL is not an absolute http(s) URL.",
        example="url: www.voanews.com/a/123",
        fix="Write the full URL: https://www.voanews.com/a/123.",
    ),
    Rule(
        code="NM307",
        name="out-of-range",
        severity=_E,
        summary="A number is outside its allowed range (a negative count, latitude over 90).",
        example="latitude: 123.4",
        fix="Check the value; latitude comes before longitude.",
    ),
    Rule(
        code="NM308",
        name="invalid-identifier",
        severity=_E,
        summary="An external identifier does not match its scheme's format.",
        example="identifiers:\n  wikidata: '912'",
        fix="Write the full id: Q912.",
    ),
    Rule(
        code="NM309",
        name="incomplete-coordinates",
        severity=_E,
        summary="A place has a latitude without a longitude, or the reverse.",
        example="latitude: 15.3",
        fix="Give both, or neither.",
    ),
    Rule(
        code="NM310",
        name="count-order",
        severity=_E,
        summary="A count's figures are out of order: low <= best <= high must hold.",
        example="low: 50\nbest: 30",
        fix="Check which figure is which.",
    ),
    Rule(
        code="NM311",
        name="count-without-figure",
        severity=_E,
        summary="A count gives none of low, best and high, nor the source's words.",
        example="counts:\n- kind: killed",
        fix='Give at least one figure, or the words the source uses (words: "dozens").',
    ),
    Rule(
        code="NM312",
        name="quote-offsets",
        severity=_E,
        summary="A quote's offsets are incomplete, reversed or longer than its text.",
        example="start: 120\nend: 80",
        fix="Give both start and end, with end - start == len(text).",
    ),
    Rule(
        code="NM314",
        name="invalid-duration",
        severity=_E,
        summary="A duration is not an ISO 8601 duration.",
        example="duration: 18 months",
        fix="Write P, then figures with their units: P18M, P4Y, PT2H30M.",
    ),
    Rule(
        code="NM315",
        name="invalid-currency",
        severity=_E,
        summary="A currency is not an ISO 4217 alphabetic code.",
        example="currency: euros",
        fix="Write the code in capitals: EUR.",
    ),
    Rule(
        code="NM316",
        name="names-one-record",
        severity=_E,
        summary="An answer (of a response, or a finding in the assessments of a step, a "
        "document or a report) or a timing names no record, or several: it names exactly one "
        "of allegation, response, document, event, report and proceeding.",
        example="answers:\n- allegation: moura\n  document: minusma-note",
        fix="Give each record answered an answer of its own, and each record a time is "
        "measured from a timing of its own.",
    ),
    Rule(
        code="NM317",
        name="step-without-proceeding",
        severity=_E,
        summary="An answer or a timing names a step but no proceeding; step ids are only "
        "unique within their proceeding.",
        example="answers:\n- step: ruling-1",
        fix="Name the proceeding too: proceeding: bismuth-case, step: ruling-1.",
    ),
    Rule(
        code="NM318",
        name="currency-and-unit",
        severity=_E,
        summary="A quantity has both a currency and a unit: money takes a currency, "
        "anything else a unit.",
        example="amount: 100000\ncurrency: EUR\nunit: t",
        fix="Keep the one that says what is measured.",
    ),
    Rule(
        code="NM319",
        name="quantity-order",
        severity=_E,
        summary="A quantity's figures are out of order: low <= amount <= high must hold.",
        example="low: 5000000\nhigh: 2000000",
        fix="Check which figure is which.",
    ),
    Rule(
        code="NM320",
        name="quantity-without-figure",
        severity=_E,
        summary="A quantity gives no amount, no low or high, and no words.",
        example="amounts:\n- currency: USD",
        fix='Give the amount, a range, or the source\'s words (words: "millions of dollars").',
    ),
    Rule(
        code="NM321",
        name="unanimous-with-dissent",
        severity=_E,
        summary="A vote is called unanimous but has votes against.",
        example="votes:\n  unanimous: true\n  against: 2",
        fix="Check the figures; keep what the source says and explain any conflict in notes.",
    ),
    Rule(
        code="NM322",
        name="missing-title",
        severity=Severity.INFO,
        summary="A report of a kind that has a headline (an article, a wire story) has no "
        "title: information, since the coder may not have seen the headline (an excerpt, "
        "a copy), and a title must never be invented.",
        example="reports:\n- id: voa  # kind article by default, no title",
        fix="Give the headline, or set kind to what the source is (statement, "
        "social_media_post...).",
    ),
    Rule(
        code="NM323",
        name="accused-or-unidentified",
        severity=_E,
        summary="An allegation names no accused, no subject and no unidentified perpetrator, "
        "or names accused and says the perpetrator is unidentified.",
        example="allegations:\n- id: moura\n  accusers: [un]\n  summary: ...",
        fix="Name the accused, or set unidentified_perpetrator: true (not both); what is "
        "accused and is no actor (a policy) goes in subject.",
    ),
    Rule(
        code="NM324",
        name="act-by-not-accused",
        severity=_E,
        summary="An act of an allegation is by an actor that is not among its accused.",
        example="accused: [police]\nacts:\n- by: [army]",
        fix="Add the actor to accused, or correct the id.",
    ),
    Rule(
        code="NM325",
        name="duplicate-step-or-charge",
        severity=_E,
        summary="Two steps, or two charges, of one proceeding have the same id.",
        example="steps:\n- id: ruling\n  kind: ruling\n- id: ruling\n  kind: ruling",
        fix="Rename one (ruling-1, ruling-2).",
    ),
    Rule(
        code="NM326",
        name="unknown-step",
        severity=_E,
        summary="A step's of names no step of its proceeding.",
        example="steps:\n- id: appeal-1\n  kind: appeal\n  of: ruling-1  # no such step",
        fix="Correct the id, or give the earlier step that id.",
    ),
    Rule(
        code="NM327",
        name="step-of-later-step",
        severity=_E,
        summary="A step's of names a step listed after it, or dated after it: an appeal "
        "follows the ruling it appeals.",
        example="- id: appeal-1\n  date: 2023-05\n  of: ruling-1  # ruling-1 is of 2023-06",
        fix="List steps in the order they happened, and check both dates.",
    ),
    Rule(
        code="NM328",
        name="unknown-charge",
        severity=_E,
        summary="A step names a charge that is not among its proceeding's charges.",
        example="charges:\n- id: corruption ...\nsteps:\n- kind: ruling\n  charges: [fraud]",
        fix="Correct the id, or add the charge to the proceeding.",
    ),
    Rule(
        code="NM329",
        name="sanction-before-proceeding",
        severity=_E,
        summary="A sanction starts before its proceeding opened.  It may run after the "
        "proceeding closed (a sentence served after the last appeal), so only the start "
        "is compared.",
        example="period: 2023/..  # the proceeding\n...\n  period: 2021-09-11/2023-03-10",
        fix="Check both periods.",
    ),
    Rule(
        code="NM330",
        name="other-without-notes",
        severity=_E,
        summary="A field holds the term other, and the value holding it has no notes saying "
        "what the source calls it.",
        example="kind: other  # no notes",
        fix="Say in notes what the source calls it.",
    ),
    Rule(
        code="NM331",
        name="variant-unknown-field",
        severity=_E,
        summary="A variant names no field of its record, or an item the record does not "
        "have, or a value with fields of its own.",
        example="variants:\n- field: counts[2].best  # the record has one count",
        fix="Name the field from the record, as it holds it: published, counts[0].best.",
    ),
    Rule(
        code="NM332",
        name="variant-wrong-value",
        severity=_E,
        summary="A variant's value is not what the field it names holds (a date that is not "
        "EDTF, text for a figure).",
        example="field: published\nvalue: early August",
        fix="Write the value as the field would hold it (2022-08~).",
    ),
    Rule(
        code="NM333",
        name="variant-preferred-twice",
        severity=_E,
        summary="Two variants of the same field are both preferred.",
        example="- field: published\n  preferred: true\n- field: published\n  preferred: true",
        fix="Prefer one value, and say why in its notes.",
    ),
    Rule(
        code="NM334",
        name="retraction-without-stance",
        severity=_E,
        summary="A response retracts an earlier one but has no stance retraction.",
        example="stances: [denial]\nretracts: [mali-denies]",
        fix="Add retraction to stances.",
    ),
    Rule(
        code="NM335",
        name="incomplete-range",
        severity=_E,
        summary="The upper end of a range (a timing's offset_high, a sanction's duration_high) "
        "or a qualifier is given without what it needs: an upper end needs the lower one "
        "(offset, duration) and qualifier: range; qualifier range needs an upper end; any "
        "qualifier needs the figure it hedges.",
        example="duration_high: P2Y  # no duration, no qualifier",
        fix="Give the lower end and qualifier: range (one to two years: duration P1Y, "
        "duration_high P2Y, qualifier range); for one figure (up to two years) give it "
        "alone with its qualifier (duration P2Y, qualifier at_most).",
    ),
    Rule(
        code="NM336",
        name="range-out-of-order",
        severity=_E,
        summary="The upper end of a range of durations is shorter than the lower end "
        "(offset_high below offset, duration_high below duration).  Durations that cannot "
        "be compared (P1M and P30D) are not checked.",
        example="duration: P2Y\nduration_high: P1Y\nqualifier: range",
        fix="Put the shortest in offset or duration and the longest in offset_high or "
        "duration_high.",
    ),
    Rule(
        code="NM337",
        name="timed-from-itself",
        severity=_E,
        summary="A timing is measured from the record that holds it (a response timed "
        "after itself; a step timed from its own proceeding and step id).",
        example="responses:\n- id: r\n  timing:\n  - relation: after\n    response: r",
        fix="Name the record the source measures the time from (the ruling it follows).",
    ),
    Rule(
        code="NM338",
        name="provided-sanction-requested",
        severity=_E,
        summary="A sanction is both the one the rules provide for such a breach "
        "(status: provided) and requested by a party: a tariff is not asked for.",
        example="status: provided\nrequested: true",
        fix="Keep one: status provided for what the rules set, requested for what a party "
        "asks for.",
    ),
    Rule(
        code="NM339",
        name="trait-without-source",
        severity=_E,
        summary="A trait of an actor (its descent, its leaning, its trade) names no source: a "
        "trait is a claim, and says who makes it.",
        example="traits:\n- kind: ideology\n  value: far-right",
        fix="Name who ascribes it in according_to, or the reports that give it in citations.",
    ),
    Rule(
        code="NM401",
        name="duplicate-id",
        severity=_E,
        summary="Two records in the dataset have the same id; both places are reported.",
        example="actors:\n- id: mali ...\n- id: mali ...",
        fix="Rename one of them.",
    ),
    Rule(
        code="NM402",
        name="unresolved-reference",
        severity=_E,
        summary="A reference names an id that no record in the dataset has.",
        example="accused: [malian-forces]  # no such actor",
        fix="Correct the id (the hint suggests the closest), or add the record.",
    ),
    Rule(
        code="NM403",
        name="wrong-kind-reference",
        severity=_E,
        summary="A reference names a record of the wrong kind (an answer's allegation is "
        "an allegation).",
        example="answers:\n- allegation: mali  # mali is an actor",
        fix="Name a record of the kind the field expects.",
    ),
    Rule(
        code="NM404",
        name="part-of-cycle",
        severity=_E,
        summary="Actors' part_of links go round in a circle.",
        example="- id: a\n  part_of: b\n- id: b\n  part_of: a",
        fix="Remove the part_of that closes the circle.",
    ),
    Rule(
        code="NM405",
        name="unknown-report",
        severity=_E,
        summary="A citation names a report that is not in the dataset.",
        example="citations:\n- report: voa-2022  # no such report",
        fix="Correct the report id, or add the report.",
    ),
    Rule(
        code="NM406",
        name="quote-mismatch",
        severity=_E,
        summary="A quote's offsets do not select its text in the cited report's body.",
        example="text: tangible proof\nstart: 10\nend: 24  # body[10:24] differs",
        fix="Correct start and end (the hint gives them when the text occurs in the body).",
    ),
    Rule(
        code="NM407",
        name="foreign-retraction",
        severity=_E,
        summary="A response retracts a response none of whose responders (or those they "
        "speak for) is one of its own, a part of one, or the whole one is part of.",
        example="responders: [france]\nretracts: [mali-denial]",
        fix="Only the responders can retract; answer another's response with a new one, "
        "or use supersedes.",
    ),
    Rule(
        code="NM408",
        name="too-many-problems",
        severity=_E,
        summary="A file has more problems than the limit (1,000), or a run more than ten "
        "times that; the count of the rest is reported instead.  When the problems of "
        "reading a file reach the limit, the rest of the file is not checked.",
        example="actors:\n- 1\n- 1\n...  # 5,000 items that are not records",
        fix="Fix the problems shown (often one mistake repeated) and check again, or raise "
        "the limit (--max-problems).",
    ),
    Rule(
        code="NM451",
        name="unused-actor",
        severity=_W,
        summary="An actor that no record refers to (any reference counts: a role, a "
        "relation, a report's mentions, a copy's carrier, a quote's given_to...).",
        example="actors:\n- id: kremlin  # never named elsewhere",
        fix="Remove it, or refer to it where it plays a part.",
    ),
    Rule(
        code="NM452",
        name="unused-document",
        severity=_W,
        summary="A document that no record refers to (evidence, a response's documents, a "
        "step's document, a report's mentions...).",
        example="documents:\n- id: minusma-note  # no evidence or response names it",
        fix="Refer to it as evidence or as a response's document, or remove it.",
    ),
    Rule(
        code="NM453",
        name="unrelated-responder",
        severity=_W,
        summary="Responders take a stance only the accused take (a denial, an apology) on an "
        "allegation, but none is accused, in the same organization (part_of tree) as an "
        "accused actor, speaking for one (on_behalf_of), or holding a role in one or tied to "
        "one as member, head, representative or employee.  An accuser, or the publisher of "
        "a report the allegation cites, may apologise for it.  Answers to other records and "
        "stances anyone may take are not checked.",
        example="accused: [wagner-group]\nresponders: [france]\nstances: [denial]",
        fix="Name whom the responders speak for in on_behalf_of (a lawyer's client), check "
        "part_of, or give the stance the responders themselves take.",
    ),
    Rule(
        code="NM454",
        name="response-before-answered",
        severity=_W,
        summary="A response is dated before the record it answers: an allegation's made "
        "date, a response's date, an event's date, a proceeding step's date (not a "
        "document's: a report may be rejected before it is out).  An allegation without a "
        "made date is not dated by the reports that cite it: they say only that it was "
        "made by their date, and a response may precede every report of the accusation "
        "(a denial issued before any outlet reported it).",
        example="date: 2022-01  # allegation made: 2022-08-03",
        fix="Correct the response's date or the other record's.",
    ),
    Rule(
        code="NM455",
        name="unknown-answered-step",
        severity=_W,
        summary="An answer (of a response, or a finding in assessments), a timing or a "
        "status change names a step that its proceeding does not have.",
        example="proceeding: bismuth-case\nstep: ruling-2  # the case has ruling-1",
        fix="Correct the step id, or give the step that id in the proceeding.",
    ),
    Rule(
        code="NM313",
        name="position-outside-response",
        severity=_E,
        summary="A position names an allegation that its response does not answer.",
        example="allegations: [a]\npositions:\n- allegation: b",
        fix="Add the allegation to the response.",
    ),
    Rule(
        code="NM209",
        name="schema-upgraded",
        severity=Severity.INFO,
        summary="Information, never a failure: a file of schema version 1, read as version 2 "
        "(responder, stance, channel and document become lists; allegations and positions "
        "become answers...).  Nothing is lost; run 'newsmodel upgrade FILE' to rewrite it "
        "in version 2, keeping its comments.",
        example="schema_version: 1\nresponses:\n- responder: mali\n  stance: denial",
        fix="Run 'newsmodel upgrade FILE' (see the upgrading guide).",
    ),
)


@attrs.frozen(kw_only=True, order=False)
class Problem:
    """Something wrong with the data, with where it is and how to fix it."""

    code: str
    """Stable code from :data:`RULES` (``NM202``)."""
    message: str
    """What is wrong and what was expected."""
    path: str = "$"
    """Where in the file's data, as a JSONPath (``$.allegations[0].accused[1]``)."""
    file: str | None = None
    """The file, as given to the loader; ``None`` for text without a file."""
    line: int | None = None
    """1-based line, where known."""
    column: int | None = None
    """1-based column, where known."""
    hint: str | None = None
    """A likely fix (``did you mean 'name'?``)."""
    severity: Severity = Severity.ERROR
    """Error or warning."""

    def sort_key(self) -> tuple[str, int, int, str, str]:
        """Return the order problems are reported in: file, line, column, code, path."""
        return (self.file or "", self.line or 0, self.column or 0, self.code, self.path)

    def __str__(self) -> str:
        where = ":".join(
            str(part)
            for part in (self.file or "<text>", self.line, self.column)
            if part is not None
        )
        text = f"{where}: {self.code} {self.message}"
        return f"{text} (hint: {self.hint})" if self.hint else text


_ATTRS_METHODS.close()


class ValidationError(ValueError):
    """Raised when data breaks newsmodel's rules; carries every problem found.

    ``str(error)`` lists the problems one per line, so an uncaught error is
    still readable.
    """

    problems: tuple[Problem, ...]

    def __init__(self, problems: Iterable[Problem]) -> None:
        self.problems = tuple(sorted(problems, key=Problem.sort_key))
        count = len(self.problems)
        lines = [f"{count} problem{'s' if count != 1 else ''} found:"]
        lines.extend(f"  {problem}" for problem in self.problems)
        super().__init__("\n".join(lines))


def render_path(path: tuple[str | int, ...]) -> str:
    """``('allegations', 0, 'accused', 1)`` -> ``$.allegations[0].accused[1]``."""
    out = ["$"]
    for part in path:
        if isinstance(part, int):
            out.append(f"[{part}]")
        elif re.fullmatch(r"[A-Za-z_][A-Za-z0-9_]*", part):
            out.append(f".{part}")
        else:
            out.append("[" + repr(part) + "]")
    return "".join(out)
