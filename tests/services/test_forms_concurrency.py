"""Two people acting on one form at the same moment, on PostgreSQL (issue #17).

The fault campaign found two concurrent ``form approve`` on one form ending in a
``UniqueViolation`` on ``uq_form_steps_form_id_seq``. The form row is now locked by every
write path: one approval lands, the other is refused because the form has moved on.
"""

import threading

import pytest

from app.core.errors import EvidenceStationError, ValidationError
from app.services import form_queries, forms
from app.services.auth import Actor
from app.services.form_records import TargetRef
from app.services.station import StationContext
from tests.services.form_people import Crew, build_crew
from tests.support.recording_rows import add_recording_rows

ROUNDS = 8


@pytest.fixture
def crew(station: StationContext, manager: Actor) -> Crew:
    if station.store.dialect != "postgresql":
        pytest.skip("SQLite serialises its writers; the race needs PostgreSQL")
    crew = build_crew(station, manager)
    add_recording_rows(station, crew["off_a"].person_id, crew.units["A"], (17,))
    return crew


def _submitted_copy_form(station: StationContext, crew: Crew) -> int:
    fields = {"reason": "复核", "valid_until": "2026-12-31T18:00"}
    form_id = forms.create_form(
        station, crew["off_a"], "copy", fields, [TargetRef("recording", "17")]
    ).id
    forms.submit_form(station, crew["off_a"], form_id)
    return form_id


def _race(station: StationContext, approvers: list[Actor], form_id: int) -> list[object]:
    """Both approvers sign ``form_id`` at once; each result is a FormView or the error."""
    start = threading.Barrier(len(approvers))
    results: list[object] = [None] * len(approvers)

    def approve(index: int) -> None:
        start.wait()
        try:
            results[index] = forms.approve_form(station, approvers[index], form_id)
        except EvidenceStationError as exc:
            results[index] = exc

    threads = [threading.Thread(target=approve, args=(i,)) for i in range(len(approvers))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


@pytest.mark.parametrize("db_url", ["postgresql"], indirect=True)
def test_concurrent_approvals_of_one_form_sign_it_once(station: StationContext, crew: Crew) -> None:
    approvers = [crew["head_a"], crew["admin"]]
    for _ in range(ROUNDS):
        form_id = _submitted_copy_form(station, crew)
        results = _race(station, approvers, form_id)
        refused = [r for r in results if isinstance(r, Exception)]
        assert len(refused) == 1, results
        assert isinstance(refused[0], ValidationError)
        assert f"form {form_id} is approved" in str(refused[0])
        view = form_queries.get_form(station, crew["off_a"], form_id)
        assert view.state == "approved" and len(view.approvals) == 1
    assert station.audit.verify().ok
