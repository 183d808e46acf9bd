"""One input widget per kind of form field, all read and written as the text the service takes.

The forms engine keeps every value as text (times in ISO 8601); each editor here turns its
widget's state into that text and back, and says when it changed, so the form dialog can
hand the values to the service's own validator as the user types.
"""

from collections.abc import Sequence
from datetime import datetime

from PySide6.QtCore import QDateTime, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from app.core.clock import STATION_TZ
from app.services.form_kinds import FieldSpec
from app.services.people import UnitRow
from app.ui.unit_combo import UnitComboBox

#: Fields whose answers run to sentences: a finding, the facts, a description.
LONG_TEXT_FIELDS = frozenset(
    {
        "description",
        "facts",
        "finding",
        "fault_description",
        "rectification_order",
        "closure_note",
        "check_result",
        "repair_action",
        "provision_note",
        "files",
        "hashes",
        "purpose",
        "reason",
    }
)
_TIME_FORMAT = "yyyy-MM-dd HH:mm"


class FieldEditor(QWidget):
    """The common face of every editor: ``value()``, ``set_value()`` and ``changed``.

    Signals:
        changed(): the value the editor holds changed.
    """

    changed = Signal()

    def __init__(self, spec: FieldSpec, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spec = spec
        self._layout = QHBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    def value(self) -> str:
        raise NotImplementedError

    def set_value(self, text: str) -> None:
        raise NotImplementedError

    def focus_widget(self) -> QWidget:
        return self


class LineEditor(FieldEditor):
    """Short text, a login, a number."""

    def __init__(self, spec: FieldSpec, placeholder: str = "") -> None:
        super().__init__(spec)
        self.edit = QLineEdit()
        self.edit.setPlaceholderText(placeholder)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str:
        return self.edit.text()

    def set_value(self, text: str) -> None:
        self.edit.setText(text)

    def focus_widget(self) -> QWidget:
        return self.edit


class TextEditor(FieldEditor):
    """A few lines of text: a description, the facts, a finding."""

    def __init__(self, spec: FieldSpec) -> None:
        super().__init__(spec)
        self.edit = QPlainTextEdit()
        self.edit.setTabChangesFocus(True)
        self.edit.setFixedHeight(64)
        self.edit.textChanged.connect(self.changed)
        self._layout.addWidget(self.edit)

    def value(self) -> str:
        return self.edit.toPlainText()

    def set_value(self, text: str) -> None:
        self.edit.setPlainText(text)

    def focus_widget(self) -> QWidget:
        return self.edit


class ChoiceEditor(FieldEditor):
    """One of a list: a reason, a violation, a measure; the data is the choice's id."""

    def __init__(
        self, spec: FieldSpec, choices: Sequence[tuple[str, str]], blank_text: str
    ) -> None:
        super().__init__(spec)
        self.combo = QComboBox()
        self.combo.addItem(blank_text, "")
        for ident, label in choices:
            self.combo.addItem(label, ident)
        self.combo.setMaxVisibleItems(16)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)

    def value(self) -> str:
        return str(self.combo.currentData() or "")

    def set_value(self, text: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(text)))

    def focus_widget(self) -> QWidget:
        return self.combo


class UnitEditor(FieldEditor):
    """A unit of the tree; the data is its code."""

    def __init__(self, spec: FieldSpec, units: Sequence[UnitRow], blank_text: str) -> None:
        super().__init__(spec)
        self.combo = UnitComboBox(units)
        self.combo.insertItem(0, blank_text, "")
        self.combo.setCurrentIndex(0)
        self.combo.currentIndexChanged.connect(self.changed)
        self._layout.addWidget(self.combo)

    def value(self) -> str:
        return self.combo.current_code()

    def set_value(self, text: str) -> None:
        self.combo.setCurrentIndex(max(0, self.combo.findData(text)))

    def focus_widget(self) -> QWidget:
        return self.combo


class DateTimeEditor(FieldEditor):
    """A time in station local time, to the minute; an optional one has a switch to set it."""

    def __init__(self, spec: FieldSpec, set_text: str, now: datetime) -> None:
        super().__init__(spec)
        self.edit = QDateTimeEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat(_TIME_FORMAT)
        self.edit.setMinimumWidth(170)
        self.edit.setDateTime(_qt_time(now))
        self.edit.dateTimeChanged.connect(self.changed)
        self.set_check = QCheckBox(set_text)
        self.set_check.setChecked(spec.required)
        self.set_check.setVisible(not spec.required)
        self.set_check.toggled.connect(self._on_set_check_toggled)
        self.edit.setEnabled(spec.required)
        self._layout.addWidget(self.set_check)
        self._layout.addWidget(self.edit)
        self._layout.addStretch(1)

    def value(self) -> str:
        if not self.set_check.isChecked():
            return ""
        return self.edit.dateTime().toString("yyyy-MM-ddTHH:mm")

    def set_value(self, text: str) -> None:
        if not text:
            self.set_check.setChecked(self.spec.required)
            return
        moment = datetime.fromisoformat(text).astimezone(STATION_TZ)
        self.edit.setDateTime(_qt_time(moment))
        self.set_check.setChecked(True)

    def focus_widget(self) -> QWidget:
        return self.edit

    @Slot(bool)
    def _on_set_check_toggled(self, checked: bool) -> None:
        self.edit.setEnabled(checked)
        self.changed.emit()


def _qt_time(moment: datetime) -> QDateTime:
    local = moment.astimezone(STATION_TZ) if moment.tzinfo else moment
    return QDateTime.fromString(local.strftime("%Y-%m-%dT%H:%M"), "yyyy-MM-ddTHH:mm")
