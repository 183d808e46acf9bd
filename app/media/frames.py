"""Exact frames: decode frame N of a video, fast to step back and forth.

Random access seeks to the keyframe the index names for frame N and decodes forward; every
decoded frame of the way is kept (within a memory budget), so stepping back one frame costs
no decoding and stepping forward decodes exactly one more frame. Decoded pictures are matched
to frame numbers by their timestamp, never by counting from a seek that may land elsewhere:
a seek is trusted only once the keyframe itself comes out of the decoder.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import av
import numpy as np

from app.media.decoding import decoding
from app.media.errors import FrameOutOfRangeError, UnreadableMediaError
from app.media.frame_index import FrameIndex, load_or_build, open_container, video_stream

log = logging.getLogger(__name__)

DEFAULT_CACHE_BYTES = 512 * 1024 * 1024


class _SeekMissedError(Exception):
    """The demuxer landed after the keyframe asked for (inexact container seek)."""


@dataclass
class _SeekStart:
    """The keyframe packet a seek aimed at, and whether it has gone into the decoder."""

    dts: int
    pts: int
    by_dts: bool
    fed: bool = False

    def check(self, packet: av.Packet) -> None:
        dts = packet.dts if packet.dts is not None else packet.pts
        if dts is None:
            self.fed = packet.is_keyframe
        elif dts > self.dts:
            raise _SeekMissedError
        else:
            self.fed = dts == self.dts


@dataclass
class DecodeStats:
    """What the reader did so far: for benchmarks and for tests of "nothing twice"."""

    decoded: int = 0
    seeks: int = 0


class FrameReader:
    """Decodes exact frames of one file's first video stream.

    Not thread-safe: one reader per thread (the GUI gives the player its own).
    """

    def __init__(
        self,
        path: Path,
        index: FrameIndex | None = None,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        threads: bool = True,
    ) -> None:
        self.path = Path(path)
        self.index = index if index is not None else load_or_build(self.path)
        with decoding(self.path):
            self._container = open_container(self.path)
            try:
                self._stream = video_stream(self._container, self.path)
                if threads:
                    self._stream.codec_context.thread_type = "AUTO"
            except BaseException:
                self._container.close()
                raise
        self._cache: OrderedDict[int, av.VideoFrame] = OrderedDict()
        self._cache_bytes, self._cached_bytes = cache_bytes, 0
        self._frames: Iterator[av.VideoFrame] | None = None
        self._position = -1  # last frame number that came out of the decoder
        self._start: _SeekStart | None = None
        self._prefer_dts = False
        self._rotation: int | None = None
        self.stats = DecodeStats()

    def __enter__(self) -> FrameReader:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.index)

    def close(self) -> None:
        self._cache.clear()
        self._frames = None
        self._container.close()

    @property
    def rotation(self) -> int:
        """Display rotation in degrees clockwise (0, 90, 180, 270), from the first frame."""
        if self._rotation is None:
            self.frame(0)
        return self._rotation or 0

    def frame(self, n: int) -> av.VideoFrame:
        """The decoded frame ``n`` (YUV, as the codec gives it).

        Raises:
            FrameOutOfRangeError: the video has no frame ``n``.
            UnreadableMediaError: the frame cannot be decoded (``media.decoding``).
        """
        with decoding(self.path):
            return self._frame(n)

    def _frame(self, n: int) -> av.VideoFrame:
        if not 0 <= n < len(self.index):
            raise FrameOutOfRangeError(
                "media.no-such-frame", path=self.path.name, frame=n, last=len(self.index) - 1
            )
        cached = self._cache.get(n)
        if cached is not None:
            self._cache.move_to_end(n)
            return cached
        key = int(self.index.key_frame[n])
        if self._frames is None or not key <= self._position + 1 <= n:
            self._seek(n)
        return self._decode_until(n)

    def picture(self, n: int) -> np.ndarray:
        """Frame ``n`` as an RGB array (height x width x 3), display rotation applied."""
        frame = self.frame(n)
        with decoding(self.path):
            return rotate(frame.to_ndarray(format="rgb24"), self.rotation)

    def image(self, n: int):  # -> PIL.Image.Image
        """Frame ``n`` as a Pillow image, display rotation applied."""
        from PIL import Image

        return Image.fromarray(self.picture(n))

    def is_cached(self, n: int) -> bool:
        return n in self._cache

    def _seek(self, n: int, by_dts: bool | None = None) -> None:
        """Position the demuxer at the keyframe packet that frame ``n`` decodes from.

        Demuxers disagree on what they seek by: mov's sample index is keyed by PTS-like
        times, MPEG-TS by DTS. Seeking by the keyframe's PTS lands on it in both unless the
        next keyframe decodes before that PTS; then the landing check retries by DTS.
        """
        self.stats.seeks += 1
        by_dts = self._prefer_dts if by_dts is None else by_dts
        key_dts, key_pts = self.index.start_of(n)
        target = key_dts if by_dts else max(key_pts, key_dts)
        self._container.seek(target, stream=self._stream, backward=True, any_frame=False)
        self._start = _SeekStart(key_dts, key_pts, by_dts)
        self._frames = self._decoded_frames()
        self._position = int(self.index.key_frame[n]) - 1

    def _rewind(self) -> None:
        """Decode from the very first packet: the slow path that is always right."""
        self.stats.seeks += 1
        self._container.seek(0, backward=True, any_frame=False)
        self._start = None
        self._frames = self._decoded_frames()
        self._position = -1

    def _decoded_frames(self) -> Iterator[av.VideoFrame]:
        """Decoded pictures from the demuxer's position on; consumed under ``decoding``."""
        for packet in self._container.demux(self._stream):
            if self._start is not None and not self._start.fed:
                self._start.check(packet)
            yield from self._stream.codec_context.decode(packet)

    def _decode_until(self, n: int) -> av.VideoFrame:
        """Decode forward, keeping every trusted frame, until frame ``n`` comes out."""
        target_pts = int(self.index.pts[n])
        try:
            for decoded in self._frames or ():
                self.stats.decoded += 1
                number = self._number_of(decoded)
                if number is None:
                    continue
                self._remember(number, decoded)
                self._position = number
                if number == n:
                    return decoded
                if int(self.index.pts[number]) > target_pts:
                    break
        except _SeekMissedError:
            log.info("%s: seek for frame %d landed past its keyframe", self.path.name, n)
            if self._start is not None and not self._start.by_dts:
                self._prefer_dts = True  # this demuxer seeks by DTS: ask it that way
                self._seek(n, by_dts=True)
                return self._decode_until(n)
        if self._start is None:
            raise UnreadableMediaError("media.frame-undecodable", path=self.path.name, frame=n)
        log.warning("%s: frame %d not reached from its keyframe; decoding from start", self.path, n)
        self._rewind()
        return self._decode_until(n)

    def _number_of(self, decoded: av.VideoFrame) -> int | None:
        """The frame number of a decoded picture, or ``None`` if it is not to be trusted."""
        pts = decoded.pts if decoded.pts is not None else decoded.dts
        if pts is None:
            return None
        if self._rotation is None:
            self._rotation = display_rotation(decoded)
        # After a seek, a picture counts only once its keyframe went into the decoder and
        # only if it shows at or after that keyframe (an open GOP's leading pictures and
        # anything decoded from packets before the keyframe are broken or belong elsewhere).
        start = self._start
        if start is not None and (not start.fed or pts < start.pts):
            return None
        return self.index.frame_of_pts(pts)

    def _remember(self, number: int, decoded: av.VideoFrame) -> None:
        if number in self._cache:
            self._cache.move_to_end(number)
            return
        self._cache[number] = decoded
        self._cached_bytes += frame_bytes(decoded)
        while self._cached_bytes > self._cache_bytes and len(self._cache) > 1:
            _, old = self._cache.popitem(last=False)
            self._cached_bytes -= frame_bytes(old)


def frame_bytes(frame: av.VideoFrame) -> int:
    return sum(plane.buffer_size for plane in frame.planes)


def display_rotation(frame: av.VideoFrame) -> int:
    """Clockwise degrees a player turns this frame by (display matrix side data).

    PyAV reports the display matrix as clockwise degrees: the ``rotate=90`` tag of older
    muxers (a phone held upright) reads as 90.
    """
    try:
        return int(round(frame.rotation)) % 360
    except (AttributeError, TypeError):
        return 0


def rotate(picture: np.ndarray, clockwise: int) -> np.ndarray:
    """Turn a picture clockwise by a multiple of 90 degrees."""
    turns = (clockwise // 90) % 4
    return np.ascontiguousarray(np.rot90(picture, k=-turns)) if turns else picture
