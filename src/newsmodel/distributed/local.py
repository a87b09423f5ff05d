"""The files of a dataset read by local processes, merged in order by this one."""

from __future__ import annotations

import functools
import os
from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar

from newsmodel.dataset import Validator, read_file

__all__ = ["add_in_processes", "cores", "map_in_processes"]

_T = TypeVar("_T")


def cores() -> int:
    """Return the number of cores this process may run on."""
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - macOS and Windows
        return os.cpu_count() or 1


def map_in_processes(
    function: Callable[..., _T], *iterables: Sequence[Any], workers: int
) -> Iterator[_T]:
    """Return ``map(function, *iterables)`` computed by ``workers`` processes, in order.

    The processes start from a server that has imported newsmodel once
    (``forkserver``), or afresh where there is none, never by forking this
    process, whose threads could hold locks.
    """
    # Imported here: a run on one process (most CI runs) needs neither (20 ms).
    import multiprocessing  # noqa: PLC0415
    from concurrent.futures import ProcessPoolExecutor  # noqa: PLC0415

    methods = multiprocessing.get_all_start_methods()
    context = multiprocessing.get_context("forkserver" if "forkserver" in methods else "spawn")
    if "forkserver" in methods:
        context.set_forkserver_preload(["newsmodel.dataset"])
    count = min(workers, *(len(items) for items in iterables))
    with ProcessPoolExecutor(count, mp_context=context) as pool:
        yield from pool.map(function, *iterables)


def add_in_processes(validator: Validator, files: Sequence[str], workers: int) -> Iterator[str]:
    """Read ``files`` in ``workers`` processes (:func:`map_in_processes`); merge each in order.

    Yields each file once merged into ``validator``.
    """
    read = functools.partial(read_file, limits=validator.limits)
    for file, result in zip(files, map_in_processes(read, files, workers=workers), strict=True):
        validator.add_read(result)
        yield file
