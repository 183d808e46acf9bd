"""Commands for forms and approvals (``form …``) and the compliance view (``compliance``)."""

import argparse

from app.cli.arguments import LIMIT, RECORD_ID
from app.cli.invocation import CommandError, Invocation, add_command, add_group
from app.core.clock import local_text
from app.services import form_queries, forms
from app.services.compliance import compliance_report
from app.services.form_fields import choices_for
from app.services.form_kinds import KINDS
from app.services.form_records import STATE_NAMES_ZH, STATES, FormView
from app.services.profiles import active_profile


def _fields(pairs: list[str] | None) -> dict[str, str]:
    fields: dict[str, str] = {}
    for pair in pairs or []:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise CommandError("cli.field-pair", pair=pair)
        fields[key.strip()] = value
    return fields


def _targets(texts: list[str] | None) -> list[forms.TargetRef] | None:
    return None if texts is None else [forms.parse_target(t) for t in texts]


def _text(view: FormView) -> list[str]:
    lines = [
        f"form {view.id} v{view.version}  {view.kind_label} ({view.kind})  "
        f"{STATE_NAMES_ZH[view.state]} ({view.state})",
        f"  applicant {view.applicant_name} ({view.applicant})"
        f"  unit {view.unit_name} ({view.unit_code})",
    ]
    if view.chain:
        waiting = f"  waiting for {view.next_role}" if view.next_role else ""
        lines.append(f"  chain {' → '.join(view.chain)}{waiting}")
    if view.due_at:
        flag = "  OVERDUE" if view.overdue else ("  late" if view.late else "")
        lines.append(f"  due {local_text(view.due_at)}{flag}")
    lines += [f"  {key} = {value}" for key, value in sorted(view.values.items())]
    lines += [f"  target {target}" for target in view.targets]
    lines += [
        f"  #{s.seq} {s.step:<8} {s.name} ({s.login}, {s.role}) {local_text(s.at)} "
        f"{s.signature[:16]}" + (f"  “{s.comment}”" if s.comment else "")
        for s in view.steps
    ]
    return lines


def _emit(inv: Invocation, view: FormView) -> int:
    inv.emit(view.as_json(), _text(view))
    return 0


def cmd_new(inv: Invocation) -> int:
    a = inv.args
    targets = _targets(a.target) or []
    return _emit(
        inv, forms.create_form(inv.context(), inv.actor(), a.kind, _fields(a.field), targets)
    )


def cmd_edit(inv: Invocation) -> int:
    a = inv.args
    view = forms.edit_draft(inv.context(), inv.actor(), a.id, _fields(a.field), _targets(a.target))
    return _emit(inv, view)


def cmd_submit(inv: Invocation) -> int:
    return _emit(inv, forms.submit_form(inv.context(), inv.actor(), inv.args.id))


def cmd_approve(inv: Invocation) -> int:
    return _emit(inv, forms.approve_form(inv.context(), inv.actor(), inv.args.id, inv.args.comment))


def cmd_reject(inv: Invocation) -> int:
    return _emit(inv, forms.reject_form(inv.context(), inv.actor(), inv.args.id, inv.args.comment))


def cmd_withdraw(inv: Invocation) -> int:
    return _emit(inv, forms.withdraw_form(inv.context(), inv.actor(), inv.args.id))


def cmd_done(inv: Invocation) -> int:
    a = inv.args
    return _emit(inv, forms.close_form(inv.context(), inv.actor(), a.id, _fields(a.field)))


def cmd_correct(inv: Invocation) -> int:
    a = inv.args
    view = forms.correct_form(
        inv.context(), inv.actor(), a.id, _fields(a.field), _targets(a.target)
    )
    return _emit(inv, view)


def cmd_show(inv: Invocation) -> int:
    return _emit(inv, form_queries.get_form(inv.context(), inv.actor(), inv.args.id))


def cmd_list(inv: Invocation) -> int:
    a = inv.args
    views = form_queries.list_forms(
        inv.context(),
        inv.actor(),
        state=a.state,
        kind=a.kind,
        mine=a.mine,
        waiting=a.waiting,
        before_id=a.before,
        limit=a.limit,
    )
    inv.emit(
        [v.as_json() for v in views],
        [
            f"{v.id:>6} v{v.version} {v.kind:<20} {v.state:<10} {v.applicant:<12} {v.unit_code:<8}"
            f"{' OVERDUE' if v.overdue else ''}{'  → ' + v.next_role if v.next_role else ''}"
            for v in views
        ],
    )
    return 0


