"""The station's own settings file (``station.toml``): which database, which profile."""

import tomllib
from dataclasses import dataclass

import tomli_w

from app.core.atomic import write_atomically
from app.core.errors import DamagedError, StationError
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
            raise StationError(f"{paths.root} is a file, not a station folder")
        if not paths.root.is_dir():
            raise StationError(f"station folder {paths.root} does not exist (run 'init' first)")
        if not paths.config.is_file():
            raise StationError(f"{paths.root} is not a station folder (run 'init' first)")
        raw = paths.config.read_bytes()
    except OSError as exc:
        raise StationError(
            f"cannot read the station folder {paths.root}: {exc.strerror or exc}"
        ) from exc
    try:
        data = tomllib.loads(raw.decode("utf-8"))
        config = StationConfig(
            station_code=data["station_code"],
            database_url=data.get("database_url"),
            language=data.get("language", "zh_CN"),
        )
    except KeyError as exc:
        raise _damaged(paths, f"{exc.args[0]} is missing") from exc
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise _damaged(paths, exc) from exc
    fields = (config.station_code, config.language, config.database_url or "")
    if not all(isinstance(value, str) for value in fields):
        raise _damaged(paths, "a setting is not text")
    return config


def _damaged(paths: StationPaths, reason: object) -> DamagedError:
    return DamagedError(
        f"{paths.config} is damaged ({reason}): restore it from the station's backup "
        "(it names the station code and the database)"
    )


def write_config(paths: StationPaths, config: StationConfig) -> None:
    write_atomically(paths.config, config.to_toml().encode("utf-8"))
