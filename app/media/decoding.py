"""The one error boundary around decoder calls: a damaged file is a refusal, never a crash.

FFmpeg (through PyAV), OpenCV and the container parsers raise whatever a damaged file leads
them into: ``av`` errors, ``cv2.error``, ``struct.error``, ``ValueError``, ``IndexError``,
``OverflowError``, ``MemoryError`` for a box that claims gigabytes, and attribute or type
errors where PyAV hands back ``None`` for a field a broken header left empty (issue #17
found a wrong box size before ``minf`` doing the last). Every media entry point that
decodes (probe, frame index, exact frames, thumbnails, stills) runs under ``decoding``, so
all of these arrive as ``UnreadableMediaError`` naming the file: one line on the CLI
(exit 2), one message box in the GUI, a damaged flag at import.

The Python errors could also be our own bugs, so those conversions are logged with their
traceback: the user gets a refusal, the log keeps what a developer needs.
"""

from __future__ import annotations

import logging
import struct
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import av

from app.core.errors import EvidenceStationError
from app.media.errors import UnreadableMediaError

log = logging.getLogger(__name__)

#: What decoders and parsers raise on damaged input (``av.FFmpegError`` first: the rest
#: are the Python errors its wrappers and NumPy let through). ``decoder_errors()`` adds
#: OpenCV's.
DECODER_ERRORS: tuple[type[BaseException], ...] = (
    av.FFmpegError,
    struct.error,
    ValueError,
    IndexError,
    KeyError,
    OverflowError,
    ZeroDivisionError,
    MemoryError,
    EOFError,
    OSError,
    AttributeError,
    TypeError,
)


def decoder_errors() -> tuple[type[BaseException], ...]:
    """``DECODER_ERRORS`` and ``cv2.error`` once OpenCV is loaded.

    OpenCV is not imported here: it takes most of a second to load, and the import probe's
    child process (``media.isolation``) would pay that for every import run. Code that
    calls OpenCV has imported it, so its errors are caught wherever they can occur.
    """
    cv2 = sys.modules.get("cv2")
    return (*DECODER_ERRORS, cv2.error) if cv2 is not None else DECODER_ERRORS


def damage_text(exc: BaseException) -> str:
    """A short English description of a decoder failure (the GUI translates the frame)."""
    detail = getattr(exc, "strerror", None) or str(exc) or type(exc).__name__
    return f"{type(exc).__name__}: {detail}" if not isinstance(exc, av.FFmpegError) else detail


@contextmanager
def decoding(path: Path | str) -> Iterator[None]:
    """Run decoder calls on ``path``; any decoder failure becomes ``UnreadableMediaError``.

    Domain errors raised inside (a frame out of range, no video stream) pass unchanged.

    Raises:
        UnreadableMediaError: ``"<path>: damaged media, cannot be decoded (<detail>)"``.
    """
    try:
        yield
    except EvidenceStationError:
        raise
    except decoder_errors() as exc:
        if isinstance(exc, av.FFmpegError):
            log.info("decoder failed on %s: %s", path, exc)
        else:
            log.warning("decoder failed on %s", path, exc_info=True)
        raise UnreadableMediaError("media.damaged", path=path, detail=damage_text(exc)) from None
