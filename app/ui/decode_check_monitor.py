"""Runs the full decode check of new recordings in the background (issue #17).

After each import, and once at start for anything an earlier session left unchecked, the
monitor decodes every frame of each recording not yet checked (``services.decode_checks``,
in a child process) on a worker, one batch at a time, and reports its progress for the
status bar. Damage found flags the recording; the recordings page refreshes when a batch
ends.
"""

import logging
import threading

from PySide6.QtCore import QCoreApplication, QObject, Signal, Slot

from app.services.auth import Actor
from app.services.decode_checks import (
    DecodeCheckRow,
    DecodeProgress,
    check_recordings,
    unchecked_recordings,
)
from app.services.permissions import Action, is_allowed
from app.services.station import StationContext
from app.ui.jobs import JobRunner

log = logging.getLogger(__name__)


class DecodeCheckMonitor(QObject):
    """Checks unchecked recordings, one batch after another, on a worker.

    Signals:
        progress_changed(object): the latest ``DecodeProgress`` (from the worker thread).
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
        self._cancel = threading.Event()
        self.is_enabled = is_allowed(actor.role, Action.VERIFY_RECORDINGS)
        app = QCoreApplication.instance()
        if app is not None:
            app.aboutToQuit.connect(self.stop)

    @property
    def is_running(self) -> bool:
        return self._job is not None

    def check_now(self) -> None:
        """Check what is unchecked; while a batch runs, another follows it."""
        if not self.is_enabled:
            return
        if self._job is not None:
            self._again = True
            return
        context, actor, cancel = self._context, self._actor, self._cancel

        def work() -> list[DecodeCheckRow]:
            ids = unchecked_recordings(context)
            return check_recordings(
                context, actor, ids, on_progress=self.progress_changed.emit, cancel=cancel
            )

        self._job = JobRunner(work, name="decode-check")
        self._job.finished.connect(self._on_job_finished)
        self._job.failed.connect(self._on_job_failed)
        self._job.start()

    def stop(self) -> None:
        """Stop the batch at once (the child is killed); done recordings keep their result."""
        self._cancel.set()

    @Slot(object)
    def _on_job_finished(self, rows: list[DecodeCheckRow]) -> None:
        self._job = None
        log.info("decode check: %d recordings", len(rows))
        self.checked.emit(rows)
        if self._again and not self._cancel.is_set():
            self._again = False
            self.check_now()

    @Slot(object)
    def _on_job_failed(self, exc: object) -> None:
        self._job = None
        log.warning("decode check stopped: %s", exc)
        self.progress_changed.emit(DecodeProgress(0, 0, 0.0))
