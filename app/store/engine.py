"""Opening the store: SQLite in WAL mode with foreign keys, or PostgreSQL by URL."""

import logging
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.exc import ArgumentError, DatabaseError, OperationalError
from sqlalchemy.orm import Session, sessionmaker

from app.core.errors import DamagedError, StoreError

log = logging.getLogger(__name__)

SQLITE_BUSY_TIMEOUT_S = 30
#: The PostgreSQL advisory lock that lets one writer at a time into a database, as SQLite's
#: ``BEGIN IMMEDIATE`` does. Without it two imports of the same file deadlock (one holds the
#: new digest's unique key and waits for the audit head, the other the reverse) and two
#: approvals of one form both find it waiting (issue #17's campaign found both).
PG_WRITER_LOCK = 0x45565354  # "EVST"


def _configure_sqlite(engine: Engine, *, immediate: bool) -> None:
    """WAL, foreign keys, and explicit BEGINs so a writer takes the write lock up front.

    pysqlite's own transaction handling begins lazily; two processes that both read the
    audit head and then write would otherwise meet a busy-snapshot error instead of
    waiting their turn.
    """

    @event.listens_for(engine, "connect")
    def _on_connect(dbapi_connection, _record) -> None:  # type: ignore[no-untyped-def]
        dbapi_connection.isolation_level = None
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA foreign_keys=ON")
        cursor.execute("PRAGMA synchronous=FULL")
        cursor.execute(f"PRAGMA busy_timeout={SQLITE_BUSY_TIMEOUT_S * 1000}")
        cursor.close()

    begin = "BEGIN IMMEDIATE" if immediate else "BEGIN"

    @event.listens_for(engine, "begin")
    def _on_begin(connection) -> None:  # type: ignore[no-untyped-def]
        connection.exec_driver_sql(begin)


def create_store_engine(url: str, *, writer: bool = False) -> Engine:
    """An engine for ``url``; ``writer`` engines serialise their transactions on SQLite."""
    try:
        parsed = make_url(url)
    except ArgumentError as exc:
        raise StoreError("store.bad-url", url=url) from exc
    if parsed.drivername.startswith("sqlite"):
        engine = create_engine(parsed, connect_args={"timeout": SQLITE_BUSY_TIMEOUT_S})
        _configure_sqlite(engine, immediate=writer)
        return engine
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    try:
        return create_engine(parsed, pool_pre_ping=True, connect_args=_connect_args(parsed))
    except (ArgumentError, ImportError) as exc:
        raise StoreError("store.unusable", db=parsed.render_as_string(), reason=str(exc)) from exc


def _connect_args(url) -> dict[str, object]:  # type: ignore[no-untyped-def]
    if url.drivername.startswith("postgresql"):
        return {"connect_timeout": 5}
    return {}


def check_connection(engine: Engine) -> None:
    """Fail early, with a message naming the server, when the store cannot be reached."""
    try:
        with engine.connect() as connection:
            connection.execute(text("SELECT 1"))
    except DatabaseError as exc:
        reason = str(exc.orig).strip().splitlines()[0] if exc.orig else str(exc)
        where = engine.url.render_as_string(hide_password=True)
        if is_damage(exc):
            raise damaged_store(where, reason) from exc
        if not isinstance(exc, OperationalError):
            raise
        raise StoreError("store.unreachable", db=where, reason=reason) from exc


def is_damage(exc: DatabaseError) -> bool:
    """Whether SQLite says its file is corrupt or is not a database at all.

    Only these two of SQLite's result codes mean damage; a locked or busy database, a
    full disk or a constraint is something else and keeps its own handling.
    """
    name = getattr(exc.orig, "sqlite_errorname", "")
    return isinstance(name, str) and name.startswith(("SQLITE_CORRUPT", "SQLITE_NOTADB"))


def damaged_store(where: str, reason: str) -> DamagedError:
    """The refusal for a damaged database: stop, and restore it from the backup."""
    return DamagedError("store.damaged", db=where, reason=reason)


class Store:
    """The session factories of one database: readers in parallel, writers one at a time."""

    def __init__(self, url: str) -> None:
        self.url = url
        self.reader_engine = create_store_engine(url)
        self.writer_engine = (
            create_store_engine(url, writer=True)
            if self.reader_engine.dialect.name == "sqlite"
            else self.reader_engine
        )
        self._readers = sessionmaker(self.reader_engine, expire_on_commit=False)
        self._writers = sessionmaker(self.writer_engine, expire_on_commit=False)

    @property
    def dialect(self) -> str:
        return self.reader_engine.dialect.name

    @property
    def writer_factory(self) -> sessionmaker[Session]:
        return self._writers

    @contextmanager
    def read(self) -> Iterator[Session]:
        """A session for reading; it never holds the write lock."""
        with self._damage_told(), self._readers() as session:
            yield session

    @contextmanager
    def write(self) -> Iterator[Session]:
        """A unit of work that commits on success and rolls back on any error.

        It waits for any other writer first, on PostgreSQL too (``PG_WRITER_LOCK``, held
        until the commit or rollback), so it reads what they committed.
        """
        with self._damage_told(), self._writers.begin() as session:
            if self.dialect == "postgresql":
                session.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": PG_WRITER_LOCK})
            yield session

    @contextmanager
    def _damage_told(self) -> Iterator[None]:
        """Corruption met in any query ends as a ``DamagedError``, not as a bug."""
        try:
            yield
        except DatabaseError as exc:
            if not is_damage(exc):
                raise
            where = make_url(self.url).render_as_string(hide_password=True)
            reason = str(exc.orig).strip().splitlines()[0]
            raise damaged_store(where, reason) from exc

    def dispose(self) -> None:
        self.reader_engine.dispose()
        self.writer_engine.dispose()
