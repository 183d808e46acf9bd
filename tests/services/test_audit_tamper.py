"""Tampering with the stored audit chain, the way someone with database access would."""

import json

import pytest
from sqlalchemy import delete, select, update

from app.core.roles import Role
from app.services.auth import Actor
from app.services.people import add_person, add_unit
from app.services.station import StationContext
from app.store.models import AuditEntry, AuditHead


@pytest.fixture
def busy_station(station: StationContext, manager: Actor) -> StationContext:
    """A station with a few dozen audit entries after init and login."""
    for number in range(6):
        add_unit(station, manager, f"U{number}", f"第{number}中队")
        add_person(
            station,
            manager,
            login=f"officer{number}",
            name=f"警员{number}",
            role=Role.OFFICER,
            password="officer-pass-1",
            unit_code=f"U{number}",
        )
    return station


def entry_count(station: StationContext) -> int:
    with station.store.read() as session:
        return len(session.scalars(select(AuditEntry.seq)).all())


def test_untouched_chain_verifies(busy_station: StationContext) -> None:
    report = busy_station.audit.verify()
    assert report.ok, report.problem
    assert report.entries == entry_count(busy_station) >= 14


def test_edited_entry_is_named(busy_station: StationContext) -> None:
    with busy_station.store.write() as session:
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.seq == 5)
            .values(details=json.dumps({"name": "假名"}))
        )
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 5


def test_deleted_entry_in_the_middle_is_found(busy_station: StationContext) -> None:
    with busy_station.store.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == 7))
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 8


def test_inserted_entry_is_found(busy_station: StationContext) -> None:
    with busy_station.store.write() as session:
        session.execute(
            update(AuditEntry).where(AuditEntry.seq >= 4).values(seq=AuditEntry.seq + 100000)
        )
        session.execute(
            update(AuditEntry)
            .where(AuditEntry.seq >= 100000)
            .values(seq=AuditEntry.seq - 100000 + 1)
        )
        third = session.scalars(select(AuditEntry).where(AuditEntry.seq == 3)).one()
        session.add(
            AuditEntry(
                seq=4,
                at=third.at,
                actor="admin",
                action="person.add",
                target_kind="person",
                target_id="ghost",
                details="{}",
                prev_hash=third.hash,
                hash=third.hash,
            )
        )
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 4


def test_reordered_entries_are_found(busy_station: StationContext) -> None:
    with busy_station.store.write() as session:
        session.execute(update(AuditEntry).where(AuditEntry.seq == 6).values(seq=-6))
        session.execute(update(AuditEntry).where(AuditEntry.seq == 9).values(seq=6))
        session.execute(update(AuditEntry).where(AuditEntry.seq == -6).values(seq=9))
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 6


def test_truncated_newest_entries_are_found_even_with_the_head_row_moved(
    busy_station: StationContext,
) -> None:
    last = entry_count(busy_station)
    with busy_station.store.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq > last - 3))
        survivor = session.scalars(select(AuditEntry).where(AuditEntry.seq == last - 3)).one()
        session.execute(update(AuditHead).values(seq=survivor.seq, hash=survivor.hash))
    report = busy_station.audit.verify()
    assert not report.ok
    assert "gone" in report.problem


def test_truncation_without_touching_the_head_row_is_found(busy_station: StationContext) -> None:
    last = entry_count(busy_station)
    with busy_station.store.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq == last))
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == last


def test_missing_head_file_is_reported(busy_station: StationContext) -> None:
    busy_station.paths.audit_head.unlink()
    report = busy_station.audit.verify()
    assert not report.ok
    assert "missing" in report.problem


def test_damaged_head_file_is_reported(busy_station: StationContext) -> None:
    busy_station.paths.audit_head.write_text("{not json", encoding="utf-8")
    report = busy_station.audit.verify()
    assert not report.ok
    assert "damaged" in report.problem


def test_head_file_follows_every_commit(busy_station: StationContext) -> None:
    head = json.loads(busy_station.paths.audit_head.read_text(encoding="utf-8"))
    assert head["seq"] == entry_count(busy_station)
    assert head["hash"] == busy_station.audit.current_head().hash


def test_failed_change_leaves_no_audit_entry(busy_station: StationContext, manager: Actor) -> None:
    before = entry_count(busy_station)
    with pytest.raises(Exception, match="already"):
        add_unit(busy_station, manager, "U1", "重复的中队")
    assert entry_count(busy_station) == before
    assert busy_station.audit.verify().ok
