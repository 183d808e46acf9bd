"""Recordings browser pages on 1,000,000 recordings, SQLite and PostgreSQL (DESIGN §4).

Usage: uv run python benchmarks/bench_browser.py [--rows 1000000] [--postgres]

Bulk-generates recordings (executemany on SQLite, COPY on PostgreSQL) for 40 officers in
4 units over two years, then times ``list_recordings`` (the service the GUI calls, 200
rows a page): first page, a page 90 % deep (by key), and filtered pages (officer,
category, a one-day window, an officer's own view, a unit administrator's view, which the
access rules narrow to one unit and the marks the role is cleared for; 1 % of the
recordings are marked state secret). Median of 15 runs each.
"""

import argparse
import random
import statistics
import tempfile
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import insert, select

from app.core.roles import Role
from app.services.auth import Actor, log_in
from app.services.people import add_unit
from app.services.recordings import RecordingFilter, list_recordings
from app.services.station import StationContext, init_station
from app.store.models import Person, Unit
from app.store.recordings import Recording, VaultObject

PASSWORD = "bench-pass-1"
OFFICERS = 40
CATEGORIES = ("incident-response", "inspection", "interrogation", "petition", "other")
START = datetime(2025, 1, 1, tzinfo=UTC)


def populate(station: StationContext, rows: int) -> list[int]:
    manager = log_in(station, "admin", PASSWORD, client="bench")
    for code in ("U1", "U2", "U3", "U4"):
        add_unit(station, manager, code, f"单位{code}")
    with station.store.write() as session:
        units = list(session.scalars(select(Unit.id).where(Unit.code.like("U%"))))
        people = [
            {"login": f"o{i}", "name": f"警员{i}", "role": Role.OFFICER.value,
             "unit_id": units[i % 4], "password_hash": "x", "active": True,
             "failed_logins": 0, "created_at": START}
            for i in range(OFFICERS)
        ]  # fmt: skip
        session.execute(insert(Person), people)
        officer_ids = list(session.scalars(select(Person.id).where(Person.login.like("o%"))))
    unit_of = {pid: units[i % 4] for i, pid in enumerate(officer_ids)}
    rng = random.Random(7)
    batch = 50_000
    for first in range(0, rows, batch):
        count = min(batch, rows - first)
        objects = [{"id": first + i + 1, "sha256": f"{first + i:064x}", "sm3": "0" * 64,
                    "size": 1, "stored_at": START, "verified_at": None, "status": "ok"}
                   for i in range(count)]  # fmt: skip
        recordings = []
        for i in range(count):
            officer = rng.choice(officer_ids)
            started = START + timedelta(seconds=rng.randrange(2 * 365 * 86400))
            recordings.append({
                "id": first + i + 1, "vault_object_id": first + i + 1, "officer_id": officer,
                "unit_id": unit_of[officer], "device_id": None, "file_name": f"f{first + i}.MP4",
                "started_at": started, "start_source": "name", "duration_s": 60.0,
                "codec": "h264", "width": 1920, "height": 1080, "fps": 25.0,
                "device_code": None, "officer_code": None, "category": rng.choice(CATEGORIES),
                "case_no": None, "activity_end": started, "deadline": started,
                "imported_at": started, "imported_by": "admin", "is_late": False,
                "delay_hours": 0.0, "is_lent": False, "is_damaged": False,
                "damage_reason": None, "clock_offset_s": None, "retention_until": None,
                "retention_kind": "fixed", "retention_reason": "",
                "confidentiality": "state-secret" if rng.random() < 0.01 else "none",
            })  # fmt: skip
        _bulk(station, objects, recordings)
    with station.store.write() as session:
        if station.store.dialect == "postgresql":
            session.connection().exec_driver_sql("ANALYZE recordings")
        else:
            session.connection().exec_driver_sql("ANALYZE")
    return officer_ids


