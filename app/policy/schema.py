"""Turns a parsed profile document into a validated ``PolicyProfile``, or says what is wrong.

The document shape is the one in ``resources/policies/*.toml``; ``serialize.py`` writes the
same shape back. Validation is strict (unknown keys are errors) because a silently ignored
misspelling in a deadline would quietly stop late hand-overs from being flagged.
"""

import re

from app.core.roles import Role
from app.policy.profile import (
    FORM_KINDS,
    PRE_USE_CHECKS,
    REQUEST_KINDS,
    Approvals,
    Backup,
    Category,
    Deadline,
    DeadlineRule,
    Flags,
    FormFields,
    Importance,
    Interruption,
    Notification,
    PolicyProfile,
    Reason,
    RetentionKind,
    RetentionRule,
)
from app.policy.reader import TableReader

_ID = re.compile(r"^[a-z0-9]+(-[a-z0-9]+)*$")
_FIELD = re.compile(r"^[a-z][a-z0-9_]*$")
_SEED = re.compile(r"^[0-9]{3}$")
_ROLE_IDS = tuple(r.value for r in Role)


def build_profile(document: dict[str, object], source: str) -> PolicyProfile:
    """Validate a parsed TOML document; PolicyError names ``source`` and the dotted key."""
    top = TableReader(document, source)
    categories = _categories(top)
    profile = PolicyProfile(
        id=_ident(top, "id"),
        name=top.text("name"),
        issuer=top.text("issuer"),
        seed=_seed(top),
        based_on=_optional_ident(top, "based_on"),
        handover=_deadline(top.table("handover")),
        categories=categories,
        retention=_retention(top.table("retention"), categories),
        interruption=_interruption(top.table("interruption")),
        approvals=_approvals(top.table("approvals")),
        backup=_backup(top.table("backup")),
        notification=_notification(top.table("notification")),
        flags=_flags(top.table("flags")),
        forms=_forms(top),
    )
    top.finish()
    return profile


def _ident(reader: TableReader, key: str) -> str:
    value = reader.text(key)
    if not _ID.fullmatch(value):
        reader.fail(f"must be lower-case ascii words joined by '-', got {value!r}", key)
    return value


def _optional_ident(reader: TableReader, key: str) -> str | None:
    value = reader.optional_text(key)
    return None if value is None else _ident(reader, key)


def _seed(reader: TableReader) -> str:
    value = reader.text("seed")
    if not _SEED.fullmatch(value):
        reader.fail(f"must be the seed file's three-digit number, got {value!r}", "seed")
    return value


def _unique(reader: TableReader, key: str, ids: list[str]) -> None:
    duplicates = sorted({i for i in ids if ids.count(i) > 1})
    if duplicates:
        reader.fail(f"duplicate id {duplicates[0]!r}", key)


def _deadline(reader: TableReader) -> Deadline:
    rule = DeadlineRule(reader.choice("rule", [r.value for r in DeadlineRule]))
    deadline = Deadline(
        rule=rule,
        hours=reader.number("hours") if rule is DeadlineRule.HOURS else None,
        grace_hours=(
            reader.number("grace_hours", allow_zero=True)
            if rule is DeadlineRule.IMMEDIATELY
            else None
        ),
        after_return_hours=reader.optional_number("after_return_hours"),
        from_seed=reader.flag("from_seed", True),
        basis=reader.text("basis", ""),
    )
    reader.finish()
    return deadline


def _categories(top: TableReader) -> tuple[Category, ...]:
    categories = []
    for item in top.tables("categories"):
        categories.append(Category(id=_ident(item, "id"), label_zh=item.text("label_zh")))
        item.finish()
    _unique(top, "categories", [c.id for c in categories])
    return tuple(categories)


def _retention(reader: TableReader, categories: tuple[Category, ...]) -> tuple[RetentionRule, ...]:
    known = [c.id for c in categories]
    rules = tuple(_retention_rule(item, known) for item in reader.tables("rules"))
    reader.finish()
    _unique(reader, "rules", [r.id for r in rules])
    if not rules[-1].is_catch_all:
        reader.fail(
            "the last rule must apply to every recording "
            "(no categories, importance or evidence_only)",
            f"rules[{len(rules) - 1}]",
        )
    return rules


