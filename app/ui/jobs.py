"""The one Qt adapter for background work: a job off the GUI thread, its outcome back on it.

A long operation is a plain-Python ``workers.job.Job`` (a quick read may be a bare callable).
``run_in_background`` is the shape pages use, after Anki's ``QueryOp``: run this, then call
me with the result; an error is shown in a message box over the page unless the page says
otherwise; ``progress=`` adds the default progress dialog (bar, time left, cancel).
``JobRunner`` underneath executes the job on a ``QThreadPool`` and emits
``progress_changed``, ``finished`` or ``failed`` on the GUI thread; widgets are never
touched from the worker thread (STYLE §4).

Lifetimes are the delicate part. A worker thread never holds a Qt object of its own job:
it reports through one relay that lives as long as the application, tagged with the
job's number, and the relay hands progress and the outcome to the runner on the GUI
thread. So no ``QObject`` is ever destroyed on a worker thread, and a runner is let go by
the relay after its signals have returned — never from inside one of its own slots, which
deletes the object Qt is still dispatching to. A callback whose page has been closed
meanwhile is not called.
"""

import itertools
import logging
from collections.abc import Callable
from typing import Any, TypeVar

import shiboken6
from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot
from PySide6.QtWidgets import QWidget

from app.ui.errors import show_error
from app.ui.progress_dialog import JobProgressDialog
from app.workers.job import Job

log = logging.getLogger(__name__)

T = TypeVar("T")


class _Relay(QObject):
    """Carries progress and outcomes from worker threads to the GUI thread.

    Signals:
        progressed(int, object): the job with this number reached this ``JobProgress``.
        succeeded(int, object): the job with this number returned this value.
        raised(int, object): the job with this number raised this exception.
    """

    progressed = Signal(int, object)
    succeeded = Signal(int, object)
    raised = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.runners: dict[int, JobRunner] = {}
        self.progressed.connect(self._deliver_progress)
        self.succeeded.connect(self._deliver_result)
        self.raised.connect(self._deliver_error)

    @Slot(int, object)
    def _deliver_progress(self, number: int, progress: object) -> None:
        runner = self.runners.get(number)
        if runner is not None:  # a late update after the outcome is dropped
            runner.progress_changed.emit(progress)

    @Slot(int, object)
    def _deliver_result(self, number: int, result: object) -> None:
        runner = self.runners.pop(number)
        runner._report(result, failed=False)

    @Slot(int, object)
    def _deliver_error(self, number: int, exc: object) -> None:
        runner = self.runners.pop(number)
        runner._report(exc, failed=True)


_relay: _Relay | None = None
_numbers = itertools.count(1)


def _the_relay() -> _Relay:
    """The relay, made on first use (on the GUI thread, where runners are made)."""
    global _relay
    if _relay is None:
        _relay = _Relay()
    return _relay


class _JobRunnable(QRunnable):
    """Runs the job on a pool thread; the one place worker exceptions are caught."""

    def __init__(self, job: Job[Any], number: int, relay: _Relay) -> None:
        super().__init__()
        self._job = job
        self._number = number
        self._relay = relay
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._job.run()
        except Exception as exc:  # noqa: BLE001 - the worker boundary hands every error back
            log.debug("job %s failed: %r", self._job.name, exc)
            self._relay.raised.emit(self._number, exc)
        else:
            self._relay.succeeded.emit(self._number, result)


class JobRunner(QObject):
    """Runs one job on a thread pool; create one runner per job, on the GUI thread.

    The runner is kept alive until its job has reported, so callers need not hold it.

    Signals:
        progress_changed(object): the job's latest ``JobProgress``.
        finished(object): the job returned; the argument is its result.
        failed(object): the job raised; the argument is the exception.
        done(): emitted after either of the two, whatever the outcome.
    """

    progress_changed = Signal(object)
    finished = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(
        self, job: Job[Any] | Callable[[], object], *, name: str = "job",
        pool: QThreadPool | None = None,
    ) -> None:  # fmt: skip
        super().__init__()
        self.job: Job[Any] = job if isinstance(job, Job) else Job.of(job, name=name)
        self._pool = pool or QThreadPool.globalInstance()
        self._is_running = False

    @property
    def is_running(self) -> bool:
        return self._is_running

    def cancel(self) -> None:
        """Ask the job to stop at its next check; its outcome still arrives."""
        self.job.cancel()

    def start(self) -> "JobRunner":
        """Queue the job; returns the runner so that ``JobRunner(job).start()`` reads well."""
        relay = _the_relay()
        number = next(_numbers)
        relay.runners[number] = self
        self._is_running = True
        self.job.add_progress_listener(lambda progress: relay.progressed.emit(number, progress))
        self._pool.start(_JobRunnable(self.job, number, relay))
        return self

    def _report(self, outcome: object, *, failed: bool) -> None:
        self._is_running = False
        if failed:
            self.failed.emit(outcome)
        else:
            self.finished.emit(outcome)
        self.done.emit()


def run_in_background(
    parent: QWidget,
    job: Job[T] | Callable[[], T],
    on_success: Callable[[T], None],
    *,
    on_failure: Callable[[BaseException], None] | None = None,
    on_done: Callable[[], None] | None = None,
    progress: str | None = None,
    name: str = "job",
) -> JobRunner:
    """Run ``job`` off the GUI thread and call back on it, while ``parent`` still exists.

    Args:
        parent: the page or dialog the job belongs to; errors are shown over it.
        on_success: called with the result.
        on_failure: called with the error instead of the default, a message box.
        on_done: called first, whatever the outcome (to leave a busy state).
        progress: a label: shows the default progress dialog, whose Cancel cancels the job.
    """
    runner = JobRunner(job, name=name)
    if progress is not None:
        dialog = JobProgressDialog(progress, parent)
        runner.progress_changed.connect(dialog.set_progress)
        dialog.canceled.connect(runner.cancel)
        runner.finished.connect(dialog.finish)  # connected first: gone before any message
        runner.failed.connect(dialog.finish)
    fail = on_failure or (lambda exc: show_error(parent, exc))

    def succeeded(result: T) -> None:
        if on_done is not None:
            on_done()
        on_success(result)

    def failed(exc: BaseException) -> None:
        if on_done is not None:
            on_done()
        fail(exc)

    alive = _while_alive(parent)
    runner.finished.connect(alive(succeeded))
    runner.failed.connect(alive(failed))
    return runner.start()


def _while_alive(parent: QWidget) -> Callable[[Callable[..., None]], Callable[..., None]]:
    """Wraps callbacks so that they are skipped once ``parent`` has been deleted."""

    def wrap(callback: Callable[..., None]) -> Callable[..., None]:
        def call(*args: object) -> None:
            if shiboken6.isValid(parent):
                callback(*args)
            else:
                log.debug("job outcome dropped: its %s is gone", type(parent).__name__)

        return call

    return wrap


def has_running_jobs() -> bool:
    """Whether any job started through a runner has not yet reported back."""
    return _relay is not None and bool(_relay.runners)


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until the pool's threads are idle (at shutdown only, never while in use)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
