"""A throwaway PostgreSQL 15 server for tests, or the external one named by TEST_DATABASE_URL.

Usage::

    with ThrowawayPostgres() as server:
        url = create_database(server.url, "test_ingest")   # one fresh database per test
        engine = sqlalchemy.create_engine(url)

The server lives in a fresh temporary folder (data directory, unix socket, log), listens on
127.0.0.1 at a free port, trusts every local connection and runs with fsync off: it is fast
and holds nothing worth keeping. `stop()` kills it and removes the folder.
"""

from __future__ import annotations

import contextlib
import os
import pwd
import shutil
import socket
import stat
import subprocess
import tempfile
import time
import weakref
from pathlib import Path
from types import TracebackType

import psycopg
import sqlalchemy as sa
from sqlalchemy.engine import make_url
from sqlalchemy.pool import NullPool

ENV_URL = "TEST_DATABASE_URL"
PG_MAJOR = 15
SUPERUSER = "postgres"
# initdb refuses to run as root; as root we run the server as this system user.
SERVER_OS_USER = "postgres"

_DEBIAN_BINDIR = Path(f"/usr/lib/postgresql/{PG_MAJOR}/bin")
_SETTINGS = {
    "listen_addresses": "'127.0.0.1'",
    "fsync": "off",
    "synchronous_commit": "off",
    "full_page_writes": "off",
    "shared_buffers": "16MB",
    "max_connections": "40",
    "max_wal_size": "256MB",
    "logging_collector": "off",
    "timezone": "'UTC'",
}


class PostgresServerError(RuntimeError):
    """The throwaway server could not be set up, started or reached."""


def find_bindir() -> Path | None:
    """Return the folder holding initdb and pg_ctl, or None when there is none."""
    candidates = [_DEBIAN_BINDIR]
    with contextlib.suppress(OSError, subprocess.CalledProcessError):
        pg_config = shutil.which("pg_config")
        if pg_config:
            out = subprocess.run(
                [pg_config, "--bindir"], capture_output=True, text=True, check=True
            )
            candidates.append(Path(out.stdout.strip()))
    initdb = shutil.which("initdb")
    if initdb:
        candidates.append(Path(initdb).parent)
    for bindir in candidates:
        if all(os.access(bindir / tool, os.X_OK) for tool in ("initdb", "pg_ctl", "postgres")):
            return bindir
    return None


def available() -> str | None:
    """Return why no server can be had here, or None when `ThrowawayPostgres` will work."""
    if os.environ.get(ENV_URL):
        return None
    if find_bindir() is None:
        return (
            f"PostgreSQL {PG_MAJOR} server binaries not found (looked in {_DEBIAN_BINDIR}, "
            f"`pg_config --bindir` and PATH); run scripts/setup or set {ENV_URL}"
        )
    if _is_root() and _sbin_tool("runuser") is None:
        return "running as root and `runuser` is missing: cannot drop privileges for initdb"
    return None


def create_database(url: str, name: str) -> str:
    """Create a fresh, empty database `name` on the server at `url`; return its URL.

    A database left over with that name (an external server, an earlier run) is dropped
    first, so the result is always empty.
    """
    server = make_url(url)
    if name == server.database:
        raise ValueError(f"refusing to recreate the database the URL points at: {name!r}")
    engine = sa.create_engine(server, isolation_level="AUTOCOMMIT", poolclass=NullPool)
    try:
        quoted = engine.dialect.identifier_preparer.quote_identifier(name)
        with engine.connect() as conn:
            conn.exec_driver_sql(f"DROP DATABASE IF EXISTS {quoted} WITH (FORCE)")
            conn.exec_driver_sql(f"CREATE DATABASE {quoted} TEMPLATE template0 ENCODING 'UTF8'")
    finally:
        engine.dispose()
    return server.set(database=name).render_as_string(hide_password=False)


