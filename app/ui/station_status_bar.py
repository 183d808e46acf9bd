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
        # Vault integrity (R9.1): hidden until the integrity monitor reports.
        self.integrity_label = QLabel()
        self.integrity_label.hide()
        self.addPermanentWidget(self.integrity_label)
        # The background decode check of new recordings: shown only while it runs.
        self.decode_label = QLabel()
        self.decode_label.hide()
        self.addPermanentWidget(self.decode_label)
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

    def set_integrity_alarms(self, count: int, tooltip: str = "") -> None:
        """Show the vault's integrity state: red while any alarm is on record (R9.1)."""
        if count:
            text = self.tr("Integrity alarms: {count}").format(count=count)
        else:
            text = self.tr("Vault intact")
        # The audit chain's colours: red for broken, green for intact.
        self._style(self.integrity_label, "chainBroken" if count else "chainIntact")
        self.integrity_label.setText(text)
        self.integrity_label.setToolTip(tooltip)
        self.integrity_label.show()

    def set_decode_progress(self, done: int, total: int) -> None:
        """Show the decode check's progress; hidden when nothing is left to check."""
        if done >= total:
            self.decode_label.hide()
            return
        self.decode_label.setText(
            self.tr("Checking recordings: {done} of {total}").format(done=done + 1, total=total)
        )
        self.decode_label.show()

    def has_integrity_alarm(self) -> bool:
        return self.integrity_label.objectName() == "chainBroken"

    @staticmethod
    def _style(label: QLabel, name: str) -> None:
        label.setObjectName(name)
        label.style().unpolish(label)
        label.style().polish(label)
