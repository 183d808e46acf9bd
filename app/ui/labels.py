"""Translatable names for the domain's ids: roles, audit actions, audit target kinds.

Services speak stable ascii ids (``manager``, ``person.add``); the GUI shows them in the
user's language. The English source text is marked here with ``QT_TRANSLATE_NOOP`` and
translated where it is shown, so ``pyside6-lupdate`` sees every string.
"""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from app.core.roles import Role

ROLE_LABELS: dict[Role, str] = {
    Role.OFFICER: QT_TRANSLATE_NOOP("Role", "Officer"),
    Role.EVIDENCE_OFFICER: QT_TRANSLATE_NOOP("Role", "Recording administrator"),
    Role.MANAGER: QT_TRANSLATE_NOOP("Role", "Unit head"),
    Role.LEGAL: QT_TRANSLATE_NOOP("Role", "Legal office"),
    Role.SUPERVISION: QT_TRANSLATE_NOOP("Role", "Supervision"),
    Role.EQUIPMENT: QT_TRANSLATE_NOOP("Role", "Equipment (police support)"),
    Role.CLERK: QT_TRANSLATE_NOOP("Role", "Clerk"),
    Role.SUPERIOR: QT_TRANSLATE_NOOP("Role", "Superior unit"),
}

#: Audit actions by id; an action not listed here is shown by its id.
ACTION_LABELS: dict[str, str] = {
    "station.init": QT_TRANSLATE_NOOP("AuditAction", "Station created"),
    "login": QT_TRANSLATE_NOOP("AuditAction", "Logged in"),
    "login.failed": QT_TRANSLATE_NOOP("AuditAction", "Login failed"),
    "login.refused-locked": QT_TRANSLATE_NOOP("AuditAction", "Login refused (locked)"),
    "logout": QT_TRANSLATE_NOOP("AuditAction", "Logged out"),
    "permission.denied": QT_TRANSLATE_NOOP("AuditAction", "Action refused (not permitted)"),
    "unit.add": QT_TRANSLATE_NOOP("AuditAction", "Unit added"),
    "unit.rename": QT_TRANSLATE_NOOP("AuditAction", "Unit renamed"),
    "person.add": QT_TRANSLATE_NOOP("AuditAction", "Person added"),
    "person.enable": QT_TRANSLATE_NOOP("AuditAction", "Account enabled"),
    "person.disable": QT_TRANSLATE_NOOP("AuditAction", "Account disabled"),
    "person.reset-password": QT_TRANSLATE_NOOP("AuditAction", "Password reset"),
    "profile.copy": QT_TRANSLATE_NOOP("AuditAction", "Policy profile copied"),
    "profile.use": QT_TRANSLATE_NOOP("AuditAction", "Policy profile applied"),
    "device.add": QT_TRANSLATE_NOOP("AuditAction", "Device added"),
    "device.assign": QT_TRANSLATE_NOOP("AuditAction", "Device issued"),
    "device.return": QT_TRANSLATE_NOOP("AuditAction", "Device returned"),
    "device.pre-use-check": QT_TRANSLATE_NOOP("AuditAction", "Pre-use check"),
    "device.fault": QT_TRANSLATE_NOOP("AuditAction", "Device fault reported"),
    "device.check": QT_TRANSLATE_NOOP("AuditAction", "Device fault checked"),
    "device.repair": QT_TRANSLATE_NOOP("AuditAction", "Device sent for repair"),
    "device.back-in-service": QT_TRANSLATE_NOOP("AuditAction", "Device back in service"),
    "device.damaged": QT_TRANSLATE_NOOP("AuditAction", "Device damaged"),
    "device.lost": QT_TRANSLATE_NOOP("AuditAction", "Device lost"),
    "device.compensation": QT_TRANSLATE_NOOP("AuditAction", "Compensation recorded"),
    "device.retire": QT_TRANSLATE_NOOP("AuditAction", "Device retired"),
    "handover.open": QT_TRANSLATE_NOOP("AuditAction", "Hand-over started"),
    "handover.complete": QT_TRANSLATE_NOOP("AuditAction", "Hand-over completed"),
    "recording.import": QT_TRANSLATE_NOOP("AuditAction", "Recording imported"),
    "recording.duplicate": QT_TRANSLATE_NOOP("AuditAction", "Duplicate hand-over"),
    "recording.lent-device": QT_TRANSLATE_NOOP("AuditAction", "Recorded on another's device"),
    "recording.confidentiality": QT_TRANSLATE_NOOP("AuditAction", "Confidentiality changed"),
    "recording.index-frames": QT_TRANSLATE_NOOP("AuditAction", "Frame index built"),
    "recording.decode-check": QT_TRANSLATE_NOOP("AuditAction", "Full decode check"),
    "recording.view-details": QT_TRANSLATE_NOOP("AuditAction", "Recording details viewed"),
    "access.view": QT_TRANSLATE_NOOP("AuditAction", "Recording viewed"),
    "access.copy": QT_TRANSLATE_NOOP("AuditAction", "Recording copied"),
    "access.denied": QT_TRANSLATE_NOOP("AuditAction", "Access refused"),
    "viewing.open": QT_TRANSLATE_NOOP("AuditAction", "Playback opened"),
    "viewing.close": QT_TRANSLATE_NOOP("AuditAction", "Playback closed"),
    "marker.add": QT_TRANSLATE_NOOP("AuditAction", "Marker added"),
    "still.make": QT_TRANSLATE_NOOP("AuditAction", "Still saved"),
    "angle-group.create": QT_TRANSLATE_NOOP("AuditAction", "Angles grouped"),
    "vault.verify": QT_TRANSLATE_NOOP("AuditAction", "Integrity check"),
    "vault.changed": QT_TRANSLATE_NOOP("AuditAction", "File changed (alarm)"),
    "vault.missing": QT_TRANSLATE_NOOP("AuditAction", "File missing (alarm)"),
    "vault.record-changed": QT_TRANSLATE_NOOP("AuditAction", "Record changed (alarm)"),
    "vault.unrecorded": QT_TRANSLATE_NOOP("AuditAction", "File not recorded (alarm)"),
    "vault.matches-again": QT_TRANSLATE_NOOP("AuditAction", "File matches again"),
    "form.create": QT_TRANSLATE_NOOP("AuditAction", "Form filled in"),
    "form.edit": QT_TRANSLATE_NOOP("AuditAction", "Draft edited"),
    "form.submit": QT_TRANSLATE_NOOP("AuditAction", "Form submitted"),
    "form.withdraw": QT_TRANSLATE_NOOP("AuditAction", "Form withdrawn"),
    "form.approve": QT_TRANSLATE_NOOP("AuditAction", "Form approved"),
    "form.reject": QT_TRANSLATE_NOOP("AuditAction", "Form rejected"),
    "form.correct": QT_TRANSLATE_NOOP("AuditAction", "Form corrected"),
    "form.done": QT_TRANSLATE_NOOP("AuditAction", "Form closed"),
    "report.print": QT_TRANSLATE_NOOP("AuditAction", "Printout generated"),
    "report.paper": QT_TRANSLATE_NOOP("AuditAction", "Printed on paper"),
    "audit.key-new": QT_TRANSLATE_NOOP("AuditAction", "Signing key created"),
    "audit.key-rotate": QT_TRANSLATE_NOOP("AuditAction", "Signing key rotated"),
    "audit.key-replace": QT_TRANSLATE_NOOP("AuditAction", "Missing signing key replaced"),
    "audit.witness": QT_TRANSLATE_NOOP("AuditAction", "Other station's head witnessed"),
}

