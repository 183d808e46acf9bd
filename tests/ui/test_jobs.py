"""JobRunner: a plain callable runs off the GUI thread; its outcome arrives on the GUI thread."""

import threading

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
