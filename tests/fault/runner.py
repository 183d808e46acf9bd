"""Runs one command line of the station the way a person would, thousands of times over.

A campaign makes thousands of calls; a fresh ``python main.py`` costs about two seconds of
start-up (SQLAlchemy, PyAV, OpenCV, the feature modules) against a few tenths of work.
``Runner`` therefore imports the application once (the "zygote") and forks a child per
call: the child starts from the same untouched module state every time, gets its own
stdin, stdout, stderr, working folder and environment, runs ``app.cli.main(argv)`` and
exits with its return code. Nothing a call does — an open database, a logging handler, a
half-built frame index — survives into the next call, because the next call is forked from
the parent, which never ran a command. ``spawn=True`` runs a real interpreter per call
instead, to check that the two agree (``scripts/campaign --spawn``).

A call that outlives its time limit is killed with SIGKILL and reported as hung; one that
dies from a signal (a native crash in FFmpeg) counts as a crash like exit 3 or a traceback.
"""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
EXIT_BUG = 3
#: What a child that raised past ``main`` exits with (``main`` itself never should).
EXIT_ESCAPED = 70
#: ``out=BROKEN_PIPE``: the child's stdout is a pipe whose reading end is already closed.
BROKEN_PIPE = object()


@dataclass(frozen=True)
class Outcome:
    """How one call ended."""

    argv: tuple[str, ...]
    code: int | None
    stdout: str
    stderr: str
    seconds: float
    hung: bool = False
    signal: int | None = None

    @property
    def crashed(self) -> bool:
        """Exit 3, a traceback on stderr, or death by a signal: a bug, never a refusal."""
        return (
            self.code in (EXIT_BUG, EXIT_ESCAPED)
            or self.signal is not None
            or "Traceback (most recent call last)" in self.stderr
        )

    @property
    def clean(self) -> bool:
        return not self.hung and not self.crashed

    def summary(self) -> str:
        """One line for a failure list: the result and the last line of stderr."""
        if self.hung:
            return f"hung (killed after {self.seconds:.0f} s)"
        if self.signal is not None:
            return f"killed by signal {self.signal}"
        last = self.stderr.strip().splitlines()[-1:] or [""]
        return f"exit {self.code}: {last[0][:200]}"


def warm_up() -> None:
    """Import everything a command may need, once, before the first fork."""
    import av  # noqa: F401
    import cv2  # noqa: F401
    import psycopg  # noqa: F401
    import sqlalchemy.dialects.postgresql.psycopg  # noqa: F401
    import sqlalchemy.dialects.sqlite.pysqlite  # noqa: F401
    from PIL import Image
    from sqlalchemy.orm import configure_mappers

    from app.cli import FEATURES, build_parser

    build_parser(tuple(FEATURES))
    for module in (
        "app.services.ingest",
        "app.services.verification",
        "app.services.stills_register",
        "app.services.forms",
        "app.services.printing",
        "app.media.frame_index",
        "app.media.frames",
        "app.store.migrate",
        "app.store.models",
    ):
        __import__(module)
    configure_mappers()  # the ORM's one-time set-up, the same for every process
    Image.init()  # Pillow's format plugins, loaded on the first save otherwise


class Runner:
    """Runs ``app.cli.main`` for one argv at a time, forked from a warm parent (or spawned).

    Args:
        env: variables set for every call on top of this process's environment.
        timeout: seconds a call may take before it is killed and counted as hung.
        spawn: start a real ``python main.py`` per call instead of forking.
    """

    def __init__(
        self, env: Mapping[str, str] | None = None, *, timeout: float = 60, spawn: bool = False
    ) -> None:
        self.env = dict(env or {})
        self.timeout = timeout
        self.spawn = spawn

    def run(
        self,
        argv: Sequence[str],
        *,
        stdin: bytes = b"",
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        timeout: float | None = None,
        broken_pipe: bool = False,
    ) -> Outcome:
        """Run one command line; ``broken_pipe`` gives it a stdout nobody reads (``| head``)."""
        argv = tuple(argv)
        env = {**self.env, **(env or {})}
        limit = self.timeout if timeout is None else timeout
        if self.spawn:
            return _spawned(argv, stdin, env, cwd, limit, broken_pipe)
        with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
            started = time.monotonic()
            target = BROKEN_PIPE if broken_pipe else out
            pid = self.start(argv, stdin=stdin, env=env, cwd=cwd, out=target, err=err)
            code, sig, hung = wait(pid, limit)
            return Outcome(
                argv, code, _read(out), _read(err), time.monotonic() - started, hung, sig
            )

    def start(
        self,
        argv: Sequence[str],
        *,
        stdin: bytes = b"",
        env: Mapping[str, str] | None = None,
        cwd: Path | None = None,
        out: object = None,
        err: object = None,
    ) -> int:
        """Fork a child that runs ``argv`` and return its pid (for ``wait`` or a kill)."""
        env = {**self.env, **(env or {})}
        with tempfile.TemporaryFile() as source:
            source.write(stdin)
            source.seek(0)
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _child(tuple(argv), source.fileno(), out, err, env, cwd)
        return pid