#: The prefixes the audit log's action filter offers, in menu order.
ACTION_GROUPS: tuple[tuple[str, str], ...] = (
    ("login", QT_TRANSLATE_NOOP("AuditAction", "Login and logout")),
    ("permission", QT_TRANSLATE_NOOP("AuditAction", "Refused actions")),
    ("person", QT_TRANSLATE_NOOP("AuditAction", "People")),
    ("unit", QT_TRANSLATE_NOOP("AuditAction", "Units")),
    ("profile", QT_TRANSLATE_NOOP("AuditAction", "Policy profiles")),
    ("station", QT_TRANSLATE_NOOP("AuditAction", "Station")),
    ("device", QT_TRANSLATE_NOOP("AuditAction", "Devices")),
    ("handover", QT_TRANSLATE_NOOP("AuditAction", "Hand-overs")),
    ("recording", QT_TRANSLATE_NOOP("AuditAction", "Recordings")),
    ("access", QT_TRANSLATE_NOOP("AuditAction", "Viewing and copying")),
    ("viewing", QT_TRANSLATE_NOOP("AuditAction", "Playback")),
    ("vault", QT_TRANSLATE_NOOP("AuditAction", "Integrity")),
    ("form", QT_TRANSLATE_NOOP("AuditAction", "Forms and approvals")),
    ("report", QT_TRANSLATE_NOOP("AuditAction", "Printing")),
    ("audit", QT_TRANSLATE_NOOP("AuditAction", "Signing keys and witnesses")),
)

