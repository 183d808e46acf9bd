"""Commands of the device ledger (R1): add, issue, return, list, faults and repairs, checks."""

import argparse

from app.cli.arguments import YUAN
from app.cli.invocation import Invocation, add_command, add_group
from app.core.clock import local_text
from app.core.errors import ValidationError
from app.services import devices
from app.services.devices import DeviceEventKind, DeviceRow


def _line(row: DeviceRow) -> str:
    wearer = f"{row.assignee_login} ({row.assignee_name})" if row.assignee_login else "-"
    return (
        f"{row.asset_no:<14} {row.kind.value:<15} {row.model:<14} {row.serial:<16} "
        f"{row.unit_code:<8} {row.state.value:<11} {wearer}"
    )


def _emit_row(inv: Invocation, row: DeviceRow, text: str) -> int:
    inv.emit(row.as_json(), text)
    return 0


def cmd_add(inv: Invocation) -> int:
    a = inv.args
    row = devices.add_device(
        inv.context(),
        inv.actor(),
        asset_no=a.asset,
        serial=a.serial,
        model=a.model,
        kind=devices.parse_kind(a.kind),
        unit_code=a.unit,
    )
    return _emit_row(inv, row, f"device {row.asset_no} added to {row.unit_code}")


def cmd_assign(inv: Invocation) -> int:
    row = devices.assign_device(inv.context(), inv.actor(), inv.args.asset, inv.args.officer)
    return _emit_row(inv, row, f"device {row.asset_no} issued to {row.assignee_login}")


def cmd_return(inv: Invocation) -> int:
    row = devices.return_device(inv.context(), inv.actor(), inv.args.asset)
    return _emit_row(inv, row, f"device {row.asset_no} returned")


def cmd_list(inv: Invocation) -> int:
    rows = devices.list_devices(inv.context(), inv.actor(), unit_code=inv.args.unit)
    inv.emit([row.as_json() for row in rows], [_line(row) for row in rows] or ["no devices"])
    return 0


def cmd_fault(inv: Invocation) -> int:
    row = devices.report_fault(inv.context(), inv.actor(), inv.args.asset, inv.args.reason)
    return _emit_row(inv, row, f"device {row.asset_no} reported faulty")


def cmd_event(inv: Invocation) -> int:
    a = inv.args
    try:
        kind = DeviceEventKind(a.kind)
    except ValueError:
        valid = [k.value for k in DeviceEventKind]
        raise ValidationError("device.unknown-event", kind=a.kind, valid=valid) from None
    row = devices.record_device_event(
        inv.context(), inv.actor(), a.asset, kind, a.note, compensation_yuan=a.compensation
    )
    return _emit_row(inv, row, f"device {row.asset_no}: {kind.value}, now {row.state.value}")


def cmd_check(inv: Invocation) -> int:
    a = inv.args
    check = devices.log_pre_use_check(
        inv.context(),
        inv.actor(),
        a.asset,
        battery_ok=not a.battery_low,
        storage_ok=not a.storage_full,
        clock_ok=not a.clock_wrong,
        note=a.note or "",
    )
    ok = check.battery_ok and check.storage_ok and check.clock_ok
    inv.emit(
        {"asset_no": a.asset, "battery_ok": check.battery_ok, "storage_ok": check.storage_ok,
         "clock_ok": check.clock_ok, "at": check.at.isoformat()},
        f"pre-use check of {a.asset} recorded: {'all in order' if ok else 'PROBLEM FOUND'}",
    )  # fmt: skip
    return 0


def cmd_history(inv: Invocation) -> int:
    history = devices.device_history(inv.context(), inv.actor(), inv.args.asset)
    lines = [_line(history.device)]
    lines += [
        f"  issued {local_text(a.issued_at)} to {a.person_login} by {a.issued_by}"
        + (f", returned {local_text(a.returned_at)}" if a.returned_at else "")
        for a in history.assignments
    ]
    lines += [
        f"  {local_text(e.at)} {e.kind.value} by {e.actor}: {e.note}"
        + (f" (compensation {e.compensation_yuan:.2f} yuan)" if e.compensation_yuan else "")
        for e in history.events
    ]
    lines += [
        f"  {local_text(c.at)} {c.source} check: battery {c.battery_ok}, storage "
        f"{c.storage_ok}, clock {c.clock_ok}, offset {c.clock_offset_s}"
        for c in history.checks
    ]
    inv.emit(
        {
            "device": history.device.as_json(),
            "assignments": [a.__dict__ for a in history.assignments],
            "events": [e.__dict__ for e in history.events],
            "checks": [c.__dict__ for c in history.checks],
        },
        lines,
    )
    return 0


def cmd_rate(inv: Invocation) -> int:
    rates = devices.equipment_rates(inv.context(), inv.actor())
    inv.emit(
        [
            {"unit": r.unit_code, "unit_name": r.unit_name, "officers": r.officers,
             "equipped": r.equipped, "rate": r.rate}
            for r in rates
        ],
        [f"{r.unit_code:<10} {r.unit_name:<16} {r.equipped}/{r.officers}" for r in rates]
        or ["no officers"],
    )  # fmt: skip
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = add_group(commands, "device", "the device ledger (执法记录仪台账)")
    p = add_command(group, "add", cmd_add, "enter a device in the ledger")
    p.add_argument("asset")
    p.add_argument("--serial", required=True)
    p.add_argument("--model", required=True)
    p.add_argument("--kind", required=True, help=", ".join(k.value for k in devices.DeviceKind))
    p.add_argument("--unit", help="unit code (default: the station's own unit)")
    p = add_command(group, "assign", cmd_assign, "issue a device to its wearer")
    p.add_argument("asset")
    p.add_argument("--officer", required=True)
    p = add_command(group, "return", cmd_return, "take a device back from its wearer")
    p.add_argument("asset")
    p = add_command(group, "list", cmd_list, "list devices")
    p.add_argument("--unit")
    p = add_command(group, "fault", cmd_fault, "report a device faulty")
    p.add_argument("asset")
    p.add_argument("--reason", required=True)
    p = add_command(group, "event", cmd_event, "check, repair, back in service, lost...")
    p.add_argument("asset")
    p.add_argument("kind", help=", ".join(k.value for k in DeviceEventKind))
    p.add_argument("--note", required=True)
    p.add_argument("--compensation", type=YUAN, help="yuan, for a compensation entry")
    p = add_command(group, "check", cmd_check, "log a pre-use check")
    p.add_argument("asset")
    p.add_argument("--battery-low", action="store_true")
    p.add_argument("--storage-full", action="store_true")
    p.add_argument("--clock-wrong", action="store_true")
    p.add_argument("--note")
    p = add_command(group, "history", cmd_history, "issue log, faults, repairs, checks")
    p.add_argument("asset")
    add_command(group, "rate", cmd_rate, "equipment rate per unit (配备率)")
