"""Jobs for ``media.isolation``'s child that fail the ways a decoder can: crash, hang, raise."""

import ctypes
import os
import time
from pathlib import Path


def crash(path: Path) -> None:
    """A native crash (reads address 0), as a segfault inside FFmpeg would be."""
    ctypes.string_at(0)


def hang(path: Path) -> None:
    """A decoder stuck in a loop on a crafted file."""
    time.sleep(3600)


def fail(path: Path) -> None:
    raise ValueError(f"cannot parse {path.name}")


def pid_of_child(path: Path) -> int:
    """Which process ran the job (a batch reuses one child)."""
    return os.getpid()


def count_to_three(path: Path, on_progress) -> int:  # type: ignore[no-untyped-def]
    for n in range(3):
        on_progress(float(n))
    return 3


def probe_crashing_on_marked(path: Path) -> object:
    """The import probe, except that it crashes natively on the one file marked to."""
    from app.media.import_probe import probe_for_import

    if path.read_bytes().endswith(CRASH_MARK):
        crash(path)
    return probe_for_import(path)


#: Bytes appended to a video to make ``probe_crashing_on_marked`` crash on it.
CRASH_MARK = b"crash the decoder here"
