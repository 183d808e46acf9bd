"""Commands about the audit chain: verify it, list it."""

import argparse
import sys
from pathlib import Path

from app.cli.arguments import LIMIT, path_text
from app.cli.invocation import Invocation, add_command, add_group, add_overwrite_option
from app.core.clock import local_text
from app.integrity.head_signing import fingerprint
from app.services import station_keys, witness
from app.services.audit import AuditFilter, ChainReport
from app.services.permissions import Action, require

EXIT_BROKEN = 1


def cmd_audit_verify(inv: Invocation) -> int:
    """Anyone at the station may check the chain; with ``--user`` the check is attributed.

    ``--witness FILE`` also checks a neighbour's copy of a head this station once stated.
    """
    if inv.args.user:
        inv.actor()
    context = inv.context()
    report = context.audit.verify()
    if report.ok and inv.args.witness:
        problem = witness.check_witness(context, Path(inv.args.witness))
        if problem:
            report = ChainReport(False, report.entries, report.head, None, problem)
    document = {
        "ok": report.ok,
        "entries": report.entries,
        "head": {"seq": report.head.seq, "hash": report.head.hash},
        "key": context.keys.fingerprint(report.head.seq) or None,
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


def cmd_key_rotate(inv: Invocation) -> int:
    context, actor = inv.context(), inv.actor()
    key = station_keys.rotate_key(context, actor, inv.args.reason or "")
    inv.emit(
        {"key": key.key, "fingerprint": fingerprint(key.public_key), "from_seq": key.from_seq},
        f"signing key {fingerprint(key.public_key)} signs from entry #{key.from_seq} on",
    )
    return 0


def cmd_witness_export(inv: Invocation) -> int:
    context, actor = inv.context(), inv.actor()
    statement = witness.export_statement(
        context, actor, Path(inv.args.out), overwrite=inv.args.overwrite
    )
    inv.emit(
        statement.as_json(),
        f"head #{statement.seq} of {statement.station} written to {inv.args.out}",
    )
    return 0


def cmd_witness_import(inv: Invocation) -> int:
    context, actor = inv.context(), inv.actor()
    done = witness.import_statement(context, actor, Path(inv.args.file))
    statement = done.statement
    document = {**statement.as_json(), "entry": done.seq, "conflict": done.conflict or None}
    inv.emit(
        document, f"head #{statement.seq} of {statement.station} recorded as entry #{done.seq}"
    )
    if done.conflict:
        print(f"witness conflict for {statement.station}: {done.conflict}", file=sys.stderr)
        return EXIT_BROKEN
    return 0


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = add_group(commands, "audit", "the audit chain")
    p = add_command(group, "verify", cmd_audit_verify, "check the whole audit chain")
    p.add_argument(
        "--witness", type=path_text, metavar="FILE", help="also check a witness statement of ours"
    )
    keys = add_group(group, "key", "the station key that signs the chain head")
    p = add_command(keys, "rotate", cmd_key_rotate, "take a new signing key into use (manager)")
    p.add_argument("--reason", required=True, help="why the key is replaced")
    witnesses = add_group(group, "witness", "signed heads exchanged with other stations")
    p = add_command(witnesses, "export", cmd_witness_export, "write this station's signed head")
    p.add_argument("--out", type=path_text, required=True, metavar="FILE.json")
    add_overwrite_option(p)
    p = add_command(witnesses, "import", cmd_witness_import, "record another station's head")
    p.add_argument("file", type=path_text, metavar="FILE")
    p = add_command(group, "list", cmd_audit_list, "show the newest audit entries")
    p.add_argument("--limit", type=LIMIT, default=50)
    p.add_argument("--actor", help="only entries by this login")
