"""The schema comes from Alembic migrations alone, and matches the models."""

from pathlib import Path

import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from app.core.errors import StoreError
from app.store.engine import Store
from app.store.migrate import SCHEMA_HEADS, current_revisions, head_revisions, upgrade_to_head
from app.store.tables import Base


@pytest.fixture
def empty_store(tmp_path: Path, db_url: str | None):
    store = Store(db_url or f"sqlite:///{tmp_path / 'empty.db'}")
    yield store
    store.dispose()


def test_empty_database_upgrades_to_head(empty_store: Store) -> None:
    assert current_revisions(empty_store.reader_engine) == set()
    upgrade_to_head(empty_store.writer_engine)
    assert current_revisions(empty_store.reader_engine) == head_revisions()
    tables = set(inspect(empty_store.reader_engine).get_table_names())
    assert {
        "units",
        "people",
        "login_sessions",
        "settings",
        "audit_entries",
        "audit_head",
    } <= tables


def test_models_and_migrations_agree(empty_store: Store) -> None:
    upgrade_to_head(empty_store.writer_engine)
    with empty_store.reader_engine.connect() as connection:
        differences = compare_metadata(MigrationContext.configure(connection), Base.metadata)
    assert differences == []


def test_the_schema_heads_constant_matches_the_scripts() -> None:
    assert head_revisions() == SCHEMA_HEADS


def test_upgrade_twice_changes_nothing(empty_store: Store) -> None:
    upgrade_to_head(empty_store.writer_engine)
    upgrade_to_head(empty_store.writer_engine)
    assert current_revisions(empty_store.reader_engine) == head_revisions()


def test_database_from_a_newer_version_is_refused(empty_store: Store) -> None:
    upgrade_to_head(empty_store.writer_engine)
    with empty_store.writer_engine.begin() as connection:
        # One branch head per feature: move just one of them into the future.
        connection.execute(
            text(
                "UPDATE alembic_version SET version_num = '9999_future' "
                "WHERE version_num = (SELECT MIN(version_num) FROM alembic_version)"
            )
        )
    with pytest.raises(StoreError, match="newer"):
        upgrade_to_head(empty_store.writer_engine)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path: Path) -> None:
    store = Store(f"sqlite:///{tmp_path / 'wal.db'}")
    with store.reader_engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    store.dispose()
