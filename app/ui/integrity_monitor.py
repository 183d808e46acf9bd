"""The scheduled integrity sweep of the vault (R9.1), run in a worker, and its alarms.

A first sweep starts a while after sign-in (so start-up stays quick), then one every few
hours; "verify now" runs one on demand. Each sweep re-hashes every original (SHA-256 and
SM3); the service raises an alarm for a file that no longer matches and this monitor tells
the status bar and the recordings page. Nothing is repaired: an alarm stays until a person
has looked at it.
"""

import logging

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal, Slot

from app.services.auth import Actor
from app.services.permissions import Action, is_allowed
from app.services.station import StationContext
from app.services.verification import AlarmRow, VerificationReport, list_alarms, verify_job
from app.ui.jobs import JobRunner

log = logging.getLogger(__name__)

FIRST_SWEEP_DELAY_MS = 5 * 60 * 1000
SWEEP_INTERVAL_HOURS = 6


class IntegrityMonitor(QObject):
    """Runs the vault sweep on a timer and keeps the list of alarms.

    Signals:
        sweep_started(): a sweep was queued.
        sweep_finished(object): the ``VerificationReport`` of the sweep that just ended.
        sweep_failed(object): the sweep itself raised this exception.
        alarms_changed(object): the current list of ``AlarmRow``, newest first.
    """

    sweep_started = Signal()
    sweep_finished = Signal(object)
    sweep_failed = Signal(object)
    alarms_changed = Signal(object)

    def __init__(
        self,
        context: StationContext,
        actor: Actor,
        *,
        first_delay_ms: int = FIRST_SWEEP_DELAY_MS,
        interval_hours: float = SWEEP_INTERVAL_HOURS,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._sweep: JobRunner | None = None
        self._alarm_load: JobRunner | None = None
        self.alarms: list[AlarmRow] = []
        self.last_report: VerificationReport | None = None
        self.is_enabled = is_allowed(actor.role, Action.VERIFY_RECORDINGS)
        self._first = QTimer(self, singleShot=True, interval=first_delay_ms)
        self._every = QTimer(self, interval=int(interval_hours * 3600 * 1000))
        self._first.timeout.connect(self.sweep_now)
        self._every.timeout.connect(self.sweep_now)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def is_sweeping(self) -> bool:
        return self._sweep is not None

    @property
    def is_busy(self) -> bool:
        return self._sweep is not None or self._alarm_load is not None

    def alarmed_recording_ids(self) -> frozenset[int]:
        return frozenset(rid for alarm in self.alarms for rid in alarm.recording_ids)

    def start(self) -> None:
        """Load the alarms on record now and schedule the sweeps (for roles that verify)."""
        if not self.is_enabled:
            return
        self.refresh_alarms()
        self._first.start()
        self._every.start()

    @Slot()
    def stop(self) -> None:
        """Stop the timers and ask a running sweep to stop between chunks."""
        self._first.stop()
        self._every.stop()
        if self._sweep is not None:
            self._sweep.cancel()

    @Slot()
    def sweep_now(self) -> None:
        """Start a sweep of the whole vault unless one is running."""
        if not self.is_enabled or self._sweep is not None:
            return
        context, actor = self._context, self._actor
        self._sweep = JobRunner(verify_job(context, actor))
        self._sweep.finished.connect(self._on_sweep_finished)
        self._sweep.failed.connect(self._on_sweep_failed)
        self._sweep.start()
        log.info("integrity sweep started by %s", actor.login)
        self.sweep_started.emit()

    @Slot()
    def refresh_alarms(self) -> None:
        if not self.is_enabled or self._alarm_load is not None:
            return
        context, actor = self._context, self._actor
        self._alarm_load = JobRunner(lambda: list_alarms(context, actor), name="alarms-load")
        self._alarm_load.finished.connect(self._on_alarm_load_finished)
        self._alarm_load.failed.connect(self._on_alarm_load_failed)
        self._alarm_load.start()

    @Slot(object)
    def _on_sweep_finished(self, report: VerificationReport) -> None:
        self._sweep = None
        self.last_report = report
        log.info("integrity sweep: %d checked, %d problems", report.checked, len(report.problems))
        self.sweep_finished.emit(report)
        self.refresh_alarms()

    @Slot(object)
    def _on_sweep_failed(self, exc: object) -> None:
        self._sweep = None
        log.warning("integrity sweep failed: %r", exc)
        self.sweep_failed.emit(exc)

    @Slot(object)
    def _on_alarm_load_finished(self, alarms: list[AlarmRow]) -> None:
        self._alarm_load = None
        self.alarms = alarms
        self.alarms_changed.emit(alarms)

    @Slot(object)
    def _on_alarm_load_failed(self, exc: object) -> None:
        self._alarm_load = None
        log.warning("cannot load integrity alarms: %r", exc)
