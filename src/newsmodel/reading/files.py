"""Files: opened without blocking, only when regular, read as UTF-8 within size limits.

Every failure is a :class:`~newsmodel.problems.Problem`: ``NM100`` for a file
that cannot be read or is not a regular file, ``NM112`` for one over
``max_file_size``, ``NM101`` for bytes that are not UTF-8, at the first bad byte.
"""

from __future__ import annotations

import os
import stat
from typing import BinaryIO

from newsmodel.limits import DEFAULT_LIMITS, Limits, format_size
from newsmodel.problems import Problem, ValidationError

__all__ = [
    "BLOCK",
    "NotRegularError",
    "not_utf8",
    "open_regular",
    "read_text",
    "too_large",
    "unreadable",
    "utf8_size_over",
]

#: How much of an over-long line is read at a time, to be dropped.
BLOCK = 1 << 20


class NotRegularError(Exception):
    """The path names something other than a regular file (a folder, a pipe, a device)."""

    def __init__(self, kind: str) -> None:
        super().__init__(kind)
        self.kind = kind

    def problem(self, file: str | None) -> Problem:
        """NM100 for ``file``, naming what it is."""
        return Problem(
            code="NM100",
            file=file,
            message=f"cannot read the file: it is {self.kind}, not a regular file",
            hint="a data file must be a regular file",
        )


def open_regular(path: str | os.PathLike[str]) -> BinaryIO:
    """Open a regular file for reading in binary, without blocking on a pipe.

    ``O_NONBLOCK`` makes opening a named pipe return at once (a plain open
    waits for a writer forever); anything that is not a regular file is then
    refused before a byte is read, so ``/dev/zero`` is never read either.
    """
    descriptor, _ = _open_descriptor(path)
    try:
        return os.fdopen(descriptor, "rb")
    except BaseException:  # pragma: no cover - fdopen of a descriptor just opened
        os.close(descriptor)
        raise


def _open_descriptor(path: str | os.PathLike[str]) -> tuple[int, os.stat_result]:
    """Open a regular file as :func:`open_regular` does; return its descriptor and status."""
    nonblocking = getattr(os, "O_NONBLOCK", 0)  # not on Windows, which has no named pipes
    descriptor = os.open(path, os.O_RDONLY | nonblocking | getattr(os, "O_BINARY", 0))
    try:
        status = os.fstat(descriptor)
        mode = status.st_mode
        if not stat.S_ISREG(mode):
            kinds = [
                (stat.S_ISDIR, "a folder"),
                (stat.S_ISFIFO, "a named pipe"),
                (stat.S_ISCHR, "a device"),
                (stat.S_ISBLK, "a device"),
            ]
            kind = next((name for test, name in kinds if test(mode)), "a special file")
            raise NotRegularError(kind)
        if nonblocking:
            os.set_blocking(descriptor, True)
    except BaseException:
        os.close(descriptor)
        raise
    return descriptor, status


def _read_at_most(descriptor: int, most: int, expected: int) -> bytes:
    """Read until the end of the file, or ``most`` bytes; ``expected`` is its size at ``fstat``.

    The first read asks for one byte more than expected, so that a file of the
    size ``fstat`` gave is read in one call, without a buffer of ``most`` bytes.
    """
    chunks = []
    left = most
    while left > 0:
        chunk = os.read(descriptor, min(left, expected + 1))
        if not chunk:
            break
        chunks.append(chunk)
        left -= len(chunk)
        expected = BLOCK  # the file grew since fstat: read on by blocks
    return b"".join(chunks)


def unreadable(file: str | None, error: OSError) -> Problem:
    """NM100 for a file the system cannot open or read, with its reason."""
    reason = error.strerror or str(error)
    return Problem(code="NM100", file=file, message=f"cannot read the file: {reason}")


def too_large(file: str | None, size: int, limit: int) -> Problem:
    """NM112 for a file of ``size`` bytes, over ``limit``."""
    return Problem(
        code="NM112",
        file=file,
        message=f"the file is {format_size(size)}, larger than the limit ({format_size(limit)}); "
        "it is not read",
        hint="split it (JSON Lines suits large datasets), or raise the limit (--max-file-size)",
    )


def utf8_size_over(text: str, limit: int) -> int | None:
    """Return the size of ``text`` in UTF-8 if it is over ``limit`` bytes, else ``None``.

    Cheap for text far from the limit: a character takes one to four bytes.
    """
    if len(text) * 4 <= limit:
        return None
    if len(text) > limit:  # over for sure; its characters, not encoded (a lower bound)
        return len(text)
    size = len(text.encode("utf-8", "surrogatepass"))
    return size if size > limit else None


def read_text(path: str | os.PathLike[str], *, limits: Limits | None = None) -> str:
    """Read a file as UTF-8 (a leading byte-order mark is allowed and skipped).

    Raises :class:`ValidationError` with ``NM100`` when it cannot be read (or
    is not a regular file: a folder, a pipe, a device), ``NM112`` when it is
    larger than ``limits.max_file_size`` (found before reading it) and
    ``NM101`` when it is not UTF-8, pointing at the first bad byte.
    """
    name = os.fspath(path)
    limit = (limits or DEFAULT_LIMITS).max_file_size
    try:
        descriptor, status = _open_descriptor(path)
        try:
            size = status.st_size
            data = b"" if size > limit else _read_at_most(descriptor, limit + 1, size)
        finally:
            os.close(descriptor)
    except NotRegularError as error:
        raise ValidationError([error.problem(name)]) from None
    except OSError as error:
        raise ValidationError([unreadable(name, error)]) from None
    if size > limit or len(data) > limit:  # the file may have grown since fstat
        raise ValidationError([too_large(name, max(size, len(data)), limit)])
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as error:
        raise ValidationError([not_utf8(name, data, error)]) from None
    return text.removeprefix("\ufeff")


def not_utf8(
    file: str | None, data: bytes, error: UnicodeDecodeError, *, first_line: int = 1
) -> Problem:
    """NM101 at the first byte of ``data`` that is not UTF-8 (``data`` starts a line)."""
    before = data[: error.start]
    start = before.rfind(b"\n") + 1
    return Problem(
        code="NM101",
        file=file,
        line=first_line + before.count(b"\n"),
        column=len(before[start:].decode("utf-8", "replace")) + 1,
        message=f"the file is not UTF-8 (byte 0x{data[error.start]:02x})",
        hint="save the file as UTF-8",
    )
