"""Writes a ``PolicyProfile`` back into the document shape that ``schema.build_profile`` reads.

Used to save a unit's adjusted copy and, through the document, to apply dotted-key changes;
keys whose value is absent (None) are left out because TOML has no null.
"""

from typing import Any

from app.policy.profile import (
    REQUEST_KINDS,
    Deadline,
    PolicyProfile,
    RetentionRule,
)


def profile_document(profile: PolicyProfile) -> dict[str, Any]:
    """The profile as nested dicts and lists of plain values, ready for ``tomli_w``."""
    document: dict[str, Any] = {
        "id": profile.id,
        "name": profile.name,
        "issuer": profile.issuer,
        "seed": profile.seed,
        "based_on": profile.based_on,
        "handover": _deadline(profile.handover),
        "retention": {"rules": [_rule(r) for r in profile.retention]},
        "categories": [{"id": c.id, "label_zh": c.label_zh} for c in profile.categories],
        "interruption": {
            "deadline": _deadline(profile.interruption.deadline),
            "reasons": [{"id": r.id, "label_zh": r.label_zh} for r in profile.interruption.reasons],
        },
        "approvals": {
            kind: [role.value for role in profile.approvals.chain(kind)] for kind in REQUEST_KINDS
        },
        "backup": {
            "required": profile.backup.required,
            "keeper": None if profile.backup.keeper is None else profile.backup.keeper.value,
        },
        "notification": {
            "required": profile.notification.required,
            "phrase_zh": profile.notification.phrase_zh,
        },
        "flags": _flags(profile),
        "forms": {f.kind: list(f.fields) for f in profile.forms},
    }
    return _without_none(document)


def _deadline(deadline: Deadline) -> dict[str, Any]:
    return {
        "rule": deadline.rule.value,
        "hours": deadline.hours,
        "grace_hours": deadline.grace_hours,
        "after_return_hours": deadline.after_return_hours,
        "from_seed": deadline.from_seed,
        "basis": deadline.basis or None,
    }


def _rule(rule: RetentionRule) -> dict[str, Any]:
    return {
        "id": rule.id,
        "label_zh": rule.label_zh,
        "kind": rule.kind.value,
        "months": rule.months,
        "min_months": rule.min_months,
        "disc": rule.disc,
        "categories": list(rule.categories) or None,
        "importance": None if rule.importance is None else rule.importance.value,
        "evidence_only": rule.evidence_only,
        "from_seed": rule.from_seed,
        "basis": rule.basis or None,
    }


def _flags(profile: PolicyProfile) -> dict[str, Any]:
    flags = profile.flags
    return {
        "clear_device_after_import": flags.clear_device_after_import,
        "clock_calibration_before_recording": flags.clock_calibration_before_recording,
        "min_devices_major_action": flags.min_devices_major_action,
        "equipment_rate_target": flags.equipment_rate_target,
        "sealed_interrogation_copies": flags.sealed_interrogation_copies,
        "upload_to_supervision": flags.upload_to_supervision,
        "pre_use_checks": list(flags.pre_use_checks),
    }


def _without_none(value: Any) -> Any:
    """Drop None values (and empty tables they leave) at every depth."""
    if isinstance(value, dict):
        cleaned = {k: _without_none(v) for k, v in value.items() if v is not None}
        return {k: v for k, v in cleaned.items() if v != {}}
    if isinstance(value, list):
        return [_without_none(v) for v in value]
    return value
