"""The vault: originals stored by content (SHA-256), written temp → fsync → verify → rename.

The verify step reads the synced copy back and compares its CRC-32 with the CRC-32 of the
bytes that were written (see ``crc32_of_file`` for why not SHA-256 again).

Layout: ``<vault>/ab/cd/abcd…`` (the full SHA-256 as the name, two levels of fan-out so no
folder grows past a few thousand entries). Files under ``.incoming/`` are copies in
progress, named after the process that writes them so a later run can tell a dead
process's leftovers from a live neighbour's work. A stored file is made read-only and is
never opened for writing again [000 §9(6)] [004 §18].
"""

import errno
import io
import logging
import os
import stat
import sys
import threading
import uuid
import zlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import StationError, ValidationError
from app.core.regular_files import NotRegularFileError, open_regular
from app.integrity.digests import (
    CHUNK_SIZE,
    Digests,
    MultiDigest,
    OperationCancelledError,
    crc32_of_file,
    digests_of,
)

log = logging.getLogger(__name__)

INCOMING = ".incoming"
_READ_ONLY = stat.S_IRUSR | stat.S_IRGRP | stat.S_IROTH


class VaultFullError(StationError):
    """The vault's disk has no room for the file; nothing of it is left behind."""


class VaultWriteError(StationError):
    """The vault cannot be written (permissions, a failing disk)."""


class SourceReadError(ValidationError):
    """The source file could not be read to the end, or changed while it was read."""


class CopyMismatchError(StationError):
    """The copy read back differs from what was read from the source."""


@dataclass(frozen=True)
class StoredFile:
    """A file safely in the vault; ``was_present`` when the same bytes were already there."""

    digests: Digests
    path: Path
    was_present: bool


class Vault:
    """The content-addressed store under one folder (the station's, or a backup disk's)."""

    def __init__(self, root: Path) -> None:
        self.root = root

    def path_for(self, sha256: str) -> Path:
        return self.root / sha256[:2] / sha256[2:4] / sha256

    def store(
        self,
        source: Path,
        *,
        cancel: threading.Event | None = None,
        on_bytes: Callable[[int], None] | None = None,
    ) -> StoredFile:
        """Copy ``source`` in, hashing while copying; return once the copy is verified.

        Raises:
            SourceReadError: the source vanished, shrank or grew while being read.
            VaultFullError, VaultWriteError: the vault's disk refused the copy.
            CopyMismatchError: the copy read back is not what was read.
            OperationCancelledError: ``cancel`` was set; the partial copy is removed.
        """
        temporary = self._new_temporary()
        try:
            digests, crc = _copy_hashing(source, temporary, cancel, on_bytes)
            if crc32_of_file(temporary, cancel=cancel) != crc:
                raise CopyMismatchError("vault.copy-differs", path=source)
            return self._settle(temporary, digests)
        except OSError as exc:
            raise _vault_error(exc, self.root) from exc
        finally:
            temporary.unlink(missing_ok=True)

    def _new_temporary(self) -> Path:
        folder = self.root / INCOMING
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise _vault_error(exc, self.root) from exc
        return folder / f"{os.getpid()}-{uuid.uuid4().hex}.part"

    def _settle(self, temporary: Path, digests: Digests) -> StoredFile:
        """Move a verified copy to its content address, never over an existing file."""
        final = self.path_for(digests.sha256)
        final.parent.mkdir(parents=True, exist_ok=True)
        temporary.chmod(_READ_ONLY)
        try:
            _link_no_replace(temporary, final)
        except FileExistsError:
            log.info("vault already holds %s", digests.sha256)
            return StoredFile(digests, final, was_present=True)
        _sync_folder(final.parent)
        return StoredFile(digests, final, was_present=False)

    def holds(self, sha256: str) -> bool:
        return self.path_for(sha256).is_file()

    def remove_stale_temporaries(self) -> int:
        """Delete partial copies left by processes that are gone (a crash, a kill -9)."""
        removed = 0
        for leftover in (self.root / INCOMING).glob("*.part"):
            pid_text = leftover.name.split("-", 1)[0]
            if pid_text.isdigit() and process_alive(int(pid_text)):
                continue
            leftover.unlink(missing_ok=True)
            removed += 1
            log.info("removed stale partial copy %s", leftover.name)
        return removed


