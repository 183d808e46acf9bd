"""The default progress window of a background job: what runs, a bar, time left, Cancel.

It appears only when the job outlasts ``SHOW_AFTER_MS`` (a quick job shows nothing), is
window-modal over the page that started the job, and closes itself when the job ends.
Cancel asks the job to stop between chunks; the window says so until the job has stopped.
"""

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from app.ui.progress_panel import BAR_STEPS, progress_text
from app.workers.progress import JobProgress

SHOW_AFTER_MS = 500


class JobProgressDialog(QProgressDialog):
    """Follows one job; ``set_progress`` and ``finish`` are its slots."""

    def __init__(self, label: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setObjectName("jobProgress")
        self.setWindowTitle(label)
        self.setWindowModality(Qt.WindowModality.WindowModal)
        self.setLabelText(label)
        self.setRange(0, 0)  # busy until the job reports a count
        self.setMinimumDuration(SHOW_AFTER_MS)
        self.setAutoClose(False)
        self.setAutoReset(False)
        self._label = label
        self.last: JobProgress | None = None
        self.canceled.connect(self._on_canceled)

    @Slot(object)
    def set_progress(self, progress: JobProgress) -> None:
        self.last = progress
        if self.wasCanceled():
            return
        self.setRange(0, BAR_STEPS)
        self.setValue(round(progress.fraction * BAR_STEPS))
        self.setLabelText(f"{self._label}\n{progress_text(progress)}")

    @Slot()
    def _on_canceled(self) -> None:
        # QProgressDialog hides itself on cancel; the job still has a chunk to finish.
        self.setLabelText(self.tr("Stopping after the current step…"))
        self.setCancelButton(None)
        self.show()

    @Slot()
    def finish(self) -> None:
        self.close()
        self.deleteLater()
