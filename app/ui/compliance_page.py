"""The compliance page (合规监督, R10.1): what is late, missing or waiting, as big counts.

Each tile is one figure of ``compliance_report`` for the supervisor's unit tree — red when
a non-zero count is a breach, amber when it is work waiting, green when all is well — and
opens the list behind it (forms, gaps, devices, recordings) below the tiles. The report
and each list are read in a worker.
"""

import logging
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from app.services.auth import Actor
from app.services.profiles import active_profile
from app.services.station import StationContext
from app.ui.compliance_lists import LIST_READERS, Dashboard, ItemList, read_dashboard, read_list
from app.ui.compliance_model import ComplianceListModel
from app.ui.count_tile import CountTile
from app.ui.errors import show_error
from app.ui.form_labels import when_text
from app.ui.form_view_dialog import FormViewDialog
from app.ui.icons import icon
from app.ui.jobs import JobRunner, run_in_background
from app.ui.page_header import PageHeader

log = logging.getLogger(__name__)

ALARM, ATTENTION, INFO = "alarm", "attention", "info"
COLUMNS_PER_ROW = 4


@dataclass(frozen=True)
class TileSpec:
    """One tile: the count's id, its title and hint (source strings), what non-zero means."""

    id: str
    title: str
    hint: str
    severity: str


TILES: tuple[TileSpec, ...] = (
    TileSpec(
        "overdue_reports",
        QT_TRANSLATE_NOOP("CompliancePage", "Overdue interruption reports"),
        QT_TRANSLATE_NOOP("CompliancePage", "Past the profile's deadline, not submitted"),
        ALARM,
    ),
    TileSpec(
        "unreported_gaps",
        QT_TRANSLATE_NOOP("CompliancePage", "Gaps without a report"),
        QT_TRANSLATE_NOOP("CompliancePage", "Recording stopped; no report explains it"),
        ALARM,
    ),
    TileSpec(
        "late_handovers",
        QT_TRANSLATE_NOOP("CompliancePage", "Late hand-overs"),
        QT_TRANSLATE_NOOP("CompliancePage", "Recordings handed over after the deadline"),
        ALARM,
    ),
    TileSpec(
        "pending_approvals",
        QT_TRANSLATE_NOOP("CompliancePage", "Pending approvals"),
        QT_TRANSLATE_NOOP("CompliancePage", "Forms submitted, not yet decided"),
        ATTENTION,
    ),
    TileSpec(
        "late_reports",
        QT_TRANSLATE_NOOP("CompliancePage", "Reports filed late"),
        QT_TRANSLATE_NOOP("CompliancePage", "Submitted after their deadline"),
        ALARM,
    ),
    TileSpec(
        "overdue_rectifications",
        QT_TRANSLATE_NOOP("CompliancePage", "Overdue rectifications"),
        QT_TRANSLATE_NOOP("CompliancePage", "Inspection findings past their deadline"),
        ALARM,
    ),
    TileSpec(
        "open_rectifications",
        QT_TRANSLATE_NOOP("CompliancePage", "Open rectifications"),
        QT_TRANSLATE_NOOP("CompliancePage", "Inspection findings not yet closed"),
        ATTENTION,
    ),
    TileSpec(
        "integrity_alarms",
        QT_TRANSLATE_NOOP("CompliancePage", "Integrity alarms"),
        QT_TRANSLATE_NOOP("CompliancePage", "Stored files whose check failed"),
        ALARM,
    ),
    TileSpec(
        "faulty_devices",
        QT_TRANSLATE_NOOP("CompliancePage", "Faulty devices"),
        QT_TRANSLATE_NOOP("CompliancePage", "Faulty or in repair"),
        ALARM,
    ),
    TileSpec(
        "open_fault_reports",
        QT_TRANSLATE_NOOP("CompliancePage", "Open fault reports"),
        QT_TRANSLATE_NOOP("CompliancePage", "Device faults not yet checked"),
        ATTENTION,
    ),
    TileSpec(
        "equipment_rate",
        QT_TRANSLATE_NOOP("CompliancePage", "Equipment rate"),
        QT_TRANSLATE_NOOP("CompliancePage", "Officers holding a working device"),
        INFO,
    ),
    TileSpec(
        "accountability_records",
        QT_TRANSLATE_NOOP("CompliancePage", "Accountability records"),
        QT_TRANSLATE_NOOP("CompliancePage", "Violations decided, with the measure taken"),
        INFO,
    ),
)


def _tr(source: str) -> str:
    return QCoreApplication.translate("CompliancePage", source)


def tone_of(spec: TileSpec, count: int) -> str:
    """Red for a breach, amber for waiting work, green when zero, plain for a fact."""
    if spec.severity == INFO:
        return "neutral"
    if count == 0:
        return "ok"
    return "alarm" if spec.severity == ALARM else "attention"


