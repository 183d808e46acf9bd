"""Rows of the audit table that are not what the schema says: named as tampered, never a
crash (issue #17, item 8). SQLite keeps whatever type it is given, so these run on it."""

import sqlite3

import pytest
from sqlalchemy import text

from app.services.audit import AuditFilter, trail_of
from app.services.station import StationContext
from tests.services.test_audit_tamper import busy_station, entry_count  # noqa: F401

pytestmark = pytest.mark.parametrize("db_url", [None])

DAMAGES = {
    "blob actor": ("actor", "x'00ff10'"),
    "malformed time": ("at", "'yesterday at noon'"),
    "time of a number": ("at", "42"),
    "text number": ("seq", "'seven'"),
    "fractional number": ("seq", "6.5"),
    "blob hash": ("hash", "x'abcd'"),
    "numeric details": ("details", "12"),
}


def damage(station: StationContext, seq: int, column: str, sql_value: str) -> None:
    with sqlite3.connect(station.paths.database) as db:
        db.execute(f"UPDATE audit_entries SET {column} = {sql_value} WHERE seq = ?", (seq,))


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_a_damaged_column_names_its_entry(busy_station: StationContext, kind: str) -> None:  # noqa: F811
    column, value = DAMAGES[kind]
    damage(busy_station, 7, column, value)
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 7, report.problem
    assert "changed" in report.problem


@pytest.mark.parametrize("kind", sorted(DAMAGES))
def test_the_audit_list_shows_a_damaged_entry_as_damaged(
    busy_station: StationContext,  # noqa: F811
    kind: str,
) -> None:
    column, value = DAMAGES[kind]
    damage(busy_station, 7, column, value)
    rows = busy_station.audit.list_entries(AuditFilter(), limit=1000)
    assert len(rows) == entry_count(busy_station)
    damaged = [row for row in rows if row.damage]
    assert len(damaged) == 1


def test_text_that_is_not_utf8_names_its_entry(busy_station: StationContext) -> None:  # noqa: F811
    damage(busy_station, 9, "target_id", "CAST(x'ff41ff' AS TEXT)")
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 9
    assert "cannot be read" in report.problem


def test_a_damaged_entry_in_a_trail_is_shown_not_raised(busy_station: StationContext) -> None:  # noqa: F811
    newest = busy_station.audit.list_entries(AuditFilter(), limit=1)[0]
    damage(busy_station, newest.seq, "at", "'not a time'")
    with busy_station.store.read() as session:
        trail = trail_of(session, newest.target_kind, newest.target_id)
    assert [row.damage for row in trail if row.seq == newest.seq] == [
        "its time is damaged (the entry was changed)"
    ]


def test_a_damaged_head_row_is_an_alarm(busy_station: StationContext) -> None:  # noqa: F811
    with sqlite3.connect(busy_station.paths.database) as db:
        db.execute("UPDATE audit_head SET seq = 'many'")
    report = busy_station.audit.verify()
    assert not report.ok


def test_a_corrupted_page_names_the_first_unreadable_entry(busy_station: StationContext) -> None:  # noqa: F811
    """Overwrite the audit table's pages the way a failing disk would."""
    with busy_station.store.read() as session:
        bind = session.connection()
        page_size = bind.execute(text("PRAGMA page_size")).scalar_one()
        pages = (
            bind.execute(
                text("SELECT pageno FROM dbstat WHERE name = 'audit_entries' ORDER BY pageno")
            )
            .scalars()
            .all()
        )
    busy_station.store.dispose()
    with busy_station.paths.database.open("r+b") as db_file:
        for page in pages:
            db_file.seek((page - 1) * page_size)
            db_file.write(b"\xa5" * page_size)
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 1
    assert "cannot be read" in report.problem
