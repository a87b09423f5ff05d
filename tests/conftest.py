"""Fixtures shared by several test modules."""

from __future__ import annotations

import importlib
import os
from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def client() -> Iterator[Any]:
    """A real Dask cluster of two worker processes on this machine, started once a session."""
    if os.environ.get("CI") == "true":  # CI installs the extra: its absence is a failure
        dask: Any = importlib.import_module("distributed")
    else:
        dask = pytest.importorskip("distributed")
    # The dashboard on a free port: with None, distributed takes 8787, which another
    # cluster on the machine (another test run) may hold.
    with (
        dask.LocalCluster(
            n_workers=2, threads_per_worker=1, processes=True, dashboard_address=":0"
        ) as cluster,
        dask.Client(cluster) as dask_client,
    ):
        yield dask_client
