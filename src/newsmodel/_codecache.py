"""Generated source compiled once: its code kept beside newsmodel's bytecode.

Two kinds of Python source are written at run time and compiled: the fast
path's functions (:mod:`newsmodel.codec.fastpath`), when first used, and the
methods attrs writes for each class of the model (``__init__``, ``__eq__``,
``__repr__``, ``__hash__``...), when :mod:`newsmodel.model` is imported.
Compiling them took longer than the rest of starting the command.  The source
is the same from one run to the next, as long as the model is, so
:func:`compiled` and :func:`attrs_methods` keep the code objects in files of
the ``__pycache__`` folder beside this module, as Python keeps a module's
bytecode, and read them back when nothing they were made from has changed.

attrs' methods are read back when attrs writes exactly the same source.  The
fast path's source, whose writing costs more than reading its code, is not
even written while the package's files are those it was written from
(:func:`package_fingerprint`, the same test Python's bytecode cache makes of
each module).  Anything else (no file, another source or package, another
version of Python's bytecode, a file that cannot be read or is damaged) is
compiled afresh, and the file is replaced when the folder can be written (and
``PYTHONDONTWRITEBYTECODE`` is not set).  Nothing here raises an error of its
own: the worst case is a compile, as without a cache.
"""

from __future__ import annotations

import contextlib
import functools
import importlib.util
import marshal
import os
import sys
from collections.abc import Callable, Mapping
from types import CodeType
from typing import Any

__all__ = ["AttrsMethods", "attrs_methods", "compiled", "package_fingerprint"]

#: newsmodel's own folder.
PACKAGE = os.path.dirname(os.path.abspath(__file__))
#: The folder of the kept code: the ``__pycache__`` of this package, as for its bytecode.
FOLDER = os.path.join(PACKAGE, "__pycache__")


def _path(name: str) -> str | None:
    """Return the file that keeps the code of ``name``, or ``None`` where none is kept."""
    tag = sys.implementation.cache_tag
    return None if tag is None else os.path.join(FOLDER, f"{name}.{tag}.code")


def compiled(key: str, write: Callable[[], str], filename: str, name: str) -> tuple[CodeType, str]:
    """Return the code and the source of a module, written by ``write()`` only when needed.

    The code is what ``compile(write(), filename, "exec")`` gives.  ``key`` stands
    for everything the source is made from (:func:`package_fingerprint`): the code
    kept under the same key is read back and ``write`` is not called.  ``name``
    names the file that keeps it (``fastpath-STRUCTURE``); one file is kept per
    name, holding the latest code compiled under it.
    """
    path = _path(name)
    if path is not None:
        try:
            with open(path, "rb") as file:
                magic, kept_filename, kept_key, source, code = marshal.loads(file.read())
        except (OSError, EOFError, ValueError, TypeError):
            pass
        else:
            if (
                magic == importlib.util.MAGIC_NUMBER
                and kept_filename == filename
                and kept_key == key
                and isinstance(source, str)
                and isinstance(code, CodeType)
            ):
                return code, source
    source = write()
    code = compile(source, filename, "exec")
    if path is not None and not sys.dont_write_bytecode:
        _keep(path, (importlib.util.MAGIC_NUMBER, filename, key, source, code))
    return code, source


@functools.cache
def package_fingerprint(folder: str = PACKAGE) -> str:
    """Return what tells a change to the Python files under ``folder`` (newsmodel's own).

    Each file's path, size and time of last change, in order, as Python's own
    bytecode cache tells a change to a module, and the same of attrs' module that
    makes classes: source written from newsmodel's model and the classes attrs
    builds from it is the same as long as this is.  Computed once per process.
    """
    files = []
    for top, subfolders, names in os.walk(folder):
        subfolders[:] = sorted(name for name in subfolders if name != "__pycache__")
        files += [os.path.join(top, name) for name in sorted(names) if name.endswith(".py")]
    make = sys.modules.get("attr._make")
    files.append(getattr(make, "__file__", None) or "")
    stamps = []
    for file in files:
        try:
            stat = os.stat(file)
        except OSError:
            stamps.append(f"{file} -")
        else:
            stamps.append(f"{file} {stat.st_size} {stat.st_mtime_ns}")
    return "\n".join(stamps)


def _keep(path: str, kept: tuple[Any, ...]) -> None:
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


# --------------------------------------------------------------------------
# The methods attrs writes
# --------------------------------------------------------------------------

#: How attrs names the source of the methods it writes for a class
#: (``<attrs generated methods newsmodel.model.Report>``).
_ATTRS_FILENAME = "<attrs generated "

#: Stands, in kept source, for the one part of it that changes from run to run.
#: attrs' ``__hash__`` starts from ``hash()`` of a name, written into the source
#: as a number; strings hash differently in each process, so the source is kept
#: with this number instead, and the code read back gets the run's own.
_HASH_STAND_IN = 0x5EED_0F_A77125_C0DE


