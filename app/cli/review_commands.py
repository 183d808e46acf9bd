"""Commands of frame-accurate review (issue #5): markers, stills, angle groups, the viewing log.

Every command acts for ``--user`` and obeys the same access rules as the review window;
a refusal is audited and ends with exit 2.
"""

import argparse
from pathlib import Path

from app.cli.arguments import FRAME, RECORD_ID, path_text
from app.cli.invocation import Invocation, add_command, add_group, add_overwrite_option
from app.core.clock import local_text
from app.media.timecode import format_clock
from app.services import angle_groups, markers, stills_register, viewing_log

_KINDS = "kinds: " + ", ".join(f"{k} ({v})" for k, v in markers.MARKER_KINDS.items())


def cmd_marker_add(inv: Invocation) -> int:
    a = inv.args
    row = markers.add_marker(inv.context(), inv.actor(), a.recording, a.frame, a.kind, a.note)
    inv.emit(
        row.as_json(),
        f"marker {row.id}: {row.label} at frame {row.frame} ({format_clock(row.media_time)}) "
        f"of recording {row.recording_id}",
    )
    return 0


def cmd_markers(inv: Invocation) -> int:
    a = inv.args
    rows = markers.list_markers(inv.context(), inv.actor(), a.recording)
    lines = [f"recording {a.recording}: {len(rows)} markers"]
    for row in rows:
        device = local_text(row.device_time) if row.device_time else "-"
        note = f"  {row.note}" if row.note else ""
        lines.append(
            f"  #{row.id} frame {row.frame:>7} {format_clock(row.media_time)} {device} "
            f"{row.kind} ({row.label}) by {row.author}{note}"
        )
    inv.emit({"recording": a.recording, "markers": [r.as_json() for r in rows]}, lines)
    return 0


def cmd_still(inv: Invocation) -> int:
    a = inv.args
    record = stills_register.make_still(
        inv.context(), inv.actor(), a.recording, a.index, Path(a.out), overwrite=a.overwrite
    )
    inv.emit(
        record.as_json(),
        [
            f"still {record.id}: frame {record.frame} of recording {record.recording_id}",
            f"  {record.path} sha256 {record.sha256}",
            f"  provenance also in {record.sidecar}",
        ],
    )
    return 0


def cmd_stills(inv: Invocation) -> int:
    a = inv.args
    rows = stills_register.list_stills(inv.context(), inv.actor(), a.recording)
    lines = [f"recording {a.recording}: {len(rows)} stills"]
    lines += [
        f"  #{r['id']} frame {r['frame']} {r['file']} sha256 {r['sha256']} by {r['made_by']}"
        for r in rows
    ]
    inv.emit({"recording": a.recording, "stills": rows}, lines)
    return 0


def cmd_angle_group(inv: Invocation) -> int:
    a = inv.args
    group = angle_groups.create_group(inv.context(), inv.actor(), a.recordings, a.name or "")
    inv.emit(group.as_json(), _group_lines(group))
    return 0


def cmd_angles(inv: Invocation) -> int:
    a = inv.args
    groups = angle_groups.groups_of(inv.context(), inv.actor(), a.recording)
    lines = [f"recording {a.recording}: {len(groups)} angle groups"]
    for group in groups:
        lines += _group_lines(group)
    inv.emit({"recording": a.recording, "groups": [g.as_json() for g in groups]}, lines)
    return 0


def _group_lines(group: angle_groups.AngleGroupRow) -> list[str]:
    lines = [f"angle group {group.id}: {group.name} ({len(group.members)} recordings)"]
    for m in group.members:
        lines.append(
            f"  recording {m.recording_id} {m.device_asset or '-'} {m.officer_name} "
            f"start {local_text(m.started_at)} clock offset {m.clock_offset_s:+g} s"
        )
    return lines


def cmd_viewings(inv: Invocation) -> int:
    a = inv.args
    rows = viewing_log.list_viewings(inv.context(), inv.actor(), a.recording)
    lines = [f"recording {a.recording}: {len(rows)} viewings"]
    for r in rows:
        duration = f"{r.duration_s:g} s" if r.duration_s is not None else "not closed"
        lines.append(
            f"  #{r.id} {local_text(r.opened_at)} {r.viewer} {r.purpose} {duration}: {r.reason}"
        )
    inv.emit({"recording": a.recording, "viewings": [r.as_json() for r in rows]}, lines)
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = add_group(commands, "marker", "markers at exact frames of a recording (R3.3)")
    p = add_command(group, "add", cmd_marker_add, "mark a frame of a recording")
    p.add_argument("recording", type=RECORD_ID, help="recording id")
    p.add_argument("--frame", type=FRAME, required=True, help="frame number, from 0")
    p.add_argument("--kind", required=True, help=_KINDS)
    p.add_argument("--note", default="", help="what the frame shows")
    p = add_command(commands, "markers", cmd_markers, "list a recording's markers")
    p.add_argument("recording", type=RECORD_ID, help="recording id")
    p = add_command(commands, "still", cmd_still, "save exactly frame N as a registered still")
    p.add_argument("recording", type=RECORD_ID, help="recording id")
    p.add_argument("--index", type=FRAME, required=True, help="frame number, from 0")
    p.add_argument(
        "--out", type=path_text, required=True, help="the .png to write (a .json sidecar beside it)"
    )
    add_overwrite_option(p)
    p = add_command(commands, "stills", cmd_stills, "list the stills made of a recording")
    p.add_argument("recording", type=RECORD_ID, help="recording id")
    group = add_group(commands, "angle", "multi-angle groups of one event (R3.4)")
    p = add_command(group, "group", cmd_angle_group, "group recordings of one event")
    p.add_argument("recordings", type=RECORD_ID, nargs="+", help="two or more recording ids")
    p.add_argument("--name", help="what the event was")
    p = add_command(commands, "angles", cmd_angles, "the angle groups of a recording")
    p.add_argument("recording", type=RECORD_ID, help="recording id")
    p = add_command(commands, "viewings", cmd_viewings, "the viewing log of a recording (R6.5)")
    p.add_argument("recording", type=RECORD_ID, help="recording id")