class CompliancePage(QWidget):
    """The tiles, and below them the list behind the tile chosen."""

    def __init__(
        self, context: StationContext, actor: Actor, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self.dashboard: Dashboard | None = None
        self._profile = None
        self._runner: JobRunner | None = None
        self._list_runner: JobRunner | None = None
        self.current_tile: str | None = None
        self.header = PageHeader(
            self.tr("Compliance"),
            self.tr(
                "Late, missing and waiting items of {unit} and the units below it. "
                "Click a figure to see what it counts."
            ).format(unit=actor.unit_name),
        )
        self.refresh_button = QPushButton(icon("refresh"), self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.reload)
        self.header.add_widget(self.refresh_button)
        self.as_of_label = QLabel()
        self.as_of_label.setObjectName("pageSubtitle")
        self.tiles = {spec.id: self._make_tile(spec) for spec in TILES}
        self.list_title = QLabel(self.tr("Click a figure above to list what it counts."))
        self.list_title.setObjectName("cardTitle")
        self.model = ComplianceListModel()
        self.table = self._make_table()
        self._build_layout()
        self.reload()

    def _make_tile(self, spec: TileSpec) -> CountTile:
        tile = CountTile(spec.id, _tr(spec.title), _tr(spec.hint))
        if spec.id not in LIST_READERS:
            tile.set_has_list(False, self.tr("The recordings page lists these files."))
        tile.clicked.connect(self.open_list)
        return tile

    def _make_table(self) -> QTableView:
        table = QTableView()
        table.setModel(self.model)
        table.setAlternatingRowColors(True)
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        table.setShowGrid(False)
        table.verticalHeader().hide()
        table.verticalHeader().setDefaultSectionSize(28)
        header = table.horizontalHeader()
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        table.doubleClicked.connect(self._on_table_double_clicked)
        return table

    def _build_layout(self) -> None:
        grid = QGridLayout()
        grid.setSpacing(12)
        for number, spec in enumerate(TILES):
            grid.addWidget(self.tiles[spec.id], number // COLUMNS_PER_ROW, number % COLUMNS_PER_ROW)
        card = QFrame()
        card.setObjectName("card")
        card_layout = QVBoxLayout(card)
        card_layout.setContentsMargins(16, 12, 16, 12)
        card_layout.addWidget(self.list_title)
        card_layout.addWidget(self.table, 1)
        status = QHBoxLayout()
        status.addWidget(self.as_of_label)
        status.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(12)
        layout.addWidget(self.header)
        layout.addLayout(status)
        layout.addLayout(grid)
        layout.addWidget(card, 1)

    @property
    def is_busy(self) -> bool:
        return self._runner is not None or self._list_runner is not None

    def refresh(self) -> None:
        """Called when the page is shown."""
        self.reload()

    @Slot()
    def reload(self) -> None:
        """Read the report again in the background; the open list follows it."""
        if self._runner is not None:
            return
        context, actor = self._context, self._actor
        self.refresh_button.setEnabled(False)
        self.as_of_label.setText(self.tr("Reading…"))
        self._runner = run_in_background(
            self,
            lambda: (read_dashboard(context, actor), active_profile(context)),
            self._on_report_finished,
            on_done=self._on_report_done,
            name="compliance",
        )

    def _on_report_done(self) -> None:
        self._runner = None
        self.refresh_button.setEnabled(True)
        self.as_of_label.setText("")

    def _on_report_finished(self, result: tuple[Dashboard, object]) -> None:
        self.dashboard, self._profile = result
        report = self.dashboard.report
        self.as_of_label.setText(
            self.tr("As of {time} · unit {unit} and below · gaps of the last 90 days").format(
                time=when_text(report.at), unit=report.unit_code
            )
        )
        counts = report.counts.as_json()
        for spec in TILES:
            if spec.id == "equipment_rate":
                self._show_rate(self.tiles[spec.id])
            else:
                self.tiles[spec.id].set_value(str(counts[spec.id]), tone_of(spec, counts[spec.id]))
        if self.current_tile is not None:
            self.open_list(self.current_tile)

    def _show_rate(self, tile: CountTile) -> None:
        assert self.dashboard is not None
        rate = self.dashboard.equipment_rate
        if rate is None:
            tile.set_value("—", "neutral")
            return
        tile.set_value(f"{rate:.0%}", "ok" if rate >= 1 else "attention")
        tile.hint_label.setText(
            self.tr("{equipped} of {officers} officers hold a working device").format(
                equipped=self.dashboard.equipped, officers=self.dashboard.officers
            )
        )

    @Slot(str)
    def open_list(self, tile_id: str) -> None:
        """List what ``tile_id`` counts, below the tiles (read in a worker)."""
        if self.dashboard is None or tile_id not in LIST_READERS:
            return
        self.current_tile = tile_id
        for spec_id, tile in self.tiles.items():
            tile.set_selected(spec_id == tile_id)
        spec = next(s for s in TILES if s.id == tile_id)
        self.list_title.setText(self.tr("{title} — reading…").format(title=_tr(spec.title)))
        context, actor, report = self._context, self._actor, self.dashboard.report
        runner = JobRunner(
            lambda: read_list(context, actor, tile_id, report), name="compliance-list"
        )
        runner.finished.connect(self._on_list_finished)
        runner.failed.connect(self._on_list_failed)
        self._list_runner = runner
        runner.start()

    @Slot(object)
    def _on_list_finished(self, items: ItemList) -> None:
        if self.sender() is not self._list_runner:
            return
        self._list_runner = None
        self.model.set_list(items)
        spec = next(s for s in TILES if s.id == self.current_tile)
        self.list_title.setText(
            self.tr("{title} · {count} items").format(title=_tr(spec.title), count=len(items.rows))
        )

    @Slot(object)
    def _on_list_failed(self, exc: object) -> None:
        if self.sender() is not self._list_runner:
            return
        self._list_runner = None
        self.model.clear()
        self.list_title.setText("")
        show_error(self, exc)  # type: ignore[arg-type]

    @Slot(QModelIndex)
    def _on_table_double_clicked(self, index: QModelIndex) -> None:
        row = self.model.row_at(index.row())
        if row.form_id is not None:
            self.open_form(row.form_id)

    def open_form(self, form_id: int) -> FormViewDialog:
        dialog = FormViewDialog(self._context, self._actor, form_id, self._profile, self)  # type: ignore[arg-type]
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
