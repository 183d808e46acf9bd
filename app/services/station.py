"""Opening and creating a station: its folder, its store, its audit trail."""

import logging
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import func, select

from app.core.clock import Clock, system_clock
from app.core.config import StationConfig, read_config, write_config
from app.core.errors import DamagedError, StationError, StoreError, ValidationError
from app.core.paths import StationPaths
from app.core.roles import Role
from app.policy.loader import get_builtin_profile
from app.services.audit import AuditTrail
from app.services.passwords import hash_password
from app.services.station_keys import KEY_NEW, StationKeys, ensure_signing_key
from app.store.engine import Store, check_connection, create_store_engine
from app.store.migrate import upgrade_to_head
from app.store.models import Person, Station, Unit

log = logging.getLogger(__name__)

DEFAULT_ROOT_UNIT_CODE = "ROOT"
_UNIT_CODE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.-]{0,39}$")


@dataclass
class StationContext:
    """An open station: what every service needs to do its work."""

    paths: StationPaths
    config: StationConfig
    store: Store
    audit: AuditTrail
    clock: Clock
    keys: StationKeys

    def close(self) -> None:
        self.audit.detach()
        self.store.dispose()

    def __enter__(self) -> "StationContext":
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


@dataclass(frozen=True)
class StationInfo:
    """What the status bar and ``--self-test`` say about the station."""

    code: str
    unit_code: str
    unit_name: str
    profile_id: str
    database: str


def _connect(paths: StationPaths, url: str, clock: Clock) -> tuple[Store, AuditTrail, StationKeys]:
    store = Store(url)
    try:
        check_connection(store.reader_engine)
        upgrade_to_head(store.writer_engine)
    except StoreError:
        store.dispose()
        raise
    keys = StationKeys(paths, clock)
    return store, AuditTrail(store, paths.audit_head, clock, keys), keys


def open_station(
    home: Path, db_url: str | None = None, clock: Clock = system_clock
) -> StationContext:
    """Open an initialised station, upgrading its store to this version's schema."""
    paths = StationPaths(home)
    config = read_config(paths)
    url = db_url or config.database_url or paths.sqlite_url()
    if url == paths.sqlite_url() and not paths.database.is_file():
        # SQLite would quietly create an empty file here and migrate it into a new store.
        raise DamagedError("station.database-missing", path=paths.database)
    store, audit, keys = _connect(paths, url, clock)
    context = StationContext(paths, config, store, audit, clock, keys)
    try:
        _check_station_row(context)
        ensure_signing_key(context)
    except BaseException:
        context.close()
        raise
    return context


def _check_station_row(context: StationContext) -> None:
    code = context.config.station_code
    with context.store.read() as session:
        found = session.scalar(select(Station).where(Station.code == code))
    if found is None:
        raise StationError("station.not-in-database", station=code)


def _probe(url: str) -> None:
    """Reach a database server before the station folder is touched."""
    engine = create_store_engine(url)
    try:
        check_connection(engine)
    finally:
        engine.dispose()


def _check_writable(root: Path) -> None:
    try:
        root.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=root, prefix=".write-test-"):
            pass
    except OSError as exc:
        raise StationError(
            "station.unwritable", path=root, reason=exc.strerror or str(exc)
        ) from exc


def check_unit_code(code: str) -> None:
    """A unit code names the unit in station codes, printouts and file names: keep it plain."""
    if not _UNIT_CODE.match(code):
        raise ValidationError("people.bad-unit-code", code=code)


def init_station(
    home: Path,
    *,
    profile_id: str,
    unit_name: str,
    admin_login: str,
    admin_password: str,
    admin_name: str | None = None,
    unit_code: str = DEFAULT_ROOT_UNIT_CODE,
    db_url: str | None = None,
    clock: Clock = system_clock,
) -> StationContext:
    """Create a station folder and its store, with its own unit and its first manager.

    Everything is checked before anything is written; when the store cannot be written,
    the files this call created are removed again.
    """
    paths = StationPaths(home)
    if paths.config.exists():
        raise StationError("station.exists", path=home)
    get_builtin_profile(profile_id)
    check_unit_code(unit_code)
    if not unit_name.strip():
        raise ValidationError("people.unit-needs-name")
    if not admin_login.strip():
        raise ValidationError("station.admin-needs-login")
    password_hash = hash_password(admin_password)
    if db_url is not None:
        _probe(db_url)
    created_root = not paths.root.exists()
    _check_writable(paths.root)
    url = db_url or paths.sqlite_url()
    created_db = db_url is None and not paths.database.exists()
    try:
        store, audit, keys = _connect(paths, url, clock)
        context = StationContext(
            paths, StationConfig(f"ST-{unit_code}", database_url=db_url), store, audit, clock, keys
        )
        try:
            _create_first_records(
                context,
                profile_id,
                unit_name.strip(),
                unit_code,
                admin_login.strip(),
                admin_name or admin_login,
                password_hash,
            )
            paths.vault.mkdir(exist_ok=True)
            paths.logs.mkdir(exist_ok=True)
            write_config(paths, context.config)
        except BaseException:
            context.close()
            raise
    except BaseException:
        if created_db:
            for suffix in ("", "-wal", "-shm"):
                Path(f"{paths.database}{suffix}").unlink(missing_ok=True)
        paths.audit_head.unlink(missing_ok=True)
        paths.audit_keys.unlink(missing_ok=True)
        if created_root:
            shutil.rmtree(paths.root, ignore_errors=True)
        raise
    log.info("station %s initialised with profile %s", context.config.station_code, profile_id)
    return context


def _create_first_records(
    context: StationContext,
    profile_id: str,
    unit_name: str,
    unit_code: str,
    admin_login: str,
    admin_name: str,
    password_hash: str,
) -> None:
    now = context.clock()
    with context.store.write() as session:
        if session.scalar(select(func.count()).select_from(Person)):
            raise StationError("station.database-taken")
        unit = Unit(code=unit_code, name=unit_name, created_at=now)
        session.add(unit)
        session.flush()
        session.add(
            Station(
                code=context.config.station_code,
                unit_id=unit.id,
                profile_id=profile_id,
                created_at=now,
            )
        )
        session.add(
            Person(
                login=admin_login,
                name=admin_name,
                role=Role.MANAGER.value,
                unit_id=unit.id,
                password_hash=password_hash,
                active=True,
                failed_logins=0,
                created_at=now,
            )
        )
        context.audit.start_chain(session)
        key, _none = context.keys.prepare_key(session)
        context.audit.record(
            session,
            actor=admin_login,
            action="station.init",
            target_kind="station",
            target_id=context.config.station_code,
            details={"unit": unit_name, "profile": profile_id, "admin": admin_login},
        )
        context.keys.record_key(
            session, context.audit, key, None,
            actor=admin_login, action=KEY_NEW, reason="first signing key of this station",
        )  # fmt: skip


def station_info(context: StationContext) -> StationInfo:
    with context.store.read() as session:
        station = session.scalar(select(Station).where(Station.code == context.config.station_code))
        if station is None:
            raise StationError("station.not-in-database", station=context.config.station_code)
        unit = session.get_one(Unit, station.unit_id)
        return StationInfo(
            code=station.code,
            unit_code=unit.code,
            unit_name=unit.name,
            profile_id=station.profile_id,
            database=context.store.reader_engine.url.render_as_string(hide_password=True),
        )
