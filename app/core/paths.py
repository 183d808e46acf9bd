"""The station folder: where the database, the vault, the logs and the audit head live."""

import os
import sys
from dataclasses import dataclass
from pathlib import Path

HOME_ENV = "EVIDENCE_STATION_HOME"


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

    def sqlite_url(self) -> str:
        return f"sqlite:///{self.database.resolve().as_posix()}"
