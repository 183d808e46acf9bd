"""``report``: list the printable registers and forms, print one to a PDF (R12)."""

import argparse
from datetime import datetime, timedelta
from pathlib import Path

from app.cli.arguments import path_text
from app.cli.invocation import CommandError, Invocation, add_command, add_overwrite_option
from app.core.clock import parse_local_time
from app.services.printing import list_report_kinds, print_job, report_kind


def period_time(text: str, option: str, *, end: bool) -> datetime:
    """A time for ``--from``/``--to``; a bare ``--to`` day includes that whole day."""
    moment = parse_local_time(text, option)
    return moment + timedelta(days=1) if end and len(text.strip()) == 10 else moment


def cmd_report(inv: Invocation) -> int:
    args = inv.args
    if args.list:
        kinds = list_report_kinds()
        inv.emit(
            [k.as_json() for k in kinds],
            [
                f"{k.kind:<22} {'per record' if k.per_record else 'register':<10} "
                f"{'' if k.available else '(not available yet) '}{k.title}"
                for k in kinds
            ],
        )
        return 0
    if not args.kind:
        raise CommandError("cli.no-report-kind")
    spec = report_kind(args.kind)
    if spec.per_record and not args.id:
        raise CommandError("cli.report-needs-id", kind=spec.kind, title=spec.title)
    if args.out is None:
        raise CommandError("cli.report-needs-out", kind=spec.kind)
    since = period_time(args.since, "--from", end=False) if args.since is not None else None
    until = period_time(args.until, "--to", end=True) if args.until is not None else None
    printed = inv.run(print_job(
        inv.context(), inv.actor(), spec.kind, Path(args.out),
        since=since, until=until, record_id=args.id, overwrite=args.overwrite,
    ))  # fmt: skip
    inv.emit(
        {
            "kind": printed.kind,
            "title": printed.title,
            "number": printed.number,
            "path": str(printed.path),
            "pages": printed.pages,
            "sha256": printed.sha256,
        },
        f"{printed.title} {printed.number}: {printed.pages} pages → {printed.path}",
    )
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    p = add_command(commands, "report", cmd_report, "print a register or form to a PDF")
    p.add_argument("kind", nargs="?", help="the report kind (see --list)")
    p.add_argument("--list", action="store_true", help="list the report kinds")
    p.add_argument("--out", type=path_text, help="the PDF file to write")
    add_overwrite_option(p)
    p.add_argument("--from", dest="since", help="period start, station time")
    p.add_argument("--to", dest="until", help="period end, station time (a day includes it)")
    p.add_argument("--id", help="the record a per-record form prints")
