"""Finding body cameras plugged in as drives (R2.1): a removable volume with a recorder layout.

A camera in USB mass-storage mode shows up as a drive (Windows: a drive letter; Linux:
under ``/media`` or ``/run/media``). It is recognised by the folders recorders write:
``DCIM`` (the camera-file standard) or the recorder's own (``RECORD``, ``VIDEO``, ``DSJ``
...). Scanning a drive can be slow (a sleeping card, a network share), so the import
dialog calls ``find_camera_drives`` in a worker.
"""

import logging
import sys
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStorageInfo

log = logging.getLogger(__name__)

#: Top-level folders that recorders create; compared case-insensitively.
RECORDER_FOLDERS = ("DCIM", "RECORD", "RECORDS", "VIDEO", "VIDEOS", "DSJ", "MOVIE", "AUDIO")
LINUX_MOUNT_PATTERNS = ("/media/*", "/media/*/*", "/run/media/*/*", "/mnt/*")


@dataclass(frozen=True)
class CameraDrive:
    """A mounted volume that looks like a recorder; ``folders`` are its footage folders."""

    root: Path
    label: str
    folders: tuple[Path, ...]


def recorder_folders(root: Path) -> tuple[Path, ...]:
    """The recorder folders directly under ``root``; empty when it does not look like one."""
    wanted = {name.lower() for name in RECORDER_FOLDERS}
    try:
        children = sorted(root.iterdir())
    except OSError:
        return ()
    return tuple(child for child in children if child.name.lower() in wanted and child.is_dir())


def camera_drive_at(root: Path, label: str = "") -> CameraDrive | None:
    folders = recorder_folders(root)
    if not folders:
        return None
    return CameraDrive(root, label or root.name or str(root), folders)


def find_camera_drives(roots: Iterable[Path] | None = None) -> list[CameraDrive]:
    """Camera drives among ``roots`` (default: the mounted removable volumes)."""
    candidates = [(r, "") for r in roots] if roots is not None else _mounted_volumes()
    found = [drive for root, label in candidates if (drive := camera_drive_at(root, label))]
    log.info("camera drives found: %s", [str(d.root) for d in found])
    return found


def _mounted_volumes() -> list[tuple[Path, str]]:
    if sys.platform == "win32":
        return _windows_volumes()
    return [(path, path.name) for path in _linux_mounts()]


def _windows_volumes() -> list[tuple[Path, str]]:
    """Ready volumes other than the system drive; Qt does not say "removable", the layout does."""
    system = Path(sys.executable).anchor.upper()
    volumes = []
    for volume in QStorageInfo.mountedVolumes():
        root = Path(volume.rootPath())
        if volume.isValid() and volume.isReady() and root.anchor.upper() != system:
            volumes.append((root, volume.displayName() or str(root)))
    return volumes


def _linux_mounts() -> list[Path]:
    found: list[Path] = []
    for pattern in LINUX_MOUNT_PATTERNS:
        base, _, glob = pattern.lstrip("/").partition("/")
        for path in sorted(Path("/", base).glob(glob)):
            if path.is_dir() and path not in found:
                found.append(path)
    return found
