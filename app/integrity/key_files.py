"""Private signing keys on disk, readable only by the account that runs the station.

On POSIX a key is a file of mode 0600 in a folder of mode 0700; on Windows it is sealed
with DPAPI (``CryptProtectData``) for the current account, so a copy of the file on
another account or computer is useless. The sealing is a seam (``Protector``) so the
folder's logic is tested everywhere and the DPAPI path on Windows.
"""

import ctypes
import os
import sys
from pathlib import Path
from typing import Protocol

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from app.core.errors import StationError
from app.integrity.head_signing import key_id, public_hex

_SUFFIX = ".key"


class KeyFileError(StationError):
    """A key file exists but cannot be read or unsealed (another account, a damaged file)."""


class Protector(Protocol):
    """Seals key bytes for the current account and opens them again."""

    def protect(self, data: bytes) -> bytes: ...

    def unprotect(self, data: bytes) -> bytes: ...


class FileModeProtector:
    """POSIX: the bytes stay as they are; the file's mode (0600) is the protection."""

    def protect(self, data: bytes) -> bytes:
        return data

    def unprotect(self, data: bytes) -> bytes:
        return data


class _Blob(ctypes.Structure):
    _fields_ = [("cbData", ctypes.c_uint32), ("pbData", ctypes.POINTER(ctypes.c_char))]


class DpapiProtector:
    """Windows: DPAPI for the current user (the station's service account)."""

    _ENTROPY = b"evidence-station signing key"

    def protect(self, data: bytes) -> bytes:
        return self._call("CryptProtectData", data)

    def unprotect(self, data: bytes) -> bytes:
        return self._call("CryptUnprotectData", data)

    def _call(self, name: str, data: bytes) -> bytes:
        crypt32 = ctypes.windll.crypt32  # type: ignore[attr-defined]
        kernel32 = ctypes.windll.kernel32  # type: ignore[attr-defined]
        source, entropy, result = _blob(data), _blob(self._ENTROPY), _Blob()
        ui_forbidden = 0x1  # CRYPTPROTECT_UI_FORBIDDEN: a service has no desktop to ask on
        # Both calls take (in, description, entropy, reserved, prompt, flags, out).
        ok = getattr(crypt32, name)(
            ctypes.byref(source), None, ctypes.byref(entropy), None, None, ui_forbidden,
            ctypes.byref(result),
        )  # fmt: skip
        if not ok:
            raise KeyFileError("keys.windows-error", call=name, error=ctypes.GetLastError())  # type: ignore[attr-defined]
        try:
            return ctypes.string_at(result.pbData, result.cbData)
        finally:
            kernel32.LocalFree(result.pbData)


def _blob(data: bytes) -> _Blob:
    buffer = ctypes.create_string_buffer(data, len(data))
    return _Blob(len(data), ctypes.cast(buffer, ctypes.POINTER(ctypes.c_char)))


def default_protector() -> Protector:
    return DpapiProtector() if sys.platform == "win32" else FileModeProtector()


class KeyFolder:
    """The folder of one account's signing keys, each file named after its key id."""

    def __init__(self, folder: Path, protector: Protector | None = None) -> None:
        self.folder = folder
        self._protector = protector or default_protector()

    def path_for(self, ident: str) -> Path:
        return self.folder / f"{ident}{_SUFFIX}"

    def create(self) -> tuple[str, Ed25519PrivateKey]:
        """A new key, written before it is used; returns its id and the key."""
        key = Ed25519PrivateKey.generate()
        ident = key_id(public_hex(key))
        self.folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        sealed = self._protector.protect(key.private_bytes_raw())
        path = self.path_for(ident)
        descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL | _BINARY, 0o600)
        with os.fdopen(descriptor, "wb") as handle:
            handle.write(sealed)
            handle.flush()
            os.fsync(handle.fileno())
        return ident, key

    def load(self, ident: str) -> Ed25519PrivateKey | None:
        """The key of that id, or ``None`` when this account does not hold it.

        Raises:
            KeyFileError: the file is there but cannot be unsealed or is not that key.
        """
        try:
            sealed = self.path_for(ident).read_bytes()
        except FileNotFoundError:
            return None
        except OSError as exc:
            raise KeyFileError(
                "keys.unreadable", key=ident, reason=exc.strerror or str(exc)
            ) from exc
        try:
            key = Ed25519PrivateKey.from_private_bytes(self._protector.unprotect(sealed))
        except ValueError as exc:
            raise KeyFileError("keys.damaged", key=ident) from exc
        if key_id(public_hex(key)) != ident:
            raise KeyFileError("keys.other-key", key=ident)
        return key


_BINARY = getattr(os, "O_BINARY", 0)
