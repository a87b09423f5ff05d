"""Tests of newsmodel.rules.responses: NM453 along part_of chains, and NM454's dates."""

from __future__ import annotations

from pathlib import Path

import newsmodel
from builders import bundle_yaml

ACTORS = "actors:\n" + "".join(
    f"- id: a{n}\n  name: A\n  kind: person\n" + (f"  part_of: a{n + 1}\n" if n < 299 else "")
    for n in range(300)
)


def _response(responder: str, *, date: str = "", made: str = "") -> str:
    return bundle_yaml(
        ACTORS,
        "- id: outsider\n  name: O\n  kind: person\n",
        "allegations:\n- id: claim\n  accusers: [outsider]\n  accused: [a299]\n"
        f"  summary: S.\n{made}  citations: [{{report: voa}}]\n",
        f"responses:\n- id: r\n  responder: {responder}\n  allegations: [claim]\n"
        f"  stance: denial\n{date}  citations: [{{report: voa}}]\n",
    )


def _codes(tmp_path: Path, text: str) -> list[str]:
    path = tmp_path / "a.yaml"
    path.write_text(text, encoding="utf-8")
    return [p.code for p in newsmodel.validate(path) if p.code != "NM451"]


def test_an_actor_low_in_the_accused_organization_may_deny(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("a0")) == []


def test_an_actor_outside_the_accused_organization_is_nm453(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("outsider")) == ["NM453"]


def test_an_unknown_responder_is_reported_once(tmp_path: Path) -> None:
    assert _codes(tmp_path, _response("nobody")) == ["NM402"]


def test_a_response_before_the_accusation_was_made_is_nm454(tmp_path: Path) -> None:
    text = _response("a0", date="  date: 2022-01\n", made="  made: 2022-08-03\n")
    assert _codes(tmp_path, text) == ["NM454"]


def test_without_a_made_date_report_dates_do_not_date_the_accusation(tmp_path: Path) -> None:
    # The report citing the allegation is of 2022-04; a denial may precede it.
    text = _response("a0", date="  date: 2022-01\n").replace(
        "  title: Mali denies UN accusations\n",
        "  title: Mali denies UN accusations\n  published: 2022-04-05\n",
    )
    assert "published: 2022-04-05" in text
    assert _codes(tmp_path, text) == []
