"""Opening a file a person named without being blocked or flooded by what it really is.

A named pipe blocks whoever opens it until a writer comes; ``/dev/zero`` reads forever; a
path checked as a regular file may be swapped for either before it is opened. Issue #17's
campaign hung ``audit witness import`` on both and found the vault's copy exposed to the
swap. Files are therefore opened without blocking and examined through the open
descriptor, so what is read is what was checked.
"""

import errno
import io
import os
import stat
from pathlib import Path


class NotRegularFileError(OSError):
    """The path names a pipe, a device or a socket (or a link to one); it was not read."""


def open_regular(path: Path) -> io.FileIO:
    """Open ``path`` for reading, unbuffered, only if it is a regular file.

    Raises:
        NotRegularFileError: a pipe, device or socket; closed again unread.
        OSError: it cannot be opened (missing, no permission, a folder).
    """
    flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    fd = os.open(path, flags)
    if not stat.S_ISREG(os.fstat(fd).st_mode):
        os.close(fd)
        raise NotRegularFileError(
            errno.EINVAL, "not a regular file (a pipe, a device or a socket); not read", str(path)
        )
    return io.FileIO(fd, "rb", closefd=True)


def read_regular(path: Path, limit: int) -> bytes:
    """The whole of a small regular file, refused when it holds more than ``limit`` bytes.

    Raises:
        NotRegularFileError: see ``open_regular``.
        OSError: unreadable, or larger than ``limit`` (``EFBIG``).
    """
    with open_regular(path) as reader:
        data = reader.read(limit + 1) or b""
    if len(data) > limit:
        raise OSError(errno.EFBIG, f"larger than {limit} bytes", str(path))
    return data