def cmd_kinds(inv: Invocation) -> int:
    profile = active_profile(inv.context()) if inv.home.exists() else None
    document = []
    for kind in KINDS.values():
        demanded = (
            set(profile.form_fields(kind.policy_form)) if profile and kind.policy_form else set()
        )
        fields = [
            {
                "key": f.key,
                "label": f.label_zh,
                "type": f.type,
                "filled_by": f.filled_by,
                "required": f.required or f.key in demanded,
                "choices": [c for c, _ in choices_for(f, profile)] if profile and f.choices else [],
            }
            for f in kind.fields
        ]
        document.append(
            {"kind": kind.id, "label": kind.label_zh, "basis": kind.basis, "fields": fields}
        )
    inv.emit(
        document,
        [f"{d['kind']:<20} {d['label']}  [{d['basis']}]" for d in document],
    )
    return 0


def cmd_compliance(inv: Invocation) -> int:
    report = compliance_report(inv.context(), inv.actor())
    counts = report.counts.as_json()
    inv.emit(
        {
            "unit": report.unit_code,
            "at": report.at.isoformat(),
            "counts": counts,
            "overdue_forms": [v.id for v in report.overdue_forms],
            "gaps": [
                {
                    "officer": g.gap.officer,
                    "kind": g.gap.kind,
                    "start": g.gap.start.isoformat(),
                    "end": g.gap.end.isoformat(),
                    "recordings": list(g.gap.refs),
                    "due_at": g.due_at.isoformat(),
                    "report": g.report_id,
                    "overdue": g.overdue,
                }
                for g in report.gaps
            ],
        },
        [f"{key:<24} {value}" for key, value in counts.items()],
    )
    return 0


def _with_fields(parser: argparse.ArgumentParser, *, targets: bool = True) -> None:
    parser.add_argument("--field", action="append", metavar="KEY=VALUE")
    if targets:
        parser.add_argument("--target", action="append", metavar="KIND:ID")


def register(commands: "argparse._SubParsersAction[argparse.ArgumentParser]") -> None:
    group = add_group(commands, "form", "forms and approvals")
    p = add_command(group, "new", cmd_new, "start a draft form")
    p.add_argument("kind", help=", ".join(KINDS))
    _with_fields(p)
    p = add_command(group, "edit", cmd_edit, "change a draft (an empty VALUE clears a field)")
    p.add_argument("id", type=RECORD_ID)
    _with_fields(p)
    for name, handler, text in (
        ("submit", cmd_submit, "sign and submit a draft"),
        ("withdraw", cmd_withdraw, "take back a draft or a form waiting for approval"),
        ("show", cmd_show, "show a form with its signed steps"),
    ):
        add_command(group, name, handler, text).add_argument("id", type=RECORD_ID)
    p = add_command(group, "approve", cmd_approve, "sign the next approval of a form")
    p.add_argument("id", type=RECORD_ID)
    p.add_argument("--comment", default="")
    p = add_command(group, "reject", cmd_reject, "refuse a form, with the reason")
    p.add_argument("id", type=RECORD_ID)
    p.add_argument("--comment", required=True)
    p = add_command(group, "done", cmd_done, "close an approved form (copy provided, ...)")
    p.add_argument("id", type=RECORD_ID)
    _with_fields(p, targets=False)
    p = add_command(group, "correct", cmd_correct, "start a corrected new version of a form")
    p.add_argument("id", type=RECORD_ID)
    _with_fields(p)
    p = add_command(group, "list", cmd_list, "list forms, newest first")
    p.add_argument("--state", choices=STATES)
    p.add_argument("--kind", choices=list(KINDS))
    p.add_argument("--mine", action="store_true", help="only forms I filed")
    p.add_argument("--waiting", action="store_true", help="only forms waiting for me")
    p.add_argument("--before", type=RECORD_ID, help="page on: forms with an id below this one")
    p.add_argument("--limit", type=LIMIT, default=200)
    add_command(group, "kinds", cmd_kinds, "list the kinds of form and their fields")
    add_command(commands, "compliance", cmd_compliance, "late, missing and waiting items (R10.1)")
