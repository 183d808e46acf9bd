"""Translatable names of the forms engine's ids: states, signed steps, time formats.

The kinds and their fields carry Chinese labels as data (``label_zh``: the titles of the
regulations' forms); the states and steps are ascii ids the GUI names here.
"""

from datetime import datetime

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from app.core.clock import STATION_TZ, as_utc
from app.core.roles import Role
from app.services.form_records import (
    APPROVED,
    DONE,
    DRAFT,
    REJECTED,
    SUBMITTED,
    SUPERSEDED,
    WITHDRAWN,
)
from app.ui.labels import role_label

STATE_LABELS: dict[str, str] = {
    DRAFT: QT_TRANSLATE_NOOP("FormState", "Draft"),
    SUBMITTED: QT_TRANSLATE_NOOP("FormState", "Awaiting approval"),
    APPROVED: QT_TRANSLATE_NOOP("FormState", "Approved"),
    REJECTED: QT_TRANSLATE_NOOP("FormState", "Rejected"),
    DONE: QT_TRANSLATE_NOOP("FormState", "Done"),
    WITHDRAWN: QT_TRANSLATE_NOOP("FormState", "Withdrawn"),
    SUPERSEDED: QT_TRANSLATE_NOOP("FormState", "Superseded by a correction"),
}

#: Text and background colour of a state's badge.
STATE_COLORS: dict[str, tuple[str, str]] = {
    DRAFT: ("#5b6776", "#eef1f5"),
    SUBMITTED: ("#8a5300", "#fff4de"),
    APPROVED: ("#1e7b34", "#e8f5ec"),
    REJECTED: ("#b71c1c", "#fdecea"),
    DONE: ("#1d5fa6", "#e6eef8"),
    WITHDRAWN: ("#6b7683", "#eef1f5"),
    SUPERSEDED: ("#6b7683", "#eef1f5"),
}

STEP_LABELS: dict[str, str] = {
    "submit": QT_TRANSLATE_NOOP("FormStep", "Submitted"),
    "approve": QT_TRANSLATE_NOOP("FormStep", "Approved"),
    "reject": QT_TRANSLATE_NOOP("FormStep", "Rejected"),
    "withdraw": QT_TRANSLATE_NOOP("FormStep", "Withdrawn"),
    "done": QT_TRANSLATE_NOOP("FormStep", "Done"),
}

OVERDUE_TEXT = "#b71c1c"


def state_label(state: str) -> str:
    source = STATE_LABELS.get(state)
    return QCoreApplication.translate("FormState", source) if source else state


def state_color(state: str) -> QColor:
    return QColor(STATE_COLORS.get(state, ("#1f2933", ""))[0])


def step_label(step: str) -> str:
    source = STEP_LABELS.get(step)
    return QCoreApplication.translate("FormStep", source) if source else step


def role_id_label(role_id: str) -> str:
    """A role id from a form's chain or step, named; unknown ids as they are."""
    return role_label(Role(role_id)) if role_id in Role._value2member_map_ else role_id


def when_text(moment: datetime | None) -> str:
    """Station local time to the minute, or a dash."""
    if moment is None:
        return "—"
    return as_utc(moment).astimezone(STATION_TZ).strftime("%Y-%m-%d %H:%M")
