"""The equipment rate card (配备率, R1.5): per unit, officers with a working device / officers."""

from collections.abc import Sequence

from PySide6.QtWidgets import QFrame, QGridLayout, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.services.devices import EquipmentRate

BELOW_TARGET, AT_TARGET = "#c62828", "#1e7b34"


class EquipmentRateCard(QFrame):
    """One bar per unit against the profile's target [002 §6]."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("card")
        self.title_label = QLabel(self.tr("Equipment rate"))
        self.title_label.setObjectName("cardTitle")
        self.total_label = QLabel()
        self.total_label.setObjectName("pageTitle")
        self.target_label = QLabel()
        self.target_label.setObjectName("pageSubtitle")
        self.target_label.setWordWrap(True)
        self._grid = QGridLayout()
        self._grid.setHorizontalSpacing(10)
        self._grid.setVerticalSpacing(8)
        self._grid.setColumnStretch(1, 1)
        self.bars: dict[str, QProgressBar] = {}
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 14)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addWidget(self.total_label)
        layout.addWidget(self.target_label)
        layout.addLayout(self._grid)
        layout.addStretch(1)

    def set_rates(self, rates: Sequence[EquipmentRate], target: float | None) -> None:
        while self._grid.count():
            item = self._grid.takeAt(0)
            if item.widget() is not None:
                item.widget().deleteLater()
        self.bars.clear()
        if target is None:
            self.target_label.setText(
                self.tr("Officers holding a working device, per unit. The profile sets no target.")
            )
        else:
            self.target_label.setText(
                self.tr("Officers holding a working device, per unit. Target: {target} %.").format(
                    target=round(target * 100)
                )
            )
        officers = sum(r.officers for r in rates)
        equipped = sum(r.equipped for r in rates)
        overall = equipped / officers if officers else 0.0
        self.total_label.setText(
            self.tr("{percent} % overall ({equipped}/{officers})").format(
                percent=round(overall * 100), equipped=equipped, officers=officers
            )
        )
        below = target is not None and overall < target
        self.total_label.setStyleSheet(f"color: {BELOW_TARGET if below else AT_TARGET};")
        for row, rate in enumerate(rates):
            self._add_row(row, rate, target)
        if not rates:
            self._grid.addWidget(QLabel(self.tr("No officers yet.")), 0, 0, 1, 3)

    def _add_row(self, row: int, rate: EquipmentRate, target: float | None) -> None:
        value = rate.rate or 0.0
        name = QLabel(rate.unit_name)
        name.setToolTip(rate.unit_code)
        bar = QProgressBar()
        bar.setRange(0, 100)
        bar.setValue(round(value * 100))
        bar.setTextVisible(False)
        bar.setFixedHeight(10)
        below = target is not None and value < target
        color = BELOW_TARGET if below else AT_TARGET
        bar.setStyleSheet(
            "QProgressBar { background: #edf0f4; border: none; border-radius: 5px; }"
            f"QProgressBar::chunk {{ background: {color}; border-radius: 5px; }}"
        )
        figure = QLabel(
            self.tr("{equipped}/{officers} · {percent} %").format(
                equipped=rate.equipped, officers=rate.officers, percent=round(value * 100)
            )
        )
        figure.setStyleSheet(f"color: {color}; font-weight: 600;")
        self._grid.addWidget(name, row, 0)
        self._grid.addWidget(bar, row, 1)
        self._grid.addWidget(figure, row, 2)
        self.bars[rate.unit_code] = bar
