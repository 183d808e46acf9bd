"""Fixtures for the GUI tests: a demo station on real SQLite, the app set up as at start."""

import os
import shutil
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.services.auth import Actor, log_in
from app.services.demo import DEMO_MANAGER, DEMO_PASSWORD, build_demo_station
from app.services.station import StationContext, open_station, station_info
from app.ui.jobs import has_running_jobs
from app.ui.language import LANG_ENV
from app.ui.launch import configure_application
from app.ui.main_window import MainWindow

# No display in CI: render offscreen unless the caller chose a platform.
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


@pytest.fixture(scope="session")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One demo station built per run (argon2 makes it slow); tests copy it."""
    home = tmp_path_factory.mktemp("demo-template") / "station"
    build_demo_station(home).close()
    return home


@pytest.fixture
def demo_home(demo_template: Path, tmp_path: Path) -> Path:
    home = tmp_path / "station"
    shutil.copytree(demo_template, home)
    return home


@pytest.fixture(autouse=True)
def ui_app(
    qapp: QApplication, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[QApplication]:
    """Chinese unless a test says otherwise; settings in a throwaway folder."""
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    monkeypatch.setenv(LANG_ENV, "zh_CN")
    configure_application(qapp)
    yield qapp


@pytest.fixture
def context(demo_home: Path, qtbot: QtBot) -> Iterator[StationContext]:
    ctx = open_station(demo_home)
    yield ctx
    qtbot.waitUntil(lambda: not has_running_jobs(), timeout=10_000)
    ctx.close()


def sign_in(context: StationContext, login: str = DEMO_MANAGER) -> Actor:
    return log_in(context, login, DEMO_PASSWORD, client="test")


@pytest.fixture
def manager(context: StationContext) -> Actor:
    return sign_in(context)


def open_window(qtbot: QtBot, context: StationContext, actor: Actor) -> MainWindow:
    """A shown main window whose start-up jobs (pages, chain check) have reported back."""
    window = MainWindow(context, actor, station_info(context))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: not window.is_busy, timeout=10_000)
    return window
