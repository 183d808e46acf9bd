"""Running a plain callable off the GUI thread and handing its outcome back as a signal.

``JobRunner`` is the one Qt adapter for background work in the GUI: the job itself is plain
Python (a service call, a verification); the runner executes it on a ``QThreadPool`` and
emits ``finished(result)`` or ``failed(exception)`` on the GUI thread. Widgets are never
touched from the worker thread (STYLE §4).
"""

import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, QTimer, Signal, Slot

log = logging.getLogger(__name__)

Job = Callable[[], object]


class _Relay(QObject):
    """Carries the outcome from the worker thread into the runner's (GUI) thread.

    Signals:
        succeeded(object): the job's return value.
        raised(object): the exception the job raised.
    """

    succeeded = Signal(object)
    raised = Signal(object)


class _JobRunnable(QRunnable):
    """The ``QRunnable`` that calls the job; the one place worker exceptions are caught."""

    def __init__(self, job: Job, relay: _Relay, name: str) -> None:
        super().__init__()
        self._job = job
        self._relay: _Relay | None = relay
        self._name = name
        self.setAutoDelete(True)

    def run(self) -> None:
        relay, self._relay = self._relay, None  # the runner, on the GUI thread, owns it
        try:
            result = self._job()
        except Exception as exc:  # noqa: BLE001 - the worker boundary hands every error back
            log.debug("job %s failed: %r", self._name, exc)
            relay.raised.emit(exc)
        else:
            relay.succeeded.emit(result)


class JobRunner(QObject):
    """Runs one job on a thread pool; create one runner per job.

    The runner keeps itself alive until the job is done, so callers need not hold it.

    Signals:
        finished(object): the job returned; the argument is its result.
        failed(object): the job raised; the argument is the exception.
        done(): emitted after either of the two, whatever the outcome.
    """

    finished = Signal(object)
    failed = Signal(object)
    done = Signal()

    _running: set["JobRunner"] = set()

    def __init__(self, job: Job, *, name: str = "job", pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._job = job
        self._name = name
        self._pool = pool or QThreadPool.globalInstance()
        self._relay = _Relay()
        self._relay.succeeded.connect(self._on_relay_succeeded)
        self._relay.raised.connect(self._on_relay_raised)
        self._is_running = False

    @property
    def is_running(self) -> bool:
        return self._is_running

    def start(self) -> "JobRunner":
        """Queue the job; returns the runner so that ``JobRunner(job).start()`` reads well."""
        self._is_running = True
        JobRunner._running.add(self)
        self._pool.start(_JobRunnable(self._job, self._relay, self._name))
        return self

    @Slot(object)
    def _on_relay_succeeded(self, result: object) -> None:
        self._finish()
        self.finished.emit(result)
        self.done.emit()

    @Slot(object)
    def _on_relay_raised(self, exc: object) -> None:
        self._finish()
        self.failed.emit(exc)
        self.done.emit()

    def _finish(self) -> None:
        self._is_running = False
        # Let go of the runner only once this event has been delivered: dropping the last
        # reference inside its own slot would delete the QObject Qt is still dispatching to.
        QTimer.singleShot(0, self._release)

    def _release(self) -> None:
        JobRunner._running.discard(self)


def run_job(
    job: Job,
    on_finished: Callable[[object], None],
    on_failed: Callable[[object], None],
    *,
    name: str = "job",
) -> JobRunner:
    """Start ``job`` and connect its outcome; the callbacks run on the GUI thread."""
    runner = JobRunner(job, name=name)
    runner.finished.connect(on_finished)
    runner.failed.connect(on_failed)
    return runner.start()


def has_running_jobs() -> bool:
    """Whether any job started through a runner has not yet reported back."""
    return any(runner.is_running for runner in JobRunner._running)


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until the pool's threads are idle (at shutdown only, never while in use)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
