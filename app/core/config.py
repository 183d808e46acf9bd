"""The station's own settings file (``station.toml``): which database, which profile."""

import tomllib
from dataclasses import dataclass

import tomli_w

from app.core.atomic import write_atomically
from app.core.errors import StationError
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
    """Read ``station.toml``; a missing or broken file is a ``StationError``."""
    if not paths.root.is_dir():
        raise StationError(f"station folder {paths.root} does not exist (run 'init' first)")
    if not paths.config.is_file():
        raise StationError(f"{paths.root} is not a station folder (run 'init' first)")
    try:
        data = tomllib.loads(paths.config.read_text(encoding="utf-8"))
        return StationConfig(
            station_code=str(data["station_code"]),
            database_url=data.get("database_url"),
            language=str(data.get("language", "zh_CN")),
        )
    except (tomllib.TOMLDecodeError, KeyError, OSError) as exc:
        raise StationError(f"{paths.config}: cannot be read: {exc}") from exc


def write_config(paths: StationPaths, config: StationConfig) -> None:
    write_atomically(paths.config, config.to_toml().encode("utf-8"))
