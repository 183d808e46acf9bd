"""Recording rows as an import leaves them, for tests that need recordings to exist but
not their footage (forms naming them, registers counting them): ingesting real video for
each would cost seconds per test."""

from datetime import timedelta

from app.services.station import StationContext
from app.store.recordings import Recording, VaultObject


def add_recording_rows(
    station: StationContext, officer_id: int, unit_id: int, ids: tuple[int, ...]
) -> None:
    """Recordings with exactly ``ids`` (what the test's forms name), each with its import
    entry in the audit chain, as a real import leaves them."""
    now = station.clock()
    with station.store.write() as session:
        for n in ids:
            obj = VaultObject(
                sha256=f"{n:064x}", sm3=f"{n:064x}", size=1000, stored_at=now, status="ok"
            )
            session.add(obj)
            session.flush()
            # the chain's import entry, which verification checks each recording against
            station.audit.record(
                session, actor="test", action="recording.import", target_kind="recording",
                target_id=n, details={"sha256": obj.sha256, "sm3": obj.sm3, "size": obj.size},
            )  # fmt: skip
            start = now - timedelta(hours=2, minutes=n)
            session.add(
                Recording(
                    id=n, vault_object_id=obj.id, officer_id=officer_id, unit_id=unit_id,
                    file_name=f"FILE{n:04d}.MP4", started_at=start, start_source="name",
                    duration_s=60.0, category="incident-response",
                    activity_end=start + timedelta(minutes=1), deadline=now, imported_at=now,
                    imported_by="test", is_late=False, delay_hours=0.0, is_lent=False,
                    is_damaged=False, retention_kind="fixed", retention_reason="一年",
                )
            )  # fmt: skip