class ThrowawayPostgres:
    """A PostgreSQL server that exists between `start()` and `stop()`.

    With TEST_DATABASE_URL set, nothing is started: `start()` returns that URL and `stop()`
    leaves the external server alone.
    """

    def __init__(self, *, startup_timeout: float = 60.0) -> None:
        self.startup_timeout = startup_timeout
        self.url: str | None = None
        self.folder: Path | None = None
        self.port: int | None = None
        self._finalizer: weakref.finalize | None = None

    def __enter__(self) -> ThrowawayPostgres:
        self.start()
        return self

    def __exit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        self.stop()

    def start(self) -> str:
        """Start the server (once) and return its SQLAlchemy URL for database `postgres`."""
        if self.url is not None:
            return self.url
        external = os.environ.get(ENV_URL)
        if external:
            self.url = external
            return external
        reason = available()
        if reason:
            raise PostgresServerError(reason)
        bindir = find_bindir()
        assert bindir is not None
        self.folder = _make_folder()
        # Stops the server even when the test run forgets to, or ends early.
        self._finalizer = weakref.finalize(self, _shutdown, bindir, self.folder)
        try:
            self.url = self._init_and_start(bindir, self.folder)
        except BaseException:
            self.stop()
            raise
        return self.url

    def stop(self) -> None:
        """Stop the server at once (no checkpoint) and delete its folder."""
        if self._finalizer is not None:
            self._finalizer()
        self._finalizer = None
        self.url = None
        self.port = None

    def create_database(self, name: str) -> str:
        """Create a fresh database on this server; see the module's `create_database`."""
        return create_database(self.start(), name)

    def _init_and_start(self, bindir: Path, folder: Path) -> str:
        data = folder / "data"
        _run_server_tool(
            [
                str(bindir / "initdb"),
                f"--pgdata={data}",
                f"--username={SUPERUSER}",
                "--auth=trust",
                "--encoding=UTF8",
                "--no-locale",
                "--no-sync",
                "--no-instructions",
            ],
            folder,
        )
        conf = "".join(f"{key} = {value}\n" for key, value in _SETTINGS.items())
        conf += f"unix_socket_directories = '{folder}'\n"
        with (data / "postgresql.conf").open("a", encoding="utf-8") as f:
            f.write(conf)
        # A free port can be taken by someone else before the server binds it: retry.
        for attempt in range(3):
            port = _free_port()
            try:
                _run_server_tool(
                    [
                        str(bindir / "pg_ctl"),
                        f"--pgdata={data}",
                        f"--log={folder / 'server.log'}",
                        f"--options=-p {port}",
                        "--wait",
                        f"--timeout={int(self.startup_timeout)}",
                        "start",
                    ],
                    folder,
                )
                break
            except PostgresServerError:
                if attempt == 2:
                    raise
        self.port = port
        url = f"postgresql+psycopg://{SUPERUSER}@127.0.0.1:{port}/postgres"
        _wait_until_accepting(port, self.startup_timeout)
        return url


def _is_root() -> bool:
    return os.geteuid() == 0


def _sbin_tool(name: str) -> str | None:
    """Find a system tool even when PATH lacks the sbin folders (a user's PATH under sudo)."""
    return shutil.which(name) or shutil.which(name, path="/usr/sbin:/sbin")


def _make_folder() -> Path:
    """A fresh folder the server's OS user owns, reachable by that user."""
    base = Path(tempfile.gettempdir())
    if _is_root() and not _others_can_enter(base):
        base = Path("/tmp")  # e.g. TMPDIR under a 0700 home or pytest's basetemp
    folder = Path(tempfile.mkdtemp(prefix="throwaway-pg-", dir=base))
    if _is_root():
        user = _ensure_server_user()
        os.chown(folder, user.pw_uid, user.pw_gid)
    folder.chmod(0o700)
    return folder


def _others_can_enter(path: Path) -> bool:
    return all(part.stat().st_mode & stat.S_IXOTH for part in (path, *path.parents))


def _ensure_server_user() -> pwd.struct_passwd:
    try:
        return pwd.getpwnam(SERVER_OS_USER)
    except KeyError:
        pass
    # The Debian package creates it; a server built by hand may not have.
    subprocess.run(
        [
            _sbin_tool("useradd") or "useradd",
            "--system",
            "--user-group",
            "--no-create-home",
            "--home-dir",
            "/nonexistent",
            "--shell",
            "/usr/sbin/nologin",
            SERVER_OS_USER,
        ],
        check=True,
        capture_output=True,
    )
    return pwd.getpwnam(SERVER_OS_USER)


def _run_server_tool(argv: list[str], folder: Path) -> None:
    if _is_root():
        argv = [_sbin_tool("runuser") or "runuser", "-u", SERVER_OS_USER, "--", *argv]
    env = {**os.environ, "LC_ALL": "C", "LANG": "C"}
    env.pop("PGDATA", None)
    result = subprocess.run(
        argv,
        cwd=folder,  # the server user may not be allowed into the caller's cwd
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        check=False,
    )
    if result.returncode != 0:
        log = folder / "server.log"
        tail = log.read_text(errors="replace")[-2000:] if log.exists() else ""
        raise PostgresServerError(
            f"{' '.join(argv)} failed with exit code {result.returncode}:\n"
            f"{result.stdout}{result.stderr}{tail}"
        )


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _wait_until_accepting(port: int, timeout: float) -> None:
    deadline = time.monotonic() + timeout
    while True:
        try:
            with psycopg.connect(
                host="127.0.0.1", port=port, user=SUPERUSER, dbname="postgres", connect_timeout=5
            ) as conn:
                conn.execute("select 1")
                return
        except psycopg.OperationalError as exc:
            if time.monotonic() > deadline:
                raise PostgresServerError(
                    f"server on port {port} not accepting connections: {exc}"
                ) from exc
            time.sleep(0.1)


def _shutdown(bindir: Path, folder: Path) -> None:
    """Stop the server in `folder` (if it runs) and remove the folder; never raises."""
    data = folder / "data"
    if (data / "postmaster.pid").exists():
        with contextlib.suppress(PostgresServerError, OSError):
            _run_server_tool(
                [str(bindir / "pg_ctl"), f"--pgdata={data}", "--mode=immediate", "--wait", "stop"],
                folder,
            )
    shutil.rmtree(folder, ignore_errors=True)
