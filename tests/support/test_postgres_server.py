"""The throwaway PostgreSQL server starts, serves separate databases and cleans up."""

import os

import pytest
import sqlalchemy as sa

from .postgres import ENV_URL, ThrowawayPostgres, available, create_database

pytestmark = pytest.mark.postgres


@pytest.fixture
def server_reason() -> None:
    reason = available()
    if reason is None:
        return
    if os.environ.get("CI"):
        pytest.fail(f"PostgreSQL must be available in CI: {reason}")
    pytest.skip(reason)


def version_of(url: str) -> tuple[str, str]:
    engine = sa.create_engine(url)
    try:
        with engine.connect() as conn:
            version = conn.execute(sa.text("select version()")).scalar_one()
            database = conn.execute(sa.text("select current_database()")).scalar_one()
    finally:
        engine.dispose()
    return version, database


@pytest.mark.usefixtures("server_reason")
def test_start_create_databases_query_and_stop() -> None:
    server = ThrowawayPostgres()
    url = server.start()
    try:
        assert url.startswith("postgresql+psycopg://")
        first = create_database(url, "es_support_one")
        second = server.create_database("es_support_two")
        assert first != second

        version, database = version_of(first)

        assert version.startswith("PostgreSQL ")
        assert database == "es_support_one"
        if not os.environ.get(ENV_URL):
            assert version.startswith("PostgreSQL 15.")
    finally:
        folder = server.folder
        server.stop()
    if folder is not None:
        assert not folder.exists()


@pytest.mark.usefixtures("server_reason")
def test_context_manager_gives_an_empty_database_each_time() -> None:
    with ThrowawayPostgres() as server:
        url = server.create_database("es_support_fresh")
        engine = sa.create_engine(url)
        try:
            with engine.begin() as conn:
                conn.execute(sa.text("create table t (name text)"))
                conn.execute(sa.text("insert into t values ('执法记录')"))
                assert conn.execute(sa.text("select name from t")).scalar_one() == "执法记录"
        finally:
            engine.dispose()

        again = server.create_database("es_support_fresh")
        engine = sa.create_engine(again)
        try:
            with engine.connect() as conn:
                tables = sa.inspect(conn).get_table_names()
        finally:
            engine.dispose()
        assert tables == []
