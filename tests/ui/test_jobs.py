"""The Qt adapter: a job runs off the GUI thread; progress and its outcome arrive on it."""

import gc
import threading
import weakref

import pytest
import shiboken6
from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from app.core.errors import NotFoundError, ValidationError
from app.ui.jobs import JobRunner, has_running_jobs, run_in_background
from app.ui.progress_dialog import JobProgressDialog
from app.workers.job import Job, JobControl
from app.workers.progress import Unit


def test_the_result_arrives_on_the_gui_thread(qtbot: QtBot, qapp: QApplication) -> None:
    seen: dict[str, object] = {}

    def job() -> int:
        seen["job_thread"] = threading.get_ident()
        return 42

    runner = JobRunner(job)
    runner.finished.connect(lambda _result: seen.setdefault("slot_thread", QThread.currentThread()))
    with qtbot.waitSignal(runner.finished) as blocker:
        runner.start()
    assert blocker.args == [42]
    assert seen["job_thread"] != threading.get_ident()
    assert seen["slot_thread"] is qapp.thread()
    qtbot.waitUntil(lambda: not has_running_jobs())


def test_an_error_arrives_as_failed(qtbot: QtBot) -> None:
    def job() -> None:
        raise ValidationError("people.unit-needs-name")

    runner = JobRunner(job)
    with qtbot.waitSignal(runner.failed) as blocker:
        runner.start()
    assert isinstance(blocker.args[0], ValidationError)
    assert not runner.is_running
    qtbot.waitUntil(lambda: not has_running_jobs())


def test_a_runner_lives_until_it_reports_and_is_let_go_after(qtbot: QtBot) -> None:
    """Nobody needs to hold a runner; it is kept while the job runs and freed once it reports."""
    release = threading.Event()
    results: list[object] = []
    runner = JobRunner(lambda: release.wait(10) and "done")
    runner.finished.connect(results.append)
    alive = weakref.ref(runner)
    runner.start()
    del runner
    gc.collect()
    assert alive() is not None and has_running_jobs()
    release.set()
    qtbot.waitUntil(lambda: results == ["done"])
    assert not has_running_jobs()
    gc.collect()
    assert alive() is None


def test_many_jobs_in_a_row_each_report_once(qtbot: QtBot) -> None:
    """Each job started from the previous one's slot, as a paging model does."""
    reported: list[int] = []

    def start(number: int) -> None:
        runner = JobRunner(lambda: list(range(number)))
        runner.finished.connect(lambda rows: on_finished(number, rows))
        runner.start()

    def on_finished(number: int, rows: object) -> None:
        assert rows == list(range(number))
        reported.append(number)
        if number < 300:
            start(number + 1)

    start(1)
    qtbot.waitUntil(lambda: len(reported) == 300, timeout=30_000)
    assert reported == list(range(1, 301))
    qtbot.waitUntil(lambda: not has_running_jobs())


# -- run_in_background: the page-facing shape (Anki's QueryOp) ----------------------------


def test_the_result_reaches_the_success_callback_on_the_gui_thread(
    qtbot: QtBot, qapp: QApplication
) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    seen: list[tuple[object, object]] = []
    run_in_background(
        page, lambda: 7, lambda result: seen.append((result, QThread.currentThread()))
    )
    qtbot.waitUntil(lambda: bool(seen))
    assert seen == [(7, qapp.thread())]


def test_an_error_is_shown_over_the_page_in_the_users_language(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    done: list[bool] = []

    def job() -> None:
        raise NotFoundError("recording.not-found", id=404)

    run_in_background(
        page, job, lambda _r: pytest.fail("no result"), on_done=lambda: done.append(True)
    )
    qtbot.waitUntil(lambda: page.findChild(QMessageBox, "errorBox") is not None)
    box = page.findChild(QMessageBox, "errorBox")
    assert box.windowTitle() == "无法完成操作"
    assert "404" in box.text() and "no recording" not in box.text()  # worded, not raw
    assert done == [True]


def test_a_page_may_handle_its_own_error_instead(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    errors: list[BaseException] = []

    def job() -> None:
        raise ValidationError("people.unit-needs-name")

    run_in_background(page, job, lambda _r: None, on_failure=errors.append)
    qtbot.waitUntil(lambda: bool(errors))
    assert isinstance(errors[0], ValidationError)
    assert page.findChild(QMessageBox, "errorBox") is None


def test_the_progress_dialog_shows_time_left_and_cancel_stops_the_job(qtbot: QtBot) -> None:
    page = QWidget()
    qtbot.addWidget(page)
    page.show()
    reported = threading.Event()

    def work(control: JobControl) -> str:
        control.report(1, 4)
        reported.set()
        control.cancel_token.wait(30)  # a chunk that ends when the job is cancelled
        return "stopped" if control.is_cancelled else "ran out"

    results: list[str] = []
    clock = iter([0.0, 10.0]).__next__  # started at 0 s, one file done at 10 s: 30 s left
    job = Job(work, name="slow", unit=Unit.FILES, clock=clock)
    runner = run_in_background(page, job, results.append, progress="Checking")
    dialog = page.findChild(JobProgressDialog)
    assert dialog is not None
    qtbot.waitUntil(lambda: dialog.last is not None)
    assert dialog.last.done == 1 and dialog.last.total == 4
    assert dialog.labelText() == "Checking\n1/4 · 约剩 0:30"
    dialog.findChild(QPushButton).click()  # the dialog's Cancel
    qtbot.waitUntil(lambda: results == ["stopped"])
    assert runner.job.is_cancelled
    qtbot.waitUntil(lambda: page.findChild(JobProgressDialog) is None)


def test_an_outcome_for_a_closed_page_is_dropped(qtbot: QtBot) -> None:
    page = QWidget()
    release = threading.Event()
    called: list[object] = []
    run_in_background(
        page, lambda: release.wait(10), called.append, on_done=lambda: called.append("done")
    )
    page.deleteLater()
    qtbot.waitUntil(lambda: not shiboken6.isValid(page))
    release.set()
    qtbot.waitUntil(lambda: not has_running_jobs())
    assert called == []
