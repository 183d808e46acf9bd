"""Commands of the hand-over: ``ingest``, ``verify``, ``recordings list/show/mark``.

Exit codes of ``ingest``: 0 when the run completed and every media file is preserved
(duplicates, skipped non-media and damaged-but-preserved files included); 1 when a file
could not be preserved, a requested backup copy failed, the run was cancelled (its
journal stays: ``ingest --resume``), or an entry that is not a regular file (a FIFO, a
device, a socket, a link to one) was left unopened; 2 for bad input, with nothing written.
``verify``: 0 when every file matches, 1 when any is changed or missing.
"""

import argparse
from datetime import datetime
from pathlib import Path

from app.cli.arguments import LIMIT, RECORD_ID, path_text
from app.cli.invocation import CommandError, Invocation, add_command, add_group
from app.core.clock import local_text, parse_local_time
from app.services import confidentiality, decode_checks, ingest, recordings, verification
from app.services.access import CONFIDENTIALITY
from app.services.ingest_journal import IngestJournal, pending_journals

_MARKS = "confidentiality: " + ", ".join(CONFIDENTIALITY)


def _time(text: str | None, option: str) -> datetime | None:
    return parse_local_time(text, option) if text is not None else None


def _run(inv: Invocation, request: ingest.IngestRequest, journal: IngestJournal | None):  # type: ignore[no-untyped-def]
    context, actor = inv.context(), inv.actor()
    report = inv.run(ingest.import_job(context, actor, request, journal))
    if not inv.args.no_decode_check:
        # The full decode check, inline (the GUI runs it in the background): every frame of
        # each new recording, in a child process (issue #17).
        fresh = [item.id for item in report.imported if item.id is not None]
        report.add_decode_checks(inv.run(decode_checks.decode_check_job(context, actor, fresh)))
    return report


def _text(report: ingest.IngestReport) -> list[str]:
    # No hand-over is recorded when nothing new came in (all duplicates, nothing found).
    handover = f"hand-over {report.handover_id}" if report.handover_id else "no hand-over"
    lines = [f"{handover}: {len(report.imported)} imported, "
             f"{len(report.duplicates)} duplicates, {len(report.damaged)} damaged, "
             f"{len(report.skipped)} skipped, {len(report.failed)} failed"]  # fmt: skip
    for item in report.imported:
        flags = [f for f, on in (("LATE", item.late), ("LENT", item.lent),
                                 ("DAMAGED", item.damaged)) if on]  # fmt: skip
        delay = f" +{item.delay_hours} h" if item.late else ""
        lines.append(f"  #{item.id} {item.source} {' '.join(flags)}{delay}".rstrip())
    lines += [f"  duplicate of #{i.id}: {i.source}" for i in report.duplicates]
    lines += [f"  damaged #{i.id}: {i.source}: {i.reason}" for i in report.damaged]
    lines += [f"  NOT OPENED {i.source}: {i.reason}" for i in report.not_regular]
    lines += [decode_check_text(row) for row in report.decode_checks]
    lines += [f"  FAILED {i.source}: {i.reason}" for i in report.failed]
    lines += [f"  not cleared {i.source}: {i.reason}" for i in report.not_cleared]
    lines += [f"  backup FAILED {i.source}: {i.reason}" for i in report.mirror_failed]
    clearing_left = report.imported and not report.not_cleared
    if (
        report.clear_device_required
        and clearing_left
        and not any(i.cleared for i in report.imported)
    ):
        lines.append("  the profile requires clearing the device after import: --clear-device")
    return lines


