"""Commands about the audit chain: verify it, list it."""

import argparse
import sys

from app.cli.invocation import Invocation, add_command, add_group
from app.core.clock import local_text
from app.services.audit import AuditFilter
from app.services.permissions import Action, require

EXIT_BROKEN = 1


def cmd_audit_verify(inv: Invocation) -> int:
    """Anyone at the station may check the chain; with ``--user`` the check is attributed."""
    if inv.args.user:
        inv.actor()
    report = inv.context().audit.verify()
    document = {
        "ok": report.ok,
        "entries": report.entries,
        "head": {"seq": report.head.seq, "hash": report.head.hash},
        "first_bad": report.first_bad,
        "problem": report.problem or None,
    }
    if report.ok:
        inv.emit(
            document, f"audit chain intact: {report.entries} entries, head {report.head.hash[:16]}"
        )
        return 0
    if inv.args.json:
        inv.emit(document, "")
    where = f"at entry #{report.first_bad}" if report.first_bad is not None else "outside it"
    print(f"audit chain broken {where}: {report.problem}", file=sys.stderr)
    return EXIT_BROKEN


def cmd_audit_list(inv: Invocation) -> int:
    context, actor = inv.context(), inv.actor()
    require(context, actor, Action.VIEW_AUDIT)
    rows = context.audit.list_entries(AuditFilter(actor=inv.args.actor or ""), limit=inv.args.limit)
    inv.emit(
        [
            {
                "seq": r.seq,
                "at": r.at.isoformat(),
                "actor": r.actor,
                "actor_name": r.actor_name,
                "action": r.action,
                "target_kind": r.target_kind,
                "target_id": r.target_id,
                "details": r.details,
                "hash": r.hash,
                "damage": r.damage or None,
            }
            for r in rows
        ],
        [
            f"{r.seq:>6}  {local_text(r.at)}  {r.actor:<12} {r.action:<22} "
            f"{r.target_kind}:{r.target_id}"
            for r in rows
        ],
    )
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = add_group(commands, "audit", "the audit chain")
    add_command(group, "verify", cmd_audit_verify, "check the whole audit chain")
    p = add_command(group, "list", cmd_audit_list, "show the newest audit entries")
    p.add_argument("--limit", type=int, default=50)
    p.add_argument("--actor", help="only entries by this login")
