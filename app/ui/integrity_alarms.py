"""The list of integrity alarms shown on the recordings page while any is on record (R9.1)."""

from collections.abc import Sequence

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import local_text
from app.services.verification import AlarmRow
from app.ui.evidence_labels import alarm_kind_label

ALARM_TEXT = "#b71c1c"
RECORDING_ROLE = Qt.ItemDataRole.UserRole + 1


class IntegrityAlarmList(QFrame):
    """Alarms newest first; hidden when there are none. Never offers to "fix" a file.

    Signals:
        recording_activated(int): the person double-clicked an alarm of this recording.
    """

    recording_activated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel()
        self.title_label.setObjectName("chainBrokenText")
        self.hint_label = QLabel(
            self.tr(
                "These originals no longer match the digests taken at import. Nothing has "
                "been repaired: report to the unit head and keep the files as they are."
            )
        )
        self.hint_label.setWordWrap(True)
        self.hint_label.setObjectName("pageSubtitle")
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(False)
        self.tree.setHeaderLabels(
            [
                self.tr("Detected"),
                self.tr("Problem"),
                self.tr("Recordings"),
                self.tr("Expected SHA-256"),
                self.tr("Found SHA-256"),
                self.tr("Detected by"),
            ]
        )
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.tree.itemDoubleClicked.connect(self._on_tree_item_double_clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 10)
        layout.setSpacing(6)
        layout.addWidget(self.title_label)
        layout.addWidget(self.hint_label)
        layout.addWidget(self.tree)
        self.hide()

    def set_alarms(self, alarms: Sequence[AlarmRow]) -> None:
        self.tree.clear()
        for alarm in alarms:
            item = QTreeWidgetItem(
                [
                    local_text(alarm.detected_at),
                    alarm_kind_label(alarm.kind),
                    ", ".join(str(rid) for rid in alarm.recording_ids),
                    alarm.sha256[:16] + "…",
                    (alarm.actual_sha256 or "—")[:16] + ("…" if alarm.actual_sha256 else ""),
                    alarm.detected_by,
                ]
            )
            item.setForeground(1, QColor(ALARM_TEXT))
            item.setToolTip(3, alarm.sha256)
            item.setToolTip(4, alarm.actual_sha256 or "")
            item.setData(0, RECORDING_ROLE, alarm.recording_ids[0] if alarm.recording_ids else None)
            self.tree.addTopLevelItem(item)
        # As tall as its rows, up to five: the table below stays the page's main content.
        self.tree.setFixedHeight(34 + 24 * min(max(len(alarms), 1), 5))
        self.title_label.setText(self.tr("Integrity alarms: {count}").format(count=len(alarms)))
        self.setVisible(bool(alarms))

    @Slot(QTreeWidgetItem, int)
    def _on_tree_item_double_clicked(self, item: QTreeWidgetItem, _column: int) -> None:
        recording_id = item.data(0, RECORDING_ROLE)
        if recording_id is not None:
            self.recording_activated.emit(int(recording_id))
