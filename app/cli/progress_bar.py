"""A running job on the terminal: a bar with counts, rate and time left (rich).

Drawn on stderr only when both stdout and stderr are terminals and ``--json`` is off: a
pipe, a log file or a JSON reader gets the command's output and nothing else. The bar
shows the job's own ``JobProgress`` (the same rate and time left as the GUI), not rich's
estimate, and disappears when the job ends.
"""

import sys
from typing import TypeVar

from rich.console import Console
from rich.progress import BarColumn, Progress, TaskID, TextColumn

from app.workers.job import Job
from app.workers.progress import JobProgress

T = TypeVar("T")


def shows_progress(json_output: bool) -> bool:
    """Whether a bar belongs on this terminal."""
    return not json_output and sys.stdout.isatty() and sys.stderr.isatty()


def run_with_bar(job: Job[T], *, show: bool) -> T:
    """Run ``job`` on its own thread until it ends (Ctrl-C cancels it); a bar when ``show``."""
    if not show:
        return job.start().wait()
    columns = (TextColumn("{task.description}"), BarColumn(), TextColumn("{task.fields[text]}"))
    with Progress(*columns, console=Console(stderr=True), transient=True) as bar:
        task = bar.add_task(job.name, total=None, text="")
        job.add_progress_listener(lambda progress: _draw(bar, task, progress))
        return job.start().wait()


def _draw(bar: Progress, task: TaskID, progress: JobProgress) -> None:
    bar.update(task, completed=progress.done, total=progress.total or None, text=progress.text())
