"""The job abstraction: result, error, progress with time left, and cancel between steps."""

import threading

import pytest

from app.core.errors import ValidationError
from app.workers.job import Job, JobControl
from app.workers.progress import JobProgress, Unit


class Ticker:
    def __init__(self) -> None:
        self.now = 0.0

    def __call__(self) -> float:
        return self.now


def test_run_returns_the_result_and_reports_progress_with_eta() -> None:
    ticker, seen = Ticker(), []

    def work(control: JobControl) -> str:
        for step in range(1, 5):
            ticker.now += 1.0  # each step takes one second of the fake clock
            control.report(step, 4, current=f"part {step}")
        return "done"

    job = Job(work, name="t", unit=Unit.FILES, clock=ticker)
    job.add_progress_listener(seen.append)
    assert job.run() == "done"
    assert [p.done for p in seen] == [1, 2, 3, 4]
    assert [p.eta_seconds for p in seen] == [3.0, 2.0, 1.0, 0.0]
    assert seen[0] == JobProgress(1, 4, Unit.FILES, 1.0, 3.0, current="part 1")
    assert job.progress == seen[-1] and not job.is_running


def test_an_error_is_raised_by_run_and_by_wait() -> None:
    def work(_control: JobControl) -> None:
        raise ValidationError("bad input")

    with pytest.raises(ValidationError, match="bad input"):
        Job(work, name="t").run()
    with pytest.raises(ValidationError, match="bad input"):
        Job(work, name="t").start().wait()


def test_start_runs_on_another_thread_and_wait_collects_the_result() -> None:
    threads: list[int] = []

    def call() -> int:
        threads.append(threading.get_ident())
        return 42

    assert Job.of(call, name="t").start().wait() == 42
    assert threads and threads[0] != threading.get_ident()


def test_cancel_stops_the_work_at_its_next_check() -> None:
    started, steps = threading.Event(), []

    def work(control: JobControl) -> int:
        started.set()
        while not control.cancel_token.wait(0.01):
            steps.append(1)
        return len(steps)

    job = Job(work, name="t").start()
    assert started.wait(10)
    assert job.is_running and not job.is_cancelled
    job.cancel()
    assert job.wait() == len(steps)
    assert job.is_cancelled and not job.is_running


def test_wait_before_start_is_a_mistake() -> None:
    with pytest.raises(RuntimeError, match="not started"):
        Job.of(lambda: 1, name="t").wait()