def wait(pid: int, timeout: float) -> tuple[int | None, int | None, bool]:
    """Wait for ``pid`` up to ``timeout`` s; kill it after that. (exit code, signal, hung)."""
    handle = os.pidfd_open(pid)
    try:
        ready, _, _ = select.select([handle], [], [], timeout)
    finally:
        os.close(handle)
    hung = not ready
    if hung:
        os.kill(pid, signal.SIGKILL)
    _, status = os.waitpid(pid, 0)
    if os.WIFSIGNALED(status):
        sig = os.WTERMSIG(status)
        return None, (None if hung and sig == signal.SIGKILL else sig), hung
    return os.WEXITSTATUS(status), None, hung


def _child(
    argv: tuple[str, ...],
    stdin: int,
    out: object,
    err: object,
    env: dict[str, str],
    cwd: Path | None,
) -> None:
    """The forked side: redirect, run the command, exit without running the parent's cleanups."""
    code = EXIT_ESCAPED
    try:
        os.setpgid(0, 0)
        os.dup2(stdin, 0)
        # A pool worker's sys.stdin is /dev/null on another descriptor (multiprocessing
        # replaces it); read descriptor 0 the way the interpreter would at start-up.
        original = sys.__stdin__
        sys.stdin = open(  # noqa: SIM115 - lives as long as this child
            0,
            encoding=getattr(original, "encoding", None) or "utf-8",
            errors=getattr(original, "errors", None) or "strict",
            closefd=False,
        )
        for fd, target in ((1, out), (2, err)):
            os.dup2(_writable(target), fd)
        signal.signal(signal.SIGINT, signal.default_int_handler)
        os.environ.update(env)
        if cwd is not None:
            os.chdir(cwd)
        from app.cli import main

        try:
            code = main(list(argv))
        except SystemExit as exc:  # argparse's --help and --version
            code = exc.code if isinstance(exc.code, int) else (0 if exc.code is None else 2)
    except BaseException:  # noqa: BLE001 - reported as a crash by the parent
        traceback.print_exc()
    finally:
        for stream in (sys.stdout, sys.stderr):
            with contextlib.suppress(BaseException):  # a closed pipe must not hide the code
                stream.flush()
        os._exit(code)


def _writable(target: object) -> int:
    """A file descriptor for the child's stdout or stderr."""
    if target is None:
        return os.open(os.devnull, os.O_WRONLY)
    if target is BROKEN_PIPE:
        read, write = os.pipe()
        os.close(read)
        return write
    return target.fileno()  # type: ignore[attr-defined]


def _spawned(
    argv: tuple[str, ...],
    stdin: bytes,
    env: dict[str, str],
    cwd: Path | None,
    limit: float,
    broken_pipe: bool,
) -> Outcome:
    started = time.monotonic()
    command = [sys.executable, str(ROOT / "main.py"), *argv]
    if broken_pipe:
        read, write = os.pipe()
        os.close(read)
    with subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=write if broken_pipe else subprocess.PIPE,
        stderr=subprocess.PIPE,
        env={**os.environ, **env},
        cwd=cwd,
        start_new_session=True,
    ) as process:
        try:
            out, err = process.communicate(stdin, timeout=limit)
        except subprocess.TimeoutExpired:
            process.kill()
            out, err = process.communicate()
            return Outcome(argv, None, _text(out), _text(err), time.monotonic() - started, True)
        finally:
            if broken_pipe:
                os.close(write)
    code = process.returncode
    sig = -code if code < 0 else None
    return Outcome(
        argv, None if sig else code, _text(out), _text(err), time.monotonic() - started, False, sig
    )


def _read(handle: object) -> str:
    handle.seek(0)  # type: ignore[attr-defined]
    return _text(handle.read())  # type: ignore[attr-defined]


def _text(data: bytes | None) -> str:
    if data is None:
        return ""
    return data.decode("utf-8", errors="replace")


def run_functions(
    calls: Sequence[tuple[Callable[..., object], tuple[object, ...]]], timeout: float = 600
) -> list[Outcome]:
    """Run each ``function(*args)`` in its own forked child, all at once; their outcomes.

    A child keeps what it opens (engines, files) out of the parent. Exit 0 when the
    function returned, ``EXIT_ESCAPED`` with the traceback on stderr when it raised.
    """
    with contextlib.ExitStack() as stack:
        started = time.monotonic()
        children = []
        for function, args in calls:
            out = stack.enter_context(tempfile.TemporaryFile())
            err = stack.enter_context(tempfile.TemporaryFile())
            sys.stdout.flush()
            sys.stderr.flush()
            pid = os.fork()
            if pid == 0:
                _call(function, args, out.fileno(), err.fileno())
            children.append((function, pid, out, err))
        outcomes = []
        for function, pid, out, err in children:
            code, sig, hung = wait(pid, max(1.0, timeout - (time.monotonic() - started)))
            name = getattr(function, "__name__", "function")
            seconds = time.monotonic() - started
            outcomes.append(Outcome((name,), code, _read(out), _read(err), seconds, hung, sig))
        return outcomes


def _call(function: Callable[..., object], args: tuple[object, ...], out: int, err: int) -> None:
    code = EXIT_ESCAPED
    try:
        os.dup2(out, 1)
        os.dup2(err, 2)
        function(*args)
        code = 0
    except BaseException:  # noqa: BLE001 - reported by the parent
        traceback.print_exc()
    finally:
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(code)
