"""The detail pane of the recordings page: metadata, digests, hand-over and audit trail.

Showing a recording's details is a viewing the service audits (R4.5, R6.5), so the pane
loads them in a worker only when a person selects a recording, and a short delay lets
keyboard scrolling pass over rows without logging a viewing of each.
"""

import logging

from PySide6.QtCore import Qt, QTimer, Signal, Slot
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QScrollArea,
    QStackedWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.core.clock import local_text, span_text
from app.services.auth import Actor
from app.services.decode_checks import CLEAN, DecodeCheckRow
from app.services.handover import HandoverRecord
from app.services.recordings import RecordingDetail, recording_detail
from app.services.station import StationContext
from app.ui.error_texts import message_text
from app.ui.errors import show_error
from app.ui.evidence_labels import (
    evidence_action_label,
    handover_outcome_label,
    retention_kind_label,
    start_source_label,
    vault_state_label,
)
from app.ui.info_card import InfoCard
from app.ui.jobs import JobRunner
from app.ui.labels import action_label, damaged_entry_text
from app.ui.recordings_model import delay_text

log = logging.getLogger(__name__)

SELECTION_DELAY_MS = 250


def split_digest(digest: str) -> str:
    """A 64-digit digest on two lines of 32, so it fits the pane and reads in halves."""
    return f"{digest[:32]}\n{digest[32:]}" if len(digest) > 32 else digest


def size_text(size: int) -> str:
    if size >= 1_000_000:
        return f"{size / 1e6:.1f} MB ({size:,} B)"
    return f"{size:,} B"


