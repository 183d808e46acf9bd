"""Untrusted files are decoded in a child process: an FFmpeg crash or hang costs one file.

``media.decoding`` turns the errors a decoder raises into refusals, but a native crash
(a segfault inside FFmpeg on a crafted file) would take the whole process with it: the GUI,
or a batch import half done. So the import's probe and the full decode check
(``media.decode_check``) run in a child process. One child serves many files: starting
Python and FFmpeg costs a few tenths of a second, paid once per import thread, not once
per file.

The child is a plain subprocess running this module (``python -m app.media.isolation``, or
the frozen executable with ``--media-child``, see ``main.py``), not ``multiprocessing``:
its ``spawn`` re-imports the parent's main module in every child, which for the station is
the whole CLI and GUI stack (seconds). Requests and answers are pickled, length-prefixed,
over the child's stdin and stdout; its stderr is discarded (FFmpeg's chatter must not
reach a CLI's one-line refusal).

This is isolation from crashes, not a sandbox: the child runs as the same user, and the
parent trusts what it answers.

The child reports progress while it works; a child that dies answers nothing (the crash is
reported with its exit code) and one that stays silent for ``stall_s`` seconds is killed
(a hang). Either way the child is replaced for the next file.
"""

from __future__ import annotations

import contextlib
import logging
import os
import pickle
import queue
import struct
import subprocess
import sys
import threading
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any

from app.core.messages import Message
from app.media.errors import DecoderCrashError

log = logging.getLogger(__name__)

#: Seconds a child may stay silent (no progress, no answer) before it counts as hung.
STALL_SECONDS = 60.0
#: How often a waiting parent looks at its cancel token.
_CANCEL_POLL_SECONDS = 0.2
#: The argument with which a frozen build runs as a media child (``main.py``).
CHILD_ARGUMENT = "--media-child"
_LENGTH = struct.Struct(">I")
_GONE = ("gone", None)


class DecodeCancelledError(Exception):
    """The caller's cancel token was set while the child worked (the child was stopped)."""


def _write(stream: IO[bytes], message: object) -> None:
    data = pickle.dumps(message, protocol=pickle.HIGHEST_PROTOCOL)
    stream.write(_LENGTH.pack(len(data)) + data)
    stream.flush()


def _read(stream: IO[bytes]) -> Any:
    """The next message, or ``EOFError`` when the other side is gone."""
    header = stream.read(_LENGTH.size)
    if len(header) < _LENGTH.size:
        raise EOFError
    size = _LENGTH.unpack(header)[0]
    data = stream.read(size)
    if len(data) < size:
        raise EOFError
    return pickle.loads(data)  # noqa: S301 - our own parent, over our own pipe


def serve() -> None:
    """The child's loop: run each job asked for and send its result, until stdin closes.

    The protocol keeps the original stdout; file descriptor 1 is pointed at stderr, so that
    whatever a library prints cannot corrupt the answers.
    """
    answers = os.fdopen(os.dup(1), "wb")
    os.dup2(2, 1)
    requests = sys.stdin.buffer
    while True:
        try:
            function, path, reports = _read(requests)
        except EOFError:
            return

        def progress(done: float) -> None:
            _write(answers, ("progress", done))

        options = {"on_progress": progress} if reports else {}
        try:
            result = function(Path(path), **options)
        except Exception as exc:  # noqa: BLE001 - handed to the parent, which decides
            _write(answers, ("error", f"{type(exc).__name__}: {exc}"))
        else:
            _write(answers, ("result", result))


def child_command() -> list[str]:
    """How to start a child: this module, or the frozen executable in child mode."""
    if getattr(sys, "frozen", False):
        return [sys.executable, CHILD_ARGUMENT]
    return [sys.executable, "-m", "app.media.isolation"]


