"""The overview page (工作站概况): the station, its policy profile, the audit chain, the user."""

from dataclasses import dataclass

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QGridLayout, QVBoxLayout, QWidget

from app.core.clock import local_text, system_clock
from app.services.audit import ChainHead, ChainReport
from app.services.auth import Actor
from app.services.profiles import active_profile
from app.services.station import StationContext, StationInfo, station_info
from app.ui.chain_monitor import ChainMonitor
from app.ui.chain_texts import chain_short_text, problem_text
from app.ui.info_card import InfoCard
from app.ui.jobs import JobRunner, run_in_background
from app.ui.labels import REQUEST_KIND_LABELS, request_kind_label, role_chain_text, role_label
from app.ui.language import CHINESE, current_language
from app.ui.page_header import PageHeader


@dataclass(frozen=True)
class Overview:
    """What the page shows, read in one background job."""

    station: StationInfo
    profile: dict[str, object]
    head: ChainHead


def read_overview(context: StationContext) -> Overview:
    return Overview(
        station_info(context), active_profile(context).summary(), context.audit.current_head()
    )


class OverviewPage(QWidget):
    """Cards for the station, the signed-in user, the audit chain and the policy profile."""

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        monitor: ChainMonitor,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._runner: JobRunner | None = None
        self.header = PageHeader(
            self.tr("Station overview"),
            self.tr(
                "Welcome, {name}. The station, its rules and the state of its audit chain."
            ).format(name=actor.name),
        )
        self.station_card = self._station_card()
        self.user_card = self._user_card(actor)
        self.chain_card = self._chain_card()
        self.profile_card = self._profile_card()
        self.approvals_card = self._approvals_card()
        grid = QGridLayout()
        grid.setHorizontalSpacing(16)
        grid.setVerticalSpacing(16)
        grid.addWidget(self.station_card, 0, 0)
        grid.addWidget(self.user_card, 0, 1)
        grid.addWidget(self.chain_card, 0, 2)
        grid.addWidget(self.profile_card, 1, 0, 1, 2)
        grid.addWidget(self.approvals_card, 1, 2)
        for column in range(3):
            grid.setColumnStretch(column, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(16)
        layout.addWidget(self.header)
        layout.addLayout(grid)
        layout.addStretch(1)
        monitor.verified.connect(self._on_monitor_verified)
        if monitor.last_report is not None:
            self._on_monitor_verified(monitor.last_report)
        self.reload()

    def _station_card(self) -> InfoCard:
        card = InfoCard(self.tr("Station"))
        card.add_row("unit", self.tr("Unit"))
        card.add_row("unit_code", self.tr("Unit code"))
        card.add_row("station", self.tr("Station code"))
        card.add_row("database", self.tr("Database"))
        return card

    def _user_card(self, actor: Actor) -> InfoCard:
        card = InfoCard(self.tr("Signed in"))
        card.add_row("name", self.tr("Name"))
        card.add_row("login", self.tr("Login name"))
        card.add_row("role", self.tr("Role"))
        card.add_row("unit", self.tr("Unit"))
        card.set_value("name", actor.name)
        card.set_value("login", actor.login)
        card.set_value("role", role_label(actor.role))
        card.set_value("unit", actor.unit_name)
        return card

    def _chain_card(self) -> InfoCard:
        card = InfoCard(self.tr("Audit chain"))
        card.add_row("state", self.tr("State"))
        card.add_row("entries", self.tr("Entries"))
        card.add_row("head", self.tr("Head hash"))
        card.add_row("checked", self.tr("Last verified"))
        card.set_value("state", self.tr("Verifying…"))
        return card

    def _profile_card(self) -> InfoCard:
        card = InfoCard(self.tr("Policy profile"))
        card.add_row("name", self.tr("Regulation"))
        card.add_row("id", self.tr("Profile id"))
        card.add_row("issuer", self.tr("Issued by"))
        card.add_row("handover", self.tr("Hand-over deadline"))
        card.add_row("interruption", self.tr("Interruption report"))
        card.add_row("retention", self.tr("Retention"))
        card.add_row("categories", self.tr("Activity categories"))
        card.add_row("notification", self.tr("Notice to the party"))
        return card

    def _approvals_card(self) -> InfoCard:
        card = InfoCard(self.tr("Approvals required"))
        for kind in REQUEST_KIND_LABELS:
            card.add_row(kind, request_kind_label(kind))
        return card

    @property
    def is_busy(self) -> bool:
        return self._runner is not None

    def reload(self) -> None:
        if self._runner is not None:
            return
        context = self._context
        self._runner = run_in_background(
            self, lambda: read_overview(context), self._on_job_finished,
            on_done=self._on_job_done, name="overview",
        )  # fmt: skip

    def _on_job_done(self) -> None:
        self._runner = None

    def _on_job_finished(self, overview: Overview) -> None:
        info, profile = overview.station, overview.profile
        self.station_card.set_value("unit", info.unit_name)
        self.station_card.set_value("unit_code", info.unit_code)
        self.station_card.set_value("station", info.code)
        self.station_card.set_value("database", info.database)
        suffix = "_zh" if current_language() == CHINESE else ""
        self.profile_card.set_value("name", str(profile["name"]))
        self.profile_card.set_value("id", str(profile["id"]))
        self.profile_card.set_value("issuer", str(profile.get("issuer") or ""))
        self.profile_card.set_value("handover", str(profile[f"handover_deadline{suffix}"]))
        self.profile_card.set_value(
            "interruption", str(profile[f"interruption_report_deadline{suffix}"])
        )
        self.profile_card.set_value("retention", str(profile[f"retention{suffix}"]))
        categories = profile.get("categories") or []
        self.profile_card.set_value(
            "categories",
            "、".join(str(c["label_zh"]) for c in categories),  # type: ignore[index, union-attr]
        )
        self.profile_card.set_value(
            "notification", str(profile.get("notification_phrase_zh") or "")
        )
        approvals = profile.get("approvals") or {}
        for kind in REQUEST_KIND_LABELS:
            self.approvals_card.set_value(kind, role_chain_text(list(approvals.get(kind, []))))  # type: ignore[union-attr]
        self.chain_card.set_value("entries", str(overview.head.seq))
        self.chain_card.set_value("head", f"{overview.head.hash[:24]}…")

    @Slot(object)
    def _on_monitor_verified(self, report: ChainReport) -> None:
        state = chain_short_text(report)
        if not report.ok:
            state = f"{state}: {problem_text(report.problem)}"
        self.chain_card.set_value("state", state)
        label = self.chain_card.value_label("state")
        label.setObjectName("chainIntact" if report.ok else "chainBrokenText")
        label.style().unpolish(label)
        label.style().polish(label)
        self.chain_card.set_value("checked", local_text(system_clock()))
