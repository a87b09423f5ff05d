"""Many cores, or many machines, for one dataset: the same problems as one process.

:func:`validate` checks a dataset as :func:`newsmodel.validate` does, with
its files read in parallel: by local processes (``workers``), or on a Dask
cluster (``client``, from :func:`connect` or ``distributed.Client``, with
the extra ``newsmodel-accusations[dask]``).

The work splits in two.  The *map* reads and checks each file on its own
(:func:`newsmodel.dataset.read_file`): syntax, shapes, values, and a small
picklable entry per record with the ids it names.  The *merge* takes the
files' results in file order (:meth:`newsmodel.dataset.Validator.add_read`)
and runs the rules across records and files over the entries.  The merge
sees what one process would have seen, in the same order, so the problems
are exactly those of one process: codes, files, lines, columns, messages.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Iterator, Sequence
from typing import Any

from newsmodel.dataset import Validator, discover, filter_problems
from newsmodel.distributed.cluster import ClusterError, add_on_cluster, connect
from newsmodel.distributed.local import add_in_processes, cores
from newsmodel.limits import Limits
from newsmodel.problems import Problem

__all__ = [
    "FEWEST_CORES",
    "SMALL",
    "ClusterError",
    "add_files",
    "connect",
    "cores",
    "default_workers",
    "validate",
]

#: Bytes of data below which one process is quicker than starting others.
SMALL = 4 * 2**20
#: Cores from which several processes are quicker than one.  A worker sends its
#: records to the merging parent in pickled batches, so that a parallel run does
#: 1.1 to 1.2 times the work of one process: on two cores, two workers take 0.60
#: of one process's CPU time per core (10^6 records in 8 shards: 109.6 s of CPU in
#: all, against 91.0 s; issue 17), plus a fixed start-up of about half a second.
FEWEST_CORES = 2


def default_workers(files: Sequence[str]) -> int:
    """Return the processes worth starting for ``files``: all cores, or one.

    One process reads sooner on a machine of fewer than :data:`FEWEST_CORES`
    cores, and a dataset under :data:`SMALL` bytes or of one file (starting a
    process costs about half a second).
    """
    if len(files) < 2 or cores() < FEWEST_CORES:
        return 1
    size = 0
    for file in files:
        try:
            size += os.stat(file).st_size
        except OSError:  # reported when the file is read
            continue
        if size >= SMALL:
            return cores()
    return 1


def add_files(
    validator: Validator,
    files: Sequence[str],
    *,
    workers: int = 1,
    client: Any = None,
) -> Iterator[str]:
    """Add ``files`` to ``validator``, read by ``workers`` processes or a Dask ``client``.

    Yields each file once its problems and records have joined the
    validator, in the order given (a progress display can follow them).
    The files are merged in that order, so the validator ends as
    :meth:`~newsmodel.dataset.Validator.add_file` would leave it.
    ``client`` is a ``distributed.Client``; with it, ``workers`` is unused.
    """
    if client is not None:
        yield from add_on_cluster(validator, files, client)
    elif workers > 1 and len(files) > 1:
        yield from add_in_processes(validator, files, workers)
    else:
        for file in files:
            validator.add_file(file)
            yield file


def validate(
    paths: str | os.PathLike[str] | Iterable[str | os.PathLike[str]],
    *,
    workers: int | None = None,
    client: Any = None,
    select: Sequence[str] = (),
    ignore: Sequence[str] = (),
    limits: Limits | None = None,
) -> list[Problem]:
    """Check the files and folders in ``paths`` as one dataset, in parallel.

    Returns exactly what :func:`newsmodel.validate` returns for the same
    paths.  ``workers`` is the number of local processes (default:
    :func:`default_workers`); ``client``, a ``distributed.Client``, runs the
    reading on its Dask cluster instead.  ``select``, ``ignore`` and
    ``limits`` are those of :func:`newsmodel.validate`.
    """
    given = [paths] if isinstance(paths, (str, os.PathLike)) else list(paths)
    files, problems = discover(given)
    validator = Validator(limits=limits)
    for problem in problems:  # a path that could not be read may define any id
        validator._add_unread(problem.file)
    count = default_workers(files) if workers is None else workers
    for _ in add_files(validator, files, workers=count, client=client):
        pass
    return filter_problems([*problems, *validator.finish()], select=select, ignore=ignore)
