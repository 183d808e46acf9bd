"""A long job's progress on screen: bar, files, bytes, rate and time left; and its relay.

``workers.progress.ProgressMeter`` turns a job's raw counts into a ``JobProgress`` a few
times a second, on the job's threads. ``ProgressRelay`` carries it to the GUI thread as a
signal (queued across threads), and ``ProgressPanel`` shows it.
"""

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.core.clock import span_text
from app.workers.progress import JobProgress

BAR_STEPS = 1000


class ProgressRelay(QObject):
    """Lives on the GUI thread; ``report`` may be called from any thread.

    Signals:
        progress_changed(object): the latest ``JobProgress``.
    """

    progress_changed = Signal(object)

    def report(self, progress: JobProgress) -> None:
        self.progress_changed.emit(progress)


def megabytes(count: int) -> str:
    return f"{count / 1e6:.1f}"


class ProgressPanel(QFrame):
    """Shows the latest ``JobProgress``; ``set_progress`` is its slot."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bar = QProgressBar()
        self.bar.setRange(0, BAR_STEPS)
        self.bar.setTextVisible(True)
        self.counts_label = QLabel()
        self.current_label = QLabel()
        self.current_label.setObjectName("pageSubtitle")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(6)
        layout.addWidget(self.bar)
        layout.addWidget(self.counts_label)
        layout.addWidget(self.current_label)
        self.last: JobProgress | None = None
        self.reset()

    def reset(self) -> None:
        self.last = None
        self.bar.setValue(0)
        self.counts_label.setText(self.tr("Preparing…"))
        self.current_label.clear()

    @Slot(object)
    def set_progress(self, progress: JobProgress) -> None:
        self.last = progress
        self.bar.setValue(round(progress.fraction * BAR_STEPS))
        self.counts_label.setText(
            self.tr(
                "{done} of {total} files · {mb_done} of {mb_total} MB · {rate} MB/s · "
                "about {eta} left"
            ).format(
                done=progress.files_done,
                total=progress.files_total,
                mb_done=megabytes(progress.bytes_done),
                mb_total=megabytes(progress.bytes_total),
                rate=f"{progress.bytes_per_second / 1e6:.1f}",
                eta=span_text(progress.eta_seconds),
            )
        )
        if progress.current:
            self.current_label.setText(self.tr("Last file: {name}").format(name=progress.current))
