"""What a video file is: frame count, size, rate, codec, rotation, start — from its index.

The frame count is exact (the frame index's, DESIGN §3.2), not the container's claim: an
mp4 cut by an edit list says 80 frames in its header and shows 62.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass
from pathlib import Path

import numpy as np

from app.media.decoding import decoding
from app.media.frame_index import FrameIndex, load_or_build, open_container, video_stream
from app.media.frames import display_rotation

# Timestamps closer than this to the median step are "regular" (container rounding, e.g.
# 29.97 fps in a millisecond time base steps 33, 34, 33 ms).
_VFR_TOLERANCE = 0.05


@dataclass(frozen=True)
class VideoInfo:
    """The facts ``probe`` reports; ``width``/``height`` are as stored (before rotation)."""

    path: str
    container: str
    codec: str
    frames: int
    width: int
    height: int
    display_width: int
    display_height: int
    rotation: int
    fps: float
    vfr: bool
    duration: float
    start_time: float
    time_base: str
    keyframes: int
    has_audio: bool
    audio_codec: str | None
    size_bytes: int

    def as_json(self) -> dict[str, object]:
        return asdict(self)


def probe(path: Path, index: FrameIndex | None = None) -> VideoInfo:
    """Describe ``path``'s first video stream; builds (or loads) its frame index.

    Raises:
        UnreadableMediaError, NotVideoError: see ``app.media.errors``.
    """
    path = Path(path)
    index = index if index is not None else load_or_build(path)
    with decoding(path):
        return _describe(path, index)


def _describe(path: Path, index: FrameIndex) -> VideoInfo:
    container = open_container(path)
    try:
        stream = video_stream(container, path)
        rotation = _first_frame_rotation(container, stream)
        codec = stream.codec_context
        width, height = codec.width, codec.height
        audio = container.streams.audio[0] if container.streams.audio else None
        turned = rotation in (90, 270)
        return VideoInfo(
            path=str(path),
            container=container.format.name,
            codec=codec.name,
            frames=len(index),
            width=width,
            height=height,
            display_width=height if turned else width,
            display_height=width if turned else height,
            rotation=rotation,
            fps=nominal_fps(stream, index),
            vfr=is_variable_rate(index),
            duration=round(index.duration, 6),
            start_time=round(index.start_time, 6),
            time_base=str(index.time_base),
            keyframes=int(index.keyframes.size),
            has_audio=audio is not None,
            audio_codec=_codec_name(audio),
            size_bytes=path.stat().st_size,
        )
    finally:
        container.close()


def _codec_name(stream) -> str | None:  # type: ignore[no-untyped-def]
    """The stream's codec, ``None`` without the stream or when its header is unreadable."""
    context = stream.codec_context if stream is not None else None
    return context.name if context is not None else None


def _first_frame_rotation(container, stream) -> int:  # type: ignore[no-untyped-def]
    for frame in container.decode(stream):
        return display_rotation(frame)
    return 0


def nominal_fps(stream, index: FrameIndex) -> float:
    """The rate the file declares, else the one its timestamps average to."""
    for rate in (stream.average_rate, stream.guessed_rate, stream.base_rate):
        if rate:
            return round(float(rate), 6)
    if len(index) > 1 and index.duration > 0:
        return round(len(index) / index.duration, 6)
    return 0.0


def is_variable_rate(index: FrameIndex) -> bool:
    """True when frame-to-frame steps differ beyond container rounding."""
    if len(index) < 3:
        return False
    steps = np.diff(index.pts).astype(np.float64)
    median = float(np.median(steps))
    slack = max(1.0, median * _VFR_TOLERANCE)
    return bool(np.any(np.abs(steps - median) > slack))
