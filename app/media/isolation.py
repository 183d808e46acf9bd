"""Untrusted files are decoded in a child process: an FFmpeg crash or hang costs one file.

``media.decoding`` turns the errors a decoder raises into refusals, but a native crash
(a segfault inside FFmpeg on a crafted file) would take the whole process with it: the GUI,
or a batch import half done. So the import's probe and the full decode check
(``media.decode_check``) run in a child started with ``spawn`` (the only start method on
Windows; frozen builds need ``multiprocessing.freeze_support()`` in ``main.py``). One child
serves many files: starting Python and FFmpeg costs about a tenth of a second, paid once
per import, not once per file.

The child reports progress while it works; a child that dies answers nothing (the crash is
reported with its exit code) and one that stays silent for ``stall_s`` seconds is killed
(a hang). Either way the child is replaced for the next file.
"""

from __future__ import annotations

import logging
import multiprocessing
import threading
from collections.abc import Callable
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

from app.media.errors import DecoderCrashError

log = logging.getLogger(__name__)

#: Seconds a child may stay silent (no progress, no answer) before it counts as hung.
STALL_SECONDS = 60.0
#: How often a waiting parent looks at its cancel token.
_CANCEL_POLL_SECONDS = 0.2


class DecodeCancelledError(Exception):
    """The caller's cancel token was set while the child worked (the child was stopped)."""


def _serve(conn: Connection) -> None:
    """The child's loop: run each job asked for and send its result, until told to stop."""
    while True:
        request = conn.recv()
        if request is None:
            return
        function, path, reports = request

        def progress(done: float) -> None:
            conn.send(("progress", done))

        options = {"on_progress": progress} if reports else {}
        try:
            result = function(Path(path), **options)
        except Exception as exc:  # noqa: BLE001 - handed to the parent, which decides
            conn.send(("error", f"{type(exc).__name__}: {exc}"))
        else:
            conn.send(("result", result))


class MediaChild:
    """One child process that runs media jobs on files, one at a time.

    Not thread-safe: ``MediaChildren`` hands each thread its own.
    """

    def __init__(self, stall_s: float = STALL_SECONDS) -> None:
        self.stall_s = stall_s
        self._process: multiprocessing.process.BaseProcess | None = None
        self._conn: Connection | None = None

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
        conn = self._connection()
        conn.send((job, str(path), on_progress is not None))
        while True:
            message = self._next_message(conn, path, cancel)
            kind, value = message
            if kind == "progress":
                if on_progress is not None:
                    on_progress(value)
                continue
            if kind == "error":
                raise DecoderCrashError(path, f"the decoder failed ({value})")
            return value

    def close(self) -> None:
        """Stop the child (politely, then by force)."""
        if self._process is None:
            return
        try:
            if self._conn is not None and self._process.is_alive():
                self._conn.send(None)
            self._process.join(timeout=2)
        except (OSError, ValueError):
            pass  # the pipe is gone: the child is gone or about to be killed
        self._kill()

    def _connection(self) -> Connection:
        if self._process is None or not self._process.is_alive() or self._conn is None:
            self._kill()
            context = multiprocessing.get_context("spawn")
            parent, child = context.Pipe()
            self._process = context.Process(
                target=_serve, args=(child,), name="media-child", daemon=True
            )
            self._process.start()
            child.close()
            self._conn = parent
        return self._conn

    def _next_message(
        self, conn: Connection, path: Path, cancel: threading.Event | None
    ) -> tuple[str, Any]:
        waited = 0.0
        while waited < self.stall_s:
            if cancel is not None and cancel.is_set():
                self._kill()
                raise DecodeCancelledError(f"{path}: cancelled")
            step = min(_CANCEL_POLL_SECONDS, self.stall_s - waited)
            if conn.poll(step):
                try:
                    return conn.recv()  # type: ignore[no-any-return]
                except (EOFError, OSError):
                    break  # the child died: the pipe reads empty
            waited += step
        else:
            self._kill()
            log.warning("media child hung on %s; killed", path)
            raise DecoderCrashError(
                path, f"the decoder stopped responding ({self.stall_s:g} s without progress)"
            )
        code = self._exit_code()
        log.warning("media child crashed on %s (exit code %s)", path, code)
        raise DecoderCrashError(path, f"the decoder crashed (exit code {code})")

    def _exit_code(self) -> int | None:
        process = self._process
        if process is not None:
            process.join(timeout=5)
        code = process.exitcode if process is not None else None
        self._kill()
        return code

    def _kill(self) -> None:
        if self._process is not None:
            if self._process.is_alive():
                self._process.kill()
            self._process.join(timeout=5)
        if self._conn is not None:
            self._conn.close()
        self._process, self._conn = None, None


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