#: Request kinds of the policy profiles' approval chains (REQUIREMENTS R5, R6, R8).
REQUEST_KIND_LABELS: dict[str, str] = {
    "retrieval": QT_TRANSLATE_NOOP("RequestKind", "Retrieval"),
    "retrieval-notice": QT_TRANSLATE_NOOP("RequestKind", "Retrieval by superior notice"),
    "viewing": QT_TRANSLATE_NOOP("RequestKind", "Viewing"),
    "copy": QT_TRANSLATE_NOOP("RequestKind", "Copy"),
    "media-release": QT_TRANSLATE_NOOP("RequestKind", "Release to media"),
    "purge": QT_TRANSLATE_NOOP("RequestKind", "Purge"),
    "interruption-report": QT_TRANSLATE_NOOP("RequestKind", "Interruption report"),
    "export": QT_TRANSLATE_NOOP("RequestKind", "Export"),
}

TARGET_KIND_LABELS: dict[str, str] = {
    "station": QT_TRANSLATE_NOOP("AuditTarget", "Station"),
    "session": QT_TRANSLATE_NOOP("AuditTarget", "Session"),
    "person": QT_TRANSLATE_NOOP("AuditTarget", "Person"),
    "unit": QT_TRANSLATE_NOOP("AuditTarget", "Unit"),
    "profile": QT_TRANSLATE_NOOP("AuditTarget", "Profile"),
    "device": QT_TRANSLATE_NOOP("AuditTarget", "Device"),
    "recording": QT_TRANSLATE_NOOP("AuditTarget", "Recording"),
    "handover": QT_TRANSLATE_NOOP("AuditTarget", "Hand-over"),
    "form": QT_TRANSLATE_NOOP("AuditTarget", "Form"),
    "vault": QT_TRANSLATE_NOOP("AuditTarget", "Vault"),
    "vault-object": QT_TRANSLATE_NOOP("AuditTarget", "Stored file"),
    "angle-group": QT_TRANSLATE_NOOP("AuditTarget", "Angle group"),
    "station-key": QT_TRANSLATE_NOOP("AuditTarget", "Signing key"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Role", ROLE_LABELS[role])


def request_kind_label(kind: str) -> str:
    source = REQUEST_KIND_LABELS.get(kind)
    return QCoreApplication.translate("RequestKind", source) if source else kind


def role_chain_text(role_ids: list[str]) -> str:
    """An approval chain such as ``单位负责人 → 法制部门``; unknown ids are shown as they are."""
    names = [role_label(Role(r)) if r in Role._value2member_map_ else r for r in role_ids]
    return " → ".join(names) if names else QCoreApplication.translate("RequestKind", "none")


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditAction", source) if source else action


def action_group_label(source: str) -> str:
    return QCoreApplication.translate("AuditAction", source)


def target_kind_label(kind: str) -> str:
    source = TARGET_KIND_LABELS.get(kind)
    return QCoreApplication.translate("AuditTarget", source) if source else kind


DETAIL_KEY_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("AuditDetail", "name"),
    "role": QT_TRANSLATE_NOOP("AuditDetail", "role"),
    "unit": QT_TRANSLATE_NOOP("AuditDetail", "unit"),
    "parent": QT_TRANSLATE_NOOP("AuditDetail", "parent unit"),
    "client": QT_TRANSLATE_NOOP("AuditDetail", "client"),
    "failures": QT_TRANSLATE_NOOP("AuditDetail", "failures"),
    "locked_until": QT_TRANSLATE_NOOP("AuditDetail", "locked until"),
    "from": QT_TRANSLATE_NOOP("AuditDetail", "from"),
    "to": QT_TRANSLATE_NOOP("AuditDetail", "to"),
    "profile": QT_TRANSLATE_NOOP("AuditDetail", "profile"),
    "admin": QT_TRANSLATE_NOOP("AuditDetail", "administrator"),
    "based_on": QT_TRANSLATE_NOOP("AuditDetail", "based on"),
    "changes": QT_TRANSLATE_NOOP("AuditDetail", "changes"),
}


def _detail_value(key: str, value: object) -> str:
    if key == "role" and isinstance(value, str) and value in Role._value2member_map_:
        return role_label(Role(value))
    if isinstance(value, dict):
        return ", ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


def damaged_entry_text() -> str:
    """For an audit entry whose stored columns cannot be read (issue #17, item 8)."""
    return QCoreApplication.translate(
        "AuditDetail",
        "This entry is damaged and cannot be read: report it to the supervision department",
    )


def details_text(details: dict[str, object]) -> str:
    """An audit entry's details as one line: ``name: 李伟; role: 执法人员``."""
    parts = []
    for key, value in details.items():
        source = DETAIL_KEY_LABELS.get(key)
        name = QCoreApplication.translate("AuditDetail", source) if source else key
        parts.append(
            QCoreApplication.translate("AuditDetail", "{name}: {value}").format(
                name=name, value=_detail_value(key, value)
            )
        )
    return QCoreApplication.translate("AuditDetail", "; ").join(parts)