class MediaChild:
    """One child process that runs media jobs on files, one at a time.

    Not thread-safe: ``MediaChildren`` hands each thread its own.
    """

    def __init__(self, stall_s: float = STALL_SECONDS) -> None:
        self.stall_s = stall_s
        self._process: subprocess.Popen[bytes] | None = None
        self._answers: queue.Queue[tuple[str, Any]] = queue.Queue()

    def run(
        self,
        job: Callable[..., Any],
        path: Path,
        *,
        on_progress: Callable[[float], None] | None = None,
        cancel: threading.Event | None = None,
    ) -> Any:
        """``job(path)`` computed in the child; ``job`` is a module-level function.

        With ``on_progress``, the job is called as ``job(path, on_progress=...)`` and what
        it reports arrives here; a job that reports often may take as long as it needs.

        Raises:
            DecoderCrashError: the child died, hung, or its job raised.
            DecodeCancelledError: ``cancel`` was set; the child was stopped.
        """
        process = self._started()
        try:
            assert process.stdin is not None
            _write(process.stdin, (job, str(path), on_progress is not None))
        except OSError:
            pass  # the child is gone: the next message says so
        while True:
            kind, value = self._next_message(path, cancel)
            if kind == "progress":
                if on_progress is not None:
                    on_progress(value)
                continue
            if kind == "error":
                failed = Message("media.decoder-failed", {"detail": str(value)})
                raise DecoderCrashError("media.decoder-crash", path=path, reason=failed)
            return value

    def start(self) -> None:
        """Start the child process now (``run`` starts it when needed otherwise)."""
        self._started()

    def close(self) -> None:
        """Stop the child: end of input asks it to leave; it is killed if it does not."""
        process = self._process
        if process is None:
            return
        try:
            if process.stdin is not None:
                process.stdin.close()
            process.wait(timeout=2)
        except (OSError, subprocess.TimeoutExpired):
            pass  # killed below
        self._kill()

    def _started(self) -> subprocess.Popen[bytes]:
        if self._process is not None and self._process.poll() is None:
            return self._process
        self._kill()
        process = subprocess.Popen(
            child_command(),
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            creationflags=getattr(subprocess, "CREATE_NO_WINDOW", 0),  # no console on Windows
        )
        self._answers = queue.Queue()
        reader = threading.Thread(
            target=_relay, args=(process.stdout, self._answers), name="media-child", daemon=True
        )
        reader.start()
        self._process = process
        return process

    def _next_message(self, path: Path, cancel: threading.Event | None) -> tuple[str, Any]:
        waited = 0.0
        while waited < self.stall_s:
            if cancel is not None and cancel.is_set():
                self._kill()
                raise DecodeCancelledError(f"{path}: cancelled")
            step = min(_CANCEL_POLL_SECONDS, self.stall_s - waited)
            try:
                message = self._answers.get(timeout=step)
            except queue.Empty:
                waited += step
                continue
            if message != _GONE:
                return message
            code = self._exit_code()
            log.warning("media child crashed on %s (exit code %s)", path, code)
            crashed = Message("media.decoder-crashed", {"exit_code": "?" if code is None else code})
            raise DecoderCrashError("media.decoder-crash", path=path, reason=crashed)
        self._kill()
        log.warning("media child hung on %s; killed", path)
        hung = Message("media.decoder-hung", {"seconds": f"{self.stall_s:g}"})
        raise DecoderCrashError("media.decoder-crash", path=path, reason=hung)

    def _exit_code(self) -> int | None:
        process = self._process
        code = None
        if process is not None:
            with contextlib.suppress(subprocess.TimeoutExpired):
                code = process.wait(timeout=5)
        self._kill()
        return code

    def _kill(self) -> None:
        process, self._process = self._process, None
        if process is None:
            return
        if process.poll() is None:
            process.kill()
        process.wait()
        for stream in (process.stdin, process.stdout):
            if stream is not None:
                with contextlib.suppress(OSError):  # a broken pipe to a dead child
                    stream.close()


def _relay(stream: IO[bytes], answers: queue.Queue[tuple[str, Any]]) -> None:
    """Move the child's messages into ``answers``; ``_GONE`` once its output ends."""
    try:
        while True:
            answers.put(_read(stream))
    except (EOFError, OSError, ValueError, pickle.UnpicklingError):
        answers.put(_GONE)


class MediaChildren:
    """Up to one child per thread that asks, reused for the whole batch; closed together."""

    def __init__(self, stall_s: float = STALL_SECONDS) -> None:
        self.stall_s = stall_s
        self._idle: list[MediaChild] = []
        self._all: list[MediaChild] = []
        self._lock = threading.Lock()

    def __enter__(self) -> MediaChildren:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def start(self, count: int) -> None:
        """Start ``count`` children now, so that they load while the caller copies."""
        for _ in range(count):
            child = MediaChild(self.stall_s)
            child.start()
            with self._lock:
                self._all.append(child)
                self._idle.append(child)

    def run(self, job: Callable[..., Any], path: Path, **options: Any) -> Any:
        """``MediaChild.run`` on a free child (started when none is free)."""
        with self._lock:
            child = self._idle.pop() if self._idle else None
            if child is None:
                child = MediaChild(self.stall_s)
                self._all.append(child)
        try:
            return child.run(job, path, **options)
        finally:
            with self._lock:
                self._idle.append(child)

    def close(self) -> None:
        with self._lock:
            children, self._all, self._idle = self._all, [], []
        for child in children:
            child.close()


if __name__ == "__main__":
    serve()
