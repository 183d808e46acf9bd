"""Reading the audit log a page at a time, filtered, with the actor's name beside the login."""

from datetime import timedelta

from app.core.clock import FixedClock
from app.services.audit import AuditFilter
from app.services.auth import Actor
from app.services.people import add_unit
from app.services.station import StationContext


def test_pages_follow_each_other_without_gaps(station: StationContext, manager: Actor) -> None:
    for number in range(25):
        add_unit(station, manager, f"U{number:02}", f"第{number}队")
    first = station.audit.list_entries(AuditFilter(), limit=10)
    second = station.audit.list_entries(AuditFilter(), before_seq=first[-1].seq, limit=10)
    seqs = [row.seq for row in first + second]
    assert seqs == list(range(seqs[0], seqs[0] - 20, -1))


def test_filters_narrow_by_actor_action_text_and_time(
    station: StationContext, manager: Actor, clock: FixedClock
) -> None:
    start = clock()
    clock.advance(timedelta(hours=1))
    add_unit(station, manager, "PCS1", "城关派出所")
    rows = station.audit.list_entries(AuditFilter(action="unit.", text="城关"))
    assert [(r.action, r.target_id) for r in rows] == [("unit.add", "PCS1")]
    assert station.audit.list_entries(AuditFilter(actor="nobody")) == []
    later = station.audit.list_entries(AuditFilter(since=start + timedelta(minutes=30)))
    assert {r.action for r in later} == {"unit.add"}
    assert all(
        r.action != "unit.add"
        for r in station.audit.list_entries(AuditFilter(until=start + timedelta(minutes=30)))
    )


def test_rows_carry_the_actor_name(station: StationContext, manager: Actor) -> None:
    add_unit(station, manager, "PCS1", "城关派出所")
    newest = station.audit.list_entries(AuditFilter(), limit=1)[0]
    assert (newest.actor, newest.actor_name) == ("admin", "王建中")
