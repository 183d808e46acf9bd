"""The main window's status bar: station, user and role, policy profile, audit-chain state."""

from PySide6.QtWidgets import QLabel, QStatusBar, QWidget

from app.services.audit import ChainReport
from app.services.auth import Actor
from app.services.station import StationInfo
from app.ui.chain_texts import chain_long_text, chain_short_text
from app.ui.labels import role_label


class StationStatusBar(QStatusBar):
    """Permanent fields on the right; the audit-chain state turns red when broken."""

    def __init__(self, info: StationInfo, actor: Actor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizeGripEnabled(False)
        self.station_label = QLabel(
            self.tr("Station: {unit} ({code})").format(unit=info.unit_name, code=info.code)
        )
        self.user_label = QLabel(
            self.tr("User: {name} · {role}").format(name=actor.name, role=role_label(actor.role))
        )
        self.profile_label = QLabel(self.tr("Profile: {id}").format(id=info.profile_id))
        self.chain_label = QLabel()
        for label in (self.station_label, self.user_label, self.profile_label, self.chain_label):
            self.addPermanentWidget(label)
        self.set_chain_pending()

    def _set_chain(self, text: str, name: str, tooltip: str = "") -> None:
        self.chain_label.setText(text)
        self.chain_label.setToolTip(tooltip)
        self.chain_label.setObjectName(name)
        self.chain_label.style().unpolish(self.chain_label)
        self.chain_label.style().polish(self.chain_label)

    def set_chain_pending(self) -> None:
        self._set_chain(self.tr("Verifying audit chain…"), "chainPending")

    def set_chain_report(self, report: ChainReport) -> None:
        self._set_chain(
            chain_short_text(report),
            "chainIntact" if report.ok else "chainBroken",
            chain_long_text(report),
        )

    def set_chain_unknown(self) -> None:
        self._set_chain(self.tr("Audit chain not verified"), "chainBrokenText")

    def chain_text(self) -> str:
        return self.chain_label.text()

    def is_chain_broken(self) -> bool:
        return self.chain_label.objectName() == "chainBroken"