def _bulk(station: StationContext, objects: list[dict], recordings: list[dict]) -> None:  # type: ignore[type-arg]
    if station.store.dialect != "postgresql":
        with station.store.write() as session:
            session.execute(insert(VaultObject), objects)
            session.execute(insert(Recording), recordings)
        return
    raw = station.store.writer_engine.raw_connection()
    try:
        cursor = raw.cursor()
        for table, rows in (("vault_objects", objects), ("recordings", recordings)):
            columns = list(rows[0])
            with cursor.copy(f"COPY {table} ({', '.join(columns)}) FROM STDIN") as copy:
                for row in rows:
                    copy.write_row([row[c] for c in columns])
        raw.commit()
    finally:
        raw.close()


def median_ms(action, runs: int = 15) -> float:  # type: ignore[no-untyped-def]
    times = []
    for _ in range(runs):
        start = time.perf_counter()
        action()
        times.append((time.perf_counter() - start) * 1000)
    return statistics.median(times)


def measure(station: StationContext, officer_ids: list[int], rows: int) -> list[tuple[str, float]]:
    manager = log_in(station, "admin", PASSWORD, client="bench")
    with station.store.read() as session:
        officer = session.get_one(Person, officer_ids[0])
    as_officer = Actor(officer.id, officer.login, officer.name, Role.OFFICER, officer.unit_id,
                       "U1", "单位U1", manager.session_id)  # fmt: skip
    as_admin = Actor(officer.id, officer.login, officer.name, Role.EVIDENCE_OFFICER,
                     officer.unit_id, "U1", "单位U1", manager.session_id)  # fmt: skip
    everything = RecordingFilter()
    deep = list_recordings(station, manager, everything, limit=1)
    with station.store.read() as session:
        key = session.execute(
            select(Recording.started_at, Recording.id)
            .order_by(Recording.started_at.desc(), Recording.id.desc())
            .offset(int(rows * 0.9)).limit(1)
        ).one()  # fmt: skip
    from app.services.recordings import RecordingCursor

    deep_cursor = RecordingCursor(key[0], key[1])
    day = START + timedelta(days=400)
    cases = [
        ("first page", lambda: list_recordings(station, manager, everything)),
        ("page 90 % deep (keyset)",
         lambda: list_recordings(station, manager, everything, after=deep_cursor)),
        ("filter: officer", lambda: list_recordings(station, manager,
                                                    RecordingFilter(officer="o3"))),
        ("filter: category", lambda: list_recordings(station, manager,
                                                     RecordingFilter(category="petition"))),
        ("filter: one day", lambda: list_recordings(station, manager, RecordingFilter(
            since=day, until=day + timedelta(days=1)))),
        ("officer's own view", lambda: list_recordings(station, as_officer, everything)),
        ("administrator's view (unit, cleared marks)",
         lambda: list_recordings(station, as_admin, everything)),
    ]  # fmt: skip
    assert deep
    return [(name, median_ms(action)) for name, action in cases]


def run(home: Path, url: str | None, rows: int) -> list[tuple[str, float]]:
    with init_station(home, profile_id="guantao-psb", unit_name="基准测试", admin_login="admin",
                      admin_password=PASSWORD, db_url=url) as station:  # fmt: skip
        start = time.perf_counter()
        officers = populate(station, rows)
        print(f"generated {rows} rows in {time.perf_counter() - start:.0f} s")
        return measure(station, officers, rows)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    work = Path(tempfile.mkdtemp(prefix="bench-browser-"))
    results = {"SQLite": run(work / "sqlite", None, args.rows)}
    if args.postgres:
        from tests.support.postgres import ThrowawayPostgres

        with ThrowawayPostgres() as server:
            url = server.create_database("bench_browser")
            results["PostgreSQL"] = run(work / "pg", url, args.rows)
    print(f"| store | page ({args.rows:,} recordings, 200 rows) | median ms |")
    print("| --- | --- | --- |")
    for store, rows in results.items():
        for name, ms in rows:
            print(f"| {store} | {name} | {ms:.1f} |")


if __name__ == "__main__":
    main()
