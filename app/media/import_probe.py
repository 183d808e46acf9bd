"""What an import needs to know about a media file: length, codec, size, rate, creation time.

Read with PyAV from the container header and two short decodes (the first frame and one
near the end), so a truncated or corrupt file is found at import without decoding it all.
Exact frame counts are ``media/probe.py``'s business, not this module's.
"""

import logging
from dataclasses import dataclass
from datetime import UTC, datetime
from fractions import Fraction
from pathlib import Path

import av

from app.media.decoding import DECODER_ERRORS, damage_text

log = logging.getLogger(__name__)

#: File types a recorder writes that hold footage or sound; anything else is skipped.
MEDIA_SUFFIXES = frozenset(
    {
        ".mp4", ".mov", ".avi", ".mkv", ".ts", ".mts", ".m2ts", ".3gp", ".asf", ".wmv",
        ".flv", ".h264", ".h265", ".264", ".265", ".wav", ".mp3", ".aac", ".m4a", ".amr",
        ".ogg", ".opus", ".wma",
    }
)  # fmt: skip
_TAIL_SECONDS = 2.0
#: How far before the tail to read packets when a seek cannot be trusted: a keyframe
#: interval or two of the longest GOPs cameras use.
_SCAN_BACK_SECONDS = (10.0, 60.0)


@dataclass(frozen=True)
class MediaFacts:
    """The facts, each None when the file does not say; ``damage`` says why it is suspect."""

    duration_s: float | None
    codec: str | None
    width: int | None
    height: int | None
    fps: float | None
    created_at: datetime | None
    damage: str | None


def is_media_name(path: Path) -> bool:
    return path.suffix.lower() in MEDIA_SUFFIXES


def probe_for_import(path: Path) -> MediaFacts:
    """Probe ``path``; never raises for a bad file, it reports ``damage`` instead."""
    try:
        container = av.open(str(path), metadata_errors="ignore")
    except DECODER_ERRORS as exc:
        log.info("probe of %s failed: %s", path.name, exc)
        return unreadable_facts(f"cannot be opened as media: {damage_text(exc)}")
    try:
        with container:
            return _facts(container)
    except DECODER_ERRORS as exc:
        # Past the header, anything a decoder raises is damage (``media.decoding``).
        log.warning(
            "probe of %s failed: %s", path.name, exc, exc_info=not isinstance(exc, av.FFmpegError)
        )
        return unreadable_facts(f"corrupt: {damage_text(exc)}")


def unreadable_facts(damage: str) -> MediaFacts:
    """The facts of a file nothing could be read from, and why."""
    return MediaFacts(None, None, None, None, None, None, damage)


def _facts(container: "av.container.InputContainer") -> MediaFacts:
    video = container.streams.video[0] if container.streams.video else None
    stream = video or (container.streams.audio[0] if container.streams.audio else None)
    duration = _duration(container, stream)
    context = stream.codec_context if stream is not None else None
    if stream is None:
        damage: str | None = "holds no video or audio stream"
    elif context is None:
        # A damaged stream header (a wrong box size before mp4's ``minf``) names no codec.
        damage = "the stream's codec cannot be read"
    else:
        damage = _decode_check(container, stream, duration)
    video_context = context if video is not None else None
    fps = float(video.average_rate) if video is not None and video.average_rate else None
    return MediaFacts(
        duration_s=duration,
        codec=context.name if context is not None else None,
        width=video_context.width if video_context is not None else None,
        height=video_context.height if video_context is not None else None,
        fps=fps,
        created_at=_creation_time(container, stream),
        damage=damage,
    )


def _duration(container, stream) -> float | None:  # type: ignore[no-untyped-def]
    if stream is not None and stream.duration is not None and stream.time_base:
        return float(stream.duration * Fraction(stream.time_base))
    if container.duration is not None:
        return container.duration / av.time_base
    return None


def _decode_check(container, stream, duration: float | None) -> str | None:  # type: ignore[no-untyped-def]
    """Decode the first frame, then check the end: a cut-off file fails the second."""
    try:
        if _first_frame(container, stream) is None:
            return "no frame can be decoded"
        if duration and stream.time_base:
            tail = duration - min(_TAIL_SECONDS, duration / 2)
            if not _tail_decodes(container, stream, tail):
                return "truncated: the end of the file cannot be decoded"
    except av.FFmpegError as exc:
        return f"corrupt: {exc.strerror or exc}"
    return None


def _tail_decodes(container, stream, tail: float) -> bool:  # type: ignore[no-untyped-def]
    """Whether the file holds decodable pictures up to ``tail`` seconds.

    In an indexed container (MP4, MOV, MKV) a seek lands on the keyframe before ``tail``
    and its frame decodes, or fails because the data is not there. Without an index
    (MPEG-TS, some AVI) a seek is a guess by bytes and may land past the last keyframe,
    where nothing decodes although the file is whole; then read the packets from further
    back to the end, which must reach ``tail``, and decode the last keyframe among them.
    """
    if _seek(container, stream, tail) and _first_frame(container, stream) is not None:
        return True
    for back in _SCAN_BACK_SECONDS:
        if not _seek(container, stream, max(0.0, tail - back)):
            continue
        last_key, last_time = None, None
        for packet in container.demux(stream):
            if packet.pts is None or packet.size == 0:
                continue
            seconds = float((packet.pts - (stream.start_time or 0)) * Fraction(stream.time_base))
            last_time = seconds if last_time is None else max(last_time, seconds)
            if packet.is_keyframe:
                last_key = packet
        if last_key is not None:
            return last_time is not None and last_time >= tail and _decodes(stream, last_key)
    return False


def _seek(container, stream, seconds: float) -> bool:  # type: ignore[no-untyped-def]
    target = int(seconds / Fraction(stream.time_base)) + (stream.start_time or 0)
    try:
        container.seek(target, stream=stream, any_frame=False, backward=True)
    except av.FFmpegError:
        return False
    return True


def _decodes(stream, packet) -> bool:  # type: ignore[no-untyped-def]
    """A keyframe gives a picture (after a flush, for decoders that hold frames back)."""
    return bool(stream.decode(packet) or stream.decode(None))


def _first_frame(container, stream):  # type: ignore[no-untyped-def]
    for frame in container.decode(stream):
        return frame
    return None


def _creation_time(container, stream) -> datetime | None:  # type: ignore[no-untyped-def]
    for metadata in (container.metadata, stream.metadata if stream is not None else {}):
        text = metadata.get("creation_time")
        if text:
            try:
                moment = datetime.fromisoformat(text.replace("Z", "+00:00"))
            except ValueError:
                continue
            return moment if moment.tzinfo else moment.replace(tzinfo=UTC)
    return None
