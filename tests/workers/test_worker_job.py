"""A plain-Python job: result, error, progress and cancellation between steps."""

import threading

import pytest

from app.core.errors import ValidationError
from app.workers.job import Job


def test_result_and_progress() -> None:
    seen: list[object] = []

    def work(report, cancel: threading.Event) -> int:  # type: ignore[no-untyped-def]
        for step in range(3):
            report(step)
        return 42

    assert Job(work, name="t", on_progress=seen.append).start().wait() == 42
    assert seen == [0, 1, 2]


def test_error_is_raised_by_wait() -> None:
    def work(_report, _cancel):  # type: ignore[no-untyped-def]
        raise ValidationError("bad input")

    with pytest.raises(ValidationError, match="bad input"):
        Job(work, name="t").start().wait()


def test_cancel_stops_between_steps() -> None:
    started = threading.Event()

    def work(_report, cancel: threading.Event) -> int:  # type: ignore[no-untyped-def]
        started.set()
        steps = 0
        while not cancel.wait(0.01):
            steps += 1
        return steps

    job = Job(work, name="t").start()
    started.wait(5)
    job.cancel()
    assert job.wait() >= 0 and not job.is_running
