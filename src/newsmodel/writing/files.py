"""Files replaced atomically: a temporary file beside the target, then a rename."""

from __future__ import annotations

import errno
import os
import stat
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

__all__ = ["write_text_atomic"]

#: Any write permission bit: a file with none is read-only, even for the superuser.
_WRITE_BITS = stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH


def write_text_atomic(path: str | os.PathLike[str], text: str) -> None:
    """Write UTF-8 ``text`` to ``path`` through a temporary file and a rename.

    The temporary file is made in the target's folder (hidden:
    ``.NAME.XXXX.tmp``), written, flushed to disk (``fsync``) and renamed over
    the target; the folder is then flushed too, where the system allows, so
    that the rename survives a crash.  On any failure, an interrupt
    (``KeyboardInterrupt``) included, the temporary file is removed and the
    target is left as it was.  An existing target keeps its permission bits;
    a new one gets what :func:`open` would give it.

    Raises:
        PermissionError: the target exists and is read-only (no write
            permission for this user, or none for anyone): it is not replaced.
        OSError: the folder cannot be written, the disk is full, or another
            failure of the system.
        TypeError: ``path`` is not a ``str`` or path object, or ``text`` is
            not a ``str``.

    """
    if not isinstance(path, (str, os.PathLike)) or not isinstance(os.fspath(path), str):
        raise TypeError(
            f"path must be a str or a path object (pathlib.Path), not {type(path).__name__}"
        )
    if not isinstance(text, str):
        raise TypeError(f"text must be a str, not {type(text).__name__}")
    # Imported here: a program that only reads never imports them.
    import tempfile  # noqa: PLC0415
    from pathlib import Path  # noqa: PLC0415

    target = Path(path)
    mode = _mode_of(target)

    handle, temporary = tempfile.mkstemp(
        dir=target.parent, prefix=f".{target.name}.", suffix=".tmp"
    )
    try:
        with os.fdopen(handle, "w", encoding="utf-8", newline="\n") as stream:
            stream.write(text)
            stream.flush()
            os.fsync(stream.fileno())
        os.chmod(temporary, mode)
        os.replace(temporary, target)
    except BaseException:
        Path(temporary).unlink(missing_ok=True)
        raise
    _sync_folder(target.parent)


def _mode_of(target: Path) -> int:
    """Return the permission bits the written file gets; refuse a read-only target."""
    try:
        mode = stat.S_IMODE(target.stat().st_mode)
    except FileNotFoundError:  # a new file: what open() would give it
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask
    if not mode & _WRITE_BITS or not os.access(target, os.W_OK):
        raise PermissionError(
            errno.EACCES,
            "the file is read-only; make it writable (chmod u+w) to replace it",
            os.fspath(target),
        )
    return mode


def _sync_folder(folder: Path) -> None:
    """Flush a folder's entries to disk, where the system allows it (not on Windows)."""
    try:
        descriptor = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(descriptor)
    except OSError:  # some file systems cannot flush a folder; the file is written
        pass
    finally:
        os.close(descriptor)
