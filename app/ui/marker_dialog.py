"""The "add marker" dialog: the frame it marks, its kind (R3.3) and a note."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from app.services.markers import MARKER_KINDS, MAX_NOTE


class MarkerDialog(QDialog):
    """Asks for the kind and note of a marker at ``frame``; read ``kind`` and ``note`` after."""

    def __init__(self, frame: int, when: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Add marker"))
        self.setMinimumWidth(380)
        self.kind_box = QComboBox()
        for kind, label in MARKER_KINDS.items():
            self.kind_box.addItem(label, kind)
        self.note_edit = QPlainTextEdit()
        self.note_edit.setPlaceholderText(self.tr("What the frame shows (optional)"))
        self.note_edit.setFixedHeight(90)
        form = QFormLayout(self)
        form.addRow(self.tr("Frame"), QLabel(f"<b>{frame}</b>  {when}"))
        form.addRow(self.tr("Kind"), self.kind_box)
        form.addRow(self.tr("Note"), self.note_edit)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    @property
    def kind(self) -> str:
        return str(self.kind_box.currentData())

    @property
    def note(self) -> str:
        return self.note_edit.toPlainText().strip()[:MAX_NOTE]
