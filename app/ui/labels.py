"""Translatable names for the domain's ids: roles, audit actions, audit target kinds.

Services speak stable ascii ids (``manager``, ``person.add``); the GUI shows them in the
user's language. The English source text is marked here with ``QT_TRANSLATE_NOOP`` and
translated where it is shown, so ``pyside6-lupdate`` sees every string.
"""

from PySide6.QtCore import QCoreApplication, QT_TRANSLATE_NOOP

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

TARGET_KIND_LABELS: dict[str, str] = {
    "station": QT_TRANSLATE_NOOP("AuditTarget", "Station"),
    "session": QT_TRANSLATE_NOOP("AuditTarget", "Session"),
    "person": QT_TRANSLATE_NOOP("AuditTarget", "Person"),
    "unit": QT_TRANSLATE_NOOP("AuditTarget", "Unit"),
    "profile": QT_TRANSLATE_NOOP("AuditTarget", "Profile"),
}


def role_label(role: Role) -> str:
    return QCoreApplication.translate("Role", ROLE_LABELS[role])


def action_label(action: str) -> str:
    source = ACTION_LABELS.get(action)
    return QCoreApplication.translate("AuditAction", source) if source else action


def action_group_label(source: str) -> str:
    return QCoreApplication.translate("AuditAction", source)


def target_kind_label(kind: str) -> str:
    source = TARGET_KIND_LABELS.get(kind)
    return QCoreApplication.translate("AuditTarget", source) if source else kind
