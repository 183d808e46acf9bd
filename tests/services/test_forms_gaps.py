"""Gap and non-recording detection over plain spans (R5.4), and the report deadlines."""

from datetime import UTC, datetime, timedelta

from app.policy.loader import get_builtin_profile
from app.services.recording_gaps import (
    Activity,
    ReportWindow,
    Span,
    detect_gaps,
    detect_unrecorded,
    gap_statuses,
)

T0 = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)


def span(officer: str, start_min: float, end_min: float, activity: str | None = None) -> Span:
    return Span(
        officer,
        "D1",
        T0 + timedelta(minutes=start_min),
        T0 + timedelta(minutes=end_min),
        activity,
        f"{officer}-{start_min}",
    )


def test_split_files_are_not_a_gap_but_a_pause_is() -> None:
    spans = [span("li", 0, 10), span("li", 10.1, 20), span("li", 25, 30)]
    gaps = detect_gaps(spans)
    assert [(g.start, g.end) for g in gaps] == [
        (T0 + timedelta(minutes=20), T0 + timedelta(minutes=25))
    ]
    assert (gaps[0].activity_start, gaps[0].activity_end) == (T0, T0 + timedelta(minutes=30))
    assert gaps[0].refs == ("li-10.1", "li-25")


def test_a_long_pause_starts_a_new_activity() -> None:
    assert detect_gaps([span("li", 0, 10), span("li", 50, 60)]) == []


def test_activity_keys_separate_and_officers_do_not_mix() -> None:
    spans = [span("li", 0, 10, "case-1"), span("li", 15, 20, "case-2"), span("zhao", 12, 20)]
    assert detect_gaps(spans) == []
    assert len(detect_gaps([span("li", 0, 10, "case-1"), span("li", 15, 20, "case-1")])) == 1


def test_overlapping_devices_cover_each_other() -> None:
    spans = [span("li", 0, 30), span("li", 5, 10), span("li", 12, 40)]
    assert detect_gaps(spans) == []


def test_activities_without_any_recording() -> None:
    activities = [
        Activity("li", T0, T0 + timedelta(hours=1), "警情-1"),
        Activity("li", T0 + timedelta(hours=3), T0 + timedelta(hours=4), "警情-2"),
    ]
    missing = detect_unrecorded(activities, [span("li", 10, 20), span("zhao", 190, 200)])
    assert [(g.kind, g.refs) for g in missing] == [("no-recording", ("警情-2",))]


def test_a_gap_without_report_becomes_overdue_per_profile() -> None:
    gap = detect_gaps([span("li", 0, 10), span("li", 20, 30)])[0]
    guantao, changzhi = get_builtin_profile("guantao-psb"), get_builtin_profile("changzhi-psb")
    at = gap.activity_end + timedelta(hours=3)
    assert gap_statuses(guantao, [gap], [], at)[0].overdue  # 立即: 2 h grace [000 §7]
    assert not gap_statuses(changzhi, [gap], [], at)[0].overdue  # 24 h [001 §17]
    report = ReportWindow(9, "li", T0, T0 + timedelta(minutes=30))
    explained = gap_statuses(guantao, [gap], [report], at)[0]
    assert (explained.report_id, explained.overdue) == (9, False)
    other = ReportWindow(9, "zhao", T0, T0 + timedelta(minutes=30))
    assert gap_statuses(guantao, [gap], [other], at)[0].report_id is None
