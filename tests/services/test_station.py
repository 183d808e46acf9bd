"""Creating and opening a station: checks first, nothing left behind on failure."""

from pathlib import Path

import pytest
from alembic import command
from sqlalchemy import func, select

from app.core.errors import PolicyError, StationError, StoreError, ValidationError
from app.services.station import init_station, open_station, station_info
from app.store.engine import Store
from app.store.migrate import _config, current_revisions, head_revisions
from app.store.models import AuditEntry

FIRST_REVISION = "0001"


def make(home: Path, **overrides: object):  # type: ignore[no-untyped-def]
    arguments: dict[str, object] = dict(
        profile_id="baimiaozi-town",
        unit_name="白庙子镇综合执法队",
        admin_login="boss",
        admin_password="boss-password",
    )
    arguments.update(overrides)
    return init_station(home, **arguments)  # type: ignore[arg-type]


def test_init_creates_folder_database_and_first_entry(tmp_path: Path) -> None:
    home = tmp_path / "新建 工作站"
    with make(home) as context:
        info = station_info(context)
        assert (info.unit_name, info.profile_id) == ("白庙子镇综合执法队", "baimiaozi-town")
        with context.store.read() as session:
            actions = session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)).all()
            assert actions == ["station.init", "audit.key-new"]
    assert {p.name for p in home.iterdir()} >= {
        "station.toml",
        "station.db",
        "audit-head.json",
        "audit-keys.json",
        "vault",
        "logs",
    }
    with open_station(home) as reopened:
        assert reopened.audit.verify().ok


def test_init_twice_is_refused_and_changes_nothing(tmp_path: Path) -> None:
    make(tmp_path / "s").close()
    before = {p.name: p.stat().st_mtime_ns for p in (tmp_path / "s").iterdir()}
    with pytest.raises(StationError, match="already a station"):
        make(tmp_path / "s")
    assert {p.name: p.stat().st_mtime_ns for p in (tmp_path / "s").iterdir()} == before


@pytest.mark.parametrize(
    "overrides, error",
    [
        ({"profile_id": "nonexistent"}, PolicyError),
        ({"admin_password": "short"}, ValidationError),
        ({"unit_name": " "}, ValidationError),
    ],
)
def test_bad_init_leaves_no_folder(
    tmp_path: Path, overrides: dict[str, object], error: type[Exception]
) -> None:
    with pytest.raises(error):
        make(tmp_path / "s", **overrides)
    assert not (tmp_path / "s").exists()


def test_read_only_home_is_refused(read_only_dir: Path) -> None:
    with pytest.raises(StationError, match="cannot write"):
        make(read_only_dir)
    assert list(read_only_dir.iterdir()) == []


def test_unreachable_database_is_refused_before_the_folder_is_made(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="cannot reach"):
        make(tmp_path / "s", db_url="postgresql://nobody@127.0.0.1:1/none")
    assert not (tmp_path / "s").exists()


def test_missing_home_cannot_be_opened(tmp_path: Path) -> None:
    with pytest.raises(StationError, match="does not exist"):
        open_station(tmp_path / "nowhere")


def test_a_store_of_the_first_version_is_upgraded_on_open(tmp_path: Path) -> None:
    """Walks the schema back to the first release's and lets ``open_station`` bring it up."""
    make(tmp_path / "s").close()
    store = Store(f"sqlite:///{tmp_path / 's' / 'station.db'}")
    with store.writer_engine.begin() as connection:
        config = _config()
        config.attributes["connection"] = connection
        command.downgrade(config, FIRST_REVISION)
    assert current_revisions(store.reader_engine) == {FIRST_REVISION}
    store.dispose()
    with open_station(tmp_path / "s") as context:
        assert current_revisions(context.store.reader_engine) == head_revisions()
        with context.store.read() as session:
            assert session.scalar(select(func.count()).select_from(AuditEntry)) == 2
        # Going back to the first schema dropped the head's signature; the station never
        # signs a head it did not sign when it was written (it may have been moved since).
        report = context.audit.verify()
        assert not report.ok
        assert "not signed" in report.problem


def test_station_on_postgresql_keeps_its_url(tmp_path: Path, postgres_server) -> None:  # type: ignore[no-untyped-def]
    url = postgres_server.create_database("station_url_kept")
    make(tmp_path / "s", db_url=url).close()
    assert not (tmp_path / "s" / "station.db").exists()
    with open_station(tmp_path / "s") as context:
        assert context.store.dialect == "postgresql"
        assert context.audit.verify().ok
