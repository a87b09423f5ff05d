"""The files of a dataset read on a Dask cluster, merged in order by this process.

Needs ``dask.distributed`` (the extra ``newsmodel-accusations[dask]``).
Each file is one task running :func:`newsmodel.dataset.read_file` on a
worker; its result, a small :class:`~newsmodel.dataset.FileRead`, comes
back to this process, which merges the files in order and then runs the
rules across files.  The files must be readable by the workers at the
same paths (a shared disk, or a cluster on this machine).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterator, Sequence
from typing import Any

from newsmodel.dataset import Validator, read_file

__all__ = ["ClusterError", "add_on_cluster", "connect"]


class ClusterError(Exception):
    """No Dask cluster to run on: Dask is not installed, or its scheduler cannot be reached."""


def connect(address: str, *, timeout: float = 30) -> Any:
    """Return a ``distributed.Client`` of the Dask cluster whose scheduler is at ``address``.

    Raises :class:`ClusterError`, saying what to do, when Dask is not
    installed or no scheduler answers at ``address`` within ``timeout`` seconds.
    """
    try:  # an optional dependency, without type hints
        dask: Any = importlib.import_module("distributed")
    except ImportError:
        raise ClusterError(
            "a Dask cluster needs Dask: pip install 'newsmodel-accusations[dask]'"
        ) from None
    try:
        return dask.Client(address, timeout=timeout)
    except (OSError, TimeoutError, ValueError) as error:
        raise ClusterError(f"cannot reach the Dask scheduler at {address}: {error}") from None


def add_on_cluster(validator: Validator, files: Sequence[str], client: Any) -> Iterator[str]:
    """Read ``files`` on the cluster of ``client``; merge each into ``validator`` in order.

    Yields each file once merged; a result is dropped from the cluster as
    soon as it is merged, so the cluster holds only those not merged yet.
    """
    futures = client.map(read_file, list(files), limits=validator.limits, pure=False)
    for file, future in zip(files, futures, strict=True):
        validator.add_read(future.result())
        future.release()
        yield file
