"""Runs the full decode check of new recordings in the background (issue #17).

After each import, and once at start for anything an earlier session left unchecked, the
monitor decodes every frame of each recording not yet checked (``services.decode_checks``,
in a child process) on a worker, one batch at a time, and reports its progress for the
status bar. Damage found flags the recording; the recordings page refreshes when a batch
ends.
"""

import logging

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.services.auth import Actor
from app.services.decode_checks import DecodeCheckRow, decode_check_job
from app.services.permissions import Action, is_allowed
from app.services.station import StationContext
from app.ui.jobs import JobRunner
from app.workers.progress import JobProgress, Unit

log = logging.getLogger(__name__)


class DecodeCheckMonitor(QObject):
    """Checks unchecked recordings, one batch after another, on a worker.

    Signals:
        progress_changed(object): the latest ``JobProgress`` (recordings done of all).
        checked(object): the ``DecodeCheckRow`` list of a finished batch.
    """

    progress_changed = Signal(object)
    checked = Signal(object)

    def __init__(
        self, context: StationContext, actor: Actor, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._context = context
        self._actor = actor
        self._job: JobRunner | None = None
        self._again = False
        self._stopped = False
        self.is_enabled = is_allowed(actor.role, Action.VERIFY_RECORDINGS)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def is_running(self) -> bool:
        return self._job is not None

    def check_now(self) -> None:
        """Check what is unchecked; while a batch runs, another follows it."""
        if not self.is_enabled or self._stopped:
            return
        if self._job is not None:
            self._again = True
            return
        self._job = JobRunner(decode_check_job(self._context, self._actor))
        self._job.progress_changed.connect(self.progress_changed)
        self._job.finished.connect(self._on_job_finished)
        self._job.failed.connect(self._on_job_failed)
        self._job.start()

    def stop(self) -> None:
        """Stop the batch at once (the child is killed); done recordings keep their result."""
        self._stopped = True
        if self._job is not None:
            self._job.cancel()

    @Slot(object)
    def _on_job_finished(self, rows: list[DecodeCheckRow]) -> None:
        self._job = None
        log.info("decode check: %d recordings", len(rows))
        self.checked.emit(rows)
        if self._again:
            self._again = False
            self.check_now()

    @Slot(object)
    def _on_job_failed(self, exc: object) -> None:
        self._job = None
        log.warning("decode check stopped: %s", exc)
        self.progress_changed.emit(JobProgress(0, 0, Unit.RECORDINGS, 0.0, None))
