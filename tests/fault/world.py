"""What every trial starts from: a template station, a media corpus, a scratch folder.

The template is the demo station (units, every role, devices, recordings, forms in every
state, markers, a still), built once per campaign and copied afresh for each trial, so a
trial never sees what another did. Its accounts' passwords are hashed with argon2's
cheapest costs: verification reads the costs from the stored hash, so each of the
campaign's thousands of logins takes milliseconds instead of half a second. Everything
else is the station's own code path. On PostgreSQL the template is a database that each
trial clones (``CREATE DATABASE … TEMPLATE``).
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import uuid
from collections.abc import Callable, Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from pathlib import Path

from app.core.paths import KEYS_ENV
from tests.fault.runner import Runner, run_functions

PASSWORD = "demo-2026"
MANAGER = "wangjz"
OFFICER, DEVICE = "liwei", "GT-DSJ-001"


@dataclass(frozen=True)
class World:
    """Shared, read-only after ``prepare``: trials copy from it, never change it."""

    work: Path
    template: Path
    corpus: tuple[Path, ...]
    timeout: float
    spawn: bool = False
    postgres_url: str | None = None
    pg_template: Path | None = None

    def runner(self, **env: str) -> Runner:
        base = {"EVIDENCE_STATION_PASSWORD": PASSWORD, "QT_QPA_PLATFORM": "offscreen"}
        return Runner({**base, **env}, timeout=self.timeout, spawn=self.spawn)

    def trial_dir(self, part: str, trial: int) -> Path:
        folder = self.work / "trials" / part / f"{trial:05d}"
        shutil.rmtree(folder, ignore_errors=True)
        folder.mkdir(parents=True)
        return folder

    def fresh_station(self, dest: Path, backend: str = "sqlite") -> Path:
        """A copy of the template at ``dest`` (on its own new PostgreSQL database if asked)."""
        if backend == "sqlite":
            shutil.copytree(self.template, dest, ignore=shutil.ignore_patterns("logs"))
            return dest
        if self.pg_template is None or self.postgres_url is None:
            raise RuntimeError("no PostgreSQL server in this campaign")
        shutil.copytree(self.pg_template, dest, ignore=shutil.ignore_patterns("logs"))
        url = clone_database(self.postgres_url, _database_of(self.pg_template))
        config = dest / "station.toml"
        lines = [
            f'database_url = "{url}"' if line.startswith("database_url") else line
            for line in config.read_text(encoding="utf-8").splitlines()
        ]
        config.write_text("\n".join(lines) + "\n", encoding="utf-8")
        return dest


def prepare(work: Path, *, timeout: float, spawn: bool, postgres_url: str | None) -> World:
    """Build the template station(s) and the corpus under ``work``, side by side."""
    work.mkdir(parents=True, exist_ok=True)
    # The stations' signing keys stay in the campaign's folder, never the account's own;
    # every trial process inherits this (its copied station then finds its key).
    os.environ[KEYS_ENV] = str(work / "keys")
    template = work / "template-sqlite"
    calls: list[tuple[Callable[..., object], tuple[object, ...]]] = [
        (_build_demo, (template, None)),
        (build_corpus, (work / "corpus",)),
    ]
    pg_template = None
    if postgres_url is not None:
        pg_template = work / "template-postgresql"
        url = create_database(postgres_url, "campaign_template")
        calls.append((_build_demo, (pg_template, url)))
    for folder in (template, pg_template):
        if folder is not None:
            shutil.rmtree(folder, ignore_errors=True)
    for outcome in run_functions(calls):
        if outcome.code != 0:
            raise RuntimeError(f"could not prepare the campaign:\n{outcome.stderr}")
    corpus = build_corpus(work / "corpus")  # already made: this only lists it
    return World(work, template, corpus, timeout, spawn, postgres_url, pg_template)


def _build_demo(home: Path, db_url: str | None) -> None:
    """Runs in a forked child: cheap password hashes, then the demo station."""
    from argon2 import PasswordHasher

    from app.services import passwords
    from app.services.demo import build_demo_station

    passwords._hasher = PasswordHasher(time_cost=1, memory_cost=8, parallelism=1)  # noqa: SLF001
    context = build_demo_station(home, db_url=db_url)
    try:
        _add_sub_unit_staff(context)
    finally:
        context.close()


def _add_sub_unit_staff(context) -> None:  # type: ignore[no-untyped-def]
    """A sub-unit's manager and administrator, for the permission matrix's unit cells."""
    from app.core.roles import Role
    from app.services.auth import log_in, log_out
    from app.services.people import add_person
    from tests.fault.parts.matrix import EXTRA_PEOPLE

    manager = log_in(context, MANAGER, PASSWORD, client="campaign")
    for login, name, role, unit in EXTRA_PEOPLE:
        add_person(
            context,
            manager,
            login=login,
            name=name,
            role=Role(role),
            password=PASSWORD,
            unit_code=unit,
        )
    log_out(context, manager)


def build_corpus(folder: Path) -> tuple[Path, ...]:
    """The good files mutants are made from: every container and codec of the test corpus."""
    from tests.support import corpus

    return tuple(sorted(corpus.make_files(folder).values()))


def create_database(server_url: str, name: str) -> str:
    from tests.support import postgres

    return postgres.create_database(server_url, name)


def clone_database(server_url: str, template: str) -> str:
    """A new database copied from ``template`` (which nobody may be connected to)."""
    import psycopg
    from sqlalchemy.engine import make_url

    server = make_url(server_url)
    name = f"trial_{uuid.uuid4().hex[:12]}"
    dsn = server.set(drivername="postgresql").render_as_string(hide_password=False)
    with psycopg.connect(dsn, autocommit=True) as conn:
        conn.execute(f'CREATE DATABASE "{name}" TEMPLATE "{template}"')
    return server.set(database=name).render_as_string(hide_password=False)


def _database_of(home: Path) -> str:
    from sqlalchemy.engine import make_url

    for line in (home / "station.toml").read_text(encoding="utf-8").splitlines():
        if line.startswith("database_url"):
            database = make_url(line.split("=", 1)[1].strip().strip('"')).database
            if database:
                return database
    raise RuntimeError(f"{home} names no database")


@contextmanager
def sqlite(home: Path) -> Iterator[sqlite3.Connection]:
    """The station's SQLite file opened directly, as someone with file access would."""
    with closing(sqlite3.connect(home / "station.db", isolation_level=None)) as conn:
        yield conn


def rng_for(part: str, seed: int, trial: int) -> random.Random:
    """The trial's own generator: the same trial draws the same inputs on every run."""
    return random.Random(f"{part}:{seed}:{trial}")