class AttrsMethods:
    """Keeps the code of the methods attrs compiles for the classes of one module.

    While it is open, attrs' private ``attr._make._compile_and_eval`` is wrapped:
    a source written for a class of ``module`` is looked up among the kept ones
    and compiled only when it is new; any other source, of anyone else's class,
    goes to attrs unchanged.  :meth:`close` puts attrs' function back and writes
    the kept code when something new was compiled.  Code read back is the code
    that compiling the same source gives (a kept entry is made only where the two
    are equal, but for the columns of the line that holds the hash's number, which
    tracebacks never point to), so classes are as attrs makes them, with or
    without the file; an attrs without that function is left alone.
    """

    def __init__(self, module: str) -> None:
        self.module = module
        self._path = _path(f"attrs-{module}")
        self._kept = self._read()
        self._new = False
        self._make: Any = None
        self._original: Any = None
        make: Any = sys.modules.get("attr._make")
        if make is not None and callable(getattr(make, "_compile_and_eval", None)):
            self._make, self._original = make, make._compile_and_eval
            make._compile_and_eval = self._compile_and_eval

    def _read(self) -> dict[str, tuple[str, CodeType]]:
        """Return the kept sources and their code, by file name; empty when none can be read."""
        if self._path is None:
            return {}
        try:
            with open(self._path, "rb") as file:
                magic, kept = marshal.loads(file.read())
        except (OSError, EOFError, ValueError, TypeError):
            return {}
        # Code is what its source, its file name and the bytecode version make it:
        # attrs' own version does not matter once the source is the same.
        if magic != importlib.util.MAGIC_NUMBER or not isinstance(kept, dict):
            return {}
        return {
            name: entry
            for name, entry in kept.items()
            if isinstance(name, str)
            and isinstance(entry, tuple)
            and len(entry) == 2
            and isinstance(entry[0], str)
            and isinstance(entry[1], CodeType)
        }

    def _compile_and_eval(
        self,
        script: str,
        globs: dict[str, Any] | None,
        locs: Mapping[str, object] | None = None,
        filename: str = "",
    ) -> None:
        """Do what attrs' ``_compile_and_eval`` does, compiling only a source not kept."""
        if not filename.startswith(_ATTRS_FILENAME) or f" {self.module}." not in filename:
            self._original(script, globs, locs, filename)
            return
        # attrs names each source "<attrs generated WHAT MODULE.CLASS>" and its hash
        # starts from hash("<attrs generated hash MODULE.CLASS>").
        qualified = filename[len(_ATTRS_FILENAME) : -1].partition(" ")[2]
        type_hash = hash(f"{_ATTRS_FILENAME}hash {qualified}>")
        kept_source = script.replace(f"{type_hash},", f"{_HASH_STAND_IN},")
        entry = self._kept.get(filename)
        if entry is not None and entry[0] == kept_source:
            code = _with_constant(entry[1], _HASH_STAND_IN, type_hash)
        else:
            code = compile(script, filename, "exec")
            kept_code = compile(kept_source, filename, "exec")
            # The same code, but for the columns of the one line that holds the number.
            if _positionless(_with_constant(kept_code, _HASH_STAND_IN, type_hash)) == _positionless(
                code
            ):
                self._kept[filename] = (kept_source, kept_code)
                self._new = True
        eval(code, globs, locs)

    def close(self) -> None:
        """Give attrs its function back; write the kept code if anything new was compiled."""
        if self._make is not None and self._make._compile_and_eval == self._compile_and_eval:
            self._make._compile_and_eval = self._original
        if self._new and self._path is not None and not sys.dont_write_bytecode:
            _keep(self._path, (importlib.util.MAGIC_NUMBER, self._kept))
            self._new = False
        self._kept = {}  # the sources and code read back: the classes hold what they use


def attrs_methods(module: str) -> AttrsMethods:
    """Start keeping the code of the methods attrs writes for the classes of ``module``.

    Call it before the module's first attrs class and call ``close()`` on what it
    returns after the last one.
    """
    return AttrsMethods(module)


def _with_constant(code: CodeType, old: int, new: int) -> CodeType:
    """Return ``code`` with each integer constant ``old`` (nested code too) replaced by ``new``.

    Code that holds none is returned as it is.
    """
    consts = []
    changed = False
    for const in code.co_consts:
        if isinstance(const, CodeType):
            replaced: object = _with_constant(const, old, new)
        else:
            replaced = new if type(const) is int and const == old else const
        changed = changed or replaced is not const
        consts.append(replaced)
    return code.replace(co_consts=tuple(consts)) if changed else code


def _positionless(code: CodeType) -> CodeType:
    """Return ``code`` (nested code too) without its line and column table, to compare."""
    consts = tuple(
        _positionless(const) if isinstance(const, CodeType) else const for const in code.co_consts
    )
    return code.replace(co_consts=consts, co_linetable=b"")
