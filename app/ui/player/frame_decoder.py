"""Exact frames decoded off the GUI thread, newest request first; the index and thumbnails too.

A random frame of a 1080p recording can take longer than the GUI may stall (50 ms), so the
player's ``FrameReader`` lives on its own thread. Requests are coalesced: while one frame is
being decoded, only the newest request waits (dragging the timeline does not queue up a
backlog); stepping through the cached GOP still answers in a few milliseconds.

This is the one background thread that is not a ``workers.job.Job`` run by ``ui.jobs``
(#9): a job is finite — it starts, reports progress, ends with one result or error. The
decoder is a stream with state: it holds open readers and the decoded GOP for as long as
the player shows the video, answers an unbounded series of requests in the order the
person moves, replaces a waiting request by a newer one, and interleaves thumbnails
between them. As pool jobs, every frame would reopen the file and lose the cached GOP (one
frame back would cost a GOP decode instead of a conversion), and queued jobs could not be
superseded. So it keeps one thread per open video, with the reader living on it.
"""

from __future__ import annotations

import logging
import threading
from pathlib import Path

import numpy as np
from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot
from PySide6.QtGui import QImage

from app.core.errors import EvidenceStationError
from app.media.frame_index import FrameIndex, load_or_build
from app.media.frames import FrameReader
from app.media.thumbnails import scale_to_height, thumbnail_frames

log = logging.getLogger(__name__)

THUMBNAIL_HEIGHT = 54


def to_qimage(picture: np.ndarray) -> QImage:
    """An RGB array as a QImage that owns its pixels (the array may go away)."""
    height, width = picture.shape[:2]
    image = QImage(picture.data, width, height, 3 * width, QImage.Format.Format_RGB888)
    return image.copy()


class _DecodeWorker(QObject):
    """Lives on the decoder thread; owns the readers. Work order: index, frame, thumbnails.

    Signals:
        index_ready(object): the ``FrameIndex`` (built here unless given).
        decoded(int, QImage): the exact frame asked for.
        thumbnail_ready(int, QImage): one keyframe picture for the timeline.
        failed(object): a domain error.
        again(): re-queues ``work`` so that frame requests get in between thumbnails.
    """

    index_ready = Signal(object)
    decoded = Signal(int, QImage)
    thumbnail_ready = Signal(int, QImage)
    failed = Signal(object)
    again = Signal()

    def __init__(self, path: Path, index: FrameIndex | None, thumbnails: int) -> None:
        super().__init__()
        self._path, self._index = path, index
        self._reader: FrameReader | None = None
        self._thumb_reader: FrameReader | None = None
        self._thumbs: list[int] | None = None
        self._thumb_count = thumbnails
        self._lock = threading.Lock()
        self._wanted: int | None = None
        self.again.connect(self.work, Qt.ConnectionType.QueuedConnection)

    def want(self, n: int) -> None:
        with self._lock:
            self._wanted = n

    @Slot()
    def work(self) -> None:
        try:
            if self._reader is None:
                self._open()
                return
            with self._lock:
                n, self._wanted = self._wanted, None
            if n is not None:
                self.decoded.emit(n, to_qimage(self._reader.picture(n)))
            elif self._thumbs:
                self._next_thumbnail()
        except EvidenceStationError as exc:
            self.failed.emit(exc)

    def _open(self) -> None:
        if self._index is None:
            self._index = load_or_build(self._path)
        self._reader = FrameReader(self._path, self._index)
        self.index_ready.emit(self._index)
        self._thumbs = thumbnail_frames(self._reader, self._thumb_count)
        self.again.emit()

    def _next_thumbnail(self) -> None:
        assert self._thumbs is not None and self._index is not None
        n = self._thumbs.pop(0)
        if self._thumb_reader is None:
            self._thumb_reader = FrameReader(self._path, self._index, cache_bytes=0)
        picture = scale_to_height(self._thumb_reader.picture(n), THUMBNAIL_HEIGHT)
        self.thumbnail_ready.emit(n, to_qimage(picture))
        if not self._thumbs:
            self._thumb_reader.close()
            self._thumb_reader = None
        self.again.emit()

    @Slot()
    def close(self) -> None:
        for reader in (self._reader, self._thumb_reader):
            if reader is not None:
                reader.close()
        self._reader = self._thumb_reader = None
        self._thumbs = None


class FrameDecoder(QObject):
    """Opens a video off the GUI thread and answers exact frames as signals.

    Signals:
        index_ready(object): the video's ``FrameIndex``; frames can be asked for now.
        frame_decoded(int, QImage): frame number and its picture (display rotation applied).
        thumbnail_ready(int, QImage): a timeline thumbnail (keyframes, after frame 0).
        decode_failed(object): the error, for ``ui/errors.py`` to show.
    """

    index_ready = Signal(object)
    frame_decoded = Signal(int, QImage)
    thumbnail_ready = Signal(int, QImage)
    decode_failed = Signal(object)
    _poke = Signal()
    _closing = Signal()

    def __init__(
        self,
        path: Path,
        index: FrameIndex | None = None,
        thumbnails: int = 24,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._thread = QThread()
        self._thread.setObjectName(f"frames:{Path(path).name}")
        self._worker = _DecodeWorker(Path(path), index, thumbnails)
        self._worker.moveToThread(self._thread)
        self._poke.connect(self._worker.work)
        self._closing.connect(self._worker.close)
        self._worker.index_ready.connect(self.index_ready)
        self._worker.decoded.connect(self.frame_decoded)
        self._worker.thumbnail_ready.connect(self.thumbnail_ready)
        self._worker.failed.connect(self.decode_failed)
        self._thread.start()
        self._poke.emit()

    def request(self, n: int) -> None:
        self._worker.want(n)
        self._poke.emit()

    def shut_down(self) -> None:
        if self._thread.isRunning():
            self._closing.emit()
            self._thread.quit()
            self._thread.wait(10_000)
