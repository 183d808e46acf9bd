"""JobRunner: a plain callable runs off the GUI thread; its outcome arrives on the GUI thread."""

import gc
import threading
import weakref

from PySide6.QtCore import QThread
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from app.core.errors import ValidationError
from app.ui.jobs import JobRunner, has_running_jobs


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
        raise ValidationError("the unit needs a name")

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
