"""Generated source compiled once: its code kept beside newsmodel's bytecode.

The fast path (:mod:`newsmodel.codec.fastpath`) writes its functions as Python
source when first used, and compiling that source takes longer than starting
the command.  The source is the same from one run to the next, as long as the
model is, so :func:`compiled` keeps the code object of each source in a file of
the ``__pycache__`` folder beside this module, as Python keeps a module's
bytecode, and reads it back when the source is the same.

A kept file is used only when it holds exactly the same source, for the same
version of Python's bytecode; anything else (no file, another source, a file
that cannot be read or is damaged) is compiled afresh, and the file is
replaced when the folder can be written (and ``PYTHONDONTWRITEBYTECODE`` is
not set).  Nothing here raises an error of its own: the worst case is a
compile, as without a cache.
"""

from __future__ import annotations

import contextlib
import importlib.util
import marshal
import os
import sys
from types import CodeType

__all__ = ["compiled"]

#: The folder of the kept code: the ``__pycache__`` of this package, as for its bytecode.
FOLDER = os.path.join(os.path.dirname(os.path.abspath(__file__)), "__pycache__")


def _path(name: str) -> str | None:
    """Return the file that keeps the code of ``name``, or ``None`` where none is kept."""
    tag = sys.implementation.cache_tag
    return None if tag is None else os.path.join(FOLDER, f"{name}.{tag}.code")


def compiled(source: str, filename: str, name: str) -> CodeType:
    """Return the code of module ``source``, as ``compile(source, filename, "exec")`` would.

    ``name`` names the file that keeps it (``fastpath-STRUCTURE``); one file is
    kept per name, holding the latest source compiled under it.
    """
    path = _path(name)
    if path is not None:
        try:
            with open(path, "rb") as file:
                magic, kept_filename, kept_source, code = marshal.load(file)
        except (OSError, EOFError, ValueError, TypeError):
            pass
        else:
            if (
                magic == importlib.util.MAGIC_NUMBER
                and kept_filename == filename
                and kept_source == source
                and isinstance(code, CodeType)
            ):
                return code
    code = compile(source, filename, "exec")
    if path is not None and not sys.dont_write_bytecode:
        _keep(path, (importlib.util.MAGIC_NUMBER, filename, source, code))
    return code


def _keep(path: str, kept: tuple[bytes, str, str, CodeType]) -> None:
    """Write ``kept`` to ``path`` through a temporary file and a rename, or not at all."""
    temporary = f"{path}.{os.getpid()}.tmp"
    try:
        os.makedirs(FOLDER, exist_ok=True)
        with open(temporary, "wb") as file:
            marshal.dump(kept, file)
        os.replace(temporary, path)
    except OSError:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