def cmd_ingest(inv: Invocation) -> int:
    a = inv.args
    if a.resume:
        return _resume(inv)
    if not a.sources or not a.officer or not a.device:
        raise CommandError("cli.ingest-needs")
    request = ingest.IngestRequest(
        sources=tuple(Path(s) for s in a.sources),
        officer=a.officer,
        device=a.device,
        category=a.category,
        activity_end=_time(a.activity_end, "--activity-end"),
        case_no=a.case,
        clear_device=a.clear_device,
        mirror=Path(a.mirror) if a.mirror is not None else None,
        device_time=_time(a.device_time, "--device-time"),
        confidentiality=a.confidentiality,
    )
    report = _run(inv, request, None)
    inv.emit(report.as_json(), _text(report))
    return report.exit_code


def _resume(inv: Invocation) -> int:
    journals = pending_journals(inv.context().paths)
    reports = []
    for journal in journals:
        request = ingest.IngestRequest.from_journal(journal.request)
        reports.append(_run(inv, request, journal))
    inv.emit(
        {"resumed": [r.as_json() for r in reports]},
        [line for r in reports for line in _text(r)] or ["no interrupted import to resume"],
    )
    return max((r.exit_code for r in reports), default=0)


def cmd_verify(inv: Invocation) -> int:
    a = inv.args
    if not a.all and not a.ids:
        raise CommandError("cli.verify-needs")
    ids = None if a.all else a.ids
    report = inv.run(verification.verify_job(inv.context(), inv.actor(), ids))
    lines = [f"{report.checked} files checked, {len(report.problems)} problems"]
    lines += [
        f"  recording {p.recording_id}: {p.status} ({_problem_text(p)})" for p in report.problems
    ]
    document = report.as_json()
    damaged = False
    if a.decode:
        context = inv.context()
        targets = decode_checks.all_recordings(context) if a.all else a.ids
        rows = inv.run(decode_checks.decode_check_job(context, inv.actor(), targets))
        document["decode_checks"] = [row.as_json() for row in rows]
        lines += [decode_check_text(row) for row in rows]
        damaged = any(row.status == decode_checks.DAMAGED for row in rows)
    inv.emit(document, lines)
    return 0 if report.ok and not damaged else 1


def decode_check_text(row: decode_checks.DecodeCheckRow) -> str:
    """One line: clean, or where the first fault is and what FFmpeg said."""
    if row.status == decode_checks.CLEAN:
        return f"  recording {row.recording_id}: decodes cleanly ({row.frames} frames)"
    where = (
        f" from {row.first_bad_s:g} s (frame {row.first_bad_frame})"
        if row.first_bad_s is not None
        else ""
    )
    return f"  recording {row.recording_id}: DAMAGED{where}: {row.reason}"


def _problem_text(problem: verification.VerifiedFile) -> str:
    if problem.recorded_sha256 is not None:
        return (
            f"the database says sha256 {problem.sha256}, its import entry {problem.recorded_sha256}"
        )
    if problem.status == "unrecorded":
        return f"sha256 {problem.sha256} has no import entry in the audit chain"
    found = f", found {problem.actual_sha256}" if problem.actual_sha256 else ""
    return f"expected sha256 {problem.sha256}{found}"


def cmd_list(inv: Invocation) -> int:
    a = inv.args
    filters = recordings.RecordingFilter(
        officer=a.officer,
        since=_time(a.since, "--from"),
        until=_time(a.until, "--to"),
        category=a.category,
        unit=a.unit,
    )
    rows = recordings.list_recordings(inv.context(), inv.actor(), filters, limit=a.limit)
    inv.emit(
        [row.as_json() for row in rows],
        [
            f"#{r.id:<6} {local_text(r.started_at)} {r.officer_login:<12} "
            f"{(r.device_asset or '-'):<12} {r.category:<18} {r.file_name}"
            + (" LATE" if r.is_late else "") + (" LENT" if r.is_lent else "")
            + (" DAMAGED" if r.is_damaged else "")
            + (f" [{r.confidentiality}]" if r.confidentiality != "none" else "")
            for r in rows
        ] or ["no recordings"],
    )  # fmt: skip
    return 0


