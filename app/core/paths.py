"""The station folder: where the database, the vault, the logs and the audit head live."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "EVIDENCE_STATION_HOME"
KEYS_ENV = "EVIDENCE_STATION_KEYS"


def default_home() -> Path:
    """The home used when neither ``--home`` nor ``EVIDENCE_STATION_HOME`` names one."""
    env = os.environ.get(HOME_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("LOCALAPPDATA", Path.home() / "AppData" / "Local"))
        return base / "EvidenceStation"
    base = Path(os.environ.get("XDG_DATA_HOME", Path.home() / ".local" / "share"))
    return base / "evidence-station"


def key_folder() -> Path:
    """Where this computer's account keeps the stations' signing keys (issue #17, item 4).

    Outside every station folder and outside the database, so that neither a copy of the
    database nor of the station folder carries the key: ``EVIDENCE_STATION_KEYS`` when set,
    else ``%APPDATA%\\EvidenceStation\\keys`` on Windows, else
    ``$XDG_CONFIG_HOME/evidence-station/keys`` (``~/.config`` by default).
    """
    env = os.environ.get(KEYS_ENV)
    if env:
        return Path(env)
    if sys.platform == "win32":
        base = Path(os.environ.get("APPDATA", Path.home() / "AppData" / "Roaming"))
        return base / "EvidenceStation" / "keys"
    base = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config")
    return base / "evidence-station" / "keys"


@dataclass(frozen=True)
class StationPaths:
    """The files of one station folder; nothing here touches the disk."""

    root: Path

    @property
    def config(self) -> Path:
        return self.root / "station.toml"

    @property
    def database(self) -> Path:
        return self.root / "station.db"

    @property
    def audit_head(self) -> Path:
        """The audit chain head kept outside the database, so truncation shows."""
        return self.root / "audit-head.json"

    @property
    def vault(self) -> Path:
        return self.root / "vault"

    @property
    def logs(self) -> Path:
        return self.root / "logs"

    @property
    def journals(self) -> Path:
        """The ingest journals an interrupted import resumes from."""
        return self.root / "journal"

    @property
    def audit_keys(self) -> Path:
        """The public keys the station trusts for its chain head (the private halves are
        kept in ``key_folder()``, never here)."""
        return self.root / "audit-keys.json"

    def own_places(self) -> tuple[Path, ...]:
        """Every file and folder the station writes itself; each new one belongs here.

        An output a person names (a still, a PDF, a backup folder) must never land on one
        of these (DESIGN §3.3): a still's provenance once replaced ``audit-head.json``.
        """
        database = str(self.database)
        sqlite_side = (Path(database + suffix) for suffix in ("-wal", "-shm", "-journal"))
        return (self.config, self.database, *sqlite_side, self.audit_head, self.vault,
                self.logs, self.journals, self.audit_keys, key_folder())  # fmt: skip

    def owns(self, path: Path) -> bool:
        """Whether ``path`` is one of ``own_places``, lies inside one, or sits at the top.

        The top of the station folder holds only the station's own files (and those it
        may add later), so nothing a person names goes there; its other sub-folders
        (``printouts``, ``stills``) may take outputs. Compared after resolving symbolic
        links (of the path and of the station folder) and, on Windows, without regard to
        case, so no spelling of a path slips through.
        """
        target = _comparable(path)
        if os.path.dirname(target) == _comparable(self.root):
            return True
        return any(
            target == place or target.startswith(place.rstrip(os.sep) + os.sep)
            for place in map(_comparable, self.own_places())
        )

    def overlaps(self, path: Path) -> bool:
        """Whether ``path`` is the station folder, lies inside it, or holds it.

        Evidence is never taken from here (walking the folder would import the vault's own
        copies as new footage) and a backup placed here is no second copy; issue #17 found
        ``ingest HOME`` and ``ingest --mirror HOME`` accepted.
        """
        target, root = _comparable(path).rstrip(os.sep), _comparable(self.root).rstrip(os.sep)
        return target == root or _inside(target, root) or _inside(root, target)

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database.resolve().as_posix()}"


def _inside(path: str, folder: str) -> bool:
    """Both without a trailing separator (a drive or file-system root becomes ``""``)."""
    return path.startswith(folder + os.sep)


def _comparable(path: Path) -> str:
    """``path`` as the file system sees it: absolute, links resolved, case folded on Windows."""
    return os.path.normcase(os.path.realpath(path))
