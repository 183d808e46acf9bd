"""A job's progress in words and on screen: counts, rate and time left, and a panel of them.

``progress_text`` is the one wording of a ``workers.progress.JobProgress``, used by the
panel an import dialog embeds and by the default progress dialog of ``ui.jobs``.
"""

from PySide6.QtCore import QCoreApplication, Slot
from PySide6.QtWidgets import QFrame, QLabel, QProgressBar, QVBoxLayout, QWidget

from app.core.clock import span_text
from app.workers.progress import JobProgress, Unit

BAR_STEPS = 1000


def megabytes(count: int) -> str:
    return f"{count / 1e6:.1f}"


def progress_text(progress: JobProgress) -> str:
    """Files and megabytes for a copy, a plain count otherwise; rate and time left."""
    if progress.unit is Unit.BYTES:
        return QCoreApplication.translate(
            "ProgressPanel",
            "{done} of {total} files · {mb_done} of {mb_total} MB · {rate} MB/s · about {eta} left",
        ).format(
            done=progress.items_done or 0,
            total=progress.items_total or 0,
            mb_done=megabytes(progress.done),
            mb_total=megabytes(progress.total),
            rate=f"{progress.per_second / 1e6:.1f}",
            eta=span_text(progress.eta_seconds),
        )
    return QCoreApplication.translate(
        "ProgressPanel", "{done} of {total} · about {eta} left"
    ).format(done=progress.done, total=progress.total, eta=span_text(progress.eta_seconds))


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
        self.counts_label.setText(progress_text(progress))
        if progress.current:
            self.current_label.setText(self.tr("Last file: {name}").format(name=progress.current))
