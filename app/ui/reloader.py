"""Loading a page's data in the background after changes, one load at a time, never stale."""

from collections.abc import Callable

from PySide6.QtCore import QObject, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.ui.jobs import JobRunner, run_in_background


class Reloader(QObject):
    """Runs a page's load job in a worker; ``reload`` asks for a fresh answer.

    A reload asked for while a load runs is not dropped: that load may have read the data
    before the change that asked for it, so its answer is thrown away and the job runs
    again. Only an answer read after the last request is handed on. A failed load is shown
    over the page (the adapter's default) and not retried: the page offers a refresh.

    Signals:
        loaded(object): the result of a load that no later request has outdated.
    """

    loaded = Signal(object)

    def __init__(self, job: Callable[[], object], *, name: str, parent: QWidget) -> None:
        super().__init__(parent)
        self._job = job
        self._name = name
        self._page = parent
        self._runner: JobRunner | None = None
        self._again = False

    @property
    def is_busy(self) -> bool:
        return self._runner is not None

    @Slot()
    def reload(self) -> None:
        if self._runner is not None:
            self._again = True
            return
        self._again = False
        self._runner = run_in_background(
            self._page, self._job, self._on_finished, on_done=self._on_done, name=self._name
        )

    def _on_done(self) -> None:
        self._runner = None

    def _on_finished(self, result: object) -> None:
        if self._again:
            self.reload()
            return
        self.loaded.emit(result)
