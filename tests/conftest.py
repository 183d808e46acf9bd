"""Fixtures shared by the whole suite: stations on real SQLite and on real PostgreSQL."""

import itertools
import os
import subprocess
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from hypothesis import settings

from app.core.clock import FixedClock
from app.core.paths import KEYS_ENV
from app.services.auth import Actor, log_in
from app.services.station import StationContext, init_station
from tests.support import postgres

# The same examples on every run, so that CI fails only when the code changed;
# HYPOTHESIS_PROFILE=explore draws new ones (do that when touching a property-tested part).
settings.register_profile("repeatable", derandomize=True, print_blob=True)
settings.register_profile("explore", derandomize=False, max_examples=1000)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "repeatable"))

ADMIN_PASSWORD = "station-admin-1"
_database_numbers = itertools.count(1)


@pytest.fixture(scope="session", autouse=True)
def key_folder_of_the_run(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    """Signing keys go to a folder of this run, never to the real account's (issue #17).

    Session-wide, not per test: stations built once per run (the GUI's demo template) are
    copied into many tests and must find their key. Set through ``XDG_CONFIG_HOME`` (and
    ``APPDATA`` on Windows) rather than ``EVIDENCE_STATION_KEYS`` so command-line tests,
    which start the program without the ``EVIDENCE_STATION_*`` variables, find it too.
    """
    config = tmp_path_factory.mktemp("config")
    saved = {name: os.environ.get(name) for name in ("XDG_CONFIG_HOME", "APPDATA", KEYS_ENV)}
    os.environ["XDG_CONFIG_HOME"] = os.environ["APPDATA"] = str(config)
    os.environ.pop(KEYS_ENV, None)
    yield config
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session", autouse=True)
def english_terminal() -> Iterator[None]:
    """Commands started by tests speak English, whatever the machine's locale (issue #9).

    The command line speaks the terminal's language, and the station's (Chinese) when no
    locale is set at all, as on some CI runners. Tests that check the Chinese line set
    ``LANG`` themselves.
    """
    names = ("LANG", "LC_ALL", "LC_MESSAGES")
    saved = {name: os.environ.get(name) for name in names}
    os.environ["LANG"] = "C.UTF-8"
    os.environ.pop("LC_ALL", None)
    os.environ.pop("LC_MESSAGES", None)
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


@pytest.fixture(scope="session")
def postgres_server() -> Iterator[postgres.ThrowawayPostgres]:
    """One PostgreSQL server for the run; each test gets its own database on it."""
    reason = postgres.available()
    if reason is not None:
        if os.environ.get("CI"):
            pytest.fail(f"PostgreSQL is required in CI: {reason}")
        pytest.skip(reason)
    with postgres.ThrowawayPostgres() as server:
        yield server


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest) -> str | None:
    """``None`` for the station's own SQLite file, or a fresh PostgreSQL database."""
    if request.param == "sqlite":
        return None
    server = request.getfixturevalue("postgres_server")
    return server.create_database(f"station_{os.getpid()}_{next(_database_numbers)}")


@pytest.fixture
def clock() -> FixedClock:
    return FixedClock(datetime(2026, 11, 26, 2, 0, tzinfo=UTC))


@pytest.fixture
def station(tmp_path: Path, db_url: str | None, clock: FixedClock) -> Iterator[StationContext]:
    context = init_station(
        tmp_path / "station",
        profile_id="guantao-psb",
        unit_name="馆陶县公安局",
        admin_login="admin",
        admin_name="王建中",
        admin_password=ADMIN_PASSWORD,
        db_url=db_url,
        clock=clock,
    )
    yield context
    context.close()


@pytest.fixture
def manager(station: StationContext) -> Actor:
    return log_in(station, "admin", ADMIN_PASSWORD, client="test")


@pytest.fixture
def read_only_dir(tmp_path: Path) -> Iterator[Path]:
    """A folder nobody can write to, root included (a read-only mount when we are root)."""
    folder = tmp_path / "read-only"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o555)
        yield folder
        folder.chmod(0o755)
        return
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "ro,size=1m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot make a read-only folder as root: {mounted.stderr.decode().strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", str(folder)], check=False)
