"""A background job in plain Python: a thread, a cancel token, progress, one outcome.

The work is any callable taking ``(report, cancel)``: ``report`` receives its progress
counts and ``cancel`` is a ``threading.Event`` it checks between chunks. The GUI wraps the
same callable in its Qt runner; the CLI runs it here and turns Ctrl-C into ``cancel()``,
so an interrupted import stops cleanly between chunks and leaves its journal to resume.
"""

import logging
import threading
from collections.abc import Callable
from typing import Generic, TypeVar

log = logging.getLogger(__name__)

T = TypeVar("T")
Work = Callable[[Callable[[object], None], threading.Event], T]


class Job(Generic[T]):
    """Runs ``work`` on its own thread; ``wait()`` returns its result or raises its error."""

    def __init__(
        self, work: Work[T], *, name: str, on_progress: Callable[[object], None] | None = None
    ) -> None:
        self.name = name
        self.cancel_token = threading.Event()
        self._work = work
        self._on_progress = on_progress or (lambda _counts: None)
        self._result: T | None = None
        self._error: BaseException | None = None
        self._thread = threading.Thread(target=self._run, name=f"job-{name}", daemon=True)

    def start(self) -> "Job[T]":
        self._thread.start()
        return self

    def cancel(self) -> None:
        log.info("job %s: cancel requested", self.name)
        self.cancel_token.set()

    @property
    def is_running(self) -> bool:
        return self._thread.is_alive()

    def wait(self, poll: float = 0.2) -> T:
        """Block until done; Ctrl-C while waiting cancels the job and waits for it to stop."""
        try:
            while self._thread.is_alive():
                self._thread.join(poll)
        except KeyboardInterrupt:
            self.cancel()
            self._thread.join()
        if self._error is not None:
            raise self._error
        return self._result  # type: ignore[return-value]

    def _run(self) -> None:
        try:
            self._result = self._work(self._on_progress, self.cancel_token)
        except BaseException as exc:  # noqa: BLE001 - handed to wait(), re-raised there
            log.debug("job %s failed: %r", self.name, exc)
            self._error = exc
