"""Regular expressions compiled when first used, not when their module is imported.

Compiling a pattern costs from a tenth of a millisecond to a millisecond, and
``newsmodel validate`` imports modules whose patterns only some input needs (a
date with a time, a duration in words, a problem to print).  :func:`lazy` gives
an object that stands for the compiled pattern: the first use of one of its
methods or attributes compiles it, and the method is then found on the object
directly, so that later uses cost what they would on the pattern itself.
"""

from __future__ import annotations

import re
from typing import Any, cast

__all__ = ["lazy"]


class _Lazy:
    """A pattern and its flags, compiled on the first attribute looked up."""

    def __init__(self, pattern: str, flags: int) -> None:
        self._source = (pattern, flags)
        self._compiled: re.Pattern[str] | None = None

    def __getattr__(self, name: str) -> Any:
        # Called only for a name not yet set on the object: keep it there.
        if self._compiled is None:
            self._compiled = re.compile(*self._source)
        value = getattr(self._compiled, name)
        setattr(self, name, value)
        return value


def lazy(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """Return ``re.compile(pattern, flags)``, compiled when one of its methods is first used."""
    return cast("re.Pattern[str]", _Lazy(pattern, flags))
