"""A refusal is one stderr line in the terminal's language, else the station's (issue #9)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

from app.core.config import StationConfig, write_config
from app.core.paths import StationPaths

PROJECT = Path(__file__).resolve().parents[2]
ENGLISH = "evidence-station: name a command, or run without arguments for the GUI"
CHINESE = "evidence-station: 请指定命令；不带参数运行则打开图形界面"
LOCALE = ("LANG", "LC_ALL", "LC_MESSAGES", "EVIDENCE_STATION_LANG")


def refusal(home: Path, **env: str) -> subprocess.CompletedProcess[str]:
    """Run with no command (a refusal), with only the locale variables of ``env``."""
    environment = {k: v for k, v in os.environ.items() if k not in LOCALE}
    environment.update(env)
    return subprocess.run(
        [sys.executable, str(PROJECT / "main.py"), "--home", str(home), "--json"],
        capture_output=True,
        text=True,
        env=environment,
        timeout=120,
        check=False,
    )


def station_speaking(tmp_path: Path, language: str) -> Path:
    paths = StationPaths(tmp_path / "station")
    paths.root.mkdir()
    write_config(paths, StationConfig(station_code="GT-01", language=language))
    return paths.root


@pytest.mark.parametrize(
    ("env", "line"),
    [
        ({"LANG": "zh_CN.UTF-8"}, CHINESE),
        ({"LANG": "C.UTF-8"}, ENGLISH),
        ({"LANG": "en_US.UTF-8"}, ENGLISH),
        ({"LANG": "C.UTF-8", "LC_ALL": "zh_CN.UTF-8"}, CHINESE),
        ({"LANG": "zh_CN.UTF-8", "LC_MESSAGES": "POSIX"}, ENGLISH),
        ({"LANG": "en_US.UTF-8", "EVIDENCE_STATION_LANG": "zh_CN"}, CHINESE),
        ({"LANG": "zh_CN.UTF-8", "EVIDENCE_STATION_LANG": "en"}, ENGLISH),
        ({}, CHINESE),  # no locale: the station's setting, Chinese by default
    ],
)
def test_the_terminal_language_decides(tmp_path: Path, env: dict[str, str], line: str) -> None:
    result = refusal(station_speaking(tmp_path, "zh_CN"), **env)
    assert (result.returncode, result.stderr) == (2, line + "\n")


def test_without_a_locale_a_station_set_to_english_speaks_english(tmp_path: Path) -> None:
    result = refusal(station_speaking(tmp_path, "en"))
    assert (result.returncode, result.stderr) == (2, ENGLISH + "\n")


def test_without_a_locale_or_a_station_the_line_is_chinese(tmp_path: Path) -> None:
    result = refusal(tmp_path / "nowhere")
    assert (result.returncode, result.stderr) == (2, CHINESE + "\n")
