"""What a one-value check finds, shared by the modules that hold such checks.

A check takes one record or value and returns ``(path, problem)`` pairs,
the path relative to the value checked; :func:`found` words one pair.
"""

from __future__ import annotations

from newsmodel.problems import Problem

__all__ = ["Found", "Path", "found"]

Path = tuple[str | int, ...]
Found = list[tuple[Path, Problem]]
"""What a check finds: ``(path, problem)`` pairs; empty (and cheap) when all is well."""


def found(path: Path, code: str, message: str, hint: str) -> tuple[Path, Problem]:
    """Return one finding: the problem ``code`` at ``path`` of the value checked."""
    return path, Problem(code=code, message=message, hint=hint)