def _retention_rule(item: TableReader, known_categories: list[str]) -> RetentionRule:
    kind = RetentionKind(item.choice("kind", [k.value for k in RetentionKind]))
    has_months = kind in (RetentionKind.FIXED, RetentionKind.MINIMUM, RetentionKind.CASE_CLOSED)
    importance = item.optional_choice("importance", [i.value for i in Importance])
    rule = RetentionRule(
        id=_ident(item, "id"),
        label_zh=item.text("label_zh"),
        kind=kind,
        months=item.count("months") if has_months else None,
        min_months=item.count("min_months") if kind is RetentionKind.CASE_CLOSED else None,
        disc=item.flag("disc", False),
        categories=_known(item, "categories", known_categories, "category"),
        importance=None if importance is None else Importance(importance),
        evidence_only=item.flag("evidence_only", False),
        from_seed=item.flag("from_seed", True),
        basis=item.text("basis", ""),
    )
    item.finish()
    return rule


def _known(
    reader: TableReader, key: str, known: list[str], what: str, *, optional: bool = True
) -> tuple[str, ...]:
    """A list of ids from ``known``; a missing key is an empty list unless not ``optional``."""
    values = reader.strings(key, default=() if optional else None)
    for value in values:
        if value not in known:
            reader.fail(f"unknown {what} {value!r}; valid: {', '.join(known)}", key)
    return values


def _interruption(reader: TableReader) -> Interruption:
    reasons = []
    for item in reader.tables("reasons"):
        reasons.append(Reason(id=_ident(item, "id"), label_zh=item.text("label_zh")))
        item.finish()
    _unique(reader, "reasons", [r.id for r in reasons])
    interruption = Interruption(
        deadline=_deadline(reader.table("deadline")), reasons=tuple(reasons)
    )
    reader.finish()
    return interruption


def _roles(reader: TableReader, key: str) -> tuple[Role, ...]:
    names = _known(reader, key, list(_ROLE_IDS), "role", optional=False)
    if not names:
        reader.fail("needs at least one approving role", key)
    if len(set(names)) != len(names):
        reader.fail("names a role twice", key)
    return tuple(Role(n) for n in names)


def _approvals(reader: TableReader) -> Approvals:
    chains = {kind.replace("-", "_"): _roles(reader, kind) for kind in REQUEST_KINDS}
    reader.finish()
    return Approvals(**chains)


def _backup(reader: TableReader) -> Backup:
    required = reader.flag("required", False)
    keeper = reader.optional_choice("keeper", _ROLE_IDS)
    if keeper is None and required:
        reader.fail("is missing (a required backup needs a keeper role)", "keeper")
    reader.finish()
    return Backup(required=required, keeper=None if keeper is None else Role(keeper))


def _notification(reader: TableReader) -> Notification:
    notification = Notification(
        required=reader.flag("required", False), phrase_zh=reader.optional_text("phrase_zh")
    )
    reader.finish()
    return notification


def _flags(reader: TableReader) -> Flags:
    rate = reader.optional_number("equipment_rate_target")
    if rate is not None and rate > 1:
        reader.fail(f"must be a fraction of at most 1, got {rate}", "equipment_rate_target")
    flags = Flags(
        clear_device_after_import=reader.flag("clear_device_after_import", False),
        clock_calibration_before_recording=reader.flag("clock_calibration_before_recording", False),
        min_devices_major_action=reader.optional_count("min_devices_major_action") or 1,
        equipment_rate_target=rate,
        sealed_interrogation_copies=reader.flag("sealed_interrogation_copies", False),
        upload_to_supervision=reader.flag("upload_to_supervision", False),
        pre_use_checks=_known(reader, "pre_use_checks", list(PRE_USE_CHECKS), "check"),
    )
    reader.finish()
    return flags


def _forms(top: TableReader) -> tuple[FormFields, ...]:
    reader = top.optional_table("forms")
    if reader is None:
        return ()
    forms = []
    for kind in FORM_KINDS:
        fields = reader.strings(kind, default=())
        for name in fields:
            if not _FIELD.fullmatch(name):
                reader.fail(f"field ids are lower-case ascii with '_', got {name!r}", kind)
        if fields:
            forms.append(FormFields(kind=kind, fields=fields))
    reader.finish()
    return tuple(forms)
