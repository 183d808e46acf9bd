"""The device ledger: one wearer at a time, the fault-to-service path, the equipment rate."""

import pytest
from sqlalchemy import select

from app.core.errors import NotFoundError, PermissionDeniedError, ValidationError
from app.services.auth import Actor
from app.services.devices import (
    DeviceEventKind,
    DeviceKind,
    DeviceState,
    add_device,
    assign_device,
    device_history,
    equipment_rates,
    list_devices,
    log_pre_use_check,
    record_device_event,
    report_fault,
    return_device,
)
from app.services.station import StationContext
from app.store.models import AuditEntry
from tests.support.ledger import equip


def actions(station: StationContext) -> list[str]:
    with station.store.read() as session:
        return list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.seq)))


def test_device_defaults_to_the_station_unit_and_is_audited(
    station: StationContext, manager: Actor
) -> None:
    row = add_device(
        station, manager, asset_no="ZFJLY-7", serial="S7", model="X", kind=DeviceKind.CAMERA
    )
    assert (row.unit_code, row.state, row.assignee_login) == ("ROOT", DeviceState.IN_SERVICE, None)
    assert actions(station)[-1] == "device.add"
    with pytest.raises(ValidationError, match="already exists"):
        add_device(station, manager, asset_no="ZFJLY-7", serial="S", model="X",
                   kind=DeviceKind.CAMERA)  # fmt: skip
    with pytest.raises(NotFoundError, match="NOPE"):
        add_device(station, manager, asset_no="A2", serial="S", model="X",
                   kind=DeviceKind.CAMERA, unit_code="NOPE")  # fmt: skip


def test_one_wearer_at_a_time_with_an_issue_log(station: StationContext, manager: Actor) -> None:
    equip(station, manager)
    with pytest.raises(ValidationError, match="issued to li"):
        assign_device(station, manager, "DSJ-001", "zhao")
    return_device(station, manager, "DSJ-001")
    with pytest.raises(ValidationError, match="not issued"):
        return_device(station, manager, "DSJ-001")
    row = assign_device(station, manager, "DSJ-001", "zhao")
    assert row.assignee_login == "zhao"
    history = device_history(station, manager, "DSJ-001")
    assert [(a.person_login, a.returned_at is not None) for a in history.assignments] == [
        ("li", True),
        ("zhao", False),
    ]


def test_fault_check_repair_back_in_service(station: StationContext, manager: Actor) -> None:
    ledger = equip(station, manager)
    # The wearer reports the fault; only the administrator moves it on.
    assert report_fault(station, ledger.officer, "DSJ-001", "无法开机").state == "faulty"
    with pytest.raises(PermissionDeniedError):
        record_device_event(station, ledger.officer, "DSJ-001", DeviceEventKind.REPAIR, "送修")
    with pytest.raises(ValidationError, match="faulty: cannot record fault"):
        report_fault(station, manager, "DSJ-001", "again")
    steps = [
        (DeviceEventKind.CHECK, "电池鼓包", DeviceState.FAULTY),
        (DeviceEventKind.REPAIR, "送厂家维修", DeviceState.IN_REPAIR),
        (DeviceEventKind.BACK_IN_SERVICE, "更换电池", DeviceState.IN_SERVICE),
    ]
    for kind, note, state in steps:
        assert record_device_event(station, manager, "DSJ-001", kind, note).state is state
    history = device_history(station, manager, "DSJ-001")
    assert [e.kind for e in history.events] == [DeviceEventKind.FAULT] + [s[0] for s in steps]
    assert actions(station)[-1] == "device.back-in-service"
    with pytest.raises(ValidationError, match="needs a note"):
        record_device_event(station, manager, "DSJ-001", DeviceEventKind.LOST, " ")


def test_loss_with_compensation(station: StationContext, manager: Actor) -> None:
    equip(station, manager)
    record_device_event(station, manager, "DSJ-001", DeviceEventKind.LOST, "巡逻时遗失")
    row = record_device_event(station, manager, "DSJ-001", DeviceEventKind.COMPENSATION,
                              "按价赔偿", compensation_yuan=1800.0)  # fmt: skip
    assert row.state is DeviceState.LOST
    # #16.14: the loss ends the issue: no wearer, and the issue log has its return
    assert row.assignee_login is None
    history = device_history(station, manager, "DSJ-001")
    assert [(a.person_login, a.returned_at is not None) for a in history.assignments] == [
        ("li", True)
    ]
    assert actions(station)[-3:-1] == ["device.lost", "device.return"]
    assert history.events[-1].compensation_yuan == 1800.0
    with pytest.raises(ValidationError, match="lost"):
        assign_device(station, manager, "DSJ-001", "zhao")


def test_retiring_an_issued_device_takes_it_back(station: StationContext, manager: Actor) -> None:
    equip(station, manager)
    row = record_device_event(station, manager, "DSJ-001", DeviceEventKind.RETIRE, "到期报废")
    assert (row.state, row.assignee_login) == (DeviceState.RETIRED, None)
    [issue] = device_history(station, manager, "DSJ-001").assignments
    assert issue.returned_at is not None
    with pytest.raises(ValidationError, match="not issued"):
        return_device(station, manager, "DSJ-001")


def test_pre_use_check_is_logged(station: StationContext, manager: Actor) -> None:
    ledger = equip(station, manager)
    check = log_pre_use_check(station, ledger.officer, "DSJ-001", battery_ok=True,
                              storage_ok=False, clock_ok=True, note="存储卡满")  # fmt: skip
    assert (check.person_login, check.storage_ok, check.source) == ("li", False, "pre-use")
    assert device_history(station, manager, "DSJ-001").checks == [check]


def test_equipment_rate_counts_officers_with_a_working_device(
    station: StationContext, manager: Actor
) -> None:
    equip(station, manager)
    rates = {r.unit_code: r for r in equipment_rates(station, manager)}
    assert (rates["PCS1"].officers, rates["PCS1"].equipped) == (2, 1)
    assert rates["PCS1"].rate == 0.5
    report_fault(station, manager, "DSJ-001", "坏了")
    assert equipment_rates(station, manager)[0].equipped == 0


def test_officer_may_list_but_not_add(station: StationContext, manager: Actor) -> None:
    ledger = equip(station, manager)
    assert [d.asset_no for d in list_devices(station, ledger.officer)] == ["DSJ-001"]
    with pytest.raises(PermissionDeniedError):
        add_device(station, ledger.officer, asset_no="B", serial="S", model="M",
                   kind=DeviceKind.BODY_CAMERA)  # fmt: skip
