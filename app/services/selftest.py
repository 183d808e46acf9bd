"""Checking an installation: what a station needs and whether this machine has it."""

import ctypes.util
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from app.core.errors import EvidenceStationError
from app.core.resources import resource_path
from app.policy.loader import builtin_profiles
from app.services.station import open_station


@dataclass(frozen=True)
class Check:
    name: str
    ok: bool
    detail: str


def _fonts() -> Check:
    fonts = sorted(p.name for p in resource_path("fonts").glob("*.tt[fc]"))
    if fonts:
        return Check("fonts", True, ", ".join(fonts))
    return Check("fonts", False, "no CJK TrueType font in resources/fonts")


def _libvlc() -> Check:
    found = ctypes.util.find_library("vlc") or ctypes.util.find_library("libvlc")
    if found:
        return Check("libvlc", True, found)
    return Check("libvlc", False, "libvlc not found: install VLC (Debian: libvlc5 vlc-plugin-base)")


def _ffmpeg() -> Check:
    found = shutil.which("ffmpeg")
    if found:
        return Check("ffmpeg", True, found)
    return Check("ffmpeg", False, "ffmpeg not found on PATH (Debian: ffmpeg)")


def _policies() -> Check:
    try:
        ids = [profile.id for profile in builtin_profiles()]
    except EvidenceStationError as exc:
        return Check("policies", False, str(exc))
    return Check("policies", True, ", ".join(ids))


def _write_access(home: Path) -> Check:
    target = home if home.exists() else home.parent
    try:
        with tempfile.NamedTemporaryFile(dir=target, prefix=".self-test-"):
            pass
    except OSError as exc:
        return Check("write access", False, f"{target}: {exc.strerror}")
    return Check("write access", True, str(target))


def _database(home: Path, db_url: str | None) -> Check:
    if not (home / "station.toml").is_file() and db_url is None:
        return Check("database", True, f"no station at {home} yet (run init)")
    try:
        with open_station(home, db_url) as context:
            return Check("database", True, context.store.reader_engine.url.render_as_string())
    except EvidenceStationError as exc:
        return Check("database", False, str(exc))


def run_self_test(home: Path, db_url: str | None = None) -> list[Check]:
    """Every check, in the order a technician would fix them."""
    return [
        _write_access(home),
        _database(home, db_url),
        _policies(),
        _fonts(),
        _libvlc(),
        _ffmpeg(),
    ]
