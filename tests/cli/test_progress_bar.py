"""The CLI's progress bar: only on a terminal, never with --json, never in the output."""

import io
import sys

import pytest

from app.cli.progress_bar import run_with_bar, shows_progress
from app.workers.job import Job, JobControl
from app.workers.progress import Unit


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


@pytest.mark.parametrize(
    ("stdout_tty", "stderr_tty", "json_output", "shown"),
    [
        (True, True, False, True),
        (True, True, True, False),  # --json: one document and nothing else
        (False, True, False, False),  # output piped
        (True, False, False, False),  # errors to a file
    ],
)
def test_the_bar_shows_only_on_a_terminal(
    monkeypatch: pytest.MonkeyPatch,
    stdout_tty: bool,
    stderr_tty: bool,
    json_output: bool,
    shown: bool,
) -> None:
    monkeypatch.setattr(sys, "stdout", Terminal() if stdout_tty else io.StringIO())
    monkeypatch.setattr(sys, "stderr", Terminal() if stderr_tty else io.StringIO())
    assert shows_progress(json_output) is shown


def test_a_job_under_the_bar_reports_to_stderr_and_returns_its_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    out, err = Terminal(), Terminal()
    monkeypatch.setattr(sys, "stdout", out)
    monkeypatch.setattr(sys, "stderr", err)

    def work(control: JobControl) -> str:
        for done in range(1, 4):
            control.report(done * 1_000_000, 3_000_000, items=(done, 3), current=f"f{done}")
        return "finished"

    assert run_with_bar(Job(work, name="import", unit=Unit.BYTES), show=True) == "finished"
    assert out.getvalue() == ""  # the command's output stays clean
    assert "import" in err.getvalue() and "3/3, 3.0/3.0 MB" in err.getvalue()
