"""What an import did, at a glance: counts, late and lent footage, and every file to look at."""

import re
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHeaderView,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.services.ingest import IngestReport
from app.services.ingest_record import IngestItem
from app.ui.error_texts import message_text

ALARM_TEXT, WARNING_TEXT = "#b71c1c", "#b45309"


class ImportSummary(QFrame):
    """Counts as tiles, notes in words, and a list of the files that need attention."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel()
        self.title_label.setObjectName("cardTitle")
        self.tiles: dict[str, QLabel] = {}
        grid = QGridLayout()
        grid.setHorizontalSpacing(18)
        names = (
            ("imported", self.tr("Imported")),
            ("duplicates", self.tr("Duplicates")),
            ("damaged", self.tr("Damaged")),
            ("skipped", self.tr("Skipped")),
            ("failed", self.tr("Not preserved")),
            ("late", self.tr("Late")),
        )
        for column, (key, name) in enumerate(names):
            value = QLabel("0")
            value.setObjectName("pageTitle")
            value.setAlignment(Qt.AlignmentFlag.AlignCenter)
            caption = QLabel(name)
            caption.setObjectName("fieldName")
            caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
            grid.addWidget(value, 0, column)
            grid.addWidget(caption, 1, column)
            self.tiles[key] = value
        self.notes_label = QLabel()
        self.notes_label.setWordWrap(True)
        self.items = QTreeWidget()
        self.items.setRootIsDecorated(False)
        self.items.setHeaderLabels([self.tr("File"), self.tr("Outcome"), self.tr("Details")])
        self.items.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.items.setMinimumHeight(110)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addLayout(grid)
        layout.addWidget(self.notes_label)
        layout.addWidget(self.items, 1)

    def count(self, key: str) -> int:
        return int(self.tiles[key].text())

    def show_report(self, report: IngestReport) -> None:
        late = [i for i in report.imported if i.late]
        counts = {
            "imported": len(report.imported),
            "duplicates": len(report.duplicates),
            "damaged": len(report.damaged),
            "skipped": len(report.skipped),
            "failed": len(report.failed),
            "late": len(late),
        }
        for key, value in counts.items():
            self.tiles[key].setText(str(value))
            alarm = value and key in ("damaged", "failed", "late")
            self.tiles[key].setStyleSheet(f"color: {ALARM_TEXT};" if alarm else "")
        self.title_label.setText(self._title(report))
        self.notes_label.setText("\n".join(self._notes(report, late)))
        self._fill_items(report)

    def _title(self, report: IngestReport) -> str:
        if report.cancelled:
            return self.tr("Import cancelled")
        if report.exit_code:
            return self.tr("Import finished with problems")
        return self.tr("Import complete")

    def _notes(self, report: IngestReport, late: list[IngestItem]) -> list[str]:
        notes = []
        if report.handover_id is not None:
            notes.append(
                self.tr("Hand-over register entry No. {id}.").format(id=report.handover_id)
            )
        if late:
            notes.append(
                self.tr(
                    "{count} files handed over late, up to {hours} h after the deadline."
                ).format(count=len(late), hours=f"{max(i.delay_hours for i in late):.1f}")
            )
        lent = [i for i in report.imported if i.lent]
        if lent:
            notes.append(
                self.tr(
                    "{count} files were recorded on a device issued to someone else: "
                    "flagged as lending."
                ).format(count=len(lent))
            )
        if report.cancelled:
            notes.append(
                self.tr(
                    'Committed files are kept; the rest can be imported later with "Resume import".'
                )
            )
        if report.not_cleared:
            notes.append(
                self.tr("{count} files could not be deleted from the device.").format(
                    count=len(report.not_cleared)
                )
            )
        if report.mirror_failed:
            notes.append(
                self.tr("The backup copy failed for {count} files.").format(
                    count=len(report.mirror_failed)
                )
            )
        return notes

    def _skip_reason(self, item: IngestItem) -> str:
        found = re.fullmatch(r"not a media file \((.*)\)", item.reason or "")
        if found is None:
            return message_text(item.reason or "")
        return self.tr("not a media file ({kind})").format(kind=found.group(1))

    def _fill_items(self, report: IngestReport) -> None:
        self.items.clear()
        rows: list[tuple[IngestItem, str, str, str]] = []
        rows += [
            (i, self.tr("Damaged"), message_text(i.reason or ""), ALARM_TEXT)
            for i in report.damaged
        ]
        rows += [
            (i, self.tr("Not preserved"), message_text(i.reason or ""), ALARM_TEXT)
            for i in report.failed
        ]
        rows += [
            (i, self.tr("Late"), self.tr("{hours} h late").format(hours=f"{i.delay_hours:.1f}"),
             WARNING_TEXT)
            for i in report.imported if i.late and not i.damaged
        ]  # fmt: skip
        rows += [
            (i, self.tr("Duplicate"), self.tr("already recording {id}").format(id=i.id), "")
            for i in report.duplicates
        ]
        rows += [(i, self.tr("Skipped"), self._skip_reason(i), "") for i in report.skipped]
        for item, outcome, details, color in rows:
            line = QTreeWidgetItem([Path(item.source).name, outcome, details])
            line.setToolTip(0, item.source)
            if color:
                line.setForeground(1, QColor(color))
            self.items.addTopLevelItem(line)
        self.items.setVisible(bool(rows))
