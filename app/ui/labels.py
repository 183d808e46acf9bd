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
    "unit.add": QT_TRANSLATE_NOOP("AuditAction", "Unit added"),
    "unit.rename": QT_TRANSLATE_NOOP("AuditAction", "Unit renamed"),
    "person.add": QT_TRANSLATE_NOOP("AuditAction", "Person added"),
    "person.enable": QT_TRANSLATE_NOOP("AuditAction", "Account enabled"),
    "person.disable": QT_TRANSLATE_NOOP("AuditAction", "Account disabled"),
    "person.reset-password": QT_TRANSLATE_NOOP("AuditAction", "Password reset"),
    "profile.copy": QT_TRANSLATE_NOOP("AuditAction", "Policy profile copied"),
    "profile.use": QT_TRANSLATE_NOOP("AuditAction", "Policy profile applied"),
}

#: The prefixes the audit log's action filter offers, in menu order.
ACTION_GROUPS: tuple[tuple[str, str], ...] = (
    ("login", QT_TRANSLATE_NOOP("AuditAction", "Login and logout")),
    ("person", QT_TRANSLATE_NOOP("AuditAction", "People")),
    ("unit", QT_TRANSLATE_NOOP("AuditAction", "Units")),
    ("profile", QT_TRANSLATE_NOOP("AuditAction", "Policy profiles")),
    ("station", QT_TRANSLATE_NOOP("AuditAction", "Station")),
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
