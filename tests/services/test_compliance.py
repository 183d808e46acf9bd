"""R10.1 counts over real forms, real recording rows and real device rows."""

from datetime import timedelta

import pytest

from app.core.clock import FixedClock
from app.core.errors import PermissionDeniedError
from app.services import forms
from app.services.auth import Actor
from app.services.compliance import compliance_report
from app.services.station import StationContext
from app.store.devices import Device
from app.store.recordings import Recording, VaultObject
from tests.services.form_people import Crew, build_crew


@pytest.fixture
def crew(station: StationContext, manager: Actor) -> Crew:
    return build_crew(station, manager)


def _recording(
    station: StationContext,
    crew: Crew,
    n: int,
    minutes: float,
    length_s: float,
    *,
    late: bool = False,
    status: str = "ok",
) -> None:
    """A recording row of off_a in unit A, ``minutes`` after 8:00 local, as an import leaves it."""
    now = station.clock()
    start = now - timedelta(hours=2) + timedelta(minutes=minutes)
    with station.store.write() as session:
        obj = VaultObject(
            sha256=f"{n:064x}", sm3=f"{n:064x}", size=1000, stored_at=now, status=status
        )
        session.add(obj)
        session.flush()
        session.add(
            Recording(
                vault_object_id=obj.id,
                officer_id=crew["off_a"].person_id,
                unit_id=crew.units["A"],
                file_name=f"FILE{n:04d}.MP4",
                started_at=start,
                start_source="name",
                duration_s=length_s,
                category="incident-response",
                activity_end=start + timedelta(seconds=length_s),
                deadline=now,
                imported_at=now,
                imported_by="adm_a",
                is_late=late,
                delay_hours=3.0 if late else 0.0,
                is_lent=False,
                is_damaged=False,
                retention_kind="fixed",
                retention_reason="一年",
            )
        )


def test_counts_follow_forms_recordings_and_devices(
    station: StationContext, crew: Crew, clock: FixedClock
) -> None:
    _recording(station, crew, 1, 0, 600)
    _recording(station, crew, 2, 15, 300, late=True)  # 5 min without recording before it
    _recording(station, crew, 3, 200, 60, status="changed")
    with station.store.write() as session:
        for n, state in enumerate(("faulty", "in-repair", "in-service")):
            session.add(
                Device(
                    asset_no=f"D{n}",
                    serial="s",
                    model="m",
                    kind="body-camera",
                    unit_id=crew.units["A1"],
                    state=state,
                    created_at=clock(),
                )
            )
    fields = {"reason": "研判", "valid_until": "2026-12-31T18:00"}
    pending = forms.create_form(
        station, crew["off_a"], "viewing", fields, [forms.TargetRef("recording", "1")]
    )
    forms.submit_form(station, crew["off_a"], pending.id)

    report = compliance_report(station, crew["head_a"])
    counts = report.counts
    assert (
        counts.pending_approvals,
        counts.late_handovers,
        counts.faulty_devices,
        counts.integrity_alarms,
    ) == (1, 1, 2, 1)
    assert (counts.unreported_gaps, counts.overdue_reports) == (1, 0)
    (gap,) = report.gaps
    assert gap.gap.officer == "off_a" and gap.gap.refs == ("1", "2")

    clock.advance(timedelta(hours=3))  # guantao: 立即, 2 h grace [000 §7]
    assert compliance_report(station, crew["head_a"]).counts.overdue_reports == 1
    window = {
        "activity_start": (clock() - timedelta(hours=6)).isoformat(),
        "activity_end": (clock() - timedelta(hours=4)).isoformat(),
        "reason": "emergency",
    }
    forms.create_form(station, crew["off_a"], "interruption-report", window)
    later = compliance_report(station, crew["head_a"]).counts
    assert (later.unreported_gaps, later.overdue_reports) == (0, 1)  # the draft itself is overdue

    elsewhere = compliance_report(station, crew["head_b"]).counts
    assert (elsewhere.pending_approvals, elsewhere.late_handovers, elsewhere.faulty_devices) == (
        0,
        0,
        0,
    )
    with pytest.raises(PermissionDeniedError):
        compliance_report(station, crew["off_a"])
