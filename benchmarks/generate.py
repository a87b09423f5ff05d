"""Generate a large, valid newsmodel JSON Lines dataset for benchmarks.

The records follow the shapes of the examples: for every report, a handful of
actors, allegations with counts and places, responses with arguments, and
events; every reference resolves and every id is unique.  Generation is
deterministic (a seeded random generator), so runs are comparable.

    python benchmarks/generate.py OUT.jsonl --megabytes 1024
    python benchmarks/generate.py OUT.jsonl --records 1000000
"""

from __future__ import annotations

import argparse
import json
import random
from collections.abc import Iterator
from pathlib import Path
from typing import Any

#: The schema version the records below are written in (their shapes are version 2's).
SCHEMA_VERSION = 2

COUNTRIES = ["ML", "BF", "NE", "CI", "SN", "TD", "SD", "ET", "UA", "RU", "FR", "MM", "CO", "MX"]
PLACES = [
    "Moura",
    "Hombori",
    "Bamako",
    "Gao",
    "Mopti",
    "Axum",
    "Bucha",
    "Mekelle",
    "Goma",
    "Kidal",
    "Timbuktu",
    "Djibo",
    "Diffa",
    "Abeche",
    "Tillaberi",
]
KINDS = [
    "security_forces",
    "government_body",
    "non_state_armed_group",
    "private_military_company",
    "ngo",
    "person",
    "group_of_people",
]
STANCES = [
    "denial",
    "partial_denial",
    "alternative_explanation",
    "justification",
    "acknowledgment",
    "not_addressed",
    "declined_to_comment",
]
TACTICS = [
    "disputes_evidence",
    "alleges_bias",
    "questions_motive",
    "sources_coerced",
    "shifts_blame",
    "invokes_sovereignty",
    "minimizes",
]
CONDUCT = [
    "unlawful_killing",
    "massacre",
    "torture",
    "arbitrary_detention",
    "forced_displacement",
    "use_of_mercenaries",
    "destruction_of_property",
]


def records(seed: int = 2022, *, allegations: int = 2) -> Iterator[dict[str, object]]:
    """Yield records forever, in groups that reference only ids already yielded.

    A group is a report, five actors (the outlet, a state and three of its
    parts), ``allegations`` allegations each with a response, and an event.
    """
    rng = random.Random(seed)
    group = 0
    while True:
        group += 1
        g = f"g{group}"
        country = rng.choice(COUNTRIES)
        year = rng.randint(2000, 2025)
        month = rng.randint(1, 12)
        report = f"{g}-report"
        yield {
            "type": "report",
            "id": report,
            "title": f"Ministry denies report on abuses ({g})",
            "publisher": f"{g}-outlet",
            "url": f"https://news.example.org/{year}/{g}",
            "published": f"{year}-{month:02d}-{rng.randint(1, 28):02d}",
            "language": "en",
        }
        yield {"type": "actor", "id": f"{g}-outlet", "name": f"Outlet {g}", "kind": "media_outlet"}
        yield {
            "type": "actor",
            "id": f"{g}-state",
            "name": f"State {g}",
            "kind": "state",
            "country": country,
            "identifiers": {"wikidata": f"Q{rng.randint(1, 10**7)}"},
        }
        actors = []
        for number in range(3):
            actor = f"{g}-actor-{number}"
            actors.append(actor)
            yield {
                "type": "actor",
                "id": actor,
                "name": f"Actor {number} of {g}",
                "kind": rng.choice(KINDS),
                "country": country,
                "part_of": f"{g}-state",
            }
        place = rng.choice(PLACES)
        for number in range(allegations):
            allegation = f"{g}-allegation-{number}"
            killed = rng.randint(1, 300)
            yield {
                "type": "allegation",
                "id": allegation,
                "accusers": [actors[0]],
                "accused": [actors[1], actors[2]],
                "summary": f"{actors[1]} is accused of abuses in {place} ({number}).",
                "categories": ["human_rights_abuse"],
                "conduct": rng.sample(CONDUCT, 2),
                "made": f"{year}-{month:02d}",
                "occurred": f"{year}-{month:02d}~",
                "places": [{"name": place, "country": country, "precision": "locality"}],
                "victims": [f"{g}-state"],
                "counts": [
                    {
                        "kind": "killed",
                        "low": killed,
                        "best": killed + 5,
                        "qualifier": "at_least",
                        "according_to": actors[0],
                    }
                ],
                "citations": [
                    {
                        "report": report,
                        "quotes": [{"text": "serious violations", "speaker": actors[0]}],
                    }
                ],
            }
            yield {
                "type": "response",
                "id": f"{g}-response-{number}",
                "responders": [actors[1]],
                "answers": [{"allegation": allegation}],
                "stances": [rng.choice(STANCES)],
                "arguments": [{"tactic": rng.choice(TACTICS), "words": "tangible proof"}],
                "date": f"{year}-{month:02d}",
                "channels": ["statement"],
                "citations": [{"report": report}],
            }
        yield {
            "type": "event",
            "id": f"{g}-event",
            "kind": "arrest",
            "summary": f"Arrests in {place}.",
            "date": f"{year}-{month:02d}",
            "places": [{"name": place, "country": country}],
            "participants": [
                {"actor": actors[1], "role": "agent"},
                {"actor": actors[2], "role": "target"},
            ],
            "allegations": [f"{g}-allegation-0"],
            "citations": [{"report": report}],
        }


