"""The one job abstraction: long work in plain Python with progress, cancel and one outcome.

A service writes a long operation as ``work(control) -> result``: it reports its counts with
``control.report(done, total)`` and passes ``control.cancel_token`` (a ``threading.Event``)
to whatever it calls, which checks it between chunks (STYLE §4: never kill a thread). The
service hands out a ``Job`` wrapping that work (``services.ingest.import_job`` and friends),
and the caller decides where it runs:

- the CLI calls ``start()`` and ``wait()``: the work runs on a thread of its own, Ctrl-C
  becomes ``cancel()``, and progress is drawn on the terminal;
- the GUI hands the job to ``ui.jobs`` (its one Qt adapter), which calls ``run()`` on a
  pool thread and carries progress and the outcome back to the GUI thread.

The job itself keeps no Qt and no terminal: progress listeners receive ``JobProgress``
values (rate and time left measured by ``workers.progress``), on the job's threads.
"""

import logging
import threading
import time
from collections.abc import Callable
from typing import Generic, TypeVar

from app.workers.progress import JobProgress, ProgressMeter, Unit

log = logging.getLogger(__name__)

T = TypeVar("T")
ProgressListener = Callable[[JobProgress], None]


class JobControl:
    """What the running work is handed: where to report, and whether to stop."""

    def __init__(self, publish: ProgressListener, unit: Unit, clock: Callable[[], float]) -> None:
        self.cancel_token = threading.Event()
        self._meter = ProgressMeter(publish, unit=unit, clock=clock)

    @property
    def is_cancelled(self) -> bool:
        return self.cancel_token.is_set()

    def report(
        self, done: int, total: int, *, items: tuple[int, int] | None = None, current: str = ""
    ) -> None:
        """Work done of all (in the job's unit); ``items`` counts whole files meanwhile.

        Safe from any thread; a few updates a second reach the listeners.
        """
        self._meter.update(done, total, items=items, current=current)


Work = Callable[[JobControl], T]


class Job(Generic[T]):
    """One long operation: run it here (``run``) or on its own thread (``start``/``wait``).

    Args:
        work: the operation; returns the result or raises a domain error.
        name: for logs and thread names.
        unit: what ``control.report`` counts.
        clock: the meter's clock (tests give a fake one).
    """

    def __init__(
        self,
        work: Work[T],
        *,
        name: str,
        unit: Unit = Unit.STEPS,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.name = name
        self.unit = unit
        self.progress: JobProgress | None = None
        self._work = work
        self._listeners: list[ProgressListener] = []
        self.control = JobControl(self._publish, unit, clock)
        self._running = False
        self._thread: threading.Thread | None = None
        self._result: T | None = None
        self._error: BaseException | None = None

    @classmethod
    def of(cls, call: Callable[[], T], *, name: str) -> "Job[T]":
        """A job of a single call that reports nothing and cannot stop midway (a read)."""
        return cls(lambda _control: call(), name=name)

    def add_progress_listener(self, listener: ProgressListener) -> None:
        """Called with every ``JobProgress`` passed on, on the job's threads."""
        self._listeners.append(listener)

    @property
    def is_running(self) -> bool:
        return self._running

    @property
    def is_cancelled(self) -> bool:
        return self.control.is_cancelled

    def cancel(self) -> None:
        """Ask the work to stop at its next check; what it has finished stays."""
        log.info("job %s: cancel requested", self.name)
        self.control.cancel_token.set()

    def run(self) -> T:
        """Run the work on this thread; returns its result or raises its error."""
        self._running = True
        try:
            return self._work(self.control)
        finally:
            self._running = False

    def start(self) -> "Job[T]":
        """Run the work on a thread of its own; ``wait`` collects the outcome."""
        self._running = True
        self._thread = threading.Thread(target=self._run_kept, name=f"job-{self.name}", daemon=True)
        self._thread.start()
        return self

    def wait(self, poll: float = 0.2) -> T:
        """Block until done; Ctrl-C while waiting cancels the job and waits for it to stop."""
        if self._thread is None:
            raise RuntimeError(f"job {self.name} was not started")
        try:
            while self._thread.is_alive():
                self._thread.join(poll)
        except KeyboardInterrupt:
            self.cancel()
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]

    def _run_kept(self) -> None:
        try:
            self._result = self.run()
        except BaseException as exc:  # noqa: BLE001 - handed to wait(), re-raised there
            log.debug("job %s failed: %r", self.name, exc)
            self._error = exc

    def _publish(self, progress: JobProgress) -> None:
        self.progress = progress
        for listener in self._listeners:
            listener(progress)
