"""Verifying the audit chain in the background and telling every interested widget."""

import logging

from PySide6.QtCore import QObject, Signal, Slot

from app.services.audit import AuditTrail, ChainReport
from app.ui.jobs import JobRunner

log = logging.getLogger(__name__)


class ChainMonitor(QObject):
    """Runs ``AuditTrail.verify`` in a worker; one verification at a time.

    Signals:
        verification_started(): a verification was queued.
        verified(object): the ``ChainReport`` of the verification that just ended.
        verification_failed(object): verification itself raised this exception.
    """

    verification_started = Signal()
    verified = Signal(object)
    verification_failed = Signal(object)

    def __init__(self, trail: AuditTrail, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._trail = trail
        self._runner: JobRunner | None = None
        self.last_report: ChainReport | None = None

    @property
    def is_running(self) -> bool:
        return self._runner is not None

    def verify(self) -> None:
        """Start a verification unless one is already running."""
        if self._runner is not None:
            return
        self._runner = JobRunner(self._trail.verify, name="audit-verify")
        self._runner.finished.connect(self._on_job_finished)
        self._runner.failed.connect(self._on_job_failed)
        self._runner.start()
        self.verification_started.emit()

    @Slot(object)
    def _on_job_finished(self, report: ChainReport) -> None:
        self._runner = None
        self.last_report = report
        if report.ok:
            log.info("audit chain intact: %d entries", report.entries)
        else:
            log.warning("audit chain broken at %s: %s", report.first_bad, report.problem)
        self.verified.emit(report)

    @Slot(object)
    def _on_job_failed(self, exc: object) -> None:
        self._runner = None
        self.verification_failed.emit(exc)
