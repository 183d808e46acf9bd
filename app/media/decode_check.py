"""The full decode check: does every frame of a recording decode cleanly, and if not, where not.

The import's probe (``import_probe``) decodes two frames; a file can pass it and still hold
broken pictures in between (issue #17: 156 of 320 mutants were taken as sound although
FFmpeg reports decode errors in them). This check demuxes the first video and the first
audio stream and decodes every packet, and counts as damage what FFmpeg itself reports:
a packet the decoder refuses, a frame it marks corrupt, an error it logs, or fewer
pictures than the container has frames. The first such place is given as a time from the
start and a frame number (DESIGN §3.2: the n-th frame in presentation order, from 0).

It decodes the whole file, so it runs in the background after import, and always in a
child process (``media.isolation``): it sets FFmpeg's log level for the whole process, and
a decoder that crashes on a crafted file must not take the station with it.
"""

from __future__ import annotations

import bisect
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from fractions import Fraction
from pathlib import Path

import av
import av.logging

from app.media.decoding import DECODER_ERRORS, damage_text

#: How often the check reports progress (seconds of wall time).
_PROGRESS_EVERY_S = 1.0


@dataclass(frozen=True)
class DecodeResult:
    """What the full decode found; ``first_bad_*`` and ``reason`` only when damaged."""

    clean: bool
    frames: int
    first_bad_s: float | None = None
    first_bad_frame: int | None = None
    reason: str | None = None

    def as_json(self) -> dict[str, object]:
        return asdict(self)


@dataclass
class _Damage:
    seconds: float | None = None
    frame: int | None = None
    detail: str | None = None


class _Decoding:
    """The state of one pass: frames seen, video packets seen, the first damage."""

    def __init__(self, video: av.video.VideoStream | None) -> None:
        self.video = video
        self.frames = 0
        self.packets = 0
        self.frame_times: list[float] = []  # every video frame's time, from the packets
        self.last_s = 0.0
        self.damage: _Damage | None = None
        self._start = (video.start_time or 0) if video is not None else 0

    def seconds(self, pts: int | None, stream: av.stream.Stream) -> float | None:
        if pts is None or not stream.time_base:
            return None
        start = self._start if stream is self.video else (stream.start_time or 0)
        return max(0.0, float((pts - start) * Fraction(stream.time_base)))

    def found(self, seconds: float | None, detail: str) -> None:
        """Note damage at ``seconds`` (the frame about to come out), the first one only."""
        if self.damage is None:
            self.damage = _Damage(seconds, self.frames, detail)


def check_decoding(path: Path, on_progress: Callable[[float], None] | None = None) -> DecodeResult:
    """Decode all of ``path``; ``on_progress`` gets the seconds decoded, about once a second.

    Never raises for a damaged file: not opening at all is damage at frame 0.
    """
    av.logging.set_level(av.logging.ERROR)
    try:
        with av.logging.Capture(local=False) as logs, av.open(str(path)) as container:
            state = _decode_all(container, logs, on_progress)
    except DECODER_ERRORS as exc:
        return DecodeResult(False, 0, 0.0, 0, f"cannot be decoded: {damage_text(exc)}")
    return _result(state)


def _decode_all(container, logs: list, on_progress) -> _Decoding:  # type: ignore[no-untyped-def]
    video = container.streams.video[0] if container.streams.video else None
    streams = [s for s in (video, *container.streams.audio[:1]) if s is not None]
    state = _Decoding(video)
    reported = time.monotonic()
    try:
        for packet in container.demux(streams):
            _decode_packet(state, packet, logs)
            if on_progress is not None and time.monotonic() - reported >= _PROGRESS_EVERY_S:
                on_progress(state.last_s)
                reported = time.monotonic()
    except DECODER_ERRORS as exc:  # the demuxer gave up: the rest of the file is lost
        state.found(state.last_s, damage_text(exc))
        for stream in streams:  # at a normal end the demuxer's empty packets flushed them
            _flush(state, stream, logs)
    # The demuxer's own complaints ("File ended prematurely") arrive between packets.
    errors = [text for level, _name, text in logs if level <= av.logging.ERROR]
    if errors:
        state.found(state.last_s, errors[0].strip())
    return state


def _decode_packet(state: _Decoding, packet: av.Packet, logs: list) -> None:  # type: ignore[type-arg]
    stream = packet.stream
    is_video = stream is state.video
    at = state.seconds(packet.pts, stream)
    if is_video and packet.size and not packet.is_discard:
        state.packets += 1
        if at is not None:
            state.frame_times.append(at)
    logged = len(logs)
    try:
        frames = packet.decode()
    except DECODER_ERRORS as exc:
        state.found(at, damage_text(exc))
        return
    _take(state, frames, is_video, logs, logged, at)


def _flush(state: _Decoding, stream: av.stream.Stream, logs: list) -> None:  # type: ignore[type-arg]
    logged = len(logs)
    try:
        frames = stream.codec_context.decode(None)
    except av.EOFError:
        return  # already flushed
    except DECODER_ERRORS as exc:
        state.found(state.last_s, damage_text(exc))
        return
    _take(state, frames, stream is state.video, logs, logged, state.last_s)


def _take(state, frames, is_video: bool, logs: list, logged: int, at) -> None:  # type: ignore[no-untyped-def]
    """Count the frames that came out; a corrupt one, or an error logged meanwhile, is damage."""
    errors = [text for level, _name, text in logs[logged:] if level <= av.logging.ERROR]
    if errors:
        state.found(at, errors[0].strip())
    for frame in frames:
        if not is_video:
            continue
        seconds = state.seconds(frame.pts, state.video)
        if getattr(frame, "is_corrupt", False):
            state.found(seconds, "the decoder marked the picture corrupt")
        state.frames += 1
        if seconds is not None:
            state.last_s = max(state.last_s, seconds)


def _result(state: _Decoding) -> DecodeResult:
    if state.damage is None and state.frames < state.packets:
        missing = f"only {state.frames} of {state.packets} frames can be decoded"
        state.damage = _Damage(state.last_s, state.frames, missing)
    if state.damage is None:
        return DecodeResult(True, state.frames)
    damage = state.damage
    frame = damage.frame
    if damage.seconds is not None and state.frame_times:
        # The frame showing at that time, in presentation order (DESIGN §3.2): decoders
        # hold pictures back, so the count of pictures out so far can lag behind.
        times = sorted(state.frame_times)
        frame = min(bisect.bisect_left(times, damage.seconds - 1e-6), len(times) - 1)
    return DecodeResult(
        clean=False,
        frames=state.frames,
        first_bad_s=round(damage.seconds, 3) if damage.seconds is not None else None,
        first_bad_frame=frame,
        reason=f"decode errors: {damage.detail}",
    )
