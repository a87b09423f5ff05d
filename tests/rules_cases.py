"""Helpers of the rule tests (``test_rules_*.py``): a schema-2 head, and what text raises."""

from __future__ import annotations

import newsmodel
from newsmodel import Problem, ValidationError

#: The start of a schema-2 bundle with one report, ``voa`` (lines 1-4).
HEAD = "schema_version: 2\nreports:\n- id: voa\n  title: Mali denies UN accusations\n"


def problems(text: str) -> list[Problem]:
    """The problems of loading ``text`` (a bundle), in order; [] when it loads."""
    try:
        newsmodel.loads(text)
    except ValidationError as error:
        return list(error.problems)
    return []


def spots(text: str) -> list[tuple[str, str]]:
    """The code and path of each problem of loading ``text``."""
    return [(problem.code, problem.path) for problem in problems(text)]


def codes(text: str) -> list[str]:
    """The code of each problem of loading ``text``."""
    return [problem.code for problem in problems(text)]
