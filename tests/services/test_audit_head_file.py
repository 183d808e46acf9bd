"""The chain-head file in the station folder is read strictly (issue #17, item 3)."""

import json

import pytest
from sqlalchemy import delete, select, update

from app.services.station import StationContext
from app.store.models import AuditEntry, AuditHead
from tests.services.test_audit_tamper import busy_station, entry_count  # noqa: F401


def truncate(station: StationContext, keep: int) -> None:
    """Delete every entry after ``keep`` and move the head row onto it, as a tamperer would."""
    with station.store.write() as session:
        session.execute(delete(AuditEntry).where(AuditEntry.seq > keep))
        survivor = session.scalars(select(AuditEntry).where(AuditEntry.seq == keep)).one()
        session.execute(update(AuditHead).values(seq=survivor.seq, hash=survivor.hash))


@pytest.mark.parametrize(
    "content",
    [
        {"seq": 0, "hash": "0" * 64},
        {"seq": -3, "hash": "0" * 64},
        {"seq": True, "hash": "0" * 64},
        {"seq": "5", "hash": "0" * 64},
        {"seq": 5.0, "hash": "0" * 64},
        {"seq": 5, "hash": "0" * 63},
        {"seq": 5, "hash": "G" * 64},
        {"seq": 5, "hash": "A" * 64},
        {"seq": 5, "hash": 5},
        {"seq": 5},
        {"seq": 5, "hash": "0" * 64, "extra": 1},
        [5, "0" * 64],
        "seq 5",
        None,
    ],
)
def test_a_malformed_head_file_is_an_alarm_even_after_truncation(
    busy_station: StationContext,  # noqa: F811
    content: object,
) -> None:
    truncate(busy_station, entry_count(busy_station) - 3)
    busy_station.paths.audit_head.write_text(json.dumps(content), encoding="utf-8")
    report = busy_station.audit.verify()
    assert not report.ok
    assert "is damaged" in report.problem


@pytest.mark.parametrize("raw", [b"", b"\xff\xfe{", b"[" * 100000, b"{not json"])
def test_unreadable_bytes_are_an_alarm(busy_station: StationContext, raw: bytes) -> None:  # noqa: F811
    busy_station.paths.audit_head.write_bytes(raw)
    report = busy_station.audit.verify()
    assert not report.ok
    assert "is damaged" in report.problem


def test_a_head_file_that_is_a_folder_is_an_alarm(busy_station: StationContext) -> None:  # noqa: F811
    busy_station.paths.audit_head.unlink()
    busy_station.paths.audit_head.mkdir()
    report = busy_station.audit.verify()
    assert not report.ok
    assert "is damaged" in report.problem


def test_a_head_file_pointing_at_an_older_real_entry_is_an_alarm(
    busy_station: StationContext,  # noqa: F811
) -> None:
    """The file went backwards: it names a real entry, but the database is further on."""
    with busy_station.store.read() as session:
        older = session.scalars(select(AuditEntry).where(AuditEntry.seq == 4)).one()
        older_head = {"seq": older.seq, "hash": older.hash}
    busy_station.paths.audit_head.write_text(json.dumps(older_head), encoding="utf-8")
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == 5
    assert "behind the database" in report.problem


def test_a_head_file_naming_a_hash_the_chain_never_had_is_an_alarm(
    busy_station: StationContext,  # noqa: F811
) -> None:
    head = json.loads(busy_station.paths.audit_head.read_text(encoding="utf-8"))
    head["hash"] = "ab" * 32
    busy_station.paths.audit_head.write_text(json.dumps(head), encoding="utf-8")
    report = busy_station.audit.verify()
    assert not report.ok
    assert report.first_bad == head["seq"]


def test_the_head_file_never_moves_backwards(busy_station: StationContext) -> None:  # noqa: F811
    before = json.loads(busy_station.paths.audit_head.read_text(encoding="utf-8"))
    busy_station.audit.save_outside_head(busy_station.audit.current_head().__class__(1, "0" * 64))
    assert json.loads(busy_station.paths.audit_head.read_text(encoding="utf-8")) == before
