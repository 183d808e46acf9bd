"""Which files an import takes from its sources, and which it leaves alone and why.

Only regular files are opened. A named pipe (FIFO) blocks whoever opens it until a writer
comes, a device file reads forever (``/dev/zero``) or not at all, a socket cannot be read:
each would hang or fill the vault. Issue #17 found a FIFO and a symbolic link to a device
given to ``ingest`` skipped silently with exit 0; they are now listed with what they are,
never opened (``stat`` only), and the run's exit code says something was left out.
"""

import os
import stat
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from app.media.import_probe import is_media_name
from app.services.ingest_record import IngestItem

#: What a file that is not a regular file is, by its ``stat`` type.
_KINDS = (
    (stat.S_ISFIFO, "a named pipe (FIFO)"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
)
NOT_OPENED = "not a regular file, not opened"


@dataclass
class SourceFiles:
    """The media files to import, and the entries left alone (each with its reason)."""

    media: list[Path] = field(default_factory=list)
    skipped: list[IngestItem] = field(default_factory=list)
    not_regular: list[IngestItem] = field(default_factory=list)


def walk_sources(sources: tuple[Path, ...]) -> SourceFiles:
    """Every entry under ``sources`` (folders recursively), sorted out; nothing is opened."""
    found = SourceFiles()
    for path in _entries_under(sources):
        reason = not_regular_reason(path)
        if reason is not None:
            item = IngestItem(str(path), reason=reason)
            found.skipped.append(item)
            found.not_regular.append(item)
        elif is_media_name(path):
            found.media.append(path)
        else:
            kind = path.suffix.lower() or "no extension"
            found.skipped.append(IngestItem(str(path), reason=f"not a media file ({kind})"))
    return found


def not_regular_reason(path: Path) -> str | None:
    """Why ``path`` is not opened (a FIFO, a device, a socket, a link to one), or None."""
    try:
        mode = path.stat().st_mode  # follows a symbolic link to what it names
    except OSError as exc:
        if path.is_symlink():
            return f"a broken symbolic link ({_link_target(path)}): {NOT_OPENED}"
        return f"cannot be examined ({exc.strerror or exc}): {NOT_OPENED}"
    if stat.S_ISREG(mode):
        return None
    kind = next((name for test, name in _KINDS if test(mode)), "a special file")
    if path.is_symlink():
        return f"a symbolic link to {kind} ({_link_target(path)}): {NOT_OPENED}"
    return f"{kind}: {NOT_OPENED}"


def _link_target(path: Path) -> str:
    try:
        return os.readlink(path)
    except OSError:
        return "?"


def _entries_under(sources: tuple[Path, ...]) -> Iterator[Path]:
    """Each source that is not a folder, and every non-folder entry below each folder."""
    seen: set[Path] = set()
    for source in sources:
        if source.is_dir():
            found = sorted(p for p in source.rglob("*") if not p.is_dir())
        else:
            found = [source]
        for path in found:
            if path not in seen:
                seen.add(path)
                yield path
