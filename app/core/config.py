"""The station's own settings file (``station.toml``): which database, which profile."""

import tomllib
from dataclasses import dataclass

import tomli_w

from app.core.atomic import write_atomically
from app.core.errors import DamagedError, StationError
from app.core.messages import Message
from app.core.paths import StationPaths


@dataclass(frozen=True)
class StationConfig:
    """What a station folder says about itself; the rest lives in the database."""

    station_code: str
    database_url: str | None = None
    language: str = "zh_CN"

    def to_toml(self) -> str:
        data: dict[str, str] = {"station_code": self.station_code, "language": self.language}
        if self.database_url:
            data["database_url"] = self.database_url
        return tomli_w.dumps(data)


def read_config(paths: StationPaths) -> StationConfig:
    """Read ``station.toml``.

    Raises:
        StationError: the folder is missing, not a folder, not a station or cannot be read.
        DamagedError: the file is there but not what the station wrote (not UTF-8 TOML,
            keys missing or of the wrong type).
    """
    try:
        if paths.root.exists() and not paths.root.is_dir():
            raise StationError("station.is-a-file", path=paths.root)
        if not paths.root.is_dir():
            raise StationError("station.no-folder", path=paths.root)
        if not paths.config.is_file():
            raise StationError("station.not-a-station", path=paths.root)
        raw = paths.config.read_bytes()
    except OSError as exc:
        raise StationError(
            "station.unreadable", path=paths.root, reason=exc.strerror or str(exc)
        ) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
        config = StationConfig(
            station_code=data["station_code"],
            database_url=data.get("database_url"),
            language=data.get("language", "zh_CN"),
        )
    except KeyError as exc:
        raise _damaged(paths, Message("station.setting-missing", {"key": exc.args[0]})) from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _damaged(paths, str(exc)) from exc
    fields = (config.station_code, config.language, config.database_url or "")
    if not all(isinstance(value, str) for value in fields):
        raise _damaged(paths, Message("station.setting-not-text"))
    return config


def _damaged(paths: StationPaths, reason: object) -> DamagedError:
    return DamagedError("station.config-damaged", path=paths.config, reason=reason)


def write_config(paths: StationPaths, config: StationConfig) -> None:
    write_atomically(paths.config, config.to_toml().encode("utf-8"))