def _copy_hashing(
    source: Path,
    target: Path,
    cancel: threading.Event | None,
    on_bytes: Callable[[int], None] | None,
) -> tuple[Digests, int]:
    """Copy, hash and sync; returns the digests and the CRC-32 of what was written."""
    reader = _open_regular(source)
    expected = os.fstat(reader.fileno()).st_size
    crc = 0
    with reader, target.open("xb", buffering=0) as writer, MultiDigest() as multi:
        while True:
            if cancel is not None and cancel.is_set():
                raise OperationCancelledError("vault.cancelled-copying", path=source)
            chunk = _read_source(reader, source)
            if not chunk:
                break
            multi.update(chunk)
            _write_all(writer, chunk)
            crc = zlib.crc32(chunk, crc)
            if on_bytes is not None:
                on_bytes(len(chunk))
        os.fsync(writer.fileno())
        digests = digests_of(multi)
    _check_whole(source, expected, digests.size)
    return digests, crc


def _open_regular(source: Path) -> io.FileIO:
    """The source opened only as a regular file (no swap for a pipe or device slips in)."""
    try:
        return open_regular(source)
    except NotRegularFileError as exc:
        raise SourceReadError("vault.source-not-regular", path=source) from exc
    except OSError as exc:
        raise SourceReadError(
            "vault.source-unreadable", path=source, reason=exc.strerror or str(exc)
        ) from exc


def _read_source(reader, source: Path) -> bytes:  # type: ignore[no-untyped-def]
    try:
        return bytes(reader.read(CHUNK_SIZE))
    except OSError as exc:
        raise SourceReadError(
            "vault.source-cut", path=source, reason=exc.strerror or str(exc)
        ) from exc


def _write_all(writer, chunk: bytes) -> None:  # type: ignore[no-untyped-def]
    """An unbuffered write may take only part of the chunk; hand it the rest."""
    view = memoryview(chunk)
    while view:
        view = view[writer.write(view) :]


def _check_whole(source: Path, expected: int, got: int) -> None:
    """A pulled cable or a truncating writer shows as a size that moved under the reader."""
    try:
        now = source.stat().st_size
    except OSError as exc:
        raise SourceReadError("vault.source-gone", path=source) from exc
    if got != expected or now != expected:
        raise SourceReadError(
            "vault.source-changed", path=source, start=expected, read=got, now=now
        )


def _link_no_replace(temporary: Path, final: Path) -> None:
    """Give the copy its final name; an existing file of that name is never replaced."""
    if sys.platform == "win32":
        os.rename(temporary, final)  # refuses (FileExistsError) when ``final`` exists
        return
    try:
        os.link(temporary, final)  # refuses too; the temporary is removed by the caller
    except FileExistsError:
        raise
    except OSError:
        # FAT/exFAT backup disks have no hard links; a check-then-rename is the best there.
        if final.exists():
            raise FileExistsError(final) from None
        os.rename(temporary, final)


def _sync_folder(folder: Path) -> None:
    if sys.platform == "win32":
        return
    descriptor = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(descriptor)
    finally:
        os.close(descriptor)


def _vault_error(exc: OSError, root: Path) -> StationError:
    if exc.errno in (errno.ENOSPC, errno.EDQUOT):
        return VaultFullError("vault.full", root=root)
    return VaultWriteError("vault.unwritable", root=root, reason=exc.strerror or str(exc))


def process_alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if sys.platform == "win32":
        import ctypes

        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        handle = kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if handle:
            kernel32.CloseHandle(handle)
        return bool(handle)
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True