def generate(path: Path, megabytes: float) -> int:
    """Write at least ``megabytes`` of JSON Lines to ``path``; return the record count."""
    limit = int(megabytes * 1024 * 1024)
    written = count = 0
    with path.open("w", encoding="utf-8") as out:
        header = json.dumps({"schema_version": SCHEMA_VERSION}) + "\n"
        out.write(header)
        written += len(header)
        for record in records():
            line = json.dumps(record, ensure_ascii=False) + "\n"
            out.write(line)
            written += len(line)
            count += 1
            if written >= limit and record["type"] == "event":
                break
    return count


def bundles(seed: int = 2022, *, allegations: int = 5) -> Iterator[dict[str, Any]]:
    """Yield bundle documents forever, one group of :func:`records` each.

    Each holds a report, five actors, ``allegations`` allegations and as many
    responses, and an event, under ``schema_version: 2``; ids never repeat
    across bundles, so any number of them is a valid dataset too.
    """
    group: dict[str, Any] = {"schema_version": SCHEMA_VERSION}
    for record in records(seed, allegations=allegations):
        body = dict(record)
        kind = body.pop("type")
        group.setdefault(f"{kind}s", []).append(body)
        if kind == "event":
            yield group
            group = {"schema_version": SCHEMA_VERSION}


def generate_records(path: Path, count: int, seed: int = 2022) -> int:
    """Write a header and up to ``count`` records, in whole groups, to ``path``.

    Returns the number written: ``count`` rounded down to whole groups of
    eleven records (a report names its publisher before the actor comes, so a
    group cut short would leave a reference unresolved).
    """
    written = 0
    with path.open("w", encoding="utf-8") as out:
        out.write(json.dumps({"schema_version": SCHEMA_VERSION}) + "\n")
        group: list[str] = []
        for record in records(seed):
            group.append(json.dumps(record, ensure_ascii=False) + "\n")
            if record["type"] == "event":
                if written + len(group) > count:
                    break
                out.writelines(group)
                written += len(group)
                group = []
    return written


def main() -> None:
    """Write a dataset of the size given on the command line."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("output", type=Path)
    parser.add_argument("--megabytes", type=float, default=100.0)
    parser.add_argument("--records", type=int, help="up to this many records instead")
    args = parser.parse_args()
    if args.records is not None:
        count = generate_records(args.output, args.records)
    else:
        count = generate(args.output, args.megabytes)
    print(f"wrote {count} records to {args.output}")


if __name__ == "__main__":
    main()
