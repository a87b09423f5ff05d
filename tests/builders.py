"""Small bundles as YAML text, and helpers to look at the problems they raise.

The unit tests craft inputs as text so that every problem can be checked at
its exact line and column.  ``MINIMAL`` is the smallest valid bundle (one
report, ``voa``, on lines 1-4); ``bundle_yaml`` appends sections to it, so
the first added line is line 5.  ``RICH`` is a valid bundle that uses every
record type and most value types, for round trips and output checks.
``broken_dataset`` copies examples into a folder with one reference broken.
"""

from __future__ import annotations

import shutil
import textwrap
from pathlib import Path

import pytest

import newsmodel
from newsmodel.io import Format
from newsmodel.problems import Problem, ValidationError

MINIMAL = """\
schema_version: 2
reports:
- id: voa
  title: Mali denies UN accusations
"""

#: The line of ``MINIMAL`` after its last one: where ``bundle_yaml`` sections start.
FIRST_LINE = 5

BODY = (
    "Mali's foreign ministry rejected the allegations, saying they were made "
    'without "tangible proof" and "under the threat of terrorist groups".\n'
    "Les autorités maliennes ont démenti.\n"
)
QUOTE = "tangible proof"
QUOTE_START = BODY.index(QUOTE)

RICH = f"""\
schema_version: 2
reports:
- id: voa-mali-denies
  title: Mali denies UN accusations of rights abuses
  publisher: voa
  url: https://www.voanews.com/a/mali-denies-un-accusations/6680000.html
  published: 2022-08-04T16:20:00Z
  language: en
  authors: [{{name: VOA News}}]
  dateline:
    name: Bamako
    country: ML
    precision: locality
  body: |
{textwrap.indent(BODY, "    ")}\
  retrieved: 2024-01-15
actors:
- id: voa
  name: Voice of America
  kind: media_outlet
  country: US
- id: mali
  name: Mali
  kind: state
  country: ML
  identifiers:
    wikidata: Q912
    website: https://www.presidence.ml
- id: mali-government
  name: Mali's military government
  kind: government
  country: ML
  part_of: mali
- id: mali-foreign-ministry
  name: Mali's foreign ministry
  kind: government_body
  part_of: mali-government
- id: malian-security-forces
  name: Malian state security forces
  kind: security_forces
  country: ML
  part_of: mali
- id: minusma
  name: United Nations Multidimensional Integrated Stabilization Mission in Mali
  kind: peacekeeping_mission
  aliases: [MINUSMA]
- id: minusma-spokesperson
  name: MINUSMA's spokesperson
  kind: person
  identity: unnamed
  part_of: minusma
documents:
- id: minusma-note-q2-2022
  kind: report
  title: Quarterly note on human rights trends
  authors: [minusma]
  published: 2022-08-03
  period: 2022-04-01/2022-06-30
- id: mali-statement
  kind: statement
  authors: [mali-foreign-ministry]
  pages: 11
allegations:
- id: hombori-killings
  accusers: [minusma]
  accused: [malian-security-forces]
  summary: State forces killed 50 civilians in Hombori with foreign military personnel.
  categories: [human_rights_abuse]
  conduct: [unlawful_killing]
  made: 2022-08-03
  occurred: 2022-04~
  places:
  - name: Hombori
    country: ML
    admin_area: Mopti
    latitude: 15.28
    longitude: -1.7
  counts:
  - kind: killed
    who: civilians
    best: 50
    qualifier: exactly
    according_to: minusma
  evidence: [minusma-note-q2-2022]
  citations:
  - report: voa-mali-denies
responses:
- id: mali-denial
  responders: [mali-foreign-ministry]
  answers:
  - allegation: hombori-killings
    positions:
    - aspect: occurrence
      stance: denial
  stances: [denial]
  arguments:
  - tactic: disputes_evidence
    words: tangible proof
  date: 2022-08
  channels: [social_media_post]
  documents: [mali-statement]
  citations:
  - report: voa-mali-denies
    quotes:
    - text: {QUOTE}
      speaker: mali-foreign-ministry
      start: {QUOTE_START}
      end: {QUOTE_START + len(QUOTE)}
events:
- id: spokesperson-expelled
  kind: expulsion
  summary: Mali expelled MINUSMA's spokesperson after his tweets.
  date: 2022-07-20
  participants:
  - actor: mali-government
    role: agent
  - actor: minusma-spokesperson
    role: target
  citations:
  - report: voa-mali-denies
"""


def bundle_yaml(*sections: str) -> str:
    """Return ``MINIMAL`` followed by ``sections`` (each dedented), as one YAML text."""
    return MINIMAL + "".join(textwrap.dedent(section) for section in sections)


def problems_of(text: str, *, format: Format = "yaml") -> list[Problem]:
    """Return the problems that ``newsmodel.loads`` raises for ``text`` (it must raise)."""
    with pytest.raises(ValidationError) as raised:
        newsmodel.loads(text, format=format)
    return list(raised.value.problems)


def where(problem: Problem) -> tuple[str, str, int | None, int | None]:
    """The parts of a problem a test usually checks: code, path, line and column."""
    return (problem.code, problem.path, problem.line, problem.column)


def only_problem(text: str, *, format: Format = "yaml") -> Problem:
    """Return the one problem ``text`` has (fail when it has none or several)."""
    found = problems_of(text, format=format)
    assert len(found) == 1, [str(problem) for problem in found]
    return found[0]


EXAMPLES = Path(__file__).resolve().parent.parent / "examples"
VOA = EXAMPLES / "voa-mali-2022.yaml"


def broken_dataset(folder: Path, *others: str) -> Path:
    """Write ``folder/data``: the VOA example, whose allegation names an actor no record
    defines (NM402), and the examples named ``others`` as they are; return the folder."""
    data = folder / "data"
    data.mkdir()
    for name in others:
        shutil.copy(EXAMPLES / name, data / name)
    text = VOA.read_text(encoding="utf-8")
    broken = text.replace("accused: [islamist-militant-groups]", "accused: [no-such-actor]")
    assert broken != text
    (data / VOA.name).write_text(broken, encoding="utf-8")
    return data
