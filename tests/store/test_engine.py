"""The store's writers: one at a time, on PostgreSQL as on SQLite."""

import pytest
from sqlalchemy import text

from app.store.engine import PG_WRITER_LOCK, Store
from tests.support.postgres import ThrowawayPostgres

TRY_LOCK = text("SELECT pg_try_advisory_xact_lock(:key)")


@pytest.mark.postgres
def test_a_postgresql_writer_holds_the_writer_lock_until_it_commits(
    postgres_server: ThrowawayPostgres,
) -> None:
    store = Store(postgres_server.create_database("store_writer_lock"))
    try:
        with store.write(), store.reader_engine.connect() as other:
            assert other.execute(TRY_LOCK, {"key": PG_WRITER_LOCK}).scalar() is False
        with store.reader_engine.connect() as other:
            assert other.execute(TRY_LOCK, {"key": PG_WRITER_LOCK}).scalar() is True
    finally:
        store.dispose()
