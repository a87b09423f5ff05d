"""The cyclic garbage collector during bulk reading and checking.

Reading a file builds many short-lived containers (a YAML file's nodes, the
plain data, the records) that are freed by reference counting as soon as the
file is done, and hardly any reference cycles.  At CPython's default
threshold (a young collection every 700 net allocations of containers) they
set off collections by the thousand, each of which moves what is alive into
the older generations, so that the full collections that follow walk the
whole dataset index again and again: 3,780 young, 343 middle and 23 full
collections for 2,000 YAML files, about a third of the CPU time of
``newsmodel validate`` (issue 19).

:func:`bulk` raises the young generation's threshold while one file is read
and checked, so that a file's own containers, which die with it, no longer
set off collections; the collector stays on, and collects as soon as
:data:`YOUNG` containers more are alive than were, so memory held by cycles
stays bounded.  The previous thresholds are restored when the file is done.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager

__all__ = ["YOUNG", "bulk"]

YOUNG = 100_000
"""The young generation's threshold while :func:`bulk` is in effect: net new
containers before a collection (a few MiB of cycles at most)."""


@contextmanager
def bulk() -> Iterator[None]:
    """Raise the young generation's threshold to :data:`YOUNG` for the duration.

    A threshold already higher is kept; so are the older generations'
    thresholds, and a collector someone turned off stays off.  On the way
    out, the thresholds are restored unless they were changed in between.
    """
    before = gc.get_threshold()
    if before[0] == 0 or before[0] >= YOUNG:  # 0: automatic collection is off
        yield
        return
    during = (YOUNG, *before[1:])
    gc.set_threshold(*during)
    try:
        yield
    finally:
        if gc.get_threshold() == during:
            gc.set_threshold(*before)
