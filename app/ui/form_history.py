"""A form's history: every signed step (who, role, when, comment, signature) and its versions.

Steps are the engine's own record (``FormView.steps``); each row shows the signature hash
that binds the person, the time and the content hash they signed. Versions link a
correction to what it corrects; choosing one asks the page to show it.
"""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.form_records import FormView, StepView
from app.ui.form_labels import role_id_label, state_color, state_label, step_label, when_text

FORM_ID_ROLE = Qt.ItemDataRole.UserRole + 1
SIGNATURE_SHOWN = 16


class FormHistoryView(QWidget):
    """The steps table and the list of versions of one form.

    Signals:
        version_selected(int): the user chose another version (its form id).
    """

    version_selected = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.steps_table = QTableWidget(0, 7)
        self.steps_table.setHorizontalHeaderLabels(
            [
                self.tr("No."),
                self.tr("Step"),
                self.tr("Signed by"),
                self.tr("Role"),
                self.tr("Time"),
                self.tr("Comment"),
                self.tr("Signature (SHA-256)"),
            ]
        )
        self.steps_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.steps_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.steps_table.setAlternatingRowColors(True)
        self.steps_table.setShowGrid(False)
        self.steps_table.verticalHeader().hide()
        self.steps_table.verticalHeader().setDefaultSectionSize(28)
        header = self.steps_table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.versions_title = QLabel(self.tr("Versions"))
        self.versions_title.setObjectName("sectionTitle")
        self.versions_list = QListWidget()
        self.versions_list.setMaximumHeight(96)
        self.versions_list.itemActivated.connect(self._on_versions_list_item_activated)
        self.versions_list.itemClicked.connect(self._on_versions_list_item_activated)
        steps_title = QLabel(self.tr("Signed steps"))
        steps_title.setObjectName("sectionTitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addWidget(steps_title)
        layout.addWidget(self.steps_table, 1)
        layout.addWidget(self.versions_title)
        layout.addWidget(self.versions_list)

    def set_form(self, form: FormView, versions: Sequence[FormView]) -> None:
        """Show ``form``'s steps and all its versions, oldest first, ``form`` marked."""
        self.steps_table.setRowCount(len(form.steps))
        for row, step in enumerate(form.steps):
            for column, item in enumerate(self._step_items(step)):
                self.steps_table.setItem(row, column, item)
        self.versions_list.clear()
        for version in versions:
            item = QListWidgetItem(self._version_text(version, current=version.id == form.id))
            item.setData(FORM_ID_ROLE, version.id)
            item.setForeground(state_color(version.state))
            self.versions_list.addItem(item)
            if version.id == form.id:
                self.versions_list.setCurrentItem(item)

    def clear(self) -> None:
        self.steps_table.setRowCount(0)
        self.versions_list.clear()

    def _step_items(self, step: StepView) -> list[QTableWidgetItem]:
        signature = QTableWidgetItem(step.signature[:SIGNATURE_SHOWN] + "…")
        signature.setToolTip(
            self.tr("Signature: {signature}\nContent signed: {content}").format(
                signature=step.signature, content=step.content_hash
            )
        )
        comment = QTableWidgetItem(self._comment(step))
        comment.setToolTip(self._comment(step))
        return [
            QTableWidgetItem(str(step.seq)),
            QTableWidgetItem(step_label(step.step)),
            QTableWidgetItem(f"{step.name}（{step.login}）"),
            QTableWidgetItem(role_id_label(step.role)),
            QTableWidgetItem(when_text(step.at)),
            comment,
            signature,
        ]

    @staticmethod
    def _comment(step: StepView) -> str:
        entries = "；".join(f"{key}={value}" for key, value in step.entries.items())
        return "；".join(part for part in (step.comment, entries) if part)

    def _version_text(self, version: FormView, *, current: bool) -> str:
        text = self.tr("Version {version} · No. {id} · {state} · created {time}").format(
            version=version.version,
            id=version.id,
            state=state_label(version.state),
            time=when_text(version.created_at),
        )
        return self.tr("{text} (shown)").format(text=text) if current else text

    @Slot(QListWidgetItem)
    def _on_versions_list_item_activated(self, item: QListWidgetItem) -> None:
        form_id = int(item.data(FORM_ID_ROLE))
        self.version_selected.emit(form_id)
