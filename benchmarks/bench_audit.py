"""Audit chain speed: appending, verifying, and paging the log, on SQLite and PostgreSQL.

Run: ``uv run python benchmarks/bench_audit.py [--entries N] [--postgres]``. Prints a
Markdown table for docs/performance.md. Not part of the test suite.
"""

import argparse
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from app.services.audit import AuditFilter  # noqa: E402
from app.services.station import StationContext, init_station  # noqa: E402
from tests.support.postgres import ThrowawayPostgres  # noqa: E402

BATCH = 1000


def timed(action: Callable[[], object], repeat: int = 1) -> list[float]:
    samples = []
    for _ in range(repeat):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return samples


def fill(context: StationContext, entries: int) -> None:
    actors = [f"officer{n}" for n in range(50)]
    for first in range(0, entries, BATCH):
        with context.store.write() as session:
            for n in range(first, min(first + BATCH, entries)):
                context.audit.record(
                    session,
                    actor=actors[n % 50],
                    action="recording.view",
                    target_kind="recording",
                    target_id=n,
                    details={"seconds": n % 600, "reason": "案件审查"},
                )


def one_commit_each(context: StationContext, count: int) -> None:
    for n in range(count):
        with context.store.write() as session:
            context.audit.record(
                session, actor="admin", action="person.add", target_kind="person", target_id=f"p{n}"
            )


def measure(label: str, context: StationContext, entries: int) -> list[str]:
    rows = []
    fill_time = timed(lambda: fill(context, entries))[0]
    rows.append(
        f"| {label} | append, {BATCH} per transaction | {entries / fill_time:,.0f} entries/s |"
    )
    single = timed(lambda: one_commit_each(context, 200))[0]
    rows.append(f"| {label} | append, one transaction each | {single / 200 * 1000:.2f} ms/entry |")
    verify = timed(context.audit.verify)[0]
    rows.append(
        f"| {label} | verify {entries:,} entries | {verify:.2f} s ({entries / verify:,.0f}/s) |"
    )
    head = context.audit.current_head().seq
    first = timed(lambda: context.audit.list_entries(AuditFilter(), limit=200), repeat=20)
    deep = timed(
        lambda: context.audit.list_entries(AuditFilter(), before_seq=head // 10, limit=200),
        repeat=20,
    )
    actor = timed(
        lambda: context.audit.list_entries(
            AuditFilter(actor="officer7"), before_seq=head // 2, limit=200
        ),
        repeat=20,
    )
    for name, samples in (
        ("first page", first),
        ("page at 10 % depth", deep),
        ("filtered by actor, mid-log", actor),
    ):
        rows.append(
            f"| {label} | audit log {name} (200 rows) | "
            f"{statistics.median(samples) * 1000:.1f} ms median |"
        )
    return rows


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--entries", type=int, default=100_000)
    parser.add_argument("--postgres", action="store_true")
    args = parser.parse_args()
    print("| store | measure | result |\n| --- | --- | --- |")
    with tempfile.TemporaryDirectory() as folder:
        context = init_station(
            Path(folder) / "sqlite",
            profile_id="guantao-psb",
            unit_name="基准测试局",
            admin_login="admin",
            admin_password="bench-password",
        )
        print("\n".join(measure("SQLite", context, args.entries)))
        context.close()
        if args.postgres:
            with ThrowawayPostgres() as server:
                context = init_station(
                    Path(folder) / "pg",
                    profile_id="guantao-psb",
                    unit_name="基准测试局",
                    admin_login="admin",
                    admin_password="bench-password",
                    db_url=server.create_database("bench"),
                )
                print("\n".join(measure("PostgreSQL", context, args.entries)))
                context.close()


if __name__ == "__main__":
    main()
