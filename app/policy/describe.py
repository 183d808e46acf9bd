"""Words for a profile's figures: short English machine text and the Chinese a clerk reads.

One place builds these so that ``profiles --json``, the GUI and the reason printed on a
retention register all say the same thing about the same rule.
"""

from app.policy.profile import (
    REQUEST_KINDS,
    Deadline,
    DeadlineRule,
    PolicyProfile,
    RetentionKind,
    RetentionRule,
)

_DEFAULT_ZH = "（制度未作规定，此为默认值，可调整）"


def deadline_text(deadline: Deadline) -> str:
    """E.g. ``"12h after activity end"`` or ``"same day; 24h after return when away"``."""
    if deadline.rule is DeadlineRule.HOURS:
        text = f"{_num(deadline.hours)}h after activity end"
    elif deadline.rule is DeadlineRule.SAME_DAY:
        text = "same day (before local midnight)"
    else:
        text = f"immediately after activity (within {_num(deadline.grace_hours)}h)"
    if deadline.after_return_hours is not None:
        text += f"; {_num(deadline.after_return_hours)}h after return when away"
    if not deadline.from_seed:
        text += " (default, not set by the seed)"
    return text + (f" [{deadline.basis}]" if deadline.basis else "")


def deadline_zh(deadline: Deadline) -> str:
    """E.g. ``"活动结束后12小时内"``; says so when the figure is a default, not the seed's."""
    if deadline.rule is DeadlineRule.HOURS:
        text = f"活动结束后{_num(deadline.hours)}小时内"
    elif deadline.rule is DeadlineRule.SAME_DAY:
        text = "活动当天（当日24时前）"
    else:
        text = f"活动结束后立即（{_num(deadline.grace_hours)}小时内）"
    if deadline.after_return_hours is not None:
        text += f"；异地执法等无法及时移交的，返回单位后{_num(deadline.after_return_hours)}小时内"
    if not deadline.from_seed:
        text += _DEFAULT_ZH
    return text + _basis_zh(deadline.basis)


def retention_rule_text(rule: RetentionRule) -> str:
    """E.g. ``"case closed + 3 months, >=6 months"``."""
    texts = {
        RetentionKind.FIXED: f"{rule.months} months",
        RetentionKind.MINIMUM: f">={rule.months} months",
        RetentionKind.CASE_CLOSED: (
            f"case closed + {rule.months} months, >={rule.min_months} months"
        ),
        RetentionKind.LONG_TERM: "long-term",
        RetentionKind.CASE_FILE: "with the case file",
    }
    text = texts[rule.kind] + (" + disc" if rule.disc else "")
    return text + ("" if rule.from_seed else " (default, not set by the seed)")


def retention_rule_zh(rule: RetentionRule) -> str:
    """E.g. ``"行政案件类执法活动：案件终结后3个月，但不少于6个月〔002 §14(2)〕"``."""
    texts = {
        RetentionKind.FIXED: f"保存期限为{_months_zh(rule.months)}",
        RetentionKind.MINIMUM: f"保存期限不少于{_months_zh(rule.months)}",
        RetentionKind.CASE_CLOSED: (
            f"保存期限为案件终结后{_months_zh(rule.months)}，但不少于{_months_zh(rule.min_months)}"
        ),
        RetentionKind.LONG_TERM: "长期保存",
        RetentionKind.CASE_FILE: "随案卷保存期限保存",
    }
    text = texts[rule.kind] + ("，刻录光盘保存" if rule.disc else "")
    text += "" if rule.from_seed else _DEFAULT_ZH
    return f"{rule.label_zh}：{text}{_basis_zh(rule.basis)}"


def summarize(profile: PolicyProfile) -> dict[str, object]:
    """The plain JSON-able summary behind ``PolicyProfile.summary()``."""
    return {
        "id": profile.id,
        "name": profile.name,
        "seed": profile.seed,
        "issuer": profile.issuer,
        "based_on": profile.based_on,
        "handover_deadline": deadline_text(profile.handover),
        "handover_deadline_zh": deadline_zh(profile.handover),
        "interruption_report_deadline": deadline_text(profile.interruption.deadline),
        "interruption_report_deadline_zh": deadline_zh(profile.interruption.deadline),
        "retention": "; ".join(
            f"{_scope(rule, len(profile.retention))}: {retention_rule_text(rule)}"
            for rule in profile.retention
        ),
        "retention_zh": "；".join(retention_rule_zh(rule) for rule in profile.retention),
        "categories": [{"id": c.id, "label_zh": c.label_zh} for c in profile.categories],
        "approvals": {
            kind: [role.value for role in profile.approvals.chain(kind)] for kind in REQUEST_KINDS
        },
        "notification_phrase_zh": profile.notification.phrase_zh,
    }


def _scope(rule: RetentionRule, rule_count: int) -> str:
    """Which recordings a rule covers, in machine form: ``"evidence"``, ``"important"``…"""
    if rule.is_catch_all:
        return "all" if rule_count == 1 else "other"
    parts = ["evidence"] if rule.evidence_only else []
    parts += [rule.importance.value] if rule.importance is not None else []
    parts += [",".join(rule.categories)] if rule.categories else []
    return " ".join(parts)


def _basis_zh(basis: str) -> str:
    return f"〔{basis}〕" if basis else ""


def _months_zh(months: int | None) -> str:
    if months and months % 12 == 0:
        return f"{months // 12}年"
    return f"{months}个月"


def _num(value: float | None) -> str:
    """12.0 → "12", 1.5 → "1.5": hours as a person writes them."""
    if value is None:
        return "?"
    return str(int(value)) if float(value).is_integer() else str(value)