def _picture_text(detail: recordings.RecordingDetail) -> str:
    """Codec, size and rate; an audio-only file has neither size nor rate."""
    if not detail.width or not detail.height:
        return f"{detail.codec or 'unknown codec'}, audio only"
    rate = f" {detail.fps:g} fps" if detail.fps else ""
    return f"{detail.codec} {detail.width}x{detail.height}{rate}"


def cmd_show(inv: Invocation) -> int:
    detail = recordings.recording_detail(inv.context(), inv.actor(), inv.args.id)
    row = detail.row
    lines = [
        f"recording #{row.id} {row.file_name}",
        f"  started {local_text(row.started_at)} ({detail.start_source}), "
        f"{row.duration_s} s, {_picture_text(detail)}",
        f"  officer {row.officer_login} {row.officer_name}, device {row.device_asset}",
        f"  sha256 {detail.sha256}",
        f"  sm3    {detail.sm3}",
        f"  vault {detail.vault_status}, retention until {detail.retention_until}",
        f"  confidentiality {row.confidentiality} ({CONFIDENTIALITY[row.confidentiality]})",
    ]
    lines += [f"  hand-over {h.id} at {local_text(h.handed_at)} to {h.administrator_login}"
              for h in detail.handovers]  # fmt: skip
    lines += [f"  {local_text(e.at)} {e.actor} {e.action}" for e in detail.audit_trail]
    inv.emit(detail.as_json(), lines)
    return 0


def cmd_mark(inv: Invocation) -> int:
    a = inv.args
    change = confidentiality.set_confidentiality(
        inv.context(), inv.actor(), a.id, a.confidentiality, a.reason
    )
    inv.emit(
        change.as_json(),
        [f"recording #{change.recording_id}: {change.previous} -> {change.mark}"],
    )
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = add_command(commands, "ingest", cmd_ingest, "hand footage over into the vault (移交)")
    p.add_argument(
        "sources", nargs="*", type=path_text, metavar="SRC", help="files or folders (recursive)"
    )
    p.add_argument("--officer", help="login of the officer handing over")
    p.add_argument("--device", help="asset number of the device the footage comes from")
    p.add_argument("--category", help="activity category id of the active profile")
    p.add_argument("--activity-end", help="when the activity ended (default: recording end)")
    p.add_argument("--case", help="case number")
    p.add_argument("--clear-device", action="store_true", help="delete verified files from SRC")
    p.add_argument("--mirror", type=path_text, help="also copy into this backup folder, verified")
    p.add_argument("--device-time", help="the time the device's clock shows now")
    p.add_argument("--confidentiality", default="none", help=_MARKS)
    p.add_argument("--resume", action="store_true", help="finish interrupted imports")
    p.add_argument(
        "--no-decode-check",
        action="store_true",
        help="skip the full decode check of the new recordings (verify --decode runs it)",
    )
    p = add_command(commands, "verify", cmd_verify, "re-hash vault files (R9.1)")
    p.add_argument("ids", nargs="*", type=RECORD_ID, metavar="ID")
    p.add_argument("--all", action="store_true")
    p.add_argument("--decode", action="store_true", help="also decode every frame (damage check)")
    group = add_group(commands, "recordings", "the recordings in the vault")
    p = add_command(group, "list", cmd_list, "list recordings, newest first")
    p.add_argument("--officer")
    p.add_argument("--from", dest="since")
    p.add_argument("--to", dest="until")
    p.add_argument("--category")
    p.add_argument("--unit")
    p.add_argument("--limit", type=LIMIT, default=50)
    p = add_command(group, "show", cmd_show, "one recording: metadata, hashes, custody")
    p.add_argument("id", type=RECORD_ID)
    p = add_command(group, "mark", cmd_mark, "set a recording's confidentiality (R3.5)")
    p.add_argument("id", type=RECORD_ID)
    p.add_argument("confidentiality", help=_MARKS)
    p.add_argument("--reason", required=True, help="why, e.g. the legal basis")
