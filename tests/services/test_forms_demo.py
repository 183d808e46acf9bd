"""The demo station shows a form in every state, and its overdue report is overdue."""

from datetime import UTC, datetime
from pathlib import Path

from app.core.clock import FixedClock
from app.services import form_queries
from app.services.auth import log_in
from app.services.compliance import compliance_report
from app.services.demo import DEMO_MANAGER, DEMO_PASSWORD, build_demo_station
from app.services.form_records import STATES


def test_demo_forms(tmp_path: Path) -> None:
    clock = FixedClock(datetime(2027, 3, 1, 6, 0, tzinfo=UTC))
    with build_demo_station(tmp_path / "demo", clock) as context:
        manager = log_in(context, DEMO_MANAGER, DEMO_PASSWORD, client="test")
        views = form_queries.list_forms(context, manager)
        assert {v.state for v in views} == set(STATES)
        overdue = [v for v in views if v.overdue]
        assert {v.kind for v in overdue} == {"interruption-report", "inspection"}
        assert [v.id for v in form_queries.list_forms(context, manager, waiting=True)][:1]
        counts = compliance_report(context, manager).counts
        # The overdue draft, plus any gap the demo recordings leave unexplained.
        assert counts.overdue_reports >= 1 and counts.overdue_rectifications == 1
        assert context.audit.verify().ok