class RecordingDetailPane(QFrame):
    """Shows one recording; ``show_recording(id)`` loads it (and audits the viewing).

    Signals:
        detail_loaded(object): the ``RecordingDetail`` now shown.
    """

    detail_loaded = Signal(object)

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        category_labels: dict[str, str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("detailPane")
        self.setMinimumWidth(360)
        self._context = context
        self._actor = actor
        self._categories = category_labels
        self._runner: JobRunner | None = None
        self._wanted: int | None = None
        self.detail: RecordingDetail | None = None
        self._delay = QTimer(self, singleShot=True, interval=SELECTION_DELAY_MS)
        self._delay.timeout.connect(self._on_delay_timeout)
        self.placeholder = QLabel(self.tr("Select a recording to see its details."))
        self.placeholder.setObjectName("pageSubtitle")
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.title_label = QLabel()
        self.title_label.setObjectName("sectionTitle")
        self.title_label.setWordWrap(True)
        self.recording_card = self._recording_card()
        self.handover_card = self._handover_card()
        self.integrity_card = self._integrity_card()
        self.retention_card = self._retention_card()
        self.trail = self._make_trail()
        self.stack = QStackedWidget()
        self.stack.addWidget(self.placeholder)
        self.stack.addWidget(self._scroll_area())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)

    def _scroll_area(self) -> QScrollArea:
        body = QWidget()
        column = QVBoxLayout(body)
        column.setContentsMargins(0, 0, 8, 0)
        column.setSpacing(12)
        column.addWidget(self.title_label)
        for card in (
            self.recording_card,
            self.integrity_card,
            self.handover_card,
            self.retention_card,
        ):
            column.addWidget(card)
        trail_title = QLabel(self.tr("Audit trail of this recording"))
        trail_title.setObjectName("sectionTitle")
        column.addWidget(trail_title)
        column.addWidget(self.trail)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        scroll.setWidget(body)
        return scroll

    def _recording_card(self) -> InfoCard:
        card = InfoCard(self.tr("Recording"))
        for key, name in (
            ("officer", self.tr("Officer")),
            ("device", self.tr("Device")),
            ("category", self.tr("Category")),
            ("case", self.tr("Case number")),
            ("start", self.tr("Start")),
            ("duration", self.tr("Duration")),
            ("format", self.tr("Format")),
            ("clock", self.tr("Device clock offset")),
            ("damage", self.tr("Damage")),
            ("decode", self.tr("Decode check")),
        ):
            card.add_row(key, name)
        return card

    def _integrity_card(self) -> InfoCard:
        card = InfoCard(self.tr("Integrity"))
        mono = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        for key, name in (
            ("sha256", "SHA-256"),
            ("sm3", "SM3"),
            ("size", self.tr("Size")),
            ("state", self.tr("State")),
            ("verified", self.tr("Last verified")),
        ):
            card.add_row(key, name)
        for key in ("sha256", "sm3"):
            card.value_label(key).setFont(mono)
            card.value_label(key).setWordWrap(False)
        return card

    def _handover_card(self) -> InfoCard:
        card = InfoCard(self.tr("Hand-over"))
        for key, name in (
            ("activity_end", self.tr("Activity ended")),
            ("deadline", self.tr("Deadline")),
            ("imported", self.tr("Imported")),
            ("timeliness", self.tr("Timeliness")),
            ("register", self.tr("Hand-over register")),
        ):
            card.add_row(key, name)
        return card

    def _retention_card(self) -> InfoCard:
        card = InfoCard(self.tr("Retention"))
        card.add_row("until", self.tr("Keep until"))
        card.add_row("kind", self.tr("Rule"))
        card.add_row("reason", self.tr("Basis"))
        return card

    def _make_trail(self) -> QTreeWidget:
        trail = QTreeWidget()
        trail.setRootIsDecorated(False)
        trail.setHeaderLabels([self.tr("Time"), self.tr("Operator"), self.tr("Action")])
        trail.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        trail.setMinimumHeight(160)
        trail.header().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        trail.header().setStretchLastSection(True)
        return trail

    @property
    def is_busy(self) -> bool:
        return self._runner is not None or self._delay.isActive()

    def show_recording(self, recording_id: int | None, *, at_once: bool = False) -> None:
        """Load ``recording_id`` (after the selection delay unless ``at_once``); None clears."""
        self._wanted = recording_id
        if recording_id is None:
            self._delay.stop()
            self.detail = None
            self.stack.setCurrentIndex(0)
            return
        if at_once:
            self._delay.stop()
            self._on_delay_timeout()
        else:
            self._delay.start()

    def reload(self) -> None:
        if self._wanted is not None:
            self.show_recording(self._wanted, at_once=True)

    @Slot()
    def _on_delay_timeout(self) -> None:
        if self._wanted is None or self._runner is not None:
            return  # a running load re-checks ``_wanted`` when it ends
        wanted, context, actor = self._wanted, self._context, self._actor
        self._runner = JobRunner(
            lambda: recording_detail(context, actor, wanted), name="recording-detail"
        )
        self._runner.finished.connect(self._on_load_finished)
        self._runner.failed.connect(self._on_load_failed)
        self._runner.start()

    @Slot(object)
    def _on_load_finished(self, detail: RecordingDetail) -> None:
        self._runner = None
        if self._wanted != detail.row.id:
            self._on_delay_timeout()  # the selection moved on while this one loaded
            return
        self._show(detail)

    @Slot(object)
    def _on_load_failed(self, exc: object) -> None:
        self._runner = None
        self.stack.setCurrentIndex(0)
        show_error(self, exc)  # type: ignore[arg-type]

    def _show(self, detail: RecordingDetail) -> None:
        self.detail = detail
        row = detail.row
        self.title_label.setText(
            self.tr("Recording {id} · {file}").format(id=row.id, file=row.file_name)
        )
        self._fill_recording(detail)
        self._fill_integrity(detail)
        self._fill_handover(detail)
        self._fill_retention(detail)
        self._fill_trail(detail)
        self.stack.setCurrentIndex(1)
        self.detail_loaded.emit(detail)

    def _fill_recording(self, detail: RecordingDetail) -> None:
        row, card = detail.row, self.recording_card
        card.set_value("officer", f"{row.officer_name}（{row.officer_login}）")
        device = row.device_asset or "—"
        if row.is_lent:
            device = self.tr("{asset} — not the officer's own device (lending)").format(
                asset=device
            )
        card.set_value("device", device)
        card.set_value("category", self._categories.get(row.category, row.category))
        card.set_value("case", detail.case_no or "")
        card.set_value(
            "start",
            self.tr("{time} ({source})").format(
                time=local_text(row.started_at), source=start_source_label(detail.start_source)
            ),
        )
        card.set_value("duration", span_text(row.duration_s))
        card.set_value("format", self._format_text(detail))
        offset = detail.clock_offset_s
        card.set_value(
            "clock", self.tr("{seconds} s").format(seconds=f"{offset:+.0f}") if offset else ""
        )
        damage = detail.damage_reason
        card.set_value("damage", message_text(damage) if damage else self.tr("None found"))
        card.set_value("decode", self._decode_text(detail.decode_check))

    def _decode_text(self, check: DecodeCheckRow | None) -> str:
        """The full decode check: not yet run, clean, or where the first fault is."""
        if check is None:
            return self.tr("Not checked yet (runs in the background after import)")
        if check.status == CLEAN:
            return self.tr("Every frame decodes ({frames} frames)").format(frames=check.frames)
        if check.first_bad_s is None:
            return self.tr("Damaged: {reason}").format(reason=message_text(check.reason or ""))
        return self.tr("Damaged from {time} (frame {frame}): {reason}").format(
            time=span_text(check.first_bad_s),
            frame=check.first_bad_frame,
            reason=message_text(check.reason or ""),
        )

    def _format_text(self, detail: RecordingDetail) -> str:
        if not detail.codec:
            return ""
        parts = [detail.codec]
        if detail.width and detail.height:
            parts.append(f"{detail.width}×{detail.height}")
        if detail.fps:
            parts.append(
                self.tr("{fps} fps").format(fps=f"{detail.fps:.2f}".rstrip("0").rstrip("."))
            )
        return " · ".join(parts)

    def _fill_integrity(self, detail: RecordingDetail) -> None:
        card = self.integrity_card
        card.set_value("sha256", split_digest(detail.sha256))
        card.set_value("sm3", split_digest(detail.sm3))
        card.set_value("size", size_text(detail.size))
        card.set_value("state", vault_state_label(detail.vault_status))
        card.value_label("state").setObjectName(
            "fieldValue" if detail.vault_status == "ok" else "chainBrokenText"
        )
        card.value_label("state").style().polish(card.value_label("state"))
        verified = detail.verified_at
        card.set_value("verified", local_text(verified) if verified else self.tr("Not yet"))

    def _fill_handover(self, detail: RecordingDetail) -> None:
        card, row = self.handover_card, detail.row
        card.set_value("activity_end", local_text(detail.activity_end))
        card.set_value("deadline", local_text(detail.deadline))
        card.set_value(
            "imported",
            self.tr("{time} by {login}").format(
                time=local_text(detail.imported_at), login=detail.imported_by
            ),
        )
        card.set_value(
            "timeliness", delay_text(row.delay_hours) if row.is_late else self.tr("On time")
        )
        card.set_value(
            "register", "\n".join(self._handover_text(h, row.id) for h in detail.handovers)
        )

    def _handover_text(self, record: HandoverRecord, recording_id: int) -> str:
        outcome = next(
            (i.outcome for i in record.items if i.recording_id == recording_id), "imported"
        )
        return self.tr("No. {id}, {time}: {officer} → {admin}, {files} files ({outcome})").format(
            id=record.id,
            time=local_text(record.handed_at),
            officer=record.officer_name,
            admin=record.administrator_name,
            files=record.file_count,
            outcome=handover_outcome_label(outcome),
        )

    def _fill_retention(self, detail: RecordingDetail) -> None:
        until = detail.retention_until
        self.retention_card.set_value(
            "until", until.isoformat() if until else self.tr("No end date (kept)")
        )
        self.retention_card.set_value("kind", retention_kind_label(detail.retention_kind))
        self.retention_card.set_value("reason", detail.retention_reason)

    def _fill_trail(self, detail: RecordingDetail) -> None:
        self.trail.clear()
        for entry in detail.audit_trail:
            label = evidence_action_label(entry.action)
            if label == entry.action:
                label = action_label(entry.action)
            actor = f"{entry.actor_name}（{entry.actor}）" if entry.actor_name else entry.actor
            when = "—" if entry.damage else local_text(entry.at)
            item = QTreeWidgetItem([when, actor, damaged_entry_text() if entry.damage else label])
            item.setToolTip(2, entry.action)
            self.trail.addTopLevelItem(item)
