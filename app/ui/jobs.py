"""Running a plain callable off the GUI thread and handing its outcome back as a signal.

``JobRunner`` is the one Qt adapter for background work in the GUI: the job itself is plain
Python (a service call, a verification); the runner executes it on a ``QThreadPool`` and
emits ``finished(result)`` or ``failed(exception)`` on the GUI thread. Widgets are never
touched from the worker thread (STYLE §4).

Lifetimes are the delicate part. A worker thread never holds a Qt object of its own job:
it reports through one relay that lives as long as the application, tagged with the
job's number, and the relay hands the outcome to the runner on the GUI thread. So no
``QObject`` is ever destroyed on a worker thread, and a runner is let go by the relay
after its signals have returned — never from inside one of its own slots, which deletes
the object Qt is still dispatching to.
"""

import itertools
import logging
from collections.abc import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal, Slot

log = logging.getLogger(__name__)

Job = Callable[[], object]


class _Relay(QObject):
    """Carries outcomes from worker threads to the GUI thread, where it was created.

    Signals:
        succeeded(int, object): the job with this number returned this value.
        raised(int, object): the job with this number raised this exception.
    """

    succeeded = Signal(int, object)
    raised = Signal(int, object)

    def __init__(self) -> None:
        super().__init__()
        self.runners: dict[int, JobRunner] = {}
        self.succeeded.connect(self._deliver_result)
        self.raised.connect(self._deliver_error)

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
    """Calls the job on a pool thread; the one place worker exceptions are caught."""

    def __init__(self, job: Job, number: int, relay: _Relay, name: str) -> None:
        super().__init__()
        self._job = job
        self._number = number
        self._relay = relay
        self._name = name
        self.setAutoDelete(True)

    def run(self) -> None:
        try:
            result = self._job()
        except Exception as exc:  # noqa: BLE001 - the worker boundary hands every error back
            log.debug("job %s failed: %r", self._name, exc)
            self._relay.raised.emit(self._number, exc)
        else:
            self._relay.succeeded.emit(self._number, result)


class JobRunner(QObject):
    """Runs one job on a thread pool; create one runner per job, on the GUI thread.

    The runner is kept alive until its job has reported, so callers need not hold it.

    Signals:
        finished(object): the job returned; the argument is its result.
        failed(object): the job raised; the argument is the exception.
        done(): emitted after either of the two, whatever the outcome.
    """

    finished = Signal(object)
    failed = Signal(object)
    done = Signal()

    def __init__(self, job: Job, *, name: str = "job", pool: QThreadPool | None = None) -> None:
        super().__init__()
        self._job = job
        self._name = name
        self._pool = pool or QThreadPool.globalInstance()
        self._is_running = False

    @property
    def is_running(self) -> bool:
        return self._is_running

    def start(self) -> "JobRunner":
        """Queue the job; returns the runner so that ``JobRunner(job).start()`` reads well."""
        relay = _the_relay()
        number = next(_numbers)
        relay.runners[number] = self
        self._is_running = True
        self._pool.start(_JobRunnable(self._job, number, relay, self._name))
        return self

    def _report(self, outcome: object, *, failed: bool) -> None:
        self._is_running = False
        if failed:
            self.failed.emit(outcome)
        else:
            self.finished.emit(outcome)
        self.done.emit()


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
    return _relay is not None and bool(_relay.runners)


def wait_for_jobs(msecs: int = 30_000) -> bool:
    """Block until the pool's threads are idle (at shutdown only, never while in use)."""
    return QThreadPool.globalInstance().waitForDone(msecs)
